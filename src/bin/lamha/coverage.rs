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
//! held-out development parts (`lamha::conll::split_dev`); the most frequent
//! unresolved mentions are listed from the building part only, so that
//! nobody tunes the gazetteer on the development part. It also prints what
//! the stage finds with no tagger before it (the gazetteer-only mode): how
//! many places it adds, how many of those are gold places, and the most
//! frequent that are not (building part). `--sample N`
//! prints N resolved mentions, drawn with a fixed seed, with their context,
//! to check by eye.

use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::Path;

use lamha::analysis::{Label, Place};
use lamha::evaluation::CorpusText;
use lamha::evaluation::conll::{self, Sentence};
use lamha::findings::{Findings, FoundEntity};
use lamha::text::Document;

/// The default corpus, relative to the project root.
pub const DEFAULT_CORPUS: &str = "../shared/data/ner/anercorp-train.conll";

/// Strings listed in each most-frequent list.
const TOP_LISTED: usize = 30;

/// The seed of the spot-check sample: the same sample on every run.
const SAMPLE_SEED: u64 = 0x5EED_0F1A_3A00;

/// One gold place mention and what the places stage made of it.
struct Mention {
    text: String,
    resolved: Option<Place>,
    /// The words around the mention, to judge the resolution by.
    context: String,
}

/// What the places stage finds with no tagger before it, over the corpus.
#[derive(Default)]
struct Alone {
    /// Places it adds.
    added: usize,
    /// Of those, the ones overlapping a gold LOC mention.
    added_on_gold: usize,
    /// Gold LOC mentions overlapped by a place it adds.
    gold_covered: usize,
    /// The places it adds off any gold LOC mention in the building part,
    /// by text.
    added_off_gold: HashMap<String, usize>,
}

/// Which part of ANERcorp a sentence is from.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Building,
    Development,
}

/// Words shown on each side of a sampled mention.
const CONTEXT_WORDS: usize = 5;

/// Runs the command; `sample` is how many resolved mentions to print.
pub fn run(path: &Path, sample: usize) -> io::Result<()> {
    let sentences = conll::read(path)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display())))?;
    let mut out = io::stdout().lock();
    let (building, development) = conll::split_dev(sentences);
    let mut alone = Alone::default();
    let mut read = |sentences: &[Sentence], part: Part| -> Vec<Mention> {
        sentences
            .iter()
            .flat_map(|sentence| mentions(sentence, part, &mut alone))
            .collect()
    };
    let building = read(&building, Part::Building);
    let development = read(&development, Part::Development);

    writeln!(
        out,
        "LOC mentions of {} resolved by the gazetteer:",
        path.display()
    )?;
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

    writeln!(
        out,
        "\nwith no tagger, the stage alone adds {} places: {} on a gold LOC mention \
         ({:.1}% precision), covering {} of {} mentions ({:.1}% recall)",
        alone.added,
        alone.added_on_gold,
        100.0 * alone.added_on_gold as f64 / alone.added.max(1) as f64,
        alone.gold_covered,
        all.len(),
        100.0 * alone.gold_covered as f64 / all.len().max(1) as f64
    )?;

    let mut unresolved: HashMap<String, usize> = HashMap::new();
    for mention in building.iter().filter(|m| m.resolved.is_none()) {
        *unresolved.entry(mention.text.clone()).or_default() += 1;
    }
    writeln!(out, "\nmost frequent unresolved mentions (building part):")?;
    print_most_frequent(&mut out, unresolved)?;
    writeln!(
        out,
        "\nmost frequent places added with no tagger off any gold LOC (building part):"
    )?;
    print_most_frequent(&mut out, alone.added_off_gold)?;

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
                    "{}\t{} ({:?}, {})\t… {} …",
                    mention.text,
                    place.name,
                    place.kind,
                    place.country.as_deref().unwrap_or("-"),
                    mention.context
                )?;
            }
        }
    }
    out.flush()
}

fn print_most_frequent(out: &mut impl Write, counts: HashMap<String, usize>) -> io::Result<()> {
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (text, count) in counts.iter().take(TOP_LISTED) {
        writeln!(out, "{count:5}  {text}")?;
    }
    Ok(())
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
/// it where a gazetteer name covers it whole; adds to `alone` what the stage
/// finds in the sentence with no tagger.
fn mentions(sentence: &Sentence, part: Part, alone: &mut Alone) -> Vec<Mention> {
    let corpus = CorpusText::new(std::slice::from_ref(sentence));
    let runs = corpus.gold_of(Label::Location);
    let document = Document::new(&corpus.text);
    let text = &corpus.text;
    let words = &corpus.words;
    let spans: Vec<Range<usize>> = runs
        .iter()
        .map(|run| words[run.start].start..words[run.end - 1].end)
        .collect();

    let tables = lamha::analyzer().tables();
    let (gazetteer, villages) = (&tables.gazetteer, &tables.villages);
    let mut by_itself = Findings::default();
    lamha::places::resolve(&document, gazetteer, villages, &mut by_itself);
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    alone.added += by_itself.entities.len();
    for entity in &by_itself.entities {
        if spans.iter().any(|span| overlaps(span, &entity.span)) {
            alone.added_on_gold += 1;
        } else if part == Part::Building {
            *alone
                .added_off_gold
                .entry(document.slice(entity.span.clone()).to_string())
                .or_default() += 1;
        }
    }
    alone.gold_covered += spans
        .iter()
        .filter(|span| by_itself.entities.iter().any(|e| overlaps(span, &e.span)))
        .count();
    if spans.is_empty() {
        return Vec::new();
    }

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
    lamha::places::resolve(&document, gazetteer, villages, &mut findings);
    let matches = gazetteer.matches(&document);
    runs.iter()
        .zip(&spans)
        .map(|(run, span)| {
            let name_tokens = lamha::places::word_tokens(&document, span);
            let covered = name_tokens.is_some_and(|tokens| {
                matches
                    .iter()
                    .any(|m| m.tokens.start <= tokens.start && tokens.end <= m.tokens.end)
                    || gazetteer.name_of(&document, tokens).is_some()
            });
            let resolved = findings
                .entities
                .iter()
                .find(|e| e.span.start <= span.start && span.end <= e.span.end)
                .and_then(|e| e.place.clone())
                .filter(|_| covered);
            let context_start = words[run.start.saturating_sub(CONTEXT_WORDS)].start;
            let context_end = words[(run.end + CONTEXT_WORDS).min(words.len()) - 1].end;
            Mention {
                text: text[span.clone()].to_string(),
                resolved,
                context: text[context_start..context_end].to_string(),
            }
        })
        .collect()
}
