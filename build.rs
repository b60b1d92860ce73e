//! Writes the embedded tables (see `src/tables/`) from their reviewable
//! sources in `data/`, in the layout the library reads in place. The
//! table modules are compiled here from the library's own files, so the
//! writer the build runs is the one the library's tests check against its
//! reader.

use std::path::Path;

// The build uses the writers; the readers beside them are the library's.
#[allow(dead_code)]
#[path = "src/tables/gazetteer.rs"]
pub mod gazetteer;
#[allow(dead_code)]
#[path = "src/tables/key_table.rs"]
pub mod key_table;
#[allow(dead_code)]
#[path = "src/tables/layout.rs"]
pub mod layout;
#[allow(dead_code)]
#[path = "src/tables/name_lists.rs"]
pub mod name_lists;
#[allow(dead_code)]
#[path = "src/tables/villages.rs"]
pub mod villages;
#[allow(dead_code)]
#[path = "src/tables/word_table.rs"]
pub mod word_table;

/// The library's module paths (`crate::tables::…`), as the table files
/// name one another.
mod tables {
    pub use super::layout::Table;
    pub use super::{gazetteer, key_table, layout, name_lists, villages, word_table};
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo::rerun-if-changed=src/tables");
    let source = |name: &str| {
        println!("cargo::rerun-if-changed=data/{name}");
        std::fs::read_to_string(Path::new("data").join(name))
            .unwrap_or_else(|error| panic!("data/{name}: {error}"))
    };
    // Each table deflated (see `tables::embedded` for why), at the level
    // that packs tightest: inflating is as fast at any level.
    let write = |name: &str, bytes: Vec<u8>| {
        let deflated = miniz_oxide::deflate::compress_to_vec(&bytes, 10);
        let path = out.join(format!("{name}.deflate"));
        std::fs::write(path, deflated).unwrap_or_else(|error| panic!("{name}: {error}"));
    };

    let vocabulary = source("vocabulary.tsv");
    write(
        "vocabulary.table",
        tables::word_table::write(vocabulary.lines().filter_map(|line| {
            let (form, count) = line.split_once('\t')?;
            Some((form, count.parse::<u32>().ok()?))
        })),
    );

    let clusters = source("clusters.tsv");
    write(
        "clusters.table",
        tables::word_table::write(clusters.lines().filter_map(|line| {
            let mut fields = line.split('\t');
            let form = fields.next()?;
            let mut ids = [0u16; 3];
            for id in &mut ids {
                *id = fields.next()?.parse().ok()?;
            }
            Some((form, ids))
        })),
    );

    write(
        "names.table",
        tables::name_lists::write(&source("names.tsv")),
    );
    write(
        "gazetteer.table",
        tables::gazetteer::write(&source("gazetteer.tsv")),
    );
    write(
        "villages.table",
        tables::villages::write(&source("villages.tsv")),
    );
    // The tagger's weights are committed in their layout (`lamha-build
    // train` writes them).
    println!("cargo::rerun-if-changed=data/ner-model.bin");
    let weights = std::fs::read("data/ner-model.bin")
        .unwrap_or_else(|error| panic!("data/ner-model.bin: {error}"));
    write("ner-model.bin", weights);
}
