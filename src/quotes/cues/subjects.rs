//! Who a cue's words are credited to: the subject after a reporting verb
//! (with its title, an apposed name, a vague source's whereabouts), a
//! subject fronted before the verb (أما X فيقول), and the antecedent of a
//! back-reference. A third of the cue scanner, and a seam of its own: the
//! cues decide where speech is, these decide whose it is.

use std::ops::Range;

use super::super::Source;
use super::super::speech_words;
use super::*;
use crate::text::{PerWord, TokenKind};
use crate::words;

/// The most tokens, marks included, a name in quotation marks opening a
/// subject may span (“ أوراسكوم كونستراكشون ”).
const MAX_QUOTED_SUBJECT_TOKENS: usize = 5;

impl<'d> Scanner<'d> {
    /// Where the speaker of a verb at `verb` is, given the tokens between
    /// the cue and what introduces the words.
    pub(super) fn verb_source(&self, verb: usize, between: Range<usize>) -> Source {
        let subject = self.subject_after(between, false);
        if !subject.is_empty() {
            return Source::After(subject);
        }
        let word = self.word(verb);
        // و set apart from the verb (و أضاف) is its conjunction too.
        let wa_apart = verb > 0 && self.word(verb - 1) == "و";
        if speech_words::has_conjunction_wa(word) || wa_apart {
            return Source::Continuing;
        }
        let fronted = self.fronted_subject(verb);
        let fronted_ok = !speech_words::has_conjunction_fa(word)
            || fronted
                .as_ref()
                .is_some_and(|(_, opener)| *opener == Some("اما"));
        match fronted {
            Some((subject, _)) if fronted_ok && !subject.is_empty() => Source::Before(subject),
            _ => Source::Continuing,
        }
    }

