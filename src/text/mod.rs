//! The text layer: the first stages of the pipeline, which every later stage
//! reads.
//!
//! original text → [`normalize`] (a folded copy with a map back) →
//! [`tokenize`] (words, numbers, punctuation, quotation marks) → [`clitics`]
//! (و ف ب ك ل and ال of each Arabic word) → [`sentences`] (sentences and
//! paragraphs).
//!
//! All offsets here are byte offsets into the original text; they become
//! UTF-16 offsets only at the edge (`crate::output`).

pub mod clitics;
pub mod normalize;
pub mod sentences;
pub mod tokenize;
pub mod vocabulary;

use std::borrow::Cow;
use std::ops::Range;

pub use clitics::Clitics;
pub use normalize::Normalized;
pub use sentences::Segment;
pub use tokenize::{Token, TokenKind};
pub use vocabulary::Vocabulary;

use crate::word_map::WordMap;

/// A text after the text layer: its normalised copy, tokens with their
/// clitics, sentences and paragraphs.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The text as given.
    pub original: &'a str,
    /// The normalised copy, with its map back to `original`.
    pub normalized: Normalized,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order, covering every token.
    pub sentences: Vec<Segment>,
    /// Paragraphs in text order, covering every token.
    pub paragraphs: Vec<Segment>,
    /// Where each token's bare form ([`Document::bare`]) lies, made once:
    /// every stage asks for it, several times per word. A range of the
    /// normalised text, or, with [`REBUILT`] set in its start, of
    /// `rebuilt` (ل + ال, whose bare form gets its alef back).
    bare_forms: Vec<(u32, u32)>,
    /// The bare forms that are no part of the normalised text.
    rebuilt: String,
    /// Each Arabic token's word as a number, the same for every token of
    /// the same word ([`Document::word_id`]); [`NO_WORD`] for other tokens.
    word_ids: Vec<u32>,
    /// How many distinct Arabic words the text has.
    distinct_words: usize,
    /// The vocabulary the clitics were weighed with, for later stages that
    /// weigh readings of a word too (the gazetteer's matcher).
    pub vocabulary: Vocabulary,
}

/// Values of the Arabic words of one text, each made once, by
/// [`Document::word_id`]: for a stage's work that depends on a word alone,
/// which most words would otherwise repeat.
pub struct PerWord<T>(Vec<Option<T>>);

impl<T: Copy> PerWord<T> {
    /// Room for the words of `document` (and of no other text), none made.
    pub fn new(document: &Document) -> Self {
        PerWord(vec![None; document.distinct_words()])
    }

    /// The value of token `index`'s word, made by `make` the first time; a
    /// token that is no Arabic word gets a value of its own each time.
    #[inline]
    pub fn get(&mut self, document: &Document, index: usize, make: impl FnOnce() -> T) -> T {
        match document.word_id(index).and_then(|id| self.0.get_mut(id)) {
            Some(value) => *value.get_or_insert_with(make),
            None => make(),
        }
    }
}

/// The [`Document::word_ids`] entry of a token that is no Arabic word.
const NO_WORD: u32 = u32::MAX;

/// Marks a bare form's range as one of [`Document::rebuilt`]. Offsets are
/// `u32`, as those of [`Normalized`] are; a text of 2 GB or more would read
/// some bare forms wrongly, never out of bounds.
const REBUILT: u32 = 1 << 31;

impl<'a> Document<'a> {
    /// Runs the text layer over `original`, with the embedded vocabulary.
    pub fn new(original: &'a str) -> Self {
        Document::with_vocabulary(original, Vocabulary::embedded())
    }

    /// Runs the text layer over `original`, weighing clitics with
    /// `vocabulary`.
    pub fn with_vocabulary(original: &'a str, vocabulary: Vocabulary) -> Self {
        let normalized = Normalized::new(original);
        let mut tokens = tokenize::tokenize(&normalized);
        // A word's proclitics depend on the word alone, and weighing them
        // takes several vocabulary look-ups: each distinct word is split
        // once per text, and numbered for later stages' own per-word work.
        // Room for an article's words from the start (about one distinct
        // word for two tokens), rather than growing there step by step, and
        // no more: a larger table costs an article more in memory traffic
        // than it saves. A longer text's map grows on from there.
        const WORDS_AT_FIRST: usize = 1024;
        let mut words: WordMap<&str, (u32, Clitics)> = WordMap::with_capacity_and_hasher(
            (tokens.len() / 2).min(WORDS_AT_FIRST),
            Default::default(),
        );
        let mut word_ids = Vec::with_capacity(tokens.len());
        for token in &mut tokens {
            if token.kind != TokenKind::Arabic {
                word_ids.push(NO_WORD);
                continue;
            }
            let word = token.norm_str(&normalized);
            let next_id = words.len() as u32;
            let (id, clitics) = *words
                .entry(word)
                .or_insert_with(|| (next_id, clitics::split(word, &vocabulary)));
            token.clitics = clitics;
            word_ids.push(id);
        }
        let distinct_words = words.len();
        let sentences = sentences::sentences(&tokens, &normalized);
        let paragraphs = sentences::paragraphs(&tokens, &normalized);
        let mut rebuilt = String::new();
        let bare_forms = tokens
            .iter()
            .map(|token| {
                let end = token.norm.end as u32;
                match clitics::bare_form(token.norm_str(&normalized), &token.clitics) {
                    // What remains of the word after its proclitics.
                    Cow::Borrowed(rest) => (end - rest.len() as u32, end),
                    Cow::Owned(form) => {
                        let start = rebuilt.len() as u32;
                        rebuilt.push_str(&form);
                        (start | REBUILT, rebuilt.len() as u32)
                    }
                }
            })
            .collect();
        Document {
            original,
            normalized,
            tokens,
            sentences,
            paragraphs,
            bare_forms,
            rebuilt,
            word_ids,
            distinct_words,
            vocabulary,
        }
    }

