//! Cues and the content they introduce: reporting verbs with their
//! complementiser, colon or opening mark; circumstantial participles; source
//! phrases; a reporting verb after a closing mark.

mod subjects;

use std::ops::Range;

use super::marks::Marked;
use super::speech_words;
use super::{Candidate, Source};
use crate::analysis::QuoteKind;
use crate::text::{Document, PerWord, TokenKind};

/// How many tokens may stand between a reporting verb and its
/// complementiser: the speaker with a long title, and circumstances
/// (أمس الثلاثاء، في بيان، للصحفيين).
const MAX_SUBJECT_GAP: usize = 20;

/// Fewest words inside marks for them to be speech rather than a name or a
/// term ("فرجينيا", "جنود الخلافة").
const MIN_QUOTED_WORDS: usize = 3;

/// How many tokens may stand between a participle and its complementiser
/// (مشيرًا في هذا الصدد إلى أن، قائلًا في مقابلة مع شبكة ... " ...").
const MAX_PARTICIPLE_GAP: usize = 8;

/// How close a verb written like a common preposition must be to its
/// complementiser.
const MAX_WEAK_VERB_GAP: usize = 2;

/// How many tokens (a closing mark and a comma) may separate a quote from
/// a second quoted clause joined to it.
const MAX_JOIN_GAP: usize = 3;

/// How far before a verb a fronted subject may reach.
const MAX_FRONTED_SUBJECT: usize = 12;

/// The longest speaker phrase after a cue, in tokens (المتحدث باسم وزارة
/// الخارجية الأمريكية شون مكورماك is 7). Without a bound, a sentence of
/// nothing but names and nouns was read once per cue in it.
const MAX_SUBJECT_TOKENS: usize = 16;

/// How far before a source phrase (...، بحسب مصادر) its claim may reach, in
/// tokens, when no comma or complementiser marks where it starts. Without
/// a bound, a sentence of a thousand source phrases gave a thousand claims
/// each reaching back to the sentence's start: an analysis growing with
/// the square of the text.
const MAX_CLAIM_BEFORE_TOKENS: usize = 60;

/// What the scan after a cue met first.
enum Introducer {
    /// A complementiser (إن، أن، بأن) at this token.
    Complementiser(usize),
    /// A colon at this token.
    Colon(usize),
    /// The opening mark of this marked span.
    Marks(usize),
    /// The saying participle (قائلًا), which introduces the words itself.
    Saying,
}

/// The document with what the scan for cues keeps asking: the sentence of
/// each token and which tokens open or lie inside speech-length marks.
struct Scanner<'d> {
    document: &'d Document<'d>,
    marked: &'d [Marked],
    /// Sentence index of each token.
    sentence_of: Vec<usize>,
    /// For each token, the marked span (with enough words to be speech)
    /// whose opener it is.
    opens: Vec<Option<usize>>,
    /// For each token, whether it lies inside marks that hold speech-length
    /// words.
    quoted: Vec<bool>,
}

