//! Guards restructurings: the analysis of the sample article and of 605
//! documents made from the shared corpora must stay byte for byte what it was
//! when the digests below were taken. A change meant to alter the output
//! (a new model, a fixed rule) updates them, saying so in its commit:
//! `cargo test --release -p lamha-tools --test output_unchanged -- --nocapture`
//! prints the new values.
//!
//! The corpora are not part of the repository; without `../shared` the corpus
//! half is skipped (the sample half always runs).

use std::path::{Path, PathBuf};

/// FNV-1a over the JSON lines of the corpus documents' analyses.
const CORPUS_DIGEST: u64 = 0x0093_e073_8c57_a477;
/// FNV-1a over the sample article's analysis.
const SAMPLE_DIGEST: u64 = 0x61f5_c201_c590_2831;

/// Sentences joined into one document.
const SENTENCES_PER_DOCUMENT: usize = 40;

fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn shared_corpora() -> Option<PathBuf> {
    let ner = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/ner");
    ner.is_dir().then_some(ner)
}

/// The documents: each corpus file read as one token per line (its first
/// field), a blank line ending a sentence, sentences grouped by forty.
fn documents(ner: &Path) -> Vec<String> {
    let mut files = vec![
        ner.join("anercorp-train.conll"),
        ner.join("wikifane-gold.conll"),
    ];
    let mut aqmar: Vec<PathBuf> = std::fs::read_dir(ner.join("aqmar"))
        .expect("aqmar")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    aqmar.sort();
    files.extend(aqmar);
    files.push(ner.join("wojood-sample/train.txt"));
    let mut documents = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("corpus file");
        let mut sentences: Vec<String> = Vec::new();
        let mut tokens: Vec<&str> = Vec::new();
        for line in text.lines().chain(std::iter::once("")) {
            match line.split_whitespace().next() {
                Some(token) => tokens.push(token),
                None if !tokens.is_empty() => {
                    sentences.push(tokens.join(" "));
                    tokens.clear();
                }
                None => {}
            }
        }
        documents.extend(
            sentences
                .chunks(SENTENCES_PER_DOCUMENT)
                .map(|chunk| chunk.join("\n")),
        );
    }
    documents
}

fn analysis_json(text: &str) -> String {
    serde_json::to_string(&lamha::analyze(text)).expect("analysis serialises")
}

#[test]
fn the_sample_analysis_is_unchanged() {
    let sample = include_str!("../../tests/data/sample.txt");
    let digest = fnv1a(analysis_json(sample).as_bytes(), FNV_OFFSET);
    println!("SAMPLE_DIGEST = {digest:#018x}");
    assert_eq!(digest, SAMPLE_DIGEST, "the sample's analysis changed");
}

#[test]
fn the_corpus_analyses_are_unchanged() {
    let Some(ner) = shared_corpora() else {
        eprintln!("skipped: ../shared/data/ner is not here");
        return;
    };
    let documents = documents(&ner);
    let mut digest = FNV_OFFSET;
    for text in &documents {
        digest = fnv1a(analysis_json(text).as_bytes(), digest);
        digest = fnv1a(b"\n", digest);
    }
    println!(
        "{} documents; CORPUS_DIGEST = {digest:#018x}",
        documents.len()
    );
    assert_eq!(documents.len(), 605);
    assert_eq!(digest, CORPUS_DIGEST, "the corpus analyses changed");
}
