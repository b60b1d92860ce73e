//! `lamha-build gazetteer`: the embedded gazetteer (`data/gazetteer.tsv`,
//! format in `lamha::places::gazetteer`) from
//! - CLDR's Arabic names of countries and world regions
//!   (`data/cldr/ar-territories.json`);
//! - the countries, states and cities of the dr5hn countries-states-cities
//!   database (`data/places/dr5hn-ar.tsv`), cut down to what news names:
//!   every state and governorate, every city of the Arab world and its
//!   neighbours, elsewhere cities of 20,000 people and more and capitals;
//! - the hand-written list `data/places/extra.tsv`: continents, regions,
//!   seas and rivers, and the spellings news uses (أميركا، سورية، فيرجينيا);
//! - last, GeoNames' Arabic names of its populated places (the extract
//!   `tools/geonames.py` writes): towns and spellings the others lack.
//!
//! dr5hn is noisy (سوريا also names a Spanish province, Turkey's Arabic
//! name there is the bird's), so country names come from CLDR and the hand
//! list only, and a name that a country, continent, region or sea bears is
//! taken from every state and city that shares it. Among the cities and
//! states of one country a name stays with the largest.
//!
//! Beside it, `data/villages.tsv` (names and their countries): GeoNames' smaller
//! populated places of the Arab world (the `tools/geonames.py --wof`
//! extract) under the names no place of the gazetteer bears and the
//! corpora do not show as words. The library reads them only after every
//! other reading of places (see `lamha::places::villages`): thousands of
//! villages share their names with one another and with words, so they
//! must not compete with the gazetteer's towns.
//!
//! Names the annotated corpora (ANERcorp without its development part,
//! WikiFANE, AQMAR and the Wojood sample, their place classes read as
//! `LOC`) show more than twice as often off any place mention (a plain
//! word, a person, a club) as as a whole one are marked doubtful (المدينة،
//! شيراك، الجزيرة، صلاح الدين، صافي، سري), so the places stage never adds
//! them on its own.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use lamha::analysis::{Label, PlaceKind};
use lamha::evaluation::CorpusText;
use lamha::evaluation::conll::Sentence;
use lamha::places::Gazetteer;
use lamha::places::gazetteer::{kind_letter, name_key};
use lamha::text::Document;

use crate::sources;

/// Countries whose every town is kept: the Arab world and the countries
/// around it that its news covers.
const NEWS_REGION: &[&str] = &[
    "AE", "AF", "BH", "CY", "DJ", "DZ", "EG", "EH", "ER", "ET", "IL", "IQ", "IR", "JO", "KM", "KW",
    "LB", "LY", "MA", "ML", "MR", "NE", "NG", "OM", "PK", "PS", "QA", "SA", "SD", "SO", "SS", "SY",
    "TD", "TN", "TR", "YE",
];

/// Elsewhere, cities smaller than this are left out.
const MIN_CITY_POPULATION: u64 = 20_000;

/// Population class of a hand-written place spanning several countries
/// (continents, regions, seas): above any city, so a town of the same name
/// never wins.
const HAND_WIDE_CLASS: u8 = 16;

/// Population class of a hand-written place within one country (غزة، سيناء):
/// that of a city of a million.
const HAND_LOCAL_CLASS: u8 = 12;

/// Population class of a dr5hn state (or city-state such as Paris) whose
/// population is unknown: states and governorates are large, and one
/// should not lose to a village of the same name.
const UNKNOWN_STATE_CLASS: u8 = 11;

/// The highest population class a city takes from its state's: below the
/// class from which the library adds a city the tagger left out (11), so
/// that a town named as its large province (Abay, Most) is added no more
/// often than before, while it wins over a smaller namesake abroad.
const INHERITED_CLASS_CAP: u8 = 10;

/// A name seen at least this often off any place mention, and more than
/// twice as often so as as a whole one, is doubtful.
const DOUBTFUL_MIN_OTHER: u32 = 4;