/// Every quote candidate in `document`, in no particular order.
pub(super) fn candidates(document: &Document, marked: &[Marked]) -> Vec<Candidate> {
    let scanner = Scanner::new(document, marked);
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut claimed = vec![false; marked.len()];
    // Whether each word is a reporting verb and whether a participle, asked
    // once per word of the text: nearly every token asks.
    let mut cue_words = PerWord::new(document);
    for index in 0..document.tokens.len() {
        if scanner.quoted[index] || document.tokens[index].kind != TokenKind::Arabic {
            continue;
        }
        let word = document.norm(index);
        let (reporting_verb, participle) = cue_words.get(document, index, || {
            (
                speech_words::is_reporting_verb(word),
                speech_words::is_participle(word) || speech_words::is_saying_noun(word),
            )
        });
        let found = if scanner.is_verb_cue_given(index, reporting_verb) {
            scanner.verb(index)
        } else if participle {
            scanner.participle(index)
        } else if let Some(continued) = candidates
            .last()
            .filter(|last| last.content.end <= index && index <= last.content.end + MAX_JOIN_GAP)
            .and_then(|_| scanner.coordinated_quote(index))
        {
            Some(continued)
        } else {
            scanner.source_phrase(index)
        };
        if let Some((candidate, marks)) = found {
            if let Some(marks) = marks {
                claimed[marks] = true;
            }
            candidates.push(candidate);
        }
    }
    for (span_index, span) in marked.iter().enumerate() {
        if !claimed[span_index]
            && scanner.speech_length(span)
            && let Some(candidate) = scanner.cue_after_closer(span)
        {
            candidates.push(candidate);
        }
    }
    drop_nested(&mut candidates);
    // Found once per sentence rather than once per cue: a sentence of
    // thousands of cues would otherwise be searched from its start for each.
    let mut titles = PerWord::new(document);
    let first_titles: Vec<Option<usize>> = document
        .sentences
        .iter()
        .map(|sentence| scanner.first_title(sentence.tokens.clone(), &mut titles))
        .collect();
    for candidate in &mut candidates {
        let cue = candidate.cue.start;
        candidate.sentence = scanner.sentence_of[cue];
        if candidate.source == Source::Continuing {
            candidate.clause = scanner.sentence_start(cue)..cue;
            candidate.clause_subject = first_titles[candidate.sentence]
                .filter(|&title| title < cue)
                .and_then(|title| scanner.title_phrase(title, cue))
                .or_else(|| {
                    // A participle continues its clause's verb: the subject
                    // after that verb speaks (كشف الدفاع المدني …، متوقعًا أن).
                    speech_words::is_participle(scanner.word(cue))
                        .then(|| scanner.reporting_subject(candidate.clause.clone()))
                        .flatten()
                });
        }
    }
    candidates
}

/// Drops the candidates another one explains: a quote inside another
/// quote's content without its own cue inside (quoted terms in a reported
/// clause are the clause's), or with a cue after its words that introduces
/// words of its own too (… أن نظامه هو “أردأ صورة”، مضيفا أنه …: the marked
/// words are the first quote's phrase); and a cue standing between another
/// cue and its words (وأوضح المسؤول، طالبًا عدم كشف هويته، أنه ...: كشف
/// introduces nothing).
fn drop_nested(candidates: &mut Vec<Candidate>) {
    // Both tests are answered from sorted lists, not by pairing every
    // candidate with every other (a long text has thousands).
    let mut by_content: Vec<(Range<usize>, usize)> = candidates
        .iter()
        .map(|c| (c.content.clone(), c.cue.start))
        .collect();
    by_content.sort_unstable_by_key(|(content, _)| content.start);
    // The furthest end of the contents so far in that order: no content
    // before a point where it falls short of a candidate's end contains it.
    let furthest_end: Vec<usize> = by_content
        .iter()
        .scan(0, |furthest, (content, _)| {
            *furthest = (*furthest).max(content.end);
            Some(*furthest)
        })
        .collect();
    let mut by_cue_end: Vec<(usize, usize)> = candidates
        .iter()
        .map(|c| (c.cue.end, c.content.start))
        .collect();
    by_cue_end.sort_unstable();
    // The latest content start among the cues ending so far.
    let latest_content_start: Vec<usize> = by_cue_end
        .iter()
        .scan(0, |latest, &(_, content_start)| {
            *latest = (*latest).max(content_start);
            Some(*latest)
        })
        .collect();
    let mut cue_starts: Vec<usize> = candidates.iter().map(|c| c.cue.start).collect();
    cue_starts.sort_unstable();
    candidates.retain(|candidate| {
        let cue_start = candidate.cue.start;
        // The cue after this quote's words is another quote's cue as well.
        let cue_shared = || {
            candidate.content.end <= cue_start
                && cue_starts.partition_point(|&start| start <= cue_start)
                    - cue_starts.partition_point(|&start| start < cue_start)
                    > 1
        };
        let explains = |&(ref content, other_cue_start): &(Range<usize>, usize)| {
            *content != candidate.content
                && content.start <= candidate.content.start
                && candidate.content.end <= content.end
                && (!content.contains(&cue_start) || cue_shared())
                && other_cue_start < cue_start
        };
        // A content holding this one but not its cue either starts after
        // the cue (a short window between the cue and its words) or ends
        // at or before it (only for a cue after its words).
        let inside_content = || {
            let after_cue = by_content.partition_point(|(content, _)| content.start <= cue_start);
            let count =
                by_content.partition_point(|(content, _)| content.start <= candidate.content.start);
            by_content[after_cue.min(count)..count].iter().any(explains)
                || (candidate.content.end <= cue_start
                    && (0..count)
                        .rev()
                        .take_while(|&i| furthest_end[i] >= candidate.content.end)
                        .any(|i| explains(&by_content[i])))
        };
        let inside_introduction = || {
            let count = by_cue_end.partition_point(|&(cue_end, _)| cue_end <= cue_start);
            count > 0 && cue_start < latest_content_start[count - 1]
        };
        !(inside_content() || inside_introduction())
    });
}

