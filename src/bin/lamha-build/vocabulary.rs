//! The vocabulary: normalised Arabic word forms and how often each occurs in
//! the shared corpora (ANERcorp's held-out development part excluded), plus
//! the words of the name lists, so that the clitic splitter knows ليبيا and
//! وليد as words of their own.

use std::collections::BTreeMap;
use std::path::Path;

use lamha::corpus::{self, CorpusFormat, Sentence};
use lamha::text::{Normalized, TokenKind, tokenize::tokenize};

/// Forms seen fewer times than this are left out: they are mostly noise and
/// would double the table.
const MIN_COUNT: u32 = 2;

/// What one entry of a name list counts for: a name is a word even if the
/// corpora never show it.
const NAME_LIST_COUNT: u32 = 3;

/// The annotated corpora, by path under `data/ner`.
pub const CORPORA: &[(&str, CorpusFormat)] = &[
    ("anercorp-train.conll", CorpusFormat::Conll),
    ("wikifane-gold.conll", CorpusFormat::Conll),
    ("caraner.csv", CorpusFormat::CaranerCsv),
    ("wojood-sample/train.txt", CorpusFormat::Conll),
    ("wojood-sample/val.txt", CorpusFormat::Conll),
    ("wojood-sample/test.txt", CorpusFormat::Conll),
];

pub fn build(shared: &Path, out: &Path) -> Result<(), String> {
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    let ner = shared.join("data/ner");
    let read = |path: &Path, format| {
        corpus::read(path, format).map_err(|e| format!("{}: {e}", path.display()))
    };
    for &(name, format) in CORPORA {
        let mut sentences = read(&ner.join(name), format)?;
        if name == "anercorp-train.conll" {
            sentences = corpus::split_dev(sentences).0;
        }
        count_sentences(&sentences, 1, &mut counts);
    }
    let mut aqmar: Vec<_> = std::fs::read_dir(ner.join("aqmar"))
        .map_err(|e| e.to_string())?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    aqmar.sort();
    for path in aqmar {
        count_sentences(&read(&path, CorpusFormat::Conll)?, 1, &mut counts);
    }
    for list in ["pers", "loc", "org"] {
        let path = shared.join(format!("data/lexicons/anergazet-{list}.txt"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        count_text(&text, NAME_LIST_COUNT, &mut counts);
    }
    let mut table = String::new();
    for (form, count) in counts.iter().filter(|&(_, &c)| c >= MIN_COUNT) {
        table.push_str(&format!("{form}\t{count}\n"));
    }
    std::fs::write(out, &table).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "{}: {} forms ({} seen), {} bytes",
        out.display(),
        table.lines().count(),
        counts.len(),
        table.len()
    );
    Ok(())
}

fn count_sentences(sentences: &[Sentence], weight: u32, counts: &mut BTreeMap<String, u32>) {
    for sentence in sentences {
        for (word, _) in sentence {
            count_text(word, weight, counts);
        }
    }
}

fn count_text(text: &str, weight: u32, counts: &mut BTreeMap<String, u32>) {
    let normalized = Normalized::new(text);
    for token in tokenize(&normalized) {
        if token.kind == TokenKind::Arabic {
            *counts
                .entry(token.norm_str(&normalized).to_string())
                .or_default() += weight;
        }
    }
}
