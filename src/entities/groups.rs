//! Mentions of one thing, grouped under one canonical name: داعش and تنظيم
//! داعش, جوزيف دنفورد and دنفورد. The canonical name is the fullest mention.

use crate::analysis::Label;
use crate::findings::{Findings, FoundGroup};
use crate::text::Document;
use crate::word_map::WordMap;

use super::features::{Trigger, is_trigger};
use super::{Mention, span};

/// The words that identify what a mention names: its bare words, without
/// an organisation's head noun (تنظيم داعش → داعش).
fn key<'a>(document: &'a Document, mention: &Mention) -> Vec<&'a str> {
    let mut tokens = mention.tokens.clone();
    if mention.label == Label::Organization
        && tokens.len() > 1
        && is_trigger(document, tokens.start, Trigger::Organization)
    {
        tokens.start += 1;
    }
    let mut words: Vec<&str> = tokens
        .clone()
        .filter(|&index| document.tokens[index].is_word())
        .map(|index| document.bare(index))
        .collect();
    if words.is_empty() {
        words.push(document.bare(mention.tokens.start));
    }
    words
}

/// Groups the entities of `findings` (the tagger's and those the places
/// stage added), each as the tokens its span overlaps, and sets each
/// entity's group.
pub fn assign(document: &Document, findings: &mut Findings) {
    let mentions: Vec<Mention> = findings
        .entities
        .iter()
        .map(|entity| Mention {
            tokens: document.tokens_overlapping(&entity.span),
            label: entity.label,
        })
        .collect();
    let groups = group(document, &mentions, &mut findings.groups);
    for (entity, group) in findings.entities.iter_mut().zip(groups) {
        entity.group = group;
    }
}

/// Groups `mentions` (sorted by start), adding the groups to `groups` in
/// order of first mention; returns each mention's group. Dates are not
/// grouped.
pub fn group(
    document: &Document,
    mentions: &[Mention],
    groups: &mut Vec<FoundGroup>,
) -> Vec<Option<usize>> {
    let keys: Vec<Vec<&str>> = mentions.iter().map(|m| key(document, m)).collect();
    // A person's one-word short form (دنفورد) joins the fullest name that
    // ends or starts with it (جوزيف دنفورد).
    let mut full_names: WordMap<&str, usize> = WordMap::default();
    for (index, mention) in mentions.iter().enumerate() {
        if mention.label != Label::Person || keys[index].len() < 2 {
            continue;
        }
        for word in [keys[index].first(), keys[index].last()]
            .into_iter()
            .flatten()
        {
            let best = full_names.entry(word).or_insert(index);
            if keys[index].len() > keys[*best].len() {
                *best = index;
            }
        }
    }
    let representative = |index: usize| -> usize {
        match keys[index].as_slice() {
            [word] if mentions[index].label == Label::Person => {
                full_names.get(word).copied().unwrap_or(index)
            }
            _ => index,
        }
    };
    let mut by_key: WordMap<(Label, &[&str]), usize> = WordMap::default();
    let mut assigned = Vec::with_capacity(mentions.len());
    let mut names: Vec<WordMap<&str, (usize, usize)>> = Vec::new();
    let first_group = groups.len();
    for (index, mention) in mentions.iter().enumerate() {
        if mention.label == Label::Date {
            assigned.push(None);
            continue;
        }
        let group_key = (mention.label, keys[representative(index)].as_slice());
        let group = *by_key.entry(group_key).or_insert_with(|| {
            groups.push(FoundGroup {
                label: mention.label,
                name: String::new(),
            });
            names.push(WordMap::default());
            groups.len() - 1
        });
        // How often each written form occurs, and its first occurrence.
        let text = document.slice(span(document, &mention.tokens));
        names[group - first_group]
            .entry(text)
            .or_insert((0, index))
            .0 += 1;
        assigned.push(Some(group));
    }
    // The canonical name: for a person the fullest form; for other things
    // the most frequent form (داعش rather than تنظيم داعش الإرهابي); ties go
    // to the first.
    for (offset, forms) in names.iter().enumerate() {
        let group = &mut groups[first_group + offset];
        let person = group.label == Label::Person;
        let rank = |&(text, &(count, first)): &(&&str, &(usize, usize))| {
            let length = if person {
                mentions[first].tokens.len()
            } else {
                0
            };
            (length, count, std::cmp::Reverse(first), text.len())
        };
        if let Some((text, _)) = forms.iter().max_by_key(rank) {
            group.name = (*text).to_string();
        }
    }
    assigned
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(tokens: std::ops::Range<usize>, label: Label) -> Mention {
        Mention { tokens, label }
    }

    #[test]
    fn short_forms_and_head_nouns_join_their_group() {
        let document = Document::new("قال جوزيف دنفورد إن تنظيم داعش و داعش ثم دنفورد");
        let mentions = [
            mention(1..3, Label::Person),
            mention(4..6, Label::Organization),
            mention(7..8, Label::Organization),
            mention(9..10, Label::Person),
        ];
        let mut groups = Vec::new();
        let assigned = group(&document, &mentions, &mut groups);
        assert_eq!(assigned, vec![Some(0), Some(1), Some(1), Some(0)]);
        assert_eq!(groups[0].name, "جوزيف دنفورد");
        assert_eq!(groups[1].label, Label::Organization);
        assert_eq!(groups.len(), 2);
    }
}