impl<'d> Scanner<'d> {
    fn new(document: &'d Document<'d>, marked: &'d [Marked]) -> Self {
        let mut sentence_of = vec![0; document.tokens.len()];
        for (sentence_index, sentence) in document.sentences.iter().enumerate() {
            for index in sentence.tokens.clone() {
                sentence_of[index] = sentence_index;
            }
        }
        let mut scanner = Scanner {
            document,
            marked,
            sentence_of,
            opens: vec![None; document.tokens.len()],
            quoted: vec![false; document.tokens.len()],
        };
        for (span_index, span) in marked.iter().enumerate() {
            if scanner.speech_length(span) {
                scanner.opens[span.opener] = Some(span_index);
                for index in span.inner.clone() {
                    scanner.quoted[index] = true;
                }
            }
        }
        scanner
    }

    fn word(&self, index: usize) -> &str {
        self.document.norm(index)
    }

    /// True when the marks hold enough words to be speech.
    fn speech_length(&self, span: &Marked) -> bool {
        span.inner
            .clone()
            .filter(|&index| {
                let token = &self.document.tokens[index];
                token.is_word() || token.kind == TokenKind::Number
            })
            .nth(MIN_QUOTED_WORDS - 1)
            .is_some()
    }

    /// One past the last token of the sentence holding token `index`.
    fn sentence_end(&self, index: usize) -> usize {
        self.document.sentences[self.sentence_of[index]].tokens.end
    }

    fn sentence_start(&self, index: usize) -> usize {
        self.document.sentences[self.sentence_of[index]]
            .tokens
            .start
    }

    /// The quote a reporting verb at `verb` introduces, and the marked span
    /// it claims.
    fn verb(&self, verb: usize) -> Option<(Candidate, Option<usize>)> {
        let end = self.sentence_end(verb);
        let weak = speech_words::is_weak_verb(self.word(verb));
        let introducer = if weak {
            // بيّن is written like بين ("between"): only an adjacent
            // complementiser makes it speech (وبين جلالته أن).
            match self.scan_introducer(verb, MAX_WEAK_VERB_GAP)? {
                found @ Introducer::Complementiser(_) => found,
                _ => return None,
            }
        } else {
            self.scan_introducer(verb, MAX_SUBJECT_GAP)?
        };
        if speech_words::quotes_only(self.word(verb))
            && matches!(introducer, Introducer::Complementiser(_))
        {
            return None;
        }
        let (cue, subject_end) = match introducer {
            Introducer::Complementiser(at) | Introducer::Colon(at) => {
                self.cue_with_preposition(verb, at)
            }
            Introducer::Marks(span) => (verb..verb + 1, self.marked[span].opener),
            Introducer::Saying => return None,
        };
        let source = if speech_words::relays(self.word(verb)) {
            // نقل reports speech only as نقل عن X ("quoted X"); otherwise
            // it carries people or goods (نقلوا إلى المستشفى). X speaks,
            // not the paper or agency that relays the words (نقلت الوكالة
            // عن الوزير قوله: the minister).
            // عن may have been taken into the cue as its preposition (نقلت
            // عن مصدر أمني قوله إن).
            let from = (verb + 1..subject_end).find(|&index| self.word(index) == "عن")?;
            let mut quoted = self.subject_after(from + 1..subject_end, false);
            // قوله، قولهم: "his saying", not part of who says it.
            while !quoted.is_empty() && self.word(quoted.end - 1).starts_with("قول") {
                quoted.end -= 1;
            }
            if quoted.is_empty() {
                self.verb_source(verb, cue.end..subject_end)
            } else {
                Source::After(quoted)
            }
        } else {
            self.verb_source(verb, cue.end..subject_end)
        };
        self.introduced(cue, introducer, end, source)
    }

