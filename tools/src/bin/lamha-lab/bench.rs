//! `lamha-lab bench [--shared DIR]`: how fast the whole analysis runs natively.
//!
//! The text is Arabic news built in memory from the shared corpora's
//! sentences (ANERcorp's training part, CAraNER, WikiFANE), repeated up to
//! [`TEXT_BYTES`]; without `../shared` the committed sample article is
//! repeated instead. Three figures are printed:
//!
//! - the whole text analysed as one document on one core;
//! - the same text cut into article-sized documents, one after another on one
//!   core (what a newsroom archive looks like);
//! - those articles as `lamha analyze --jsonl` lines, through the very reader
//!   the command line runs ([`lamha::jsonl::run`]), on all cores.
//!
//! Each figure is the best of [`ROUNDS`] runs: the machine is shared, and the
//! best run is the one least disturbed by others. The one-core figures are
//! also given per second of CPU time of the benchmarking thread (where Linux
//! tells it), which other programs' load does not inflate; on a busy machine
//! that is the figure to read.

use std::path::Path;
use std::time::{Duration, Instant};

use lamha::evaluation::conll;
use lamha_tools::corpora::{self, CorpusFormat};

/// The size of the benchmark text, at least.
const TEXT_BYTES: usize = 10 << 20;

/// Bytes of one article of the per-article and `--jsonl` runs: about a
/// news article's length.
const ARTICLE_BYTES: usize = 5_000;

/// Runs of each measurement; the fastest is reported.
const ROUNDS: usize = 3;

/// Sentences per paragraph of the built text.
const PARAGRAPH_SENTENCES: usize = 4;

/// The corpora the text is built from, under `data/ner` of the shared folder.
const CORPORA: &[(&str, CorpusFormat)] = &[
    ("anercorp-train.conll", CorpusFormat::Conll),
    ("caraner.csv", CorpusFormat::CaranerCsv),
    ("wikifane-gold.conll", CorpusFormat::Conll),
];

/// The sample article, the text of last resort.
const SAMPLE: &str = include_str!("../../../../tests/data/sample.txt");

/// Runs the benchmark and prints its figures.
pub fn run(shared: &Path) -> Result<(), String> {
    if cfg!(debug_assertions) {
        eprintln!("lamha-lab bench: this is a debug build; build with --release for real figures");
    }
    let (paragraphs, source) = match corpus_paragraphs(shared) {
        Ok(paragraphs) => (paragraphs, format!("sentences of {}", shared.display())),
        Err(reason) => {
            eprintln!("lamha-lab bench: {reason}; repeating the sample article instead");
            let paragraphs = SAMPLE.split('\n').map(str::to_string).collect();
            (paragraphs, "the sample article, repeated".to_string())
        }
    };
    let text = repeat_to(&paragraphs, TEXT_BYTES);
    let articles = cut_into_articles(&text);
    let tokens = lamha::Document::new(&text).tokens.len();
    println!(
        "text: {:.1} MB, {tokens} tokens, {} articles of about {ARTICLE_BYTES} bytes ({source})",
        megabytes(text.len()),
        articles.len(),
    );

    let whole = best_of(|| {
        std::hint::black_box(lamha::analyze(std::hint::black_box(&text)));
    });
    print_rate("one document, one core", text.len(), tokens, whole);

    let one_by_one = best_of(|| {
        for article in &articles {
            std::hint::black_box(lamha::analyze(std::hint::black_box(article)));
        }
    });
    print_rate("articles, one core", text.len(), tokens, one_by_one);

    let lines = jsonl_input(&articles);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut failure = None;
    let jsonl = best_of(|| {
        if let Err(error) = lamha::jsonl::run(lines.as_bytes(), std::io::sink()) {
            failure = Some(error.to_string());
        }
    });
    if let Some(error) = failure {
        return Err(format!("--jsonl failed: {error}"));
    }
    // The work runs on other threads: only the clock says how long it took.
    let jsonl = Timing { cpu: None, ..jsonl };
    print_rate(
        &format!("--jsonl articles, {threads} threads"),
        text.len(),
        tokens,
        jsonl,
    );
    Ok(())
}

