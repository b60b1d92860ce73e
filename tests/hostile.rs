//! Whatever users paste: empty text, white space, a 10 MB line, floods of
//! quotation marks, unbalanced and deeply nested quotes, bidi and zero-width
//! marks, NUL and control characters, presentation forms, diacritics on every
//! letter, Latin and emoji mixed in. Each is analysed without a panic, and
//! every span of the analysis (and, for texts up to a megabyte, of the
//! segmentation) keeps the interface's rules; the command line's `--jsonl`
//! reader answers those up to a megabyte with an analysis too.
//!
//! Time is bounded by the test itself: an analysis that went quadratic on one
//! of these would not finish. The big texts are generated here rather than
//! committed.

use lamha::invariants::{check_analysis, check_segmentation};

const SAMPLE: &str = include_str!("data/sample.txt");

/// Repetitions of a reporting cue in the floods of cues: a sentence of
/// 100,000 cues, which a quote stage searching each cue's sentence from its
/// start would not finish.
const CUE_FLOOD: usize = 100_000;

/// Texts up to this size also go through the segmentation (which builds a
/// string per token) and the `--jsonl` reader (a second analysis): what they
/// check does not depend on the size, and the big texts are slow enough once.
const DETAIL_LIMIT: usize = 1 << 20;

fn survives(name: &str, text: &str) {
    let analysis = lamha::analyze(text);
    if let Err(problem) = check_analysis(text, &analysis) {
        panic!("{name}: {problem}");
    }
    if text.len() > DETAIL_LIMIT {
        return;
    }
    if let Err(problem) = check_segmentation(text, &lamha::segment(text)) {
        panic!("{name}: segmentation: {problem}");
    }
    let line = serde_json::json!({ "id": name, "text": text }).to_string();
    let answer = lamha::jsonl::answer(line.as_bytes()).expect("a line with text is answered");
    let answer: serde_json::Value = serde_json::from_str(&answer).expect("the answer is JSON");
    assert_eq!(answer["id"], name);
    assert!(answer["analysis"].is_object(), "{name}: {answer:.200}");
}

/// `text` repeated until it holds at least `bytes` bytes.
fn repeat_to(text: &str, bytes: usize) -> String {
    text.repeat(bytes.div_ceil(text.len().max(1)))
}

/// The sample with `mark` after every character.
fn interleave(text: &str, marks: &[char]) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for (index, c) in text.chars().enumerate() {
        out.push(c);
        out.push(marks[index % marks.len()]);
    }
    out
}

#[test]
fn empty_and_blank_texts() {
    survives("empty", "");
    survives("one space", " ");
    survives("spaces", &" ".repeat(100_000));
    survives("new lines", &"\n".repeat(100_000));
    survives(
        "every kind of white space",
        &"\t\r\n\u{0B}\u{0C} \u{85}\u{A0}\u{1680}\u{2000}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}"
            .repeat(10_000),
    );
}

#[test]
fn a_ten_megabyte_single_line() {
    let line = repeat_to(&SAMPLE.replace('\n', " "), 10 << 20);
    assert!(!line.contains('\n'));
    survives("10 MB line", &line);
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    survives("straight quotes", &"\"".repeat(100_000));
    survives("guillemets", &"«»".repeat(50_000));
    survives("curly quotes", &"“‘’”„‟‹›'「」".repeat(10_000));
    survives("quotes between words", &"«قال» ".repeat(100_000));
    survives("a cue before each mark", &"قال: «".repeat(CUE_FLOOD));
}

#[test]
fn unbalanced_and_deeply_nested_quotes() {
    let openers = "«".repeat(50_000);
    let closers = "»".repeat(50_000);
    survives("openers then the sample", &format!("{openers}{SAMPLE}"));
    survives("the sample then closers", &format!("{SAMPLE}{closers}"));
    survives(
        "closers before openers",
        &format!("{closers}{SAMPLE}{openers}"),
    );
    let nested = format!(
        "{}نعم{}",
        "وقال الوزير: «".repeat(10_000),
        "».".repeat(10_000)
    );
    survives("10,000 nested quotes", &nested);
    survives(
        "a quote mark after every word",
        &SAMPLE.split(' ').collect::<Vec<_>>().join(" \""),
    );
    survives("an unclosed quote to the end", &format!("قال: «{SAMPLE}"));
}

#[test]
fn bidi_and_zero_width_marks() {
    const MARKS: &[char] = &[
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}',
        '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
        '\u{2060}', '\u{FEFF}', '\u{061C}', '\u{00AD}', '\u{034F}', '\u{180E}',
    ];
    survives("a mark after every character", &interleave(SAMPLE, MARKS));
    survives(
        "only marks",
        &MARKS.iter().collect::<String>().repeat(10_000),
    );
    survives("right-to-left mark", &interleave(SAMPLE, &['\u{200F}']));
}

