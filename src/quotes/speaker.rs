//! Who spoke: the mention naming a quote's source.
//!
//! The NER stage's entities come first: a person (else an organisation) in
//! the subject's place is the speaker, with its group. Without one, the
//! subject's noun phrase is the speaker as written (مراكز بحثية، مصادر
//! مطلعة، رئيس الاتحاد برند جوتشولك), less a rank before a name (الجنرال
//! جوزيف دنفورد → جوزيف دنفورد), unless a title names someone the document
//! names too: then that person is the speaker (see
//! `Resolver::person_with_title`). Quotes are resolved in text order so that
//! a continuing speaker (وأضاف أن ...) and a back-reference (المتحدث، الوزير)
//! point at the mention that named them earlier.

use std::ops::Range;

use super::speech_words;
use super::{Candidate, Source};
use crate::analysis::Label;
use crate::findings::{Findings, FoundEntity, FoundSpeaker};
use crate::text::{Document, TokenKind};
use crate::word_map::WordMap;
use crate::words::{self, without_article};

/// How many words after a title phrase a person's name may start and still
/// be the title's holder (إلى اليمن between مبعوث الأمم المتحدة الجديد and
/// هانز غروندبرغ).
const APPOSITION_WORDS: usize = 4;

/// How many words before or after a person's name its title's head noun
/// may stand (حسام حسن المدير الفني, مدرب الترجي الرياضي التونسي طارق ثابت).
const TITLE_DISTANCE: usize = 4;

/// How many words after a title a sentence's reporter may be named
/// (رئيس الهلال الأحمر في بنغازي قيس الفاخري: six).
const TITLE_PHRASE_WORDS: usize = 7;

/// How many of the persons named before a title are looked at for the one
/// it stands for: an article's worth, so that a long text is not searched
/// from its start at every quote.
const TITLE_LOOKBACK_PERSONS: usize = 50;

/// Resolves speakers in text order, remembering the last ones.
pub(super) struct Resolver<'d> {
    document: &'d Document<'d>,
    findings: &'d Findings,
    /// The speaker of the last quote that had one.
    last: Option<FoundSpeaker>,
    /// The last speaker known to be a person (by the NER stage's label).
    last_person: Option<FoundSpeaker>,
    /// The sentence of the last quote.
    last_sentence: Option<usize>,
    /// The last speaker so far by the bare first word of its mention (what
    /// a back-reference with the article repeats).
    by_first_word: WordMap<String, FoundSpeaker>,
    /// The indices of the person entities, in text order.
    persons: Vec<usize>,
    /// The last sentence asked for its reporter, and its reporter.
    reporter: Option<(usize, Option<FoundSpeaker>)>,
}

impl<'d> Resolver<'d> {
    /// A resolver over `document`, reading the entities in `findings`.
    pub(super) fn new(document: &'d Document<'d>, findings: &'d Findings) -> Self {
        Resolver {
            document,
            findings,
            last: None,
            last_person: None,
            last_sentence: None,
            by_first_word: WordMap::default(),
            persons: (findings.entities.iter().enumerate())
                .filter(|(_, entity)| entity.label == Label::Person)
                .map(|(index, _)| index)
                .collect(),
            reporter: None,
        }
    }

    /// The speaker of `candidate`; quotes must come in text order.
    pub(super) fn resolve(&mut self, candidate: &Candidate) -> Option<FoundSpeaker> {
        let speaker = match &candidate.source {
            Source::After(subject) | Source::Before(subject) => {
                let nearest_last = matches!(candidate.source, Source::Before(_));
                let named = self.named(subject, nearest_last);
                // A title without a name (المدير الفني) stands for the
                // person the document names with it.
                match named {
                    Some(speaker) if self.label_of(&speaker).is_none() => self
                        .person_with_title(subject, candidate)
                        .or_else(|| Some(self.with_seat(speaker, subject, candidate))),
                    _ => named,
                }
            }
            Source::Continuing => {
                let continued = self.continuing(candidate);
                // The same for a title phrase heading the clause (وشن الأمين
                // العام لحزب الله هجوما ... وقال إن).
                match (&continued, &candidate.clause_subject) {
                    (Some(speaker), Some(subject)) if self.label_of(speaker).is_none() => {
                        self.person_with_title(subject, candidate).or(continued)
                    }
                    _ => continued,
                }
            }
        };
        self.last_sentence = Some(candidate.sentence);
        if let Some(speaker) = &speaker {
            if self.label_of(speaker) == Some(Label::Person) {
                self.last_person = Some(speaker.clone());
            }
            self.last = Some(speaker.clone());
            if let Some(word) = self.first_word(speaker) {
                self.by_first_word.insert(word, speaker.clone());
            }
        }
        speaker
    }

