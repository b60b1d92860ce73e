//! Scoring the analysis against annotations: `lamha eval-ner` on a CoNLL
//! file or a hand-annotated article (a user's own data as much as the shared
//! corpora), and the training tools' development score. Corpus sentences
//! are lined up with Lamha's own reading of them.
//!
//! A corpus sentence is turned into text as a user would paste it: its words
//! joined by single spaces, sentences by new lines. Lamha tokenises that
//! text its own way (ANERcorp's `(د` is two tokens; its `والعراق` one), so
//! names are compared on the corpus's words: a gold name is a range of corpus
//! words; a found name is the range of corpus words its span overlaps.

pub mod conll;

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Deserialize;

use crate::analysis::{Entity, Label};
use crate::entities::tags::Tag;
use crate::text::{Document, TokenKind};

use conll::Sentence;

/// Corpus sentences as one text, with the byte span of every corpus word.
#[derive(Debug, Clone)]
pub struct CorpusText {
    /// The words joined by spaces, the sentences by new lines.
    pub text: String,
    /// The byte span of each corpus word in `text`, in order.
    pub words: Vec<Range<usize>>,
    /// Each corpus word's tag, read with [`Tag::from_corpus`].
    pub tags: Vec<Tag>,
}

impl CorpusText {
    /// Joins `sentences`.
    pub fn new(sentences: &[Sentence]) -> CorpusText {
        let mut text = String::new();
        let mut words = Vec::new();
        let mut tags = Vec::new();
        for sentence in sentences {
            if !text.is_empty() {
                text.push('\n');
            }
            for (position, (word, tag)) in sentence.iter().enumerate() {
                if position > 0 {
                    text.push(' ');
                }
                words.push(text.len()..text.len() + word.len());
                text.push_str(word);
                tags.push(Tag::from_corpus(tag));
            }
        }
        CorpusText { text, words, tags }
    }

    /// The gold names: ranges of corpus words and their labels. An inside
    /// tag without a beginning starts a name.
    pub fn gold(&self) -> Vec<(Range<usize>, Label)> {
        let mut names: Vec<(Range<usize>, Label)> = Vec::new();
        for (index, tag) in self.tags.iter().enumerate() {
            match *tag {
                Tag::Inside(label)
                    if names
                        .last()
                        .is_some_and(|(range, l)| range.end == index && *l == label)
                        && index > 0
                        && self.tags[index - 1].label() == Some(label) =>
                {
                    if let Some((range, _)) = names.last_mut() {
                        range.end = index + 1;
                    }
                }
                Tag::Begin(label) | Tag::Inside(label) => names.push((index..index + 1, label)),
                Tag::Outside => {}
            }
        }
        names
    }

    /// The gold names of one label, as ranges of corpus words.
    pub fn gold_of(&self, label: Label) -> Vec<Range<usize>> {
        self.gold()
            .into_iter()
            .filter(|(_, gold_label)| *gold_label == label)
            .map(|(words, _)| words)
            .collect()
    }

    /// The corpus words a byte span overlaps, if any.
    pub fn words_of(&self, span: &Range<usize>) -> Option<Range<usize>> {
        let first = self.words.partition_point(|word| word.end <= span.start);
        let end = self.words.partition_point(|word| word.start < span.end);
        (first < end).then_some(first..end)
    }

    /// The gold tag of every token of `document` (which must be the
    /// document of `self.text`), as indices into [`Tag::ALL`]: a token takes
    /// the label of the corpus word it lies in, beginning the name on the
    /// first word token of a beginning corpus word. Punctuation glued to a
    /// name's word (`"العراق`) stays outside.
    pub fn token_tags(&self, document: &Document) -> Vec<usize> {
        let mut tags = vec![0; document.tokens.len()];
        let mut previous_word = usize::MAX;
        for (index, token) in document.tokens.iter().enumerate() {
            let Some(words) = self.words_of(&token.span) else {
                continue;
            };
            let word = words.start;
            let tag = self.tags[word];
            let Some(label) = tag.label() else {
                continue;
            };
            if !token.is_word() && token.kind != TokenKind::Number {
                continue;
            }
            let begins = matches!(tag, Tag::Begin(_)) && previous_word != word;
            previous_word = word;
            tags[index] = if begins {
                Tag::Begin(label).index()
            } else {
                Tag::Inside(label).index()
            };
        }
        // A name whose beginning was punctuation begins at its first word.
        for index in 0..tags.len() {
            let tag = Tag::ALL[tags[index]];
            let previous = index.checked_sub(1).map(|i| Tag::ALL[tags[i]]);
            if !tag.may_follow(previous) {
                tags[index] = tag.label().map_or(0, |label| Tag::Begin(label).index());
            }
        }
        tags
    }

