//! Sentences and paragraphs: split at . ! ؟ and line breaks, not inside
//! numbers, times, dates, abbreviations or ellipses.

fn sentences(text: &str) -> Vec<String> {
    lamha::segment(text)
        .sentences
        .into_iter()
        .map(|s| s.text)
        .collect()
}

#[test]
fn splits_at_terminators() {
    assert_eq!(
        sentences("قال الوزير إن الاجتماع انتهى. وأضاف أن الوفد غادر! هل يعود؟ لا."),
        [
            "قال الوزير إن الاجتماع انتهى.",
            "وأضاف أن الوفد غادر!",
            "هل يعود؟",
            "لا."
        ]
    );
}

#[test]
fn numbers_times_and_dates_do_not_split() {
    assert_eq!(
        sentences("بلغت النسبة 3.5 في المئة عند الساعة 03:30 يوم 25.10.2017 م. ثم انخفضت."),
        [
            "بلغت النسبة 3.5 في المئة عند الساعة 03:30 يوم 25.10.2017 م.",
            "ثم انخفضت."
        ]
    );
}

#[test]
fn ellipses_and_abbreviations_do_not_split() {
    assert_eq!(
        sentences("في معركة البقاء.. هل يستطيع داعش البقاء؟"),
        ["في معركة البقاء.. هل يستطيع داعش البقاء؟"]
    );
    assert_eq!(sentences("انتظر… ثم تكلم."), ["انتظر… ثم تكلم."]);
    assert_eq!(
        sentences("قال د. محمد إن U.S. forces left. ثم عاد."),
        ["قال د. محمد إن U.S. forces left.", "ثم عاد."]
    );
}

#[test]
fn dots_inside_names_do_not_split() {
    assert_eq!(
        sentences("قال في تصريحات لـ\"العربية.نت\" إن سي.أن.أن أخطأت. ثم غادر."),
        [
            "قال في تصريحات لـ\"العربية.نت\" إن سي.أن.أن أخطأت.",
            "ثم غادر."
        ]
    );
}

#[test]
fn closing_quotes_stay_with_their_sentence() {
    assert_eq!(
        sentences("قال: \"انتهى الأمر.\" ثم غادر. وقال «نعم!» بعدها."),
        ["قال: \"انتهى الأمر.\"", "ثم غادر.", "وقال «نعم!»", "بعدها."]
    );
}

#[test]
fn line_breaks_split_sentences_and_blank_lines_paragraphs() {
    let text = "العنوان بلا نقطة\nالسطر الثاني.\n\nفقرة ثانية. جملة أخرى\r\n\r\nفقرة ثالثة";
    assert_eq!(
        sentences(text),
        [
            "العنوان بلا نقطة",
            "السطر الثاني.",
            "فقرة ثانية.",
            "جملة أخرى",
            "فقرة ثالثة"
        ]
    );
    let paragraphs: Vec<String> = lamha::segment(text)
        .paragraphs
        .into_iter()
        .map(|p| p.text)
        .collect();
    assert_eq!(
        paragraphs,
        [
            "العنوان بلا نقطة\nالسطر الثاني.",
            "فقرة ثانية. جملة أخرى",
            "فقرة ثالثة"
        ]
    );
}

#[test]
fn empty_and_blank_texts_have_no_sentences() {
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\n\t ").is_empty());
}
