//! `lamha eval-quotes`: measures the quote stage against hand-annotated
//! quotes.
//!
//! ```text
//! lamha eval-quotes [FILE] [--without-entities] [--show]
//! ```
//!
//! FILE is either a JSON-lines evaluation set (default
//! `eval/quotes/anercorp-quotes.jsonl`, one document per line with its
//! `text`, `quotes` and `not_quotes`) or a gold file of one article (a
//! `.json` whose `text` is the path of the article, relative to the gold
//! file; a copy such as `tests/data/sample.gold.json` finds its article as
//! `tests/data/sample.txt`). Offsets in both are UTF-16 code units.
//!
//! How it counts:
//! - A predicted quote matches a gold quote when their contents overlap.
//!   Matching is one to one: each prediction takes the overlapping gold
//!   quote not yet taken, a required one before an `optional` one, then the
//!   one it overlaps most, then (between equal contents, as with nested
//!   sources) the one whose speaker it names.
//! - A prediction matched to an `optional` gold quote counts neither way; a
//!   prediction matching nothing is a false positive (the report says how
//!   many of them overlap a `not_quotes` span). Recall is over the required
//!   gold quotes.
//! - Speakers are judged on the matched required quotes. *Strict*: the
//!   predicted speaker's text equals one of the gold `accept` forms.
//!   *Overlap*: the predicted speaker's span overlaps an occurrence, anywhere
//!   in the document, of one of the `accept` forms (a shorter or longer
//!   mention of the same name counts). A missing speaker is wrong both ways.
//! - Figures by kind: precision by the predicted kind, recall and speakers
//!   by the gold kind; "kind right" is the share of matches whose kinds agree.
//!
//! `--without-entities` runs the quote stage alone, on no entities, to
//! measure its fallback speaker finding; by default the whole pipeline runs.
//! `--show` lists every miss, false positive and wrong speaker.

use std::io;
use std::path::{Path, PathBuf};

use lamha::analysis::{Quote, QuoteKind};
use lamha::findings::Findings;
use serde_json::Value;

/// The evaluation set read when no file is named.
const DEFAULT_SET: &str = "eval/quotes/anercorp-quotes.jsonl";

/// One annotated document.
struct GoldDocument {
    id: String,
    text: String,
    quotes: Vec<GoldQuote>,
    not_quotes: Vec<(u32, u32)>,
}

struct GoldQuote {
    kind: QuoteKind,
    content: (u32, u32),
    accept: Vec<String>,
    optional: bool,
}

/// Counts for one kind of quote (or all).
#[derive(Default)]
struct Tally {
    predicted: usize,
    true_positives: usize,
    false_positives: usize,
    required: usize,
    found: usize,
    speaker_strict: usize,
    speaker_overlap: usize,
    kind_right: usize,
}

/// The options of the command.
struct Options {
    path: PathBuf,
    without_entities: bool,
    show: bool,
}

/// Runs the command with its arguments (after `eval-quotes`).
pub fn run(args: &[&str]) -> io::Result<()> {
    let options = parse_options(args)?;
    let documents = read_documents(&options.path)?;
    let mut all = Tally::default();
    let mut by_kind = [Tally::default(), Tally::default()];
    let mut false_positives_on_not_quotes = 0;
    for document in &documents {
        let predicted = predict(&document.text, options.without_entities);
        let outcome = score(document, &predicted);
        false_positives_on_not_quotes += outcome.on_not_quotes;
        for (tally, kind) in std::iter::once((&mut all, None)).chain(
            by_kind
                .iter_mut()
                .zip([QuoteKind::Direct, QuoteKind::Reported])
                .map(|(tally, kind)| (tally, Some(kind))),
        ) {
            outcome.add_to(tally, document, &predicted, kind);
        }
        if options.show {
            outcome.show(document, &predicted);
        }
    }
    println!(
        "quotes of {} ({} documents){}",
        options.path.display(),
        documents.len(),
        if options.without_entities {
            ", quote stage alone (no entities)"
        } else {
            ", whole pipeline"
        }
    );
    println!(
        "{:<9} {:>5} {:>5} {:>4} {:>4} {:>6} {:>6} {:>6} {:>8} {:>8} {:>6}",
        "", "pred", "gold", "tp", "fp", "P", "R", "F1", "spk=", "spk~", "kind"
    );
    for (name, tally) in [
        ("all", &all),
        ("direct", &by_kind[0]),
        ("reported", &by_kind[1]),
    ] {
        tally.print(name);
    }
    println!(
        "false positives on a not_quote span: {false_positives_on_not_quotes}; \
         spk= strict speaker (text equals an accepted form), spk~ overlapping speaker, \
         both over matched required quotes"
    );
    Ok(())
}

