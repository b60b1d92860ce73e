//! Tricky cases of the quote stage, on the quote stage alone (no entities
//! unless a test gives them).

use super::*;
use crate::analysis::Label;
use crate::findings::{FoundEntity, FoundSpeaker};

/// A quote as texts: kind, content and speaker.
#[derive(Debug, PartialEq)]
struct Seen {
    kind: QuoteKind,
    content: String,
    speaker: Option<String>,
}

fn quotes_with(text: &str, mut findings: Findings) -> Vec<Seen> {
    let document = Document::new(text);
    find(&document, &mut findings);
    findings
        .quotes
        .iter()
        .map(|quote| Seen {
            kind: quote.kind,
            content: text[quote.content.clone()].to_string(),
            speaker: quote
                .speaker
                .as_ref()
                .map(|speaker| text[speaker.span.clone()].to_string()),
        })
        .collect()
}

fn quotes(text: &str) -> Vec<Seen> {
    quotes_with(text, Findings::default())
}

fn seen(kind: QuoteKind, content: &str, speaker: &str) -> Seen {
    Seen {
        kind,
        content: content.to_string(),
        speaker: Some(speaker.to_string()),
    }
}

#[test]
fn multi_paragraph_quote_reopened_in_each_paragraph() {
    let found = quotes("وقال الوزير: «لن نتراجع.\n\n«سنواصل العمل.\n\n«والنصر قريب.» ثم غادر.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, QuoteKind::Direct);
    assert!(found[0].content.starts_with("لن نتراجع."));
    assert!(found[0].content.ends_with("والنصر قريب"));
    assert_eq!(found[0].speaker.as_deref(), Some("الوزير"));
}

#[test]
fn multi_paragraph_quote_closed_only_at_the_end() {
    let found = quotes("وقال الوزير: \"لن نتراجع عن قرارنا.\n\nوسنواصل العمل حتى النهاية\".");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].content.contains("\n\nوسنواصل العمل حتى النهاية"));
}

#[test]
fn missing_closer_ends_with_its_paragraph() {
    let found = quotes(
        "وقال الوزير: \"لن نتراجع عن قرارنا أبدا\n\nوفي سياق آخر، دعا \"حزب الأمة\" إلى الحوار.",
    );
    assert_eq!(
        found,
        [seen(
            QuoteKind::Direct,
            "لن نتراجع عن قرارنا أبدا",
            "الوزير"
        )]
    );
}

#[test]
fn reversed_guillemets() {
    let found = quotes("وقال المتحدث » إننا لن نقبل بهذا الاتفاق « .");
    assert_eq!(
        found,
        [seen(QuoteKind::Direct, "لن نقبل بهذا الاتفاق", "المتحدث")]
    );
}

#[test]
fn colon_after_a_speaker_named_before_the_verb() {
    let found = quotes(
        "وتضمن الإصدار متحدثا يدعى أبو محمد الشامي، قال فيه: \"نحن باقون في أرضنا ولن نرحل عنها\".",
    );
    assert_eq!(
        found,
        [seen(
            QuoteKind::Direct,
            "نحن باقون في أرضنا ولن نرحل عنها",
            "أبو محمد الشامي"
        )]
    );
}

#[test]
fn speaker_after_the_closer() {
    let found = quotes("\"سنواصل العمل حتى النهاية\"، قال الوزير أحمد سعيد.");
    assert_eq!(
        found,
        [seen(
            QuoteKind::Direct,
            "سنواصل العمل حتى النهاية",
            "أحمد سعيد"
        )]
    );
}

#[test]
fn scare_quotes_are_not_quotes() {
    let text = "ودعا التنظيم من أسماهم \"جنود الخلافة\" إلى الهجرة، واجتمع القادة في \"فرجينيا\" ومهاجمة «الصليبيين».";
    assert_eq!(quotes(text), []);
}

#[test]
fn a_quoted_word_is_a_description() {
    assert_eq!(quotes("ووصف الوزير الاتفاق بأنه \"تاريخي\"."), []);
}

#[test]
fn quoted_name_between_cue_and_complementiser() {
    let found = quotes("وقال السفير لشبكة \" سي ان ان \" إن المحادثات ستستأنف الشهر المقبل .");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, QuoteKind::Reported);
    assert_eq!(found[0].content, "المحادثات ستستأنف الشهر المقبل");
}