    /// The noun phrase that starts the tokens `between` a cue and its
    /// complementiser, up to the circumstances (أمس، في بيان، للصحفيين).
    /// After a source phrase ending in لـ (وفقًا لـ) the first word carries
    /// that preposition: `prepositional_first` lets it in.
    pub(super) fn subject_after(
        &self,
        between: Range<usize>,
        prepositional_first: bool,
    ) -> Range<usize> {
        // The verb's object pronoun before its subject (بحسب ما أفادت به
        // مصادر رسمية): the subject comes after it.
        // So is فيه in a relative clause (في وقت حذر فيه وزير الخارجية).
        if between.len() > 1
            && matches!(
                self.word(between.start),
                "به" | "بها" | "بهم" | "فيه" | "فيها"
            )
        {
            return self.subject_after(between.start + 1..between.end, prepositional_first);
        }
        let mut end = between.start;
        let limit = between.end.min(between.start + MAX_SUBJECT_TOKENS);
        while end < limit {
            let first = end == between.start;
            if let Some(span) = self.opens[end].or(self.short_marks_at(end)) {
                // A quoted name inside the phrase (صحيفة " واشنطن بوست ").
                let marked = &self.marked[span];
                // First, only a short name in marks right before the
                // complementiser is the subject (قالت “أوراسكوم كونستراكشون”
                // إن), not quoted words.
                let short = |closer: usize| {
                    closer - marked.opener <= MAX_QUOTED_SUBJECT_TOKENS
                        && (closer + 1 == limit
                            || speech_words::is_complementiser(self.word(closer + 1)))
                        && !(marked.opener + 1..closer)
                            .any(|inside| speech_words::is_complementiser(self.word(inside)))
                };
                match marked.closer {
                    Some(closer) if closer < limit && (!first || short(closer)) => {
                        end = closer + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            let token = &self.document.tokens[end];
            if !token.is_word() {
                break;
            }
            let word = self.word(end);
            let clitics = token.clitics;
            // A ب or ك before a word without the article inside the phrase
            // is more often a name's first letter (باول، بليكس، كوفي) than
            // a preposition.
            let prepositional = clitics.preposition.is_some()
                && word != "باسم"
                && (first || clitics.article || clitics.preposition == Some('ل'));
            // A و starts a new clause, except between two definite nouns of
            // one name (وزارة الطاقة والمعادن) or two adjectives of an
            // unnamed source (مصادر رسمية وأمنية).
            let one_phrase = || {
                let previous_article = self.document.tokens[end - 1].clitics.article;
                let two_adjectives = !clitics.article
                    && !previous_article
                    && words::relative_adjective_stem(word, 3).is_some()
                    && words::relative_adjective_stem(self.word(end - 1), 3).is_some();
                (clitics.article && previous_article) || two_adjectives
            };
            let coordinated = clitics.conjunction == Some('و') && !first && !one_phrase();
            let object = first
                && !clitics.article
                && speech_words::is_possessed(word)
                && !speech_words::is_title(word);
            // الأمين العام للأمم المتحدة، المديرية العامة للشؤون الداخلية،
            // المجلس الأعلى للدولة، الإعلام الأمني التابع لوزارة الداخلية:
            // a title ending in العام, الأعلى or التابع takes its
            // organisation with ل.
            let of_general_title = !first
                && matches!(
                    self.word(end - 1),
                    "العام"
                        | "عام"
                        | "العامه"
                        | "عامه"
                        | "الاعلي"
                        | "العليا"
                        | "التابع"
                        | "التابعه"
                );
            // بلاغ لوزارة الطاقة، بيان صادر عن مكتب أولمرت: a statement
            // names its author after it.
            let of_document = !first && speech_words::is_document(self.word(end - 1));
            if of_document && word == "عن" {
                end += 1;
                continue;
            }
            // المركز الوطني للأرصاد، المكتب الإعلامي لرئيس الوزراء، رئيس
            // الهيئة العليا المستقلة للانتخابات: an organisation's head,
            // opening the phrase or after a title, takes its purpose with
            // ل past its definite adjectives, unless the ل names whom it
            // spoke to (قالت الوزارة لوكالة الأنباء).
            let of_organisation = !first
                && clitics.preposition == Some('ل')
                && self.organisation_before(between.start, end)
                && !speech_words::is_addressee(words::without_article(self.document.bare(end)));
            let preposition_belongs = (prepositional_first && first)
                || of_general_title
                || of_document
                || of_organisation;
            if speech_words::stops_subject(word)
                || speech_words::is_participle(word)
                || (prepositional && !preposition_belongs)
                || coordinated
                || object
            {
                break;
            }
            end += 1;
        }
        if end > between.start && speech_words::is_vague_source(self.word(between.start)) {
            end = self.where_of_vague_source(end, between.end);
        }
        if end > between.start && speech_words::is_title(self.word(between.start)) {
            end = self.post_and_name(end, between.end);
        }
        if end > between.start {
            end = self.apposed_name(end, between.end);
        }
        // A subject that is a name in marks alone is the name without them.
        let marked_alone = end >= between.start + 3
            && self
                .short_marks_at(between.start)
                .is_some_and(|span| self.marked[span].closer == Some(end - 1));
        if marked_alone {
            return between.start + 1..end - 1;
        }
        between.start..end
    }

    /// True when an organisation's head opens the phrase `start..end` (its
    /// name may follow: وكالة مهر), or follows the title that opens it with
    /// only definite adjectives after it (رئيس الهيئة العليا المستقلة).
    fn organisation_before(&self, start: usize, end: usize) -> bool {
        let is_head = |index: usize| {
            speech_words::is_organisation_head(words::without_article(self.document.bare(index)))
        };
        if is_head(start) {
            return true;
        }
        let head = start + 1;
        head < end
            && speech_words::is_title(self.word(start))
            && is_head(head)
            && (head + 1..end).all(|index| {
                let token = &self.document.tokens[index];
                token.clitics.article && !token.clitics.any_detached()
            })
    }

    /// A name set between commas after a title phrase (المتحدث باسم
    /// الخارجية، نيد برايس، ...): where the phrase then ends, from `end`,
    /// not past `limit`.
    fn apposed_name(&self, end: usize, limit: usize) -> usize {
        const MAX_NAME_WORDS: usize = 3;
        let comma = |index: usize| index < limit && matches!(self.word(index), "،" | ",");
        if !comma(end) {
            return end;
        }
        let name = end + 1;
        let mut after = name;
        while after < limit && after - name < MAX_NAME_WORDS {
            let token = &self.document.tokens[after];
            let word = self.word(after);
            let plain = token.kind == TokenKind::Arabic
                && !token.clitics.article
                && token.clitics.conjunction.is_none()
                && token.clitics.preposition != Some('ل')
                && !speech_words::stops_subject(word)
                && !speech_words::is_reporting_verb(word)
                && !speech_words::is_title(word);
            if !plain {
                break;
            }
            after += 1;
        }
        if after - name >= 2 && comma(after) {
            after
        } else {
            end
        }
    }

    /// The marked span opening at token `index` whatever its length (a
    /// quoted one-word name).
    pub(super) fn short_marks_at(&self, index: usize) -> Option<usize> {
        if self.document.tokens[index].kind != TokenKind::Quote {
            return None;
        }
        // The spans are sorted by opener (`marks::marked_spans`).
        let at = self.marked.partition_point(|span| span.opener < index);
        (self.marked.get(at)?.opener == index).then_some(at)
    }

    /// An unnamed source's phrase runs on through where the source is (مصدر
    /// في حركة الجهاد الإسلامي، مسؤول بارز بالأمم المتحدة): the end of that
    /// place phrase, from `end`, not past `limit`.
    fn where_of_vague_source(&self, end: usize, limit: usize) -> usize {
        if end >= limit || !self.document.tokens[end].is_word() {
            return end;
        }
        let word = self.word(end);
        let clitics = self.document.tokens[end].clitics;
        let mut next = if word == "في" || word == "من" {
            end + 1
        } else if matches!(clitics.preposition, Some('ب')) && clitics.article {
            end
        } else {
            return end;
        };
        let place_start = next;
        while next < limit && next - place_start < 5 {
            let token = &self.document.tokens[next];
            let word = self.word(next);
            // A ب further in opens where the place itself is (مصادر في
            // بلدة امبود بولاية كوركل).
            let seat =
                token.clitics.preposition == Some('ب') && token.clitics.conjunction.is_none();
            let continues = token.is_word()
                && (next == place_start
                    || token.clitics.article
                    || !token.clitics.any_detached()
                    || seat)
                && !speech_words::stops_subject(word)
                && !speech_words::is_complementiser(word);
            if !continues {
                break;
            }
            next += 1;
        }
        if next > place_start { next } else { end }
    }

    /// A title's post and then the name (السفير الأميركي | في الأمم المتحدة
    /// جون بولتون، سفير إسرائيل | لدى الأمم المتحدة دان غيلرمان): the end of
    /// the name after the post, from `end`, not past `limit`; only when a
    /// name does follow, so that circumstances (قال الوزير في بيان) stay out.
    fn post_and_name(&self, end: usize, limit: usize) -> usize {
        const MAX_POST_WORDS: usize = 4;
        const MAX_NAME_WORDS: usize = 3;
        if end >= limit || !matches!(self.word(end), "في" | "لدي") {
            return end;
        }
        let tokens = &self.document.tokens;
        let mut next = end + 1;
        while next < limit && next - end <= MAX_POST_WORDS && tokens[next].clitics.article {
            next += 1;
        }
        if next == end + 1 {
            return end;
        }
        let name_start = next;
        while next < limit
            && next - name_start < MAX_NAME_WORDS
            && tokens[next].kind == TokenKind::Arabic
            && !tokens[next].clitics.article
            && tokens[next].clitics.conjunction.is_none()
            && !speech_words::stops_subject(self.word(next))
            && !speech_words::is_title(self.word(next))
        {
            next += 1;
        }
        if next - name_start >= 2 { next } else { end }
    }

    /// Where the first title phrase in `clause` starts: a title outside
    /// marks and not the object of a preposition (حذرت وزيرة الخارجية X
    /// ...، غير أن الرئيس الإيراني X ...; not وعن زيارة رئيس الوزراء X).
    /// `titles` remembers which words of the text are titles.
    pub(super) fn first_title(
        &self,
        clause: Range<usize>,
        titles: &mut PerWord<bool>,
    ) -> Option<usize> {
        clause.clone().find(|&index| {
            let governed = || {
                index > clause.start && {
                    let previous = &self.document.tokens[index - 1];
                    previous.clitics.preposition.is_some()
                        || matches!(
                            self.word(index - 1),
                            "في" | "عن" | "من" | "مع" | "الي" | "علي"
                        )
                }
            };
            !self.quoted[index]
                && titles.get(self.document, index, || {
                    speech_words::is_title_or_rank(self.word(index))
                })
                && !governed()
        })
    }

    /// The subject after the reporting verb that opens `clause` (كشف الدفاع
    /// المدني عن استمرار الأمطار، متوقعًا أن: the civil defence expects),
    /// or opens it after a time set apart by a comma (والجمعة، أعلن
    /// التلفزيون الرسمي مقتل شخص …، ملمحا إلى أن), when one follows it.
    pub(super) fn reporting_subject(&self, clause: Range<usize>) -> Option<Range<usize>> {
        let opens_clause =
            |index: usize| index == clause.start || matches!(self.word(index - 1), "،" | ",");
        let verb = clause.clone().find(|&index| {
            opens_clause(index) && speech_words::is_reporting_verb(self.word(index))
        })?;
        if verb + 1 >= clause.end {
            return None;
        }
        let mut subject = self.subject_after(verb + 1..clause.end, false);
        // With no complementiser to end it, the phrase may run into the
        // verb's object: a word without the article after a definite one
        // that is no title starts it (أعلن التلفزيون الرسمي | مقتل شخص); a
        // name there is found again in apposition to the title.
        let tokens = &self.document.tokens;
        if let Some(object) = (subject.start + 1..subject.end).find(|&index| {
            tokens[index - 1].clitics.article
                && !tokens[index].clitics.article
                && !speech_words::is_title(self.word(index - 1))
        }) {
            subject.end = object;
        }
        (!subject.is_empty()).then_some(subject)
    }

    /// The title phrase starting at `start` (found by `first_title`) in a
    /// clause ending at `clause_end`: the likeliest subject of its sentence.
    pub(super) fn title_phrase(&self, start: usize, clause_end: usize) -> Option<Range<usize>> {
        let phrase = self.subject_after(start..clause_end, false);
        if speech_words::is_vague_source(self.word(start)) {
            return (phrase.len() > 1).then_some(phrase);
        }
        // The clause runs on after the subject (وزيرة الخارجية كوندوليزا
        // رايس أي وقف ...): keep the title, its complement up to the first
        // definite word followed by a name (رئيس مجلس محافظة صلاح الدين |
        // أحمد ناجي جبارة), and a name of at most three words.
        const MAX_NAME_WORDS: usize = 3;
        const MAX_PHRASE_WORDS: usize = 6;
        let tokens = &self.document.tokens;
        let plain = |index: usize| {
            !tokens[index].clitics.article
                && !speech_words::is_title(self.word(index))
                && !speech_words::is_organisation_head(self.word(index))
        };
        let name_start = (phrase.start + 1..phrase.end)
            .find(|&index| tokens[index - 1].clitics.article && plain(index));
        let end = match name_start {
            Some(name_start) => {
                let limit = (name_start + MAX_NAME_WORDS).min(phrase.end);
                (name_start..limit)
                    .find(|&index| !plain(index))
                    .unwrap_or(limit)
            }
            None => phrase.end.min(phrase.start + MAX_PHRASE_WORDS),
        };
        (end - phrase.start > 1).then_some(phrase.start..end)
    }

    /// The subject standing before a verb at `verb` (التحالف الدولي أكد،
    /// مراكز بحثية، قالت), with the word that opened its clause (أما).
    /// Only a plain noun phrase filling its clause counts: a clause with
    /// circumstances in it (في القدس، مع ...) is the writer's narration.
    pub(super) fn fronted_subject(&self, verb: usize) -> Option<(Range<usize>, Option<&str>)> {
        let start = self.sentence_start(verb);
        let mut end = verb;
        while end > start && matches!(self.word(end - 1), "،" | ",") {
            end -= 1;
        }
        if end > start + 1 && speech_words::is_relative(self.word(end - 1)) {
            return self
                .antecedent(start, end - 1)
                .map(|subject| (subject, None));
        }
        let mut first = end;
        while first > start && end - first <= MAX_FRONTED_SUBJECT {
            let index = first - 1;
            let word = self.word(index);
            if speech_words::is_named_as(word) {
                // The name given to someone unnamed (متحدث يدعى X).
                return (first < end).then_some((first..end, None));
            }
            if !self.document.tokens[index].is_word()
                || speech_words::is_complementiser(word)
                || matches!(word, "فان" | "فانه")
                || speech_words::is_reporting_verb(word)
            {
                break;
            }
            first = index;
        }
        // غير أن المقداد أضاف، رغم أن أنان اعتبر: أن after a concession
        // opens a clause of its own.
        let after_concession = first >= start + 2
            && speech_words::is_complementiser(self.word(first - 1))
            && matches!(
                self.word(first - 2),
                "غير" | "رغم" | "ورغم" | "برغم" | "وبرغم" | "بيد" | "الا"
            );
        // فإن المسؤولين يقولون: فإن opens the clause.
        let after_fa_inna = first > start && matches!(self.word(first - 1), "فان" | "فانه");
        let clause_start = first == start
            || !self.document.tokens[first - 1].is_word()
            || after_concession
            || after_fa_inna;
        if first == end || !clause_start || end - first > MAX_FRONTED_SUBJECT {
            return None;
        }
        if speech_words::is_pronoun_subject(self.word(first)) {
            return None;
        }
        // وكان عميد البلدية قد أكد، وكانت الوزيرة قالت: the subject after
        // كان, before قد.
        if end - first > 1 && matches!(self.word(first), "كان" | "وكان" | "كانت" | "وكانت")
        {
            first += 1;
            if end - first > 1 && self.word(end - 1) == "قد" {
                end -= 1;
            }
        }
        let mut opener = None;
        if speech_words::is_clause_opener(self.word(first)) {
            opener = Some(self.word(first));
            first += 1;
        }
        if first < end && speech_words::is_relative(self.word(end - 1)) {
            end -= 1;
        }
        let plain = (first..end).all(|index| {
            let coordinated =
                index > first && self.document.tokens[index].clitics.conjunction == Some('و');
            !coordinated
                && (!speech_words::stops_subject(self.word(index)) || self.word(index) == "ل")
        });
        plain.then_some((first..end, opener))
    }

    /// The noun phrase ending at `end` before a relative pronoun (... مع
    /// وزيرة الخارجية كوندوليزا رايس التي قالت): back to a preposition,
    /// punctuation or the sentence's start at `start`.
    pub(super) fn antecedent(&self, start: usize, end: usize) -> Option<Range<usize>> {
        let mut first = end;
        while first > start && end - first < MAX_FRONTED_SUBJECT {
            let index = first - 1;
            let token = &self.document.tokens[index];
            if !token.is_word() || speech_words::stops_subject(self.word(index)) {
                break;
            }
            first = index;
            if token.clitics.preposition.is_some() {
                // The preposition's object ends the phrase; the name is after it.
                first += 1;
                break;
            }
        }
        (first < end).then_some(first..end)
    }
}