fn parse_options(args: &[&str]) -> io::Result<Options> {
    let mut options = Options {
        path: PathBuf::from(DEFAULT_SET),
        without_entities: false,
        show: false,
    };
    for arg in args {
        match *arg {
            "--without-entities" => options.without_entities = true,
            "--show" => options.show = true,
            path if !path.starts_with('-') => options.path = PathBuf::from(path),
            other => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("unknown option {other}"),
                ));
            }
        }
    }
    Ok(options)
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// Reads a JSON-lines set, or one gold file with its article.
fn read_documents(path: &Path) -> io::Result<Vec<GoldDocument>> {
    let content = std::fs::read_to_string(path)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", path.display())))?;
    if path.extension().is_some_and(|ext| ext == "jsonl") {
        content
            .lines()
            .filter(|line| !line.trim().is_empty())
            .enumerate()
            .map(|(number, line)| {
                let value: Value = serde_json::from_str(line)
                    .map_err(|error| invalid(format!("line {}: {error}", number + 1)))?;
                let text = value["text"].as_str().unwrap_or_default().to_string();
                gold_document(&value, text, number.to_string())
            })
            .collect()
    } else {
        let value: Value = serde_json::from_str(&content)
            .map_err(|error| invalid(format!("{}: {error}", path.display())))?;
        let relative = value["text"]
            .as_str()
            .ok_or_else(|| invalid("the gold file names no text".to_string()))?;
        let text_path = article_path(path, relative);
        let text = std::fs::read_to_string(&text_path).map_err(|error| {
            io::Error::new(error.kind(), format!("{}: {error}", text_path.display()))
        })?;
        Ok(vec![gold_document(
            &value,
            text,
            path.display().to_string(),
        )?])
    }
}

/// The article of the gold file at `gold`: the path it names, relative to
/// it; or, where that is absent (a copy of the gold file kept beside its
/// article), the file named like the gold file less `.gold.json`, with
/// `.txt` (`sample.gold.json` → `sample.txt`).
fn article_path(gold: &Path, relative: &str) -> PathBuf {
    let folder = gold.parent().unwrap_or(Path::new("."));
    let named = folder.join(relative);
    if named.exists() {
        return named;
    }
    let file_name = gold
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let stem = file_name
        .strip_suffix(".gold.json")
        .or_else(|| file_name.strip_suffix(".json"))
        .unwrap_or(file_name);
    folder.join(format!("{stem}.txt"))
}

fn span_of(value: &Value) -> Option<(u32, u32)> {
    Some((
        u32::try_from(value["start"].as_u64()?).ok()?,
        u32::try_from(value["end"].as_u64()?).ok()?,
    ))
}