#[test]
fn reported_speech_with_continuing_speaker_and_participle() {
    let found = quotes(
        "وأكد المبعوث الأمريكي برت مكجيرك أن المرحلة القادمة ستكون معقدة.\n\
         وأضاف أن جهود التحالف مستمرة، مشيرًا إلى أن ذلك لم يعد ممكنًا الآن.",
    );
    assert_eq!(
        found,
        [
            seen(
                QuoteKind::Reported,
                "المرحلة القادمة ستكون معقدة",
                "برت مكجيرك"
            ),
            seen(QuoteKind::Reported, "جهود التحالف مستمرة", "برت مكجيرك"),
            seen(QuoteKind::Reported, "ذلك لم يعد ممكنًا الآن", "برت مكجيرك"),
        ]
    );
}

#[test]
fn back_reference_points_at_the_named_speaker() {
    let text = "قال الوزير خالد يوسف إن الاجتماع انتهى. وأشار المتحدث إلى أن الاتفاق قريب.";
    let document = Document::new(text);
    let mut findings = Findings::default();
    find(&document, &mut findings);
    assert_eq!(findings.quotes.len(), 2);
    let first = findings.quotes[0].speaker.clone();
    assert_eq!(findings.quotes[1].speaker, first);
    assert_eq!(
        &text[first.map(|s| s.span).unwrap_or_default()],
        "خالد يوسف"
    );
}

#[test]
fn back_reference_repeating_an_unnamed_role() {
    let text = "وقال دبلوماسي غربي إن المحادثات ستستأنف. وقال الوزير سامي حداد إن الموقف واضح. وأوضح الدبلوماسي أن الوقت يضيق.";
    let found = quotes(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[2].speaker.as_deref(), Some("دبلوماسي غربي"));
}

#[test]
fn fronted_organisation_and_vague_sources() {
    assert_eq!(
        quotes("التحالف الدولي أكد أن الحرب على التنظيم مستمرة."),
        [seen(
            QuoteKind::Reported,
            "الحرب على التنظيم مستمرة",
            "التحالف الدولي"
        )]
    );
    assert_eq!(
        quotes("وقالت مصادر مطلعة إن الاجتماع تأجل إلى الأسبوع المقبل."),
        [seen(
            QuoteKind::Reported,
            "الاجتماع تأجل إلى الأسبوع المقبل",
            "مصادر مطلعة"
        )]
    );
}

#[test]
fn quoted_clauses_after_complementisers() {
    let found = quotes(
        "وقال الرئيس إنه \" لن نتراجع عن حقوقنا \" , وإنه \" سنواصل الطريق حتى النهاية \" .",
    );
    assert_eq!(
        found,
        [
            seen(QuoteKind::Direct, "لن نتراجع عن حقوقنا", "الرئيس"),
            seen(QuoteKind::Direct, "سنواصل الطريق حتى النهاية", "الرئيس"),
        ]
    );
    // Marks around part of the clause leave it reported, marks and all.
    let found = quotes("وقال الوزير إن المغرب يعد \" وجهة مفضلة \" للمستثمرين الأجانب .");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, QuoteKind::Reported);
    assert_eq!(
        found[0].content,
        "المغرب يعد \" وجهة مفضلة \" للمستثمرين الأجانب"
    );
}

#[test]
fn name_set_between_commas_after_a_title() {
    assert_eq!(
        quotes(
            "وقال المتحدث باسم وزارة الخارجية الأمريكية، نيد برايس، في مؤتمر صحفي: \"لن نسمح بذلك أبدًا\"."
        ),
        [seen(QuoteKind::Direct, "لن نسمح بذلك أبدًا", "نيد برايس")]
    );
}

#[test]
fn name_after_a_title_and_its_post() {
    assert_eq!(
        quotes("وقال السفير الأميركي في الأمم المتحدة جون بولتون إن القرار جاهز."),
        [seen(QuoteKind::Reported, "القرار جاهز", "جون بولتون")]
    );
    assert_eq!(
        quotes("وقال الوزير في بيان إن القرار جاهز."),
        [seen(QuoteKind::Reported, "القرار جاهز", "الوزير")]
    );
}

#[test]
fn statements_speak_for_their_authors() {
    assert_eq!(
        quotes("وذكر بلاغ لوزارة الطاقة والمعادن أن الأسعار ستبقى ثابتة."),
        [seen(
            QuoteKind::Reported,
            "الأسعار ستبقى ثابتة",
            "بلاغ لوزارة الطاقة والمعادن"
        )]
    );
}

#[test]
fn speaker_before_a_relative_pronoun() {
    assert_eq!(
        quotes(
            "وجاء ذلك قبل لقاء أولمرت مع وزيرة الخارجية كوندوليزا رايس التي قالت إن الوقت قد حان."
        ),
        [seen(QuoteKind::Reported, "الوقت قد حان", "كوندوليزا رايس")]
    );
}