    /// The names found in the text (byte spans with labels), as ranges of
    /// corpus words, for the labels the corpus annotates (PER, LOC, ORG).
    pub fn found(
        &self,
        found: impl IntoIterator<Item = (Range<usize>, Label)>,
    ) -> Vec<(Range<usize>, Label)> {
        found
            .into_iter()
            .filter(|(_, label)| NAME_LABELS.contains(label))
            .filter_map(|(span, label)| Some((self.words_of(&span)?, label)))
            .collect()
    }
}

/// Counts of exact matches per label.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Found and in the gold.
    pub correct: usize,
    /// Found.
    pub found: usize,
    /// In the gold.
    pub gold: usize,
}

impl Counts {
    /// Precision, recall and F1, in percent.
    pub fn scores(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        let precision = ratio(self.correct, self.found);
        let recall = ratio(self.correct, self.gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        (precision, recall, f1)
    }
}

/// Entity-level scores: exact span and label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    /// All labels together.
    pub micro: Counts,
    /// Per label.
    pub per_label: Vec<(Label, Counts)>,
}

/// The labels the corpora annotate.
pub const NAME_LABELS: [Label; 3] = Label::NAMES;

impl Scores {
    fn new(labels: &[Label]) -> Scores {
        Scores {
            micro: Counts::default(),
            per_label: labels.iter().map(|&l| (l, Counts::default())).collect(),
        }
    }

    fn counts(&mut self, label: Label) -> Option<&mut Counts> {
        self.per_label
            .iter_mut()
            .find(|(l, _)| *l == label)
            .map(|(_, counts)| counts)
    }

    fn add(&mut self, label: Label, correct: usize, found: usize, gold: usize) {
        if let Some(counts) = self.counts(label) {
            counts.correct += correct;
            counts.found += found;
            counts.gold += gold;
            self.micro.correct += correct;
            self.micro.found += found;
            self.micro.gold += gold;
        }
    }

    /// Compares found names with gold names (ranges of anything, with
    /// labels) for the labels the corpora annotate.
    pub fn compare(gold: &[(Range<usize>, Label)], found: &[(Range<usize>, Label)]) -> Scores {
        let key = |(range, label): &(Range<usize>, Label)| (range.start, range.end, *label);
        let gold: BTreeSet<_> = gold.iter().map(key).collect();
        let found: BTreeSet<_> = found.iter().map(key).collect();
        let mut scores = Scores::new(&NAME_LABELS);
        for &label in &NAME_LABELS {
            scores.add(
                label,
                found
                    .iter()
                    .filter(|f| f.2 == label && gold.contains(f))
                    .count(),
                found.iter().filter(|f| f.2 == label).count(),
                gold.iter().filter(|g| g.2 == label).count(),
            );
        }
        scores
    }

    /// Scores an analysis against a hand-annotated gold file's entities
    /// (PER, LOC, ORG and DATE, as the sample's gold annotates them).
    pub fn against_sample(gold: &[GoldEntity], found: &[Entity]) -> Scores {
        let mut scores = Scores::new(&[
            Label::Person,
            Label::Location,
            Label::Organization,
            Label::Date,
        ]);
        scores.add_article(gold, found);
        scores
    }

    /// Empty scores of the name labels, for articles added one by one
    /// ([`Scores::add_article`]).
    pub fn of_names() -> Scores {
        Scores::new(&NAME_LABELS)
    }

    /// Adds an article's analysis against its gold entities: a found
    /// entity is right when its span and label are those of a gold entity
    /// or of one of its accepted alternatives; an optional gold entity
    /// counts neither way. Labels these scores do not count are ignored.
    pub fn add_article(&mut self, gold: &[GoldEntity], found: &[Entity]) {
        let accepts = |gold: &GoldEntity, entity: &Entity| {
            std::iter::once(&gold.span).chain(&gold.alts).any(|alt| {
                (alt.start, alt.end, alt.label) == (entity.start, entity.end, entity.label)
            })
        };
        for entity in found {
            match gold.iter().find(|g| accepts(g, entity)) {
                Some(g) if g.optional => {}
                Some(_) => self.add(entity.label, 1, 1, 0),
                None => self.add(entity.label, 0, 1, 0),
            }
        }
        for g in gold.iter().filter(|g| !g.optional) {
            self.add(g.span.label, 0, 0, 1);
        }
    }

    /// The scores as a table, one line per label and one for all.
    pub fn report(&self) -> String {
        let line = |name: &str, counts: &Counts| {
            let (p, r, f) = counts.scores();
            format!(
                "  {name:5}  P {p:5.1}  R {r:5.1}  F1 {f:5.1}   (gold {}, found {}, correct {})\n",
                counts.gold, counts.found, counts.correct
            )
        };
        let mut report: String = self
            .per_label
            .iter()
            .map(|(label, counts)| line(label.as_str(), counts))
            .collect();
        report.push_str(&line("micro", &self.micro));
        report
    }
}

