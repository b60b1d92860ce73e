//! Tokens: words, numbers, punctuation and quotation marks of a normalised
//! text, each with its span in the original.
//!
//! Tokenising the normalised text (rather than the original) means a word
//! stays one token across the harakat, tatweel and zero-width characters that
//! pasted text carries inside it. The token still knows its original span
//! through the [`Normalized`] map.

use std::ops::Range;

use super::clitics::Clitics;
use super::normalize::Normalized;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A run of Arabic letters.
    Arabic,
    /// A run of Latin letters and digits starting with a letter.
    Latin,
    /// A word in another script.
    Word,
    /// A number, with its decimals, or a time (03:30) or date (25/10/2017).
    Number,
    /// A quotation mark of any style: " « » “ ” ‘ ’ „ ‹ › '.
    Quote,
    /// Punctuation; a run of dots (an ellipsis) is one token.
    Punctuation,
    /// Anything else that is not white space: emoji, symbols.
    Symbol,
}

impl TokenKind {
    /// The kind's name in lower case, as tools print it.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Arabic => "arabic",
            TokenKind::Latin => "latin",
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Quote => "quote",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// One token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Byte range in the normalised text.
    pub norm: Range<usize>,
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// Line breaks in the white space before the token (capped at 2: one is
    /// a new line, two or more a new paragraph).
    pub breaks_before: u8,
    /// True when no white space separates the token from the one before.
    pub glued: bool,
    /// The proclitics of an Arabic word (empty for other tokens).
    pub clitics: Clitics,
}

impl Token {
    /// The normalised form of the token.
    pub fn norm_str<'a>(&self, normalized: &'a Normalized) -> &'a str {
        &normalized.as_str()[self.norm.clone()]
    }

    /// True for a word of any script.
    pub fn is_word(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Arabic | TokenKind::Latin | TokenKind::Word
        )
    }
}

/// True for the characters Lamha treats as quotation marks.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '«' | '»' | '“' | '”' | '‘' | '’' | '„' | '‟' | '‹' | '›' | '「' | '」'
    )
}

/// True for letters of the Arabic script (after normalisation).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}')
}

/// Splits a normalised text into tokens. Clitics are left empty; see
/// [`super::clitics`].
pub fn tokenize(normalized: &Normalized) -> Vec<Token> {
    let text = normalized.as_str();
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut position = 0;
    let mut breaks: u8 = 0;
    let mut glued = false;
    while position < text.len() {
        let c = next_char(text, position);
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' || c == '\u{2028}' {
                breaks = breaks.saturating_add(1).min(2);
            }
            glued = false;
            position += c.len_utf8();
            continue;
        }
        let (kind, mut end) = if is_arabic_letter(c) {
            (TokenKind::Arabic, scan_arabic(text, position))
        } else if c.is_ascii_digit() {
            (TokenKind::Number, scan_number(bytes, position))
        } else if c.is_ascii_alphabetic() {
            (
                TokenKind::Latin,
                scan_while(text, position, |c| c.is_ascii_alphanumeric()),
            )
        } else if is_quote_mark(c) {
            (TokenKind::Quote, position + c.len_utf8())
        } else if c == '.' {
            (
                TokenKind::Punctuation,
                scan_while(text, position, |c| c == '.'),
            )
        } else if c.is_alphabetic() {
            (
                TokenKind::Word,
                scan_while(text, position, |c| {
                    c.is_alphanumeric() && !is_arabic_letter(c) && !c.is_ascii()
                }),
            )
        } else if c.is_ascii_punctuation() || is_punctuation(c) {
            (TokenKind::Punctuation, position + c.len_utf8())
        } else {
            (TokenKind::Symbol, position + c.len_utf8())
        };
        // A token never ends inside the expansion of one original character:
        // the rest of the expansion joins it.
        while !normalized.is_boundary(end) {
            end += next_char(text, end).len_utf8();
        }
        tokens.push(Token {
            kind,
            norm: position..end,
            span: normalized.original_range(position..end),
            breaks_before: breaks,
            glued,
            clitics: Clitics::default(),
        });
        breaks = 0;
        glued = true;
        position = end;
    }
    tokens
}