#[test]
fn verbal_nouns_are_not_cues() {
    let found = quotes("وأوضح المسؤول الكبير، طالبا عدم كشف هويته، أنه لا يعلم موعد القرار.");
    assert_eq!(
        found,
        [seen(
            QuoteKind::Reported,
            "لا يعلم موعد القرار",
            "المسؤول الكبير"
        )]
    );
}

#[test]
fn source_phrase_before_the_claim() {
    assert_eq!(
        quotes("وبحسب ما نقلته وكالة رويترز عن مصادر دبلوماسية، فإن الاتفاق بات وشيكا."),
        [seen(
            QuoteKind::Reported,
            "الاتفاق بات وشيكا",
            "وكالة رويترز"
        )]
    );
}

#[test]
fn source_phrase_after_the_claim() {
    assert_eq!(
        quotes("ووقع الانفجار قرب مبنى السفارة، بحسب مصادر أمنية."),
        [seen(
            QuoteKind::Reported,
            "ووقع الانفجار قرب مبنى السفارة",
            "مصادر أمنية"
        )]
    );
}

#[test]
fn writers_notes_and_clauses_of_time_are_not_speech() {
    assert_eq!(quotes("يذكر أن الاجتماع عقد أمس في القاهرة."), []);
    assert_eq!(
        quotes("وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة.")
            .iter()
            .map(|quote| quote.content.as_str())
            .collect::<Vec<_>>(),
        ["المحادثات كانت مثمرة"]
    );
}

#[test]
fn entities_are_preferred_for_speakers() {
    let text = "وقال رئيس الأركان الجنرال جوزيف دنفورد إن القوات ستبقى.";
    let name = text.find("جوزيف دنفورد").unwrap_or_default();
    let findings = Findings {
        entities: vec![FoundEntity {
            span: name..name + "جوزيف دنفورد".len(),
            label: Label::Person,
            place: None,
            group: Some(0),
        }],
        ..Findings::default()
    };
    let document = Document::new(text);
    let mut findings = findings;
    find(&document, &mut findings);
    let speaker = findings.quotes[0].speaker.clone();
    assert_eq!(
        speaker,
        Some(FoundSpeaker {
            span: name..name + "جوزيف دنفورد".len(),
            group: Some(0)
        })
    );
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        "\"",
        "«",
        "قال",
        "قال إن",
        "قال :",
        "قال: «",
        "« » \" \" (( ))",
        "مشيرا إلى",
        "بحسب",
        "\"نص طويل بما يكفي هنا\"، قال",
        "وقال\n\n\"",
    ] {
        let _ = quotes(text);
    }
}

proptest::proptest! {
    /// Any mix of cues, marks, punctuation and line breaks gives quotes
    /// whose spans lie in the text, on character boundaries, in order.
    #[test]
    fn random_mixes_give_well_formed_quotes(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "قال", "وقالت", "إن", "أن", "مشيرًا", "إلى", "قائلًا", "بحسب", "الوزير",
                "التحالف", "يدعى", "التي", "«", "»", "\"", "“", "”", "(", ")", ":", "،",
                ".", "\n", "\n\n", "كما", "على", "حد", "قوله", "مصادر", "ﻻ", "\u{064B}",
            ]),
            0..40,
        ),
        glue in proptest::collection::vec(proptest::bool::ANY, 40),
    ) {
        let mut text = String::new();
        for (word, glued) in words.iter().zip(&glue) {
            if !glued {
                text.push(' ');
            }
            text.push_str(word);
        }
        let document = Document::new(&text);
        let mut findings = Findings::default();
        find(&document, &mut findings);
        let mut previous = 0;
        for quote in &findings.quotes {
            let spans = std::iter::once(&quote.content)
                .chain(&quote.cue)
                .chain(quote.speaker.as_ref().map(|speaker| &speaker.span));
            for span in spans {
                proptest::prop_assert!(span.start < span.end && span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(span.start));
                proptest::prop_assert!(text.is_char_boundary(span.end));
            }
            proptest::prop_assert!(quote.content.start >= previous);
            previous = quote.content.start;
        }
    }
}