    /// What first introduces the words after a cue at `cue`, within
    /// `max_gap` tokens of its sentence: a complementiser, a colon, marks
    /// holding speech, or the saying participle. Another cue first means
    /// this one introduces nothing.
    fn scan_introducer(&self, cue: usize, max_gap: usize) -> Option<Introducer> {
        let limit = self.sentence_end(cue).min(cue + 1 + max_gap);
        for index in cue + 1..limit {
            let word = self.word(index);
            if let Some(span) = self.opens[index]
                && self.speech_after_cue(&self.marked[span])
            {
                return Some(Introducer::Marks(span));
            }
            if self.quoted[index] {
                continue;
            }
            if speech_words::is_complementiser(word)
                && !speech_words::blocks_complementiser(self.word(index - 1))
            {
                return Some(Introducer::Complementiser(index));
            }
            if word == ":" {
                return Some(Introducer::Colon(index));
            }
            if speech_words::is_saying_participle(word) {
                return Some(Introducer::Saying);
            }
            if self.is_verb_cue(index) || speech_words::is_participle(word) {
                return None;
            }
        }
        None
    }

    /// True when token `index` is a reporting verb used as a verb: not the
    /// same letters read as a verbal noun after عدم، عند، بعد (عدم كشف
    /// هويته).
    fn is_verb_cue(&self, index: usize) -> bool {
        self.is_verb_cue_given(index, speech_words::is_reporting_verb(self.word(index)))
    }

    /// [`Scanner::is_verb_cue`] of token `index`, whose word is a reporting
    /// verb if `reporting_verb`.
    fn is_verb_cue_given(&self, index: usize, reporting_verb: bool) -> bool {
        reporting_verb && !(index > 0 && speech_words::makes_verbal_noun(self.word(index - 1)))
    }

    /// The cue, extended over a preposition right after it when the
    /// complementiser follows (أشار إلى أن), and where its subject ends.
    fn cue_with_preposition(&self, cue: usize, introducer: usize) -> (Range<usize>, usize) {
        let next = cue + 1;
        if next < introducer && speech_words::is_cue_preposition(self.word(next)) {
            (cue..next + 1, introducer.saturating_sub(1).max(next + 1))
        } else {
            let before = introducer - 1;
            let subject_end = if before > cue && speech_words::is_cue_preposition(self.word(before))
            {
                before
            } else {
                introducer
            };
            (cue..cue + 1, subject_end)
        }
    }

    /// The quote introduced by `introducer` after the cue.
    fn introduced(
        &self,
        cue: Range<usize>,
        introducer: Introducer,
        sentence_end: usize,
        source: Source,
    ) -> Option<(Candidate, Option<usize>)> {
        match introducer {
            Introducer::Complementiser(at) => {
                // Marks right after it, or after a colon after it (وقال إن:
                // "المنتخب قطع نصف المشوار"، موضحا أنّ: "…"): the words as
                // said.
                let after_colon = at + 1 < sentence_end && self.word(at + 1) == ":";
                let opener = if after_colon { at + 2 } else { at + 1 };
                if let Some(span) = self.opens.get(opener).copied().flatten()
                    && self.fills_clause(&self.marked[span])
                {
                    return Some(self.direct(cue, span, source, false));
                }
                Some((self.reported(cue, at + 1, sentence_end, source), None))
            }
            Introducer::Colon(at) => {
                // After a cue and a colon, marks that end the sentence hold
                // words said however few they are (قال: "لستم وحدكم").
                let marks = self.opens.get(at + 1).copied().flatten().or_else(|| {
                    (at + 1 < sentence_end)
                        .then(|| self.short_marks_at(at + 1))
                        .flatten()
                        .filter(|&span| self.closes_sentence(&self.marked[span]))
                });
                if let Some(span) = marks {
                    return Some(self.direct(cue, span, source, true));
                }
                self.has_enough_words(at + 1..sentence_end).then(|| {
                    let mut candidate = self.reported(cue, at + 1, sentence_end, source);
                    candidate.kind = QuoteKind::Direct;
                    (candidate, None)
                })
            }
            Introducer::Marks(span) => Some(self.direct(cue, span, source, false)),
            Introducer::Saying => None,
        }
    }

