//! The sample article (tests/data/sample.txt, a copy of the shared sample
//! with its gold annotations): every gold place is found and resolved to the
//! right country and kind.

use serde_json::Value;

#[test]
fn every_gold_place_of_the_sample_is_found_and_resolved() {
    let text = include_str!("data/sample.txt");
    let gold: Value = serde_json::from_str(include_str!("data/sample.gold.json")).unwrap();
    let analysis = lamha::analyze(text);
    let gold_places: Vec<&Value> = gold["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["label"] == "LOC")
        .collect();
    assert_eq!(gold_places.len(), 33);
    let mut wrong = Vec::new();
    for expected in &gold_places {
        let found = analysis.entities.iter().find(|e| {
            u64::from(e.start) == expected["start"].as_u64().unwrap()
                && u64::from(e.end) == expected["end"].as_u64().unwrap()
        });
        let place = found.and_then(|e| e.place.as_ref());
        let right = place.is_some_and(|place| {
            let kind = serde_json::to_value(place.kind).unwrap();
            kind == expected["place"]["kind"]
                && place.country.as_deref() == expected["place"]["country"].as_str()
        });
        if !right {
            wrong.push(format!("{} -> {place:?}", expected["text"]));
        }
    }
    assert!(wrong.is_empty(), "places not found or wrong: {wrong:#?}");
}

/// The English name of the place each entity of `text` resolves to.
fn places(text: &str) -> Vec<(String, Option<String>)> {
    lamha::analyze(text)
        .entities
        .into_iter()
        .map(|entity| (entity.text, entity.place.map(|place| place.name)))
        .collect()
}

#[test]
fn a_capital_that_shares_a_countrys_name_is_decided_by_the_other_places() {
    let jordan = places("وصل الملك إلى عمان قادما من الأردن.");
    assert!(
        jordan.contains(&("عمان".to_string(), Some("Amman".to_string()))),
        "{jordan:?}"
    );
    let alone = places("وصل الوفد إلى عمان اليوم.");
    assert_eq!(alone, [("عمان".to_string(), Some("Oman".to_string()))]);
    let oman = places("زار الوزير سلطنة عمان ثم عمان.");
    assert!(
        oman.iter()
            .all(|(_, place)| place.as_deref() == Some("Oman")),
        "{oman:?}"
    );
}

#[test]
fn barcelona_is_the_spanish_city() {
    let found = places("سافر الفريق إلى برشلونة أمس.");
    assert_eq!(
        found,
        [("برشلونة".to_string(), Some("Barcelona".to_string()))]
    );
    let country = lamha::analyze("سافر الفريق إلى برشلونة أمس.").entities[0]
        .place
        .as_ref()
        .and_then(|place| place.country.clone());
    assert_eq!(country.as_deref(), Some("ES"));
}