#[test]
fn quoting_verbs_introduce_marked_words_only() {
    let found =
        quotes("قال المدرب إن الفريق جاهز.\n\nوزاد: \"لن نخسر المباراة المقبلة أمام المنافس\".");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].kind, QuoteKind::Direct);
    assert_eq!(found[1].content, "لن نخسر المباراة المقبلة أمام المنافس");
    // With أن, زاد is "rose": no words are reported.
    let found = quotes("زادت المياه بالأمس بنحو 18 سنتيمترا، إلا أن البحيرة ما زالت قابلة للمزيد.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn wafq_and_hasabama_open_a_sourced_claim() {
    let found = quotes("ووفق مصادر مطلعة، فقد بلغ عدد القتلى عشرة في المدينة.");
    assert_eq!(
        found,
        [seen(
            QuoteKind::Reported,
            "بلغ عدد القتلى عشرة في المدينة",
            "مصادر مطلعة"
        )]
    );
    let found = quotes("وحسبما صرح الوزير، فقد تم تسجيل وفاة جميع الضحايا في المدينة.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker.as_deref(), Some("الوزير"));
    // وفق a rule names no source.
    let found = quotes("وتجري المحاكمة وفق الاتفاقات بين الطرفين منذ سنوات.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_short_quote_after_a_cue_and_a_colon_is_speech() {
    let found = quotes("وقال الرئيس للمتظاهرين: \"لستم وحدكم\".");
    assert_eq!(found, [seen(QuoteKind::Direct, "لستم وحدكم", "الرئيس")]);
    // Without the colon, two words in marks inside the sentence are a term.
    let found = quotes("وقال الرئيس للمتظاهرين \"لستم وحدكم\" ثم غادر.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_presidents_title_with_his_country_stands_for_him() {
    // الرئيس is a rank before a name and a title on its own.
    let text = "استقبل الرئيس الجزائري عبد المجيد تبون وفدا أمريكيا.\n\nوقال الرئيس الجزائري إن بلاده ترحب بالتعاون.";
    let analysis = crate::analyze(text);
    let speakers: Vec<_> = analysis
        .quotes
        .iter()
        .filter_map(|quote| Some(quote.speaker.as_ref()?.text.as_str()))
        .collect();
    assert_eq!(speakers, ["عبد المجيد تبون"]);
}

#[test]
fn quoted_words_ending_a_reported_clause_lose_both_marks() {
    let contents: Vec<String> = quotes(
        "وقال الوزير إن «الحكومة ستواصل دعم «المشاريع» الصغيرة». وأضاف أن الوضع يتحسن، مشيرا إلى أن \"الوضع مستقر\".",
    )
    .into_iter()
    .map(|quote| quote.content)
    .collect();
    assert_eq!(
        contents,
        [
            "الحكومة ستواصل دعم «المشاريع» الصغيرة",
            "الوضع يتحسن",
            "الوضع مستقر"
        ]
    );
}

#[test]
fn an_organisations_seat_after_it_with_its_preposition_is_part_of_the_speaker() {
    let text = "وقالت وزارة الصحة بقطاع غزة إن 14 شهيدا وصلوا إلى المستشفيات.";
    let span = |part: &str| {
        let start = text.find(part).unwrap();
        start..start + part.len()
    };
    let findings = Findings {
        entities: vec![
            FoundEntity {
                span: span("وزارة الصحة"),
                label: Label::Organization,
                place: None,
                group: None,
            },
            FoundEntity {
                span: span("غزة"),
                label: Label::Location,
                place: None,
                group: None,
            },
        ],
        ..Findings::default()
    };
    let found = quotes_with(text, findings);
    assert_eq!(
        found[0].speaker.as_deref(),
        Some("وزارة الصحة بقطاع غزة"),
        "{found:?}"
    );
}

/// The speaker of each quote of `text`.
fn speakers(text: &str) -> Vec<Option<String>> {
    quotes(text)
        .into_iter()
        .map(|quote| quote.speaker)
        .collect()
}

/// The speaker of each quote of `text`, with the NER stage's `entities`
/// given in text order, each as its words and label: it is their first
/// place in `text` after the entity before it.
fn speakers_with(text: &str, entities: &[(&str, Label)]) -> Vec<Option<String>> {
    let mut searched_to = 0;
    let entities = entities
        .iter()
        .map(|&(name, label)| {
            let start = text[searched_to..]
                .find(name)
                .map_or(searched_to, |found| searched_to + found);
            searched_to = start + name.len();
            FoundEntity {
                span: start..start + name.len(),
                label,
                place: None,
                group: None,
            }
        })
        .collect();
    let findings = Findings {
        entities,
        ..Findings::default()
    };
    quotes_with(text, findings)
        .into_iter()
        .map(|quote| quote.speaker)
        .collect()
}

/// The speaker of `text`'s first quote, with the NER stage's `entities`
/// as [`speakers_with`] takes them.
fn first_speaker_with(text: &str, entities: &[(&str, Label)]) -> Option<String> {
    speakers_with(text, entities).into_iter().next()?
}

#[test]
fn the_speaker_is_past_the_verbs_object_pronoun_and_before_quoting_or_a_day() {
    let found = speakers(
        "وقتل 22 شخصا بحسب ما أفادت به مصادر رسمية أن الهجوم وقع ليلا. وقالت وسائل إعلام إيرانية نقلا عن مسؤولين إن القتلى بينهم شرطي.",
    );
    assert_eq!(
        found,
        [
            Some("مصادر رسمية".into()),
            Some("وسائل إعلام إيرانية".into())
        ]
    );
}

#[test]
fn a_subject_between_kana_and_qad_and_a_waw_set_apart_continuing() {
    assert_one_speaker_twice(
        "وكان عميد بلدية سوسة قد أكد أن الطرق جرفت بالكامل. و أضاف أن معظم المناطق بلا كهرباء.",
        "عميد بلدية سوسة",
    );
}

#[test]
fn an_office_with_the_place_it_holds_its_post_in_and_sources_of_two_kinds() {
    let text = "وأضاف المدعي العام في سينالوا أن عشرة أشخاص أصيبوا بالرصاص.";
    let place = text.find("سينالوا").unwrap_or_default();
    let findings = Findings {
        entities: vec![FoundEntity {
            span: place..place + "سينالوا".len(),
            label: Label::Location,
            place: Some(crate::analysis::Place {
                name: "Sinaloa".into(),
                kind: crate::analysis::PlaceKind::State,
                country: Some("MX".into()),
                lat: None,
                lon: None,
            }),
            group: None,
        }],
        ..Findings::default()
    };
    let found: Vec<_> = quotes_with(text, findings)
        .into_iter()
        .map(|quote| quote.speaker)
        .collect();
    assert_eq!(found, [Some("المدعي العام في سينالوا".into())]);
    // Where he said it is no part of him.
    assert_eq!(
        speakers("وقال الوزير في بيان إن القوات ستبقى في مواقعها."),
        [Some("الوزير".into())]
    );
    // Two adjectives of one source, and a day after it closing the
    // sentence: the claim is the clause before.
    let found = quotes(
        "قتل 34 شخصا في هجومين شنهما مسلحون في شمال البلاد، بحسب ما أفادت به مصادر رسمية وأمنية، الإثنين.",
    );
    assert_eq!(
        found,
        [seen(
            QuoteKind::Reported,
            "قتل 34 شخصا في هجومين شنهما مسلحون في شمال البلاد",
            "مصادر رسمية وأمنية"
        )]
    );
}

#[test]
fn the_important_thing_is_no_speaker() {
    let found = speakers(
        "وقال المزارع عبدالله الهاجري إن الأرض جيدة هذا العام. وقال المهم: \"أن يزور الناس الوفرة النائية كل عام\".",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], found[1]);
    assert_ne!(found[1].as_deref(), Some("المهم"));
}

#[test]
fn an_unnamed_sources_whereabouts_run_on_through_a_seat_with_b() {
    assert_eq!(
        speakers("وأفادت مصادر في بلدة امبود بولاية كوركل أن المنقبين عثروا على الذهب."),
        [Some("مصادر في بلدة امبود بولاية كوركل".into())]
    );
}

#[test]
fn a_place_after_a_title_is_its_object_not_its_holders_name() {
    let text = "دان الأمين العام للأمم المتحدة استخدام إسرائيل للقنابل العنقودية ، مؤكدا أنه طلب خرائط أماكنها .";
    let entities = [
        ("للأمم المتحدة", Label::Organization),
        ("إسرائيل", Label::Location),
    ];
    assert_eq!(
        first_speaker_with(text, &entities).as_deref(),
        Some("الأمين العام للأمم المتحدة")
    );
}

#[test]
fn the_subject_stops_at_a_source_phrase_and_runs_through_a_general_bodys_organisation() {
    let found = speakers(
        "وأعلن البرلمان الليبي بحسب العربية أن المتظاهرين أحرقوا وثائق. وأضاف المجلس الأعلى للدولة أن الاتفاق تم في جنيف.",
    );
    assert_eq!(
        found,
        [
            Some("البرلمان الليبي".into()),
            Some("المجلس الأعلى للدولة".into())
        ]
    );
    assert_eq!(
        speakers("وقالت إدارة معلومات الطاقة التابعة لوزارة الطاقة الأميركية إن الأسعار سترتفع."),
        [Some(
            "إدارة معلومات الطاقة التابعة لوزارة الطاقة الأميركية".into()
        )]
    );
    // The saying (القول) is no part of the relayed speaker.
    let text = "ونقلت وكالة بلومبرج عن المتحدث القول \"إن الصين حرفت الوضع\".";
    assert_eq!(
        first_speaker_with(text, &[("وكالة بلومبرج", Label::Organization)]).as_deref(),
        Some("المتحدث")
    );
}

#[test]
fn an_office_keeps_only_a_seat_the_places_stage_placed() {
    // The tagger read بيانه (its statement) as a place: no seat.
    let text = "وأضاف المجلس الأعلى في بيانه، أنه تم الاتفاق على حل وسط.";
    assert_eq!(
        first_speaker_with(text, &[("بيانه", Label::Location)]).as_deref(),
        Some("المجلس الأعلى")
    );
}

#[test]
fn a_participle_continues_the_subject_of_its_clauses_reporting_verb() {
    assert_one_speaker_twice(
        "كشف الدفاع المدني عن استمرار هطول الأمطار حتى السبت، متوقعًا أن تكون الأمطار غزيرة. وأوضح أن الحالة تشمل مكة.",
        "الدفاع المدني",
    );
}

/// Asserts that `text` holds two quotes, both spoken by `speaker`.
fn assert_one_speaker_twice(text: &str, speaker: &str) {
    assert_eq!(
        speakers(text),
        [Some(speaker.to_string()), Some(speaker.to_string())]
    );
}

#[test]
fn a_fronted_subject_after_kana_without_qad_or_after_fa_inna() {
    let found = speakers(
        "وكانت الوزيرة قالت إن شخصا توفي في معان. ورغم التقدم الروسي، فإن المسؤولين يقولون إن التقدم سيتباطأ.",
    );
    assert_eq!(found, [Some("الوزيرة".into()), Some("المسؤولين".into())]);
}

#[test]
fn a_time_or_a_manner_after_the_verb_is_no_speaker() {
    let found = speakers(
        "وأكد ناطق باسم الحزب أن اشتباكا وقع. وقال طالبا عدم الكشف عن هويته إنهم أجبروهم على التراجع. وكانت تقارير صحفية ذكرت منذ نهاية المونديال أن اللاعب سينتقل.",
    );
    assert_eq!(
        found,
        [
            Some("ناطق باسم الحزب".into()),
            Some("ناطق باسم الحزب".into()),
            Some("تقارير صحفية".into())
        ]
    );
}

#[test]
fn a_short_name_in_marks_right_after_the_verb_is_its_subject() {
    assert_one_speaker_twice(
        "قالت “أوراسكوم كونستراكشون” إن إدراج أسهمها سيبدأ في سبتمبر. وأضاف “ليس من الصعب أن نفوز”.",
        "أوراسكوم كونستراكشون",
    );
}

#[test]
fn an_organisations_purpose_after_lam_is_part_of_it_but_not_its_addressee() {
    let found = speakers(
        "وأوضح المركز الوطني للأرصاد أن الأمطار تشمل جازان. وقالت الوزارة لوكالة الأنباء إن الطرق مغلقة.",
    );
    assert_eq!(
        found,
        [Some("المركز الوطني للأرصاد".into()), Some("الوزارة".into())]
    );
}

#[test]
fn an_organisations_name_in_marks_after_its_head_is_no_quote() {
    let found = quotes(
        "وأكد رئيس الوزراء بزوغ شمس هند جديدة، حسبما أفادت وكالة أنباء «برس ترست أوف إنديا». وقالت الرئاسة « شدد الرئيس على التوازن الضروري في توزيع القوات » .",
    );
    let contents: Vec<&str> = found.iter().map(|quote| quote.content.as_str()).collect();
    assert!(
        contents.iter().all(|content| !content.contains("برس ترست")),
        "{found:?}"
    );
    assert!(
        contents
            .iter()
            .any(|content| content.contains("شدد الرئيس")),
        "{found:?}"
    );
}

#[test]
fn words_a_medium_relays_are_one_quote_and_the_speaker_continues() {
    assert_one_speaker_twice(
        "وأكد رئيس الوزراء أن الهند ستصبح قوة كبرى، حسبما أفادت وكالة الأنباء الهندية. وقال إن البلاد تتقدم بسرعة.",
        "رئيس الوزراء",
    );
    // A source of its own is a quote of its own.
    let found =
        speakers("وقالت مراسلة الجزيرة إن الدويك يعاني من وضع صحي سيئ بحسب شهادة هيئة الدفاع.");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_participle_continues_the_verb_after_a_comma_and_a_title_skips_a_name_after_a_preposition() {
    let text = "قال رئيس الوزراء الهندي ناريندرا مودي إن بلاده تتقدم. وأكد رئيس الوزراء للمواطنين بزوغ شمس هند جديدة. وفي كلمة له أمام الأمة، حث مودي المواطنين على العمل، قائلا «إن القرارات ستؤثر على البلاد». وأضاف رئيس الوزراء «إن الخبراء يقولون إن الهند لا يمكن إيقافها».";
    let found = speakers_with(
        text,
        &[
            ("ناريندرا مودي", Label::Person),
            ("زوغ شمس", Label::Person),
            ("مودي", Label::Person),
        ],
    );
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[1..]
            .iter()
            .all(|speaker| speaker.as_deref().is_some_and(|name| name.contains("مودي"))),
        "{found:?}"
    );
}

#[test]
fn a_person_runs_past_a_word_that_cut_the_subject_but_not_past_a_complementiser() {
    let text = "وقال محمد علي في بيان، إن السكان تعرضوا لهجوم.";
    assert_eq!(
        first_speaker_with(text, &[("محمد علي", Label::Person)]).as_deref(),
        Some("محمد علي")
    );
    // The tagger ran the name into the words (فيرجسون أن نيستلروي).
    let text = "أكد فيرجسون أن نيستلروي سيلعب غدا.";
    assert_eq!(
        first_speaker_with(text, &[("فيرجسون أن نيستلروي", Label::Person)]).as_deref(),
        Some("فيرجسون")
    );
}

#[test]
fn marked_words_inside_a_reported_clause_are_not_the_next_cues_quote() {
    let found = quotes(
        "وتابع المرشح أن نظام الرئيس هو “أردأ صورة من صور الاستبداد والظلم”، مضيفا أنه أسوأ نظام في تاريخ البلاد.",
    );
    let kinds: Vec<QuoteKind> = found.iter().map(|quote| quote.kind).collect();
    assert_eq!(
        kinds,
        [QuoteKind::Reported, QuoteKind::Reported],
        "{found:?}"
    );
    assert!(found[0].content.contains("أردأ صورة"), "{found:?}");
    // Marked words of their own before the cue after them stay a quote.
    let found = quotes("“لن نتراجع عن مطالبنا أبدا”، قال المتحدث.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, QuoteKind::Direct);
}

#[test]
fn relayed_words_right_after_naqala_an_and_marks_after_a_complementisers_colon() {
    assert_eq!(
        quotes("ونقلت عن مصدر أمني قوله إن الدفاعات الجوية أسقطت أغلب الطائرات."),
        [seen(
            QuoteKind::Reported,
            "الدفاعات الجوية أسقطت أغلب الطائرات",
            "مصدر أمني"
        )]
    );
    assert_eq!(
        quotes(
            "وقال المدرب في المؤتمر الصحفي، إن: \"المنتخب قطع نصف المشوار وما زال أمامنا 90 دقيقة\"."
        ),
        [seen(
            QuoteKind::Direct,
            "المنتخب قطع نصف المشوار وما زال أمامنا 90 دقيقة",
            "المدرب"
        )]
    );
}

#[test]
fn bil_qawl_introduces_words_as_a_participle_does() {
    let found = speakers_with(
        "وعلّق تيم سيباستيان على ذلك بالقول إن الحكومة لم تقدم أي دليل.",
        &[("تيم سيباستيان", Label::Person)],
    );
    assert_eq!(found, [Some("تيم سيباستيان".to_string())]);
}

#[test]
fn awrada_and_alma_report_words_but_the_elative_abraz_does_not() {
    let found = speakers(
        "فيما أوردت التلفزة الرسمية أن من بين القتلى مواطنا فرنسيا. وألمح وزير الخارجية إلى أن الهجوم كان منسقا.",
    );
    assert_eq!(
        found,
        [Some("التلفزة الرسمية".into()), Some("وزير الخارجية".into())]
    );
    assert_eq!(
        quotes("وكان أبرز الفنانين الحاضرين في الحفل أن غنى الجميع معا."),
        []
    );
}

#[test]
fn a_participle_continues_a_reporting_verb_after_a_fronted_time_but_not_its_object() {
    let found = speakers(
        "وقال مسؤولون إن الاحتجاجات مستمرة. والجمعة، أعلن التلفزيون الرسمي مقتل شخص في محافظة لورستان، ملمحا إلى أنها كانت على صلة بالاحتجاجات.",
    );
    assert_eq!(
        found,
        [Some("مسؤولون".into()), Some("التلفزيون الرسمي".into())]
    );
}

#[test]
fn a_candidate_is_a_title_and_a_name_the_tagger_took_a_letter_into_holds_it() {
    let text = "قال المرشح للانتخابات الرئاسية بيرام ولد الداه ولد اعبيد، إن الأمور اتضحت.";
    assert_eq!(
        first_speaker_with(text, &[("بيرام ولد الداه ولد اعبيد", Label::Person)]).as_deref(),
        Some("بيرام ولد الداه ولد اعبيد")
    );
}

#[test]
fn a_titles_organisation_takes_its_purpose_with_lam_past_its_adjectives() {
    assert_eq!(
        speakers(
            "وقال رئيس الهيئة العليا المستقلة للانتخابات إن النسبة ستعلن لاحقا. وأفادت وكالة مهر للأنباء أن الرئيس وصل."
        ),
        [
            Some("رئيس الهيئة العليا المستقلة للانتخابات".into()),
            Some("وكالة مهر للأنباء".into())
        ]
    );
}

#[test]
fn public_bodies_take_their_purpose_and_a_qaimmaqam_holds_a_title() {
    assert_eq!(
        speakers("وذكرت الوحدة التنفيذية للنازحين أن المياه ارتفعت في السد."),
        [Some("الوحدة التنفيذية للنازحين".into())]
    );
    let text = "وقال قائممقام القضاء في حينها عباس رشم إن الطلب لم يرد عليه.";
    assert_eq!(
        first_speaker_with(text, &[("عباس رشم", Label::Person)]).as_deref(),
        Some("عباس رشم")
    );
    // The tagger took the title for a person too.
    let persons = [("قائممقام", Label::Person), ("عباس رشم", Label::Person)];
    assert_eq!(
        first_speaker_with(text, &persons).as_deref(),
        Some("عباس رشم")
    );
}

#[test]
fn a_first_continuing_quote_is_the_previous_sentences_subjects() {
    let text = "رحب المتحدث باسم صندوق النقد الدولي جيري رايس، بدعوة ملك الأردن عبد الله الثاني لإجراء حوار وطني. وقال في بيان أصدره اليوم إن الصندوق يتابع الأوضاع.";
    let persons = [
        ("جيري رايس", Label::Person),
        ("عبد الله الثاني", Label::Person),
    ];
    assert_eq!(
        first_speaker_with(text, &persons).as_deref(),
        Some("جيري رايس")
    );
}

#[test]
fn a_sentence_reporting_without_a_quote_hands_its_subject_to_the_next_quote() {
    let text = "وقالت الشركة إنها ستعلن المواعيد قريبا. وكانت الهيئة العامة للطيران المدني قد أعلنت، أمس، عن زيادة الرحلات. وقالت إنها ستسير رحلات مباشرة إلى النجف.";
    let found = speakers_with(
        text,
        &[("الهيئة العامة للطيران المدني", Label::Organization)],
    );
    assert_eq!(
        found,
        [
            Some("الشركة".to_string()),
            Some("الهيئة العامة للطيران المدني".to_string())
        ]
    );
}

#[test]
fn marked_words_before_hakadha_qala_are_a_quote() {
    let found = quotes("«عليهم أن يكونوا مستعدين لسماع زئيرنا»، هكذا قال الحاكم العسكري.");
    assert_eq!(
        found,
        [seen(
            QuoteKind::Direct,
            "عليهم أن يكونوا مستعدين لسماع زئيرنا",
            "الحاكم العسكري"
        )]
    );
}

#[test]
fn a_reporter_named_after_a_title_hands_over_but_bayna_reports_nothing() {
    let text = "وقال عميد البلدية إن الطرق جرفت. وأفاد رئيس الهلال الأحمر في بنغازي قيس الفاخري بمصرع 150 شخصا. وأضاف أن العدد قد يرتفع.";
    let found = speakers_with(text, &[("قيس الفاخري", Label::Person)]);
    assert_eq!(
        found,
        [Some("عميد البلدية".into()), Some("قيس الفاخري".into())]
    );
    let text = "وقال عميد البلدية إن الطرق جرفت. وعقد لقاء بين رئيس الوزراء أرييل شارون والرئيس عرفات. وأضاف أن العدد قد يرتفع.";
    let found = speakers_with(text, &[("أرييل شارون", Label::Person)]);
    assert_eq!(found[1].as_deref(), Some("عميد البلدية"), "{found:?}");
}

#[test]
fn fihi_before_the_subject_and_a_titled_reporter_after_kana() {
    assert_eq!(
        speakers("يأتي ذلك في وقت حذر فيه وزير الخارجية الفرنسي بأن دوامة العنف ستؤدي إلى كارثة."),
        [Some("وزير الخارجية الفرنسي".into())]
    );
    let text = "وقال المتحدث إن التحقيق بدأ. وكان سفير إسرائيل لدى الأمم المتحدة دان غيلرمان قد أعرب عن صدمته. وأوضح أن إسرائيل تجري تحقيقا.";
    let found = speakers_with(text, &[("دان غيلرمان", Label::Person)]);
    assert_eq!(found[1].as_deref(), Some("دان غيلرمان"), "{found:?}");
}