fn gold_document(value: &Value, text: String, fallback_id: String) -> io::Result<GoldDocument> {
    let id = value["id"].as_str().map_or(fallback_id, str::to_string);
    let mut quotes = Vec::new();
    for quote in value["quotes"].as_array().into_iter().flatten() {
        let kind = match quote["kind"].as_str() {
            Some("direct") => QuoteKind::Direct,
            Some("reported") => QuoteKind::Reported,
            other => return Err(invalid(format!("{id}: unknown quote kind {other:?}"))),
        };
        let content = span_of(&quote["content"])
            .ok_or_else(|| invalid(format!("{id}: a quote without a content span")))?;
        let accept = quote["speaker"]["accept"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|form| form.as_str().map(str::to_string))
            .collect();
        quotes.push(GoldQuote {
            kind,
            content,
            accept,
            optional: quote["optional"].as_bool().unwrap_or(false),
        });
    }
    let not_quotes = value["not_quotes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(span_of)
        .collect();
    Ok(GoldDocument {
        id,
        text,
        quotes,
        not_quotes,
    })
}

/// The quotes Lamha finds in `text`.
fn predict(text: &str, without_entities: bool) -> Vec<Quote> {
    let document = lamha::Document::new(text);
    let findings = if without_entities {
        let mut findings = Findings::default();
        lamha::quotes::find(&document, &mut findings);
        findings
    } else {
        lamha::find(&document)
    };
    lamha::output::analysis(&document, &findings).quotes
}

fn overlap(a: (u32, u32), b: (u32, u32)) -> u32 {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// How the predictions of one document fared.
struct Outcome {
    /// For each prediction, the gold quote it matched.
    matched: Vec<Option<usize>>,
    /// False positives overlapping a not_quote span.
    on_not_quotes: usize,
}

fn score(document: &GoldDocument, predicted: &[Quote]) -> Outcome {
    let text: Vec<u16> = document.text.encode_utf16().collect();
    let mut taken = vec![false; document.quotes.len()];
    let mut matched = Vec::with_capacity(predicted.len());
    let mut on_not_quotes = 0;
    for quote in predicted {
        let content = (quote.content.start, quote.content.end);
        let best = document
            .quotes
            .iter()
            .enumerate()
            .filter(|(index, gold)| !taken[*index] && overlap(content, gold.content) > 0)
            .max_by_key(|(index, gold)| {
                (
                    !gold.optional,
                    overlap(content, gold.content),
                    speaker_right(&text, quote, gold).1,
                    std::cmp::Reverse(*index),
                )
            })
            .map(|(index, _)| index);
        if let Some(index) = best {
            taken[index] = true;
        } else if document
            .not_quotes
            .iter()
            .any(|&span| overlap(content, span) > 0)
        {
            on_not_quotes += 1;
        }
        matched.push(best);
    }
    Outcome {
        matched,
        on_not_quotes,
    }
}

/// The text of the UTF-16 span `start..end` of `text`.
fn utf16_slice(text: &[u16], start: u32, end: u32) -> String {
    let (start, end) = (start as usize, end as usize);
    String::from_utf16_lossy(text.get(start..end.min(text.len())).unwrap_or_default())
}

/// Whether a predicted speaker is right, strictly and by overlap.
fn speaker_right(text: &[u16], quote: &Quote, gold: &GoldQuote) -> (bool, bool) {
    let Some(speaker) = &quote.speaker else {
        return (false, false);
    };
    let predicted = speaker.text.trim();
    let strict = gold.accept.iter().any(|form| form.trim() == predicted);
    let overlapping = gold.accept.iter().any(|form| {
        let form: Vec<u16> = form.trim().encode_utf16().collect();
        !form.is_empty()
            && text.windows(form.len()).enumerate().any(|(start, window)| {
                window == form.as_slice()
                    && overlap(
                        (start as u32, (start + form.len()) as u32),
                        (speaker.start, speaker.end),
                    ) > 0
            })
    });
    (strict, strict || overlapping)
}

impl Outcome {
    /// Adds this document's counts, for quotes of `kind` (or all), to `tally`.
    fn add_to(
        &self,
        tally: &mut Tally,
        document: &GoldDocument,
        predicted: &[Quote],
        kind: Option<QuoteKind>,
    ) {
        let text: Vec<u16> = document.text.encode_utf16().collect();
        let of_kind = |other: QuoteKind| kind.is_none_or(|kind| kind == other);
        for (quote, matched) in predicted.iter().zip(&self.matched) {
            let gold = matched.map(|index| &document.quotes[index]);
            if of_kind(quote.kind) {
                tally.predicted += 1;
                match gold {
                    Some(gold) if gold.optional => {}
                    Some(_) => tally.true_positives += 1,
                    None => tally.false_positives += 1,
                }
            }
            if let Some(gold) = gold.filter(|gold| !gold.optional && of_kind(gold.kind)) {
                tally.found += 1;
                let (strict, overlapping) = speaker_right(&text, quote, gold);
                tally.speaker_strict += usize::from(strict);
                tally.speaker_overlap += usize::from(overlapping);
                tally.kind_right += usize::from(quote.kind == gold.kind);
            }
        }
        tally.required += document
            .quotes
            .iter()
            .filter(|gold| !gold.optional && of_kind(gold.kind))
            .count();
    }

    /// Prints the misses, false positives and wrong speakers of a document.
    fn show(&self, document: &GoldDocument, predicted: &[Quote]) {
        let text: Vec<u16> = document.text.encode_utf16().collect();
        for (index, gold) in document.quotes.iter().enumerate() {
            if !gold.optional && !self.matched.contains(&Some(index)) {
                println!(
                    "{}\tMISS {:?}\t{}",
                    document.id,
                    gold.kind,
                    utf16_slice(&text, gold.content.0, gold.content.1)
                );
            }
        }
        for (quote, matched) in predicted.iter().zip(&self.matched) {
            let speaker = quote.speaker.as_ref().map_or("-", |s| s.text.as_str());
            let cue = quote.cue.as_ref().map_or("-", |c| c.text.as_str());
            match matched.map(|index| &document.quotes[index]) {
                None => println!(
                    "{}\tFALSE {:?} [{cue}] [{speaker}]\t{}",
                    document.id, quote.kind, quote.content.text
                ),
                Some(gold) if !gold.optional => {
                    let (strict, overlapping) = speaker_right(&text, quote, gold);
                    if !strict {
                        println!(
                            "{}\tSPEAKER{} [{cue}] [{speaker}] want {:?}\t{}",
                            document.id,
                            if overlapping { "~" } else { "" },
                            gold.accept,
                            quote.content.text
                        );
                    }
                    if gold.kind != quote.kind {
                        println!(
                            "{}\tKIND {:?} want {:?}\t{}",
                            document.id, quote.kind, gold.kind, quote.content.text
                        );
                    }
                }
                Some(_) => {}
            }
        }
    }
}

impl Tally {
    fn print(&self, name: &str) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        );
        let recall = ratio(self.found, self.required);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        println!(
            "{name:<9} {:>5} {:>5} {:>4} {:>4} {precision:>6.3} {recall:>6.3} {f1:>6.3} {:>8.3} {:>8.3} {:>6.3}",
            self.predicted,
            self.required,
            self.true_positives,
            self.false_positives,
            ratio(self.speaker_strict, self.found),
            ratio(self.speaker_overlap, self.found),
            ratio(self.kind_right, self.found),
        );
    }
}
