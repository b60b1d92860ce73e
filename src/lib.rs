//! Lamha (لمحة, "a glance"): reads an Arabic news article and finds who is
//! named (people, organisations), where (places), and who said what (direct
//! and reported quotes with their speakers), fast enough to run on every
//! keystroke in a browser, with no server.
//!
//! The pipeline runs one way, one module per stage:
//!
//! 1. [`text`]: normalisation with a map back to the original, tokens,
//!    clitics, sentences and paragraphs;
//! 2. the later stages (entities, quotes, places) add to a
//!    [`findings::Findings`] in byte offsets;
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
pub mod lexicon;
pub mod output;
pub mod places;
pub mod quotes;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{Analysis, Entity, Label, Place, PlaceKind, Quote, QuoteKind, Segmentation};
pub use text::Document;

/// The library's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyses `text`: entities, quotes and groups of mentions, with offsets in
/// UTF-16 code units of `text`. Never panics; any string is accepted.
pub fn analyze(text: &str) -> Analysis {
    let document = Document::new(text);
    output::analysis(&document, &find(&document))
}

/// Runs the stages after the text layer over `document`: what the pipeline
/// found, in byte offsets (for tools that compare it with annotations).
pub fn find(document: &Document) -> findings::Findings {
    let mut findings = findings::Findings::default();
    entities::find(document, &mut findings);
    places::resolve(document, &mut findings);
    quotes::find(document, &mut findings);
    findings
}

/// The text layer's tokens, sentences and paragraphs of `text`, with offsets
/// in UTF-16 code units.
pub fn segment(text: &str) -> Segmentation {
    output::segmentation(&Document::new(text))
}
