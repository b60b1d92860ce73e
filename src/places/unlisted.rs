//! Places the gazetteer does not know (villages, quarters, camps: بلدة
//! ميفدون، حي الخضراء، طلوزة جنوب مدينة طوباس), put in a country by what the
//! article says around them, never by a guess from the name.
//!
//! Three readings, all of the article's own words:
//! - **anchored**: the name is followed by a direction and a known place
//!   (طلوزة جنوب مدينة طوباس، بني زيد غرب بعقوبة), by في or ب and a known
//!   place (منطقة بوداي في البقاع، حي الخضراء ببغداد), or, after a head
//!   noun, by و and a known place (مدينتي الهرمل وبعلبك): it lies in that
//!   place's country; or by a country's
//!   adjective (جزيرة لامبيدوسا الإيطالية): in that country;
//! - **announced**: a settlement's or district's head noun comes before it
//!   (قرية، بلدة، مخيم، حي …; a dual head announces both names after it:
//!   بلدتي الباذان وطلوزة), and one country has most of the article's
//!   places: the village of a story about Lebanon is in Lebanon;
//! - **in focus**: a place of rare words the tagger found that nothing
//!   else places lies in the country of three quarters or more of the
//!   article's located places (at least three), as geoparsers read a
//!   story's focus country (أنوال in a story of the Rif).
//!
//! A later mention of the same name is the same place (في لامبيدوسا). The
//! same readings correct a place the gazetteer resolved to a namesake
//! elsewhere (مطاري عمان الأردني is Amman; بني زيد غرب بعقوبة no Bolivian
//! state).
//!
//! Such a place has the name as the article writes it, the kind its head
//! noun tells, and no coordinates: a reader (and the map, which draws only
//! places with coordinates) can tell it from a place the gazetteer knows.

use std::sync::OnceLock;

use crate::analysis::{Label, Place, PlaceKind};
use crate::entities::features::{Trigger, is_trigger};
use crate::findings::FoundEntity;
use crate::places::gazetteer::{Gazetteer, name_key};
use crate::text::{Document, PerWord, TokenKind};
use crate::word_map::WordMap;
use crate::words;

/// Head nouns that announce a settlement or a district, normalised and
/// without the article, with the kind they tell; duals announce two names.
const HEADS: &[(&str, PlaceKind)] = &[
    ("بلده", PlaceKind::City),
    ("بلدتي", PlaceKind::City),
    ("قريه", PlaceKind::City),
    ("قريتي", PlaceKind::City),
    ("مدينه", PlaceKind::City),
    ("مدينتي", PlaceKind::City),
    ("مخيم", PlaceKind::City),
    ("مخيمي", PlaceKind::City),
    // A camp of the displaced (معسكر “أبو شوك”، معسكري “أبو شوك” و”زمزم”).
    ("معسكر", PlaceKind::City),
    ("معسكري", PlaceKind::City),
    ("بلدات", PlaceKind::City),
    ("قري", PlaceKind::City),
    ("مستوطنه", PlaceKind::City),
    ("دوار", PlaceKind::City),
    ("عزله", PlaceKind::City),
    ("حي", PlaceKind::Region),
    ("ضاحيه", PlaceKind::Region),
    ("حاره", PlaceKind::Region),
    ("واحه", PlaceKind::Region),
    ("سهل", PlaceKind::Region),
    ("هضبه", PlaceKind::Region),
    ("منطقه", PlaceKind::Region),
    ("ناحيه", PlaceKind::Region),
    ("قضاء", PlaceKind::Region),
    ("ولايه", PlaceKind::State),
    ("محافظه", PlaceKind::State),
    ("اقليم", PlaceKind::State),
    ("مقاطعه", PlaceKind::State),
    ("منطقتي", PlaceKind::Region),
    ("ولايتي", PlaceKind::State),
    ("محافظتي", PlaceKind::State),
    // Valleys and mountains (وادي خنسا، جبل التركمان).
    ("وادي", PlaceKind::Region),
    ("جبل", PlaceKind::Region),
    // Islands and peninsulas (جزيرة جربة، شبه جزيرة “نوتو”).
    ("جزيره", PlaceKind::Region),
    ("جزر", PlaceKind::Region),
    ("ساحل", PlaceKind::Region),
    ("سواحل", PlaceKind::Region),
    ("مرتفعات", PlaceKind::Region),
    // Landmarks, often named after a person (ملعب ابن بطوطة، مسجد الحسن
    // الثاني): the name alone is the person, with the head the place.
    ("مسجد", PlaceKind::Landmark),
    ("جامع", PlaceKind::Landmark),
    ("ضريح", PlaceKind::Landmark),
    ("مقام", PlaceKind::Landmark),
    ("صومعه", PlaceKind::Landmark),
    ("قصبه", PlaceKind::Landmark),
    ("قلعه", PlaceKind::Landmark),
    ("قصر", PlaceKind::Landmark),
    ("كهف", PlaceKind::Landmark),
    ("ملعب", PlaceKind::Landmark),
    ("استاد", PlaceKind::Landmark),
    ("مركب", PlaceKind::Landmark),
    ("ساحه", PlaceKind::Landmark),
    ("ميدان", PlaceKind::Landmark),
    ("شارع", PlaceKind::Landmark),
    ("جسر", PlaceKind::Landmark),
    ("حديقه", PlaceKind::Landmark),
    ("مطار", PlaceKind::Landmark),
    ("مطاري", PlaceKind::Landmark),
    ("ميناء", PlaceKind::Landmark),
    ("معبر", PlaceKind::Landmark),
    ("متحف", PlaceKind::Landmark),
    // A road or a station is named after a person (طريق الملك عبدالعزيز،
    // محطة الدكتور سليمان الحبيب), not after a rare word.
    ("طريق", PlaceKind::Landmark),
    ("محطه", PlaceKind::Landmark),
    // A racing circuit, named only by a word never seen (حلبة إنترلاغوس).
    ("حلبه", PlaceKind::Landmark),
];

/// Heads that announce a name only without the article (see
/// [`head_kind`]).
const ARTICLE_LESS_HEADS: &[&str] = &["جزيره", "جزر"];

/// Head nouns of local government units that name a group, an office or
/// a quality as often (جماعة إغيل التابعة لإقليم الحوز, a Moroccan
/// commune; بلدية، معتمدية، محلية، دائرة، مديرية): without the article,
/// they announce a rare name only where a known place holds it, and say
/// nothing of the name after them otherwise.
const ANCHORED_HEADS: &[&str] = &["جماعه", "بلديه", "معتمديه", "محليه", "دائره", "مديريه"];

/// Settlement heads whose untagged name must come in quotation marks or be
/// a word never seen: a training camp is described by the word after it
/// (معسكر تدريبي), a camp of the displaced named (معسكر “أبو شوك”، معسكر
/// ابوشوك).
const QUOTED_ONLY_HEADS: &[&str] = &["معسكر", "معسكري"];

/// The landmark heads that name a rare word after them (قصبة الأوداية);
/// the others are as often a standing or a vessel (مقام المطارنة).
const NAMING_LANDMARKS: &[&str] = &[
    "مسجد",
    "جامع",
    "ضريح",
    "صومعه",
    "قصبه",
    "قلعه",
    "قصر",
    "كهف",
    "ملعب",
    "استاد",
    "ساحه",
    "ميدان",
    "شارع",
    "جسر",
    "حديقه",
    "مطار",
    "ميناء",
    "معبر",
    "متحف",
];

/// Air raids and shelling, normalised and without the article: a rare
/// word after one and على or بين is the village it hit (أغار على ميفدون،
/// غارتان عنيفتان على تفاحتا، غارة بين مروحين وراميا), and so is a rare
/// word right after one (and its adjective) that استهدف makes the subject
/// of (استهدفت غارة إسرائيلية العديسة), the way a settlement's head
/// announces one.
const STRIKES: &[&str] = &[
    "غاره",
    "غارات",
    "غارتان",
    "غارتين",
    "اغار",
    "اغارت",
    "قصف",
    "قصفت",
];

/// How many words before على or بين a strike may stand (غارتان عنيفتان
/// على; شنت غارات جوية عنيفة على).
const STRIKE_REACH: usize = 3;

/// How many words a dateline's town may have (see [`add_datelines`]).
const DATELINE_MAX_WORDS: usize = 3;

/// A word the corpora show at most this many times is a name when a
/// settlement's head noun announces it (بلدة ميفدون); commoner words after
/// one describe it (بلدة صغيرة، قرية حدودية).
const ANNOUNCED_MAX_COUNT: u32 = 3;

/// The fewest letters of a word never seen in the corpora that names the
/// landmark whose head it follows without the article (ملعب أنفليد).
const UNSEEN_NAME_MIN_LETTERS: usize = 5;

/// The share of the article's resolved place mentions that one country
/// must have for an announced place to be put in it.
const MAJORITY: f64 = 0.5;

/// The share of the article's located place mentions that makes one
/// country the story's focus: a place of rare words the tagger found that
/// nothing else places lies there (see [`place_unlisted`]). Over
/// ANERcorp's 47 annotated articles, with any tagged place: 0.6 and 0.75
/// placed four more right, 0.9 one; the three modern development sets
/// gained one either way. With rare words only (the tagger's common-word
/// places are more often its mistakes): two more right at 0.75.
const FOCUS_SHARE: f64 = 0.75;

/// The fewest located place mentions a focus country must have.
const FOCUS_FEWEST: usize = 3;

/// Heads of seas and rivers, normalised and without the article: a water
/// body named in a story of one country may span several, so the story's
/// focus does not place it.
const WATER_HEADS: &[&str] = &["بحر", "محيط", "خليج", "نهر", "مضيق"];

