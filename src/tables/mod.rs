//! The embedded tables, in one home: the vocabulary the clitic splitter
//! weighs, the tagger's word clusters, name lists and weights, and the
//! gazetteer. Each has one file here holding both halves of its format, the
//! writer and the reader, with the layout documented at its top.
//!
//! The tables are written when the library is built (`build.rs` turns the
//! reviewable sources in `data/` into these layouts; the tagger's weights
//! are written so by `lamha-build train`), in the layout they are read in:
//! little-endian integers, slots and sorted keys at known offsets, then
//! deflated (see [`embedded`]). Reading one is inflating it once, checking
//! its header and lengths and keeping slices of the inflated bytes, not a
//! parse; `prepare()` does it while the page is idle, so the first analysis
//! costs what any other does. No `unsafe` is needed, since every value is
//! read from its bytes.

pub mod gazetteer;
pub mod key_table;
pub mod layout;
pub mod model;
pub mod name_lists;
pub mod villages;
pub mod word_table;

pub use layout::{Table, TableError};

/// The tables as the build wrote them into the library: each deflated, and
/// inflated once, when first asked for.
///
/// Why deflated: `init()` fetches the whole Wasm module, and the tables are
/// nine-tenths of its bytes. Chromium hands a fetched response to the page
/// at some 80 MB/s on this machine, so the module of 4.4 MB took 53 ms to
/// fetch, and with its 4.1 MB of tables deflated to 1.7 MB, 2.2 MB take 32.
/// Inflating them is done once, by `prepare()` while the page is idle (some
/// 30 ms in Chromium). Gzip on the wire does not do it: the browser
/// inflates before the same slow hand-over (measured: slower). Lindera's
/// `compress` feature embeds its dictionaries deflated for the same reason.
/// Inflated, a table is read in place as before.
pub mod embedded {
    use std::sync::OnceLock;

    /// A deflated table in the library's bytes and, once inflated, the
    /// table (kept for the life of the program).
    pub struct Deflated {
        deflated: &'static [u8],
        inflated: OnceLock<&'static [u8]>,
    }

    impl Deflated {
        /// The table deflated in `deflated`.
        pub(crate) const fn new(deflated: &'static [u8]) -> Deflated {
            Deflated {
                deflated,
                inflated: OnceLock::new(),
            }
        }

