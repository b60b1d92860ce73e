//! The gazetteer's tests: the matcher on a small table, and the embedded
//! table.

use super::*;
use crate::tables::gazetteer::skeleton;
use crate::text::Document;

const TABLE: &str = "c\tSY\t35\t38\t14\tSyria\tسوريا|سوريه\n\
    s\tES\t41.76\t-2.46\t9\tSoria\tسوريا\n\
    t\tIQ\t36.34\t43.12\t12\tMosul\tالموصل\n\
    t\tSY\t35.95\t39.01\t11\tRaqqa\tالرقه\n\
    t\tKW\t29.15\t48.09\t9\tAr Riqqah\tالرقه\n\
    t\tKW\t29.15\t48.09\t9\tMadinat\t*المدينه\n\
    r\t\t40\t70\t16\tCentral Asia\tوسط اسيا\n\
    c\tLB\t33.83\t35.83\t13\tLebanon\tلبنان\n\
    c\tUS\t38\t-97\t17\tUnited States\tالولايات المتحده|الولايات المتحده الامريكيه\n\
    c\tTH\t15\t100\t16\tThailand\tتايلاند\n\
    t\tSA\t21.42\t39.83\t12\tMecca\tمكه\n\
    bad line\n";

fn gazetteer() -> Gazetteer {
    Gazetteer::from_tsv(TABLE)
}

fn keys(text: &str) -> Vec<(String, String)> {
    let document = Document::new(text);
    gazetteer()
        .matches(&document)
        .into_iter()
        .map(|m| (document.slice(m.span.clone()).to_string(), m.key))
        .collect()
}

#[test]
fn countries_win_then_population_then_context() {
    let g = gazetteer();
    let (syria, _) = g.lookup("سوريا").unwrap();
    assert_eq!(g.entry(g.best(syria, &[]).unwrap()).name, "Syria");
    let (raqqa, _) = g.lookup("الرقه").unwrap();
    assert_eq!(g.entry(g.best(raqqa, &[]).unwrap()).name, "Raqqa");
    assert_eq!(g.entry(g.best(raqqa, &["KW"]).unwrap()).name, "Ar Riqqah");
    assert_eq!(g.best(&[], &[]), None);
}

#[test]
fn matches_through_clitics_and_multiword_names() {
    assert_eq!(
        keys("من سوريا وبالموصل، والولايات المتحدة الأمريكية."),
        vec![
            ("سوريا".to_string(), "سوريا".to_string()),
            ("الموصل".to_string(), "الموصل".to_string()),
            (
                "الولايات المتحدة الأمريكية".to_string(),
                "الولايات المتحده الامريكيه".to_string()
            ),
        ]
    );
}

#[test]
fn directions_make_regions() {
    let text = "في شرق ووسط آسيا وجنوب لبنان";
    let document = Document::new(text);
    let g = gazetteer();
    let found = g.matches(&document);
    assert_eq!(found.len(), 2);
    assert_eq!(document.slice(found[0].span.clone()), "شرق ووسط آسيا");
    assert_eq!(found[0].kind, PlaceKind::Region);
    assert_eq!(g.place(&found[0], &[]).name, "East and Central Asia");
    assert_eq!(document.slice(found[1].span.clone()), "جنوب لبنان");
    let south_lebanon = g.place(&found[1], &[]);
    assert_eq!(south_lebanon.kind, PlaceKind::Region);
    assert_eq!(south_lebanon.country.as_deref(), Some("LB"));
}

#[test]
fn other_spellings_match_fuzzily_one_word_at_a_time() {
    assert_eq!(skeleton("هونغ كونغ"), skeleton("هونجكونج"));
    // Each word keeps its first letter and loses a final ه.
    assert_eq!(skeleton("ابو ظبي"), "ابظب");
    assert_eq!(skeleton("مدينه غزه"), "مدنجز");
    assert_eq!(skeleton("هه و"), "هو");
    assert_eq!(skeleton("تايلاند"), skeleton("تايلند"));
    let document = Document::new("وصل إلى تايلند، ثم الى روسيا");
    let found = gazetteer().matches(&document);
    assert_eq!(found.len(), 1);
    assert_eq!(document.slice(found[0].span.clone()), "تايلند");
    assert!(found[0].fuzzy);
}

