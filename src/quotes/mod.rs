//! The quote stage: direct and reported speech with its speakers.
//!
//! Arabic news reports most speech indirectly (قال ... إن ...), so marks
//! alone would miss half of it. The stage works on tokens, in three passes:
//!
//! 1. [`marks`] pairs quotation marks into marked spans;
//! 2. [`cues`] finds every cue — a reporting verb with its complementiser,
//!    colon or opening mark, a circumstantial participle (مشيرًا إلى أن), a
//!    source phrase (بحسب، وفقًا لما قال) — and a cue after a closing mark
//!    ("..."، قال الوزير); a marked span with no cue is a name or a term,
//!    not a quote;
//! 3. [`speaker`] resolves who spoke, in text order, so that a continuing
//!    speaker (وأضاف أن ...) and a back-reference (المتحدث) can point at the
//!    mention that named them earlier. It prefers the entities of the NER
//!    stage and falls back on the noun phrase around the cue.

mod cues;
mod marks;
mod speaker;
pub(crate) mod speech_words;

use std::ops::Range;

use crate::analysis::QuoteKind;
use crate::findings::{Findings, FoundQuote};
use crate::text::{Document, TokenKind};
use crate::words;

/// Where a quote's speaker is to be found, in token indices.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// The noun phrase after the cue (قال الوزير إن).
    After(Range<usize>),
    /// The noun phrase before the cue (التحالف الدولي أكد أن).
    Before(Range<usize>),
    /// The speaker of the quote before (وأضاف أن ...، مشيرًا إلى أن).
    Continuing,
}

/// A quote found by its cue, before its speaker is resolved.
#[derive(Debug, Clone)]
struct Candidate {
    kind: QuoteKind,
    /// Token indices of the cue.
    cue: Range<usize>,
    /// Token indices of the content.
    content: Range<usize>,
    /// Where the speaker is.
    source: Source,
    /// Whether the content may run to the end of its sentence and should be
    /// cut where the next quote starts (reported speech), or is fixed by its
    /// marks.
    open_ended: bool,
    /// The sentence of the cue.
    sentence: usize,
    /// The tokens of the sentence before the cue, where a continuing
    /// quote's speaker may be named (حذرت الوزيرة X ... وأبدت ثقتها بأن).
    clause: Range<usize>,
    /// The first title phrase in `clause` (الرئيس الإيراني محمود أحمدي
    /// نجاد ... قائلًا), for a continuing quote when no entity is there.
    clause_subject: Option<Range<usize>>,
}

impl Candidate {
    /// A candidate whose sentence and clause are yet to be filled in.
    fn new(
        kind: QuoteKind,
        cue: Range<usize>,
        content: Range<usize>,
        source: Source,
        open_ended: bool,
    ) -> Self {
        Candidate {
            kind,
            cue,
            content,
            source,
            open_ended,
            sentence: 0,
            clause: 0..0,
            clause_subject: None,
        }
    }

    /// The first token of the quote's own words: its cue, or its speaker
    /// when it stands before the cue.
    fn start(&self) -> usize {
        match &self.source {
            Source::Before(subject) => subject.start.min(self.cue.start),
            _ => self.cue.start,
        }
    }
}

/// Finds the quotes of `document`, with their speakers, and adds them to
/// `findings` in text order. Reads `findings.entities` (with their groups)
/// when the NER stage has filled them; works without them too.
pub fn find(document: &Document, findings: &mut Findings) {
    let marked = marks::marked_spans(document);
    let mut candidates = cues::candidates(document, &marked);
    close_open_contents(document, &mut candidates);
    start_claims_after_other_cues(&mut candidates);
    candidates.retain(|candidate| says_something(document, &candidate.content));
    candidates.sort_by_key(|candidate| (candidate.content.start, candidate.cue.start));
    // The same words introduced by a verb and then credited by a medium's
    // source phrase after them (وأكد مودي أن …، حسبما أفادت وكالة الأنباء)
    // are one quote, the verb's: the medium relays it, and what follows
    // continues the speaker, not the medium. A source of its own (قالت
    // المراسلة إن …، بحسب شهادة هيئة الدفاع) is a quote of its own.
    candidates.dedup_by(|later, earlier| {
        let relayed = match &later.source {
            Source::After(subject) | Source::Before(subject) => {
                !subject.is_empty()
                    && speech_words::is_medium(words::without_article(document.bare(subject.start)))
            }
            Source::Continuing => false,
        };
        relayed
            && later.content == earlier.content
            && earlier.cue.start < later.cue.start
            && later.content.end <= later.cue.start
    });
    let mut resolver = speaker::Resolver::new(document, findings);
    let mut quotes = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let speaker = resolver.resolve(&candidate);
        quotes.push(FoundQuote {
            kind: candidate.kind,
            cue: Some(token_span(document, &candidate.cue)),
            content: token_span(document, &candidate.content),
            speaker,
        });
    }
    findings.quotes.extend(quotes);
}

