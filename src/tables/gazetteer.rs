//! The gazetteer's table: its places (kind, country, coordinates, population
//! class, English name) and two indexes into them, by normalised name and by
//! skeleton, read in place. The matcher that finds the names in a text is
//! `places::gazetteer`.
//!
//! Its source, `data/gazetteer.tsv`, has one place a line:
//!
//! ```text
//! kind<TAB>country<TAB>lat<TAB>lon<TAB>population class<TAB>English name<TAB>names
//! ```
//!
//! `kind` is one letter (`c` country, `s` state, `t` city or town, `r`
//! region, `k` continent, `w` water, `l` landmark); `country` is an ISO
//! 3166-1 alpha-2 code or empty for a place spanning several countries;
//! `names` are the place's Arabic names in normalised form, separated by
//! `|`, a name marked `*` (doubtful) when the training corpora show it more
//! often as a word, a person or a club than as a place (المدينة، شيراك،
//! مدريد).
//!
//! Layout (little-endian): header `LGAZ` v1; the words in the longest name;
//! the places (count, then [`PLACE_BYTES`] each: kind letter, population
//! class, country code or two zero bytes, the English name's offset and
//! length in the English text, latitude and longitude in hundredths of a
//! degree as `i32`: the source's two decimals, exactly); the English
//! text; the candidate lists (count, then `u32` place indices, each list in
//! table order); the names (count, then per name its first candidate, its
//! candidate count and whether it is doubtful); the name index (a
//! [`KeyTable`]: every name and the first words of longer names, to the
//! name's index or [`NAME_START`]); the skeleton lists (count, then first
//! candidate and count); the skeleton index (a [`KeyTable`] to them).

use crate::tables::Table;
use crate::tables::key_table::{self, KeyTable};
use crate::tables::layout::{Reader, TableError, u16_at, u32_at, write_header, write_u32};

const MAGIC: [u8; 4] = *b"LGAZ";
const VERSION: u16 = 2;

/// Bytes of one place's record.
const PLACE_BYTES: usize = 20;

/// The name index's value for the first words of a name that are no name
/// themselves: a run of words not in the index starts no name, so matching
/// stops there. One index for both: the matcher asks it at every word, and
/// most words are neither.
pub const NAME_START: u32 = u32::MAX;

/// Population class from which a city or state is matched by its skeleton
/// (a million people): smaller towns share skeletons with too many other
/// names (البريج, a camp in Gaza, and Aalborg's آلبورج).
const FUZZY_CITY_CLASS: u8 = 12;

/// Skeletons shorter than this match too much to be trusted (اسن, Essen,
/// and Osun), counted without the article (الصن would be الصين and
/// الصوان): see [`skeleton_is_long_enough`].
pub const MIN_SKELETON_LETTERS: usize = 4;

/// True when `skeleton` has [`MIN_SKELETON_LETTERS`] letters besides a
/// leading article.
pub fn skeleton_is_long_enough(skeleton: &str) -> bool {
    skeleton
        .strip_prefix("ال")
        .unwrap_or(skeleton)
        .chars()
        .count()
        >= MIN_SKELETON_LETTERS
}

/// The kind letters of the table, in the order of the module documentation.
pub const KIND_LETTERS: &[u8; 7] = b"cstrkwl";

/// One place as the table stores it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceRecord {
    /// The kind letter (one of [`KIND_LETTERS`]).
    pub kind: u8,
    /// ISO 3166-1 alpha-2 code of its country; `None` for places spanning
    /// several countries.
    pub country: Option<&'static str>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population class: 0 when unknown, else `2·log10(population)` rounded
    /// down (100k people = 10, 1M = 12).
    pub population_class: u8,
    /// The place's name in English.
    pub name: &'static str,
}

