//! Every span the text layer reports slices the original text to exactly its
//! `text`, counted in UTF-16 code units as JavaScript does, whatever the text
//! holds: Arabic with harakat, Latin, emoji and other astral characters,
//! combining marks, bidi controls, presentation forms.

use proptest::prelude::*;

/// Pieces random texts are made of: each a hard case for offsets.
const PIECES: &[&str] = &[
    "العراق",
    "وَالْعِرَاقِ",
    "بسوريا",
    "للتنظيم",
    "محـــمد",
    "ﻻ",
    "ﷺ",
    "\u{FEFB}\u{FE8D}",
    "إفريقيا",
    "٢٠١٧",
    "۱۲",
    "3.5",
    "03:30",
    "25/10/2017",
    "ISIS",
    "U.S.",
    "Égypte",
    "e\u{301}",
    "😀",
    "👩‍👩‍👧",
    "𝔸",
    "\u{200F}",
    "\u{200E}",
    "\u{202B}",
    "\u{2067}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{064E}",
    "\u{0654}",
    "ـ",
    "«",
    "»",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    ".",
    "..",
    "…",
    "؟",
    "!",
    "،",
    "؛",
    ":",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "\u{0}",
    "\u{7}",
    "\u{FFFD}",
    "中文",
    "ß",
    "ﬁ",
    "²",
];

fn utf16_slice(text: &str, start: u32, end: u32) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = units.get(start as usize..end as usize)?;
    String::from_utf16(slice).ok()
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let segmentation = lamha::segment(text);
    let spans = segmentation
        .tokens
        .iter()
        .map(|t| (t.start, t.end, &t.text))
        .chain(
            segmentation
                .sentences
                .iter()
                .map(|s| (s.start, s.end, &s.text)),
        )
        .chain(
            segmentation
                .paragraphs
                .iter()
                .map(|s| (s.start, s.end, &s.text)),
        );
    for (start, end, span_text) in spans {
        prop_assert!(start < end, "empty span in {text:?}");
        let slice = utf16_slice(text, start, end);
        prop_assert_eq!(
            slice.as_deref(),
            Some(span_text.as_str()),
            "span {}..{} of {:?}",
            start,
            end,
            text
        );
    }
    let tokens = &segmentation.tokens;
    for pair in tokens.windows(2) {
        prop_assert!(
            pair[0].end <= pair[1].start || pair[0].start == pair[1].start,
            "tokens out of order in {text:?}"
        );
    }
    let analysis = lamha::analyze(text);
    for entity in &analysis.entities {
        let slice = utf16_slice(text, entity.start, entity.end);
        prop_assert_eq!(slice.as_deref(), Some(entity.text.as_str()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_slice_the_original(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..40)) {
        check(&pieces.concat())?;
    }

    #[test]
    fn spans_slice_arbitrary_strings(text in "\\PC{0,80}") {
        check(&text)?;
    }
}

#[test]
fn the_sample_article_tokens_slice_exactly() {
    check(include_str!("data/sample.txt")).unwrap();
}
