//! The `lamha` command line as the interface fixes it.

use std::io::Write;
use std::process::{Command, Stdio};

fn lamha(args: &[&str], input: &[u8]) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lamha"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lamha runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.success(),
    )
}

#[test]
fn analyze_prints_one_analysis_of_a_file_or_stdin() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sample.txt");
    let (from_file, _, ok) = lamha(&["analyze", sample], b"");
    assert!(ok);
    let (from_stdin, _, ok) = lamha(&["analyze"], include_bytes!("data/sample.txt"));
    assert!(ok);
    assert_eq!(from_file, from_stdin);
    let analysis: serde_json::Value = serde_json::from_str(&from_file).unwrap();
    assert!(analysis["entities"].is_array());
    assert!(analysis["quotes"].is_array());
}

#[test]
fn analyze_reports_unreadable_input() {
    let (_, stderr, ok) = lamha(&["analyze", "/nonexistent/file.txt"], b"");
    assert!(!ok);
    assert!(stderr.contains("cannot read"));
    let (_, stderr, ok) = lamha(&["analyze"], b"\xff\xfe bad");
    assert!(!ok);
    assert!(stderr.contains("not UTF-8"));
}

#[test]
fn jsonl_keeps_ids_and_order_and_survives_bad_lines() {
    let mut input = String::new();
    let ids = ["1", "\"b\"", "{\"doc\":[1,2.50]}", "null", "-7", "\"مقال\""];
    for (n, id) in ids.iter().enumerate() {
        input.push_str(&format!("{{\"id\":{id},\"text\":\"قال الوزير {n}\"}}\n"));
        if n == 2 {
            input.push_str("this is not json\n");
            input.push_str("{\"id\": 99}\n");
            input.push('\n');
        }
    }
    let (stdout, _, ok) = lamha(&["analyze", "--jsonl"], input.as_bytes());
    assert!(ok);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        ids.len() + 2,
        "one line per non-blank input line"
    );
    let answered: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|l| l.get("analysis").is_some())
        .collect();
    for (line, id) in answered.iter().zip(ids) {
        assert_eq!(
            line["id"],
            serde_json::from_str::<serde_json::Value>(id).unwrap()
        );
    }
    assert_eq!(lines[3]["id"], serde_json::Value::Null);
    assert!(lines[3]["error"].as_str().unwrap().contains("JSON"));
    assert_eq!(lines[4]["id"], 99);
    assert!(lines[4]["error"].is_string());
}

#[test]
fn jsonl_keeps_the_order_of_many_lines() {
    let input: String = (0..3000)
        .map(|n| format!("{{\"id\":{n},\"text\":\"في سوريا والعراق {n}\"}}\n"))
        .collect();
    let (stdout, _, ok) = lamha(&["analyze", "--jsonl"], input.as_bytes());
    assert!(ok);
    let ids: Vec<u64> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..3000).collect::<Vec<_>>());
}

#[test]
fn jsonl_on_empty_input_prints_nothing() {
    let (stdout, _, ok) = lamha(&["analyze", "--jsonl"], b"");
    assert!(ok);
    assert!(stdout.is_empty());
}

#[test]
fn jsonl_line_that_is_not_utf8_gets_an_error_line() {
    let (stdout, _, ok) = lamha(
        &["analyze", "--jsonl"],
        b"{\"id\":1,\"text\":\"\xff\"}\n{\"id\":2,\"text\":\"x\"}\n",
    );
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains("\"error\""));
    assert!(lines[1].starts_with("{\"id\":2,\"analysis\""));
}

/// A figure of an `eval-ner` report: field `field` of the line starting
/// with `prefix`.
fn report_figure(report: &str, prefix: &str, field: usize) -> f64 {
    let line = report
        .lines()
        .find(|line| line.trim_start().starts_with(prefix))
        .unwrap_or_else(|| panic!("no {prefix} line in {report}"));
    line.split_whitespace().nth(field).unwrap().parse().unwrap()
}

#[test]
fn eval_ner_scores_the_modern_news_sets_above_a_floor() {
    // Floors well below the measured figures: the development sets' micro
    // F1 88.4 and places 0.962, 77.7 and 0.848, 75.0 and 0.796, the held-out
    // test sets' 82.9 and 0.891, 79.6 and 0.933, 77.5 and 0.777.
    let sets = [
        ("news-dev.jsonl", "50 articles", 80.0, 0.9),
        ("news-dev2.jsonl", "36 articles", 70.0, 0.75),
        ("news-test.jsonl", "20 articles", 75.0, 0.8),
        ("news-test2.jsonl", "30 articles", 72.0, 0.85),
        ("news-dev3.jsonl", "30 articles", 65.0, 0.65),
        ("news-test3.jsonl", "30 articles", 70.0, 0.7),
    ];
    for (file, articles, micro, places) in sets {
        let set = format!("{}/eval/news/{file}", env!("CARGO_MANIFEST_DIR"));
        let (report, errors, ok) = lamha(&["eval-ner", "--gold", &set], b"");
        assert!(ok, "{errors}");
        assert!(report_figure(&report, "micro", 6) > micro, "{report}");
        assert!(report_figure(&report, "places", 6) > places, "{report}");
        assert!(report.contains(articles), "{report}");
    }
}

#[test]
fn eval_ner_resolves_the_anercorp_places_above_a_floor() {
    let set = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/eval/places/anercorp-places.jsonl"
    );
    let (report, errors, ok) = lamha(&["eval-ner", "--gold", set], b"");
    assert!(ok, "{errors}");
    // A floor well below the measured 0.963.
    assert!(report_figure(&report, "places", 6) > 0.9, "{report}");
}
