//! The entity stage on the sample article (committed copies of the shared
//! sample and its gold) and, where `../shared` is present, on ANERcorp's
//! development part. The floors are well below the measured figures (see
//! the entity stage's report: `lamha eval-ner`).

use std::path::Path;

use lamha::Label;
use lamha::evaluation::conll;
use lamha::evaluation::{CorpusText, GoldFile, Scores};
use lamha::text::Document;

/// The committed copies of the sample article and its gold.
fn sample() -> (String, GoldFile) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let gold: GoldFile = serde_json::from_str(&read("sample.gold.json")).unwrap();
    (read("sample.txt"), gold)
}

#[test]
fn sample_article_entities_reach_the_floor() {
    let (text, gold) = sample();
    let analysis = lamha::analyze(&text);
    let scores = Scores::against_sample(&gold.entities, &analysis.entities);
    let (precision, recall, f1) = scores.micro.scores();
    println!("{}", scores.report());
    assert!(f1 >= 80.0, "F1 {f1:.1} (P {precision:.1}, R {recall:.1})");
    for (label, counts) in &scores.per_label {
        if *label != Label::Organization {
            assert!(counts.scores().2 >= 70.0, "{label:?}: {counts:?}");
        }
    }
}

#[test]
fn entities_are_sorted_apart_and_slice_the_text() {
    let (text, _) = sample();
    let analysis = lamha::analyze(&text);
    let units: Vec<u16> = text.encode_utf16().collect();
    for pair in analysis.entities.windows(2) {
        assert!(pair[0].end <= pair[1].start, "{pair:?}");
    }
    for entity in &analysis.entities {
        let slice = String::from_utf16_lossy(&units[entity.start as usize..entity.end as usize]);
        assert_eq!(slice, entity.text);
    }
}

#[test]
fn short_forms_share_the_full_name_group() {
    // The sample's own sentence (ضد تنظيم داعش برت مكجيرك) is one where
    // the tagger may run the organisation into the person's first name:
    // grouping is tested on a plainer one.
    let analysis = lamha::analyze(
        "قال المبعوث الأمريكي لدى التحالف الدولي برت مكجيرك إن المرحلة القادمة في \
         سوريا صعبة. وأضاف مكجيرك أن القوات تقدمت نحو الرقة.",
    );
    let group_of = |name: &str| {
        analysis
            .entities
            .iter()
            .find(|e| e.text == name)
            .and_then(|e| e.group)
    };
    let full = group_of("برت مكجيرك");
    assert!(full.is_some());
    assert_eq!(group_of("مكجيرك"), full);
    let group = &analysis.groups[full.unwrap() as usize];
    assert_eq!(group.name, "برت مكجيرك");
    assert_eq!(group.label, Label::Person);
    assert!(group.mentions >= 2);
}

#[test]
fn titles_and_clitics_stay_out_of_spans() {
    let analysis = lamha::analyze("قال الجنرال جوزيف دنفورد إن القوات انسحبت من سوريا والعراق.");
    let texts: Vec<(&str, Label)> = analysis
        .entities
        .iter()
        .map(|e| (e.text.as_str(), e.label))
        .collect();
    assert!(
        texts.contains(&("جوزيف دنفورد", Label::Person)),
        "{texts:?}"
    );
    assert!(texts.contains(&("العراق", Label::Location)), "{texts:?}");
}

#[test]
fn names_joined_by_wa_are_two_names() {
    let labelled = |text: &str, label: Label| -> Vec<String> {
        lamha::analyze(text)
            .entities
            .into_iter()
            .filter(|e| e.label == label)
            .map(|e| e.text)
            .collect()
    };
    assert_eq!(
        labelled("وقال الحارس كاسياس وراموس إن الفريق سيفوز.", Label::Person),
        ["كاسياس", "راموس"]
    );
    // A second organisation opens with its head noun; the first's own و
    // (الاقتصاد والتجارة) joins no two names.
    assert_eq!(
        labelled(
            "في نيويورك بين المنظمة الدولية والاتحاد الافريقي .",
            Label::Organization
        ),
        ["المنظمة الدولية", "الاتحاد الافريقي"]
    );
}

#[test]
fn any_text_is_analysed_without_panic() {
    for text in [
        "",
        "و",
        "،،، \"\" «»",
        "الأربعاء، 25",
        "25 أكتوبر",
        "\u{064E}ب 😀 برت مكجيرك مكجيرك",
        "للعراق لل ل ب",
        "كانون",
    ] {
        let analysis = lamha::analyze(text);
        assert!(analysis.entities.iter().all(|e| e.start < e.end));
    }
}

/// ANERcorp's development part, when the shared data is beside the project.
#[test]
fn development_part_reaches_the_floor() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ner/anercorp-train.conll");
    if !path.exists() {
        println!("skipped: {} is not here", path.display());
        return;
    }
    let sentences = conll::read(&path).unwrap();
    let dev = conll::split_dev(sentences).1;
    let text = CorpusText::new(&dev);
    let document = Document::new(&text.text);
    let findings = lamha::find(&document);
    let found = text.found(findings.entities.iter().map(|e| (e.span.clone(), e.label)));
    let scores = Scores::compare(&text.gold(), &found);
    println!("{}", scores.report());
    assert!(scores.micro.scores().2 >= 65.0);
}

mod never_panics {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn arabic_like_text(text in "[\u{0600}-\u{06FF} ،.\"«»0-9:\n]{0,80}") {
            let analysis = lamha::analyze(&text);
            for pair in analysis.entities.windows(2) {
                prop_assert!(pair[0].end <= pair[1].start);
            }
        }
    }
}

#[test]
fn hand_listed_organisations_of_modern_news_are_found() {
    // Names the licensed corpora never tag (data/names/extra.tsv).
    let analysis = lamha::analyze(
        "وأعلنت قوات الدعم السريع أن جماعة أنصار الله هاجمت سفينة تابعة لشركة أرامكو السعودية، وقال الحوثيين إن عراقيين كانوا على متنها.",
    );
    let organisations: Vec<&str> = analysis
        .entities
        .iter()
        .filter(|e| e.label == Label::Organization)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        organisations,
        [
            "قوات الدعم السريع",
            "جماعة أنصار الله",
            "أرامكو السعودية",
            "الحوثيين"
        ]
    );
}