    /// A description that names nobody (المدعي العام) with the place it
    /// holds its post in, when في and a place end the subject right before
    /// the words (وأضاف المدعي العام في سينالوا أن، أكد مسؤولو إدارة الإطفاء
    /// في ولاية كاليفورنيا أن): the office is the
    /// speaker, and where it is tells which.
    fn with_seat(
        &self,
        speaker: FoundSpeaker,
        subject: &Range<usize>,
        candidate: &Candidate,
    ) -> FoundSpeaker {
        let tokens = &self.document.tokens;
        let at = subject.end;
        let ends_subject = subject
            .end
            .checked_sub(1)
            .is_some_and(|last| tokens[last].span.end == speaker.span.end);
        if !ends_subject || at + 1 >= candidate.content.start || self.document.norm(at) != "في" {
            return speaker;
        }
        // The place right after في, or after its head noun (في ولاية
        // كاليفورنيا), one the places stage placed: the tagger's place
        // with none is as often a word (في بيانه).
        let after = tokens[at].span.end;
        let head_end = tokens[(at + 2).min(candidate.content.start - 1)].span.end;
        let seat = self
            .starting_within(&(after..head_end))
            .iter()
            .find(|entity| entity.label == Label::Location && entity.place.is_some());
        let Some(seat) = seat else {
            return speaker;
        };
        // Only marks or the complementiser between the place and the words.
        let seat_end = self.document.tokens_overlapping(&seat.span).end;
        let introduces = (seat_end..candidate.content.start).all(|index| {
            !tokens[index].is_word() || speech_words::is_complementiser(self.document.norm(index))
        });
        if !introduces || candidate.content.start - seat_end > 2 {
            return speaker;
        }
        FoundSpeaker {
            span: speaker.span.start..seat.span.end,
            group: None,
        }
    }

    /// The most recent speaker named by a phrase headed by the role that a
    /// back-reference repeats with the article (دبلوماسي غربي ... ثم
    /// الدبلوماسي، مسؤول كبير ... ثم المسؤول).
    fn named_with_role(&self, back_reference: &str) -> Option<FoundSpeaker> {
        let role = back_reference.strip_prefix("ال")?;
        self.by_first_word.get(role).cloned()
    }

    /// The first token ending after byte `byte`: the one holding it, or the
    /// next.
    fn token_at(&self, byte: usize) -> usize {
        self.document
            .tokens
            .partition_point(|token| token.span.end <= byte)
    }

    /// The bare first word of a speaker's mention, if a token starts inside
    /// it.
    fn first_word(&self, speaker: &FoundSpeaker) -> Option<String> {
        let tokens = &self.document.tokens;
        let first = self.token_at(speaker.span.start);
        (first < tokens.len() && tokens[first].span.start < speaker.span.end)
            .then(|| self.document.bare(first).to_owned())
    }

