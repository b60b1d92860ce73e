//! The quotes of the sample article (tests/data/sample.txt, an exact copy
//! of the shared sample, with its gold annotations in sample.gold.json).
//!
//! Every required gold quote must be found with its kind and a speaker
//! among the gold's accepted forms, and the scare-quoted terms ("فرجينيا",
//! "جنود الخلافة", "الصليبيين") must not be taken as quotes. These hold on
//! the quote stage's own noun-phrase fallback and must keep holding once the
//! NER stage feeds it entities (`lamha::analyze` runs the whole pipeline).

use serde_json::Value;

const TEXT: &str = include_str!("data/sample.txt");
const GOLD: &str = include_str!("data/sample.gold.json");

fn span(value: &Value) -> (u32, u32) {
    let at = |key: &str| value[key].as_u64().unwrap_or_default() as u32;
    (at("start"), at("end"))
}

fn overlaps(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn gold() -> Value {
    serde_json::from_str(GOLD).expect("the gold file is JSON")
}

#[test]
fn every_required_quote_with_its_kind_and_speaker() {
    let analysis = lamha::analyze(TEXT);
    let gold = gold();
    let required = gold["quotes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|quote| !quote["optional"].as_bool().unwrap_or(false));
    let mut checked = 0;
    for expected in required {
        let content = span(&expected["content"]);
        let found = analysis
            .quotes
            .iter()
            .find(|quote| overlaps((quote.content.start, quote.content.end), content));
        let Some(found) = found else {
            panic!("missed: {}", expected["content"]["text"]);
        };
        let kind = serde_json::to_value(found.kind).unwrap_or_default();
        assert_eq!(kind, expected["kind"], "{}", found.content.text);
        let speaker = found.speaker.as_ref().map(|s| s.text.as_str());
        let accepted: Vec<&str> = expected["speaker"]["accept"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        assert!(
            speaker.is_some_and(|speaker| accepted.contains(&speaker)),
            "speaker {speaker:?} of {:?}, want one of {accepted:?}",
            found.content.text
        );
        checked += 1;
    }
    assert_eq!(checked, 10);
}

#[test]
fn scare_quoted_terms_are_not_quotes() {
    let analysis = lamha::analyze(TEXT);
    let gold = gold();
    let not_quotes: Vec<(u32, u32)> = gold["not_quotes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(span)
        .collect();
    assert_eq!(not_quotes.len(), 3);
    for quote in &analysis.quotes {
        let content = (quote.content.start, quote.content.end);
        assert!(
            !not_quotes.iter().any(|&term| overlaps(content, term)),
            "a scare-quoted term taken as a quote: {}",
            quote.content.text
        );
    }
}

#[test]
fn quotes_are_in_text_order() {
    let analysis = lamha::analyze(TEXT);
    assert!(
        analysis
            .quotes
            .windows(2)
            .all(|pair| pair[0].content.start <= pair[1].content.start)
    );
}
