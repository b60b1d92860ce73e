//! The matcher: the gazetteer's names in a document, through clitics,
//! across words, and in other spellings (by [`crate::tables::gazetteer::skeleton`]).

use std::borrow::Cow;
use std::cmp::Reverse;
use std::ops::Range;

use super::{Gazetteer, PlaceMatch};
use crate::analysis::PlaceKind;
use crate::tables::gazetteer::{MIN_SKELETON_LETTERS, skeleton_is_long_enough, write_skeleton};
use crate::text::{Document, PerWord, TokenKind};
use crate::words::direction;

/// Which reading of a word matches a place fuzzily (its index among the
/// readings) and the candidates; `None` when none does.
type FuzzyChoice<'a> = Option<(usize, &'a [u32])>;

/// A word seen more often than this in the corpora is never read as clitics
/// and a name unless the clitic splitter says so.
const GUESS_MAX_COUNT: u32 = 20;

/// `word` without a leading و ف ب ك ل, if three letters or more remain.
fn without_clitic_letter(word: &str) -> Option<&str> {
    word.strip_prefix(['و', 'ف', 'ب', 'ك', 'ل'])
        .filter(|stripped| stripped.chars().count() >= 3)
}

/// One reading of a name's first word.
struct Reading<'a> {
    /// The word as looked up.
    word: Cow<'a, str>,
    /// Where the name would start in the original.
    span_start: usize,
    /// A guess beyond the clitic splitter: only a [`Entry::is_notable`]
    /// place may be read so.
    guessed: bool,
}

/// The readings of a name's first word: without its conjunction and
/// preposition as the clitic splitter found them (وبالموصل → الموصل), as
/// written (بيروت), and, where the splitter kept the word whole, without a
/// leading و ف ب ك ل or two (بمكة → مكة, where the word is rare; guessed).
/// They replace what `readings` held: the matcher asks for them at every
/// Arabic word and reuses one vector.
fn first_word_readings<'a>(document: &'a Document, index: usize, readings: &mut Vec<Reading<'a>>) {
    readings.clear();
    let token = &document.tokens[index];
    let norm = document.norm(index);
    let bare = document.bare(index);
    let whole = bare == norm;
    readings.push(Reading {
        word: Cow::Borrowed(bare),
        span_start: document.bare_span(index).start,
        guessed: false,
    });
    if !whole {
        readings.push(Reading {
            word: Cow::Borrowed(norm),
            span_start: token.span.start,
            guessed: false,
        });
        return;
    }
    // A common word the splitter kept whole is a word, not a clitic and a
    // name (كبيرا is not ك + بيرا, Beira). Asked only of words with a
    // letter to strip: most have none.
    if without_clitic_letter(norm).is_none() || document.vocabulary.count(norm) > GUESS_MAX_COUNT {
        return;
    }
    let mut rest = norm;
    for _ in 0..2 {
        let Some(stripped) = without_clitic_letter(rest) else {
            break;
        };
        let offset = token.norm.start + (norm.len() - stripped.len());
        readings.push(Reading {
            word: Cow::Borrowed(stripped),
            span_start: document.normalized.original_start(offset),
            guessed: true,
        });
        // ل + ال is written لل: the article's alef comes back.
        if rest.starts_with('ل') && stripped.starts_with('ل') {
            readings.push(Reading {
                word: Cow::Owned(format!("ا{stripped}")),
                span_start: token.span.start,
                guessed: true,
            });
        }
        rest = stripped;
    }
}

impl Gazetteer {
    /// The gazetteer names in `document`, left to right, longest first, not
    /// overlapping: a lexicon feature for the tagger and the places stage's
    /// raw material.
    ///
    /// A name's first word is looked up without its conjunction and
    /// preposition (`Document::bare`: وسوريا، بالموصل، للعراق), as written,
    /// and without a leading و ف ب ك ل the clitic splitter kept (بمكة); the
    /// other words as written. Where no name matches exactly, names with the
    /// same [`skeleton`] do, marked [`PlaceMatch::fuzzy`]. Names do not run across a line
    /// break. A direction word before a country, state, region or continent
    /// makes a region (جنوب لبنان), and so does a direction coordinated
    /// with the first word of a region name (شرق ووسط آسيا).
    pub fn matches(&self, document: &Document) -> Vec<PlaceMatch> {
        self.matches_fuzzy_where(document, |_| true)
    }