struct Place {
    kind: PlaceKind,
    country: String,
    lat: f64,
    lon: f64,
    population: Option<u64>,
    class: Option<u8>,
    /// A country's capital keeps a name its country or another bears (عمان
    /// is Amman as well as Oman: the places stage decides by the document).
    capital: bool,
    name: String,
    names: BTreeSet<String>,
}

impl Place {
    fn population_class(&self) -> u8 {
        self.class.unwrap_or_else(|| {
            self.population
                .map_or(0, |p| (2.0 * (p as f64).log10()).floor() as u8)
        })
    }
}

/// Where `build` reads and writes.
pub struct Paths<'p> {
    pub geonames: &'p Path,
    pub villages: &'p Path,
    pub extra: &'p Path,
    pub out: &'p Path,
    pub villages_out: &'p Path,
}

pub fn build(shared: &Path, paths: &Paths) -> Result<(), String> {
    let Paths {
        geonames,
        villages,
        extra,
        out,
        villages_out,
    } = *paths;
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let mut places = read_dr5hn(&read(&shared.join("data/places/dr5hn-ar.tsv"))?);
    let cldr_regions = add_cldr_names(
        &read(&shared.join("data/cldr/ar-territories.json"))?,
        &mut places,
    )?;
    add_hand_list(&read(extra)?, &cldr_regions, &mut places)?;
    add_american_variants(&mut places);
    // Last, so that the names it alone gives are known.
    let geonames_only = add_geonames(&read(geonames)?, &mut places);
    settle_shared_names(&mut places);
    places.retain(|p| !p.names.is_empty());
    // The matcher that finds the doubtful names is the library's own, over
    // the table as built so far.
    let undecided = table(&places, &BTreeSet::new());
    let doubtful = doubtful_names(shared, &Gazetteer::from_tsv(&undecided), &geonames_only)?;
    // A name only GeoNames gives that the corpora show as a word is taken
    // off: doubtful, it would still resolve the tagger's word (مرفأ as
    // Merefa in a story of Bahrain's harbours).
    for place in &mut places {
        place
            .names
            .retain(|name| !(geonames_only.contains(name) && doubtful.contains(name)));
    }
    places.retain(|p| !p.names.is_empty());
    let table = table(&places, &doubtful);
    std::fs::write(out, &table).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "{}: {} places, {} names ({} doubtful), {} bytes",
        out.display(),
        places.len(),
        places.iter().map(|p| p.names.len()).sum::<usize>(),
        doubtful.len(),
        table.len()
    );
    let villages = village_table(shared, &read(villages)?, &places)?;
    std::fs::write(villages_out, &villages)
        .map_err(|e| format!("{}: {e}", villages_out.display()))?;
    eprintln!(
        "{}: {} names of villages, {} bytes",
        villages_out.display(),
        villages.lines().count(),
        villages.len()
    );
    Ok(())
}

/// The villages' source table (format in `lamha::tables::villages`: each
/// name and its countries): the places of the `tools/geonames.py --wof`
/// extract `tsv` (same format as GeoNames'), in the news region, under the
/// names none of the gazetteer's `places` bears (those it resolves
/// already) and that the corpora never show off a place ([`doubtful_names`]
/// at its strictest: a village named الشهداء or جنس is more often the word).
fn village_table(shared: &Path, tsv: &str, places: &[Place]) -> Result<String, String> {
    let known: HashSet<&String> = places.iter().flat_map(|p| &p.names).collect();
    let mut villages: Vec<Place> = Vec::new();
    for mut village in tsv.lines().filter_map(extract_place) {
        village.names.retain(|name| !known.contains(name));
        if !village.names.is_empty() && NEWS_REGION.contains(&village.country.as_str()) {
            villages.push(village);
        }
    }
    let all_names: BTreeSet<String> = villages.iter().flat_map(|v| v.names.clone()).collect();
    let matcher = Gazetteer::from_tsv(&table(&villages, &BTreeSet::new()));
    let doubtful = doubtful_names(shared, &matcher, &all_names)?;
    let mut countries: BTreeMap<&String, BTreeSet<&str>> = BTreeMap::new();
    for village in &villages {
        for name in village
            .names
            .iter()
            .filter(|name| !doubtful.contains(*name))
        {
            countries.entry(name).or_default().insert(&village.country);
        }
    }
    Ok(countries
        .into_iter()
        .map(|(name, countries)| {
            format!(
                "{name}\t{}\n",
                countries.into_iter().collect::<Vec<_>>().join(",")
            )
        })
        .collect())
}