/// Adds a `LOC` entity for each rare word the tagger left out that a
/// settlement's head noun announces (بلدة ميفدون، قريتي الباذان وطلوزة: a
/// dual announces the word after و too), keeping `entities` sorted, and
/// makes a place of a person's name of rare words right after one (قرية
/// سريدني: foreign villages read as surnames), and of a person's name
/// right after a landmark's head, with the head (ملعب ابن بطوطة، مسجد
/// الحسن الثاني: named after a person, the place); the quarter's حي and the
/// district's منطقة are followed by common words too often (حي سكني،
/// منطقة عازلة) to announce one.
pub fn add_announced(document: &Document, gazetteer: &Gazetteer, entities: &mut Vec<FoundEntity>) {
    let tagged = super::tagged_tokens(document, entities);
    let is_rare =
        |index: usize| document.vocabulary.count(document.norm(index)) <= ANNOUNCED_MAX_COUNT;
    let is_rare_name = |index: usize| {
        let token = &document.tokens[index];
        token.kind == TokenKind::Arabic
            && !tagged[index]
            && document.bare(index).chars().count() >= 3
            && is_rare(index)
    };
    // A word the corpora never show, of a name's length: a foreign name
    // (ملعب أنفليد), not whose the landmark is (قصر سموه) nor a verb with
    // its object (أول ملعب يملكه).
    let is_unseen_name = |index: usize| {
        let word = document.bare(index);
        document.vocabulary.count(document.norm(index)) == 0
            && word.chars().count() >= UNSEEN_NAME_MIN_LETTERS
            && !(word.starts_with('ي') && word.ends_with('ه'))
    };
    // A road or a circuit is named by a word never seen after it (طريق
    // مريشيد، حلبة إنترلاغوس), not after عن (عن طريق الحاويات: by way of).
    let names_road = |head: usize, first: usize| {
        matches!(document.bare(head), "طريق" | "حلبه")
            && head
                .checked_sub(1)
                .is_none_or(|before| document.norm(before) != "عن")
            && is_unseen_name(first)
    };
    for entity in entities.iter_mut() {
        let tokens = document.tokens_overlapping(&entity.span);
        if matches!(entity.label, Label::Location | Label::Person)
            && tokens.len() > 1
            && dual_head(document, tokens.start).is_some()
        {
            // A dual head inside the tagger's place or read as a given name
            // (بولايتي الشمالية، بولايتي رخيوت): the place is the name after it.
            entity.label = Label::Location;
            entity.span.start = document.bare_span(tokens.start + 1).start;
            continue;
        }
        if entity.label != Label::Person || tokens.start == 0 {
            continue;
        }
        // A dual names two places (بولايتي رخيوت وضلكوت), the second after
        // the first and و (قريتي سريدني وكليبان-بيك); a single head may come
        // before a person's name (مدينة محمد بن راشد), so its name must be rare.
        // A name in quotation marks after a settlement's head is the
        // settlement's (معسكر “أبو شوك”), even one named after a person.
        let quoted_after_head = document.tokens[tokens.start - 1].kind == TokenKind::Quote
            && head_before(document, tokens.start).is_some_and(|(kind, _)| kind == PlaceKind::City);
        // A place's name after المكان المسمى is a place's, whatever its
        // words (المكان المسمى اغيل حسين).
        let named_place = names_a_place(document, tokens.start - 1);
        if second_of_dual(document, tokens.start).is_some()
            || dual_head(document, tokens.start - 1).is_some()
            || quoted_after_head
            || named_place
            || matches!(
                head_kind(document, tokens.start - 1)
                    .or_else(|| head_in_context(document, tokens.start - 1)),
                Some((PlaceKind::City, _))
            ) && tokens
                .clone()
                .filter(|&index| document.tokens[index].kind == TokenKind::Arabic)
                .all(is_rare)
        {
            entity.label = Label::Location;
        } else if let Some(head) = landmark_head(document, tokens.start, &tagged) {
            entity.label = Label::Location;
            // A name in quotation marks is the place's name as used (ساحة
            // "عباس بن فرناس"); otherwise the head is part of it.
            if document.tokens[head + 1].kind != TokenKind::Quote {
                entity.span.start = document.bare_span(head).start;
            }
        } else if tokens.len() > 1
            && matches!(
                head_kind(document, tokens.start),
                Some((PlaceKind::Landmark, _))
            )
        {
            // The head read as a given name (كهف هرقل).
            entity.label = Label::Location;
        }
    }
    let mut added = Vec::new();
    // A word's head kind is its own: looked up once per word of the text.
    let mut heads = PerWord::new(document);
    for head in 0..document.tokens.len().saturating_sub(1) {
        // What a head's context tells comes first: a dash makes a local
        // government unit's head announce its name.
        let Some((kind, dual)) = head_in_context(document, head)
            .or_else(|| {
                heads.get(document, head, || {
                    head_kind(document, head).or_else(|| {
                        let anchored_only = ANCHORED_HEADS.contains(&document.bare(head))
                            && !document.tokens[head].clitics.article;
                        anchored_only.then_some((PlaceKind::Region, false))
                    })
                })
            })
            .or_else(|| strike_target_at(document, head))
        else {
            continue;
        };
        // The name may be in quotation marks (بلدة "بيزيميني").
        let quoted = document.tokens[head + 1].kind == TokenKind::Quote;
        let first = head + 1 + usize::from(quoted);
        // Right after a singular head without the article no conjunction
        // stands: a و the splitter took off a word never seen without it is
        // the name's (مدينة واجيما, Wajima; not بلدة ومستوطنة, قرى وتشريد,
        // المدينة وضواحيها).
        let waw_of_name = |index: usize| {
            let clitics = document.tokens[index].clitics;
            clitics.conjunction == Some('و')
                && clitics.preposition.is_none()
                && !clitics.article
                && !document.tokens[head].clitics.article
                && super::lists::plural_head(document, head).is_none()
                && document.vocabulary.count(document.bare(index)) == 0
        };
        if first >= document.tokens.len() {
            continue;
        }
        // A name opening with a common word of place names takes the word
        // after it (بلدية عين العربي، قرية دير ماما، منطقة رأس الشعرة).
        let opened = !quoted
            && kind != PlaceKind::Landmark
            && super::lists::NAME_OPENERS.contains(&document.bare(first))
            && !tagged[first]
            && first + 1 < document.tokens.len()
            && {
                let next = first + 1;
                let token = &document.tokens[next];
                token.kind == TokenKind::Arabic
                    && !tagged[next]
                    && !token.clitics.any_detached()
                    && document.bare(next).chars().count() >= 3
                    && !words::PREPOSITIONS.contains(&document.norm(next))
            };
        let last = first + 1 + usize::from(opened);
        if !(is_rare_name(first) || opened)
            || document.tokens[first].clitics.any_detached() && !waw_of_name(first)
            || !quoted
                && (document.tokens[head].clitics.article || !is_unseen_name(first))
                && QUOTED_ONLY_HEADS.contains(&words::without_article(document.bare(head)))
        {
            continue;
        }
        // A district's or a state's head announces a name only where a
        // known place holds it (منطقة السريحة بولاية الجزيرة): alone, the
        // word after it describes more often than it names. A landmark's
        // rare name is its own when it has the article or quotation marks
        // (قصبة الأوداية، ملعب "جذع النخلة"); a bare word after one is
        // more often whose it is (قصر سموه), a word after a head with the
        // article describes it (المسجد المعروش), and a head in quotation
        // marks begins a title (" قصر الشوق ", a novel).
        if kind == PlaceKind::Landmark
            && (!quoted && !document.tokens[first].clitics.article && !is_unseen_name(first)
                || document.tokens[head].clitics.article
                || head > 0 && document.tokens[head - 1].kind == TokenKind::Quote
                || !NAMING_LANDMARKS.contains(&document.bare(head)) && !names_road(head, first))
        {
            continue;
        }
        // A dual names two places whatever follows (بمنطقتي الروضة وذنة).
        if matches!(kind, PlaceKind::Region | PlaceKind::State) && !dual {
            let end = document.tokens[last - 1].span.end;
            let next = entities.partition_point(|entity| entity.span.start < end);
            // Or a country's adjective right after it (محافظة X اليمنية).
            let anchored = entities
                .get(next)
                .and_then(|next| anchor_of(document, next, last, false))
                .or_else(|| adjective_country(document, gazetteer, last).map(str::to_string));
            if anchored.is_none() {
                continue;
            }
        }
        added.push((first..last, waw_of_name(first)));
        // The second name after و, attached or apart (ولايتي قالمة و
        // الطارف), past quotation marks (منطقتي “الزور” “وذنة”).
        let mut second = last;
        let mut apart = false;
        while second < document.tokens.len() && dual {
            let token = &document.tokens[second];
            if token.kind == TokenKind::Quote {
                second += 1;
            } else if document.slice(token.span.clone()) == "و" && !apart {
                apart = true;
                second += 1;
            } else {
                break;
            }
        }
        if dual
            && second < document.tokens.len()
            && (apart || document.tokens[second].clitics.conjunction == Some('و'))
            && is_rare_name(second)
        {
            added.push((second..second + 1, false));
        }
    }
    if added.is_empty() {
        return;
    }
    entities.extend(added.into_iter().map(|(tokens, whole)| FoundEntity {
        span: if whole {
            document.tokens[tokens.start].span.start
        } else {
            document.bare_span(tokens.start).start
        }..document.tokens[tokens.end - 1].span.end,
        label: Label::Location,
        place: None,
        group: None,
    }));
    entities.sort_by_key(|entity| entity.span.start);
}

