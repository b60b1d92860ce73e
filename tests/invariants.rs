//! The analysis keeps its promises (`lamha::invariants`) on random texts and
//! on the sample article mutated the way pasted text gets mangled: pieces
//! deleted, inserted, duplicated, quotation marks and cues sprinkled in, the
//! text cut short. The analysis is also the same every time.

use lamha::invariants::{check_analysis, check_segmentation};
use proptest::prelude::*;

const SAMPLE: &str = include_str!("data/sample.txt");

/// What gets inserted: quotation marks, reporting cues, names, punctuation,
/// invisible marks, diacritics and foreign characters.
const PIECES: &[&str] = &[
    "«",
    "»",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "„",
    "'",
    "«",
    "»",
    "\"",
    "قال",
    "وقال",
    "قالت",
    "أكد",
    "وأضاف",
    "إن",
    "أن",
    ": ",
    ":«",
    "، مشيرا إلى أن ",
    "وفق",
    "بحسب",
    "جوزيف دنفورد",
    "داعش",
    "تنظيم داعش",
    "سوريا",
    "والعراق",
    "للعراق",
    "بالموصل",
    "الجنرال",
    "المتحدث",
    ".",
    "..",
    "؟",
    "،",
    "!",
    "(",
    ")",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{200F}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{064E}",
    "\u{0651}",
    "ـ",
    "ﻻ",
    "ﷺ",
    "٢٠١٧",
    "03:30",
    "ISIS",
    "😀",
    "👩‍👩‍👧",
    "\0",
    "\u{7}",
    "e\u{301}",
];

/// One way of mangling a text. Positions are taken modulo the text's length
/// in characters.
#[derive(Debug, Clone)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, piece: &'static str },
    Duplicate { from: usize, len: usize, to: usize },
    Truncate { at: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    let position = any::<usize>();
    prop_oneof![
        2 => (position, 1..300usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        5 => (position, prop::sample::select(PIECES))
            .prop_map(|(at, piece)| Edit::Insert { at, piece }),
        2 => (position, 1..600usize, position)
            .prop_map(|(from, len, to)| Edit::Duplicate { from, len, to }),
        1 => position.prop_map(|at| Edit::Truncate { at }),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let at = |position: usize| position % (chars.len() + 1);
        match *edit {
            Edit::Delete { at: start, len } => {
                let start = at(start);
                chars.drain(start..(start + len).min(chars.len()));
            }
            Edit::Insert { at: start, piece } => {
                let start = at(start);
                chars.splice(start..start, piece.chars());
            }
            Edit::Duplicate { from, len, to } => {
                let from = at(from);
                let copy: Vec<char> = chars[from..(from + len).min(chars.len())].to_vec();
                let to = at(to);
                chars.splice(to..to, copy);
            }
            Edit::Truncate { at: end } => chars.truncate(at(end)),
        }
    }
    chars.into_iter().collect()
}

fn keeps_promises(text: &str) -> Result<(), TestCaseError> {
    let analysis = lamha::analyze(text);
    if let Err(problem) = check_analysis(text, &analysis) {
        return Err(TestCaseError::fail(format!("{problem} in {text:?}")));
    }
    if let Err(problem) = check_segmentation(text, &lamha::segment(text)) {
        return Err(TestCaseError::fail(format!("{problem} in {text:?}")));
    }
    prop_assert_eq!(&lamha::analyze(text), &analysis, "not deterministic");
    Ok(())
}

fn sample_words() -> Vec<&'static str> {
    SAMPLE.split_whitespace().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn the_mutated_sample_keeps_the_promises(edits in prop::collection::vec(edit(), 1..30)) {
        keeps_promises(&apply(SAMPLE, &edits))?;
    }

    #[test]
    fn texts_of_sample_words_and_pieces_keep_the_promises(
        parts in prop::collection::vec(
            prop_oneof![
                prop::sample::select(sample_words()),
                prop::sample::select(PIECES),
            ],
            0..120,
        ),
        separators in prop::collection::vec(prop::sample::select(&[" ", "", "\n", " «", "» "][..]), 120),
    ) {
        let text: String = parts
            .iter()
            .zip(&separators)
            .flat_map(|(part, separator)| [*part, *separator])
            .collect();
        keeps_promises(&text)?;
    }

    #[test]
    fn arbitrary_strings_keep_the_promises(text in "(?s).{0,300}") {
        keeps_promises(&text)?;
    }
}

#[test]
fn the_sample_keeps_the_promises() {
    keeps_promises(SAMPLE).unwrap();
}

#[test]
fn edits_mangle_as_intended() {
    let edits = [
        Edit::Insert { at: 0, piece: "«" },
        Edit::Duplicate {
            from: 1,
            len: 2,
            to: 3,
        },
        Edit::Delete { at: 5, len: 1 },
        Edit::Truncate { at: 4 },
    ];
    assert_eq!(apply("قال نعم", &edits), "«قاق");
}
