//! Name lists: people, places and organisations known by name, matched
//! through clitics and across several words. The tagger reads the matches
//! as evidence, not as verdicts: سوريا is a place, but الجزيرة may be a
//! channel or an island.
//!
//! The lists are built by `lamha-build train` from the shared name lists and
//! the entity mentions of the annotated corpora (never a development part),
//! written as `data/names.tsv`, and embedded in the layout of
//! [`crate::tables::name_lists`]; see `data/README.md`.

use crate::analysis::Label;
use crate::tables::name_lists::{NAME_BITS, NameTable, PART_BITS, PREFIX, PhraseHash};
use crate::tables::{Table, TableError};
use crate::text::{Document, PerWord, TokenKind};

pub use crate::tables::name_lists::phrase_hash;

/// The labels a name list can give, in the order of their bits.
pub const LABELS: [Label; 3] = Label::NAMES;

/// The longest name, in words, the lists hold.
pub const MAX_WORDS: usize = 5;

/// Names by the hash of their normalised words. An entry's low byte has a
/// bit per label of [`LABELS`] (a listed name ends here) and a bit for the
/// first words of a longer name; the entry of a single word also says, in
/// its high byte, where that word stands in the longer names (see
/// [`TokenMatch`]), so that one lookup per word of a text tells both.
#[derive(Debug, Clone, Copy, Default)]
pub struct NameLists {
    names: NameTable,
}

/// The bit of `label` in a name-list mask, if a name list can give it.
pub fn label_bit(label: Label) -> Option<u8> {
    LABELS
        .iter()
        .position(|&l| l == label)
        .map(|index| 1 << index)
}

/// What the name lists say about each token of a document. The low byte: per
/// label, whether the token starts a listed name (bit `label`) or continues
/// one (bit `label + 3`). The high byte: the same bits for the word on its
/// own, as a part of any listed name of two words or more (صامويل starts
/// persons' names, الالوسي ends them), whether or not the words around it
/// complete one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenMatch(pub u16);

impl TokenMatch {
    /// The bits of the listed names that cover the token.
    pub fn names(self) -> u8 {
        self.0 as u8
    }

    /// The bits of the names the word is a part of.
    pub fn parts(self) -> u8 {
        (self.0 >> 8) as u8
    }
}

impl NameLists {
    /// The name lists of a table, whose label order must be [`LABELS`]'.
    pub fn new(names: NameTable) -> Result<NameLists, TableError> {
        if !names
            .label_codes()
            .eq(LABELS.iter().map(|label| label.as_str()))
        {
            return Err(TableError {
                table: *b"LNAM",
                problem: "labels in another order than the library's",
            });
        }
        Ok(NameLists { names })
    }

    /// The name lists of a table's bytes.
    pub fn from_bytes(bytes: &'static [u8]) -> Result<NameLists, TableError> {
        NameLists::new(NameTable::from_bytes(bytes)?)
    }

    /// Name lists from `LABEL<TAB>name` lines (names already normalised,
    /// words separated by single spaces), for tests and tools (the table is leaked:
    /// it lives as long as the program).
    pub fn from_tsv(tsv: &str) -> NameLists {
        let labels: Vec<&str> = LABELS.iter().map(|label| label.as_str()).collect();
        let source = format!("#labels {}\n{tsv}", labels.join(" "));
        let table = NameTable::from_bytes(crate::tables::name_lists::write(&source).leak());
        NameLists::new(table.expect("a table just written reads")).expect("the library's labels")
    }

    /// The labels of a name given as normalised words, as a mask.
    pub fn lookup<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> u8 {
        let entry = self.names.get(phrase_hash(words));
        (entry & NAME_BITS) as u8
    }

    /// Where the single word `word` (normalised) stands in the listed
    /// names of two words or more: the bits of [`TokenMatch::parts`].
    pub fn parts_of(&self, word: &str) -> u8 {
        ((self.names.get(phrase_hash([word])) & PART_BITS) >> 8) as u8
    }

    /// Matches the lists against every run of words of `document` within
    /// a sentence: the first word as written on its own (والعراق → العراق),
    /// the others as they are.
    pub fn matches(&self, document: &Document) -> Vec<TokenMatch> {
        let mut found = vec![TokenMatch::default(); document.tokens.len()];
        // A name's first word is hashed and looked up once per word of the
        // text: most words start no name, and most recur.
        let mut first_words = PerWord::new(document);
        for sentence in &document.sentences {
            for start in sentence.tokens.clone() {
                if document.tokens[start].kind != TokenKind::Arabic
                    && document.tokens[start].kind != TokenKind::Latin
                {
                    continue;
                }
                let (mut hash, first) = first_words.get(document, start, || {
                    let mut hash = PhraseHash::default();
                    hash.push(document.bare(start));
                    (hash, self.names.get(hash.0))
                });
                found[start].0 |= first & PART_BITS;
                let mut listed = first;
                let last = sentence.tokens.end.min(start + MAX_WORDS);
                for end in start + 1..=last {
                    if end > start + 1 {
                        let token = &document.tokens[end - 1];
                        // Only the first words of a longer name go on.
                        if listed & PREFIX == 0 || !token.is_word() {
                            break;
                        }
                        hash.push(document.norm(end - 1));
                        listed = self.names.get(hash.0);
                    }
                    let mask = listed & NAME_BITS;
                    found[start].0 |= mask;
                    for inside in &mut found[start + 1..end] {
                        inside.0 |= mask << 3;
                    }
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `list` matches in `text`, token by token: the listed names'
    /// bits and the name-part bits.
    fn matched(list: &str, text: &str) -> (Vec<u8>, Vec<u8>) {
        let found = NameLists::from_tsv(list).matches(&Document::new(text));
        (
            found.iter().map(|m| m.names()).collect(),
            found.iter().map(|m| m.parts()).collect(),
        )
    }

    #[test]
    fn matches_through_clitics_and_across_words() {
        let (names, _) = matched(
            "LOC\tالعراق\nLOC\tغرب افريقيا\nPER\tجوزيف دنفورد\n",
            "من سوريا والعراق وغرب أفريقيا قال جوزيف دنفورد",
        );
        let (loc, per) = (LOC_BIT, PER_BIT);
        assert_eq!(names[1..8], [0, loc, loc, loc << 3, 0, per, per << 3]);
    }

    #[test]
    fn words_of_longer_names_are_marked_where_they_stand() {
        let (names, parts) = matched(
            "PER\tجوزيف دنفورد\nLOC\tغرب افريقيا\nLOC\tدنفورد\n",
            "التقى جوزيف بايدن ودنفورد",
        );
        // No listed name is complete here but دنفورد, a place on its own.
        assert_eq!(names, [0, 0, 0, LOC_BIT]);
        // جوزيف starts a person's name, دنفورد ends one (through its و).
        assert_eq!(parts, [0, PER_BIT, 0, PER_BIT << 3]);
    }

    const PER_BIT: u8 = 1;
    const LOC_BIT: u8 = 2;

    #[test]
    fn label_bits_follow_the_labels() {
        assert_eq!(label_bit(Label::Person), Some(PER_BIT));
        assert_eq!(label_bit(Label::Location), Some(LOC_BIT));
    }
}
