//! The gazetteer: Arabic names of countries, world regions, continents,
//! seas and rivers, states and cities, each with its English name, kind,
//! country, coordinates and a population class ([`Gazetteer`], over the
//! table of [`crate::tables::gazetteer`]), and the matcher that finds those
//! names in a [`Document`] through clitics (وسوريا، بالموصل، للعراق; in
//! [`matcher`]).
//!
//! The table is built by `lamha-build gazetteer` from CLDR, the dr5hn
//! countries-states-cities database and a hand-written list (see
//! `data/README.md`), written as `data/gazetteer.tsv` and embedded in the
//! layout it is read in.

mod matcher;
#[cfg(test)]
mod tests;

use std::cmp::Reverse;
use std::ops::Range;

use crate::analysis::{Place, PlaceKind};
use crate::tables::gazetteer::GazetteerTable;
use crate::tables::{self, Table, TableError, embedded};
use crate::text::{Normalized, tokenize::tokenize};

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The place's name in English.
    pub name: &'static str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of its country; `None` for places spanning
    /// several countries (regions, continents, seas).
    pub country: Option<&'static str>,
    /// Latitude in degrees, to two decimals.
    pub lat: f64,
    /// Longitude in degrees, to two decimals.
    pub lon: f64,
    /// Population class: 0 when unknown, else `2·log10(population)` rounded
    /// down (100k people = 10, 1M = 12); the builder gives hand-written
    /// regions, continents and seas a high class so they outrank towns, and
    /// states of unknown population that of a large city.
    pub population_class: u8,
}

/// Population class from which a city or state is notable (100k people).
const NOTABLE_CLASS: u8 = 10;

impl Entry {
    /// True for a place well enough known to be recognised under a guessed
    /// reading or another spelling: a country, continent, region, sea or
    /// landmark, or a city or state of 100k people or more. Small towns
    /// with such readings are mostly accidents (بوداي read as ب + و + داي).
    pub fn is_notable(&self) -> bool {
        !matches!(self.kind, PlaceKind::City | PlaceKind::State)
            || self.population_class >= NOTABLE_CLASS
    }

    /// The entry as the analysis reports it.
    pub fn place(&self) -> Place {
        Place {
            name: self.name.to_string(),
            kind: self.kind,
            country: self.country.map(str::to_string),
            lat: Some(self.lat),
            lon: Some(self.lon),
        }
    }
}

/// A gazetteer name found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMatch {
    /// The tokens of the name (the first may carry clitics).
    pub tokens: Range<usize>,
    /// Byte range of the name in the original text, without the first
    /// token's conjunction and preposition (وبالموصل → الموصل).
    pub span: Range<usize>,
    /// The normalised name that matched (for a coordinated region such as
    /// شرق ووسط آسيا, the inner name وسط اسيا).
    pub key: String,
    /// The places the name may stand for, indices into
    /// [`Gazetteer::entries`].
    pub candidates: Vec<u32>,
    /// The most likely place without any context ([`Gazetteer::best`]).
    pub best: u32,
    /// The kind of the matched place: the best entry's, or
    /// [`PlaceKind::Region`] for a direction before a place (شمال سوريا,
    /// شرق ووسط آسيا).
    pub kind: PlaceKind,
    /// For a direction before a place: the directions in English ("North",
    /// "East and Central").
    pub direction: Option<String>,
    /// The name is more often a word, a person or a club than a place in the
    /// training corpora (المدينة، مدريد): only a tagger's decision makes it
    /// a place.
    pub doubtful: bool,
    /// No name matched exactly, only one written with other vowels or
    /// spacing (تايلند for تايلاند, ابوظبي for ابو ظبي; see [`skeleton`]):
    /// good enough to resolve a place the tagger found, not to find one.
    pub fuzzy: bool,
}

/// The gazetteer: its places and the indexes from names to them (see
/// [`crate::tables::gazetteer`]).
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    table: GazetteerTable,
}

/// The key a name is indexed under: its normalised words (the project's
/// [`Normalized`] folding: hamza forms of alef, ta marbuta, alef maqsura,
/// harakat) joined by single spaces. The builder and the matcher both use it,
/// so spelling variants that fold alike (أفريقيا / إفريقيا) match.
pub fn name_key(name: &str) -> String {
    let normalized = Normalized::new(name);
    let mut key = String::new();
    for token in tokenize(&normalized) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(token.norm_str(&normalized));
    }
    key
}

fn kind_of_letter(letter: u8) -> PlaceKind {
    match letter {
        b'c' => PlaceKind::Country,
        b's' => PlaceKind::State,
        b't' => PlaceKind::City,
        b'r' => PlaceKind::Region,
        b'k' => PlaceKind::Continent,
        b'w' => PlaceKind::Water,
        // The table's reader admits no other letter.
        _ => PlaceKind::Landmark,
    }
}

