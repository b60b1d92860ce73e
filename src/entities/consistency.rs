//! What one sentence cannot tell but the document can: a person named in
//! full once (برت مكجيرك) is the person when the short form comes later
//! (مكجيرك), and a title before a name is not part of it (الجنرال جوزيف
//! دنفورد → جوزيف دنفورد).

use std::collections::HashMap;

use crate::analysis::Label;
use crate::text::{Document, TokenKind};

use super::Mention;
use super::features::{Trigger, is_trigger};

/// Makes `mentions` (sorted, not overlapping) consistent across
/// `document`.
pub fn apply(document: &Document, mentions: &mut Vec<Mention>) {
    trim_titles(document, mentions);
    add_short_forms(document, mentions);
}

/// Removes titles and roles from the start of person mentions.
fn trim_titles(document: &Document, mentions: &mut [Mention]) {
    for mention in mentions.iter_mut() {
        while mention.label == Label::Person
            && mention.tokens.len() > 1
            && is_trigger(document, mention.tokens.start, Trigger::Person)
        {
            mention.tokens.start += 1;
        }
    }
}

/// Tags as a person every untagged word that is the family name of a
/// person named in full elsewhere in the document.
fn add_short_forms(document: &Document, mentions: &mut Vec<Mention>) {
    let mut family_names: HashMap<String, usize> = HashMap::new();
    for mention in mentions.iter() {
        if mention.label == Label::Person && mention.tokens.len() > 1 {
            let last = mention.tokens.end - 1;
            *family_names.entry(document.bare(last).into_owned()).or_default() += 1;
        }
    }
    if family_names.is_empty() {
        return;
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
        if family_names.contains_key(document.bare(index).as_ref()) {
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