    /// The entities that may lie within the byte range `bytes`: those
    /// starting in it (they are sorted by start and do not overlap, so the
    /// rest lie outside); callers still check the ends.
    fn starting_within(&self, bytes: &Range<usize>) -> &'d [FoundEntity] {
        let entities = &self.findings.entities;
        let first = entities.partition_point(|entity| entity.span.start < bytes.start);
        let end = entities.partition_point(|entity| entity.span.start <= bytes.end);
        &entities[first..end.max(first)]
    }

    /// The speaker of a quote with no subject of its own (وأضاف أن،
    /// مشيرًا إلى أن): the speaker of the quote before in the same
    /// sentence; else the person the sentence is about (حذرت الوزيرة X من
    /// ... وأبدت ثقتها بأن); else the last speaker.
    fn continuing(&mut self, candidate: &Candidate) -> Option<FoundSpeaker> {
        // وقال جلالته إن: the honorific names the subject.
        if candidate.cue.end < self.document.tokens.len()
            && let Some(person) = self.honoured(candidate.cue.end)
        {
            return Some(person);
        }
        if self.last_sentence == Some(candidate.sentence) && self.last.is_some() {
            return self.last.clone();
        }
        let clause = &candidate.clause;
        if !clause.is_empty()
            && let Some(person) = self.subject_person(clause)
        {
            return Some(person);
        }
        // The sentence before, without a quote of its own, reports what
        // someone said or announced in other words (وكانت الهيئة العامة
        // للطيران المدني قد أعلنت عن زيادة الرحلات. وقالت إنها): that
        // someone continues, not an earlier quote's speaker.
        let previous = candidate.sentence.checked_sub(1);
        if candidate.clause_subject.is_none()
            && self
                .last_sentence
                .is_some_and(|last| Some(last) != previous)
            && let Some(reporter) = self.reporter_before(candidate.sentence)
        {
            return Some(reporter);
        }
        match &candidate.clause_subject {
            Some(subject) => self.named(subject, false),
            None => self.last.clone().or_else(|| {
                // A person named in the quote's own sentence; else the one
                // the sentence before is about; else the last one named.
                let nearest = self.person_before(candidate.cue.start);
                let sentence_start = self
                    .document
                    .sentences
                    .get(candidate.sentence)
                    .map_or(0, |s| s.span.start);
                match nearest {
                    Some(person) if person.span.start >= sentence_start => Some(person),
                    nearest => self.subject_before(candidate.sentence).or(nearest),
                }
            }),
        }
    }

    /// [`Resolver::reporter_in`] the sentence before `sentence`, found once
    /// per sentence: a sentence of thousands of cues would otherwise read
    /// the one before it for each.
    fn reporter_before(&mut self, sentence: usize) -> Option<FoundSpeaker> {
        let previous = sentence.checked_sub(1)?;
        if let Some((cached, reporter)) = &self.reporter
            && *cached == previous
        {
            return reporter.clone();
        }
        let reporter = self.reporter_in(previous);
        self.reporter = Some((previous, reporter.clone()));
        reporter
    }

    /// The person or organisation a reporting verb of `sentence` has for
    /// its subject: the entity right after the verb (أفاد رئيس الهلال
    /// الأحمر قيس الفاخري بمصرع …), or the one after كان that opens the
    /// sentence before قد and the verb (وكانت الهيئة العامة للطيران المدني
    /// قد أعلنت).
    fn reporter_in(&self, sentence: usize) -> Option<FoundSpeaker> {
        let tokens = self.document.sentences.get(sentence)?.tokens.clone();
        // Not a verb written like a preposition (بين: "between").
        let verb = tokens.clone().find(|&index| {
            let word = self.document.norm(index);
            speech_words::is_reporting_verb(word) && !speech_words::is_weak_verb(word)
        })?;
        let starting_at = |first: usize, last: usize| {
            let bytes = self.document.tokens[first].span.start..self.document.tokens[last].span.end;
            self.starting_within(&bytes).iter().find(|entity| {
                matches!(entity.label, Label::Person | Label::Organization)
                    && entity.span.start < bytes.end
            })
        };
        // The entity at token `subject`; or, a title there, the person in
        // apposition to it by token `last` (وأفاد رئيس الهلال الأحمر في
        // بنغازي قيس الفاخري بمصرع …).
        let subject_at = |subject: usize, last: usize| {
            starting_at(subject, subject).or_else(|| {
                let title = without_article(self.document.bare(subject));
                (speech_words::is_title(title) && subject < last)
                    .then(|| starting_at(subject + 1, last))
                    .flatten()
                    .filter(|entity| entity.label == Label::Person)
            })
        };
        let after_verb = (verb + 1 < tokens.end)
            .then(|| {
                subject_at(
                    verb + 1,
                    (verb + 1 + TITLE_PHRASE_WORDS).min(tokens.end - 1),
                )
            })
            .flatten();
        // After كان and before قد and the verb (وكان سفير إسرائيل لدى الأمم
        // المتحدة دان غيلرمان قد أعرب).
        let fronted = || {
            let opens_with_kana = matches!(
                self.document.norm(tokens.start),
                "كان" | "وكان" | "كانت" | "وكانت"
            );
            let qad_before_verb = verb > tokens.start + 2 && self.document.norm(verb - 1) == "قد";
            (opens_with_kana && qad_before_verb)
                .then(|| subject_at(tokens.start + 1, verb - 2))
                .flatten()
        };
        after_verb.or_else(fronted).map(FoundSpeaker::from)
    }

    /// The person the sentence before `sentence` is about (رحب المتحدث
    /// باسم صندوق النقد جيري رايس بدعوة الملك عبد الله الثاني … وقال في
    /// بيان: the spokesman, not the king named last).
    fn subject_before(&self, sentence: usize) -> Option<FoundSpeaker> {
        let before = self.document.sentences.get(sentence.checked_sub(1)?)?;
        (!before.tokens.is_empty())
            .then(|| self.subject_person(&before.tokens))
            .flatten()
    }

    /// With no speaker yet (a feature that names its subject and then
    /// quotes him: يقول ...), the last person named before token `cue`.
    fn person_before(&self, cue: usize) -> Option<FoundSpeaker> {
        let before = self.document.tokens[cue].span.start;
        let entities = &self.findings.entities;
        // Ends are sorted like starts (no overlaps): a binary search finds
        // the persons ending before the cue.
        let count = self
            .persons
            .partition_point(|&index| entities[index].span.end <= before);
        count
            .checked_sub(1)
            .map(|last| &entities[self.persons[last]])
            .map(FoundSpeaker::from)
    }

    /// The person that the title phrase `subject`, naming nobody itself,
    /// stands for: a person named right after it, before the quote's words
    /// (قال مبعوث الأمم المتحدة الجديد إلى اليمن هانز غروندبرغ إن); else the
    /// last person named before the cue next to the title's head noun
    /// (حسام حسن المدير الفني للفراعنة ... وأشار المدير الفني إلى أن).
    fn person_with_title(
        &self,
        subject: &Range<usize>,
        candidate: &Candidate,
    ) -> Option<FoundSpeaker> {
        let document = self.document;
        let titled = |index: usize| {
            let word = without_article(document.bare(index));
            speech_words::is_title(word) || speech_words::is_vague_source(word)
        };
        // The head after the ranks (الشيخ رئيس الجمعية), else a rank that
        // is a title itself (الرئيس الجزائري, the president of Algeria).
        let head = (subject.start..subject.end)
            .find(|&index| !speech_words::is_rank(document.norm(index)))
            .filter(|&index| titled(index))
            .or_else(|| (subject.start..subject.end).find(|&index| titled(index)))?;
        let title = without_article(document.bare(head));
        let vague = speech_words::is_vague_source(title);
        let tokens = &document.tokens;
        let entities = &self.findings.entities;
        // A name in apposition, within a few words after the phrase.
        let before_content = if candidate.content.start > subject.end {
            candidate.content.start
        } else {
            candidate.cue.start
        };
        let apposition_end = before_content.min(subject.end + APPOSITION_WORDS);
        // Not a name after a preposition (قال مصدر أمني لفرانس برس) or
        // one an organisation's head introduces (لوكالة فرانس برس); a head
        // with the article ends the title (رئيس المجلس نانا ايفا).
        let introduced = |first: usize| {
            let before = first - 1;
            tokens[first].clitics.preposition.is_some()
                || (!tokens[before].clitics.article
                    && speech_words::is_organisation_head(document.bare(before)))
        };
        let subject_end_byte = tokens[subject.end - 1].span.end;
        let after_subject = self
            .persons
            .partition_point(|&index| entities[index].span.start < subject_end_byte);
        if let Some(found) = self.persons[after_subject..]
            .iter()
            .take_while(|&&index| self.token_at(entities[index].span.start) < apposition_end)
            .find(|&&index| !introduced(self.token_at(entities[index].span.start)))
        {
            return Some(FoundSpeaker::from(&entities[*found]));
        }
        // An unnamed official (مسؤول عراقي) named by nobody after the title
        // stays unnamed; else the last person named before the cue beside
        // the same head noun.
        if vague {
            return None;
        }
        // The title's head noun and the word after it (رئيس مجلس, مدير
        // فني): the head alone (رئيس) would name every president.
        let complement = (head + 1 < subject.end).then(|| without_article(document.bare(head + 1)));
        self.person_beside(title, complement, subject, candidate.cue.start)
    }

    /// The person an honorific with a pronoun suffix at token `index`
    /// stands for (جلالته، سموه): the last one named beside جلالة، سمو.
    fn honoured(&self, index: usize) -> Option<FoundSpeaker> {
        let honorific = speech_words::honorific_of(self.document.bare(index))?;
        self.person_beside(honorific, None, &(index..index + 1), index)
    }

    /// The last person named before token `before`, within
    /// [`TITLE_DISTANCE`] words of the noun `title` (without the article)
    /// followed by `complement` if given, that noun outside `subject`.
    fn person_beside(
        &self,
        title: &str,
        complement: Option<&str>,
        subject: &Range<usize>,
        before: usize,
    ) -> Option<FoundSpeaker> {
        let document = self.document;
        let tokens = &document.tokens;
        let entities = &self.findings.entities;
        let same_title = |near: usize| {
            without_article(document.bare(near)) == title
                && complement.is_none_or(|word| {
                    near + 1 < tokens.len() && without_article(document.bare(near + 1)) == word
                })
        };
        let before_byte = tokens[before].span.start;
        let count = self
            .persons
            .partition_point(|&index| entities[index].span.end <= before_byte);
        self.persons[..count]
            .iter()
            .rev()
            .take(TITLE_LOOKBACK_PERSONS)
            .find(|&&index| {
                let first = self.token_at(entities[index].span.start);
                let last = self.token_at(entities[index].span.end - 1);
                let around = first.saturating_sub(TITLE_DISTANCE)..first;
                let after = last + 1..(last + 1 + TITLE_DISTANCE).min(tokens.len());
                // A name after a preposition holds no title before it (وأكد
                // رئيس الوزراء للمواطنين بزوغ شمس: no person).
                let around = around.filter(|_| tokens[first].clitics.preposition.is_none());
                around
                    .chain(after)
                    .filter(|&near| near < subject.start || near >= subject.end)
                    .any(&same_title)
            })
            .map(|&index| FoundSpeaker::from(&entities[index]))
    }

    /// True when the tagger's person is a title and nothing else (قائممقام):
    /// the holder is named elsewhere.
    fn is_title_alone(&self, entity: &FoundEntity) -> bool {
        let document = self.document;
        document
            .tokens_overlapping(&entity.span)
            .all(|index| speech_words::is_title(without_article(document.bare(index))))
    }

    /// The label of the entity a speaker's span is, if it is one.
    fn label_of(&self, speaker: &FoundSpeaker) -> Option<Label> {
        self.starting_within(&(speaker.span.start..speaker.span.start))
            .iter()
            .find(|entity| entity.span == speaker.span)
            .map(|entity| entity.label)
    }

    /// The speaker named by the noun phrase `subject`; `nearest_last` when
    /// the phrase stands before its verb, so that its last entity is the
    /// verb's subject.
    fn named(&self, subject: &Range<usize>, nearest_last: bool) -> Option<FoundSpeaker> {
        if subject.is_empty() {
            return self.last.clone();
        }
        let tokens = &self.document.tokens;
        if let Some(entity) = self.entity_in(subject, nearest_last) {
            return Some(entity);
        }
        if subject.len() == 1 {
            let word = self.document.bare(subject.start);
            if let Some(person) = self.honoured(subject.start) {
                return Some(person);
            }
            if speech_words::is_back_reference(word)
                && let Some(earlier) = self
                    .named_with_role(word)
                    .or_else(|| self.last_person.clone())
                    .or_else(|| self.last.clone())
            {
                return Some(earlier);
            }
        }
        let mut name = self.name_in(subject);
        // What follows a title is no name when it holds a place or an
        // organisation (دان الأمين العام للأمم المتحدة استخدام إسرائيل
        // للقنابل: the object): the title is the speaker.
        if name.start > subject.start && self.names_no_person(&name) {
            name = subject.start..name.start;
        }
        Some(FoundSpeaker {
            span: self.document.bare_span(name.start).start..tokens[name.end - 1].span.end,
            group: None,
        })
    }

    /// True when an entity other than a person starts within the tokens
    /// `words`.
    fn names_no_person(&self, words: &Range<usize>) -> bool {
        let tokens = &self.document.tokens;
        let bytes = tokens[words.start].span.start..tokens[words.end - 1].span.end;
        self.starting_within(&bytes)
            .iter()
            .any(|entity| entity.label != Label::Person && entity.span.start < bytes.end)
    }

    /// A person entity within the tokens `subject`, else an organisation
    /// that starts it: an organisation further in is the complement of a
    /// role (مراسلة الجزيرة، ناطق باسم حزب الله، مصدر في حركة الجهاد), and
    /// the role is the speaker.
    fn entity_in(&self, subject: &Range<usize>, nearest_last: bool) -> Option<FoundSpeaker> {
        let tokens = &self.document.tokens;
        let bytes = tokens[subject.start].span.start..tokens[subject.end - 1].span.end;
        let first_word_end = tokens[subject.start].span.end;
        // A person after the verb may run past where the subject was cut at
        // a word that is also a preposition (قال محمد علي: علي, normalised,
        // is على), over plain words only: not over a complementiser or a
        // preposition the tagger ran the name into (فيرجسون أن نيستلروي،
        // جدعون عيزرا لراديو).
        let runs_on_in_name = |entity: &FoundEntity| {
            let past = subject.end..self.document.tokens_overlapping(&entity.span).end;
            past.clone().all(|index| {
                tokens[index].is_word()
                    && tokens[index].clitics.preposition.is_none()
                    && !speech_words::is_complementiser(self.document.norm(index))
            })
        };
        let inside = |label: Label| {
            let mut matching = self.starting_within(&bytes).iter().filter(move |entity| {
                let ends_inside = entity.span.end <= bytes.end
                    || (label == Label::Person
                        && !nearest_last
                        && entity.span.start < bytes.end
                        && runs_on_in_name(entity));
                entity.label == label
                    && bytes.start <= entity.span.start
                    && ends_inside
                    && (label == Label::Person || entity.span.start < first_word_end)
                    && !(label == Label::Person && self.is_title_alone(entity))
            });
            if nearest_last {
                matching.next_back()
            } else {
                matching.next()
            }
        };
        if let Some(person) = inside(Label::Person) {
            return Some(FoundSpeaker::from(person));
        }
        let organization = inside(Label::Organization)?;
        let mut speaker = FoundSpeaker::from(organization);
        // Its seat, split off it with ب (and a head noun), describes it
        // (وزارة الصحة بقطاع غزة): the speaker as the article names it.
        let organization_end = self.document.tokens_overlapping(&organization.span).end;
        let seat = self.starting_within(&bytes).iter().find(|entity| {
            let seat_start = self.document.tokens_overlapping(&entity.span).start;
            entity.label == Label::Location
                && entity.span.end <= bytes.end
                && (organization_end..=organization_end + 1).contains(&seat_start)
                && tokens
                    .get(organization_end)
                    .is_some_and(|token| token.clitics.preposition == Some('ب'))
        });
        if let Some(seat) = seat {
            speaker.span.end = seat.span.end;
        }
        Some(speaker)
    }

    /// The person entity in `clause` standing where a subject stands: after
    /// a particle and its verb (كما هاجم نصر الله), the last one; else
    /// right after the clause's first word (أعرب رونالدو) or after a title
    /// or a word with the article (حذرت وزيرة الخارجية البريطانية مارغريت
    /// بيكيت), not as the object of a noun (استقبال بلير).
    fn subject_person(&self, clause: &Range<usize>) -> Option<FoundSpeaker> {
        let tokens = &self.document.tokens;
        let bytes = tokens[clause.start].span.start..tokens[clause.end - 1].span.end;
        let persons = || {
            self.starting_within(&bytes).iter().filter(|entity| {
                entity.label == Label::Person
                    && bytes.start <= entity.span.start
                    && entity.span.end <= bytes.end
            })
        };
        let first_token = |entity: &FoundEntity| self.token_at(entity.span.start);
        // After a particle and its verb (كما هاجم نصر الله): the clause's
        // own subject, the last such one being nearest the quote.
        let after_particle = persons().rfind(|entity| {
            let first = first_token(entity);
            first >= clause.start + 2
                && speech_words::is_clause_particle(self.document.norm(first - 2))
        });
        after_particle
            .or_else(|| {
                // Right after the clause's first word, or after a title or a
                // word with the article; or after the verb that opens a
                // clause after a comma (وفي كلمة له ...، حث مودي المواطنين
                // ... قائلا), not after a preposition (، مع مودي).
                persons().find(|entity| {
                    let first = first_token(entity);
                    first <= clause.start + 1 || {
                        let previous = first - 1;
                        let word = self.document.norm(previous);
                        let verb_after_comma = previous > clause.start
                            && tokens[previous - 1].kind == TokenKind::Punctuation
                            && self.document.slice(tokens[previous - 1].span.clone()) == "،"
                            && tokens[previous].is_word()
                            && !tokens[previous].clitics.any_detached()
                            && !words::PREPOSITIONS.contains(&word);
                        tokens[previous].clitics.article
                            || speech_words::is_title(word)
                            || speech_words::is_rank(word)
                            || verb_after_comma
                    }
                })
            })
            .map(FoundSpeaker::from)
    }

    /// The person's name inside a subject phrase with a title, or the
    /// whole phrase. Without the NER stage the name is found by the shape of
    /// the phrase: a rank first is dropped (الدكتور، السيد); a name first
    /// ends where a title starts (جعفر الموسوي | رئيس الادعاء العام); a
    /// title first is followed by its complement and then the name, the
    /// words at the end with no article (وزير الخارجية الأميركي | كولن
    /// باول), where the word after an organisation's head belongs to the
    /// organisation (تنظيم داعش | برت مكجيرك).
    fn name_in(&self, subject: &Range<usize>) -> Range<usize> {
        let norm = |index: usize| self.document.norm(index);
        let article = |index: usize| self.document.tokens[index].clitics.article;
        // A rank right before a name (الرئيس شافيز), not one with its own
        // complement (السفير الأميركي).
        let mut start = subject.start;
        while start + 1 < subject.end && speech_words::is_rank(norm(start)) && !article(start + 1) {
            start += 1;
        }
        if start == subject.start && subject.len() == 1 {
            return subject.clone();
        }
        let first = norm(start);
        let headed = speech_words::is_title(first)
            || speech_words::is_vague_source(first)
            || speech_words::is_organisation_head(first);
        if !headed {
            return match (start + 2..subject.end).find(|&index| speech_words::is_title(norm(index)))
            {
                Some(title) => start..title,
                None => start..subject.end,
            };
        }
        if !speech_words::is_title(first) {
            return subject.clone();
        }
        let mut name_start = subject.end;
        while name_start > start + 2 {
            let index = name_start - 1;
            let word = norm(index);
            let plain = self.document.tokens[index].is_word()
                && !self.document.tokens[index].clitics.article
                && !speech_words::is_title(word)
                && !speech_words::is_organisation_head(word)
                && !speech_words::is_organisation_head(norm(index - 1));
            if !plain {
                break;
            }
            name_start = index;
        }
        // The name follows the title's definite complement (وزير الخارجية
        // X، وزير خارجيتها X); after an indefinite title the words without
        // the article are adjectives (ناطق عسكري لبناني).
        let definite_complement = (start + 1..name_start)
            .any(|index| article(index) || speech_words::is_possessed(norm(index)));
        if name_start < subject.end && name_start > start + 1 && definite_complement {
            name_start..subject.end
        } else {
            subject.clone()
        }
    }
}