/// The letter the table writes for `kind`.
pub fn kind_letter(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Country => "c",
        PlaceKind::State => "s",
        PlaceKind::City => "t",
        PlaceKind::Region => "r",
        PlaceKind::Continent => "k",
        PlaceKind::Water => "w",
        PlaceKind::Landmark => "l",
    }
}

/// How kinds rank when everything else is equal: the larger, the likelier
/// meant by a bare name.
fn kind_rank(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Country => 6,
        PlaceKind::Continent => 5,
        PlaceKind::Region => 4,
        PlaceKind::Water => 3,
        PlaceKind::City => 2,
        PlaceKind::State => 1,
        PlaceKind::Landmark => 0,
    }
}

/// How much a place in a country the document already names gains, in
/// population classes (one class is a factor of about 3).
const CONTEXT_BONUS: u8 = 3;

impl Gazetteer {
    /// The gazetteer of a table's bytes.
    pub fn from_bytes(bytes: &'static [u8]) -> Result<Gazetteer, TableError> {
        Ok(Gazetteer {
            table: GazetteerTable::from_bytes(bytes)?,
        })
    }

    /// The gazetteer embedded in the library (an empty one, were the table
    /// damaged, which the library's tests rule out).
    pub fn embedded() -> Gazetteer {
        Gazetteer::from_bytes(embedded::GAZETTEER.bytes()).unwrap_or_default()
    }

    /// A gazetteer of lines in the format of [`crate::tables::gazetteer`],
    /// for tests and tools (the table is leaked: it lives as long as the
    /// program).
    pub fn from_tsv(tsv: &str) -> Gazetteer {
        Gazetteer::from_bytes(tables::gazetteer::write(tsv).leak())
            .expect("a table just written reads")
    }

    /// How many places the gazetteer holds.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// True when the gazetteer holds no place.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The entry at `index` (as [`PlaceMatch::best`] and
    /// [`Gazetteer::lookup`] give it; below [`Gazetteer::len`]).
    pub fn entry(&self, index: u32) -> Entry {
        let record = self.table.place(index);
        Entry {
            name: record.name,
            kind: kind_of_letter(record.kind),
            country: record.country,
            lat: record.lat,
            lon: record.lon,
            population_class: record.population_class,
        }
    }

    /// The entries a normalised name ([`name_key`]) may stand for, and
    /// whether the name is doubtful (more often not a place).
    pub fn lookup(&self, key: &str) -> Option<(&[u32], bool)> {
        self.table.lookup(key)
    }

    /// The likeliest place among `candidates`: a country beats any
    /// same-named smaller place (سوريا is Syria, not the Spanish province);
    /// then the larger population, where a place in one of
    /// `context_countries` (countries the document names) gains three
    /// classes (a factor of about 30); then the kind (country, continent,
    /// region, water, city, state, landmark); then table order. `None` only
    /// for an empty slice.
    pub fn best(&self, candidates: &[u32], context_countries: &[&str]) -> Option<u32> {
        candidates
            .iter()
            .copied()
            .max_by_key(|&index| (self.score(index, context_countries), Reverse(index)))
    }

    /// How likely the entry at `index` is meant, as [`Gazetteer::best`]
    /// orders it: larger is likelier.
    fn score(&self, index: u32, context_countries: &[&str]) -> (bool, u8, u8) {
        let entry = self.entry(index);
        let mut class = entry.population_class;
        if entry
            .country
            .is_some_and(|country| context_countries.contains(&country))
        {
            class += CONTEXT_BONUS;
        }
        (
            entry.kind == PlaceKind::Country,
            class,
            kind_rank(entry.kind),
        )
    }

    /// The most populous of `candidates` in `country`: a name's namesake
    /// there.
    pub fn largest_in(&self, candidates: &[u32], country: &str) -> Option<Place> {
        candidates
            .iter()
            .map(|&candidate| self.entry(candidate))
            .filter(|entry| entry.country == Some(country))
            .max_by_key(|entry| entry.population_class)
            .map(|entry| entry.place())
    }

    /// The place a match stands for, choosing among its candidates with
    /// the countries the document names as context (see
    /// [`Gazetteer::best`]).
    pub fn place(&self, matched: &PlaceMatch, context_countries: &[&str]) -> Place {
        let best = self
            .best(&matched.candidates, context_countries)
            .unwrap_or(matched.best);
        let mut place = self.entry(best).place();
        if let Some(direction) = &matched.direction {
            place.name = format!("{direction} {}", place.name);
            place.kind = PlaceKind::Region;
        }
        place
    }
}
