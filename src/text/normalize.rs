//! Normalisation for matching, with an exact map back to the original text.
//!
//! Arabic is written with many optional or interchangeable marks: short vowels
//! and other harakat, the tatweel that stretches a word, several shapes of
//! alef with and without hamza, final ya written as alef maqsura, ta marbuta
//! written as ha, Persian letter shapes, presentation-form ligatures pasted
//! from PDFs, and three digit systems. Matching a name against a lexicon or a
//! model must see through all of these, but every span Lamha reports must be a
//! span of the text exactly as the user gave it. So normalisation never edits
//! the original: it builds a second string and remembers, for every character
//! of it, which characters of the original it came from.
//!
//! The folding:
//! - NFKC for presentation forms and compatibility characters (ﻻ → لا, ﷺ → its
//!   words, fullwidth Latin, … → ...);
//! - harakat, Quranic marks, superscript alef, tatweel and any other combining
//!   mark are removed, and their original characters are absorbed into the
//!   span of the letter before them, so a span never ends between a letter and
//!   its vowel;
//! - أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ک ی → ك ي;
//! - Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits, the Arabic
//!   decimal and thousands separators → `.` and `,`;
//! - zero-width and bidirectional control characters are dropped (and, unlike
//!   marks, not absorbed: they are not part of any word).

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A normalised copy of a text with, for every byte of the copy, the range of
/// the original text that the character it belongs to came from.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// For each normalised byte, the original start and end (exclusive) of
    /// the character it belongs to, the end extended over the marks that
    /// were absorbed into it. One map of pairs, not two maps: every
    /// character extends it once.
    origins: Vec<(u32, u32)>,
}

/// What one original character becomes in the normalised text.
enum Fold {
    /// Copied as this character.
    Char(char),
    /// Removed, and its span absorbed into the previous character's span
    /// (combining marks, tatweel).
    Absorb,
    /// Removed without trace (zero-width and bidi controls).
    Drop,
    /// Needs NFKC: a compatibility character outside the basic Arabic block.
    Compatibility,
}

impl Normalized {
    /// Normalises `original`.
    pub fn new(original: &str) -> Self {
        let mut normalized = Normalized {
            text: String::with_capacity(original.len()),
            origins: Vec::with_capacity(original.len()),
        };
        let bytes = original.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            // Most characters of a text fold to themselves: a run of them
            // is copied as bytes, without decoding, folding and encoding
            // each.
            let run_start = start;
            loop {
                let unchanged = unchanged_len(&bytes[start..]);
                if unchanged == 0 {
                    break;
                }
                let origin = (start as u32, (start + unchanged) as u32);
                normalized
                    .origins
                    .extend(std::iter::repeat_n(origin, unchanged));
                start += unchanged;
            }
            if start > run_start {
                normalized.text.push_str(&original[run_start..start]);
                continue;
            }
            let Some(c) = original[start..].chars().next() else {
                break;
            };
            let origin = start as u32..(start + c.len_utf8()) as u32;
            start += c.len_utf8();
            match fold(c) {
                Fold::Char(folded) => normalized.push(folded, origin),
                Fold::Absorb => normalized.absorb(c, origin.end),
                Fold::Drop => {}
                Fold::Compatibility => {
                    // The expansion's letters all map to this one character,
                    // so its marks need no absorbing; only an expansion with
                    // no letter at all (a lone mark) joins the character
                    // before it.
                    let mut produced_letter = false;
                    for decomposed in std::iter::once(c).nfkc() {
                        if let Fold::Char(folded) = fold(decomposed) {
                            normalized.push(folded, origin.clone());
                            produced_letter = true;
                        }
                    }
                    if !produced_letter {
                        normalized.absorb(c, origin.end);
                    }
                }
            }
        }
        normalized
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The range of the original text that the normalised byte range `range`
    /// came from. `range` must lie on character boundaries of the normalised
    /// text and must not be empty.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        debug_assert!(range.start < range.end);
        let last = range.end - 1;
        self.origins[range.start].0 as usize..self.origins[last].1 as usize
    }

    /// True when normalised byte `index` may end one span and start the next:
    /// at the ends, and between characters that came from different original
    /// characters. Inside the expansion of one original character (ﷺ → صلى
    /// الله عليه وسلم, ¼ → 1⁄4) it may not, or two spans would share it.
    pub fn is_boundary(&self, index: usize) -> bool {
        index == 0
            || index >= self.text.len()
            || (self.text.is_char_boundary(index)
                && self.origins[index].0 != self.origins[index - 1].0)
    }

    /// Where the character at normalised byte `index` starts in the original.
    pub fn original_start(&self, index: usize) -> usize {
        self.origins[index].0 as usize
    }

    // Inlined, and the map extended once per character rather than pushed
    // to per byte: this runs for every character of every text.
    #[inline]
    fn push(&mut self, c: char, origin: Range<u32>) {
        self.text.push(c);
        let bytes = c.len_utf8();
        self.origins
            .extend(std::iter::repeat_n((origin.start, origin.end), bytes));
    }

    /// Removes a mark, stretching the previous character's span over it.
    fn absorb(&mut self, mark: char, origin_end: u32) {
        // A hamza written as a separate combining mark after ya or waw makes
        // the precomposed letter (ي + ٔ = ئ); keep that distinction, which the
        // removal of marks would otherwise lose.
        if mark == HAMZA_ABOVE {
            let composed = match self.text.chars().next_back() {
                Some('ي') => Some('ئ'),
                Some('و') => Some('ؤ'),
                _ => None,
            };
            if let Some(composed) = composed {
                let origin = self.origins[self.text.len() - 1].0..origin_end;
                self.text.pop();
                self.origins.truncate(self.text.len());
                self.push(composed, origin);
                return;
            }
        }
        let Some(previous) = self.text.chars().next_back() else {
            // A mark at the very start has no letter to join; it stays out of
            // every span.
            return;
        };
        let previous_start = self.text.len() - previous.len_utf8();
        for (_, end) in &mut self.origins[previous_start..] {
            *end = origin_end;
        }
    }
}