#[test]
fn a_clitic_the_splitter_kept_is_stripped_for_a_name() {
    let document = Document::new("وصل بمكة");
    let found = gazetteer().matches(&document);
    assert_eq!(document.slice(found[0].span.clone()), "مكة");
    assert!(!found[0].fuzzy);
}

#[test]
fn doubtful_names_are_marked() {
    let document = Document::new("في المدينة");
    let found = gazetteer().matches(&document);
    assert!(found[0].doubtful);
}

#[test]
fn embedded_table_is_well_formed() {
    let g = Gazetteer::embedded();
    let source = include_str!("../../../data/gazetteer.tsv");
    assert_eq!(g.len(), source.lines().count(), "every line is a place");
    for index in 0..g.len() as u32 {
        let entry = g.entry(index);
        assert!(!entry.name.is_empty());
        assert!((-90.0..=90.0).contains(&entry.lat), "{entry:?}");
        assert!((-180.0..=180.0).contains(&entry.lon), "{entry:?}");
        if let Some(country) = entry.country {
            assert!(
                country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
                "{entry:?}"
            );
        }
    }
    for line in source.lines() {
        let names = line.rsplit('\t').next().unwrap_or_default();
        for key in names.split('|').map(|name| name.trim_start_matches('*')) {
            assert_eq!(key, name_key(key), "names are stored normalised");
            assert!(g.lookup(key).is_some(), "{key} is indexed");
        }
    }
}

#[test]
fn news_spellings_fold_alike() {
    let g = Gazetteer::embedded();
    let place = |text: &str| {
        let document = Document::new(text);
        let found = g.matches(&document);
        assert_eq!(found.len(), 1, "{text}");
        let place = g.place(&found[0], &[]);
        (place.name, place.country)
    };
    let us = ("United States".to_string(), Some("US".to_string()));
    assert_eq!(place("الولايات المتحدة الأمريكية"), us);
    assert_eq!(place("الولايات المتحدة الأميركية"), us);
    assert_eq!(place("وأميركا"), us);
    assert_eq!(place("إفريقيا").0, "Africa");
    assert_eq!(place("أفريقيا").0, "Africa");
    assert_eq!(place("سورية").1.as_deref(), Some("SY"));
    assert_eq!(place("فيرجينيا").1.as_deref(), Some("US"));
}

#[test]
fn embedded_table_parses() {
    let g = Gazetteer::embedded();
    assert!(g.len() > 5000);
    let (syria, _) = g.lookup(&name_key("سوريا")).unwrap();
    assert_eq!(g.entry(g.best(syria, &[]).unwrap()).country, Some("SY"));
}

#[test]
fn no_common_word_is_a_translated_name_abroad() {
    // dr5hn gives such translations (Semily شبه, Vale وادي, Centre مركز):
    // inside a tagger's place (شبه القارة الهندية، وادي خنسا) they put it
    // in that country.
    let g = Gazetteer::embedded();
    let translations = [
        ("شبه", "Semily"),
        ("وادي", "Vale"),
        ("مركز", "Centre"),
        ("حمام", "Bath"),
        ("قبه", "Dome"),
        ("جزيره", "Insular"),
        ("الحي", "The Quarter"),
        ("يجب ان يكون", "Mustvee"),
    ];
    for (word, translated) in translations {
        let (candidates, _) = g.lookup(word).unwrap_or_default();
        assert!(
            candidates
                .iter()
                .all(|&index| g.entry(index).name != translated),
            "{word}"
        );
    }
}