    /// True when marks met between a cue and its complementiser hold the
    /// words said rather than a name in the speaker's circumstances (قال
    /// لشبكة " سي ان ان " إن ...): they end the sentence, or hold a clause.
    fn speech_after_cue(&self, span: &Marked) -> bool {
        const CLAUSE_WORDS: usize = 6;
        // An organisation's name after its head without the article is no
        // speech (حسبما أفادت وكالة أنباء «برس ترست أوف إنديا»، صحيفة
        // "واشنطن بوست"; but وقالت الرئاسة « شدد الرئيس … » quotes it).
        let head_before = |index: usize| {
            !self.document.tokens[index].clitics.article
                && speech_words::is_organisation_head(self.document.bare(index))
        };
        let named = span.opener.checked_sub(1).is_some_and(|before| {
            head_before(before)
                || self.word(before) == "انباء" && before.checked_sub(1).is_some_and(head_before)
        });
        let clause_long = span
            .inner
            .clone()
            .filter(|&index| self.document.tokens[index].is_word())
            .nth(CLAUSE_WORDS - 1)
            .is_some();
        !named && (self.closes_sentence(span) || clause_long)
    }

    /// True when the marked span is the whole reported clause: the writer's
    /// words resume only after punctuation or a new clause with و (قال إن
    /// " ... " وهو ما أكده ...), not within it (قال إن " الناتو " سيتدخل).
    fn fills_clause(&self, span: &Marked) -> bool {
        let Some(closer) = span.closer else {
            return true;
        };
        match self.document.tokens.get(closer + 1) {
            None => true,
            Some(next) => {
                next.kind == TokenKind::Punctuation
                    || next.breaks_before > 0
                    || next.clitics.conjunction == Some('و')
                    || self.is_verb_cue(closer + 1)
                    || speech_words::is_participle(self.word(closer + 1))
            }
        }
    }

    /// True when nothing but punctuation follows the marked span in its
    /// sentence: all the reported words are inside the marks.
    fn closes_sentence(&self, span: &Marked) -> bool {
        let last = span.last();
        let end = self.sentence_end(last).max(last + 1);
        (last + 1..end).all(|i| !self.document.tokens[i].is_word())
    }

    fn reported(&self, cue: Range<usize>, start: usize, end: usize, source: Source) -> Candidate {
        Candidate::new(
            QuoteKind::Reported,
            cue,
            start..end.max(start),
            source,
            true,
        )
    }

    /// A direct quote of the words inside marked span `span`. After a colon
    /// an opening إن belongs to the words; after a verb it is the verb's
    /// complementiser and is left out.
    fn direct(
        &self,
        cue: Range<usize>,
        span: usize,
        source: Source,
        after_colon: bool,
    ) -> (Candidate, Option<usize>) {
        let marked = &self.marked[span];
        let mut content = marked.inner.clone();
        if !after_colon
            && content.len() > 1
            && speech_words::is_complementiser(self.word(content.start))
        {
            content.start += 1;
        }
        let content_end = super::trim_end(self.document, content.start, content.end);
        let content = content.start..content_end.max(content.start);
        (
            Candidate::new(QuoteKind::Direct, cue, content, source, false),
            Some(span),
        )
    }

    /// The quote a participle at `participle` introduces (مشيرًا إلى أن،
    /// قائلًا: ...); its speaker is the one of the clause it hangs on. The
    /// saying participle (قائلًا، متسائلًا) may be followed by the words
    /// themselves.
    fn participle(&self, participle: usize) -> Option<(Candidate, Option<usize>)> {
        let end = self.sentence_end(participle);
        let saying = speech_words::is_saying_participle(self.word(participle));
        let introducer = self.scan_introducer(participle, MAX_PARTICIPLE_GAP);
        let introducer = match introducer {
            Some(Introducer::Saying) | None => {
                let next = participle + 1;
                return (saying && next < end).then(|| {
                    let cue = participle..next;
                    (self.reported(cue, next, end, Source::Continuing), None)
                });
            }
            Some(introducer) => introducer,
        };
        let cue = match introducer {
            Introducer::Complementiser(at) | Introducer::Colon(at) => {
                self.cue_with_preposition(participle, at).0
            }
            Introducer::Marks(_) | Introducer::Saying => participle..participle + 1,
        };
        self.introduced(cue, introducer, end, Source::Continuing)
    }

