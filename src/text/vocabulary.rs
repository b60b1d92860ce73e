//! How often each normalised word form was seen in the training corpora: the
//! evidence the clitic splitter weighs (is بسوريا more likely ب + سوريا, or a
//! word of its own?).
//!
//! The table is built by `lamha-build vocabulary` from the shared corpora and
//! name lists, written as `data/vocabulary.tsv` (`form<TAB>count` lines) and
//! embedded as a [`WordTable`]; see `data/README.md`.

use crate::tables::word_table::{self, WordTable};
use crate::tables::{Table, TableError, embedded};

/// Word forms and how often each was seen.
#[derive(Debug, Clone, Copy, Default)]
pub struct Vocabulary {
    counts: WordTable<u32>,
}

impl Vocabulary {
    /// The vocabulary of a table's bytes.
    pub fn from_bytes(bytes: &'static [u8]) -> Result<Vocabulary, TableError> {
        Ok(Vocabulary {
            counts: WordTable::from_bytes(bytes)?,
        })
    }

    /// The vocabulary embedded in the library (an empty one, were the table
    /// damaged, which the library's tests rule out).
    pub fn embedded() -> Vocabulary {
        Vocabulary::from_bytes(embedded::VOCABULARY.bytes()).unwrap_or_default()
    }

    /// A vocabulary of the given forms and counts, for tests and tools (the
    /// table is leaked: it lives as long as the program).
    pub fn of<'a>(counts: impl IntoIterator<Item = (&'a str, u32)>) -> Vocabulary {
        Vocabulary::from_bytes(word_table::write(counts).leak())
            .expect("a table just written reads")
    }

    /// How often `form` (normalised) was seen; 0 for an unknown form.
    pub fn count(&self, form: &str) -> u32 {
        self.counts.get(form).unwrap_or(0)
    }
}
