//! Sentences and paragraphs.
//!
//! A sentence ends after `.`, `!`, `?` or `؟` (with any closing quotation
//! marks and brackets that follow), and at a line break. Numbers, times and
//! dates are single tokens, so their dots never reach here. An ellipsis
//! (`..`, `...`, `…`) does not end a sentence: Arabic headlines use it as a
//! pause (في معركة البقاء.. هل يستطيع). A dot glued to a single letter is an
//! abbreviation (د. محمد، U.S.). A paragraph ends at a blank line.

use std::ops::Range;

use super::normalize::Normalized;
use super::tokenize::{Token, TokenKind};

/// A run of tokens: a sentence or a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Indices into the token list.
    pub tokens: Range<usize>,
    /// Byte range in the original text, from the first token's start to the
    /// last token's end.
    pub span: Range<usize>,
}

/// Splits tokens into sentences.
pub fn sentences(tokens: &[Token], normalized: &Normalized) -> Vec<Segment> {
    split_tokens(tokens, normalized, |index| {
        let token = &tokens[index];
        if token.breaks_before >= 1 {
            return Boundary::Before;
        }
        if ends_sentence(tokens, index, normalized) {
            Boundary::After
        } else {
            Boundary::None
        }
    })
}

/// Splits tokens into paragraphs, at blank lines.
pub fn paragraphs(tokens: &[Token], normalized: &Normalized) -> Vec<Segment> {
    split_tokens(tokens, normalized, |index| {
        if tokens[index].breaks_before >= 2 {
            Boundary::Before
        } else {
            Boundary::None
        }
    })
}

enum Boundary {
    None,
    Before,
    After,
}

fn split_tokens(
    tokens: &[Token],
    normalized: &Normalized,
    boundary: impl Fn(usize) -> Boundary,
) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut start = 0;
    let close = |start: usize, end: usize, segments: &mut Vec<Segment>| {
        if start < end {
            segments.push(Segment {
                tokens: start..end,
                span: tokens[start].span.start..tokens[end - 1].span.end,
            });
        }
    };
    let mut index = 0;
    while index < tokens.len() {
        match boundary(index) {
            Boundary::Before => {
                close(start, index, &mut segments);
                start = index;
                index += 1;
            }
            Boundary::After => {
                let mut end = index + 1;
                while end < tokens.len()
                    && tokens[end].breaks_before == 0
                    && is_closer(&tokens[end], normalized)
                {
                    end += 1;
                }
                close(start, end, &mut segments);
                start = end;
                index = end;
            }
            Boundary::None => index += 1,
        }
    }
    close(start, tokens.len(), &mut segments);
    segments
}

fn ends_sentence(tokens: &[Token], index: usize, normalized: &Normalized) -> bool {
    let token = &tokens[index];
    if token.kind != TokenKind::Punctuation {
        return false;
    }
    match token.norm_str(normalized) {
        "!" | "?" | "؟" => true,
        "." => !is_abbreviation(tokens, index, normalized) && !joins_words(tokens, index),
        _ => false,
    }
}

/// A dot glued to words on both sides joins them (سي.ان.ان، العربية.نت,
/// example.com): it is part of a name, not the end of a sentence.
fn joins_words(tokens: &[Token], dot: usize) -> bool {
    let before = dot.checked_sub(1).map(|i| &tokens[i]);
    let after = tokens.get(dot + 1);
    tokens[dot].glued
        && before.is_some_and(Token::is_word)
        && after.is_some_and(|t| t.glued && t.is_word())
}

/// A dot glued to a one-letter word marks an abbreviation (د. محمد، U.S.),
/// except after a year, where the letter is the era (2017 م. / 1438 هـ.) and
/// the dot ends the sentence.
fn is_abbreviation(tokens: &[Token], dot: usize, normalized: &Normalized) -> bool {
    let Some(letter) = dot.checked_sub(1) else {
        return false;
    };
    let previous = &tokens[letter];
    let after_year = letter
        .checked_sub(1)
        .is_some_and(|i| tokens[i].kind == TokenKind::Number);
    tokens[dot].glued
        && previous.is_word()
        && previous.norm_str(normalized).chars().count() == 1
        && !after_year
}

/// A quotation mark or closing bracket glued to the end of a sentence
/// belongs to it.
fn is_closer(token: &Token, normalized: &Normalized) -> bool {
    token.glued
        && (token.kind == TokenKind::Quote || matches!(token.norm_str(normalized), ")" | "]" | "}"))
}
