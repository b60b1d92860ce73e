//! Clubs named by their city (ميلان الإيطالي، دينامو كييف، نادي قطر), which
//! the tagger and the gazetteer read as the city: sports news names most
//! clubs so, and ANERcorp and the modern set tag them as organisations,
//! the nationality adjective and the head noun نادي outside.
//!
//! Three readings: a masculine adjective of the city's country after it (a
//! city is feminine in Arabic, a club, الفريق, masculine), a club's prefix
//! before it (دينامو، ستيوا، ريال), or نادي before it.

use super::unlisted;
use super::{Context, Gazetteer, PlaceMatch, add_places, tagged_tokens};
use crate::analysis::{Label, PlaceKind};
use crate::entities::features::{Trigger, is_trigger};
use crate::findings::FoundEntity;
use crate::places::gazetteer::name_key;
use crate::text::Document;
use crate::words;

/// A word the corpora show more often than this is a common word, not a
/// name on its own.
const COMMON_WORD_COUNT: u32 = 50;

/// Words that open a club's name before its city (دينامو كييف، ستيوا
/// بوخارست، ريال مدريد), normalised.
const CLUB_PREFIXES: &[&str] = &[
    "دينامو",
    "ستيوا",
    "سبارتاك",
    "لوكوموتيف",
    "سسكا",
    "شاختار",
    "اولمبيك",
    "اتلتيكو",
    "ريال",
    "سبورتنغ",
    "سبورتينغ",
    "فيردر",
    "باير",
    "بوروسيا",
    "رابيد",
    "اينتراخت",
];

/// Makes a club of a city named after a club's prefix (دينامو كييف: the
/// prefix joins the name; the tagger may have taken the whole for a
/// person) or after نادي (نادي قطر: the head stays out), as ANERcorp tags
/// them; keeps `entities` sorted.
pub(super) fn name_by_prefix(
    document: &Document,
    gazetteer: &Gazetteer,
    entities: &mut Vec<FoundEntity>,
) {
    let mut merged_prefix = vec![false; entities.len()];
    for at in 0..entities.len() {
        let entity = &mut entities[at];
        let tokens = document.tokens_overlapping(&entity.span);
        if entity.label != Label::Organization
            && tokens.len() > 1
            && CLUB_PREFIXES.contains(&document.bare(tokens.start))
        {
            let city =
                document.slice(document.tokens[tokens.start + 1].span.start..entity.span.end);
            if gazetteer.lookup(&name_key(city)).is_some() {
                entity.label = Label::Organization;
                entity.place = None;
            }
            continue;
        }
        if entity.label != Label::Location || tokens.start == 0 {
            continue;
        }
        let before = tokens.start - 1;
        let word = document.bare(before);
        let prefix = CLUB_PREFIXES.contains(&word);
        if !prefix && words::without_article(word) != "نادي" {
            continue;
        }
        // The prefix untagged, or tagged on its own.
        let tagged_alone =
            at > 0 && document.tokens_overlapping(&entities[at - 1].span) == (before..before + 1);
        let tagged_with_more = at > 0
            && !tagged_alone
            && entities[at - 1].span.end > document.tokens[before].span.start;
        if tagged_with_more || (tagged_alone && !prefix) {
            continue;
        }
        let club = &mut entities[at];
        club.label = Label::Organization;
        club.place = None;
        if prefix {
            club.span.start = document.bare_span(before).start;
            if tagged_alone {
                merged_prefix[at - 1] = true;
            }
        }
    }
    let mut merged = merged_prefix.into_iter();
    entities.retain(|_| !merged.next().unwrap_or(false));
}

/// Makes an organisation of a city named with a masculine adjective of its
/// country (ميلان الإيطالي، هامبورغ الألماني، ليفربول الإنجليزي): a city is
/// feminine in Arabic (مدينة برشلونة الإسبانية), so the adjective agrees
/// with the club (الفريق, the team), as ANERcorp tags them: the club, the
/// adjective outside. After a landmark's head noun it agrees with the head
/// (مطاري عمان الأردني ودمشق السوري: the cities' airports).
pub(super) fn name_by_adjective(
    document: &Document,
    gazetteer: &Gazetteer,
    entities: &mut [FoundEntity],
) {
    let after_landmark_head = |start: usize| {
        start > 0
            && matches!(
                unlisted::head_kind(document, start - 1),
                Some((PlaceKind::Landmark, _))
            )
    };
    let mut headed_before: Option<usize> = None;
    for entity in entities.iter_mut() {
        let tokens = document.tokens_overlapping(&entity.span);
        // A name joined by و to one after a head noun has that head too.
        let headed = after_landmark_head(tokens.start)
            || (headed_before.is_some_and(|end| tokens.start <= end + 1)
                && document.tokens[tokens.start].clitics.conjunction.is_some());
        headed_before = headed.then_some(tokens.end);
        let Some(place) = entity.place.as_ref() else {
            continue;
        };
        if headed
            || entity.label != Label::Location
            || !matches!(place.kind, PlaceKind::City | PlaceKind::State)
        {
            continue;
        }
        let after = tokens.end;
        let masculine = after < document.tokens.len()
            && document.tokens[after].clitics.article
            && !document.tokens[after].clitics.any_detached()
            && document.bare(after).ends_with('ي');
        if !masculine {
            continue;
        }
        let Some(country) = unlisted::adjective_country(document, gazetteer, after) else {
            continue;
        };
        // The club's city is in that country (برشلونة الإسباني, whichever
        // namesake the gazetteer chose).
        let in_country = gazetteer
            .lookup(&name_key(unlisted::written_name(document, entity)))
            .is_some_and(|(candidates, _)| {
                candidates
                    .iter()
                    .any(|&candidate| gazetteer.entry(candidate).country == Some(country))
            });
        if in_country {
            entity.label = Label::Organization;
            entity.place = None;
        }
    }
}

