//! The last reading of a place: a village of the Arab world the gazetteer
//! is too small to hold.
//!
//! Local news names villages and quarters by the dozen (قريتي دمستان
//! وكرزكان, in a story that never names Bahrain), and when the article
//! names no country no reading of its words places them. GeoNames knows
//! tens of thousands of them (`data/villages.tsv`, built by `lamha-build
//! gazetteer`), but their names are shared with one another across the
//! region and with words: as gazetteer names they would outvote the
//! article's own places (a Syrian village's أبو شوك for Darfur's camp, a
//! Yemeni one's الصرب for the Serbs of a Byzantine history). So they are
//! read only here, after every other reading, and only for a place the
//! tagger found and nothing placed: it lies in the country of a village of
//! its name that is one of the countries the article's places lie in, or,
//! when they lie in none, in the one country all its villages lie in. The
//! table keeps countries, not coordinates (see [`crate::tables::villages`]):
//! the place is its name as written, in that country, and the map leaves
//! it out.

use crate::analysis::{Label, PlaceKind};
use crate::findings::FoundEntity;
use crate::places::gazetteer::name_key;
use crate::places::unlisted::{placed_here, written_name};
use crate::tables::Table;
use crate::tables::embedded::VILLAGES;
use crate::tables::villages::VillageTable;
use crate::text::Document;

/// A country whose villages place a name has at least this share of the
/// mentions of the article's most named country. Any named country placed
/// Jordan's حوران and الغور in Yemen, where one place of the article lay;
/// the article's majority left out Egypt's الدقي in a story of Cairo's
/// quarters and France.
const LEADING_SHARE: f64 = 0.5;

/// The villages embedded in the library (an empty table, were it damaged,
/// which the library's tests rule out).
pub fn embedded() -> VillageTable {
    VillageTable::from_bytes(VILLAGES.bytes()).unwrap_or_default()
}

/// Places the tagger's places that nothing else placed as villages of
/// `villages` (see the module's documentation).
pub fn place_villages(document: &Document, villages: &VillageTable, entities: &mut [FoundEntity]) {
    if villages.is_empty() {
        return;
    }
    // How many of the article's places lie in each country.
    let mut mentions: Vec<(String, usize)> = Vec::new();
    for country in entities
        .iter()
        .filter_map(|e| e.place.as_ref()?.country.as_ref())
    {
        match mentions.iter_mut().find(|(known, _)| known == country) {
            Some((_, count)) => *count += 1,
            None => mentions.push((country.clone(), 1)),
        }
    }
    let most = mentions.iter().map(|&(_, count)| count).max().unwrap_or(0);
    let leading = |country: &str| {
        mentions
            .iter()
            .any(|(known, count)| known == country && LEADING_SHARE * most as f64 <= *count as f64)
    };
    for entity in entities.iter_mut() {
        if entity.label != Label::Location || entity.place.is_some() {
            continue;
        }
        let name = written_name(document, entity);
        let countries: Vec<&str> = villages.countries_of(&name_key(name)).collect();
        let mut in_leading = countries.iter().filter(|country| leading(country));
        let country = match (in_leading.next(), in_leading.next(), &countries[..]) {
            (Some(country), None, _) => Some(*country),
            (None, _, [only]) if mentions.is_empty() => Some(*only),
            // Villages of the name in two of the article's leading
            // countries, in several countries of an article that names
            // none, or only in countries it names in passing.
            _ => None,
        };
        if let Some(country) = country {
            entity.place = Some(placed_here(name, PlaceKind::City, country.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Place;
    use crate::tables::villages;

    /// A village of its own name, one of a name two countries share.
    const VILLAGES: &str = "دمستان\tBH\nابو شوك\tSD,SY\n";

    /// The countries the villages give the places on the spans of `places`
    /// in `text`, each with the country it was placed in before (`None`:
    /// unplaced).
    fn placed(text: &str, places: &[(&str, Option<&str>)]) -> Vec<Option<String>> {
        let document = Document::new(text);
        let mut entities: Vec<FoundEntity> = places
            .iter()
            .map(|(name, country)| {
                let start = text.find(name).expect("the name is in the text");
                FoundEntity {
                    span: start..start + name.len(),
                    label: Label::Location,
                    place: country.map(|country| Place {
                        name: name.to_string(),
                        kind: PlaceKind::Country,
                        country: Some(country.to_string()),
                        lat: Some(0.0),
                        lon: Some(0.0),
                    }),
                    group: None,
                }
            })
            .collect();
        entities.sort_by_key(|e| e.span.start);
        let table = VillageTable::from_bytes(villages::write(VILLAGES).leak()).expect("reads");
        place_villages(&document, &table, &mut entities);
        (entities.iter())
            .map(|e| e.place.as_ref().and_then(|p| p.country.clone()))
            .collect()
    }

    #[test]
    fn a_village_places_what_nothing_did_in_an_article_of_no_country() {
        assert_eq!(
            placed("زار الوزير قرية دمستان أمس", &[("دمستان", None)]),
            [Some("BH".to_string())]
        );
        // With a clitic on it, as written.
        assert_eq!(
            placed("زار الوزير ودمستان أمس", &[("دمستان", None)]),
            [Some("BH".to_string())]
        );
        // Namesakes in two countries, and no country named: no guess.
        assert_eq!(
            placed("زار الوزير مخيم ابو شوك أمس", &[("ابو شوك", None)]),
            [None]
        );
    }

    #[test]
    fn a_village_takes_a_country_the_article_names_and_no_other() {
        let found = placed(
            "نزح السكان من مخيم ابو شوك في السودان",
            &[("ابو شوك", None), ("السودان", Some("SD"))],
        );
        assert_eq!(found[0], Some("SD".to_string()));
        // A village abroad is no reading of a place in a story of Sudan.
        let found = placed(
            "زار الوزير دمستان ثم السودان",
            &[("دمستان", None), ("السودان", Some("SD"))],
        );
        assert_eq!(found[0], None);
        // Nor a name of villages in two of the article's leading countries.
        let found = placed(
            "زار ابو شوك ثم السودان وسوريا",
            &[
                ("ابو شوك", None),
                ("السودان", Some("SD")),
                ("سوريا", Some("SY")),
            ],
        );
        assert_eq!(found[0], None);
    }

    #[test]
    fn a_country_named_in_passing_places_no_village() {
        let text = "زار ابو شوك ثم الفاشر ونيالا والجنينة ودمشق ثم دمستان";
        let found = placed(
            text,
            &[
                ("ابو شوك", None),
                ("الفاشر", Some("SD")),
                ("نيالا", Some("SD")),
                ("الجنينة", Some("SD")),
                ("دمشق", Some("SY")),
                ("دمستان", None),
            ],
        );
        // Sudan leads; Syria, once against three, does not; Bahrain is
        // not named.
        assert_eq!(found[0], Some("SD".to_string()));
        assert_eq!(found[5], None);
        let found = placed(
            "زار ابو شوك ثم الفاشر ودمشق",
            &[
                ("ابو شوك", None),
                ("الفاشر", Some("SD")),
                ("دمشق", Some("SY")),
            ],
        );
        assert_eq!(found[0], None, "two countries lead, both with a village");
    }

    #[test]
    fn a_place_already_placed_keeps_its_place() {
        let found = placed("زار الوزير دمستان", &[("دمستان", Some("QA"))]);
        assert_eq!(found, [Some("QA".to_string())]);
    }
}