/// Ends each reported content where the writer's words resume: at the end
/// of its sentence, where the next quote of the sentence starts, or at a
/// phrase that hands the sentence back to the writer (علمًا بأن، لكنه لم).
fn close_open_contents(document: &Document, candidates: &mut [Candidate]) {
    let mut starts: Vec<usize> = candidates.iter().map(Candidate::start).collect();
    starts.sort_unstable();
    for candidate in candidates.iter_mut().filter(|c| c.open_ended) {
        let content_start = candidate.content.start;
        let mut end = candidate.content.end;
        let after = starts.partition_point(|&start| start <= content_start);
        if let Some(&next) = starts.get(after) {
            end = end.min(next);
        }
        if let Some(stop) =
            (content_start..end).find(|&index| index > content_start && hands_back(document, index))
        {
            end = stop;
        }
        candidate.content.end = trim_end(document, content_start, end);
        // Quoted words ending the clause (أن "الوضع مستقر"): the closing
        // mark went with the trailing punctuation, so the opening one goes
        // too, and the marks inside stay paired (دعم «المشاريع»).
        let marks = (content_start..candidate.content.end)
            .filter(|&index| document.tokens[index].kind == TokenKind::Quote)
            .count();
        if marks % 2 == 1 && document.tokens[content_start].kind == TokenKind::Quote {
            candidate.content.start += 1;
        }
    }
}

/// Starts each claim that comes before its source phrase (...، بحسب
/// مصادر) after any other cue inside it: the words up to another cue are
/// that cue's, not this one's.
fn start_claims_after_other_cues(candidates: &mut [Candidate]) {
    let mut cues: Vec<Range<usize>> = candidates.iter().map(|c| c.cue.clone()).collect();
    cues.sort_unstable_by_key(|cue| (cue.start, cue.end));
    for candidate in candidates.iter_mut() {
        let content = candidate.content.clone();
        if candidate.open_ended || content.end > candidate.cue.start {
            continue;
        }
        let within = cues.partition_point(|cue| cue.start < content.end);
        if let Some(last) = cues[..within]
            .iter()
            .rev()
            .take_while(|cue| cue.start >= content.start)
            .find(|cue| cue.end <= content.end)
        {
            candidate.content.start = last.end;
        }
    }
}

/// True when a content holds at least two words: a single word, quoted or
/// not, is a description (ووصف الاتفاق بأنه "تاريخي"), not speech.
fn says_something(document: &Document, content: &Range<usize>) -> bool {
    const MIN_WORDS: usize = 2;
    content
        .clone()
        .filter(|&index| document.tokens[index].is_word())
        .nth(MIN_WORDS - 1)
        .is_some()
}

/// True when token `index` starts the writer's own words after a reported
/// clause.
fn hands_back(document: &Document, index: usize) -> bool {
    let word = document.norm(index);
    let next = document
        .tokens
        .get(index + 1)
        .map(|_| document.norm(index + 1));
    matches!(
        word,
        "علما" | "لكنه" | "لكنها" | "لكنهم" | "ولكنه" | "ولكنها"
    ) || (matches!(word, "من" | "دون") && next.is_some_and(|next| next == "دون" || next == "ان"))
}

/// The end of a content after dropping trailing punctuation, a lone
/// conjunction or a clause opener whose clause is the next quote's (...،
/// فيما أشار تقرير), and a closing mark left unpaired.
fn trim_end(document: &Document, start: usize, mut end: usize) -> usize {
    while end > start {
        let token = &document.tokens[end - 1];
        let dangling = matches!(token.kind, TokenKind::Punctuation | TokenKind::Quote)
            || matches!(
                document.norm(end - 1),
                "و" | "ف" | "فيما" | "بينما" | "حيث" | "كما"
            );
        if !dangling {
            break;
        }
        end -= 1;
    }
    end
}

/// The original byte span from the first to the last token of `tokens`.
fn token_span(document: &Document, tokens: &Range<usize>) -> Range<usize> {
    let first = &document.tokens[tokens.start];
    let last = &document.tokens[tokens.end.max(tokens.start + 1) - 1];
    first.span.start..last.span.end
}

#[cfg(test)]
mod tests;
