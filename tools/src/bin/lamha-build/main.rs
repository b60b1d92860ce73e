//! `lamha-build`: turns the shared corpora and lists under `../shared/data`
//! into the compact files Lamha embeds (under `data/`). Deterministic: the
//! same inputs give byte-identical outputs.
//!
//! ```text
//! lamha-build vocabulary [--shared DIR] [--out FILE]
//! lamha-build corpus-text [--shared DIR] [--out FILE]   the text word clusters are learnt from
//! lamha-build gazetteer [--shared DIR] [--geonames FILE] [--villages FILE] [--extra FILE] [--out FILE] [--villages-out FILE]
//! lamha-build train [--shared DIR] [--names FILE] [--data DIR] [--draws N]   name lists and tagger model
//!                   (--draws N: also the mean and spread of N models trained in other orders, on
//!                   ANERcorp's development part and the three modern development sets)
//! ```

mod corpus_text;
mod gazetteer;
mod name_lists;
mod sources;
mod train;
mod vocabulary;

use std::path::PathBuf;
use std::process::ExitCode;

/// Where the shared data is, relative to the project root, by default.
const DEFAULT_SHARED: &str = "../shared";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, options)) = args.split_first() else {
        eprintln!(
            "usage: lamha-build vocabulary [--shared DIR] [--out FILE]\n       \
             lamha-build gazetteer [--shared DIR] [--geonames FILE] [--villages FILE] [--extra FILE] [--out FILE] [--villages-out FILE]\n       \
             lamha-build train [--shared DIR] [--names FILE] [--data DIR] [--draws N]"
        );
        return ExitCode::FAILURE;
    };
    let shared = option(options, "--shared").unwrap_or_else(|| PathBuf::from(DEFAULT_SHARED));
    let result = match command.as_str() {
        "corpus-text" => corpus_text::build(
            &shared,
            &option(options, "--out").unwrap_or_else(|| PathBuf::from("target/corpus-text.txt")),
        ),
        "vocabulary" => vocabulary::build(
            &shared,
            &option(options, "--out").unwrap_or_else(|| PathBuf::from("data/vocabulary.tsv")),
        ),
        "gazetteer" => {
            let path = |name: &str, default: &str| {
                option(options, name).unwrap_or_else(|| PathBuf::from(default))
            };
            gazetteer::build(
                &shared,
                &gazetteer::Paths {
                    geonames: &path("--geonames", "target/geonames/geonames-ar.tsv"),
                    villages: &path("--villages", "target/geonames/villages-ar.tsv"),
                    extra: &path("--extra", "data/places/extra.tsv"),
                    out: &path("--out", "data/gazetteer.tsv"),
                    villages_out: &path("--villages-out", "data/villages.tsv"),
                },
            )
        }
        "train" => draws(options).and_then(|draws| {
            train::build(
                &shared,
                &option(options, "--names")
                    .unwrap_or_else(|| PathBuf::from("data/names/extra.tsv")),
                &option(options, "--data").unwrap_or_else(|| PathBuf::from("data")),
                draws,
            )
        }),
        other => Err(format!("unknown command {other}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lamha-build: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The number after `--draws` (1 when absent).
fn draws(options: &[String]) -> Result<usize, String> {
    match option(options, "--draws") {
        None => Ok(1),
        Some(value) => value
            .to_str()
            .and_then(|v| v.parse().ok())
            .filter(|&n: &usize| n >= 1)
            .ok_or_else(|| "--draws takes a whole number of at least 1".to_string()),
    }
}

/// The value after `name` in `options`.
fn option(options: &[String], name: &str) -> Option<PathBuf> {
    let index = options.iter().position(|o| o == name)?;
    options.get(index + 1).map(PathBuf::from)
}