    /// [`Gazetteer::matches`], with fuzzy matches looked for only on the
    /// tokens for which `fuzzy_wanted` is true: finding a word's likeliest
    /// fuzzy reading is most of the work for a word that names no place,
    /// and the places stage uses fuzzy matches only inside the tagger's
    /// places.
    pub fn matches_fuzzy_where(
        &self,
        document: &Document,
        fuzzy_wanted: impl Fn(usize) -> bool,
    ) -> Vec<PlaceMatch> {
        let mut found: Vec<PlaceMatch> = Vec::new();
        // Fuzzy matches only fill the gaps, one word at a time: across words
        // skeletons are short enough to match anything (الي روسيا and الرس).
        // They are looked for where no exact name starts, with the same
        // readings, and kept below where no exact name covers them (a
        // direction word may join the name after it).
        let mut fuzzy = Vec::new();
        // What a word's readings give depends on the word alone (not on
        // where it stands): whether a name may start with it, and its fuzzy
        // choice. Each is found once per word of the text, and most words
        // start no name, so most repeats are passed over at once.
        let mut starts: PerWord<bool> = PerWord::new(document);
        let mut choices: PerWord<FuzzyChoice> = PerWord::new(document);
        let mut readings = Vec::new();
        let mut skeleton = String::new();
        let mut index = 0;
        while index < document.tokens.len() {
            if document.tokens[index].kind != TokenKind::Arabic {
                index += 1;
                continue;
            }
            let mut read = false;
            let starts_name = starts.get(document, index, || {
                first_word_readings(document, index, &mut readings);
                read = true;
                readings
                    .iter()
                    .any(|reading| self.table.is_known(reading.word.as_ref()))
            });
            let wants_fuzzy = fuzzy_wanted(index);
            if !starts_name && !wants_fuzzy {
                index += 1;
                continue;
            }
            if !read {
                first_word_readings(document, index, &mut readings);
            }
            let matched = starts_name
                .then(|| self.longest_at(document, index, &readings, &mut skeleton))
                .flatten();
            let Some(mut matched) = matched else {
                let choice = wants_fuzzy.then(|| {
                    choices.get(document, index, || {
                        self.likeliest_reading(&readings, "", true, &mut skeleton)
                            .map(|(reading_index, _, candidates, _)| (reading_index, candidates))
                    })
                });
                // The word's readings are those the choice was made among.
                if let Some(Some((reading_index, candidates))) = choice
                    && let Some(reading) = readings.get(reading_index)
                {
                    fuzzy.extend(self.place_match(
                        document,
                        index..index + 1,
                        reading.span_start,
                        reading.word.clone().into_owned(),
                        candidates,
                        false,
                        true,
                    ));
                }
                index += 1;
                continue;
            };
            let previous_end = found.last().map_or(0, |m| m.tokens.end);
            self.extend_with_direction(document, &mut matched, previous_end);
            index = matched.tokens.end;
            found.push(matched);
        }
        let mut exact = found.iter().peekable();
        fuzzy.retain(|candidate: &PlaceMatch| {
            let index = candidate.tokens.start;
            while exact.peek().is_some_and(|m| m.tokens.end <= index) {
                exact.next();
            }
            exact.peek().is_none_or(|m| m.tokens.start > index)
        });
        if !fuzzy.is_empty() {
            found.extend(fuzzy);
            found.sort_by_key(|m| m.tokens.start);
        }
        found
    }

    /// The longest name starting at the Arabic token `start`, its first word
    /// read as `readings`, if any. `scratch` is space for keys and
    /// skeletons, reused between calls.
    fn longest_at(
        &self,
        document: &Document,
        start: usize,
        readings: &[Reading],
        scratch: &mut String,
    ) -> Option<PlaceMatch> {
        let tokens = &document.tokens;
        let mut end = start + 1;
        while end < tokens.len()
            && end - start < self.table.max_words()
            && tokens[end].breaks_before == 0
            && tokens[end].kind != TokenKind::Quote
        {
            end += 1;
        }
        let end = self.names_end(document, start..end, readings, scratch)?;
        (start + 1..=end)
            .rev()
            .find_map(|last| self.name_at(document, start..last, readings, false, scratch))
    }

    /// The end of the longest run of the tokens `range`, from its start and
    /// read as `readings`, that is a name or a name's first words
    /// ([`Gazetteer::known`]); `None` if even the first word is
    /// neither. No name ends further. The keys are built in `key`.
    fn names_end(
        &self,
        document: &Document,
        range: Range<usize>,
        readings: &[Reading],
        key: &mut String,
    ) -> Option<usize> {
        let known = |key: &str| self.table.is_known(key);
        readings
            .iter()
            .filter(|reading| known(&reading.word))
            .map(|reading| {
                key.clear();
                key.push_str(&reading.word);
                let mut end = range.start + 1;
                while end < range.end {
                    key.push(' ');
                    key.push_str(document.norm(end));
                    if !known(key) {
                        break;
                    }
                    end += 1;
                }
                end
            })
            .max()
    }

    /// The name that the tokens `range` spell, exactly, or, for one word,
    /// fuzzily where no name matches exactly: how the places stage resolves
    /// a place the tagger found when no gazetteer name lies inside it (مكة
    /// tagged alone in مكة المكرمة).
    pub fn name_of(&self, document: &Document, range: Range<usize>) -> Option<PlaceMatch> {
        if range.is_empty()
            || range.end > document.tokens.len()
            || document.tokens[range.start].kind != TokenKind::Arabic
        {
            return None;
        }
        let mut readings = Vec::new();
        first_word_readings(document, range.start, &mut readings);
        let mut skeleton = String::new();
        self.name_at(document, range.clone(), &readings, false, &mut skeleton)
            .or_else(|| {
                (range.len() == 1)
                    .then(|| self.name_at(document, range, &readings, true, &mut skeleton))
                    .flatten()
            })
    }

