//! The analysis as every front end returns it: the shape fixed by the
//! project's interface document (entities, quotes), with offsets in UTF-16
//! code units of the original text, as JavaScript's `text.slice(start, end)`
//! counts them.
//!
//! These types are the edge of the library; the stages work with byte
//! offsets (see [`crate::findings`]) and [`crate::output`] converts once.

use serde::{Deserialize, Serialize};

/// Everything Lamha found in a text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Analysis {
    /// Named mentions, sorted by `start`, not overlapping one another.
    pub entities: Vec<Entity>,
    /// Attributed speech, in text order.
    pub quotes: Vec<Quote>,
    /// Mentions of one thing grouped together (داعش / تنظيم داعش), in order
    /// of first mention. Entities and speakers refer to them by `id`.
    #[serde(default)]
    pub groups: Vec<Group>,
}

/// What kind of thing an entity names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Label {
    /// A person.
    #[serde(rename = "PER")]
    Person,
    /// An organisation, group or government body.
    #[serde(rename = "ORG")]
    Organization,
    /// A place: country, region, city, landmark.
    #[serde(rename = "LOC")]
    Location,
    /// A date or time.
    #[serde(rename = "DATE")]
    Date,
}

impl Label {
    /// The labels of names (what the tagger, the name lists and the
    /// evaluation deal in), in the order their bits and tags are numbered.
    pub const NAMES: [Label; 3] = [Label::Person, Label::Location, Label::Organization];

    /// The label as the interface writes it: `PER`, `ORG`, `LOC`, `DATE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PER",
            Label::Organization => "ORG",
            Label::Location => "LOC",
            Label::Date => "DATE",
        }
    }
}

/// A named mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Start, in UTF-16 code units of the original text.
    pub start: u32,
    /// End (exclusive), in UTF-16 code units of the original text.
    pub end: u32,
    /// The original text of the mention.
    pub text: String,
    /// What it names.
    pub label: Label,
    /// For a resolved place: where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// The group of mentions of the same thing, an index into
    /// [`Analysis::groups`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
}

/// The kinds of place the gazetteer knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A sovereign country or territory.
    Country,
    /// A state, province or governorate.
    State,
    /// A city, town or village.
    City,
    /// A world region (غرب أفريقيا) or a region within a country.
    Region,
    /// A continent.
    Continent,
    /// A sea, ocean, gulf, river or lake.
    Water,
    /// A landmark.
    Landmark,
}

/// A place a `LOC` entity was resolved to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The place's name in English.
    pub name: String,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of the country it lies in; absent for places
    /// spanning several countries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Latitude in degrees, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in degrees, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

/// Direct or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Indirect speech (قال ... إن، أكد ... أن، وفق / بحسب ...).
    Reported,
}

/// A span of the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start, in UTF-16 code units.
    pub start: u32,
    /// End (exclusive), in UTF-16 code units.
    pub end: u32,
    /// The original text of the span.
    pub text: String,
}

/// The mention naming who said a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Start, in UTF-16 code units.
    pub start: u32,
    /// End (exclusive), in UTF-16 code units.
    pub end: u32,
    /// The original text of the mention.
    pub text: String,
    /// The group of mentions of the speaker, where the mention has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
}

/// Attributed speech.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Direct or reported.
    pub kind: QuoteKind,
    /// The reporting verb or phrase, or the colon before a direct quote.
    pub cue: Option<Span>,
    /// The words attributed, without quotation marks or the introducing إن / أن.
    pub content: Span,
    /// Who said it, or null when no source is named.
    pub speaker: Option<Speaker>,
}

/// The mentions of one thing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// The group's index in [`Analysis::groups`].
    pub id: u32,
    /// What the mentions name.
    pub label: Label,
    /// The canonical name: the fullest mention (جوزيف دنفورد for دنفورد).
    pub name: String,
    /// How many entities belong to the group.
    pub mentions: u32,
}

/// The text layer's view of a text, for tools and tests: tokens, sentences
/// and paragraphs with UTF-16 spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmentation {
    /// Every token, in text order.
    pub tokens: Vec<TokenInfo>,
    /// Every sentence, in text order.
    pub sentences: Vec<Span>,
    /// Every paragraph, in text order.
    pub paragraphs: Vec<Span>,
}

/// One token of a [`Segmentation`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenInfo {
    /// Start, in UTF-16 code units.
    pub start: u32,
    /// End (exclusive), in UTF-16 code units.
    pub end: u32,
    /// The original text of the token.
    pub text: String,
    /// `arabic`, `latin`, `word`, `number`, `quote`, `punctuation` or `symbol`.
    pub kind: String,
    /// The normalised form.
    pub norm: String,
    /// The proclitics split off an Arabic word, in order (و، ب، ال).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proclitics: Vec<String>,
    /// The word as it would be written on its own, normalised (والعراق →
    /// العراق), where it differs from `norm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bare: Option<String>,
}