/// The table (format in `lamha::places::gazetteer`), names in `doubtful`
/// marked, except a landmark's: the corpora leave landmarks out of their
/// places (WikiFANE's facilities, ANERcorp's الكعبة), so their counts
/// doubt every landmark the hand list names (السد العالي، ميدان التحرير),
/// while a landmark's name is no plain word.
fn table(places: &[Place], doubtful: &BTreeSet<String>) -> String {
    let mut table = String::new();
    for place in places {
        let names: Vec<String> = place
            .names
            .iter()
            .map(|n| {
                if doubtful.contains(n) && place.kind != PlaceKind::Landmark {
                    format!("*{n}")
                } else {
                    n.clone()
                }
            })
            .collect();
        table.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            kind_letter(place.kind),
            place.country,
            degrees(place.lat),
            degrees(place.lon),
            place.population_class(),
            place.name,
            names.join("|")
        ));
    }
    table
}

/// Degrees to two decimals, without trailing zeros (35, 33.3, -7.59).
fn degrees(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// Words of direction that dr5hn gives as the whole Arabic name of regions
/// (Cameroon's East region is شرق, another is شمال شرق): as names they would
/// swallow the direction of جنوب لبنان or شرق ووسط آسيا. The library's
/// direction nouns and adjectives, and the nouns with the article.
fn is_direction_word(word: &str) -> bool {
    lamha::words::direction(word).is_some()
        || word
            .strip_prefix("ال")
            .is_some_and(lamha::words::is_direction_noun)
}

/// The key of an Arabic name from a list: without a parenthesised part, and
/// `None` for a name with Latin letters, only direction words or nothing.
fn list_name_key(name: &str) -> Option<String> {
    let name = name.split('(').next().unwrap_or_default().trim();
    if name.is_empty() || name.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let key = name_key(name);
    let only_directions = key.split(' ').all(is_direction_word);
    (!key.is_empty() && !only_directions).then_some(key)
}

/// dr5hn's kinds: `country`, `state:<type>`, `city:<type>`. A "state" that is
/// a city (Paris's collectivity, London, Berlin) is taken as a city.
fn dr5hn_kind(kind: &str) -> Option<PlaceKind> {
    if kind == "country" {
        Some(PlaceKind::Country)
    } else if let Some(state_type) = kind.strip_prefix("state:") {
        let city = state_type.contains("city") || state_type.contains("special status");
        Some(if city {
            PlaceKind::City
        } else {
            PlaceKind::State
        })
    } else if kind.starts_with("city:") {
        Some(PlaceKind::City)
    } else {
        None
    }
}

fn read_dr5hn(tsv: &str) -> Vec<Place> {
    let mut places = Vec::new();
    for line in tsv.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [
            kind_field,
            country,
            _state,
            name,
            arabic,
            _native,
            lat,
            lon,
            population,
            ..,
        ] = fields[..]
        else {
            continue;
        };
        let (Some(kind), Ok(lat), Ok(lon)) = (dr5hn_kind(kind_field), lat.parse(), lon.parse())
        else {
            continue;
        };
        let population = population.parse::<u64>().ok().filter(|&p| p > 0);
        let wanted = !kind_field.starts_with("city:")
            || NEWS_REGION.contains(&country)
            || kind_field == "city:capital"
            || population.is_some_and(|p| p >= MIN_CITY_POPULATION);
        if !wanted {
            continue;
        }
        // Country names come from CLDR: dr5hn's are unreliable.
        let names = if kind == PlaceKind::Country {
            BTreeSet::new()
        } else {
            list_name_key(arabic).into_iter().collect()
        };
        let state_row = kind_field.starts_with("state:");
        places.push(Place {
            kind,
            country: country.to_string(),
            lat,
            lon,
            population,
            class: (state_row && population.is_none()).then_some(UNKNOWN_STATE_CLASS),
            capital: kind_field == "city:capital",
            name: name.to_string(),
            names,
        });
    }
    places
}