    /// The name the tokens `range` spell, the first read as `readings`;
    /// `skeleton` is scratch space for a fuzzy lookup, reused between calls.
    fn name_at(
        &self,
        document: &Document,
        range: Range<usize>,
        readings: &[Reading],
        fuzzy: bool,
        skeleton: &mut String,
    ) -> Option<PlaceMatch> {
        let mut rest = String::new();
        for i in range.start + 1..range.end {
            rest.push(' ');
            rest.push_str(document.norm(i));
        }
        let (reading_index, key, candidates, doubtful) =
            self.likeliest_reading(readings, &rest, fuzzy, skeleton)?;
        self.place_match(
            document,
            range,
            readings[reading_index].span_start,
            key.into_owned(),
            candidates,
            doubtful,
            fuzzy,
        )
    }

    /// Which of `readings` of a name's first word, followed by the words
    /// `rest` (each after a space), names a place, the likelier when several
    /// do (ب + اريس, a town in Algeria, and باريس): its index, the key looked
    /// up, the candidates and whether they are doubtful.
    fn likeliest_reading<'r>(
        &self,
        readings: &'r [Reading],
        rest: &str,
        fuzzy: bool,
        skeleton: &mut String,
    ) -> Option<(usize, Cow<'r, str>, &[u32], bool)> {
        let (_, Reverse(reading_index), key, candidates, doubtful) = readings
            .iter()
            .enumerate()
            .filter_map(|(reading_index, reading)| {
                // One word is looked up as it is: most lookups fail, and
                // need no copy.
                let key = if rest.is_empty() {
                    Cow::Borrowed(reading.word.as_ref())
                } else {
                    Cow::Owned(format!("{}{rest}", reading.word))
                };
                let (candidates, doubtful) = if fuzzy {
                    // A skeleton has no more letters than its key, and none
                    // this short is indexed (the commonest words are).
                    key.chars().nth(MIN_SKELETON_LETTERS - 1)?;
                    write_skeleton(&key, skeleton);
                    if !skeleton_is_long_enough(skeleton) {
                        return None;
                    }
                    (self.table.by_skeleton(skeleton.as_str())?, false)
                } else {
                    self.lookup(&key)?
                };
                let best = self.best(candidates, &[])?;
                if reading.guessed && !self.entry(best).is_notable() {
                    return None;
                }
                let score = self.score(best, &[]);
                Some((score, Reverse(reading_index), key, candidates, doubtful))
            })
            .max_by_key(|(score, reading_index, ..)| (*score, *reading_index))?;
        Some((reading_index, key, candidates, doubtful))
    }

    /// The match of the tokens `range` as the name `key`, starting in the
    /// original at `span_start`, which may stand for `candidates`.
    #[allow(clippy::too_many_arguments)]
    fn place_match(
        &self,
        document: &Document,
        range: Range<usize>,
        span_start: usize,
        key: String,
        candidates: &[u32],
        doubtful: bool,
        fuzzy: bool,
    ) -> Option<PlaceMatch> {
        let best = self.best(candidates, &[])?;
        Some(PlaceMatch {
            span: span_start..document.tokens[range.end - 1].span.end,
            tokens: range,
            key,
            candidates: candidates.to_vec(),
            best,
            kind: self.entry(best).kind,
            direction: None,
            doubtful,
            fuzzy,
        })
    }

    /// Widens `matched` over a direction word before it (see
    /// [`Gazetteer::matches`]), unless that word belongs to the previous
    /// match (which ends at token `previous_end`).
    fn extend_with_direction(
        &self,
        document: &Document,
        matched: &mut PlaceMatch,
        previous_end: usize,
    ) {
        let start = matched.tokens.start;
        if start == 0 || start - 1 < previous_end {
            return;
        }
        let before = start - 1;
        if document.tokens[start].breaks_before > 0
            || document.tokens[before].kind != TokenKind::Arabic
        {
            return;
        }
        let Some(before_direction) = direction(document.bare(before)) else {
            return;
        };
        let first_word = matched.key.split(' ').next().unwrap_or_default();
        let coordinated = document.tokens[start].clitics.conjunction == Some('و')
            && direction(first_word).is_some()
            && matches!(matched.kind, PlaceKind::Region | PlaceKind::Continent);
        let directed = matches!(
            matched.kind,
            PlaceKind::Country | PlaceKind::State | PlaceKind::Continent
        ) && direction(first_word).is_none();
        if !(coordinated || directed) {
            return;
        }
        matched.direction = Some(if coordinated {
            format!("{before_direction} and")
        } else {
            before_direction.to_string()
        });
        matched.tokens.start = before;
        matched.span.start = document.bare_span(before).start;
        matched.kind = PlaceKind::Region;
    }
}
