//! Pairs quotation marks into marked spans, tolerating text as people paste
//! it: marks of every style and either direction (« », » «, “ ”, ” “, " ",
//! ‘ ’, (( ))), a quote running over several paragraphs with each paragraph
//! reopened and only the last closed, and a missing closer.

use super::speech_words;
use crate::text::{Document, TokenKind};

/// Quotation marks of one style pair only with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Guillemet,
    Curly,
    Single,
    Straight,
    DoubleParenthesis,
}

/// Which side of a quote a mark looks like it stands on, from the white
/// space around it: an opener is glued to the word after it, a closer to the
/// word before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Opens,
    Closes,
    Either,
}

/// A span of tokens between quotation marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// Token index of the opening mark.
    pub opener: usize,
    /// Token index of the closing mark; `None` when the closer is missing.
    pub closer: Option<usize>,
    /// Token indices of the words inside (from after the opener to before
    /// the closer, or to the end of the paragraph when it is missing).
    pub inner: std::ops::Range<usize>,
}

impl Marked {
    /// Index of the last token belonging to the marked span (its closer, or
    /// its last inner token).
    pub fn last(&self) -> usize {
        self.closer
            .unwrap_or(self.inner.end.saturating_sub(1).max(self.opener))
    }
}

/// A mark: its token index(es), family and side.
struct Mark {
    first: usize,
    last: usize,
    family: Family,
    side: Side,
    /// Glued to the word after it at the start of a line: the way a quote
    /// running over several paragraphs is reopened in each.
    reopens: bool,
}

fn family(text: &str) -> Option<Family> {
    match text {
        "«" | "»" | "‹" | "›" => Some(Family::Guillemet),
        "“" | "”" | "„" | "‟" => Some(Family::Curly),
        "‘" | "’" | "'" => Some(Family::Single),
        "\"" => Some(Family::Straight),
        _ => None,
    }
}

/// The quotation marks of `document`, with double parentheses joined.
fn marks(document: &Document) -> Vec<Mark> {
    let tokens = &document.tokens;
    let mut marks = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        let token = &tokens[index];
        let text = document.norm(index);
        let doubled = |second: &str| {
            tokens.get(index + 1).is_some_and(|next| next.glued)
                && document.norm(index + 1) == second
        };
        let (family, last) = if token.kind == TokenKind::Quote {
            match family(text) {
                Some(family) => (family, index),
                None => {
                    index += 1;
                    continue;
                }
            }
        } else if (text == "(" && doubled("(")) || (text == ")" && doubled(")")) {
            (Family::DoubleParenthesis, index + 1)
        } else {
            index += 1;
            continue;
        };
        let glued_before = token.glued && index > 0 && tokens[index - 1].is_word();
        let glued_after = tokens
            .get(last + 1)
            .is_some_and(|next| next.glued && next.kind != TokenKind::Punctuation);
        let side = if family == Family::DoubleParenthesis {
            if text == "(" {
                Side::Opens
            } else {
                Side::Closes
            }
        } else {
            match (glued_before, glued_after) {
                (false, true) => Side::Opens,
                (true, false) => Side::Closes,
                _ => side_by_neighbours(document, index, last),
            }
        };
        let starts_line = index == 0 || token.breaks_before > 0;
        marks.push(Mark {
            first: index,
            last,
            family,
            side,
            reopens: starts_line && glued_after,
        });
        index = last + 1;
    }
    marks
}

/// The side of a mark standing apart from the words on both sides (as in
/// `قال : " نحن هنا " .`), from its neighbours: after a colon or at the
/// start of a line, or right after a cue (واضاف " . . ) it opens; before the
/// end of a clause it closes.
fn side_by_neighbours(document: &Document, first: usize, last: usize) -> Side {
    let tokens = &document.tokens;
    let after_cue = first > 0 && {
        let previous = document.norm(first - 1);
        previous == ":"
            || speech_words::is_reporting_verb(previous)
            || speech_words::is_participle(previous)
            || speech_words::is_complementiser(previous)
    };
    if after_cue || first == 0 || tokens[first].breaks_before > 0 {
        return Side::Opens;
    }
    let ends_clause = match tokens.get(last + 1) {
        None => true,
        Some(next) => {
            next.breaks_before > 0
                || matches!(
                    document.norm(last + 1),
                    "." | "،" | "," | "؛" | ";" | "؟" | "?" | "!" | ")" | "-"
                )
        }
    };
    if ends_clause {
        Side::Closes
    } else {
        Side::Either
    }
}

