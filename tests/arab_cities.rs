//! Well-known Arab cities alone in a sentence (eval/places/arab-cities.tsv,
//! written from general knowledge): most are placed in their country
//! though nothing else in the text says which it is. The figures are
//! printed by `python3 eval/places/cities.py`; this guards a floor well
//! below them.

/// Two of the frames of `eval/places/cities.py`.
const FRAMES: [&str; 2] = ["وقتل ثلاثة في {} يوم الأحد.", "وقال محافظ {} إن الوضع مستقر."];

/// The share of the cities each frame must place (0.80 and 0.76 when this
/// was written).
const FLOOR: f64 = 0.65;

#[test]
fn most_arab_cities_alone_in_a_sentence_are_placed_in_their_country() {
    let cities: Vec<(&str, &str)> = include_str!("../eval/places/arab-cities.tsv")
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .collect();
    assert_eq!(cities.len(), 320);
    for frame in FRAMES {
        let placed = cities
            .iter()
            .filter(|(country, name)| {
                let analysis = lamha::analyze(&frame.replace("{}", name));
                (analysis.entities.iter())
                    .any(|e| e.place.as_ref().and_then(|p| p.country.as_deref()) == Some(*country))
            })
            .count();
        let share = placed as f64 / cities.len() as f64;
        assert!(share >= FLOOR, "{frame}: {placed} of {}", cities.len());
    }
}