    /// The normalised form of token `index`.
    pub fn norm(&self, index: usize) -> &str {
        self.tokens[index].norm_str(&self.normalized)
    }

    /// The normalised form of token `index` as it would be written on its own,
    /// without its conjunction and preposition (والعراق → العراق, للعراق →
    /// العراق).
    pub fn bare(&self, index: usize) -> &str {
        let (start, end) = self.bare_forms[index];
        let text = if start & REBUILT == 0 {
            self.normalized.as_str()
        } else {
            &self.rebuilt
        };
        text.get((start & !REBUILT) as usize..end as usize)
            .unwrap_or_default()
    }

    /// The original span of token `index` without its conjunction and
    /// preposition: what a name's span covers (وبالموصل → الموصل, للعراق →
    /// للعراق).
    pub fn bare_span(&self, index: usize) -> Range<usize> {
        let token = &self.tokens[index];
        let detached = token.clitics.detached_len();
        if detached == 0 || detached >= token.norm.len() {
            return token.span.clone();
        }
        let start = self.normalized.original_start(token.norm.start + detached);
        start..token.span.end
    }

    /// Token `index`'s word as a number below [`Document::distinct_words`],
    /// the same for every token of the same word, if it is an Arabic word:
    /// what a stage's work on the word alone is remembered by.
    pub fn word_id(&self, index: usize) -> Option<usize> {
        self.word_ids
            .get(index)
            .filter(|&&id| id != NO_WORD)
            .map(|&id| id as usize)
    }

    /// How many distinct Arabic words the text has.
    pub fn distinct_words(&self) -> usize {
        self.distinct_words
    }

    /// The tokens overlapping the byte range `span` of the original (empty,
    /// at the first token after it, when none does).
    ///
    /// The search starts where the tokens would be were they spread evenly
    /// over the text and widens from there: in a long document a plain
    /// binary search misses the cache at every step, and the places stage
    /// asks this of every entity several times.
    pub fn tokens_overlapping(&self, span: &Range<usize>) -> Range<usize> {
        let text_end = self.tokens.last().map_or(0, |t| t.span.end).max(1);
        let guess = (span.start as u128 * self.tokens.len() as u128 / text_end as u128) as usize;
        let start = partition_near(&self.tokens, guess, |t| t.span.end <= span.start);
        let end = start + partition_near(&self.tokens[start..], 0, |t| t.span.start < span.end);
        start..end
    }

    /// The original text of a byte span.
    pub fn slice(&self, span: Range<usize>) -> &'a str {
        &self.original[span]
    }
}

/// The index of the first item of `items` that is not `before`, as
/// [`slice::partition_point`] finds it (`before` holds of a prefix of
/// `items`), searched for in steps that double away from `guess`, so that
/// a good guess costs a few probes near it.
fn partition_near<T>(items: &[T], guess: usize, before: impl Fn(&T) -> bool) -> usize {
    let guess = guess.min(items.len());
    if guess < items.len() && before(&items[guess]) {
        // The answer lies after `guess`.
        let mut low = guess + 1;
        let mut step = 1;
        loop {
            let probe = low + step - 1;
            if probe >= items.len() || !before(&items[probe]) {
                let high = (probe + 1).min(items.len());
                return low + items[low..high].partition_point(&before);
            }
            low = probe + 1;
            step *= 2;
        }
    }
    // The answer is `guess` or lies before it.
    let mut high = guess;
    let mut step = 1;
    while high > 0 {
        let probe = high.saturating_sub(step);
        if before(&items[probe]) {
            return probe + 1 + items[probe + 1..high].partition_point(&before);
        }
        high = probe;
        step *= 2;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::partition_near;

    #[test]
    fn partition_near_finds_what_a_binary_search_finds_from_any_guess() {
        for length in 0..40 {
            let items: Vec<usize> = (0..length).map(|i| i * 3).collect();
            for bound in 0..=length * 3 + 1 {
                let expected = items.partition_point(|&item| item < bound);
                for guess in 0..=length + 2 {
                    assert_eq!(
                        partition_near(&items, guess, |&item| item < bound),
                        expected,
                        "length {length}, bound {bound}, guess {guess}"
                    );
                }
            }
        }
    }
}
