//! `lamha`: the command line front end.
//!
//! ```text
//! lamha analyze [FILE]      the text of FILE (or standard input) -> one analysis as JSON
//! lamha analyze --jsonl     {"id": ..., "text": "..."} lines -> {"id": ..., "analysis": {...}} lines
//! lamha coverage [FILE.conll] [--sample N]   the gazetteer's coverage of a corpus's places
//! lamha eval-quotes [FILE]  precision, recall and speakers of the quote stage on annotated quotes
//! lamha eval-ner FILE.conll [--dev] [--errors] | --gold FILE.gold.json
//! ```

/// The analysis makes many small short-lived allocations (a document's
/// tokens, per-word tables, each finding's strings), and an article's are
/// all freed when it is done: mimalloc serves those from thread-local free
/// lists, and the command line runs 11–12% faster than with the system's
/// allocator (`lamha-lab bench`, same output). The library itself leaves the
/// allocator to whoever embeds it; the Wasm module keeps Rust's own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod coverage;
mod eval_ner;
mod eval_quotes;

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  lamha analyze [FILE]     analyse the text of FILE (or standard input); print the analysis as JSON
  lamha analyze --jsonl    read {\"id\": ..., \"text\": \"...\"} lines from standard input;
                           print {\"id\": ..., \"analysis\": {...}} lines, in input order
  lamha eval-ner FILE.conll [--dev] [--errors]
                           entity-level precision, recall and F1 (PER LOC ORG) on a CoNLL file
                           (--dev: only its development part, the last 10% of its sentences)
  lamha eval-ner --gold FILE.gold.json | --gold FILE.jsonl
                           entity scores against a hand-annotated article, or against the
                           articles of a JSON lines file (eval/news/news-dev.jsonl) with the share
                           of places resolved to the right country
  lamha segment            print the tokens, sentences and paragraphs of standard input as JSON
  lamha coverage [FILE.conll] [--sample N]
                           share of the corpus's LOC mentions the gazetteer resolves (default
                           ../shared/data/ner/anercorp-train.conll), the most frequent unresolved
                           ones, and N resolved ones drawn with a fixed seed
  lamha eval-quotes [FILE] [--without-entities] [--show]
                           score the quote stage on annotated quotes (default
                           eval/quotes/anercorp-quotes.jsonl, eval/news/news-dev.jsonl, or a gold
                           .json of one article)
  lamha --version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["analyze", "--jsonl"] => {
            report(lamha::jsonl::run(io::stdin().lock(), io::stdout().lock()))
        }
        ["analyze"] => report(analyze_one(io::stdin().lock())),
        ["analyze", "-"] => report(analyze_one(io::stdin().lock())),
        ["analyze", path] if !path.starts_with('-') => match std::fs::File::open(path) {
            Ok(file) => report(analyze_one(file)),
            Err(error) => fail(&format!("cannot read {path}: {error}")),
        },
        ["eval-ner", "--gold", path] => print_report(eval_ner::gold(Path::new(path))),
        ["eval-ner", path, options @ ..]
            if !path.starts_with('-')
                && options.iter().all(|o| matches!(*o, "--dev" | "--errors")) =>
        {
            print_report(eval_ner::conll(
                Path::new(path),
                options.contains(&"--dev"),
                options.contains(&"--errors"),
            ))
        }
        ["segment"] => report(segment(io::stdin().lock())),
        ["coverage", rest @ ..] => coverage_command(rest),
        ["eval-quotes", rest @ ..] => report(eval_quotes::run(rest)),
        ["--version"] | ["version"] => {
            println!("lamha {}", lamha::VERSION);
            ExitCode::SUCCESS
        }
        ["--help"] | ["-h"] | ["help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => fail(&format!("unknown arguments\n{USAGE}")),
    }
}

/// `lamha coverage [FILE.conll] [--sample N]`.
fn coverage_command(args: &[&str]) -> ExitCode {
    let mut path = coverage::DEFAULT_CORPUS;
    let mut sample = 0;
    let mut args = args.iter();
    while let Some(&arg) = args.next() {
        match (arg, args.next()) {
            ("--sample", Some(count)) => match count.parse() {
                Ok(count) => sample = count,
                Err(_) => return fail(&format!("--sample wants a number, not {count}")),
            },
            (file, None) if !file.starts_with('-') => path = file,
            _ => return fail(&format!("unknown arguments\n{USAGE}")),
        }
    }
    report(coverage::run(std::path::Path::new(path), sample))
}

/// Reads the whole input, analyses it and prints the analysis.
fn analyze_one(input: impl Read) -> io::Result<()> {
    print_json(&lamha::analyze(&read_text(input)?))
}

/// Reads the whole input and prints its segmentation.
fn segment(input: impl Read) -> io::Result<()> {
    print_json(&lamha::segment(&read_text(input)?))
}

fn read_text(mut input: impl Read) -> io::Result<String> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    String::from_utf8(bytes).map_err(|error| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "the input is not UTF-8 text (byte {})",
                error.utf8_error().valid_up_to()
            ),
        )
    })
}

fn print_json(value: &impl serde::Serialize) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    serde_json::to_writer(&mut stdout, value)?;
    writeln!(stdout)?;
    stdout.flush()
}

fn print_report(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

fn report(result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our output went away (`| head`): nothing to say.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => fail(&error.to_string()),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("lamha: {message}");
    ExitCode::FAILURE
}