/// Takes a country's adjective off the end of a club's or a firm's name
/// (بورتو البرتغالي → بورتو): it describes the club, as the club's own
/// adjective after a city does. An institution named by its head noun keeps
/// it (الجيش الإسرائيلي، مجلس النواب الليبي), as does a common word that is
/// no name without it (الاحتلال الإسرائيلي).
pub(super) fn trim_country_adjectives(
    document: &Document,
    gazetteer: &Gazetteer,
    entities: &mut [FoundEntity],
) {
    for entity in entities.iter_mut() {
        let tokens = document.tokens_overlapping(&entity.span);
        if entity.label != Label::Organization || tokens.len() < 2 {
            continue;
        }
        let last = tokens.end - 1;
        let names_alone = tokens.len() > 2
            || document.vocabulary.count(document.norm(tokens.start)) <= COMMON_WORD_COUNT;
        if names_alone
            && !is_trigger(document, tokens.start, Trigger::Organization)
            && document.bare(last).ends_with('ي')
            && unlisted::adjective_country(document, gazetteer, last).is_some()
        {
            entity.span.end = document.tokens[last - 1].span.end;
        }
    }
}

/// Adds a `LOC` entity for each city the tagger left out that a masculine
/// adjective of its country follows (ليل الفرنسي، ليون الفرنسي: names that
/// are also words), for [`name_by_adjective`] to make the club of.
pub(super) fn add_untagged(
    document: &Document,
    gazetteer: &Gazetteer,
    context: &Context,
    matches: &[PlaceMatch],
    entities: &mut Vec<FoundEntity>,
) {
    let tagged = tagged_tokens(document, entities);
    let added: Vec<_> = matches
        .iter()
        .filter(|matched| {
            let after = matched.tokens.end;
            !matched.fuzzy
                && matched.kind == PlaceKind::City
                && after < document.tokens.len()
                && !tagged[matched.tokens.start..=after].contains(&true)
                && document.bare(after).ends_with('ي')
        })
        .map(|matched| (matched, context.place(gazetteer, matched)))
        .filter(|(matched, place)| {
            unlisted::adjective_country(document, gazetteer, matched.tokens.end)
                .is_some_and(|country| place.country.as_deref() == Some(country))
        })
        .collect();
    add_places(entities, added);
}

#[cfg(test)]
mod tests {
    use crate::analysis::Label;
    use crate::places::tests::entity;

    #[test]
    fn a_city_with_a_clubs_prefix_or_a_masculine_adjective_of_its_country_is_its_club() {
        let labels = |text: &str| -> Vec<(String, Label)> {
            crate::analyze(text)
                .entities
                .into_iter()
                .map(|entity| (entity.text, entity.label))
                .collect()
        };
        let found = labels("فاز ميلان الإيطالي على هامبورغ الألماني في مدينة ميلانو الإيطالية");
        assert!(
            found.contains(&("ميلان".to_string(), Label::Organization)),
            "{found:?}"
        );
        assert!(
            found.contains(&("هامبورغ".to_string(), Label::Organization)),
            "{found:?}"
        );
        let text = "فاز بورتو البرتغالي على ضيفه";
        let document = crate::text::Document::new(text);
        let mut entities = vec![entity(text, "بورتو البرتغالي", Label::Organization)];
        super::trim_country_adjectives(
            &document,
            &crate::places::Gazetteer::embedded(),
            &mut entities,
        );
        assert_eq!(&text[entities[0].span.clone()], "بورتو");
        let found = labels("تعادل دينامو كييف مع ستيوا بوخارست وانتقل إلى نادي قطر");
        for club in ["دينامو كييف", "ستيوا بوخارست", "قطر"] {
            assert!(
                found.contains(&(club.to_string(), Label::Organization)),
                "{club}: {found:?}"
            );
        }
        // The adjective of an airport, not of the city.
        let found = labels("حولت الرحلات الى مطاري عمان الأردني ودمشق السوري");
        assert!(
            found.contains(&("دمشق".to_string(), Label::Location)),
            "{found:?}"
        );
    }
}