/// The fewest letters a GeoNames name must have.
const MIN_GEONAMES_LETTERS: usize = 3;

/// How far apart, in degrees of latitude and of longitude, a GeoNames place
/// and a dr5hn city may lie and still be one town (about 10 km).
const SAME_TOWN_DEGREES: f64 = 0.1;

/// The town on a line of a `tools/geonames.py` extract (id, country, lat,
/// lon, population, English name, Arabic names by `|`), under its Arabic
/// names' keys; `None` for a line of another shape or without a name left.
fn extract_place(line: &str) -> Option<Place> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [_id, country, lat, lon, population, name, arabic] = fields[..] else {
        return None;
    };
    // A name of one or two letters (اس for Asse) is more often the rest
    // of a word the clitic splitter cut (ف + اس of فاس).
    let names: BTreeSet<String> = (arabic.split('|').filter_map(list_name_key))
        .filter(|name| name.chars().count() >= MIN_GEONAMES_LETTERS)
        .collect();
    if names.is_empty() {
        return None;
    }
    Some(Place {
        kind: PlaceKind::City,
        country: country.to_string(),
        lat: lat.parse().ok()?,
        lon: lon.parse().ok()?,
        population: population.parse::<u64>().ok().filter(|&p| p > 0),
        class: None,
        capital: false,
        name: name.to_string(),
        names,
    })
}

/// Adds GeoNames' Arabic names (the `tools/geonames.py` extract: id,
/// country, lat, lon, population, English name, names by `|`) to the dr5hn
/// city that is the same town: of the same country, within
/// [`SAME_TOWN_DEGREES`], and sharing a name or the English name (a suburb
/// near a city is no name of the city's: Aden is not المنصورة); else, in
/// the news region, as a town of its own. dr5hn lacks towns news names
/// (عاليه، الدامر) and spellings (أميان for Amiens). Abroad GeoNames adds
/// no town: its namesakes of famous cities (Manchester, New Hampshire;
/// Alexandria, Virginia) would take their names in every story that
/// names the United States.
///
/// Returns the names no other source gives: GeoNames' alternate names hold
/// loose transliterations and translations (هزة for Heze, مرفا for
/// Merefa), which [`doubtful_names`] doubts more readily.
fn add_geonames(tsv: &str, places: &mut Vec<Place>) -> BTreeSet<String> {
    let known: HashSet<String> = places
        .iter()
        .flat_map(|p| p.names.iter().cloned())
        .collect();
    let mut added = BTreeSet::new();
    let mut cities_by_country: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, place) in places.iter().enumerate() {
        if place.kind == PlaceKind::City {
            cities_by_country
                .entry(place.country.clone())
                .or_default()
                .push(index);
        }
    }
    for mut town in tsv.lines().filter_map(extract_place) {
        let same_town = cities_by_country.get(&town.country).and_then(|cities| {
            cities.iter().copied().find(|&index| {
                let city = &places[index];
                (city.lat - town.lat).abs() < SAME_TOWN_DEGREES
                    && (city.lon - town.lon).abs() < SAME_TOWN_DEGREES
                    && (city.name == town.name || !city.names.is_disjoint(&town.names))
            })
        });
        // A name another source gives stays with its places: GeoNames'
        // namesakes would take it from them (بلنسية for Valencia in
        // Venezuela, المدينة for an Iraqi village).
        town.names.retain(|n| !known.contains(n));
        if let Some(index) = same_town {
            added.extend(town.names.iter().cloned());
            let city = &mut places[index];
            city.names.extend(town.names);
            // A city-state dr5hn gives no population (Paris, Rome) was
            // given a state's class; GeoNames' population is better. The
            // hand list's classes stay.
            if city.population.is_none() {
                city.population = town.population;
                if town.population.is_some() && city.class == Some(UNKNOWN_STATE_CLASS) {
                    city.class = None;
                }
            }
            continue;
        }
        if town.names.is_empty() || !NEWS_REGION.contains(&town.country.as_str()) {
            continue;
        }
        added.extend(town.names.iter().cloned());
        places.push(town);
    }
    added
}

