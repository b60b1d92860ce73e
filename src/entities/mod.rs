//! Named entities: people, organisations and places (a statistical tagger),
//! dates and times (rules), made consistent across the document and grouped
//! by what they name.
//!
//! 1. [`dates`]: day names, dates and times by rule;
//! 2. [`features`] → [`model`] → [`viterbi`]: an averaged perceptron over
//!    hashed features tags every token BIO, sentence by sentence;
//! 3. [`consistency`]: a name found once (برت مكجيرك) is found again in its
//!    short form (مكجيرك), titles are left out of a person's span;
//! 4. [`groups`] (run by the pipeline after places, which add entities of
//!    their own): mentions of one thing share a group with one canonical
//!    name.

pub mod clusters;
pub mod consistency;
pub mod dates;
pub mod features;
pub mod groups;
pub mod model;
pub mod tags;
pub mod viterbi;

use std::ops::Range;

use crate::analysis::Label;
use crate::findings::{Findings, FoundEntity};
use crate::name_lists::{NameLists, TokenMatch, label_bit};
use crate::tables::TableError;
use crate::tables::embedded;
use crate::text::Document;

use clusters::WordClusters;
use model::Model;
use tags::Tag;

/// The tables the tagger reads: its weights, the name lists and the word
/// clusters.
#[derive(Debug, Clone)]
pub struct TaggerTables {
    /// The weights.
    pub model: Model,
    /// The name lists, whose matches are features.
    pub name_lists: NameLists,
    /// The word clusters, whose ids are features.
    pub clusters: WordClusters,
}

impl TaggerTables {
    /// The tables embedded in the library.
    pub fn embedded() -> Result<TaggerTables, TableError> {
        Ok(TaggerTables {
            model: Model::from_bytes(embedded::TAGGER_WEIGHTS.bytes())?,
            name_lists: NameLists::from_bytes(embedded::NAME_LISTS.bytes())?,
            clusters: WordClusters::from_bytes(embedded::CLUSTERS.bytes())?,
        })
    }
}

/// A name found in a document, as a range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Indices into the document's tokens.
    pub tokens: Range<usize>,
    /// What it names.
    pub label: Label,
}

/// Finds the entities of `document` with the tagger's `tables` and adds
/// them to `findings` (ungrouped: the pipeline groups them after places
/// added theirs, with [`groups::assign`]).
pub fn find(document: &Document, tables: &TaggerTables, findings: &mut Findings) {
    findings.entities.extend(
        mentions(document, tables)
            .iter()
            .map(|mention| FoundEntity {
                span: span(document, &mention.tokens),
                label: mention.label,
                place: None,
                group: None,
            }),
    );
    findings.entities.sort_by_key(|entity| entity.span.start);
}

/// The original span of a mention: from its first word without attached
/// conjunction and preposition to the end of its last word.
pub fn span(document: &Document, tokens: &Range<usize>) -> Range<usize> {
    document.bare_span(tokens.start).start..document.tokens[tokens.end - 1].span.end
}

/// Every mention of `document`, in text order, not overlapping: dates by
/// rule, names by the tagger with `tables`, made consistent.
pub fn mentions(document: &Document, tables: &TaggerTables) -> Vec<Mention> {
    let dates = dates::find(document);
    let mut names = tag(document, tables);
    consistency::apply(document, &tables.name_lists, &mut names);
    // Dates win over names on the same words.
    let mut in_date = vec![false; document.tokens.len()];
    for date in &dates {
        in_date[date.tokens.clone()].fill(true);
    }
    names.retain(|name| !in_date[name.tokens.clone()].contains(&true));
    let mut all = dates;
    all.extend(names);
    all.sort_by_key(|mention| mention.tokens.start);
    all
}

/// True when the word at `index`, tagged inside a name of `label`, opens a
/// second name coordinated with the first, whatever the tagger joined:
/// - a person's word with the conjunction و (بوتين وزيلينسكي). A person's
///   name has no و between its words (وليد, وجدي keep their و: the clitic
///   splitter does not detach it);
/// - an organisation's head noun or a listed organisation's name with و
///   (المنظمة الدولية والاتحاد الأفريقي، البنك الدولي وصندوق النقد، فيسبوك
///   وتويتر). An organisation's own و joins
///   words of its name that are no head (وزارة الاقتصاد والتجارة، حركة
///   العدل والمساواة), as a place's does (البوسنة والهرسك).
fn opens_coordinated_name(
    document: &Document,
    matches: &[TokenMatch],
    index: usize,
    label: Label,
) -> bool {
    let coordinated = document.tokens[index].clitics.conjunction == Some('و');
    match label {
        Label::Person => coordinated,
        Label::Organization => {
            coordinated
                && (features::is_trigger(document, index, features::Trigger::Organization)
                    || label_bit(label).is_some_and(|bit| matches[index].names() & bit != 0))
        }
        _ => false,
    }
}

/// The names the tagger finds in `document`, before consistency.
pub fn tag(document: &Document, tables: &TaggerTables) -> Vec<Mention> {
    let matches = tables.name_lists.matches(document);
    // One sentence's features at a time: a long text's would fill memory.
    let mut features = features::Features::default();
    let mut scratch = features::Scratch::new(document);
    let mut mentions = Vec::new();
    for sentence in &document.sentences {
        features.clear();
        features::append_sentence(
            document,
            &matches,
            &tables.clusters,
            sentence.tokens.clone(),
            &mut scratch,
            &mut features,
        );
        let tags = tables
            .model
            .tag_sentence(document, &features, sentence.tokens.clone());
        let mut open: Option<Mention> = None;
        for (offset, &tag) in tags.iter().enumerate() {
            let index = sentence.tokens.start + offset;
            match Tag::ALL[tag] {
                Tag::Inside(label)
                    if open.as_ref().is_some_and(|m| m.label == label)
                        && !opens_coordinated_name(document, &matches, index, label) =>
                {
                    if let Some(mention) = open.as_mut() {
                        mention.tokens.end = index + 1;
                    }
                }
                Tag::Begin(label) | Tag::Inside(label) => {
                    mentions.extend(open.take());
                    open = Some(Mention {
                        tokens: index..index + 1,
                        label,
                    });
                }
                Tag::Outside => mentions.extend(open.take()),
            }
        }
        mentions.extend(open);
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_organisation_opens_with_its_head_or_its_listed_name() {
        let document = Document::new("فيسبوك وتويتر والاتحاد الأوروبي ووزارة الاقتصاد والتجارة");
        let matches = NameLists::from_tsv("ORG\tتويتر\n").matches(&document);
        let opens: Vec<bool> = (0..document.tokens.len())
            .map(|index| opens_coordinated_name(&document, &matches, index, Label::Organization))
            .collect();
        assert_eq!(opens, [false, true, true, false, true, false, false]);
    }
}
