//! The shared corpora as the build commands read them.

use std::path::Path;

use lamha::corpus::{self, CorpusFormat, Sentence};

/// The annotated corpora, by path under `data/ner`.
const CORPORA: &[(&str, CorpusFormat)] = &[
    ("anercorp-train.conll", CorpusFormat::Conll),
    ("wikifane-gold.conll", CorpusFormat::Conll),
    ("caraner.csv", CorpusFormat::CaranerCsv),
    ("wojood-sample/train.txt", CorpusFormat::Conll),
    ("wojood-sample/val.txt", CorpusFormat::Conll),
    ("wojood-sample/test.txt", CorpusFormat::Conll),
];

/// The corpora that tag places `LOC` (WikiFANE and Wojood tag countries and
/// cities with classes of their own), by path under `data/ner`; AQMAR too.
const PLACE_TAGGED_CORPORA: &[(&str, CorpusFormat)] = &[
    ("anercorp-train.conll", CorpusFormat::Conll),
    ("caraner.csv", CorpusFormat::CaranerCsv),
];

/// Every sentence of every shared corpus, in a fixed order, except ANERcorp's
/// held-out development part.
pub fn all_sentences(shared: &Path) -> Result<Vec<Sentence>, String> {
    read_corpora(shared, CORPORA)
}

/// The sentences of the corpora whose place tags are `LOC` (ANERcorp without
/// its development part, CAraNER, AQMAR), in a fixed order.
pub fn place_tagged_sentences(shared: &Path) -> Result<Vec<Sentence>, String> {
    read_corpora(shared, PLACE_TAGGED_CORPORA)
}

/// The sentences of `corpora` and AQMAR, except ANERcorp's development part.
fn read_corpora(shared: &Path, corpora: &[(&str, CorpusFormat)]) -> Result<Vec<Sentence>, String> {
    let ner = shared.join("data/ner");
    let read = |path: &Path, format| {
        corpus::read(path, format).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut all = Vec::new();
    for &(name, format) in corpora {
        let mut sentences = read(&ner.join(name), format)?;
        if name == "anercorp-train.conll" {
            sentences = corpus::split_dev(sentences).0;
        }
        all.extend(sentences);
    }
    let mut aqmar: Vec<_> = std::fs::read_dir(ner.join("aqmar"))
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    aqmar.sort();
    for path in aqmar {
        all.extend(read(&path, CorpusFormat::Conll)?);
    }
    Ok(all)
}