#[test]
fn nul_and_control_characters() {
    let controls: Vec<char> = ('\u{0}'..='\u{1F}')
        .chain('\u{7F}'..='\u{9F}')
        .chain(['\u{FFFC}', '\u{FFFD}', '\u{FFFE}', '\u{FFFF}'])
        .collect();
    survives(
        "a control after every character",
        &interleave(SAMPLE, &controls),
    );
    survives("only NUL", &"\0".repeat(100_000));
    survives(
        "only controls",
        &controls.iter().collect::<String>().repeat(1_000),
    );
    survives(
        "a pasted Word document",
        &format!(
            "\u{FEFF}•\tقال الوزير:\u{A0}“{}”\u{C}\r\n\u{FFFC}\u{AD}وأضاف\u{2011}أن\u{2013}\r\r\r",
            SAMPLE.replace('\n', "\r\n")
        ),
    );
}

#[test]
fn presentation_forms() {
    let forms: String = ('\u{FB50}'..='\u{FDFF}')
        .chain('\u{FE70}'..='\u{FEFF}')
        .collect();
    survives("every presentation form", &forms);
    survives("presentation forms, spaced", &interleave(&forms, &[' ']));
    survives("presentation forms repeated", &forms.repeat(100));
    survives("the longest expansions", &"\u{FDFA}\u{FDFB}".repeat(20_000));
    survives("ligatures in a sentence", &"قال ﷲ ﻻ ﻹ ﻷ ﻵ ﷺ ".repeat(1_000));
}

#[test]
fn full_diacritics_on_every_letter() {
    const HARAKAT: &[char] = &[
        '\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}',
        '\u{0652}', '\u{0653}', '\u{0654}', '\u{0655}', '\u{0670}', '\u{06E1}',
    ];
    let voweled: String = SAMPLE
        .chars()
        .flat_map(|c| {
            let marks = if ('\u{0621}'..='\u{064A}').contains(&c) {
                HARAKAT
            } else {
                &[]
            };
            std::iter::once(c).chain(marks.iter().copied())
        })
        .collect();
    survives("every haraka on every letter", &voweled);
    survives(
        "one letter under 100,000 marks",
        &format!("ب{}", "\u{064E}".repeat(100_000)),
    );
    survives("marks with no letter", &"\u{0651}\u{0301}".repeat(100_000));
    survives("only tatweel", &"ـ".repeat(100_000));
    survives(
        "tatweel inside every word",
        &SAMPLE.replace(' ', "ــــ ").replace('ا', "اـــ"),
    );
}

#[test]
fn latin_and_emoji_mixed_in() {
    const MIXED: &[&str] = &[
        "ISIS",
        "U.S.",
        "👩‍👩‍👧",
        "🇸🇾",
        "👍🏽",
        "𝔸𝔹",
        "中文",
        "Égypte",
        "e\u{301}",
        "Ⅻ",
        "ﬁ",
        "https://example.com/a?b=c",
        "@user",
        "#هاشتاج",
        "3.5%",
        "١٢٬٥",
    ];
    let mixed: Vec<String> = SAMPLE
        .split(' ')
        .enumerate()
        .map(|(index, word)| format!("{word} {}", MIXED[index % MIXED.len()]))
        .collect();
    survives("a foreign word after every word", &mixed.join(" "));
    survives("glued to the words", &mixed.join(""));
    survives("only emoji", &"😀👩‍👩‍👧🇸🇾".repeat(30_000));
    survives(
        "only Latin",
        &"The minister said that \"ISIS\" moved. ".repeat(20_000),
    );
}

#[test]
fn floods_of_one_token() {
    survives("one megabyte word", &"ب".repeat(500_000));
    survives("one megabyte Latin word", &"a".repeat(1 << 20));
    survives("a million dots", &".".repeat(1_000_000));
    survives("one long number", &"1.".repeat(500_000));
    survives("cues without quotes", &"قال إن ".repeat(CUE_FLOOD));
    survives("names without end", &"محمد بن ".repeat(100_000));
    survives("the article prefix", &"ال".repeat(200_000));
    survives("conjunctions", &"وفبكل".repeat(100_000));
}

/// A sentence of nothing but source phrases or reporting cues: each claim
/// stops at the cue before it and at a bounded reach, so the analysis grows
/// with the text, not with its square (it reached 8 GB for 400 kB).
#[test]
fn floods_of_source_phrases_stay_linear() {
    for phrase in [
        "بحسب مصادر ",
        "الجيش تقدم، بحسب مصادر مطلعة ",
        "الجيش تقدم كما قال الوزير ",
        "وقال الوزير محمد أحمد علي حسن ",
        "نقلا عن مصادر ",
        // Repeats of longer names, which consistency looks for across the
        // document.
        "زار صامويل إيتو مقر البنك التجاري القطري ",
    ] {
        let text = format!("وقال الوزير {}.", phrase.repeat(20_000));
        survives(phrase, &text);
        let analysis = serde_json::to_string(&lamha::analyze(&text)).expect("serialisable");
        assert!(
            analysis.len() < 20 * text.len(),
            "{phrase}: {} bytes of analysis for {} of text",
            analysis.len(),
            text.len()
        );
    }
}