    /// A second quoted clause joined by و and its own complementiser to the
    /// quote just before (قائلًا إنه " ... "، وإنه " ... "): the same
    /// speaker's words.
    fn coordinated_quote(&self, index: usize) -> Option<(Candidate, Option<usize>)> {
        let word = self.word(index);
        let complementiser = word
            .strip_prefix('و')
            .is_some_and(speech_words::is_complementiser);
        let span = self.opens.get(index + 1).copied().flatten()?;
        (complementiser && self.fills_clause(&self.marked[span]))
            .then(|| self.direct(index..index + 1, span, Source::Continuing, false))
    }

    /// A source phrase at `index` (بحسب، وفقًا لما قال، نقلًا عن، على لسان، على
    /// حد قوله، كما قال) with the claim it sources: the rest of the sentence
    /// when it opens the sentence, else the clause before it.
    fn source_phrase(&self, index: usize) -> Option<(Candidate, Option<usize>)> {
        let end = self.sentence_end(index);
        let word = self.word(index);
        let next = |offset: usize| (index + offset < end).then(|| self.word(index + offset));
        // كما قاله، وفقًا لما قاله: the verb may carry its object.
        let reports = |word: &str| {
            speech_words::is_reporting_verb(word)
                || word
                    .strip_suffix('ه')
                    .is_some_and(speech_words::is_reporting_verb)
        };
        let bare = word
            .strip_prefix('و')
            .filter(|rest| rest.chars().count() >= 3)
            .unwrap_or(word);
        let cue_end = match bare {
            "بحسب" | "حسب" => match next(1) {
                Some("ما") if next(2).is_some_and(reports) => index + 3,
                Some(_) => index + 1,
                None => return None,
            },
            "وفقا" | "طبقا" => match next(1) {
                Some("لما") if next(2).is_some_and(reports) => index + 3,
                Some(following) if following.starts_with('ل') => index + 1,
                _ => return None,
            },
            "وفق" => match next(1) {
                Some("ما") if next(2).is_some_and(reports) => index + 3,
                // وفق مصادر مطلعة، وفق بيان: a source, not a rule (وفق
                // الاتفاقات).
                Some(source)
                    if speech_words::is_vague_source(source)
                        || speech_words::is_document(source) =>
                {
                    index + 1
                }
                _ => return None,
            },
            "حسبما" if next(1).is_some_and(reports) => index + 2,
            "نقلا" if next(1) == Some("عن") => index + 2,
            "علي" if next(1) == Some("لسان") => index + 2,
            "علي"
                if next(1) == Some("حد")
                    && next(2).is_some_and(|w| w.starts_with("قول") || w.starts_with("تعبير")) =>
            {
                let cue = index..index + 3;
                return self.claim_before(cue, Source::Continuing);
            }
            // كما قال X: the claim before it; at the start of a sentence
            // the verb is an ordinary cue.
            "كما" if next(1).is_some_and(reports) && index != self.sentence_start(index) => {
                index + 2
            }
            _ => return None,
        };
        let cue = index..cue_end;
        let subject = self.subject_after(cue_end..end, true);
        let source = if subject.is_empty() {
            Source::Continuing
        } else {
            Source::After(subject.clone())
        };
        // The claim follows when the phrase opens the sentence (وحسب X،
        // فقد ...) or stands apart inside it (...، حسب هيئة الدفاع، بعد ...).
        let separator = |at: usize| matches!(self.word(at), "،" | "," | "-");
        let set_apart = !subject.is_empty()
            && index > 0
            && separator(index - 1)
            && subject.end < end
            && matches!(
                self.word(subject.end),
                "،" | "," | "-" | "فان" | "فقد" | "فانه"
            )
            // Not when a day or two end the sentence after it (...، بحسب
            // مصادر رسمية وأمنية، الإثنين.): the claim is before it.
            && self.has_enough_words(subject.end..end);
        if index == self.sentence_start(index) || set_apart {
            // The claim follows: وحسب X، فقد ...
            // The source may run on past its name (وبحسب ما نقلته وكالة
            // رويترز عن مصادر دبلوماسية، فإن ...): the claim starts after
            // the comma that closes it, when one comes soon.
            const MAX_SOURCE_WORDS: usize = 8;
            let mut start = subject.end.max(cue_end);
            if let Some(comma) = (start..end.min(start + MAX_SOURCE_WORDS))
                .find(|&index| matches!(self.word(index), "،" | ","))
            {
                start = comma;
            }
            while start < end
                && matches!(
                    self.word(start),
                    "،" | "," | "-" | "فقد" | "فان" | "فانه" | "فانها"
                )
            {
                start += 1;
            }
            if start >= end {
                return None;
            }
            if let Some(span) = self.opens[start]
                && self.closes_sentence(&self.marked[span])
            {
                return Some(self.direct(cue, span, source, false));
            }
            return Some((self.reported(cue, start, end, source), None));
        }
        self.claim_before(cue, source)
    }

