//! What one sentence cannot tell but the document can: a person named in
//! full once (برت مكجيرك) is the person when the short form comes later
//! (مكجيرك); an organisation or place found once (تنظيم داعش) is found
//! again where the tagger missed it nearby (داعش). And span conventions: a
//! title before a name is not part of it (الجنرال جوزيف دنفورد → جوزيف
//! دنفورد); a direction before a continent is (غرب أفريقيا).

use std::collections::HashMap;

use crate::analysis::Label;
use crate::lexicon::{Lexicon, label_bit};
use crate::text::{Document, TokenKind};

use super::Mention;
use super::features::{Trigger, is_trigger};

/// Makes `mentions` (sorted, not overlapping) consistent across
/// `document`, with the help of the name lists.
pub fn apply(document: &Document, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    trim_titles(document, mentions);
    add_short_forms(document, mentions);
    add_announced(document, lexicon, mentions);
    add_repeats(document, lexicon, mentions);
    extend_regions(document, mentions);
}

/// Continents that a direction word before them makes a region (غرب
/// أفريقيا، شرق آسيا), normalised.
const CONTINENTS: &[&str] = &["اسيا", "افريقيا", "اوروبا", "اوربا", "امريكا", "اميركا"];

/// Direction words, normalised.
const DIRECTIONS: &[&str] = &["شرق", "غرب", "شمال", "جنوب", "وسط"];

/// Extends a continent over the direction words before it: غرب أفريقيا,
/// شرق ووسط آسيا.
fn extend_regions(document: &Document, mentions: &mut [Mention]) {
    let is_direction = |index: usize| DIRECTIONS.contains(&document.bare(index).as_ref());
    let mut previous_end = 0;
    for mention in mentions.iter_mut() {
        let first = mention.tokens.start;
        if mention.label == Label::Location
            && mention.tokens.len() == 1
            && CONTINENTS.contains(&document.bare(first).as_ref())
        {
            let mut start = first;
            while start > previous_end
                && is_direction(start - 1)
                && (start == first || document.tokens[start].clitics.conjunction.is_some())
            {
                start -= 1;
            }
            mention.tokens.start = start;
        }
        previous_end = mention.tokens.end;
    }
}

/// Tags a listed organisation or place that its head noun announces
/// (تنظيم داعش، مدينة الرقة) where the tagger missed it: the name itself,
/// without the head noun.
fn add_announced(document: &Document, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let mut covered = vec![false; document.tokens.len()];
    for mention in mentions.iter() {
        covered[mention.tokens.clone()].fill(true);
    }
    let mut added = Vec::new();
    for index in 1..document.tokens.len() {
        if covered[index] || document.tokens[index].kind != TokenKind::Arabic {
            continue;
        }
        for (trigger, label) in [
            (Trigger::Organization, Label::Organization),
            (Trigger::Place, Label::Location),
        ] {
            let listed = label_bit(label)
                .is_some_and(|bit| lexicon.lookup([document.bare(index).as_ref()]) & bit != 0);
            if listed && is_trigger(document, index - 1, trigger) {
                added.push(Mention {
                    tokens: index..index + 1,
                    label,
                });
                break;
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|mention| mention.tokens.start);
    }
}

/// Tags the untagged repeats of a one-word name (داعش after تنظيم داعش,
/// found nearby) with the label it was found with, when that word was only
/// ever found with one label and the name lists know it with that label
/// (without that, a tagger's mistake on a common word — الانسحاب, السيارات
/// — would spread). Places and organisations only: a person's
/// lone first name is as often someone else.
fn add_repeats(document: &Document, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let mut labels: HashMap<String, (Option<Label>, Vec<usize>)> = HashMap::new();
    for mention in mentions.iter() {
        if matches!(mention.label, Label::Date | Label::Person) {
            continue;
        }
        let mut core = mention.tokens.clone();
        if core.len() == 2 && is_trigger(document, core.start, Trigger::Organization) {
            core.start += 1;
        }
        if core.len() != 1 || document.tokens[core.start].kind != TokenKind::Arabic {
            continue;
        }
        let entry = labels
            .entry(document.bare(core.start).into_owned())
            .or_insert((Some(mention.label), Vec::new()));
        if entry.0 != Some(mention.label) {
            entry.0 = None;
        }
        entry.1.push(core.start);
    }
    let mut covered = vec![false; document.tokens.len()];
    for mention in mentions.iter() {
        covered[mention.tokens.clone()].fill(true);
    }
    let mut added = Vec::new();
    for (index, token) in document.tokens.iter().enumerate() {
        if covered[index] || token.kind != TokenKind::Arabic {
            continue;
        }
        let bare = document.bare(index);
        let Some((Some(label), found_at)) = labels.get(bare.as_ref()) else {
            continue;
        };
        let listed =
            label_bit(*label).is_some_and(|bit| lexicon.lookup([bare.as_ref()]) & bit != 0);
        if !listed {
            continue;
        }
        if found_at
            .iter()
            .any(|&at| at.abs_diff(index) <= SHORT_FORM_REACH)
        {
            added.push(Mention {
                tokens: index..index + 1,
                label: *label,
            });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|mention| mention.tokens.start);
    }
}

/// Removes titles, roles and nationalities from the start of person
/// mentions (الفنان حسين فهمي، الهولندي روبن فان بيرسي).
fn trim_titles(document: &Document, mentions: &mut [Mention]) {
    for mention in mentions.iter_mut() {
        while mention.label == Label::Person
            && mention.tokens.len() > 1
            && (is_trigger(document, mention.tokens.start, Trigger::Person)
                || is_nationality(document, mention.tokens.start))
        {
            mention.tokens.start += 1;
        }
    }
}

/// A word that reads as a nationality or other relative adjective with the
/// article (الهولندي، البرازيلي): before a name it describes the person;
/// a family name of that shape (الشرقاوي) comes after the given name.
fn is_nationality(document: &Document, index: usize) -> bool {
    let token = &document.tokens[index];
    let bare = document.bare(index);
    token.clitics.article && bare.ends_with('ي') && bare.chars().count() >= 6
}

/// How far after a full name (in tokens) its short form is still taken to
/// name the same person: an article's length; a longer text is many
/// articles.
const SHORT_FORM_REACH: usize = 600;

/// Tags as a person every untagged word that is the family name of a
/// person named in full shortly before it.
fn add_short_forms(document: &Document, mentions: &mut Vec<Mention>) {
    // The last full name ending in each word, by the token where it ends.
    let mut family_names: HashMap<String, usize> = HashMap::new();
    let mut added = Vec::new();
    let mut next_mention = 0;
    for (index, token) in document.tokens.iter().enumerate() {
        while next_mention < mentions.len() && mentions[next_mention].tokens.end <= index {
            let mention = &mentions[next_mention];
            if mention.label == Label::Person && mention.tokens.len() > 1 {
                let last = mention.tokens.end - 1;
                family_names.insert(document.bare(last).into_owned(), last);
            }
            next_mention += 1;
        }
        let covered = mentions
            .get(next_mention)
            .is_some_and(|m| m.tokens.contains(&index));
        if covered || token.kind != TokenKind::Arabic || family_names.is_empty() {
            continue;
        }
        let seen_at = family_names.get(document.bare(index).as_ref());
        if seen_at.is_some_and(|&at| index - at <= SHORT_FORM_REACH) {
            added.push(Mention {
                tokens: index..index + 1,
                label: Label::Person,
            });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|mention| mention.tokens.start);
    }
}
