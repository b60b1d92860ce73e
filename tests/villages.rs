//! The embedded villages (`data/villages.tsv`, GeoNames' smaller places)
//! through the whole pipeline: they place a village the tagger found when
//! nothing else does, and only in a country the article leads with.

/// The countries of the places named `name` in the analysis of `text`.
fn countries_of(text: &str, name: &str) -> Vec<Option<String>> {
    let analysis = lamha::analyze(text);
    (analysis.entities.iter())
        .filter(|entity| entity.text == name)
        .map(|entity| entity.place.as_ref().and_then(|p| p.country.clone()))
        .collect()
}

#[test]
fn a_village_alone_in_a_text_is_placed_in_its_country() {
    // Hasroun, a Lebanese village, in a text that names no country.
    assert_eq!(
        countries_of("اندلع حريق كبير في بلدة حصرون مساء أمس", "حصرون"),
        [Some("LB".to_string())]
    );
}

#[test]
fn a_village_of_a_country_the_story_does_not_lead_with_stays_unplaced() {
    let found = countries_of(
        "زار الوزير القاهرة والإسكندرية وأسوان ثم توجه إلى حصرون",
        "حصرون",
    );
    assert!(
        !found.contains(&Some("LB".to_string())),
        "a story of Egypt: {found:?}"
    );
}
