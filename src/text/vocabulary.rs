//! How often each normalised word form was seen in the training corpora: the
//! evidence the clitic splitter weighs (is بسوريا more likely ب + سوريا, or a
//! word of its own?).
//!
//! The table is built by `lamha-build vocabulary` from the shared corpora and
//! name lists and embedded in the library; see `data/README.md`.

use std::sync::OnceLock;

use super::word_table::WordTable;

/// Word forms and how often each was seen.
#[derive(Debug, Default)]
pub struct Vocabulary {
    counts: WordTable<u32>,
}

/// The embedded table: `form<TAB>count` lines, normalised forms.
static VOCABULARY_TSV: &str = include_str!("../../data/vocabulary.tsv");

impl Vocabulary {
    /// The vocabulary embedded in the library, parsed once.
    pub fn embedded() -> &'static Vocabulary {
        static PARSED: OnceLock<Vocabulary> = OnceLock::new();
        PARSED.get_or_init(|| Vocabulary::parse(VOCABULARY_TSV))
    }

    /// Parses `form<TAB>count` lines; malformed lines are skipped.
    pub fn parse(tsv: &'static str) -> Vocabulary {
        let entries = tsv.lines().filter_map(|line| {
            // A byte search: the general one for a char costs more than
            // these short lines do.
            let tab = line.bytes().position(|b| b == b'\t')?;
            Some((&line[..tab], line[tab + 1..].parse().ok()?))
        });
        // Sized once: growing the table step by step was a fifth of the
        // parse, which the first analysis waits for.
        let mut counts = WordTable::with_capacity(tsv.bytes().filter(|&b| b == b'\n').count());
        for (form, count) in entries {
            counts.insert(form, count);
        }
        Vocabulary { counts }
    }

    /// How often `form` (normalised) was seen; 0 for an unknown form.
    pub fn count(&self, form: &str) -> u32 {
        self.counts.get(form).unwrap_or(0)
    }
}