/// Nouns whose complement is a place, normalised and without the article:
/// its people (أهالي، سكان، مختار) or its surroundings (محيط، ضواحي); not
/// أطراف or مدخل, whose complement is as often a body or a building (في
/// أطراف الأجفان، مدخل المدافن).
const OF_A_PLACE: &[&str] = &["اهالي", "سكان", "مختار", "محيط", "ضواحي"];

/// Adds a `LOC` entity for a word the corpora never show that the tagger
/// left out where the words around it make it a place: after a noun whose
/// complement is a place (وصلت المساعدات إلى أهالي تلمسحاق، في محيط
/// تلمسحاق، رئيس بلدية تلمسحاق), before و and a plural head of settlements (في تلمسحاق وقرى
/// مجاورة), or between a clause-opening في and a comma (وفي تلمسحاق، قال
/// شهود). A word never seen is a name, and there a place's;
/// [`place_unlisted`] then places it where the article's words or its focus
/// say. One word only: a second never seen is as often the sentence going
/// on (أهالي تلمسحاق جثامين الضحايا).
pub fn add_of_a_place(document: &Document, entities: &mut Vec<FoundEntity>) {
    let tagged = super::tagged_tokens(document, entities);
    let unseen = |index: usize| {
        let token = &document.tokens[index];
        token.kind == TokenKind::Arabic
            && !tagged[index]
            && !token.clitics.any_detached()
            && document.bare(index).chars().count() >= 3
            && document.vocabulary.count(document.norm(index)) == 0
    };
    // A local government's head after its head or council names the
    // place it governs (رئيس بلدية X، مجلس جماعة X).
    let governed = |head: usize| {
        ANCHORED_HEADS.contains(&document.bare(head))
            && head
                .checked_sub(1)
                .is_some_and(|before| matches!(document.bare(before), "رئيس" | "مجلس"))
    };
    let of_a_place = |noun: usize| {
        let token = &document.tokens[noun];
        token.kind == TokenKind::Arabic
            && !token.clitics.article
            && (OF_A_PLACE.contains(&document.bare(noun)) || governed(noun))
    };
    let before_settlements = |next: usize| {
        document.tokens.get(next).is_some_and(|token| {
            token.clitics.conjunction == Some('و')
                && super::lists::plural_head(document, next) == Some(PlaceKind::City)
        })
    };
    let opening_in = |name: usize| {
        let comma = document
            .tokens
            .get(name + 1)
            .is_some_and(|token| matches!(document.slice(token.span.clone()), "،" | ","));
        let opens = name < 2 || document.tokens[name - 2].kind == TokenKind::Punctuation;
        comma && opens && document.bare(name - 1) == "في"
    };
    let mut added = Vec::new();
    for name in 1..document.tokens.len() {
        let placed = of_a_place(name - 1) || before_settlements(name + 1) || opening_in(name);
        if placed && unseen(name) {
            added.push(FoundEntity {
                span: document.tokens[name].span.clone(),
                label: Label::Location,
                place: None,
                group: None,
            });
        }
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|entity| entity.span.start);
    }
}

/// The kind the head noun before a name starting at token `start`
/// announces, and whether it is a dual: right before it or before its
/// opening quotation mark.
pub(super) fn head_before(document: &Document, start: usize) -> Option<(PlaceKind, bool)> {
    let mut before = start.checked_sub(1)?;
    if document.tokens[before].kind == TokenKind::Quote {
        before = before.checked_sub(1)?;
    }
    head_kind(document, before).or_else(|| head_in_context(document, before))
}

/// Place nouns after which المسمى or المسماة names a place (بالمكان
/// المسمى تابلاكت), normalised and without the article.
const NAMED_PLACE_NOUNS: &[&str] = &["مكان", "موقع", "منطقه", "حي", "قريه", "بلده", "مدينه"];

/// A head that announces a settlement only where it stands: المسمى after
/// a place noun (بالمكان المسمى اغبان), and a local government unit's head
/// after a dash that follows a place (تابلاكت - بلدية تاوريرت إغيل, the
/// commune of the place before: Algerian civil protection's bulletins).
fn head_in_context(document: &Document, index: usize) -> Option<(PlaceKind, bool)> {
    let before = index.checked_sub(1)?;
    let named = names_a_place(document, index);
    let dashed = ANCHORED_HEADS.contains(&document.bare(index))
        && matches!(
            document.slice(document.tokens[before].span.clone()),
            "-" | "–" | "—"
        );
    (named || dashed).then_some((PlaceKind::City, false))
}

/// True when token `index` is المسمى or المسماة after a place noun
/// (بالمكان المسمى تابلاكت).
fn names_a_place(document: &Document, index: usize) -> bool {
    let word = words::without_article(document.bare(index));
    matches!(word, "مسمي" | "مسماه")
        && index.checked_sub(1).is_some_and(|before| {
            NAMED_PLACE_NOUNS.contains(&words::without_article(document.bare(before)))
        })
}

/// True when token `index` ends a strike that a form of استهدف makes the
/// subject of, the target's name to follow: a strike's noun and perhaps
/// its adjective (استهدفت غارة إسرائيلية العديسة، استهدفت غارة زوطر).
fn targeted_by_strike(document: &Document, index: usize) -> bool {
    let targeted = |strike: usize| {
        STRIKES.contains(&words::without_article(document.bare(strike)))
            && strike
                .checked_sub(1)
                .is_some_and(|verb| document.bare(verb).starts_with("استهدف"))
    };
    let word = document.bare(index);
    targeted(index)
        || (word.ends_with('ي') || word.ends_with("يه"))
            && index.checked_sub(1).is_some_and(targeted)
}

/// What على or بين at token `index` announces after a strike (see
/// [`STRIKES`]), or بين after الواقعة: a village, or two after بين.
fn strike_target_at(document: &Document, index: usize) -> Option<(PlaceKind, bool)> {
    let between = match document.norm(index) {
        "علي" => false,
        "بين" => true,
        _ => return targeted_by_strike(document, index).then_some((PlaceKind::City, false)),
    };
    let struck = (index.saturating_sub(STRIKE_REACH)..index).any(|at| {
        let bare = document.bare(at);
        STRIKES.contains(&words::without_article(bare))
    });
    // المنطقة الواقعة بين مجدلزون وشمع: an area lies between two places.
    let lying_between = between
        && index
            .checked_sub(1)
            .is_some_and(|before| matches!(document.bare(before), "الواقع" | "الواقعه"));
    (struck || lying_between).then_some((PlaceKind::City, between))
}

/// The untagged landmark head noun before a name starting at token
/// `start`: right before it, or before a title (مركب الأمير مولاي عبد
/// الله) or an opening quotation mark (ساحة "عباس بن فرناس").
fn landmark_head(document: &Document, start: usize, tagged: &[bool]) -> Option<usize> {
    let mut head = start.checked_sub(1)?;
    if document.tokens[head].kind == TokenKind::Quote || is_trigger(document, head, Trigger::Person)
    {
        head = head.checked_sub(1)?;
    }
    let is_landmark = matches!(head_kind(document, head), Some((PlaceKind::Landmark, _)));
    // عن طريق is "by way of" (عن طريق محمد: through Mohammed).
    let by_way_of = head > 0 && document.norm(head - 1) == "عن";
    (is_landmark && !by_way_of && !tagged[head..start].contains(&true)).then_some(head)
}

/// Gives a place to each `LOC` entity of `entities` (sorted, not
/// overlapping) that has none, where the article places it (see the
/// module).
pub fn place_unlisted(document: &Document, gazetteer: &Gazetteer, entities: &mut [FoundEntity]) {
    // Paragraph by paragraph or sentence by sentence measured the same on
    // both development sets: the article as a whole is the context.
    let majority = majority_country(entities.iter());
    let focus = country_with_share(entities.iter(), FOCUS_SHARE, FOCUS_FEWEST);
    // The kind a dual head gave the name before, for the one after و.
    let mut announced_before: Option<(PlaceKind, usize)> = None;
    for at in 0..entities.len() {
        let entity = &entities[at];
        if entity.label != Label::Location || entity.place.is_some() {
            announced_before = None;
            continue;
        }
        let tokens = document.tokens_overlapping(&entity.span);
        if tokens.is_empty() {
            continue;
        }
        // The head noun before the name (also before its opening quotation
        // mark: بلدة "بيزيميني"), or opening it (جامع الفنا).
        let head = head_before(document, tokens.start)
            .or_else(|| strike_target_at(document, tokens.start.checked_sub(1)?))
            .or_else(|| {
                (tokens.len() > 1)
                    .then(|| head_kind(document, tokens.start))
                    .flatten()
            });
        let coordinated = announced_before
            .filter(|&(_, end)| {
                end == tokens.start && document.tokens[tokens.start].clitics.conjunction.is_some()
            })
            .map(|(kind, _)| kind);
        let kind = head.map(|(kind, _)| kind).or(coordinated);
        // A dual head's first name is anchored after the second (قريتي
        // سريدني وكليبان في منطقة دونيتسك).
        let second_name = entities
            .get(at + 1)
            .map(|next| document.tokens_overlapping(&next.span))
            .filter(|next| {
                head.is_some_and(|(_, dual)| dual)
                    && next.start == tokens.end
                    && document.tokens[next.start].clitics.conjunction == Some('و')
            });
        let anchored = match second_name {
            Some(second) => anchor_country(document, entities, at + 1, second.end, true),
            None => anchor_country(document, entities, at, tokens.end, kind.is_some()),
        }
        .or_else(|| adjective_country(document, gazetteer, tokens.end).map(str::to_string));
        // Nothing around it says where it is: a place of rare words the
        // tagger found in a story of one country is that country's (أنوال،
        // تمسمان in a story of the Rif); common words it took for a place
        // are more often its mistakes (الياسمين), and a sea or a river may
        // span several countries.
        let in_focus = || {
            !WATER_HEADS.contains(&words::without_article(document.bare(tokens.start)))
                && of_rare_words(document, tokens.clone())
        };
        let country = anchored
            .or_else(|| kind.and(majority.clone()))
            .or_else(|| focus.clone().filter(|_| in_focus()));
        announced_before = head
            .filter(|&(_, dual)| dual)
            .map(|(kind, _)| (kind, tokens.end));
        if let Some(country) = country {
            let name = written_name(document, &entities[at]);
            entities[at].place = Some(placed_here(
                name,
                kind.unwrap_or(PlaceKind::Region),
                country,
            ));
        }
    }
    same_name_same_place(document, entities);
    follow_anchors(document, gazetteer, entities, majority.as_deref());
}

