//! Every span the text layer reports slices the original text to exactly its
//! `text`, counted in UTF-16 code units as JavaScript does, whatever the text
//! holds: Arabic with harakat, Latin, emoji and other astral characters,
//! combining marks, bidi controls, presentation forms.

use lamha::invariants::{check_analysis, check_segmentation};
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

/// Every token, sentence, paragraph and entity span slices the original to
/// exactly its text (the checks are the interface's, `lamha::invariants`).
fn check(text: &str) -> Result<(), TestCaseError> {
    check_segmentation(text, &lamha::segment(text)).map_err(TestCaseError::fail)?;
    check_analysis(text, &lamha::analyze(text)).map_err(TestCaseError::fail)?;
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