fn next_char(text: &str, position: usize) -> char {
    text[position..].chars().next().unwrap_or(' ')
}

/// The end of the run of Arabic letters at `start`.
fn scan_arabic(text: &str, start: usize) -> usize {
    // The basic letters (U+0621–U+063F, U+0641–U+064A), most of a text,
    // are passed over byte by byte, without decoding each; the other
    // letters of the script, character by character.
    let bytes = text.as_bytes();
    let mut end = start;
    while let [0xd8, 0xa1..=0xbf, ..] | [0xd9, 0x81..=0x8a, ..] = bytes[end..] {
        end += 2;
    }
    scan_while(text, end, is_arabic_letter)
}

fn scan_while(text: &str, start: usize, keep: impl Fn(char) -> bool) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(text.len(), |(offset, _)| start + offset)
}

/// A number is digits, optionally joined by single separators to more
/// digits: 3.5, 1,000, 03:30, 25/10/2017, 2017-10-25.
fn scan_number(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    loop {
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        let joins_more = end + 1 < bytes.len()
            && matches!(bytes[end], b'.' | b',' | b':' | b'/' | b'-')
            && bytes[end + 1].is_ascii_digit();
        if !joins_more {
            return end;
        }
        end += 1;
    }
}

/// Punctuation outside ASCII that Arabic text uses.
fn is_punctuation(c: char) -> bool {
    matches!(
        c,
        '،' | '؛'
            | '؟'
            | '٪'
            | '۔'
            | '–'
            | '—'
            | '‐'
            | '‑'
            | '‒'
            | '―'
            | '('
            | ')'
            | '﴾'
            | '﴿'
    ) || ('\u{2010}'..='\u{2027}').contains(&c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_runs_end_where_the_script_ends() {
        for text in [
            "كتاب",
            "گل پیشاور",
            "كتاب،",
            "ٱلله 2",
            "abc",
            "بـ",
            "ك\u{06FF}x",
            "",
        ] {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    scan_arabic(text, start),
                    scan_while(text, start, is_arabic_letter),
                    "{text:?} at {start}"
                );
            }
        }
    }

    fn tokens(text: &str) -> Vec<(TokenKind, &str)> {
        let normalized = Normalized::new(text);
        tokenize(&normalized)
            .into_iter()
            .map(|t| (t.kind, &text[t.span]))
            .collect()
    }

    #[test]
    fn words_numbers_and_marks() {
        use TokenKind::*;
        assert_eq!(
            tokens("الأربعاء، 25 أكتوبر 2017 03:30 م"),
            vec![
                (Arabic, "الأربعاء"),
                (Punctuation, "،"),
                (Number, "25"),
                (Arabic, "أكتوبر"),
                (Number, "2017"),
                (Number, "03:30"),
                (Arabic, "م"),
            ]
        );
        assert_eq!(
            tokens("قال: «نعم» و\"لا\" 3.5% ISIS..."),
            vec![
                (Arabic, "قال"),
                (Punctuation, ":"),
                (Quote, "«"),
                (Arabic, "نعم"),
                (Quote, "»"),
                (Arabic, "و"),
                (Quote, "\""),
                (Arabic, "لا"),
                (Quote, "\""),
                (Number, "3.5"),
                (Punctuation, "%"),
                (Latin, "ISIS"),
                (Punctuation, "..."),
            ]
        );
    }

    #[test]
    fn a_word_keeps_its_marks_and_tatweel() {
        assert_eq!(
            tokens("مُحَمَّـــدٌ ١٢"),
            vec![(TokenKind::Arabic, "مُحَمَّـــدٌ"), (TokenKind::Number, "١٢")]
        );
    }

    #[test]
    fn line_breaks_are_counted() {
        let normalized = Normalized::new("أ\nب\n\n\nج د");
        let breaks: Vec<u8> = tokenize(&normalized)
            .iter()
            .map(|t| t.breaks_before)
            .collect();
        assert_eq!(breaks, vec![0, 1, 2, 0]);
    }
}
