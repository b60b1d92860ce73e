//! The shared corpora as the build commands read them.

use std::path::Path;

use lamha::evaluation::conll::{self, Sentence};
use lamha_tools::corpora::{self, CorpusFormat};

/// The annotated corpora whose licences let what is derived from them ship,
/// by path under `data/ner`. CAraNER ("free for research", no licence file)
/// is left out: a research-only licence does not let derived tables ship.
const CORPORA: &[(&str, CorpusFormat)] = &[
    ("anercorp-train.conll", CorpusFormat::Conll),
    ("wikifane-gold.conll", CorpusFormat::Conll),
    ("wojood-sample/train.txt", CorpusFormat::Conll),
    ("wojood-sample/val.txt", CorpusFormat::Conll),
    ("wojood-sample/test.txt", CorpusFormat::Conll),
];

/// Every sentence of every shared corpus, in a fixed order, except ANERcorp's
/// held-out development part.
pub fn all_sentences(shared: &Path) -> Result<Vec<Sentence>, String> {
    Ok(flatten(corpora(shared)?))
}

/// Every shared corpus by name (`anercorp` — its training part only —,
/// `wikifane`, `wojood`, `aqmar`), in a fixed order.
pub fn corpora(shared: &Path) -> Result<Vec<(&'static str, Vec<Sentence>)>, String> {
    read_corpora(shared, CORPORA)
}

fn flatten(corpora: Vec<(&'static str, Vec<Sentence>)>) -> Vec<Sentence> {
    corpora
        .into_iter()
        .flat_map(|(_, sentences)| sentences)
        .collect()
}

/// The sentences of `corpora` and AQMAR, except ANERcorp's development part,
/// by corpus name (a file's name up to its first `-`, `.` or `/`).
fn read_corpora(
    shared: &Path,
    corpora: &[(&'static str, CorpusFormat)],
) -> Result<Vec<(&'static str, Vec<Sentence>)>, String> {
    let ner = shared.join("data/ner");
    let read = |path: &Path, format| {
        corpora::read(path, format).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut all: Vec<(&'static str, Vec<Sentence>)> = Vec::new();
    for &(file, format) in corpora {
        let mut sentences = read(&ner.join(file), format)?;
        if file == "anercorp-train.conll" {
            sentences = conll::split_dev(sentences).0;
        }
        let name = file.split(['-', '.', '/']).next().unwrap_or(file);
        match all.last_mut() {
            Some((last, gathered)) if *last == name => gathered.extend(sentences),
            _ => all.push((name, sentences)),
        }
    }
    let mut aqmar: Vec<_> = std::fs::read_dir(ner.join("aqmar"))
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    aqmar.sort();
    let mut sentences = Vec::new();
    for path in aqmar {
        sentences.extend(read(&path, CorpusFormat::Conll)?);
    }
    all.push(("aqmar", sentences));
    Ok(all)
}
