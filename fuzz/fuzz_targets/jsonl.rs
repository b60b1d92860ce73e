//! Any bytes through the `lamha analyze --jsonl` reader: no panic, no hang,
//! one answer per non-blank line, each a JSON object with the request's id
//! and either an analysis of the interface's shape or an error.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::Deserialize;
use serde_json::value::RawValue;

/// One output line. Borrowing the id as raw JSON accepts every id the reader
/// can echo (even numbers beyond f64, which it passes through unchanged).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer<'a> {
    #[serde(borrow)]
    id: &'a RawValue,
    analysis: Option<lamha::Analysis>,
    error: Option<String>,
}

fuzz_target!(|data: &[u8]| {
    let mut output = Vec::new();
    lamha::jsonl::run(data, &mut output).expect("reading from memory never fails");
    let requests = data
        .split(|&byte| byte == b'\n')
        .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
        .count();
    let output = std::str::from_utf8(&output).expect("the output is UTF-8");
    let answers: Vec<&str> = output.split_terminator('\n').collect();
    assert_eq!(answers.len(), requests, "one answer per non-blank line");
    for answer in answers {
        let answer: Answer = serde_json::from_str(answer)
            .unwrap_or_else(|error| panic!("{error} in the answer {answer:?}"));
        assert!(
            answer.analysis.is_some() != answer.error.is_some(),
            "the answer for {} has both an analysis and an error, or neither",
            answer.id
        );
    }
});