/// Index of the paragraph (a blank line or a line break) each token is in:
/// a quote reopened at the start of a new line continues the one before.
fn line_of(document: &Document) -> Vec<usize> {
    let mut lines = Vec::with_capacity(document.tokens.len());
    let mut line = 0;
    for token in &document.tokens {
        if token.breaks_before > 0 && !lines.is_empty() {
            line += 1;
        }
        lines.push(line);
    }
    lines
}

/// The end (exclusive token index) of the line that token `index` is in.
fn line_end(lines: &[usize], index: usize) -> usize {
    // Line numbers only grow: the line ends before the first larger one
    // (a binary search; a text of one long line has many marks).
    let line = lines[index];
    index + lines[index..].partition_point(|&other| other <= line)
}

/// Pairs the quotation marks of `document` into marked spans, in text order.
pub fn marked_spans(document: &Document) -> Vec<Marked> {
    let lines = line_of(document);
    let mut spans: Vec<Marked> = Vec::new();
    // The open span of each family: (its index in `spans`, the line where it
    // was last opened or reopened).
    let mut open: Vec<(Family, usize, usize)> = Vec::new();
    for mark in marks(document) {
        let position = open
            .iter()
            .position(|(family, _, _)| *family == mark.family);
        match position {
            None => {
                if mark.side == Side::Closes {
                    // A closer with no opener: nothing to pair it with.
                    continue;
                }
                spans.push(Marked {
                    opener: mark.first,
                    closer: None,
                    inner: mark.last + 1..line_end(&lines, mark.first),
                });
                open.push((mark.family, spans.len() - 1, lines[mark.first]));
            }
            Some(position) => {
                let (_, span_index, line) = open[position];
                let new_line = lines[mark.first] != line;
                if new_line && mark.reopens {
                    // A multi-paragraph quote: each paragraph reopens it,
                    // only the last closes it.
                    open[position].2 = lines[mark.first];
                    spans[span_index].inner.end = line_end(&lines, mark.first);
                    continue;
                }
                if new_line && mark.side != Side::Closes {
                    // The earlier quote was never closed: it ends with its
                    // line, and this mark opens a new one.
                    open.remove(position);
                    spans.push(Marked {
                        opener: mark.first,
                        closer: None,
                        inner: mark.last + 1..line_end(&lines, mark.first),
                    });
                    open.push((mark.family, spans.len() - 1, lines[mark.first]));
                    continue;
                }
                let span = &mut spans[span_index];
                span.closer = Some(mark.first);
                span.inner.end = mark.first;
                open.remove(position);
            }
        }
    }
    spans.sort_by_key(|span| span.opener);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner_texts(text: &str) -> Vec<String> {
        let document = Document::new(text);
        marked_spans(&document)
            .iter()
            .filter(|span| !span.inner.is_empty())
            .map(|span| {
                let start = document.tokens[span.inner.start].span.start;
                let end = document.tokens[span.inner.end - 1].span.end;
                text[start..end].to_string()
            })
            .collect()
    }

    #[test]
    fn styles_and_directions() {
        assert_eq!(inner_texts("قال «نحن هنا» ثم"), ["نحن هنا"]);
        assert_eq!(inner_texts("قال » نحن هنا « ثم"), ["نحن هنا"]);
        assert_eq!(inner_texts("قال ”نحن هنا“ ثم"), ["نحن هنا"]);
        assert_eq!(inner_texts("قال ((نحن هنا)) ثم"), ["نحن هنا"]);
        assert_eq!(
            inner_texts("في \"فرجينيا\" حضره \"جنود الخلافة\""),
            ["فرجينيا", "جنود الخلافة"]
        );
    }

    #[test]
    fn reopened_paragraphs_and_missing_closer() {
        assert_eq!(
            inner_texts("قال: «الأول.\n\n«الثاني.\n\n«الثالث.» انتهى"),
            ["الأول.\n\n«الثاني.\n\n«الثالث."]
        );
        assert_eq!(inner_texts("قال: «بلا نهاية\nسطر آخر"), ["بلا نهاية"]);
    }
}