/// True when every Arabic word of `tokens` is rare in the corpora, and
/// none is a common word with a pronoun on it (بيانه).
fn of_rare_words(document: &Document, tokens: std::ops::Range<usize>) -> bool {
    let count = |word: &str| document.vocabulary.count(word);
    tokens
        .filter(|&index| document.tokens[index].kind == TokenKind::Arabic)
        .all(|index| {
            let word = document.norm(index);
            let pronoun_on_common = ["ه", "ها", "هم"].iter().any(|pronoun| {
                word.strip_suffix(pronoun)
                    .is_some_and(|stem| count(stem) > ANNOUNCED_MAX_COUNT)
            });
            count(word) <= ANNOUNCED_MAX_COUNT && !pronoun_on_common
        })
}

/// Corrects a place the gazetteer resolved where the article says it lies
/// elsewhere: the same-named place in the country whose adjective follows
/// it (مطاري عمان الأردني: Amman, not Oman; برشلونة الإسباني: Barcelona,
/// not the Venezuelan city); and, for a town of a country the article
/// names by no other name, the anchor's country (بني زيد غرب بعقوبة is no
/// Bolivian town) or, after a settlement's head noun, the country of most
/// of the article's places (حي الصوان in a story of Lebanon): its namesake
/// there, or the name as written there. The name's other mentions are the
/// same place (منطقة بوداي في البقاع, then في بوداي).
fn follow_anchors(
    document: &Document,
    gazetteer: &Gazetteer,
    entities: &mut [FoundEntity],
    majority: Option<&str>,
) {
    let key = |entity: &FoundEntity| name_key(written_name(document, entity));
    // Each resolved mention's country and name: a country the article
    // names by one name only may be a namesake's mistake.
    let mut named: Vec<(String, String)> = entities
        .iter()
        .filter_map(|entity| Some((entity.place.as_ref()?.country.clone()?, key(entity))))
        .collect();
    named.sort_unstable();
    named.dedup();
    let named_by_one_name = |country: &String| {
        let from = named.partition_point(|(c, _)| c < country);
        named[from..]
            .iter()
            .take_while(|(c, _)| c == country)
            .count()
            == 1
    };
    let mut corrected: Vec<(String, Option<String>, Place)> = Vec::new();
    // From the last: an anchor is corrected before the names it anchors
    // (حي المفرق في قرية بني زيد غرب بعقوبة).
    for at in (0..entities.len()).rev() {
        let entity = &entities[at];
        let Some(place) = entity.place.as_ref().filter(|place| place.lat.is_some()) else {
            continue;
        };
        let tokens = document.tokens_overlapping(&entity.span);
        let stray = matches!(place.kind, PlaceKind::City | PlaceKind::State)
            && place.country.as_ref().is_some_and(named_by_one_name);
        // The head as place_unlisted reads it: also before an opening
        // quotation mark (منطقتي “الزور”) and after المسمى.
        let headed =
            head_before(document, tokens.start).is_some_and(|(kind, _)| is_settlement(kind));
        let anchor = adjective_country(document, gazetteer, tokens.end)
            .map(str::to_string)
            .or_else(|| {
                stray
                    .then(|| {
                        anchor_country(document, entities, at, tokens.end, false)
                            .or_else(|| majority.filter(|_| headed).map(str::to_string))
                    })
                    .flatten()
            });
        let Some(country) = anchor.filter(|country| place.country.as_ref() != Some(country)) else {
            continue;
        };
        let written = written_name(document, entity);
        let name = name_key(written);
        let corrected_place = match namesake_in(gazetteer, &name, &country) {
            Some(namesake) => namesake,
            None if stray => placed_here(written, place.kind, country),
            None => continue,
        };
        if !corrected
            .iter()
            .any(|(corrected_name, ..)| *corrected_name == name)
        {
            corrected.push((name, place.country.clone(), corrected_place.clone()));
        }
        entities[at].place = Some(corrected_place);
    }
    if corrected.is_empty() {
        return;
    }
    for entity in entities.iter_mut() {
        let Some(place) = entity.place.as_ref() else {
            continue;
        };
        // A mention its own country's adjective follows is where that says
        // (البنجاب الباكستانية والبنجاب الهندية).
        let end = document.tokens_overlapping(&entity.span).end;
        if adjective_country(document, gazetteer, end).is_some() {
            continue;
        }
        let name = key(entity);
        if let Some((.., corrected_place)) = corrected
            .iter()
            .find(|(key, country, _)| *key == name && *country == place.country)
        {
            entity.place = Some(corrected_place.clone());
        }
    }
}

/// The name of `entity` as the article writes it, without an attached
/// conjunction or preposition.
pub(super) fn written_name<'d>(document: &Document<'d>, entity: &FoundEntity) -> &'d str {
    let first = document.tokens_overlapping(&entity.span).start;
    document.slice(document.bare_span(first).start..entity.span.end)
}

/// A place put in `country` by the article's words: its `name` as
/// written, no coordinates (the map leaves it out).
pub(super) fn placed_here(name: &str, kind: PlaceKind, country: String) -> Place {
    Place {
        name: name.to_string(),
        kind,
        country: Some(country),
        lat: None,
        lon: None,
    }
}

/// The most populous place the gazetteer knows by the name `key` in
/// `country`.
pub(super) fn namesake_in(gazetteer: &Gazetteer, key: &str, country: &str) -> Option<Place> {
    gazetteer.largest_in(gazetteer.lookup(key)?.0, country)
}

/// Makes a place of the words that open a paragraph before a country in
/// brackets and a dash, whatever the tagger made of them: a wire story's
/// dateline names the town it was filed from and its country (آيشفالده
/// (ألمانيا)- (د ب أ)), the gazetteer's namesake there or the name as
/// written there.
pub fn add_datelines(document: &Document, gazetteer: &Gazetteer, entities: &mut Vec<FoundEntity>) {
    let is = |index: usize, marks: &[&str]| {
        document
            .tokens
            .get(index)
            .is_some_and(|token| marks.contains(&document.slice(token.span.clone())))
    };
    let mut added: Vec<FoundEntity> = Vec::new();
    for paragraph in &document.paragraphs {
        let first = document
            .tokens
            .partition_point(|token| token.span.start < paragraph.span.start);
        let Some(open) = (first + 1..first + 1 + DATELINE_MAX_WORDS).find(|&at| is(at, &["("]))
        else {
            continue;
        };
        // Words the tagger found a name in, or rare words: not the verb
        // of a sentence that opens with a bracket (وقال (لبنان) - …).
        let named = entities
            .get(entities.partition_point(|entity| entity.span.end <= paragraph.span.start))
            .is_some_and(|entity| entity.span.start < document.tokens[open].span.start);
        let is_rare =
            |at: usize| document.vocabulary.count(document.norm(at)) <= ANNOUNCED_MAX_COUNT;
        if !(first..open).all(|at| document.tokens[at].kind == TokenKind::Arabic)
            || !named && !(first..open).all(is_rare)
        {
            continue;
        }
        // The country in the brackets, as the tagger and the gazetteer
        // found it.
        let Some(inside) = document.tokens.get(open + 1) else {
            continue;
        };
        let at = entities.partition_point(|entity| entity.span.start < inside.span.start);
        let country = entities.get(at).and_then(|entity| {
            let place = entity.place.as_ref()?;
            let end = document.tokens_overlapping(&entity.span).end;
            let bracketed = entity.span.start < inside.span.end
                && is(end, &[")"])
                && is(end + 1, &["-", "–", "—"]);
            (bracketed && place.kind == PlaceKind::Country).then(|| place.country.clone())?
        });
        let Some(country) = country else {
            continue;
        };
        let span = document.tokens[first].span.start..document.tokens[open - 1].span.end;
        let written = document.slice(span.clone());
        let place = namesake_in(gazetteer, &name_key(written), &country)
            .unwrap_or_else(|| placed_here(written, PlaceKind::City, country));
        added.push(FoundEntity {
            span,
            label: Label::Location,
            place: Some(place),
            group: None,
        });
    }
    if added.is_empty() {
        return;
    }
    // The dateline replaces whatever the tagger found on its words.
    entities.retain(|entity| {
        !added
            .iter()
            .any(|town| entity.span.start < town.span.end && town.span.start < entity.span.end)
    });
    entities.extend(added);
    entities.sort_by_key(|entity| entity.span.start);
}