    /// True when `tokens` hold at least [`MIN_QUOTED_WORDS`] words. Counting
    /// stops there: the rest of a sentence of thousands of colons would
    /// otherwise be counted at each.
    fn has_enough_words(&self, tokens: Range<usize>) -> bool {
        tokens
            .filter(|&index| self.document.tokens[index].is_word())
            .nth(MIN_QUOTED_WORDS - 1)
            .is_some()
    }

    /// A quote whose claim is the clause before its source phrase (...،
    /// بحسب مصادر مطلعة). Where the clause is itself reported (قالت X إن
    /// ...، بحسب Y) the claim starts after its complementiser.
    fn claim_before(
        &self,
        cue: Range<usize>,
        source: Source,
    ) -> Option<(Candidate, Option<usize>)> {
        let sentence_start = self.sentence_start(cue.start);
        let before_phrase = super::trim_end(self.document, sentence_start, cue.start);
        let earliest = sentence_start.max(before_phrase.saturating_sub(MAX_CLAIM_BEFORE_TOKENS));
        let mut start = (earliest..before_phrase)
            .rev()
            .find(|&index| {
                let word = self.word(index);
                speech_words::is_complementiser(word) || matches!(word, "،" | ",")
            })
            .map_or(earliest, |boundary| boundary + 1);
        while start < before_phrase && matches!(self.word(start), "و" | "ف" | "وقد" | "فقد" | "قد")
        {
            start += 1;
        }
        let end = before_phrase.max(start);
        self.has_enough_words(start..end).then(|| {
            (
                Candidate::new(QuoteKind::Reported, cue, start..end, source, false),
                None,
            )
        })
    }

    /// A marked span followed by its cue ("..."، قال الوزير).
    fn cue_after_closer(&self, span: &Marked) -> Option<Candidate> {
        let closer = span.closer?;
        let end = self.sentence_end(closer).max(closer + 1);
        let mut index = closer + 1;
        while index < end && matches!(self.word(index), "،" | ",") {
            index += 1;
        }
        // «عليهم أن يكونوا مستعدين»، هكذا قال: "thus said".
        if index + 1 < end && matches!(self.word(index), "هكذا" | "وهكذا") {
            index += 1;
        }
        if index >= end {
            return None;
        }
        let word = self.word(index);
        if !(speech_words::is_reporting_verb(word) || speech_words::is_participle(word)) {
            return None;
        }
        let subject = self.subject_after(index + 1..end, false);
        let source = if subject.is_empty() {
            Source::Continuing
        } else {
            Source::After(subject)
        };
        let content_end = super::trim_end(self.document, span.inner.start, span.inner.end);
        Some(Candidate::new(
            QuoteKind::Direct,
            index..index + 1,
            span.inner.start..content_end,
            source,
            false,
        ))
    }
}