/// A span and label of a gold file (UTF-16 offsets).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldSpan {
    /// Start, in UTF-16 code units.
    pub start: u32,
    /// End, in UTF-16 code units.
    pub end: u32,
    /// The label.
    pub label: Label,
}

/// An entity of a hand-annotated gold file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldEntity {
    /// The expected span and label.
    #[serde(flatten)]
    pub span: GoldSpan,
    /// Other spans that are as right.
    #[serde(default)]
    pub alts: Vec<GoldSpan>,
    /// Neither finding nor missing it counts.
    #[serde(default)]
    pub optional: bool,
    /// For a place: where it is.
    #[serde(default)]
    pub place: Option<GoldPlace>,
}

/// Where a gold place is.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldPlace {
    /// ISO 3166-1 alpha-2 code of its country; `None` for a place spanning
    /// several countries.
    pub country: Option<String>,
}

/// A hand-annotated article with its text inline (a line of a gold JSON
/// lines file such as `eval/news/news-dev.jsonl`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldArticle {
    /// The article's name.
    pub id: String,
    /// The article's text.
    pub text: String,
    /// The expected entities.
    pub entities: Vec<GoldEntity>,
}

/// Places resolved to the right country, of all the gold places with a
/// country: a gold place counts as resolved when a found LOC entity
/// overlapping it has that country.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlaceCounts {
    /// Gold places with a country.
    pub all: usize,
    /// Of them, resolved to that country.
    pub right: usize,
}

impl PlaceCounts {
    /// Adds an article's analysis against its gold places.
    pub fn add_article(&mut self, gold: &[GoldEntity], found: &[Entity]) {
        for g in gold {
            let Some(country) = g.place.as_ref().and_then(|p| p.country.as_deref()) else {
                continue;
            };
            self.all += 1;
            let resolved = found.iter().any(|entity| {
                entity.label == Label::Location
                    && entity.start < g.span.end
                    && g.span.start < entity.end
                    && entity.place.as_ref().and_then(|p| p.country.as_deref()) == Some(country)
            });
            self.right += usize::from(resolved);
        }
    }

    /// The share resolved right.
    pub fn share(&self) -> f64 {
        if self.all == 0 {
            0.0
        } else {
            self.right as f64 / self.all as f64
        }
    }
}

/// A hand-annotated gold file: where its text is and its entities.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldFile {
    /// The text's path, relative to the gold file's folder.
    pub text: String,
    /// The expected entities.
    pub entities: Vec<GoldEntity>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &[(&str, &str)]) -> Sentence {
        words
            .iter()
            .map(|(w, t)| (w.to_string(), t.to_string()))
            .collect()
    }

    #[test]
    fn gold_tags_follow_lamha_tokens() {
        let corpus = CorpusText::new(&[sentence(&[
            ("(د", "O"),
            ("قال", "O"),
            ("\"جوزيف", "B-PERS"),
            ("دنفورد\"", "I-PERS"),
            ("والعراق", "B-LOC"),
        ])]);
        let document = Document::new(&corpus.text);
        let tags = corpus.token_tags(&document);
        let tokens: Vec<(&str, Tag)> = document
            .tokens
            .iter()
            .zip(&tags)
            .map(|(t, &tag)| (document.slice(t.span.clone()), Tag::ALL[tag]))
            .collect();
        assert_eq!(tokens[3], ("\"", Tag::Outside));
        assert_eq!(tokens[4], ("جوزيف", Tag::Begin(Label::Person)));
        assert_eq!(tokens[5], ("دنفورد", Tag::Inside(Label::Person)));
        assert_eq!(tokens[6], ("\"", Tag::Outside));
        assert_eq!(tokens[7], ("والعراق", Tag::Begin(Label::Location)));
        assert_eq!(
            corpus.gold(),
            vec![(2..4, Label::Person), (4..5, Label::Location)]
        );
        // A found span without the conjunction still covers the corpus word.
        let span = document.bare_span(7);
        assert_eq!(corpus.words_of(&span), Some(4..5));
    }

    #[test]
    fn scores_are_exact_matches() {
        let gold = [(0..2, Label::Person), (3..4, Label::Location)];
        let found = [(0..2, Label::Person), (3..4, Label::Organization)];
        let scores = Scores::compare(&gold, &found);
        assert_eq!(scores.micro.correct, 1);
        assert_eq!(scores.micro.scores().2, 50.0);
    }
}