/// Gives the place a name was given here or by the gazetteer to its other
/// mentions that have none (في لامبيدوسا after جزيرة لامبيدوسا الإيطالية;
/// بلدتي الفارعة وطلوزة, found after the gazetteer's places were resolved,
/// after بلدتي الباذان وطلوزة).
fn same_name_same_place(document: &Document, entities: &mut [FoundEntity]) {
    let key = |entity: &FoundEntity| {
        let tokens = document.tokens_overlapping(&entity.span);
        (tokens.start..tokens.end)
            .map(|index| document.bare(index))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let placed: Vec<(String, Place)> = entities
        .iter()
        .filter_map(|entity| Some((key(entity), entity.place.clone()?)))
        .collect();
    if placed.is_empty() {
        return;
    }
    for entity in entities.iter_mut() {
        if entity.label == Label::Location && entity.place.is_none() {
            let name = key(entity);
            if let Some((_, place)) = placed.iter().find(|(key, _)| *key == name) {
                entity.place = Some(place.clone());
            }
        }
    }
}

/// The country whose adjective is the word at token `index`
/// (الإيطالية → IT, اللبناني → LB), read back to the country's name in
/// the gazetteer: إيطالي → إيطاليا, لبناني → لبنان, عراقي → العراق,
/// سوري → سوريا, سعودي → السعودية.
pub(super) fn adjective_country(
    document: &Document,
    gazetteer: &Gazetteer,
    index: usize,
) -> Option<&'static str> {
    let token = document.tokens.get(index)?;
    if !token.clitics.article || token.clitics.any_detached() {
        return None;
    }
    let word = document.bare(index).strip_prefix("ال")?;
    let stem = words::relative_adjective_stem(word, 2)?;
    let names = [
        format!("{stem}ا"),
        stem.to_string(),
        format!("ال{stem}"),
        format!("{stem}يا"),
        format!("ال{stem}يه"),
    ];
    names.iter().find_map(|name| {
        let (candidates, doubtful) = gazetteer.lookup(name)?;
        if doubtful {
            return None;
        }
        candidates
            .iter()
            .map(|&candidate| gazetteer.entry(candidate))
            .find(|entry| entry.kind == PlaceKind::Country)
            .and_then(|entry| entry.country)
    })
}

/// The kind a dual head of settlements or districts (not of landmarks) at
/// token `index` announces (قريتي، ولايتي).
pub(super) fn dual_head(document: &Document, index: usize) -> Option<PlaceKind> {
    head_kind(document, index)
        .filter(|&(kind, dual)| dual && kind != PlaceKind::Landmark)
        .map(|(kind, _)| kind)
}

/// The kind of the dual head whose second name starts at token `start`,
/// after the first name and و (قريتي سريدني وكليبان، محافظتي ظفار والوسطى).
pub(super) fn second_of_dual(document: &Document, start: usize) -> Option<PlaceKind> {
    let head = start.checked_sub(2)?;
    (document.tokens[start].clitics.conjunction == Some('و'))
        .then(|| dual_head(document, head))
        .flatten()
}

/// True when the word at token `index` is a settlement's or district's
/// head noun (بلدة، قضاء), not a landmark's.
pub(super) fn announces_settlement(document: &Document, index: usize) -> bool {
    head_kind(document, index).is_some_and(|(kind, _)| is_settlement(kind))
}

/// True for the kinds a settlement's or district's head announces (not a
/// landmark's).
fn is_settlement(kind: PlaceKind) -> bool {
    matches!(kind, PlaceKind::City | PlaceKind::Region | PlaceKind::State)
}

/// Makes a place of an organisation the tagger found right after a
/// settlement's or district's head noun (بولاية الجزيرة، بمنطقة "إيغير":
/// the head says what the name is), before the places are resolved.
pub fn relabel_announced(document: &Document, entities: &mut [FoundEntity]) {
    for entity in entities.iter_mut() {
        let tokens = document.tokens_overlapping(&entity.span);
        if entity.label != Label::Organization {
            continue;
        }
        // A landmark's head before an organisation's common name is often
        // the organisation's seat (قصر الإليزيه); before rare words, the
        // landmark's name (مسجد خربوش).
        let announced = head_before(document, tokens.start).is_some_and(|(kind, _)| {
            kind != PlaceKind::Landmark
                || tokens.clone().all(|index| {
                    document.tokens[index].kind != TokenKind::Arabic
                        || document.vocabulary.count(document.norm(index)) <= ANNOUNCED_MAX_COUNT
                })
        });
        if announced {
            entity.label = Label::Location;
        }
    }
}

/// The kind the head noun at token `index` announces, and whether it is a
/// dual (بلدتي) announcing two names.
pub(super) fn head_kind(document: &Document, index: usize) -> Option<(PlaceKind, bool)> {
    // One lookup per word: this is asked of every word of every text.
    static KINDS: OnceLock<WordMap<&'static str, (PlaceKind, bool)>> = OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let mut kinds = WordMap::default();
        for &(head, kind) in HEADS {
            kinds.insert(head, (kind, head.ends_with("تي") || head.ends_with("مي")));
        }
        kinds
    });
    let bare = document.bare(index);
    // With the article an island's head is a name itself as often (الجزيرة:
    // the channel, the club, the peninsula) or a plain word (الجزر).
    if document.tokens[index].clitics.article
        && ARTICLE_LESS_HEADS.contains(&words::without_article(bare))
    {
        return None;
    }
    kinds
        .get(words::without_article(bare))
        // A head starting with و taken for the conjunction (ولايتي → و + لايتي).
        .or_else(|| {
            (document.tokens[index].clitics.conjunction == Some('و'))
                .then(|| kinds.get(document.norm(index)))
                .flatten()
        })
        // A head whose preposition the splitter left on it, as it leaves
        // one on a word it does not know (بولايتي).
        .or_else(|| {
            let clitics = &document.tokens[index].clitics;
            if clitics.any_detached() || clitics.article {
                return None;
            }
            let word = bare.strip_prefix('و').unwrap_or(bare);
            kinds.get(word.strip_prefix(['ب', 'ل'])?)
        })
        .copied()
}

/// The country of the known place that anchors entity `at`, whose tokens
/// end at `end`: words between them that say where the name lies
/// ([`says_where`]: جنوب شرقي المغرب، بريف حماة، في شمال بوركينا فاسو،
/// على بعد 20 كيلومترا من حلب), or that place right after with ب, or with
/// و when a head noun `announced` the entity as a settlement (مدينتي
/// الهرمل وبعلبك; two names joined by و alone may be two countries:
/// الكوريتان والصين); each of them also after الواقعة, with a comma before
/// it or not.
fn anchor_country(
    document: &Document,
    entities: &[FoundEntity],
    at: usize,
    end: usize,
    announced: bool,
) -> Option<String> {
    anchor_of(document, entities.get(at + 1)?, end, announced)
}

/// The country of `next`, the entity after a name whose tokens end at
/// `end`, when it anchors the name (see [`anchor_country`]).
pub(super) fn anchor_of(
    document: &Document,
    next: &FoundEntity,
    end: usize,
    announced: bool,
) -> Option<String> {
    // The anchor is a place the gazetteer knows, not one placed here.
    let place = next
        .place
        .as_ref()
        .filter(|place| next.label == Label::Location && place.lat.is_some())?;
    let next_tokens = document.tokens_overlapping(&next.span);
    // الواقعة or التي تقع (after a comma or not) says where the name lies,
    // and what follows reads as it would right after the name (عين العربي
    // الواقعة جنوبي قالمة، ، الواقعة في ولاية الوادي، التي تقع بمحافظة
    // حلب).
    let comma = |index: usize| matches!(document.bare(index), "،" | ",");
    let lying_words = |index: usize| {
        let word = |at: usize| (at < next_tokens.start).then(|| document.norm(at));
        match (word(index), word(index + 1)) {
            (Some("الواقع" | "الواقعه"), _) => 1,
            (Some("التي" | "الذي"), Some("تقع" | "يقع")) => 2,
            _ => 0,
        }
    };
    let after_comma = usize::from(end < next_tokens.start && comma(end));
    let lying = lying_words(end + after_comma);
    let end = if lying > 0 {
        end + after_comma + lying
    } else {
        end
    };
    let between = end..next_tokens.start;
    let first = &document.tokens.get(next_tokens.start)?.clitics;
    let anchored = if between.is_empty() {
        // ببغداد; وبعلبك, a place named with it (مدينتي الهرمل وبعلبك).
        first.preposition == Some('ب')
            || (announced && first.conjunction == Some('و') && first.preposition.is_none())
    } else {
        says_where(document, between)
    };
    anchored.then(|| place.country.clone()).flatten()
}

/// Most words a phrase that says where a name lies may have (على بعد 20
/// كيلومترا إلى الشمال من).
const MAX_WHERE_WORDS: usize = 8;