/// Adds CLDR's names of countries (and their short and variant forms) to the
/// countries; returns its names of world regions by code (`011` → غرب
/// أفريقيا) for the hand list to place.
fn add_cldr_names(json: &str, places: &mut [Place]) -> Result<HashMap<String, String>, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let territories = value
        .pointer("/main/ar/localeDisplayNames/territories")
        .and_then(|t| t.as_object())
        .ok_or("ar-territories.json: no territories")?;
    let mut regions = HashMap::new();
    for (code, name) in territories {
        let Some(name) = name.as_str() else { continue };
        let base = code.split('-').next().unwrap_or_default();
        if base.bytes().all(|b| b.is_ascii_digit()) {
            regions.insert(base.to_string(), name.to_string());
            continue;
        }
        let country = places
            .iter_mut()
            .find(|p| p.kind == PlaceKind::Country && p.country == base);
        if let (Some(country), Some(key)) = (country, list_name_key(name)) {
            country.names.insert(key);
        }
    }
    Ok(regions)
}

/// Adds the rows of the hand-written list (format in its header).
fn add_hand_list(
    tsv: &str,
    cldr_regions: &HashMap<String, String>,
    places: &mut Vec<Place>,
) -> Result<(), String> {
    for (number, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [kind, country, lat, lon, name, cldr, arabic] = fields[..] else {
            return Err(format!("extra list line {}: 7 columns wanted", number + 1));
        };
        let mut names: BTreeSet<String> = arabic.split('|').filter_map(list_name_key).collect();
        if let Some(region) = cldr_regions.get(cldr).and_then(|n| list_name_key(n)) {
            names.insert(region);
        }
        if kind == "unname" {
            // A name the sources give a place in error (يشيد for Hail, a
            // verb): taken off it, and off the state or city of the same
            // English name (dr5hn gives Algeria's Saïda, state and city,
            // Sidon's صيدا).
            let mut unnamed_places: Vec<&mut Place> = places
                .iter_mut()
                .filter(|p| p.country == country && p.name == name)
                .collect();
            if unnamed_places.is_empty() {
                return Err(format!(
                    "extra list line {}: no place {name} to unname",
                    number + 1
                ));
            }
            for unnamed in &names {
                let mut removed = false;
                for place in &mut unnamed_places {
                    removed |= place.names.remove(unnamed);
                }
                if !removed {
                    return Err(format!(
                        "extra list line {}: {name} has no name {unnamed}",
                        number + 1
                    ));
                }
            }
            continue;
        }
        let existing = places.iter().position(|p| {
            p.country == country
                && if kind == "alias" {
                    p.name == name
                } else {
                    kind_letter(p.kind) == kind_letter_of(kind).unwrap_or_default()
                        && (p.name == name || p.kind == PlaceKind::Country)
                }
        });
        if let Some(index) = existing {
            let place = &mut places[index];
            place.names.extend(names);
            if kind != "alias" {
                place.name = name.to_string();
            }
            continue;
        }
        let (Some(letter), Ok(lat), Ok(lon)) = (kind_letter_of(kind), lat.parse(), lon.parse())
        else {
            return Err(format!(
                "extra list line {}: no place for {name}",
                number + 1
            ));
        };
        let kind = all_kinds()
            .into_iter()
            .find(|&k| kind_letter(k) == letter)
            .unwrap_or(PlaceKind::Landmark);
        places.push(Place {
            kind,
            country: country.to_string(),
            lat,
            lon,
            population: None,
            class: Some(if country.is_empty() {
                HAND_WIDE_CLASS
            } else {
                HAND_LOCAL_CLASS
            }),
            capital: false,
            name: name.to_string(),
            names,
        });
    }
    Ok(())
}