/// The gazetteer's places and indexes.
#[derive(Debug, Clone, Default)]
pub struct GazetteerTable {
    max_words: usize,
    places: &'static [u8],
    english: &'static str,
    /// The candidate lists, decoded once (a copy of a `u32` array): the
    /// matcher hands them on as slices.
    candidates: Vec<u32>,
    names: &'static [u8],
    name_index: KeyTable,
    skeleton_lists: &'static [u8],
    skeleton_index: KeyTable,
}

impl GazetteerTable {
    /// Words in the longest name.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// How many places the table holds.
    pub fn len(&self) -> usize {
        self.places.len() / PLACE_BYTES
    }

    /// True when the table holds no place.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The place at `index` (below [`GazetteerTable::len`]).
    pub fn place(&self, index: u32) -> PlaceRecord {
        let record = &self.places[index as usize * PLACE_BYTES..][..PLACE_BYTES];
        let country = (record[2] != 0)
            .then(|| std::str::from_utf8(&record[2..4]).ok())
            .flatten();
        let offset = u32_at(record, 4) as usize;
        let length = u32_at(record, 8) as usize;
        PlaceRecord {
            kind: record[0],
            population_class: record[1],
            country,
            name: self.english.get(offset..offset + length).unwrap_or(""),
            lat: hundredths(u32_at(record, 12)),
            lon: hundredths(u32_at(record, 16)),
        }
    }

    /// Whether `key` is a name or the first words of one.
    pub fn is_known(&self, key: &str) -> bool {
        self.name_index.get(key).is_some()
    }

    /// The places a normalised name may stand for, in table order, and
    /// whether the name is doubtful.
    pub fn lookup(&self, key: &str) -> Option<(&[u32], bool)> {
        let name = self
            .name_index
            .get(key)
            .filter(|&name| name != NAME_START)?;
        let record = self.names.get(name as usize * 8..name as usize * 8 + 8)?;
        let first = u32_at(record, 0) as usize;
        let count = usize::from(u16_at(record, 4));
        Some((self.candidates.get(first..first + count)?, record[6] != 0))
    }

    /// The well-known places whose names have the skeleton `skeleton`.
    pub fn by_skeleton(&self, skeleton: &str) -> Option<&[u32]> {
        let list = self.skeleton_index.get(skeleton)? as usize;
        let record = self.skeleton_lists.get(list * 8..list * 8 + 8)?;
        let first = u32_at(record, 0) as usize;
        let count = u32_at(record, 4) as usize;
        self.candidates.get(first..first + count)
    }
}

