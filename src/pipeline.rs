//! The stages in their order, with the tables they read:
//!
//! ```text
//! text ─► text layer ─► entities ─► places ─► groups ─► quotes ─► output
//!        (normalise,    (dates,     (resolve   (mentions (cues,     (UTF-16
//!         tokens,        tagger,     LOC with   of one    contents,  offsets,
//!         clitics,       name lists, gazetteer, thing)    speakers)  once)
//!         sentences)     consistency) add missed)
//!           ▲               ▲            ▲
//!       vocabulary    tagger tables   gazetteer
//! ```
//!
//! Each stage reads the [`Document`] and adds to one [`Findings`] in byte
//! offsets; nothing reaches for a table on its own: the [`Analyzer`] holds
//! them and hands each stage its own.

use crate::analysis::{Analysis, Segmentation};
use crate::entities::{self, TaggerTables};
use crate::findings::Findings;
use crate::output;
use crate::places::{self, Gazetteer};
use crate::quotes;
use crate::tables::villages::VillageTable;
use crate::tables::{Table, TableError};
use crate::text::{Document, Vocabulary};

/// Every table the stages read.
#[derive(Debug, Clone)]
pub struct Tables {
    /// The word counts the clitic splitter weighs.
    pub vocabulary: Vocabulary,
    /// The tagger's weights, name lists and word clusters.
    pub tagger: TaggerTables,
    /// The places and their names.
    pub gazetteer: Gazetteer,
    /// The villages, read only for a place nothing else placed (see
    /// [`crate::places::villages`]).
    pub villages: VillageTable,
}

impl Tables {
    /// The tables embedded in the library: a few slices of its bytes, each
    /// checked (see [`crate::tables`]).
    pub fn embedded() -> Result<Tables, TableError> {
        Ok(Tables {
            vocabulary: Vocabulary::from_bytes(crate::tables::embedded::VOCABULARY.bytes())?,
            tagger: TaggerTables::embedded()?,
            gazetteer: Gazetteer::from_bytes(crate::tables::embedded::GAZETTEER.bytes())?,
            villages: VillageTable::from_bytes(crate::tables::embedded::VILLAGES.bytes())?,
        })
    }
}

/// The pipeline over its tables.
#[derive(Debug, Clone)]
pub struct Analyzer {
    tables: Tables,
}

impl Analyzer {
    /// An analyzer reading `tables`.
    pub fn new(tables: Tables) -> Analyzer {
        Analyzer { tables }
    }

    /// An analyzer reading the embedded tables.
    pub fn embedded() -> Result<Analyzer, TableError> {
        Ok(Analyzer::new(Tables::embedded()?))
    }

    /// The tables it reads.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    /// The text layer over `text`.
    pub fn document<'a>(&self, text: &'a str) -> Document<'a> {
        Document::with_vocabulary(text, self.tables.vocabulary)
    }

    /// Runs the stages after the text layer over `document`: what they
    /// found, in byte offsets (for tools that compare it with annotations).
    pub fn find(&self, document: &Document) -> Findings {
        let mut findings = Findings::default();
        entities::find(document, &self.tables.tagger, &mut findings);
        places::resolve(
            document,
            &self.tables.gazetteer,
            &self.tables.villages,
            &mut findings,
        );
        entities::groups::assign(document, &mut findings);
        quotes::find(document, &mut findings);
        findings
    }

    /// Entities, quotes and groups of mentions of `text`, with offsets in
    /// UTF-16 code units. Never panics; any string is accepted.
    pub fn analyze(&self, text: &str) -> Analysis {
        let document = self.document(text);
        output::analysis(&document, &self.find(&document))
    }

    /// The text layer's tokens, sentences and paragraphs of `text`, with
    /// offsets in UTF-16 code units.
    pub fn segment(&self, text: &str) -> Segmentation {
        output::segmentation(&self.document(text))
    }
}
