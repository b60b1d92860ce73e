//! Name lists (gazetteers): people, places and organisations known by name,
//! matched through clitics and across several words. The tagger reads the
//! matches as evidence, not as verdicts: سوريا is a place, but الجزيرة may be
//! a channel or an island.
//!
//! The list is built by `lamha-build lexicon` from the shared name lists and
//! the entity mentions of the annotated corpora (never ANERcorp's held-out
//! development part), and embedded; see `data/README.md`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::analysis::Label;
use crate::text::{Document, PerWord, TokenKind};

/// The labels a name list can give, in the order of their bits.
pub const LABELS: [Label; 3] = [Label::Person, Label::Location, Label::Organization];

/// The bit that marks the first words of a longer name: matching goes on
/// past them, and stops at once where no name goes on.
const PREFIX: u16 = 1 << 7;

/// The longest name, in words, the lexicon holds.
pub const MAX_WORDS: usize = 5;

/// Names by the hash of their normalised words. An entry's low byte has a
/// bit per label of [`LABELS`] (a listed name ends here) and [`PREFIX`]; the
/// entry of a single word also says, in its high byte, where that word
/// stands in the longer names (see [`TokenMatch`]), so that one lookup per
/// word of a text tells both.
#[derive(Debug, Default)]
pub struct Lexicon {
    names: WordMap<u64, u16>,
}

/// The bits of an entry that say a listed name ends at its last word.
const NAME_BITS: u16 = 0b111;

/// The bits of an entry (and of a [`TokenMatch`]) that say where a word
/// stands in the longer names.
const PART_BITS: u16 = 0xff00;

/// A map keyed by words or word hashes, with a hasher cheaper than the
/// standard one ([`WordHasher`]): these maps are asked about every word of
/// every text, and their keys come from the project's own lists, not from an
/// adversary.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The word hasher of the Rust compiler (FxHash): a rotate, an exclusive or
/// and a multiply per eight bytes. The clitic splitter looks up to a dozen
/// forms for every Arabic word, and the standard SipHash was a tenth of the
/// whole analysis; a byte-at-a-time hash (FNV) costs a multiply per byte.
/// SipHash resists inputs crafted to collide, which matters for tables that
/// grow from untrusted keys; these tables are fixed or per document, and
/// nothing depends on their order.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The same little-endian word, zero-padded, built byte by byte:
            // a copy of a variable length was a call to memcpy per lookup.
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |word, &byte| word << 8 | u64::from(byte));
            self.add(word);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves its best bits at the top; the table picks
        // buckets by the low bits.
        self.0.rotate_left(26)
    }
}

/// The embedded list: `LABEL<TAB>normalised name` lines.
static NAMES_TSV: &str = include_str!("../../data/names.tsv");

/// The bit of `label` in a lexicon mask, if a name list can give it.
pub fn label_bit(label: Label) -> Option<u8> {
    LABELS
        .iter()
        .position(|&l| l == label)
        .map(|index| 1 << index)
}

/// What the lexicon says about each token of a document. The low byte: per
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

/// Hashes the words of a name, the same way for the list and for a text.
pub fn phrase_hash<'a>(words: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash = PhraseHash::default();
    for word in words {
        hash.push(word);
    }
    hash.0
}

/// A name's hash built one word at a time (FNV-1a with a separator).
#[derive(Debug, Clone, Copy)]
struct PhraseHash(u64);

impl Default for PhraseHash {
    fn default() -> Self {
        PhraseHash(0xcbf2_9ce4_8422_2325)
    }
}

impl PhraseHash {
    fn push(&mut self, word: &str) {
        for &byte in word.as_bytes().iter().chain(b" ") {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl Lexicon {
    /// The lexicon embedded in the library, parsed once.
    pub fn embedded() -> &'static Lexicon {
        static PARSED: OnceLock<Lexicon> = OnceLock::new();
        PARSED.get_or_init(|| Lexicon::parse(NAMES_TSV))
    }

    /// Parses `LABEL<TAB>name` lines (names already normalised, words
    /// separated by single spaces); malformed lines are skipped.
    pub fn parse(tsv: &str) -> Lexicon {
        // About one entry per word of a name (most names have two): the
        // map is sized once, not regrown.
        let mut names: WordMap<u64, u16> = WordMap::default();
        names.reserve(tsv.len() / 12);
        for line in tsv.lines() {
            let Some((label, name)) = line.split_once('\t') else {
                continue;
            };
            let Some(bit) = LABELS
                .iter()
                .position(|l| l.as_str() == label)
                .map(|i| 1u16 << i)
            else {
                continue;
            };
            if name.contains(' ') {
                for (position, word) in name.split(' ').enumerate() {
                    let part = if position == 0 { bit } else { bit << 3 };
                    *names.entry(phrase_hash([word])).or_default() |= part << 8;
                }
            }
            let mut hash = PhraseHash::default();
            let mut words = name.split(' ').peekable();
            while let Some(word) = words.next() {
                hash.push(word);
                let entry = names.entry(hash.0).or_default();
                *entry |= if words.peek().is_some() { PREFIX } else { bit };
            }
        }
        Lexicon { names }
    }

    /// The labels of a name given as normalised words, as a mask.
    pub fn lookup<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> u8 {
        let entry = self.names.get(&phrase_hash(words)).copied().unwrap_or(0);
        (entry & NAME_BITS) as u8
    }

    /// Matches the lexicon against every run of words of `document` within
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
                    (hash, self.names.get(&hash.0).copied().unwrap_or(0))
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
                        listed = self.names.get(&hash.0).copied().unwrap_or(0);
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

    #[test]
    fn word_hasher_reads_little_endian_zero_padded_words() {
        let hash = |bytes: &[u8]| {
            let mut hasher = WordHasher::default();
            hasher.write(bytes);
            hasher.0
        };
        let mut expected = WordHasher::default();
        expected.add(u64::from_le_bytes(*b"abcdefgh"));
        expected.add(u64::from_le_bytes(*b"ij\0\0\0\0\0\0"));
        assert_eq!(hash(b"abcdefghij"), expected.0);
    }

    /// What `list` matches in `text`, token by token: the listed names'
    /// bits and the name-part bits.
    fn matched(list: &str, text: &str) -> (Vec<u8>, Vec<u8>) {
        let found = Lexicon::parse(list).matches(&Document::new(text));
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
