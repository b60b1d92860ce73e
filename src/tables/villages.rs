//! The villages' names and the countries they lie in, read in place (see
//! [`crate::places::villages`] for what reads them and why).
//!
//! Tens of thousands of names, asked about only for the few places of an
//! article that nothing else placed: the table is made small, not fast. A
//! name is kept as its 32-bit hash alone, the hashes in ascending order and
//! found by binary search; beside each, a mask of the countries holding a
//! village of that name. Sorted hashes and masks of mostly one bit deflate
//! to about four bytes a name, a third of what the names' letters, a hash
//! table's slots or coordinates would take, and the demo's download stays
//! within its budget. A name the table does not hold meets a hash it holds
//! about once in a hundred thousand lookups; what reads the table asks only
//! about places the tagger found, so such a meeting costs a country, never
//! a place.
//!
//! Layout (little-endian): header `LVIL` v1; the country count (`u32`),
//! their ISO 3166 codes (two bytes each); the name count (`u32`), the hashes
//! (`u32` each, ascending), the masks (`u32` each, bit `i` for the `i`-th
//! country).
//!
//! The source (`data/villages.tsv`): one name a line, its normalised key,
//! a tab, and the codes of its countries joined by commas.

use crate::tables::Table;
use crate::tables::layout::{Reader, TableError, hash_bytes, u32_at, write_header, write_u32};

const MAGIC: [u8; 4] = *b"LVIL";
const VERSION: u16 = 1;

/// Bits of a country mask: at most this many countries.
const MAX_COUNTRIES: usize = 32;

/// Village names and their countries.
#[derive(Debug, Clone, Copy, Default)]
pub struct VillageTable {
    countries: &'static [u8],
    hashes: &'static [u8],
    masks: &'static [u8],
}

/// The 32 bits of a name's hash the table keeps.
fn name_hash(key: &str) -> u32 {
    // The multiply leaves its best bits at the top.
    (hash_bytes(key.as_bytes()) >> 32) as u32
}

impl VillageTable {
    /// The countries (ISO 3166 codes) holding a village named `key` (a
    /// normalised name, [`crate::places::gazetteer::name_key`]), in the
    /// table's order; none when no village bears it.
    pub fn countries_of(&self, key: &str) -> impl Iterator<Item = &'static str> + use<> {
        let hash = name_hash(key);
        let count = self.hashes.len() / 4;
        // The first index whose hash is not below the name's.
        let (mut low, mut high) = (0, count);
        while low < high {
            let middle = low + (high - low) / 2;
            if u32_at(self.hashes, 4 * middle) < hash {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        let mask = if low < count && u32_at(self.hashes, 4 * low) == hash {
            u32_at(self.masks, 4 * low)
        } else {
            0
        };
        let countries = self.countries;
        (0..countries.len() / 2)
            .filter(move |&bit| mask & (1 << bit) != 0)
            .filter_map(move |bit| std::str::from_utf8(&countries[2 * bit..2 * bit + 2]).ok())
    }

    /// True when the table holds no name.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }
}

impl Table for VillageTable {
    fn from_bytes(bytes: &'static [u8]) -> Result<Self, TableError> {
        let mut reader = Reader::open(bytes, MAGIC, VERSION)?;
        let country_count = reader.length()?;
        if country_count > MAX_COUNTRIES {
            return Err(reader.error("more countries than a mask holds"));
        }
        let countries = reader.records(country_count, 2)?;
        let name_count = reader.length()?;
        let hashes = reader.records(name_count, 4)?;
        let masks = reader.records(name_count, 4)?;
        reader.finish()?;
        Ok(VillageTable {
            countries,
            hashes,
            masks,
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_header(&mut out, MAGIC, VERSION);
        write_u32(&mut out, self.countries.len() / 2);
        out.extend_from_slice(self.countries);
        write_u32(&mut out, self.hashes.len() / 4);
        out.extend_from_slice(self.hashes);
        out.extend_from_slice(self.masks);
        out
    }
}

/// The table of `tsv` (the source's format, above). Names whose hashes
/// meet are one entry, its countries those of both. Lines without a tab,
/// and country codes not of two letters, are skipped.
///
/// # Panics
///
/// On more than 32 countries (`MAX_COUNTRIES`): the builder's mistake, caught
/// at build time.
pub fn write(tsv: &str) -> Vec<u8> {
    let mut countries: Vec<&str> = Vec::new();
    let mut entries: Vec<(u32, u32)> = Vec::new();
    for line in tsv.lines() {
        let Some((key, codes)) = line.split_once('\t') else {
            continue;
        };
        let mut mask = 0u32;
        for code in codes.split(',').filter(|code| code.len() == 2) {
            let bit = match countries.iter().position(|known| *known == code) {
                Some(bit) => bit,
                None => {
                    countries.push(code);
                    countries.len() - 1
                }
            };
            assert!(bit < MAX_COUNTRIES, "more than {MAX_COUNTRIES} countries");
            mask |= 1 << bit;
        }
        entries.push((name_hash(key), mask));
    }
    entries.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::with_capacity(entries.len());
    for (hash, mask) in entries {
        match merged.last_mut() {
            Some((last, last_mask)) if *last == hash => *last_mask |= mask,
            _ => merged.push((hash, mask)),
        }
    }
    let mut out = Vec::new();
    write_header(&mut out, MAGIC, VERSION);
    write_u32(&mut out, countries.len());
    for code in &countries {
        out.extend_from_slice(code.as_bytes());
    }
    write_u32(&mut out, merged.len());
    for (hash, _) in &merged {
        out.extend_from_slice(&hash.to_le_bytes());
    }
    for (_, mask) in &merged {
        out.extend_from_slice(&mask.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(tsv: &str) -> VillageTable {
        VillageTable::from_bytes(write(tsv).leak()).expect("a table just written reads")
    }

    #[test]
    fn a_name_gives_its_countries_and_no_other_name_does() {
        let villages = table("دمستان\tBH\nابو شوك\tSD,SY\nكرزكان\tBH\n");
        let countries = |key: &str| villages.countries_of(key).collect::<Vec<_>>();
        assert_eq!(countries("دمستان"), ["BH"]);
        assert_eq!(countries("ابو شوك"), ["SD", "SY"]);
        assert_eq!(countries("كرزكان"), ["BH"]);
        assert!(countries("دمشق").is_empty());
        assert!(countries("").is_empty());
        assert!(!villages.is_empty());
    }

    #[test]
    fn the_empty_table_holds_nothing_and_damaged_bytes_are_refused() {
        let empty = table("");
        assert!(empty.is_empty());
        assert_eq!(empty.countries_of("دمستان").count(), 0);
        assert_eq!(VillageTable::default().countries_of("دمستان").count(), 0);
        let bytes = write("دمستان\tBH\n");
        for cut in 0..bytes.len() {
            assert!(VillageTable::from_bytes(bytes[..cut].to_vec().leak()).is_err());
        }
        let round = VillageTable::from_bytes(bytes.clone().leak()).expect("reads");
        assert_eq!(round.to_bytes(), bytes);
    }
}