fn all_kinds() -> [PlaceKind; 7] {
    [
        PlaceKind::Country,
        PlaceKind::State,
        PlaceKind::City,
        PlaceKind::Region,
        PlaceKind::Continent,
        PlaceKind::Water,
        PlaceKind::Landmark,
    ]
}

/// The table letter of a kind as the hand list spells it.
fn kind_letter_of(kind: &str) -> Option<&'static str> {
    all_kinds()
        .into_iter()
        .find(|k| format!("{k:?}").eq_ignore_ascii_case(kind))
        .map(kind_letter)
}

/// أمريكا and أميركا are both current spellings; every name with one gets
/// the other (أمريكا اللاتينية / أميركا اللاتينية).
fn add_american_variants(places: &mut [Place]) {
    const SPELLINGS: [(&str, &str); 2] = [("امريك", "اميرك"), ("اميرك", "امريك")];
    for place in places {
        let variants: Vec<String> = place
            .names
            .iter()
            .flat_map(|name| {
                SPELLINGS
                    .iter()
                    .filter(|(from, _)| name.contains(from))
                    .map(|(from, to)| name.replace(from, to))
            })
            .collect();
        place.names.extend(variants);
    }
}

/// Settles names several places bear: a name of a country, continent,
/// region, sea or landmark is taken from every state and city but a
/// capital (a state keeps a sea's or a river's); within a
/// country a name stays with its largest city, and a state loses a name one
/// of its country's cities bears (بغداد the city, not the governorate),
/// which takes the state's population class if larger.
fn settle_shared_names(places: &mut [Place]) {
    let local = |kind: PlaceKind| matches!(kind, PlaceKind::City | PlaceKind::State);
    let winners: HashSet<String> = places
        .iter()
        .filter(|p| !local(p.kind))
        .flat_map(|p| p.names.iter().cloned())
        .collect();
    // A state keeps the name of the sea or river it is named after (ولاية
    // نهر النيل، ولاية البحر الأحمر): the water stays likelier, and a
    // state's head noun chooses the state.
    let waters: HashSet<String> = places
        .iter()
        .filter(|p| p.kind == PlaceKind::Water)
        .flat_map(|p| p.names.iter().cloned())
        .collect();
    // For each (country, name): the index of the place that keeps it.
    let mut keeper: HashMap<(String, String), usize> = HashMap::new();
    let rank = |p: &Place| (p.kind == PlaceKind::City, p.population_class());
    for (index, place) in places.iter().enumerate() {
        if !local(place.kind) {
            continue;
        }
        for name in &place.names {
            let key = (place.country.clone(), name.clone());
            let better = keeper
                .get(&key)
                .is_none_or(|&other| rank(place) > rank(&places[other]));
            if better {
                keeper.insert(key, index);
            }
        }
    }
    // A city that takes a name from its country's state is as prominent
    // as the state (المنيا, a governorate of millions, and its city, of
    // unknown population: not to lose to El Menia in Algeria), up to
    // [`INHERITED_CLASS_CAP`].
    let mut inherited: HashMap<usize, u8> = HashMap::new();
    for place in places.iter().filter(|p| p.kind == PlaceKind::State) {
        for name in &place.names {
            if let Some(&city) = keeper.get(&(place.country.clone(), name.clone())) {
                let class = inherited.entry(city).or_default();
                *class = (*class).max(place.population_class().min(INHERITED_CLASS_CAP));
            }
        }
    }
    for (city, class) in inherited {
        if places[city].kind == PlaceKind::City && class > places[city].population_class() {
            places[city].class = Some(class);
        }
    }
    for (index, place) in places.iter_mut().enumerate() {
        if !local(place.kind) {
            continue;
        }
        let country = place.country.clone();
        let capital = place.capital;
        let keeps_water = place.kind == PlaceKind::State;
        place.names.retain(|name| {
            (capital || !winners.contains(name) || keeps_water && waters.contains(name))
                && keeper.get(&(country.clone(), name.clone())) == Some(&index)
        });
    }
    drop_shadowed_directions(places);
}

