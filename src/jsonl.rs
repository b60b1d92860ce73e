//! `lamha analyze --jsonl`: one analysis per input line, streamed.
//!
//! The reader lives in the library (not the binary) so that the fuzz targets
//! and the benchmark drive exactly the code the command line runs.
//!
//! Lines are read in batches and analysed on all cores; each batch is written
//! in input order before the next is read, so memory stays bounded on an
//! endless input. A batch closes when it is full or when no more input is
//! waiting, so a program feeding lines one at a time gets each answer at once.
//! A line that cannot be analysed gives an error line and the run goes on.

use std::io::{self, BufRead, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::Deserialize;
use serde_json::value::RawValue;

/// Lines analysed together at most.
const BATCH_LINES: usize = 256;
/// Bytes of input gathered into one batch at most (a longer line is a batch
/// of its own).
const BATCH_BYTES: usize = 8 << 20;

#[derive(Deserialize)]
struct Request<'a> {
    #[serde(borrow)]
    id: Option<&'a RawValue>,
    text: Option<String>,
}

/// Reads requests from `input` and writes one result line per request line.
pub fn run(mut input: impl BufRead, mut output: impl Write) -> io::Result<()> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut batch: Vec<Vec<u8>> = Vec::new();
    let mut batch_bytes = 0;
    loop {
        let mut line = Vec::new();
        let read = input.read_until(b'\n', &mut line)?;
        if read > 0 {
            batch_bytes += line.len();
            batch.push(line);
        }
        let waiting = read > 0 && !input.fill_buf()?.is_empty();
        if read == 0 || !waiting || batch.len() >= BATCH_LINES || batch_bytes >= BATCH_BYTES {
            for result in answer_batch(&batch, threads).into_iter().flatten() {
                output.write_all(result.as_bytes())?;
                output.write_all(b"\n")?;
            }
            output.flush()?;
            batch.clear();
            batch_bytes = 0;
        }
        if read == 0 {
            return Ok(());
        }
    }
}

/// Answers a batch of lines on up to `threads` threads, in order.
fn answer_batch(lines: &[Vec<u8>], threads: usize) -> Vec<Option<String>> {
    if lines.len() < 2 || threads < 2 {
        return lines.iter().map(|line| answer(line)).collect();
    }
    let chunk = lines.len().div_ceil(threads);
    let answer_all = |part: &[Vec<u8>]| part.iter().map(|line| answer(line)).collect::<Vec<_>>();
    std::thread::scope(|scope| {
        // The first part is answered on this thread: a new thread starts
        // with fresh memory from the system, which it must first fault in
        // and clear (a tenth of a run's time when every part had its own).
        let mut parts = lines.chunks(chunk);
        let first = parts.next().unwrap_or_default();
        let workers: Vec<_> = parts
            .map(|part| scope.spawn(move || answer_all(part)))
            .collect();
        let mut answers = answer_all(first);
        for worker in workers {
            answers.extend(
                worker
                    .join()
                    .unwrap_or_else(|_| vec![Some(error_line(None, "internal error"))]),
            );
        }
        answers
    })
}

/// The output line for one input line (with or without its line end);
/// `None` for a blank line.
pub fn answer(line: &[u8]) -> Option<String> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let Ok(line) = std::str::from_utf8(line) else {
        return Some(error_line(None, "the line is not UTF-8 text"));
    };
    let request: Request = match serde_json::from_str(line) {
        Ok(request) => request,
        Err(error) => return Some(error_line(None, &format!("not a JSON object: {error}"))),
    };
    let id = request.id.map(RawValue::get);
    let Some(text) = request.text else {
        return Some(error_line(id, "no \"text\" string"));
    };
    // The analysis never panics by design; should a bug make it, this line
    // gets an error and the run goes on.
    match catch_unwind(AssertUnwindSafe(|| crate::analyze(&text))) {
        Ok(analysis) => match serde_json::to_string(&analysis) {
            Ok(analysis) => Some(format!(
                "{{\"id\":{},\"analysis\":{analysis}}}",
                id.unwrap_or("null")
            )),
            Err(error) => Some(error_line(id, &error.to_string())),
        },
        Err(_) => Some(error_line(id, "internal error while analysing this text")),
    }
}

fn error_line(id: Option<&str>, message: &str) -> String {
    let message = serde_json::Value::String(message.to_string());
    format!("{{\"id\":{},\"error\":{message}}}", id.unwrap_or("null"))
}
