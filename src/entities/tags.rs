//! The tagger's tags (BIO over PER, LOC, ORG) and how the corpora's own tags
//! map onto them.

use crate::analysis::Label;

/// The number of tags.
pub const TAG_COUNT: usize = 7;

/// A token's tag: outside, or beginning / inside a name of one label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Not part of a name.
    Outside,
    /// First word of a name.
    Begin(Label),
    /// A later word of a name.
    Inside(Label),
}

/// The labels the tagger gives, in tag order.
const TAGGED_LABELS: [Label; 3] = Label::NAMES;

impl Tag {
    /// Every tag, by index.
    pub const ALL: [Tag; TAG_COUNT] = [
        Tag::Outside,
        Tag::Begin(Label::Person),
        Tag::Inside(Label::Person),
        Tag::Begin(Label::Location),
        Tag::Inside(Label::Location),
        Tag::Begin(Label::Organization),
        Tag::Inside(Label::Organization),
    ];

    /// The tag's index in [`Tag::ALL`]. A label the tagger does not give
    /// (DATE) counts as outside.
    pub fn index(self) -> usize {
        let label_index = |label| TAGGED_LABELS.iter().position(|&l| l == label);
        match self {
            Tag::Outside => 0,
            Tag::Begin(label) => label_index(label).map_or(0, |i| 1 + 2 * i),
            Tag::Inside(label) => label_index(label).map_or(0, |i| 2 + 2 * i),
        }
    }

    /// The label of a name tag.
    pub fn label(self) -> Option<Label> {
        match self {
            Tag::Outside => None,
            Tag::Begin(label) | Tag::Inside(label) => Some(label),
        }
    }

    /// True when `self` may follow `previous` (None: at a sentence start):
    /// a name continues only the name it is part of.
    pub fn may_follow(self, previous: Option<Tag>) -> bool {
        match self {
            Tag::Inside(label) => previous.and_then(Tag::label) == Some(label),
            _ => true,
        }
    }

    /// Reads a corpus tag (`B-PERS`, `I_LOC`, `B-Politician`, `O`) as a tag
    /// of this tagger. Person, place and organisation classes of every
    /// corpus map onto PER, LOC and ORG; everything else (miscellaneous,
    /// titles, dates, products, facilities) is outside.
    pub fn from_corpus(tag: &str) -> Tag {
        let (position, class) = match tag.split_once(['-', '_']) {
            Some((position, class)) => (position, class),
            None => return Tag::Outside,
        };
        let Some(label) = corpus_class_label(class) else {
            return Tag::Outside;
        };
        match position {
            "B" => Tag::Begin(label),
            "I" => Tag::Inside(label),
            _ => Tag::Outside,
        }
    }
}

/// The label of a corpus's entity class. ANERcorp: PERS LOC ORG; AQMAR and
/// CAraNER: PER LOC ORG; Wojood: PERS ORG GPE LOC; WikiFANE: its fine
/// classes (a facility such as an airport or a building stays outside:
/// ANERcorp does not tag them as places).
fn corpus_class_label(class: &str) -> Option<Label> {
    Some(match class {
        "PER" | "PERS" | "Politician" | "Religious_PER" | "Artist" | "Other_PER" | "Scientist"
        | "Athlete" | "Businessperson" | "Engineer" | "Lawyer" => Label::Person,
        "LOC"
        | "GPE"
        | "Population-Center"
        | "Nation"
        | "State-or-Province"
        | "Continent"
        | "GPE-Cluster"
        | "County-or-District"
        | "Water-Body"
        | "Land-Region-Natural" => Label::Location,
        "ORG" | "Group" | "Commercial" | "Non-Governmental" | "Government" | "Police"
        | "Educational" | "Media" | "Sports" | "Religious_ORG" | "Medical-Science"
        | "Entertainment" => Label::Organization,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_tags() {
        assert_eq!(Tag::from_corpus("B-PERS"), Tag::Begin(Label::Person));
        assert_eq!(Tag::from_corpus("I_LOC"), Tag::Inside(Label::Location));
        assert_eq!(
            Tag::from_corpus("B-Population-Center"),
            Tag::Begin(Label::Location)
        );
        assert_eq!(Tag::from_corpus("B-MISC"), Tag::Outside);
        assert_eq!(Tag::from_corpus("I_TIT"), Tag::Outside);
        assert_eq!(Tag::from_corpus("O"), Tag::Outside);
    }

    #[test]
    fn indices_round_trip() {
        for (index, tag) in Tag::ALL.iter().enumerate() {
            assert_eq!(tag.index(), index);
        }
        assert!(!Tag::Inside(Label::Person).may_follow(Some(Tag::Begin(Label::Location))));
        assert!(Tag::Inside(Label::Person).may_follow(Some(Tag::Begin(Label::Person))));
        assert!(!Tag::Inside(Label::Person).may_follow(None));
    }
}