/// Takes from a state or city a name made of a direction and the name of a
/// larger place in another country: شرق لندن in news is the east of London,
/// not the South African city of East London.
fn drop_shadowed_directions(places: &mut [Place]) {
    let mut largest: HashMap<String, (u8, String)> = HashMap::new();
    for place in places.iter() {
        for name in &place.names {
            let class = place.population_class();
            if largest.get(name).is_none_or(|(other, _)| class > *other) {
                largest.insert(name.clone(), (class, place.country.clone()));
            }
        }
    }
    for place in places.iter_mut() {
        if !matches!(place.kind, PlaceKind::City | PlaceKind::State) {
            continue;
        }
        let class = place.population_class();
        let country = place.country.clone();
        place.names.retain(|name| {
            let Some((first, rest)) = name.split_once(' ') else {
                return true;
            };
            let shadowed = is_direction_word(first)
                && largest.get(rest).is_some_and(|(other, other_country)| {
                    *other > class && *other_country != country
                });
            !shadowed
        });
    }
}

/// The names that the training corpora show at least
/// [`DOUBTFUL_MIN_OTHER`] times off any place mention (as a plain word or
/// inside another entity) and more than twice as often so as as a whole
/// place mention. The names are found by the library's own matcher over
/// `gazetteer`, through clitics, as at run time. ANERcorp's development part is not read.
fn doubtful_names(
    shared: &Path,
    gazetteer: &Gazetteer,
    geonames_only: &BTreeSet<String>,
) -> Result<BTreeSet<String>, String> {
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for sentence in sources::all_sentences(shared)? {
        count_sentence(&sentence, gazetteer, &mut counts);
    }
    Ok(counts
        .into_iter()
        .filter(|(name, (place, other))| {
            let min_other = if geonames_only.contains(name) {
                1
            } else {
                DOUBTFUL_MIN_OTHER
            };
            *other >= min_other && *other > 2 * place
        })
        .map(|(name, _)| name)
        .collect())
}

