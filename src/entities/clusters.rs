//! Word clusters: words that occur in similar contexts in the shared corpora
//! share a cluster id (بغداد with دمشق and حلب, جوزيف with جون and بول), at
//! three granularities from coarse to fine. They let the tagger carry what it
//! learnt about seen words to unseen ones. The three granularities are
//! clustered independently (not nested), so each is a feature of its own.
//!
//! The table is learnt by `tools/clusters.py` from the text that
//! `lamha-build corpus-text` writes, keyed by the form
//! [`crate::text::Document::bare`] gives (normalised, proclitics removed),
//! written as `data/clusters.tsv` and embedded as a
//! [`crate::tables::word_table::WordTable`].

use std::borrow::Cow;

use crate::tables::word_table::WordTable;
use crate::tables::{Table, TableError, embedded};
use crate::text::{Document, TokenKind};

/// Cluster ids of one word, coarse (of 64) to fine (of 1024).
pub type ClusterIds = [u16; 3];

/// Words and their cluster ids.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordClusters {
    ids: WordTable<ClusterIds>,
}

impl WordClusters {
    /// The clusters of a table's bytes.
    pub fn from_bytes(bytes: &'static [u8]) -> Result<WordClusters, TableError> {
        Ok(WordClusters {
            ids: WordTable::from_bytes(bytes)?,
        })
    }

    /// The clusters embedded in the library (none, were the table damaged,
    /// which the library's tests rule out).
    pub fn embedded() -> WordClusters {
        WordClusters::from_bytes(embedded::CLUSTERS.bytes()).unwrap_or_default()
    }

    /// The cluster ids of `form` (a lookup form), if it was seen often enough.
    pub fn get(&self, form: &str) -> Option<ClusterIds> {
        self.ids.get(form)
    }
}

/// The form token `index` of `document` is looked up by in the cluster
/// table: an Arabic word as written on its own (normalised, proclitics
/// removed), any number as `<num>`, anything else in lower case.
pub fn lookup_form<'a>(document: &'a Document, index: usize) -> Cow<'a, str> {
    match document.tokens[index].kind {
        TokenKind::Arabic => Cow::Borrowed(document.bare(index)),
        TokenKind::Number => Cow::Borrowed("<num>"),
        _ => {
            let norm = document.norm(index);
            if norm.chars().any(char::is_uppercase) {
                Cow::Owned(norm.to_lowercase())
            } else {
                Cow::Borrowed(norm)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_share_a_cluster_and_unknown_words_have_none() {
        let clusters = WordClusters::embedded();
        let baghdad = clusters.get("بغداد").expect("بغداد is common");
        let damascus = clusters.get("دمشق").expect("دمشق is common");
        assert!(
            baghdad.iter().zip(damascus).any(|(a, b)| *a == b),
            "two capitals share a cluster at some granularity"
        );
        assert_eq!(clusters.get("كلمةلاتوجد"), None);
    }
}
