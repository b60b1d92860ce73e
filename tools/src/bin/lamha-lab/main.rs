//! `lamha-lab`: measurements of the product that need the shared corpora.
//!
//! ```text
//! lamha-lab bench [--shared DIR]   throughput of the whole analysis, natively
//! ```

/// The same allocator as the `lamha` command line, so that the benchmark
/// measures what users run (see `src/bin/lamha/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod bench;

use std::path::Path;
use std::process::ExitCode;

/// Where the shared data is, relative to the project root, by default.
const DEFAULT_SHARED: &str = "../shared";

const USAGE: &str = "\
usage:
  lamha-lab bench [--shared DIR]
                           print the analysis throughput over 10 MB of Arabic news built from
                           the shared corpora (default ../shared), on one core and with --jsonl";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["bench"] => bench::run(Path::new(DEFAULT_SHARED)),
        ["bench", "--shared", shared] => bench::run(Path::new(shared)),
        _ => Err(format!("unknown arguments\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lamha-lab: {message}");
            ExitCode::FAILURE
        }
    }
}