impl Table for GazetteerTable {
    fn from_bytes(bytes: &'static [u8]) -> Result<Self, TableError> {
        let mut reader = Reader::open(bytes, MAGIC, VERSION)?;
        let max_words = reader.length()?;
        let place_count = reader.length()?;
        let places = reader.records(place_count, PLACE_BYTES)?;
        let english_length = reader.length()?;
        let english = std::str::from_utf8(reader.take(english_length)?)
            .map_err(|_| reader.error("English names not UTF-8"))?;
        for record in places.chunks_exact(PLACE_BYTES) {
            let (offset, length) = (u32_at(record, 4) as usize, u32_at(record, 8) as usize);
            let country_ok =
                record[2..4] == [0, 0] || record[2..4].iter().all(u8::is_ascii_uppercase);
            if !KIND_LETTERS.contains(&record[0])
                || !country_ok
                || english.get(offset..offset + length).is_none()
            {
                return Err(reader.error("a malformed place"));
            }
        }
        let candidate_count = reader.length()?;
        let candidates: Vec<u32> = reader
            .records(candidate_count, 4)?
            .chunks_exact(4)
            .map(|bytes| u32_at(bytes, 0))
            .collect();
        if candidates
            .iter()
            .any(|&place| place as usize >= place_count)
        {
            return Err(reader.error("a candidate naming no place"));
        }
        let name_count = reader.length()?;
        let names = reader.records(name_count, 8)?;
        let name_index = KeyTable::read(&mut reader)?;
        let skeleton_count = reader.length()?;
        let skeleton_lists = reader.records(skeleton_count, 8)?;
        let skeleton_index = KeyTable::read(&mut reader)?;
        reader.finish()?;
        Ok(GazetteerTable {
            max_words,
            places,
            english,
            candidates,
            names,
            name_index,
            skeleton_lists,
            skeleton_index,
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_header(&mut out, MAGIC, VERSION);
        write_u32(&mut out, self.max_words);
        write_u32(&mut out, self.len());
        out.extend_from_slice(self.places);
        write_u32(&mut out, self.english.len());
        out.extend_from_slice(self.english.as_bytes());
        write_u32(&mut out, self.candidates.len());
        for &candidate in &self.candidates {
            out.extend_from_slice(&candidate.to_le_bytes());
        }
        write_u32(&mut out, self.names.len() / 8);
        out.extend_from_slice(self.names);
        self.name_index.write_to(&mut out);
        write_u32(&mut out, self.skeleton_lists.len() / 8);
        out.extend_from_slice(self.skeleton_lists);
        self.skeleton_index.write_to(&mut out);
        out
    }
}

/// Degrees from hundredths stored as the bits of an `i32`. A division of
/// two exact integers rounds once, to the double nearest the quotient: the
/// very double that parsing the source's two-decimal text gives.
fn hundredths(bits: u32) -> f64 {
    f64::from(bits as i32) / 100.0
}

/// The hundredths of `degrees`, if it has at most two decimals (as the
/// source writes them) and fits.
fn to_hundredths(degrees: f64) -> Option<i32> {
    let scaled = (degrees * 100.0).round();
    (scaled.abs() < f64::from(i32::MAX) && hundredths(scaled as i32 as u32) == degrees)
        .then_some(scaled as i32)
}

/// A name's skeleton, for matching spellings the table lacks: without
/// spaces, without the long vowels ا و ي inside words and a final ه (ة), and
/// with غ read as ج (both write a foreign g): تايلاند /
/// تايلند, هونغ كونغ / هونج كونج, ابو ظبي / ابوظبي, بولندا / بولنده.
pub fn skeleton(key: &str) -> String {
    let mut skeleton = String::with_capacity(key.len());
    write_skeleton(key, &mut skeleton);
    skeleton
}

/// Writes the [`skeleton`] of `key` into `skeleton`, which is cleared first:
/// the fuzzy lookup asks for one per unmatched word, and reusing one buffer
/// spares an allocation each time.
pub fn write_skeleton(key: &str, skeleton: &mut String) {
    skeleton.clear();
    // One pass over the key's letters, a space ending a word.
    let mut letters = key.chars();
    let mut inside = false;
    while let Some(letter) = letters.next() {
        if letter == ' ' {
            inside = false;
            continue;
        }
        let rest = letters.as_str();
        let last = rest.is_empty() || rest.starts_with(' ');
        match letter {
            'ا' | 'و' | 'ي' if inside => {}
            'ه' if inside && last => {}
            'غ' => skeleton.push('ج'),
            _ => skeleton.push(letter),
        }
        inside = true;
    }
}

/// Writes the table of the gazetteer's source text (see the module
/// documentation); malformed lines are skipped.
pub fn write(tsv: &str) -> Vec<u8> {
    let mut places = Vec::new();
    let mut english = String::new();
    let mut max_words = 0;
    // Names in order of first appearance, each with its candidates.
    let mut names: Vec<(&str, Vec<u32>, bool)> = Vec::new();
    // Index keys in order of first appearance: a name's index or NAME_START.
    let mut index_keys: Vec<(&str, u32)> = Vec::new();
    let mut index_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut skeletons: Vec<(String, Vec<u32>)> = Vec::new();
    let mut skeleton_of: std::collections::HashMap<String, usize> =
        std::collections::HashMap::new();
    let mut place_count = 0u32;
    for line in tsv.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [kind, country, lat, lon, class, name, place_names] = fields[..] else {
            continue;
        };
        let (Some(&kind), Ok(lat), Ok(lon), Ok(class)) = (
            KIND_LETTERS
                .iter()
                .find(|&&letter| kind.as_bytes() == [letter]),
            lat.parse::<f64>(),
            lon.parse::<f64>(),
            class.parse::<u8>(),
        ) else {
            continue;
        };
        // Coordinates of more than two decimals are malformed here (the
        // embedded table's test counts every line a place).
        let (Some(lat), Some(lon)) = (to_hundredths(lat), to_hundredths(lon)) else {
            continue;
        };
        let country = match country.as_bytes() {
            [] => [0, 0],
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => [a, b],
            _ => continue,
        };
        let index = place_count;
        place_count += 1;
        places.extend_from_slice(&[kind, class, country[0], country[1]]);
        write_u32(&mut places, english.len());
        write_u32(&mut places, name.len());
        english.push_str(name);
        places.extend_from_slice(&lat.to_le_bytes());
        places.extend_from_slice(&lon.to_le_bytes());
        for marked in place_names.split('|').filter(|n| !n.is_empty()) {
            let (key, doubtful) = match marked.strip_prefix('*') {
                Some(key) => (key, true),
                None => (marked, false),
            };
            max_words = max_words.max(key.split(' ').count());
            let mut known = |key| {
                *index_of.entry(key).or_insert_with(|| {
                    index_keys.push((key, NAME_START));
                    index_keys.len() - 1
                })
            };
            for (space, _) in key.match_indices(' ') {
                known(&key[..space]);
            }
            let slot = known(key);
            if index_keys[slot].1 == NAME_START {
                index_keys[slot].1 = names.len() as u32;
                names.push((key, Vec::new(), false));
            }
            let name = &mut names[index_keys[slot].1 as usize];
            name.1.push(index);
            name.2 |= doubtful;
            let skeleton = skeleton(key);
            let well_known = !matches!(kind, b't' | b's') || class >= FUZZY_CITY_CLASS;
            if well_known && skeleton_is_long_enough(&skeleton) {
                let list = *skeleton_of.entry(skeleton.clone()).or_insert_with(|| {
                    skeletons.push((skeleton, Vec::new()));
                    skeletons.len() - 1
                });
                skeletons[list].1.push(index);
            }
        }
    }
    let mut candidates: Vec<u32> = Vec::new();
    let mut name_records = Vec::new();
    for (_, places, doubtful) in &names {
        write_u32(&mut name_records, candidates.len());
        let count = u16::try_from(places.len()).expect("a name of fewer than 65536 places");
        name_records.extend_from_slice(&count.to_le_bytes());
        name_records.extend_from_slice(&[u8::from(*doubtful), 0]);
        candidates.extend_from_slice(places);
    }
    let mut skeleton_records = Vec::new();
    for (_, places) in &skeletons {
        write_u32(&mut skeleton_records, candidates.len());
        write_u32(&mut skeleton_records, places.len());
        candidates.extend_from_slice(places);
    }
    let mut out = Vec::new();
    write_header(&mut out, MAGIC, VERSION);
    write_u32(&mut out, max_words);
    write_u32(&mut out, place_count as usize);
    out.extend_from_slice(&places);
    write_u32(&mut out, english.len());
    out.extend_from_slice(english.as_bytes());
    write_u32(&mut out, candidates.len());
    for candidate in candidates {
        out.extend_from_slice(&candidate.to_le_bytes());
    }
    write_u32(&mut out, names.len());
    out.extend_from_slice(&name_records);
    key_table::write(&index_keys, &mut out);
    write_u32(&mut out, skeletons.len());
    out.extend_from_slice(&skeleton_records);
    let skeleton_keys: Vec<(&str, u32)> = skeletons
        .iter()
        .enumerate()
        .map(|(list, (skeleton, _))| (skeleton.as_str(), list as u32))
        .collect();
    key_table::write(&skeleton_keys, &mut out);
    out
}