        /// The table's bytes, inflated on the first call. Damaged bytes
        /// (which the library's tests rule out) give an empty slice, which
        /// every table's reader refuses, so nothing panics.
        pub fn bytes(&self) -> &'static [u8] {
            self.inflated.get_or_init(|| {
                zune_inflate::DeflateDecoder::new(self.deflated)
                    .decode_deflate()
                    .map(|table| &*table.leak())
                    .unwrap_or(&[])
            })
        }
    }

    /// A table `build.rs` wrote deflated into `OUT_DIR` as `$name.deflate`.
    macro_rules! deflated {
        ($name:literal) => {
            Deflated::new(include_bytes!(concat!(
                env!("OUT_DIR"),
                "/",
                $name,
                ".deflate"
            )))
        };
    }

    /// The vocabulary (`data/vocabulary.tsv`).
    pub static VOCABULARY: Deflated = deflated!("vocabulary.table");
    /// The word clusters (`data/clusters.tsv`).
    pub static CLUSTERS: Deflated = deflated!("clusters.table");
    /// The name lists (`data/names.tsv`).
    pub static NAME_LISTS: Deflated = deflated!("names.table");
    /// The gazetteer (`data/gazetteer.tsv`).
    pub static GAZETTEER: Deflated = deflated!("gazetteer.table");
    pub static VILLAGES: Deflated = deflated!("villages.table");
    /// The tagger's weights (`data/ner-model.bin`, already in its layout).
    pub static TAGGER_WEIGHTS: Deflated = deflated!("ner-model.bin");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table reads back to the same bytes, and every shorter prefix
    /// of them is refused rather than read.
    fn round_trips<T: Table>(bytes: &'static [u8]) {
        let table = T::from_bytes(bytes).expect("the table reads");
        assert_eq!(table.to_bytes(), bytes);
        // Every cut on a small table; on a large one, cuts across it.
        let step = (bytes.len() / 4096).max(1);
        for cut in (0..bytes.len()).step_by(step).chain([bytes.len() - 1]) {
            assert!(T::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(T::from_bytes(longer.leak()).is_err());
        let mut other_magic = bytes.to_vec();
        other_magic[0] ^= 0x20;
        assert!(T::from_bytes(other_magic.leak()).is_err());
    }

    #[test]
    fn the_embedded_tables_round_trip_and_refuse_truncation() {
        round_trips::<word_table::WordTable<u32>>(embedded::VOCABULARY.bytes());
        round_trips::<word_table::WordTable<[u16; 3]>>(embedded::CLUSTERS.bytes());
        round_trips::<name_lists::NameTable>(embedded::NAME_LISTS.bytes());
        round_trips::<gazetteer::GazetteerTable>(embedded::GAZETTEER.bytes());
        round_trips::<villages::VillageTable>(embedded::VILLAGES.bytes());
        round_trips::<model::TaggerWeights>(embedded::TAGGER_WEIGHTS.bytes());
    }

    #[test]
    fn damaged_deflated_bytes_give_a_table_that_is_refused_not_a_panic() {
        let damaged = embedded::Deflated::new(b"\xff\xfe not deflate at all");
        assert_eq!(damaged.bytes(), b"");
        assert!(gazetteer::GazetteerTable::from_bytes(damaged.bytes()).is_err());
        let gazetteer = embedded::GAZETTEER.bytes();
        assert!(gazetteer.len() > 1_000_000, "the gazetteer inflates whole");
    }

    #[test]
    fn a_table_of_another_value_size_is_refused() {
        assert!(word_table::WordTable::<u32>::from_bytes(embedded::CLUSTERS.bytes()).is_err());
    }

    #[test]
    fn word_tables_find_exactly_the_words_written() {
        let long = "كلمةطويلةجداجداجدا";
        let mut words: Vec<(String, u32)> = (0..200).map(|n| (format!("w{n}"), n + 10)).collect();
        words.extend(
            [("بغداد", 1), ("بغدا", 2), (long, 4), ("بغداد", 5)].map(|(w, n)| (w.to_string(), n)),
        );
        words.push((format!("{long}ب"), 6));
        let bytes = word_table::write(words.iter().map(|(w, n)| (w.as_str(), *n)));
        let table = word_table::WordTable::<u32>::from_bytes(bytes.leak()).unwrap();
        assert_eq!(table.get("بغداد"), Some(5), "the later value wins");
        assert_eq!(table.get("بغدا"), Some(2));
        assert_eq!(table.get(long), Some(4));
        assert_eq!(table.get(&format!("{long}ب")), Some(6));
        assert_eq!(table.get("w199"), Some(209));
        assert_eq!(table.get("بغدادي"), None);
        assert_eq!(table.get(""), None);
        assert_eq!(table.get("w200"), None);
        let empty = word_table::write::<u32>([]);
        let empty = word_table::WordTable::<u32>::from_bytes(empty.leak()).unwrap();
        assert_eq!(empty.get("بغداد"), None);
    }

    #[test]
    fn name_tables_mark_names_and_their_first_words() {
        let tsv =
            "#labels PER LOC ORG\nLOC\tسوريا\nPER\tجوزيف دنفورد\nORG\tالامم المتحده\nXYZ\tشيء\n";
        let table = name_lists::NameTable::from_bytes(name_lists::write(tsv).leak()).unwrap();
        assert_eq!(
            table.label_codes().collect::<Vec<_>>(),
            ["PER", "LOC", "ORG"]
        );
        let hash = |words: &[&str]| name_lists::phrase_hash(words.iter().copied());
        assert_eq!(table.get(hash(&["سوريا"])) & name_lists::NAME_BITS, 0b010);
        assert_eq!(
            table.get(hash(&["جوزيف", "دنفورد"])) & name_lists::NAME_BITS,
            0b001
        );
        assert_ne!(table.get(hash(&["جوزيف"])) & name_lists::PREFIX, 0);
        assert_eq!(table.get(hash(&["شيء"])), 0);
    }

    #[test]
    fn gazetteer_tables_index_names_prefixes_and_skeletons() {
        let tsv = "c\tSY\t35\t38\t15\tSyria\tسوريا|سوريه\n\
                   t\tAE\t24.45\t54.38\t14\tAbu Dhabi\tابو ظبي\n\
                   t\tXX\t1\t2\t3\tBad\tcountry code of letters only\n\
                   s\tES\t42\t-2\t11\tSoria\t*سوريا\n";
        let table = gazetteer::GazetteerTable::from_bytes(gazetteer::write(tsv).leak()).unwrap();
        assert_eq!(table.len(), 4);
        assert_eq!(table.max_words(), 5);
        let (syria, doubtful) = table.lookup("سوريا").unwrap();
        assert_eq!((syria, doubtful), (&[0, 3][..], true));
        assert_eq!(table.place(0).name, "Syria");
        assert_eq!(table.place(0).country, Some("SY"));
        assert_eq!(table.place(1).lat, 24.45);
        assert!(table.is_known("ابو") && table.lookup("ابو").is_none());
        assert_eq!(table.by_skeleton("ابظب"), Some(&[1][..]));
        assert!(table.lookup("دمشق").is_none());
    }

    #[test]
    fn tagger_weights_keep_the_learnt_rows() {
        let mut rows = vec![[0i8; model::ROW_WIDTH]; 256];
        rows[3][2] = 6;
        rows[200] = [1, -2, 3, -4, 5, -6, 7, 0];
        let bytes = model::write(8, 0.25, &[1, -2], &rows);
        let weights = model::TaggerWeights::from_bytes(bytes.leak()).unwrap();
        for (row, weights_of_row) in rows.iter().enumerate() {
            let expected = u64::from_le_bytes(weights_of_row.map(|w| w as u8));
            assert_eq!(weights.row(row), expected, "row {row}");
        }
        assert_eq!(weights.row(1 << 20), 0);
        assert_eq!(weights.transitions().collect::<Vec<_>>(), [1, -2]);
    }
}
