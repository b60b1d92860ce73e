//! What the stages find, in byte offsets of the original text. The stages
//! after the text layer add to a [`Findings`]; [`crate::output`] turns it
//! into the [`crate::Analysis`] at the edge.

use std::ops::Range;

use crate::analysis::{Label, Place, QuoteKind};

/// A named mention.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundEntity {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// What it names.
    pub label: Label,
    /// Where it is, for a resolved place.
    pub place: Option<Place>,
    /// Index of its group in [`Findings::groups`].
    pub group: Option<usize>,
}

/// The mentions of one thing.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundGroup {
    /// What the mentions name.
    pub label: Label,
    /// The canonical name.
    pub name: String,
}

/// The mention naming a quote's speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundSpeaker {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// Index of its group in [`Findings::groups`], where it has one.
    pub group: Option<usize>,
}

impl From<&FoundEntity> for FoundSpeaker {
    /// The entity as the speaker it names, with its group.
    fn from(entity: &FoundEntity) -> Self {
        FoundSpeaker {
            span: entity.span.clone(),
            group: entity.group,
        }
    }
}

/// Attributed speech.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    /// Direct or reported.
    pub kind: QuoteKind,
    /// The reporting verb or phrase.
    pub cue: Option<Range<usize>>,
    /// The words attributed.
    pub content: Range<usize>,
    /// Who said it.
    pub speaker: Option<FoundSpeaker>,
}

/// Everything the stages found in one text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// Entities, sorted by start, not overlapping.
    pub entities: Vec<FoundEntity>,
    /// Groups of entities naming one thing.
    pub groups: Vec<FoundGroup>,
    /// Quotes, in text order.
    pub quotes: Vec<FoundQuote>,
}