const HAMZA_ABOVE: char = '\u{0654}';

/// The length in bytes of the character that `bytes` start with if
/// [`fold`] leaves it as it is and it is ASCII or a basic Arabic letter
/// (most characters of a text), else 0.
fn unchanged_len(bytes: &[u8]) -> usize {
    match bytes {
        [byte, ..] if byte.is_ascii() => 1,
        // U+0621–U+063F and U+0641–U+064A, but for آ أ إ ة ى, which fold.
        [0xd8, second @ 0xa1..=0xbf, ..] if !matches!(second, 0xa2 | 0xa3 | 0xa5 | 0xa9) => 2,
        [0xd9, second @ 0x81..=0x8a, ..] if *second != 0x89 => 2,
        _ => 0,
    }
}

/// True for what normalising absorbs into the letter before it: a
/// combining mark (harakat, shadda, sukun) or the tatweel. Readers of the
/// original text that compare letters as written skip these.
pub fn is_absorbed_mark(c: char) -> bool {
    c == 'ـ' || is_combining_mark(c)
}

fn fold(c: char) -> Fold {
    if c.is_ascii() {
        return Fold::Char(c);
    }
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::Char('ا'),
        'ى' | 'ی' => Fold::Char('ي'),
        'ة' => Fold::Char('ه'),
        'ک' => Fold::Char('ك'),
        '٠'..='٩' => Fold::Char(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => Fold::Char(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        '٫' => Fold::Char('.'),
        '٬' => Fold::Char(','),
        // Tatweel only stretches a word.
        'ـ' => Fold::Absorb,
        // The letters (around the tatweel), before the general test for
        // marks below: they are most of an Arabic text.
        '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' => Fold::Char(c),
        // Zero-width spaces and joiners, directional marks, embeddings,
        // isolates, the Arabic letter mark, the byte order mark, soft hyphen.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}' => Fold::Drop,
        _ if is_combining_mark(c) => Fold::Absorb,
        // The basic Arabic block has (almost) no compatibility forms; skip
        // the NFKC machinery for it, it is the hot path.
        '\u{0600}'..='\u{06FF}' => Fold::Char(c),
        _ if unicode_normalization::is_nfkc_quick(std::iter::once(c))
            == unicode_normalization::IsNormalized::Yes =>
        {
            Fold::Char(c)
        }
        _ => Fold::Compatibility,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        Normalized::new(s).as_str().to_string()
    }

    #[test]
    fn folds_letters_marks_and_digits() {
        assert_eq!(norm("أَحْمَدُ"), "احمد");
        assert_eq!(norm("إفريقيا"), "افريقيا");
        assert_eq!(norm("مصطفى"), "مصطفي");
        assert_eq!(norm("القاهرة"), "القاهره");
        assert_eq!(norm("محـــمد"), "محمد");
        assert_eq!(norm("٢٠١٧ ۲۰۱۷"), "2017 2017");
        assert_eq!(norm("کیف"), "كيف");
        assert_eq!(norm("3٫5"), "3.5");
    }

    #[test]
    fn nfkc_expands_presentation_forms() {
        assert_eq!(norm("\u{FEFB}"), "لا");
        assert_eq!(norm("\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA}"), "الله");
        assert_eq!(norm("…"), "...");
    }

    #[test]
    fn controls_are_dropped_and_marks_absorbed() {
        let text = "\u{200F}مُحَمَّدٌ\u{200E}";
        let n = Normalized::new(text);
        assert_eq!(n.as_str(), "محمد");
        let range = n.original_range(0..n.as_str().len());
        assert_eq!(&text[range], "مُحَمَّدٌ");
    }

    #[test]
    fn decomposed_hamza_composes() {
        assert_eq!(norm("شي\u{0654}"), "شئ");
        assert_eq!(norm("مو\u{0654}تمر"), "مؤتمر");
    }

    #[test]
    fn characters_copied_as_bytes_are_those_that_fold_to_themselves() {
        for c in ('\0'..='\u{07FF}').chain(['\u{FEFB}', '\u{200F}']) {
            let mut bytes = [0; 4];
            let encoded = c.encode_utf8(&mut bytes).as_bytes();
            if unchanged_len(encoded) > 0 {
                assert_eq!(unchanged_len(encoded), encoded.len(), "{c:?}");
                assert!(
                    matches!(fold(c), Fold::Char(folded) if folded == c),
                    "{c:?}"
                );
            }
        }
        for c in ['ا', 'ب', 'ي', 'ء', 'ؤ', 'ئ', 'غ', 'ف', 'a', ' ', '.'] {
            assert!(unchanged_len(c.to_string().as_bytes()) > 0, "{c:?}");
        }
    }

    #[test]
    fn leading_mark_is_harmless() {
        let n = Normalized::new("\u{064E}ب");
        assert_eq!(n.as_str(), "ب");
        assert_eq!(n.original_range(0..2), 2..4);
    }
}