/// True when the words `between` a name and a known place after them say
/// the name lies in or by it, after a comma or an opening bracket or not
/// (بلدة تلمسحاق، شمال حلب; (جنوب لبنان)):
/// - in it: في, or a head noun with ب or after في or من (بولاية الجزيرة،
///   في منطقة دونيتسك، من ولاية قابس), or after التابع(ة) with ل (التابعة
///   لإقليم الحوز): the place it names holds the name;
/// - by it: one or two directions (جنوب شرقي المغرب), after في, من or
///   أقصى or not (في شمال غرب سوريا، في أقصى شمال موريتانيا), or إلى الشمال
///   من; or a word of the place's surroundings (بريف حماة، قرب الخليل،
///   بضواحي الرباط، في ريف حماة، بالقرب من الخليل); or a distance from it
///   (على بعد 20 كيلومترا من حلب); each with a head noun after or not.
fn says_where(document: &Document, between: std::ops::Range<usize>) -> bool {
    if between.len() > MAX_WHERE_WORDS {
        return false;
    }
    let end = between.end;
    let mut at = between.start;
    let bare = |index: usize| document.bare(index);
    let norm = |index: usize| document.norm(index);
    let is_head = |index: usize| head_kind(document, index).is_some();
    let with_preposition = |index: usize, preposition: char| {
        document.tokens[index].clitics.preposition == Some(preposition) && is_head(index)
    };
    // With the article too (إلى الشمال من).
    let is_direction =
        |index: usize| words::direction(words::without_article(bare(index))).is_some();
    let is_vicinity = |index: usize| words::VICINITY.contains(&words::without_article(bare(index)));
    // What is left from `at` is a head noun, or nothing.
    let head_or_nothing = |at: usize| at == end || (at + 1 == end && is_head(at));
    if matches!(bare(at), "،" | "," | "(") {
        at += 1;
    }
    if at == end {
        return false;
    }
    if at + 1 == end && with_preposition(at, 'ب') {
        return true;
    }
    if at + 2 == end && matches!(bare(at), "التابع" | "التابعه") && with_preposition(at + 1, 'ل')
    {
        return true;
    }
    // على بعد 20 كيلومترا (إلى الشمال) من: what follows من is the place.
    let distance =
        norm(at) == "علي" && at + 1 < end && bare(at + 1) == "بعد" && norm(end - 1) == "من";
    if distance {
        return true;
    }
    let preposition = norm(at);
    let after_preposition = matches!(preposition, "في" | "من" | "الي");
    if after_preposition {
        at += 1;
    }
    if at < end && bare(at) == "اقصي" {
        at += 1;
    }
    let directions_start = at;
    while at < end && at - directions_start < 2 && is_direction(at) {
        at += 1;
    }
    let directions = at > directions_start;
    let vicinity = !directions && at < end && is_vicinity(at);
    if vicinity {
        at += 1;
    }
    // The splitter keeps بالقرب whole.
    let near = !directions && !vicinity && at < end && matches!(bare(at), "بالقرب" | "القرب");
    if near {
        at += 1;
    }
    let from = at < end && norm(at) == "من" && (directions || vicinity || near);
    if from {
        at += 1;
    }
    if near && !from || preposition == "الي" && !(directions && from) {
        return false;
    }
    let located = directions || vicinity || near || preposition == "في";
    (located && head_or_nothing(at)) || (preposition == "من" && at + 1 == end && is_head(at))
}

/// The country most of the place mentions the gazetteer resolved lie in,
/// when it has at least [`MAJORITY`] of them and more than one. A story
/// of a war between two countries often has none: its villages stay
/// without a country rather than take the other side's.
pub(super) fn majority_country<'e>(
    entities: impl Iterator<Item = &'e FoundEntity>,
) -> Option<String> {
    country_with_share(entities, MAJORITY, 2)
}

