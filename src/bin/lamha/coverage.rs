//! `lamha coverage [FILE.conll] [--sample N]`: how much of a corpus's place
//! names the gazetteer resolves.
//!
//! Each sentence of the CoNLL file is rebuilt as text, its gold `LOC` runs
//! (B-LOC, I-LOC) are given to the places stage as the tagger would give
//! them, and a mention counts as resolved when the stage gives it a place
//! and a gazetteer name covers all its words (the first read without its
//! conjunction and preposition, as the matcher reads it). The name may be
//! longer than the mention: ANERcorp tags أفريقيا alone in شمال أفريقيا and
//! غزة in قطاع غزة, which the stage widens to the whole name. The
//! figures are printed for the whole file and for ANERcorp's building and
//! held-out development parts (`lamha::corpus::split_dev`); the most frequent
//! unresolved mentions are listed from the building part only, so that
//! nobody tunes the gazetteer on the development part. `--sample N` prints N
//! resolved mentions drawn with a fixed seed, to check by eye.

use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::Path;

use lamha::analysis::{Label, Place};
use lamha::corpus::{self, CorpusFormat, Sentence};
use lamha::findings::{Findings, FoundEntity};
use lamha::places::Gazetteer;
use lamha::text::Document;

/// The default corpus, relative to the project root.
pub const DEFAULT_CORPUS: &str = "../shared/data/ner/anercorp-train.conll";

/// Unresolved mentions listed.
const TOP_UNRESOLVED: usize = 30;

/// The seed of the spot-check sample: the same sample on every run.
const SAMPLE_SEED: u64 = 0x5EED_0F1A_3A00;

/// One gold place mention and what the places stage made of it.
struct Mention {
    text: String,
    resolved: Option<Place>,
}

/// Runs the command; `sample` is how many resolved mentions to print.
pub fn run(path: &Path, sample: usize) -> io::Result<()> {
    let sentences = corpus::read(path, CorpusFormat::Conll)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?;
    let mut out = io::stdout().lock();
    let (building, development) = corpus::split_dev(sentences);
    let building: Vec<Mention> = building.iter().flat_map(mentions).collect();
    let development: Vec<Mention> = development.iter().flat_map(mentions).collect();

    println!(
        "LOC mentions of {} resolved by the gazetteer:",
        path.display()
    );
    let all: Vec<&Mention> = building.iter().chain(&development).collect();
    print_share(&mut out, "whole file", &all)?;
    print_share(
        &mut out,
        "building part (90%)",
        &building.iter().collect::<Vec<_>>(),
    )?;
    print_share(
        &mut out,
        "development part (10%)",
        &development.iter().collect::<Vec<_>>(),
    )?;

    let mut unresolved: HashMap<&str, usize> = HashMap::new();
    for mention in building.iter().filter(|m| m.resolved.is_none()) {
        *unresolved.entry(&mention.text).or_default() += 1;
    }
    let mut unresolved: Vec<(&str, usize)> = unresolved.into_iter().collect();
    unresolved.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    writeln!(out, "\nmost frequent unresolved mentions (building part):")?;
    for (text, count) in unresolved.iter().take(TOP_UNRESOLVED) {
        writeln!(out, "{count:5}  {text}")?;
    }

    if sample > 0 {
        let resolved: Vec<&Mention> = all.into_iter().filter(|m| m.resolved.is_some()).collect();
        writeln!(out, "\n{sample} resolved mentions drawn with a fixed seed:")?;
        let mut state = SAMPLE_SEED;
        for _ in 0..sample.min(resolved.len()) {
            state = xorshift(state);
            let mention = resolved[(state % resolved.len() as u64) as usize];
            if let Some(place) = &mention.resolved {
                writeln!(
                    out,
                    "{}\t{} ({:?}, {})",
                    mention.text,
                    place.name,
                    place.kind,
                    place.country.as_deref().unwrap_or("-")
                )?;
            }
        }
    }
    out.flush()
}

fn print_share(out: &mut impl Write, part: &str, mentions: &[&Mention]) -> io::Result<()> {
    let resolved = mentions.iter().filter(|m| m.resolved.is_some()).count();
    let share = 100.0 * resolved as f64 / mentions.len().max(1) as f64;
    writeln!(
        out,
        "  {part:24} {resolved:5} / {:5} = {share:5.1}%",
        mentions.len()
    )
}

/// A step of the xorshift64 generator: deterministic, no dependency.
fn xorshift(mut state: u64) -> u64 {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    state
}

/// The gold LOC mentions of one sentence, each with the place the stage gave
/// it where a gazetteer name covers it whole.
fn mentions(sentence: &Sentence) -> Vec<Mention> {
    let mut text = String::new();
    let mut words: Vec<Range<usize>> = Vec::new();
    for (word, _) in sentence {
        if !text.is_empty() {
            text.push(' ');
        }
        words.push(text.len()..text.len() + word.len());
        text.push_str(word);
    }
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (index, (_, tag)) in sentence.iter().enumerate() {
        let tag = tag.replace('_', "-");
        let continues = runs.last().is_some_and(|run| run.end == index);
        match tag.as_str() {
            "I-LOC" if continues => runs.last_mut().into_iter().for_each(|r| r.end += 1),
            "B-LOC" | "I-LOC" => runs.push(index..index + 1),
            _ => {}
        }
    }
    if runs.is_empty() {
        return Vec::new();
    }
    let document = Document::new(&text);
    let spans: Vec<Range<usize>> = runs
        .iter()
        .map(|run| words[run.start].start..words[run.end - 1].end)
        .collect();
    let mut findings = Findings {
        entities: spans
            .iter()
            .map(|span| FoundEntity {
                span: span.clone(),
                label: Label::Location,
                place: None,
                group: None,
            })
            .collect(),
        ..Findings::default()
    };
    lamha::places::resolve(&document, &mut findings);
    let matches = Gazetteer::embedded().matches(&document);
    spans
        .iter()
        .map(|span| {
            let name_tokens = word_tokens(&document, span.clone());
            let covered = name_tokens.is_some_and(|tokens| {
                matches
                    .iter()
                    .any(|m| m.tokens.start <= tokens.start && tokens.end <= m.tokens.end)
            });
            let resolved = findings
                .entities
                .iter()
                .find(|e| e.span.start <= span.start && span.end <= e.span.end)
                .and_then(|e| e.place.clone())
                .filter(|_| covered);
            Mention {
                text: text[span.clone()].to_string(),
                resolved,
            }
        })
        .collect()
}

/// The tokens from the first to the last word token inside `span`.
fn word_tokens(document: &Document, span: Range<usize>) -> Option<Range<usize>> {
    let mut inside = (0..document.tokens.len()).filter(|&i| {
        let token = &document.tokens[i];
        token.is_word() && span.start <= token.span.start && token.span.end <= span.end
    });
    let first = inside.next()?;
    let last = inside.next_back().unwrap_or(first);
    Some(first..last + 1)
}
