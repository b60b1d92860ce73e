//! A place named once is the same place where its name recurs and the
//! tagger did not see it (مناطق كورسك وفورونيج, then دُمّرت فوق كورسك): the
//! stages before found it by the words around one mention, which the others
//! lack.

use crate::analysis::{Label, Place};
use crate::findings::FoundEntity;
use crate::text::{Document, TokenKind};
use crate::word_map::{WordMap, WordSet};

/// The most words a repeated name has.
const NAME_MAX_WORDS: usize = 3;

/// A word the corpora show more often than this is too common to be taken
/// for the place wherever it recurs (الساحل، الوسطى).
const WORD_MAX_COUNT: u32 = 30;

/// Adds a `LOC` entity, with the place, on each untagged recurrence of the
/// name of a place of `entities` (sorted, not overlapping; kept so) whose
/// words are rare and whose mentions all lie in one country.
pub(super) fn add_repeats(document: &Document, entities: &mut Vec<FoundEntity>) {
    // Each name (its words as written alone) and its place; None where two
    // mentions disagree on the country.
    let mut places: WordMap<Vec<&str>, Option<&Place>> = WordMap::default();
    for entity in entities.iter() {
        let Some(place) = entity
            .place
            .as_ref()
            .filter(|_| entity.label == Label::Location)
        else {
            continue;
        };
        let Some(words) = rare_words(document, document.tokens_overlapping(&entity.span)) else {
            continue;
        };
        let known = places.entry(words).or_insert(Some(place));
        if known.is_some_and(|known| known.country != place.country) {
            *known = None;
        }
    }
    places.retain(|_, place| place.is_some());
    if places.is_empty() {
        return;
    }
    let tagged = super::tagged_tokens(document, entities);
    // A name is looked for only where its first word stands: the text's
    // other words cost one lookup each.
    let first_words: WordSet<&str> = places.keys().map(|words| words[0]).collect();
    let mut added = Vec::new();
    let mut start = 0;
    while start < document.tokens.len() {
        if !first_words.contains(document.bare(start)) {
            start += 1;
            continue;
        }
        let found = (1..=NAME_MAX_WORDS).rev().find_map(|length| {
            let tokens = start..start + length;
            if tokens.end > document.tokens.len() || tagged[tokens.clone()].contains(&true) {
                return None;
            }
            let place = places.get(&rare_words(document, tokens.clone())?)?;
            Some((tokens, (*place)?))
        });
        let Some((tokens, place)) = found else {
            start += 1;
            continue;
        };
        added.push(FoundEntity {
            span: document.bare_span(tokens.start).start..document.tokens[tokens.end - 1].span.end,
            label: Label::Location,
            place: Some(place.clone()),
            group: None,
        });
        start = tokens.end;
    }
    if added.is_empty() {
        return;
    }
    entities.extend(added);
    entities.sort_by_key(|entity| entity.span.start);
}

/// The words of `tokens` as a name's key (the first without its attached
/// conjunction and preposition), when there are at most [`NAME_MAX_WORDS`],
/// all Arabic and rare.
fn rare_words<'d>(document: &'d Document, tokens: std::ops::Range<usize>) -> Option<Vec<&'d str>> {
    if tokens.is_empty() || tokens.len() > NAME_MAX_WORDS {
        return None;
    }
    let first = tokens.start;
    tokens
        .map(|index| {
            let word = if index == first {
                document.bare(index)
            } else {
                document.norm(index)
            };
            let rare = document.tokens[index].kind == TokenKind::Arabic
                && document.vocabulary.count(word) <= WORD_MAX_COUNT;
            rare.then_some(word)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_place_found_once_is_found_where_its_name_recurs() {
        let analysis = crate::analyze(
            "ذكرت السلطات أن مناطق كورسك وفورونيج وبريانسك تعرضت لهجمات. ودمرت صواريخ فوق كورسك.",
        );
        let kursk: Vec<_> = analysis
            .entities
            .iter()
            .filter(|entity| entity.text == "كورسك")
            .map(|entity| entity.place.as_ref().and_then(|p| p.country.as_deref()))
            .collect();
        assert_eq!(kursk, [Some("RU"), Some("RU")]);
    }
}