/// The shared corpora's sentences (ANERcorp without its development part),
/// words joined by spaces, in paragraphs.
fn corpus_paragraphs(shared: &Path) -> Result<Vec<String>, String> {
    let mut paragraphs = Vec::new();
    for &(name, format) in CORPORA {
        let path = shared.join("data/ner").join(name);
        let mut sentences =
            corpora::read(&path, format).map_err(|e| format!("{}: {e}", path.display()))?;
        if name == "anercorp-train.conll" {
            sentences = conll::split_dev(sentences).0;
        }
        let sentences: Vec<String> = sentences
            .iter()
            .map(|sentence| {
                let words: Vec<&str> = sentence.iter().map(|(word, _)| word.as_str()).collect();
                words.join(" ")
            })
            .collect();
        paragraphs.extend(
            sentences
                .chunks(PARAGRAPH_SENTENCES)
                .map(|chunk| chunk.join(" ")),
        );
    }
    if paragraphs.is_empty() {
        return Err(format!("no sentences under {}", shared.display()));
    }
    Ok(paragraphs)
}

/// Paragraphs, one a line, cycled until the text holds `bytes` bytes.
fn repeat_to(paragraphs: &[String], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + ARTICLE_BYTES);
    for paragraph in paragraphs.iter().filter(|p| !p.is_empty()).cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(paragraph);
        text.push('\n');
    }
    text
}

/// The text cut at line ends into pieces of about [`ARTICLE_BYTES`].
fn cut_into_articles(text: &str) -> Vec<&str> {
    let mut articles = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = text[start..]
            .char_indices()
            .skip_while(|&(offset, _)| offset < ARTICLE_BYTES)
            .find(|&(_, c)| c == '\n')
            .map_or(text.len(), |(offset, _)| start + offset + 1);
        articles.push(&text[start..end]);
        start = end;
    }
    articles
}

/// `{"id": n, "text": article}` lines.
fn jsonl_input(articles: &[&str]) -> String {
    let mut lines = String::new();
    for (id, article) in articles.iter().enumerate() {
        let line = serde_json::json!({ "id": id, "text": article });
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    lines
}

/// How long a run took: on the clock, and on this thread's CPU.
#[derive(Clone, Copy)]
struct Timing {
    wall: Duration,
    cpu: Option<Duration>,
}

/// The fastest of [`ROUNDS`] runs, on the clock and on the CPU separately.
fn best_of(mut run: impl FnMut()) -> Timing {
    let mut best = Timing {
        wall: Duration::MAX,
        cpu: None,
    };
    for _ in 0..ROUNDS {
        let cpu_start = thread_cpu_time();
        let start = Instant::now();
        run();
        let wall = start.elapsed();
        let cpu = thread_cpu_time()
            .zip(cpu_start)
            .map(|(end, start)| end.saturating_sub(start));
        best.wall = best.wall.min(wall);
        best.cpu = match (best.cpu, cpu) {
            (Some(best), Some(cpu)) => Some(best.min(cpu)),
            (best, cpu) => cpu.or(best),
        };
    }
    best
}

/// The CPU time the calling thread has run so far, where the system tells
/// it (Linux's scheduler statistics, in nanoseconds).
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    // Some kernels report zero when scheduler statistics are off.
    (nanos > 0).then(|| Duration::from_nanos(nanos))
}

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn print_rate(what: &str, bytes: usize, tokens: usize, timing: Timing) {
    let rate = |time: Duration| {
        let seconds = time.as_secs_f64().max(1e-9);
        format!(
            "{:>7.1} MB/s {:>10.0} tokens/s ({seconds:.3} s)",
            megabytes(bytes) / seconds,
            tokens as f64 / seconds,
        )
    };
    println!("{what:<30} wall: {}", rate(timing.wall));
    if let Some(cpu) = timing.cpu {
        println!("{:<30} CPU:  {}", "", rate(cpu));
    }
}
