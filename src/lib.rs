//! Lamha (لمحة, "a glance"): reads an Arabic news article and finds who is
//! named (people, organisations), where (places), and who said what (direct
//! and reported quotes with their speakers), fast enough to run on every
//! keystroke in a browser, with no server.
//!
//! The pipeline runs one way, one module per stage:
//!
//! 1. [`text`]: normalisation with a map back to the original, tokens,
//!    clitics, sentences and paragraphs;
//! 2. the later stages ([`entities`], [`places`], [`quotes`]) add to a
//!    [`findings::Findings`] in byte offsets, in the order [`pipeline`]
//!    fixes, each reading the tables ([`tables`]) the [`Analyzer`] hands it;
//! 3. [`output`]: offsets become UTF-16, once, at the edge.
//!
//! ```
//! let analysis = lamha::analyze("قال الوزير إن الاجتماع انتهى.");
//! assert!(analysis.entities.iter().all(|e| e.start < e.end));
//! ```

pub mod analysis;
pub mod entities;
pub mod evaluation;
pub mod findings;
pub mod invariants;
#[cfg(not(target_arch = "wasm32"))]
pub mod jsonl;
pub mod name_lists;
pub mod output;
pub mod pipeline;
pub mod places;
pub mod quotes;
pub mod tables;
pub mod text;
pub mod word_map;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{Analysis, Entity, Label, Place, PlaceKind, Quote, QuoteKind, Segmentation};
pub use pipeline::Analyzer;
pub use text::Document;

use std::sync::OnceLock;

/// The library's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The analyzer over the embedded tables, made on first use: checking the
/// tables is a few slices, not a parse (see [`tables`]).
pub fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    // The library's tests read every embedded table; were one damaged
    // anyway, an analyzer that finds nothing beats a panic.
    ANALYZER.get_or_init(|| Analyzer::embedded().unwrap_or_else(|_| Analyzer::new(empty_tables())))
}

fn empty_tables() -> pipeline::Tables {
    pipeline::Tables {
        vocabulary: text::Vocabulary::default(),
        tagger: entities::TaggerTables {
            model: entities::model::Model::empty(),
            name_lists: name_lists::NameLists::default(),
            clusters: entities::clusters::WordClusters::default(),
        },
        gazetteer: places::Gazetteer::default(),
        villages: tables::villages::VillageTable::default(),
    }
}

/// Makes ready what the first analysis would otherwise make: the analyzer
/// over the embedded tables and the word sets the stages build on first use
/// (by analysing a short text that reaches every stage). A page calls it
/// while idle, so that the first analysis a reader waits for costs what any
/// other does. Calling it again costs one short analysis.
pub fn prepare() {
    const WARM_UP: &str = "وقال وزير الخارجية المصري سامح شكري في القاهرة يوم الأحد \
        إن \"الاتحاد الأوروبي\" سيدعم الحوار، مضيفا أن الأمم المتحدة رحبت بذلك.";
    analyze(WARM_UP);
}

/// Analyses `text`: entities, quotes and groups of mentions, with offsets in
/// UTF-16 code units of `text`. Never panics; any string is accepted.
pub fn analyze(text: &str) -> Analysis {
    analyzer().analyze(text)
}

/// Runs the stages after the text layer over `document`: what the pipeline
/// found, in byte offsets (for tools that compare it with annotations).
pub fn find(document: &Document) -> findings::Findings {
    analyzer().find(document)
}

/// The text layer's tokens, sentences and paragraphs of `text`, with offsets
/// in UTF-16 code units.
pub fn segment(text: &str) -> Segmentation {
    analyzer().segment(text)
}
