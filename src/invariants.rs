//! The promises every analysis keeps, whatever the text: the interface's
//! rules for spans (UTF-16 offsets inside the text, never splitting a
//! character, `text` equal to the slice), entities sorted and not
//! overlapping, quotes in text order, places only on places, groups that
//! exist.
//!
//! One checker for the property tests, the hostile-input tests and the fuzz
//! targets, so that all of them guard the same rules as the stages change.

use crate::analysis::{Analysis, Label, Segmentation};

/// Checks `analysis` against `text`, the text it was made from; the error
/// names the first broken rule.
pub fn check_analysis(text: &str, analysis: &Analysis) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut previous_end = 0;
    for (index, entity) in analysis.entities.iter().enumerate() {
        let what = format!("entity {index} ({:?})", entity.text);
        check_span(&units, entity.start, entity.end, &entity.text, &what)?;
        if entity.start < previous_end {
            return Err(format!("{what} starts before the previous entity ends"));
        }
        previous_end = entity.end;
        if let Some(place) = &entity.place {
            if entity.label != Label::Location {
                return Err(format!("{what} has a place but is not LOC"));
            }
            if let Some(country) = &place.country
                && !(country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()))
            {
                return Err(format!("{what}: {country:?} is not an ISO 3166 code"));
            }
            if place.lat.is_some_and(|lat| !(-90.0..=90.0).contains(&lat))
                || place
                    .lon
                    .is_some_and(|lon| !(-180.0..=180.0).contains(&lon))
            {
                return Err(format!("{what}: coordinates out of range"));
            }
        }
        check_group(analysis, entity.group, &what)?;
    }
    let mut previous_start = 0;
    for (index, quote) in analysis.quotes.iter().enumerate() {
        let what = format!("quote {index}");
        let content = &quote.content;
        check_span(
            &units,
            content.start,
            content.end,
            &content.text,
            &format!("{what} content"),
        )?;
        if content.start < previous_start {
            return Err(format!("{what} is out of text order"));
        }
        previous_start = content.start;
        if let Some(cue) = &quote.cue {
            check_span(
                &units,
                cue.start,
                cue.end,
                &cue.text,
                &format!("{what} cue"),
            )?;
        }
        if let Some(speaker) = &quote.speaker {
            let what = format!("{what} speaker");
            check_span(&units, speaker.start, speaker.end, &speaker.text, &what)?;
            check_group(analysis, speaker.group, &what)?;
        }
    }
    for (index, group) in analysis.groups.iter().enumerate() {
        if group.id as usize != index {
            return Err(format!("group {index} has id {}", group.id));
        }
        let mentions = analysis
            .entities
            .iter()
            .filter(|entity| entity.group == Some(group.id))
            .count();
        if group.mentions as usize != mentions {
            return Err(format!(
                "group {index} counts {} mentions, {mentions} entities name it",
                group.mentions
            ));
        }
    }
    Ok(())
}

/// Checks the text layer's view of `text`: every token, sentence and
/// paragraph a valid span, each list in order without overlaps.
pub fn check_segmentation(text: &str, segmentation: &Segmentation) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let tokens = segmentation
        .tokens
        .iter()
        .map(|token| (token.start, token.end, &token.text));
    let sentences = segmentation
        .sentences
        .iter()
        .map(|span| (span.start, span.end, &span.text));
    let paragraphs = segmentation
        .paragraphs
        .iter()
        .map(|span| (span.start, span.end, &span.text));
    let lists: [(&str, Vec<_>); 3] = [
        ("token", tokens.collect()),
        ("sentence", sentences.collect()),
        ("paragraph", paragraphs.collect()),
    ];
    for (kind, spans) in lists {
        let mut previous_end = 0;
        for (index, (start, end, span_text)) in spans.into_iter().enumerate() {
            let what = format!("{kind} {index}");
            check_span(&units, start, end, span_text, &what)?;
            if start < previous_end {
                return Err(format!("{what} overlaps the one before"));
            }
            previous_end = end;
        }
    }
    Ok(())
}

/// A span is not empty, lies inside the text, does not split a surrogate
/// pair, and its `text` is the slice it covers.
fn check_span(units: &[u16], start: u32, end: u32, text: &str, what: &str) -> Result<(), String> {
    if start >= end {
        return Err(format!("{what}: empty or reversed span {start}..{end}"));
    }
    let Some(slice) = units.get(start as usize..end as usize) else {
        return Err(format!(
            "{what}: span {start}..{end} outside a text of {} units",
            units.len()
        ));
    };
    let Ok(slice) = String::from_utf16(slice) else {
        return Err(format!("{what}: span {start}..{end} splits a character"));
    };
    if text != slice {
        return Err(format!(
            "{what}: text {text:?} but the span {start}..{end} holds {slice:?}"
        ));
    }
    Ok(())
}

fn check_group(analysis: &Analysis, group: Option<u32>, what: &str) -> Result<(), String> {
    match group {
        Some(group) if group as usize >= analysis.groups.len() => Err(format!(
            "{what} refers to group {group} of {}",
            analysis.groups.len()
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Group};

    fn entity(start: u32, end: u32, text: &str) -> Entity {
        Entity {
            start,
            end,
            text: text.to_string(),
            label: Label::Person,
            place: None,
            group: None,
        }
    }

    fn with_entities(entities: Vec<Entity>) -> Analysis {
        Analysis {
            entities,
            ..Analysis::default()
        }
    }

    #[test]
    fn good_spans_pass() {
        let text = "😀 قال محمد";
        let analysis = with_entities(vec![entity(3, 6, "قال"), entity(7, 11, "محمد")]);
        assert_eq!(check_analysis(text, &analysis), Ok(()));
    }

    #[test]
    fn broken_spans_are_named() {
        let text = "😀 قال محمد";
        let broken = [
            (vec![entity(1, 6, "\u{FFFD} قال")], "splits a character"),
            (vec![entity(3, 6, "قول")], "holds"),
            (vec![entity(7, 12, "محمد")], "outside"),
            (vec![entity(6, 6, "")], "empty"),
            (
                vec![entity(3, 11, "قال محمد"), entity(7, 11, "محمد")],
                "before the previous",
            ),
        ];
        for (entities, expected) in broken {
            let problem = check_analysis(text, &with_entities(entities)).unwrap_err();
            assert!(problem.contains(expected), "{problem}");
        }
    }

    #[test]
    fn groups_must_exist_and_count_their_mentions() {
        let text = "محمد";
        let mut analysis = with_entities(vec![Entity {
            group: Some(0),
            ..entity(0, 4, "محمد")
        }]);
        assert!(check_analysis(text, &analysis).is_err());
        analysis.groups.push(Group {
            id: 0,
            label: Label::Person,
            name: "محمد".to_string(),
            mentions: 1,
        });
        assert_eq!(check_analysis(text, &analysis), Ok(()));
        analysis.groups[0].mentions = 2;
        assert!(check_analysis(text, &analysis).is_err());
    }
}
