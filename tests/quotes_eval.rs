//! A floor on the quote stage's accuracy on the committed evaluation set
//! (eval/quotes/anercorp-quotes.jsonl), as `lamha eval-quotes` measures it.
//! The floors lie well below the measured figures (see the command's
//! output); they catch a regression, not a point lost.

use std::process::Command;

/// The figures of the `all` row of `lamha eval-quotes [args]`:
/// precision, recall, F1, strict speakers, overlapping speakers, kind.
fn figures(args: &[&str]) -> Vec<f64> {
    let output = Command::new(env!("CARGO_BIN_EXE_lamha"))
        .arg("eval-quotes")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("lamha runs");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let row = stdout
        .lines()
        .find(|line| line.starts_with("all "))
        .expect("an `all` row");
    row.split_whitespace()
        .skip(5)
        .map(|figure| figure.parse().expect("a figure"))
        .collect()
}

#[test]
fn quote_detection_and_speakers_on_the_evaluation_set() {
    let figures = figures(&[]);
    let (f1, strict_speakers, overlapping_speakers) = (figures[2], figures[3], figures[4]);
    assert!(f1 >= 0.85, "F1 {f1}");
    assert!(strict_speakers >= 0.65, "strict speakers {strict_speakers}");
    assert!(
        overlapping_speakers >= 0.75,
        "speakers {overlapping_speakers}"
    );
}

#[test]
fn quotes_and_speakers_of_the_modern_news_sets_above_a_floor() {
    // Floors well below the measured figures: quotes F1 0.956, 0.974, 0.900,
    // 0.930, 0.966 and 0.986, strict speakers 0.962, 0.868, 0.926, 0.857,
    // 0.870 and 0.926.
    for (set, f1_floor, speaker_floor) in [
        ("eval/news/news-dev.jsonl", 0.85, 0.8),
        ("eval/news/news-dev2.jsonl", 0.85, 0.75),
        ("eval/news/news-test.jsonl", 0.8, 0.8),
        ("eval/news/news-test2.jsonl", 0.85, 0.75),
        ("eval/news/news-dev3.jsonl", 0.85, 0.75),
        ("eval/news/news-test3.jsonl", 0.9, 0.8),
    ] {
        let figures = figures(&[set]);
        assert!(figures[2] >= f1_floor, "{set}: F1 {}", figures[2]);
        assert!(
            figures[3] >= speaker_floor,
            "{set}: strict speakers {}",
            figures[3]
        );
    }
}

#[test]
fn the_quote_stage_alone_on_the_evaluation_set() {
    let figures = figures(&["--without-entities"]);
    assert!(figures[2] >= 0.85, "F1 {}", figures[2]);
    assert!(figures[3] >= 0.65, "strict speakers {}", figures[3]);
}

#[test]
fn the_sample_gold_file_through_its_committed_copy() {
    let figures = figures(&["tests/data/sample.gold.json"]);
    assert_eq!(figures[1], 1.0, "recall");
    assert_eq!(figures[3], 1.0, "strict speakers");
}