/// The country at least `share` of the located place mentions lie in, with
/// at least `fewest` of them.
fn country_with_share<'e>(
    entities: impl Iterator<Item = &'e FoundEntity>,
    share: f64,
    fewest: usize,
) -> Option<String> {
    let mut countries: Vec<&str> = entities
        .filter_map(|entity| {
            entity
                .place
                .as_ref()
                .filter(|p| p.lat.is_some())?
                .country
                .as_deref()
        })
        .collect();
    countries.sort_unstable();
    let total = countries.len();
    let mut best: Option<(&str, usize)> = None;
    let mut tied = false;
    for run in countries.chunk_by(|a, b| a == b) {
        if best.is_none_or(|(_, count)| run.len() > count) {
            best = Some((run[0], run.len()));
            tied = false;
        } else if best.is_some_and(|(_, count)| run.len() == count) {
            tied = true;
        }
    }
    let (country, count) = best?;
    (!tied && count >= fewest && count as f64 >= share * total as f64).then(|| country.to_string())
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Label, PlaceKind};
    use crate::places::tests::entity;

    fn places(text: &str) -> Vec<(String, Option<String>, PlaceKind, bool)> {
        crate::analyze(text)
            .entities
            .into_iter()
            .filter_map(|entity| {
                let place = entity.place?;
                Some((entity.text, place.country, place.kind, place.lat.is_some()))
            })
            .collect()
    }

    /// The names [`super::add_announced`] adds to `text` alone, with no
    /// entity of the tagger's.
    fn announced(text: &str) -> Vec<&str> {
        let mut entities = Vec::new();
        super::add_announced(
            &crate::text::Document::new(text),
            &crate::places::Gazetteer::embedded(),
            &mut entities,
        );
        entities.iter().map(|e| &text[e.span.clone()]).collect()
    }

    /// The names of `found` placed in `country` by the article's words
    /// (no coordinates).
    fn placed_here_in<'f>(
        found: &'f [(String, Option<String>, PlaceKind, bool)],
        country: &str,
    ) -> Vec<&'f str> {
        found
            .iter()
            .filter(|(_, placed, _, located)| placed.as_deref() == Some(country) && !located)
            .map(|(text, ..)| text.as_str())
            .collect()
    }

    #[test]
    fn an_unknown_quarter_after_its_head_noun_takes_the_articles_country() {
        let found = places(
            "قصفت الطائرات منزلا في حي الخضراء في بغداد . وقالت الشرطة العراقية إن الهجوم وقع قرب البصرة .",
        );
        assert!(
            found.contains(&(
                "الخضراء".to_string(),
                Some("IQ".to_string()),
                PlaceKind::Region,
                false
            )),
            "{found:?}"
        );
    }

    #[test]
    fn settlements_quarters_and_plains_of_every_country_have_their_heads() {
        let found =
            places("انهار منزل في عزلة الأشمور بسبب السيول . وزار المحافظ صنعاء وعدن في اليمن .");
        assert_eq!(placed_here_in(&found, "YE"), ["الأشمور"], "{found:?}");
        let found = places(
            "ولد في حارة الكبابجي بالقاهرة . ثم عمل في سهل المريجات قرب جنين في الضفة الغربية .",
        );
        assert_eq!(placed_here_in(&found, "EG"), ["الكبابجي"], "{found:?}");
        assert_eq!(placed_here_in(&found, "PS"), ["المريجات"], "{found:?}");
    }

    /// The spans and labels [`super::add_announced`] leaves of `text`'s
    /// `persons`, tagged as persons.
    fn announced_persons<'t>(text: &'t str, persons: &[&str]) -> Vec<(&'t str, Label)> {
        let document = crate::text::Document::new(text);
        let mut entities: Vec<_> = persons
            .iter()
            .map(|name| entity(text, name, Label::Person))
            .collect();
        super::add_announced(
            &document,
            &crate::places::Gazetteer::embedded(),
            &mut entities,
        );
        entities
            .iter()
            .map(|entity| (&text[entity.span.clone()], entity.label))
            .collect()
    }

    #[test]
    fn an_unknown_valley_or_mountain_takes_the_articles_country() {
        let found = places(
            "اندلعت حرائق في جبل التركمان وفي وادي خنسا قرب اللاذقية . وقال الدفاع المدني السوري إن \
             الحرائق امتدت إلى ريف حماة .",
        );
        assert_eq!(
            placed_here_in(&found, "SY"),
            ["جبل التركمان", "خنسا"],
            "{found:?}"
        );
    }

    #[test]
    fn a_persons_name_after_a_place_called_is_the_place() {
        let text = "اندلع حريق بالمكان المسمى اغيل حسين في ولاية تيزي وزو";
        assert_eq!(
            announced_persons(text, &["اغيل حسين"]),
            [("اغيل حسين", Label::Location)]
        );
        let text = "قال المدعو حسين علي إن الحريق اندلع";
        assert_eq!(
            announced_persons(text, &["حسين علي"]),
            [("حسين علي", Label::Person)]
        );
    }

    #[test]
    fn a_word_never_seen_after_a_landmarks_head_is_its_name() {
        assert_eq!(announced("فاز ليفربول على ملعب أنفليد أمس"), ["أنفليد"]);
        assert!(announced("انتقل الفريق إلى أول ملعب يملكه النادي").is_empty());
        assert!(announced("أقيم الحفل في قصر سموه").is_empty());
        assert_eq!(announced("تم تطوير طريق مريشيد أمس"), ["مريشيد"]);
        assert_eq!(announced("وقعت حوادث على حلبة إنترلاغوس"), ["إنترلاغوس"]);
        assert_eq!(announced("سقطت قذائف في معسكر ابوشوك"), ["ابوشوك"]);
        assert!(announced("بادر الآخرون في المعسكر الفرانكفوني").is_empty());
        assert!(announced("يصطنع عن طريق الميثلة").is_empty());
    }

    #[test]
    fn a_camps_name_in_quotation_marks_is_a_place_a_word_after_it_is_not() {
        let text = "سقطت قذائف على معسكر “أبو شوك” في الفاشر";
        assert_eq!(
            announced_persons(text, &["أبو شوك"]),
            [("أبو شوك", Label::Location)]
        );
        assert!(announced("أقام المنتخب معسكر تدريبي في ألمانيا").is_empty());
        assert_eq!(announced("نزحوا إلى معسكر “ابوشوك” أمس"), ["ابوشوك"]);
    }

    #[test]
    fn a_datelines_town_before_its_country_in_brackets_is_a_place_there() {
        let text = "آيشفالده (ألمانيا)- (د ب أ) كشف تقرير عن البلدة.\n\nوقال (لبنان) - إن";
        let document = crate::text::Document::new(text);
        let mut entities = vec![
            entity(text, "آيشفالده", Label::Organization),
            entity(text, "ألمانيا", Label::Location),
            entity(text, "لبنان", Label::Location),
        ];
        for (at, country) in [(1, "DE"), (2, "LB")] {
            entities[at].place = Some(super::placed_here(
                "x",
                PlaceKind::Country,
                country.to_string(),
            ));
        }
        super::add_datelines(
            &document,
            &crate::places::Gazetteer::embedded(),
            &mut entities,
        );
        let town = &entities[0];
        assert_eq!(
            (town.label, &text[town.span.clone()]),
            (Label::Location, "آيشفالده")
        );
        assert_eq!(
            town.place.as_ref().and_then(|p| p.country.as_deref()),
            Some("DE")
        );
        // A common word before a bracket and a dash is no town.
        assert_eq!(entities.len(), 3, "{entities:?}");
    }

    #[test]
    fn a_rare_word_a_strike_targeted_is_a_village() {
        assert_eq!(announced("استهدفت غارة إسرائيلية العديسة ليلا"), ["العديسة"]);
        assert_eq!(announced("كما استهدفت غارة زوطر"), ["زوطر"]);
        assert!(announced("استهدفت غارة إسرائيلية سيارة").is_empty());
        assert!(announced("غارة إسرائيلية العديسة").is_empty());
    }

    #[test]
    fn a_rare_word_a_strike_hit_is_a_village_of_the_articles_country() {
        assert_eq!(
            announced("أغار الطيران على ميفدون. وسجلت غارة بين مروحين وراميا"),
            ["ميفدون", "مروحين", "راميا"]
        );
        // Not after any على: a rare word there may be anything.
        assert!(announced("وافق المجلس على ميفدون").is_empty());
        let found = places(
            "قصف الجيش الإسرائيلي جنوب لبنان. وسجلت غارتان عنيفتان على تفاحتا في ظل توتر في لبنان.",
        );
        assert!(
            placed_here_in(&found, "LB").contains(&"تفاحتا"),
            "{found:?}"
        );
    }

    #[test]
    fn a_road_named_after_a_person_is_a_place_but_by_way_of_is_not() {
        let text = "افتتح المسار على طريق الملك عبدالعزيز . وأرسل الرسالة عن طريق محمد علي";
        assert_eq!(
            announced_persons(text, &["الملك عبدالعزيز", "محمد علي"]),
            [
                ("طريق الملك عبدالعزيز", Label::Location),
                ("محمد علي", Label::Person)
            ]
        );
    }

    #[test]
    fn a_dual_head_the_tagger_ran_into_a_name_is_left_out_of_the_places() {
        let text = "أجلت السلطات السكان بولايتي رخيوت وضلكوت";
        assert_eq!(
            announced_persons(text, &["بولايتي رخيوت", "ضلكوت"]),
            [("رخيوت", Label::Location), ("ضلكوت", Label::Location)]
        );
    }

    #[test]
    fn a_person_announced_as_a_village_is_a_place() {
        let text = "سيطر الجيش على قرية سريدني شرقا";
        let document = crate::text::Document::new(text);
        let mut entities = vec![entity(text, "سريدني", Label::Person)];
        super::add_announced(
            &document,
            &crate::places::Gazetteer::embedded(),
            &mut entities,
        );
        assert_eq!(entities[0].label, Label::Location);
    }

    #[test]
    fn a_landmark_named_after_a_person_is_a_place_with_its_head() {
        let text = "في الرباط ، تحتضن المدينة ملعب ابن بطوطة ومركب الأمير مولاي عبد الله . وتقع الرباط في المغرب .";
        assert_eq!(
            announced_persons(text, &["ابن بطوطة", "مولاي عبد الله"]),
            [
                ("ملعب ابن بطوطة", Label::Location),
                ("مركب الأمير مولاي عبد الله", Label::Location)
            ]
        );
    }

    #[test]
    fn a_head_noun_makes_a_place_of_the_name_after_it_even_in_quotation_marks() {
        let text = "وقع الزلزال بمنطقة “إيغير” باقليم الحوز قرب مراكش بالمغرب";
        let document = crate::text::Document::new(text);
        let mut entities = vec![entity(text, "إيغير", Label::Organization)];
        super::relabel_announced(&document, &mut entities);
        assert_eq!(entities[0].label, Label::Location);
        let found = places(
            "سيطر الجيش على بلدة \"بيزيميني\" شرق أوكرانيا . وقصفت أوكرانيا مواقع قرب خاركيف وكييف في أوكرانيا .",
        );
        assert!(
            placed_here_in(&found, "UA").contains(&"بيزيميني"),
            "{found:?}"
        );
    }

    /// Asserts that in each `(text, place, country)` the place named is
    /// put in that country.
    fn assert_countries(cases: &[(&str, &str, &str)]) {
        for &(text, place, country) in cases {
            let found = places(text);
            let mention = found.iter().find(|(name, ..)| name == place);
            assert_eq!(
                mention.and_then(|(_, country, ..)| country.as_deref()),
                Some(country),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_place_nothing_places_lies_in_the_storys_focus_country() {
        let found = places(
            "وحد عبد الكريم القبائل القريبة من مليلية ووصل إلى قلب تمسمان وهنا دارت المعركة . وزار \
             الملك الرباط وفاس ومراكش في المغرب .",
        );
        assert_eq!(placed_here_in(&found, "MA"), ["تمسمان"], "{found:?}");
        // Two countries as often: no focus. (Morocco's village of the name
        // places it, a city, see `villages.rs`; the focus would have made
        // it a region.)
        let found = places(
            "وحد عبد الكريم القبائل القريبة من مليلية ووصل إلى قلب تمسمان وهنا دارت المعركة . وزار \
             الملك الرباط ومدريد وفاس وبرشلونة .",
        );
        assert!(
            !(found.iter()).any(|(_, _, kind, located)| *kind == PlaceKind::Region && !located),
            "{found:?}"
        );
        // A common word with a pronoun that the tagger took for a place.
        let found = places(
            "وقال المجلس إن مقره سيكون في طرابلس . وأضاف المجلس الأعلى للدولة في بيانه، أنه تم \
             الاتفاق في بنغازي وسبها ومصراتة في ليبيا .",
        );
        assert!(placed_here_in(&found, "LY").is_empty(), "{found:?}");
    }

    #[test]
    fn a_place_by_a_known_place_lies_in_its_country() {
        let cases = [
            (
                "ولد في قرية دير غسانة قرب رام الله في 1944 .",
                "دير غسانة",
                "PS",
            ),
            (
                "وكانت عاصمتها مدينة الحيرة بالقرب من الكوفة حاليا .",
                "الحيرة",
                "IQ",
            ),
            (
                "ولد في قرية دير غسانة بضواحي رام الله في 1944 .",
                "دير غسانة",
                "PS",
            ),
            // Two directions, and الواقعة with or without a comma before
            // what says where (no country has most of these places).
            (
                "انفجرت سيارة في حي البياع جنوب غرب بغداد . وزار الوزير القاهرة والرياض .",
                "البياع",
                "IQ",
            ),
            (
                "زار الوفد منطقة الغلبات الواقعة في ولاية قالمة . ثم سافر إلى القاهرة والرياض .",
                "الغلبات",
                "DZ",
            ),
            (
                "زار الوفد منطقة الغلبات، الواقعة شرق قالمة . ثم سافر إلى القاهرة والرياض .",
                "الغلبات",
                "DZ",
            ),
            // في or من before the direction.
            (
                "وقع الهجوم في مقاطعة ياتينغا في شمال بوركينا فاسو . وزار الوزير القاهرة والرياض .",
                "ياتينغا",
                "BF",
            ),
            // After a comma or a bracket; أقصى, two directions, إلى ...
            // من, a distance.
            (
                "قصفت الطائرات بلدة تلمسحاق، شمال حلب . وزار الوزير القاهرة والرياض .",
                "تلمسحاق",
                "SY",
            ),
            (
                "قصفت الطائرات بلدة تلمسحاق (شمال حلب) . وزار الوزير القاهرة والرياض .",
                "تلمسحاق",
                "SY",
            ),
            (
                "قصفت الطائرات بلدة تلمسحاق في أقصى شمال سوريا . وزار الوزير القاهرة والرياض .",
                "تلمسحاق",
                "SY",
            ),
            (
                "قصفت الطائرات بلدة تلمسحاق في شمال غرب سوريا . وزار الوزير القاهرة والرياض .",
                "تلمسحاق",
                "SY",
            ),
            (
                "قصفت الطائرات بلدة تلمسحاق إلى الشمال من حلب . وزار الوزير القاهرة والرياض .",
                "تلمسحاق",
                "SY",
            ),
            (
                "قصفت الطائرات بلدة تلمسحاق على بعد 20 كيلومترا من حلب . وزار الوزير القاهرة والرياض .",
                "تلمسحاق",
                "SY",
            ),
            // التي تقع as الواقعة.
            (
                "قصفت الطائرات بلدة تلمسحاق التي تقع شمال حلب . وزار الوزير القاهرة والرياض .",
                "تلمسحاق",
                "SY",
            ),
        ];
        assert_countries(&cases);
    }

    #[test]
    fn a_place_named_like_a_town_abroad_is_in_the_articles_country() {
        let cases = [
            (
                "أغار الطيران على منزل في حي الصوان . وقصف جنوب لبنان بعد غارات على بيروت وصيدا في لبنان .",
                "الصوان",
                "LB",
            ),
            // الزور is a town of Kuwait too; the head before its quotation
            // mark says it is one of the Yemeni story's places.
            (
                "انقطعت الكهرباء عن منطقة “الزور” بعد السيول . وزار المحافظ مأرب وصنعاء وعدن في اليمن .",
                "الزور",
                "YE",
            ),
        ];
        assert_countries(&cases);
    }

    #[test]
    fn unknown_places_take_the_country_the_article_puts_them_in() {
        let cases = [
            // Villages the tagger missed, announced by their (dual) head noun.
            (
                "قصفت المدفعية بلدتي ميفدون وطيردبا في جنوب لبنان ، وبلدة صغيرة بعدهما . وقال لبنان إنه سيشكو .",
                "LB",
                &["ميفدون", "طيردبا"][..],
            ),
            // A village south of a known town.
            ("توغلت القوات في جالود جنوب مدينة نابلس", "PS", &["جالود"]),
            // An island by its country's adjective, and its later mention.
            (
                "غرق قارب قبالة جزيرة لامبيدوسا الإيطالية . ووصل 40 ناجيا إلى أحد المراكز في لامبيدوسا .",
                "IT",
                &["لامبيدوسا", "لامبيدوسا"],
            ),
        ];
        for (text, country, names) in cases {
            let found = places(text);
            assert_eq!(placed_here_in(&found, country), names, "{found:?}");
        }
    }

    #[test]
    fn an_adjective_or_an_anchor_corrects_a_namesake_elsewhere() {
        let found = places("حولت الطائرات الى مطاري عمان الأردني ودمشق");
        assert_eq!(
            found[0],
            (
                "عمان".to_string(),
                Some("JO".to_string()),
                PlaceKind::City,
                true
            )
        );
        // Beni, a Bolivian state, is no town west of Baqubah.
        let found = places("قصفت الطائرات منزلا في قرية بني زيد غرب بعقوبة");
        assert_eq!(found[0].0, "بني زيد");
        assert_eq!(found[0].1.as_deref(), Some("IQ"));
    }

    #[test]
    fn a_dual_heads_two_names_lie_where_the_place_after_them_is() {
        let found = places(
            "أعلنت موسكو سيطرة الجيش الروسي على قريتي سريدني وكليبان-بيك في منطقة دونيتسك بشرق أوكرانيا .",
        );
        let placed = placed_here_in(&found, "UA");
        assert!(placed.contains(&"سريدني"), "{found:?}");
        assert!(placed.contains(&"كليبان-بيك"), "{found:?}");
    }

    #[test]
    fn a_districts_head_announces_a_name_only_where_a_known_place_holds_it() {
        let found = places("دعا إلى التعبئة من منطقة السريحة بولاية الجزيرة في السودان .");
        assert!(
            placed_here_in(&found, "SD").contains(&"السريحة"),
            "{found:?}"
        );
        // Without the place after it, the word is left to the tagger.
        let text = "دعا إلى التعبئة من منطقة السريحة أمس";
        assert!(announced(text).is_empty(), "{:?}", announced(text));
    }

    #[test]
    fn two_countries_named_as_often_leave_no_majority() {
        let text = "قصفت روسيا كييف وقالت أوكرانيا إن موسكو";
        let mut entities = [
            entity(text, "روسيا", Label::Location),
            entity(text, "كييف", Label::Location),
            entity(text, "أوكرانيا", Label::Location),
            entity(text, "موسكو", Label::Location),
        ];
        for (entity, country) in entities.iter_mut().zip(["RU", "UA", "UA", "RU"]) {
            entity.place = Some(crate::analysis::Place {
                name: String::new(),
                kind: PlaceKind::City,
                country: Some(country.to_string()),
                lat: Some(0.0),
                lon: Some(0.0),
            });
        }
        assert_eq!(super::majority_country(entities.iter()), None);
        entities[3].place.as_mut().unwrap().country = Some("UA".to_string());
        assert_eq!(
            super::majority_country(entities.iter()).as_deref(),
            Some("UA")
        );
    }

    #[test]
    fn a_namesake_corrected_by_its_anchor_is_corrected_at_every_mention() {
        let found = places(
            "نفذ الجيش عملية انزال في منطقة بوداي في البقاع . وقتل مسلحون كانوا في بوداي ، قرب بعلبك في لبنان .",
        );
        let budai: Vec<_> = found.iter().filter(|(text, ..)| text == "بوداي").collect();
        assert_eq!(budai.len(), 2, "{found:?}");
        assert!(
            budai
                .iter()
                .all(|(_, country, ..)| country.as_deref() == Some("LB")),
            "{found:?}"
        );
    }

    #[test]
    fn a_landmarks_rare_name_is_a_place_of_the_articles_country() {
        let found = places(
            "تزخر الرباط بمعالم مثل قصبة الأوداية وصومعة مسجد خربوش ، كما في مراكش وفاس بالمغرب .",
        );
        let placed = placed_here_in(&found, "MA");
        assert!(placed.contains(&"الأوداية"), "{found:?}");
        assert!(
            placed.iter().any(|name| name.contains("خربوش")),
            "{found:?}"
        );
    }

    #[test]
    fn a_commune_announces_only_an_anchored_name() {
        let found =
            places("حدد مركز الهزة في جماعة إغيل التابعة لإقليم الحوز جنوب مراكش في المغرب .");
        assert!(placed_here_in(&found, "MA").contains(&"إغيل"), "{found:?}");
        let text = "اجتمعت جماعة إغيل أمس";
        assert!(announced(text).is_empty(), "{:?}", announced(text));
    }

    #[test]
    fn local_government_heads_announce_anchored_names() {
        for (text, name, country) in [
            (
                "اندلعت اشتباكات في محلية أمبدة بولاية الخرطوم",
                "أمبدة",
                "SD",
            ),
            (
                "احتج العاطلون في معتمدية الحامة من ولاية قابس",
                "الحامة",
                "TN",
            ),
            // A name opening with عين takes the word after it.
            (
                "اندلع حريق في بلدية عين العربي الواقعة جنوبي قالمة . وزار الوزير القاهرة والرياض .",
                "عين العربي",
                "DZ",
            ),
        ] {
            // Placed here, or a town the gazetteer knows there (الحامة).
            let found = places(text);
            assert!(
                found
                    .iter()
                    .any(|(n, c, ..)| n == name && c.as_deref() == Some(country)),
                "{found:?}"
            );
        }
    }

    #[test]
    fn the_two_places_an_area_lies_between_are_villages() {
        assert_eq!(
            announced("أفادت الوكالة بقصف على المنطقة الواقعة بين مجدلزون وشمع أمس"),
            ["مجدلزون", "شمع"]
        );
    }

    #[test]
    fn a_place_called_so_and_its_commune_after_a_dash_are_places() {
        let found = places(
            "*ولاية بجاية. تتواصل عملية الاخماد في غابة بالمكان المسمى تابلاكت - بلدية أدكار. \
             وأحراش بالمكان المسمى اغبان – بلدية أوزلاقن في الجزائر وبجاية.",
        );
        let placed = placed_here_in(&found, "DZ");
        for name in ["تابلاكت", "أدكار", "اغبان", "أوزلاقن"] {
            assert!(placed.contains(&name), "{name}: {found:?}");
        }
        // Called so after no place noun, a name is no place.
        assert!(announced("عرض الفيلم المسمى تابلاكت أمس").is_empty());
    }

    #[test]
    fn a_head_and_a_countrys_adjective_place_a_name_in_an_article_of_no_known_place() {
        let found = places("وصل الوفد إلى بلدة تلمسحاق السورية .");
        assert_eq!(placed_here_in(&found, "SY"), ["تلمسحاق"], "{found:?}");
        // A province's head announces a name its adjective places.
        let found = places("وشهدت محافظة تلمسحاق اليمنية أمطارا .");
        assert_eq!(placed_here_in(&found, "YE"), ["تلمسحاق"], "{found:?}");
    }

    #[test]
    fn a_word_never_seen_after_a_noun_of_a_places_people_or_surroundings_is_a_place() {
        let found = places(
            "وصلت قافلة مساعدات إلى أهالي تلمسحاق، واندلعت اشتباكات في محيط كفرتلمس . وزار الوزير \
             دمشق وحلب وحمص .",
        );
        assert_eq!(
            placed_here_in(&found, "SY"),
            ["تلمسحاق", "كفرتلمس"],
            "{found:?}"
        );
        // Before و and a plural head of settlements; between a clause's
        // opening في and a comma.
        let found = places(
            "أصيب خمسة في تلمسحاق وقرى مجاورة . وفي كفرتلمس، قال شهود إن القصف استمر . وزار \
             الوزير دمشق وحلب وحمص .",
        );
        assert_eq!(
            placed_here_in(&found, "SY"),
            ["تلمسحاق", "كفرتلمس"],
            "{found:?}"
        );
        // After a local government's head and its head.
        let found = places("قال رئيس بلدية تلمسحاق إن الوضع صعب . وزار الوزير دمشق وحلب وحمص .");
        assert_eq!(placed_here_in(&found, "SY"), ["تلمسحاق"], "{found:?}");
        // Not a word the corpora show (سكان المدينة).
        assert!(announced("قال سكان المدينة إن الوضع صعب").is_empty());
    }

    #[test]
    fn a_place_set_apart_as_lying_in_a_known_one_is_there() {
        let found = places("شهد إقليم تلمسحاق، الواقع جنوب شرقي المغرب، فيضانات مدمرة");
        assert!(
            placed_here_in(&found, "MA").contains(&"تلمسحاق"),
            "{found:?}"
        );
    }

    #[test]
    fn an_islands_head_announces_its_name_but_not_with_the_article() {
        let found = places(
            "وقع الزلزال قبالة سواحل شبه جزيرة “نوتو” بمحافظة إيشيكاوا في اليابان، وفي اليابان وطوكيو",
        );
        assert!(placed_here_in(&found, "JP").contains(&"نوتو"), "{found:?}");
        let found = announced("ليلتحق بالجزيرة والسالمية في الكويت");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_waw_right_after_a_singular_head_is_the_names_first_letter() {
        assert_eq!(
            announced("نقل الآليات إلى ميناء مدينة واجيما أمس"),
            ["واجيما"]
        );
        for text in [
            "قدرت الأضرار في 70 بلدة ومستوطنة",
            "جرفت السيول عدة قرى وتشريد الآلاف",
            "وقعت هجمات في المدينة وضواحيها",
        ] {
            assert!(announced(text).is_empty(), "{text}: {:?}", announced(text));
        }
    }

    #[test]
    fn a_states_or_districts_dual_announces_both_names() {
        let text = "اندلعت حرائق في ولايتي تيغزرت و الطويرف شرق الجزائر";
        let names = announced(text);
        assert!(names.contains(&"الطويرف"), "{names:?}");
    }
}