/// Counts, for each gazetteer name matched in `sentence`, whether it is a
/// whole gold place mention (B-LOC and its I-LOC words) or off every one.
fn count_sentence(
    sentence: &Sentence,
    gazetteer: &Gazetteer,
    counts: &mut HashMap<String, (u32, u32)>,
) {
    let corpus = CorpusText::new(std::slice::from_ref(sentence));
    let places = corpus.gold_of(Label::Location);
    let document = Document::new(&corpus.text);
    let word_of = |token: usize| {
        corpus
            .words_of(&document.tokens[token].span)
            .map_or(0, |words| words.start)
    };
    for matched in gazetteer.matches(&document) {
        if matched.fuzzy || matched.direction.is_some() {
            continue;
        }
        let words = word_of(matched.tokens.start)..word_of(matched.tokens.end - 1) + 1;
        let (place, other) = counts.entry(matched.key).or_default();
        if places.contains(&words) {
            *place += 1;
        } else if !places
            .iter()
            .any(|p| p.start < words.end && words.start < p.end)
        {
            // A name that only partly agrees with a gold place (قطاع غزة
            // where ANERcorp tags غزة alone) is evidence neither way.
            *other += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_landmark_is_never_doubtful() {
        let mut dam = city("EG", "Aswan High Dam", 23.97, 32.88, &["السد العالي"]);
        dam.kind = PlaceKind::Landmark;
        let town = city("LB", "Tyre", 33.27, 35.19, &["صور"]);
        let doubtful: BTreeSet<String> = ["السد العالي", "صور"].map(String::from).into();
        let table = table(&[dam, town], &doubtful);
        assert!(table.contains("\tالسد العالي\n"), "{table}");
        assert!(table.contains("\t*صور\n"), "{table}");
    }

    #[test]
    fn an_unname_row_takes_the_name_off_the_state_and_the_city() {
        let mut state = city("DZ", "Saïda", 34.8, 0.15, &["صيدا", "سعيده"]);
        state.kind = PlaceKind::State;
        let mut places = vec![state, city("DZ", "Saïda", 34.83, 0.15, &["صيدا"])];
        add_hand_list(
            "unname\tDZ\t\t\tSaïda\t\tصيدا\n",
            &HashMap::new(),
            &mut places,
        )
        .unwrap();
        assert!(places.iter().all(|place| !place.names.contains("صيدا")));
        assert!(places[0].names.contains("سعيده"));
        let unknown = add_hand_list(
            "unname\tDZ\t\t\tSaïda\t\tوهران\n",
            &HashMap::new(),
            &mut places,
        );
        assert!(unknown.is_err(), "a name no such place has is an error");
    }

    fn city(country: &str, name: &str, lat: f64, lon: f64, arabic: &[&str]) -> Place {
        Place {
            kind: PlaceKind::City,
            country: country.to_string(),
            lat,
            lon,
            population: None,
            class: None,
            capital: false,
            name: name.to_string(),
            names: arabic.iter().map(|n| n.to_string()).collect(),
        }
    }

    #[test]
    fn geonames_adds_spellings_and_local_towns_but_takes_no_name_from_another_place() {
        let mut places = vec![
            city("FR", "Amiens", 49.9, 2.3, &[]),
            city("ES", "Valencia", 39.47, -0.38, &["بلنسيه"]),
            city("VE", "Valencia", 10.16, -68.0, &["فالنسيا"]),
            city("YE", "Aden", 12.78, 45.04, &["عدن"]),
        ];
        let tsv = "1\tFR\t49.8941\t2.2958\t143086\tAmiens\tأميان\n\
                   2\tVE\t10.1620\t-68.0077\t1385224\tValencia\tبلنسية|فالنسيا\n\
                   3\tYE\t12.8000\t45.0300\t80000\tAl Mansura\tالمنصورة\n\
                   4\tBE\t50.9101\t4.1984\t28985\tAsse\tاس\n\
                   5\tUS\t42.99\t-71.45\t110000\tManchester\tمانشستر";
        let added = add_geonames(tsv, &mut places);
        assert!(places[0].names.contains("اميان"), "a spelling of Amiens");
        assert_eq!(places[0].population, Some(143086));
        assert!(
            !places[2].names.contains("بلنسيه"),
            "Valencia in Spain keeps its name"
        );
        // A suburb near Aden is a town of its own, not a name of Aden's.
        assert!(!places[3].names.contains("المنصوره"));
        let mansura = places.iter().find(|p| p.name == "Al Mansura");
        assert!(mansura.is_some_and(|p| p.names.contains("المنصوره")));
        // Abroad GeoNames makes no town (Manchester, New Hampshire), and
        // two letters are no name.
        assert!(
            places
                .iter()
                .all(|p| p.name != "Manchester" && p.name != "Asse")
        );
        assert_eq!(added.into_iter().collect::<Vec<_>>(), ["المنصوره", "اميان"]);
    }
}
