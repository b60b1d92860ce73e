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
//! read only here, after every other reading, in two ways:
//!
//! - [`place_villages`]: a place the tagger found and nothing placed lies in
//!   the country of a village of its name that is one of the article's
//!   leading countries (`LEADING_SHARE`), or, when the article places
//!   nothing, in the one country all its villages lie in;
//! - [`add_untagged`]: a name the tagger left out where a place stands is a
//!   place when a village of the article's majority country bears it.
//!
//! The table keeps countries, not coordinates (see
//! [`crate::tables::villages`]): the place is its name as written, in that
//! country, and the map leaves it out.

use crate::analysis::{Label, PlaceKind};
use crate::findings::FoundEntity;
use crate::places::gazetteer::name_key;
use crate::places::unlisted::{head_before, majority_country, placed_here, written_name};
use crate::tables::Table;
use crate::tables::embedded::VILLAGES;
use crate::tables::villages::VillageTable;
use crate::text::{Document, TokenKind};

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

/// The most words a village's name is looked for in.
const LONGEST_NAME: usize = 3;

/// Adds the village names the tagger left out where a place stands (with
/// ب, after في، إلى، من or a governor's title: see `is_placed_here`; after a
/// settlement's head noun; or joined by و to a place) in an article most of
/// whose places lie in one country, when a village of that country bears
/// the name (منطقتي كرم المعصرة in a story of Syria's towns); the longest
/// name first, on words no entity covers.
pub fn add_untagged(document: &Document, villages: &VillageTable, entities: &mut Vec<FoundEntity>) {
    if villages.is_empty() {
        return;
    }
    let Some(home) = majority_country(entities.iter()) else {
        return;
    };
    let tagged = super::tagged_tokens(document, entities);
    let tokens = &document.tokens;
    let is_free_word = |index: usize| tokens[index].kind == TokenKind::Arabic && !tagged[index];
    // The tokens that end a place: a name joined to one by و is a place
    // beside it (بريف حماة، واليمضية ودير ماما).
    let mut ends_place = vec![false; tokens.len()];
    for entity in entities.iter().filter(|e| e.label == Label::Location) {
        if let Some(last) = document.tokens_overlapping(&entity.span).last() {
            ends_place[last] = true;
        }
    }
    let place_stands = |index: usize, ends_place: &[bool]| {
        super::is_placed_here(document, index)
            || head_before(document, index).is_some()
            || tokens[index].clitics.conjunction == Some('و')
                && index
                    .checked_sub(1)
                    .is_some_and(|before| ends_place[before])
    };
    let mut added = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        if !is_free_word(index) || !place_stands(index, &ends_place) {
            index += 1;
            continue;
        }
        // The names of one to three words starting here, as prefixes of
        // one key: no string per name on this path, which every word with
        // ب takes.
        let mut key = String::from(document.bare(index));
        let mut ends = [(index + 1, key.len()); LONGEST_NAME];
        let mut names = 1;
        let later_words = (index + 1..tokens.len().min(index + LONGEST_NAME))
            // A later word of a name carries no clitic of its own.
            .take_while(|&next| is_free_word(next) && tokens[next].clitics.detached_len() == 0);
        for next in later_words {
            key.push(' ');
            key.push_str(document.norm(next));
            ends[names] = (next + 1, key.len());
            names += 1;
        }
        let found = ends[..names].iter().rev().find(|&&(_, length)| {
            (villages.countries_of(&key[..length])).any(|country| country == home)
        });
        let Some(&(end, _)) = found else {
            index += 1;
            continue;
        };
        let span = document.bare_span(index).start..tokens[end - 1].span.end;
        let name = document.slice(span.clone());
        added.push(FoundEntity {
            span,
            label: Label::Location,
            place: Some(placed_here(name, PlaceKind::City, home.clone())),
            group: None,
        });
        ends_place[end - 1] = true;
        index = end;
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|entity| entity.span.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Place;
    use crate::tables::villages;

    /// A village of its own name, one of a name two countries share, and
    /// two Syrian ones (keys normalised, as the builder writes them).
    const VILLAGES: &str = "دمستان\tBH\nابو شوك\tSD,SY\nكرم المعصره\tSY\nدير ماما\tSY\n";

    fn table() -> VillageTable {
        VillageTable::from_bytes(villages::write(VILLAGES).leak()).expect("reads")
    }

    /// The places `add_untagged` adds to the tagger's places `tagged` (each
    /// with its country) in `text`: their names and countries.
    fn added(text: &str, tagged: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
        let document = Document::new(text);
        let mut entities: Vec<FoundEntity> = (tagged.iter())
            .map(|(name, country)| {
                let start = text.find(name).expect("the name is in the text");
                located(start..start + name.len(), country)
            })
            .collect();
        entities.sort_by_key(|e| e.span.start);
        let before = entities.clone();
        add_untagged(&document, &table(), &mut entities);
        (entities.iter())
            .filter(|e| !before.contains(e))
            .map(|e| {
                let place = e.place.as_ref();
                (
                    document.slice(e.span.clone()).to_string(),
                    place.and_then(|p| p.country.clone()),
                )
            })
            .collect()
    }

    /// A place the gazetteer located in `country`.
    fn located(span: std::ops::Range<usize>, country: &str) -> FoundEntity {
        FoundEntity {
            span,
            label: Label::Location,
            place: Some(Place {
                name: "x".to_string(),
                kind: PlaceKind::City,
                country: Some(country.to_string()),
                lat: Some(0.0),
                lon: Some(0.0),
            }),
            group: None,
        }
    }

    #[test]
    fn a_village_of_the_articles_country_is_added_where_a_place_stands() {
        let syria = [("حماة", "SY"), ("اللاذقية", "SY")];
        let sy = |name: &str| (name.to_string(), Some("SY".to_string()));
        // After a head noun, and after و beside a place.
        assert_eq!(
            added("حريق في منطقتي كرم المعصرة في حماة واللاذقية", &syria),
            [sy("كرم المعصرة")]
        );
        assert_eq!(
            added("قصف بريف حماة ودير ماما وريف اللاذقية", &syria),
            [sy("دير ماما")]
        );
        // Not where no place stands, nor in a story of another country,
        // nor in one of no leading country.
        assert!(added("قال دير ماما إن حماة واللاذقية", &syria).is_empty());
        let sudan = [("الفاشر", "SD"), ("نيالا", "SD")];
        assert!(added("قصف في دير ماما قرب الفاشر ونيالا", &sudan).is_empty());
        let two = [("حماة", "SY"), ("الفاشر", "SD")];
        assert!(added("قصف في دير ماما قرب حماة والفاشر", &two).is_empty());
    }

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
        place_villages(&document, &table(), &mut entities);
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
