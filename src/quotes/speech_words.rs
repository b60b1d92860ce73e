//! The words that signal speech in Arabic news, in normalised form (أ/إ/آ →
//! ا, ى → ي, ة → ه, no harakat): reporting verbs in every person and tense,
//! circumstantial participles, complementisers, source phrases, and the words
//! that shape a speaker's noun phrase.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::word_map::WordHasher;
use crate::words::WEEKDAYS;

/// Reporting verbs as (past 3rd person masculine, present stem without its
/// person prefix). Speech verbs only: a decision (قرر) or an appeal (دعا)
/// reports no words.
const VERBS: &[(&str, &str)] = &[
    ("قال", "قول"),
    ("اكد", "ؤكد"),
    ("اكد", "كد"),
    ("اضاف", "ضيف"),
    ("اشار", "شير"),
    ("اوضح", "وضح"),
    ("صرح", "صرح"),
    ("ذكر", "ذكر"),
    ("لفت", "لفت"),
    ("شدد", "شدد"),
    ("نفي", "نفي"),
    ("اعتبر", "عتبر"),
    ("راي", "ري"),
    ("تابع", "تابع"),
    ("اعلن", "علن"),
    ("كشف", "كشف"),
    ("زعم", "زعم"),
    ("افاد", "فيد"),
    ("حذر", "حذر"),
    ("طالب", "طالب"),
    ("نقل", "نقل"),
    ("توقع", "توقع"),
    ("رجح", "رجح"),
    ("بين", "بين"),
    ("نوه", "نوه"),
    ("اعرب", "عرب"),
    ("ابدي", "بدي"),
    ("اصر", "صر"),
    ("اعترف", "عترف"),
    ("تساءل", "تساءل"),
    ("استبعد", "ستبعد"),
    ("ابلغ", "بلغ"),
    ("اقر", "قر"),
    ("ادعي", "دعي"),
    ("اردف", "ردف"),
    ("استطرد", "ستطرد"),
    ("ردد", "ردد"),
    ("روي", "روي"),
    ("وصف", "صف"),
    ("قدر", "قدر"),
    // Relayed and hinted words: أوردت التلفزة الرسمية أن، ألمح إلى أن (not
    // أبرز, more often "the most prominent" than "underlined").
    ("اورد", "ورد"),
    ("المح", "لمح"),
    // Written words: كتب عبر فيسبوك "…"، غرد بأن.
    ("كتب", "كتب"),
    ("غرد", "غرد"),
];

/// Verbs that report speech only when quotation marks or a colon follow
/// (وواصل: "…"، وزاد: "…"): with أن they mean what they mean (زادت بنحو 18
/// سنتيمترا ... إلا أن). Also reporting verbs for [`is_reporting_verb`].
const QUOTING_VERBS: &[(&str, &str)] = &[
    ("واصل", "واصل"),
    ("زاد", "زيد"),
    ("اكمل", "كمل"),
    ("اختتم", "ختتم"),
];

/// Past forms the suffix rules miss: verbs ending in ي drop it before
/// ت and وا.
const IRREGULAR_VERB_FORMS: &[&str] = &[
    "نفت",
    "نفوا",
    "رات",
    "راوا",
    "ادعت",
    "ادعوا",
    "ابدت",
    "ابدوا",
    "روت",
    "رووا",
];

/// Past forms of quoting verbs whose present would be taken for another
/// word: أتمّ (its present يتم is "is done").
const QUOTING_PAST_FORMS: &[&str] = &["اتم", "اتمت"];

/// Verb forms that read as a writer's or an impersonal remark far more often
/// than as someone's speech: يذكر أن ("it should be noted that").
const IMPERSONAL_FORMS: &[&str] = &["يذكر", "يعتبر", "يقدر", "يتوقع"];

/// Circumstantial participles (مضيفًا، مشيرًا إلى ...), masculine stems.
const PARTICIPLES: &[&str] = &[
    "مضيف",
    "مشير",
    "مؤكد",
    "موكد",
    "معتبر",
    "مذكر",
    "قائل",
    "قايل",
    "لافت",
    "موضح",
    "مبين",
    "متسائل",
    "محذر",
    "مشدد",
    "نافي",
    "معرب",
    "منوه",
    "مردف",
    "مستطرد",
    "متابع",
    "معلن",
    "كاشف",
    "مستبعد",
    "مرجح",
    "متوقع",
    "واصف",
    "مبرز",
    "ملمح",
];

/// The participle that introduces the words themselves, with no
/// complementiser (قائلًا: ...، وأضاف قائلًا نادرًا ما ...).
const SAYING_PARTICIPLE: &[&str] = &["قائل", "قايل", "متسائل"];

/// Tokens that, placed right before a complementiser ان, make it part of
/// an adverbial clause (بعد أن، قبل أن) or a modal (يجب أن), not the
/// complementiser of speech.
const NON_SPEECH_BEFORE_AN: &[&str] = &[
    "قبل",
    "بعد",
    "منذ",
    "دون",
    "بدون",
    "حتي",
    "مجرد",
    "بمجرد",
    "لمجرد",
    "يجب",
    "يمكن",
    "لابد",
    "ينبغي",
    "عسي",
    "سبق",
    "عقب",
    "اثر",
    "يتعين",
    "بامكان",
    "يستطيع",
    "تستطيع",
    "يريد",
    "تريد",
];

/// Pronoun suffixes a complementiser carries (انه، انها، اننا ...).
const PRONOUN_SUFFIXES: &[&str] = &["", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم"];

/// Words that end a speaker's noun phrase after the cue: prepositions of
/// circumstance and time adverbs (قال الوزير أمس في بيان ...).
const SUBJECT_STOPS: &[&str] = &[
    "في",
    "يوم",
    // وسائل إعلام إيرانية نقلا عن مسؤولين
    "نقلا",
    // وقال المهم: "…": the important thing, said by the last speaker.
    "المهم",
    "الاهم",
    "عند",
    "خلال",
    "امس",
    "اليوم",
    "غدا",
    "الليله",
    "صباح",
    "مساء",
    "ظهر",
    "عقب",
    "اثر",
    "بعد",
    "قبل",
    "الي",
    "علي",
    "عن",
    "مع",
    "امام",
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "بانها",
    "اليوم",
    "فيه",
    "فيها",
    "له",
    "لها",
    "لهم",
    "انذاك",
    "ايضا",
    "كذلك",
    "حين",
    "حيث",
    "بينما",
    "فيما",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "لكن",
    "ولكن",
    "وقد",
    "قد",
    "كما",
    "منه",
    "منها",
    "ب",
    "قائلا",
    "قايلا",
    "ما",
    "الا",
    "لا",
    "لم",
    "لن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "اليوم",
    "صحفي",
    "حديث",
    "مقابله",
    "مؤتمر",
    "ل",
    "من",
    "حول",
    "بشان",
    "بصدد",
    "حيال",
    "ازاء",
    "تجاه",
    "نحو",
    "ضمن",
    "عبر",
    "ردا",
    "تعليقا",
    "بدوره",
    "بدورها",
    "جانبه",
    "جانبها",
    "جهته",
    "جهتها",
    "نفسه",
    "نفسها",
    "مره",
    // A source phrase after the subject names the medium that relays it
    // (وأعلن البرلمان الليبي بحسب العربية أن).
    "بحسب",
    "حسب",
    "وفق",
    "وفقا",
    // نقلت الوكالة عن المتحدث القول إن: the saying, not the speaker's name.
    "القول",
    "قوله",
    "قولها",
    // وبحسب مصادر مطلعة فقد بلغت: the clause after the source.
    "فقد",
    // وكانت تقارير صحفية ذكرت منذ نهاية المونديال أن: a time, not a source.
    "منذ",
    // وقال طالبا عدم الكشف عن هويته: how he spoke, not who.
    "طالبا",
    "مفضلا",
    "رافضا",
];

/// Nouns of office and role that head a title phrase before or after a
/// person's name (وزير الخارجية X، X رئيس الاتحاد).
const TITLES: &[&str] = &[
    "رئيس",
    "رئيسه",
    "وزير",
    "وزيره",
    "مدير",
    "مديره",
    "نائب",
    "مساعد",
    "ممثل",
    "سفير",
    "مندوب",
    "امين",
    "متحدث",
    "متحدثه",
    "ناطق",
    "ناطقه",
    "منسق",
    "مستشار",
    "قائد",
    "زعيم",
    "عضو",
    "محافظ",
    "مدرب",
    "لاعب",
    "نجم",
    "خريج",
    "مبعوث",
    "مراسل",
    "مراسله",
    "قاضي",
    "محامي",
    "استاذ",
    "مسؤول",
    // A district's governor in Iraq (قائممقام القضاء عباس رشم).
    "قائممقام",
    "قائمقام",
    // A candidate, named after the post (المرشح للانتخابات الرئاسية بيرام
    // ولد الداه ولد اعبيد).
    "مرشح",
    "مرشحه",
    "رئيسا",
    "الرئيس",
    "الوزير",
    "المدير",
    "النائب",
    "الامين",
    "المتحدث",
    "الناطق",
    "المبعوث",
    "السفير",
    "المندوب",
    "المنسق",
    "المستشار",
    "القائد",
    "الزعيم",
    "المحافظ",
    "المدرب",
    "اللاعب",
    "النجم",
    "المراسل",
    "المسؤول",
    "المرشح",
    "المرشحه",
    "الوزيره",
    "المتحدثه",
    "الناطقه",
];

/// Heads of an unnamed source, whose phrase runs on through where they
/// are (مصدر في حركة الجهاد، مسؤول كبير في الإدارة الأميركية).
const VAGUE_SOURCES: &[&str] = &[
    "مصدر",
    "مصادر",
    "مصدرا",
    "مسؤول",
    "مسؤولا",
    "مسؤولون",
    "مسؤولين",
    "دبلوماسي",
    "دبلوماسيا",
    "دبلوماسيون",
    "ديبلوماسي",
    "شاهد",
    "شهود",
    "متحدث",
    "متحدثه",
    "ناطق",
    "خبير",
    "خبراء",
    "محلل",
    "محللون",
    "مراقبون",
    "اوساط",
    "تقارير",
    "انباء",
    "مسؤوله",
    "موظف",
    "ضابط",
    "عضو",
    "مستشار",
    "عدد",
    "بعض",
    "احد",
    "واحد",
];

/// Heads of an organisation's name, which the word after them completes
/// (تنظيم داعش، حركة حماس، حزب الله): not part of a person's name.
const ORGANISATION_HEADS: &[&str] = &[
    "تنظيم",
    "حركه",
    "حزب",
    "جماعه",
    "منظمه",
    "وزاره",
    "مجلس",
    "هيئه",
    "لجنه",
    "جبهه",
    "شركه",
    "وكاله",
    "جمعيه",
    "اتحاد",
    "جامعه",
    "بنك",
    "صحيفه",
    "مجله",
    "قناه",
    "اذاعه",
    "نادي",
    "مكتب",
    "مركز",
    "محكمه",
    "حكومه",
    "دوله",
    "جيش",
    "قوات",
    "رئاسه",
    "بعثه",
    "مؤسسه",
    "فريق",
    "منتخب",
    // Public bodies (الوحدة التنفيذية للنازحين، المفوضية العليا للانتخابات،
    // دائرة الأشغال العامة، مديرية الصحة).
    "وحده",
    "مفوضيه",
    "دائره",
    "مديريه",
    "اداره",
    "سلطه",
];

/// Ranks and honorifics that stand right before a person's name and are
/// not part of it.
const RANKS: &[&str] = &[
    "الجنرال",
    "العقيد",
    "اللواء",
    "العميد",
    "المشير",
    "الفريق",
    "العماد",
    "الرائد",
    "النقيب",
    "السيد",
    "السيده",
    "الدكتور",
    "الدكتوره",
    "د",
    "الشيخ",
    "الامير",
    "الملك",
    "الرئيس",
    "الوزير",
    "المستشار",
    "الاستاذ",
    "المهندس",
    "القاضي",
    "الحاج",
    "الاب",
    "البابا",
    "السفير",
    "النائب",
];

/// Statements and reports that speak for their author, who follows with ل
/// or صادر عن (بلاغ لوزارة الطاقة، بيان صادر عن مكتب أولمرت).
const DOCUMENTS: &[&str] = &[
    "بيان",
    "بيانا",
    "تقرير",
    "تقريرا",
    "بلاغ",
    "بلاغا",
    "رساله",
    "مذكره",
    "دراسه",
    "تصريح",
    "تصريحات",
    "صادر",
    "صادره",
];

/// Nouns that refer back to a person named earlier (المتحدث, الوزير).
const BACK_REFERENCES: &[&str] = &[
    "المتحدث",
    "المتحدثه",
    "الوزير",
    "الوزيره",
    "المسؤول",
    "المسؤوله",
    "الرئيس",
    "الرئيسه",
    "الدبلوماسي",
    "السفير",
    "المبعوث",
    "الجنرال",
    "القائد",
    "المدير",
    "الزعيم",
    "الامين",
    "النائب",
    "المستشار",
    "الخبير",
    "الناطق",
    "المندوب",
    "الوسيط",
    "المحامي",
    "الشيخ",
    "الاخير",
    "الاخيره",
    "جلالته",
    "سموه",
    "فخامته",
];

/// Words that introduce a name given to an unknown person (متحدث يدعى X).
const NAMED_AS: &[&str] = &["يدعي", "يدعو", "اسمه", "تدعي", "اسمها", "يسمي", "يلقب"];

/// Words starting a clause whose subject comes before the verb: they are
/// not part of the subject (أما X فيقول، لكن مصدرًا قال).
const CLAUSE_OPENERS: &[&str] = &[
    "اما",
    "لكن",
    "ولكن",
    "بينما",
    "فيما",
    "كما",
    "وكان",
    "ان",
    "وان",
    "غير",
    "الا",
    "حيث",
    "مضي",
    "ومضي",
    "عاد",
    "وعاد",
    "راح",
    "وراح",
    "ثم",
];

/// Words that stand for a subject already named (لكنه قال، إنها قالت):
/// the speaker continues.
const PRONOUN_SUBJECTS: &[&str] = &[
    "لكنه",
    "لكنها",
    "لكنهم",
    "ولكنه",
    "ولكنها",
    "انه",
    "انها",
    "انهم",
    "وانه",
    "وانها",
    "هو",
    "هي",
    "وهو",
    "وهي",
    "هم",
    "بينما",
    "فيما",
];

/// Relative pronouns ending a subject before its verb (X التي قالت).
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
];

/// A set of words with the project's cheap word hasher (asked of every
/// word).
type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// One of the word lists above as a set.
type ListSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// True when `word` is on `list`, looked up in a set built once in `set`:
/// the long lists asked of every word (titles and ranks, for the first
/// title of each sentence) cost a string comparison per entry when scanned.
fn listed(set: &'static OnceLock<ListSet>, list: &'static [&'static str], word: &str) -> bool {
    set.get_or_init(|| list.iter().copied().collect())
        .contains(word)
}

fn verb_forms() -> &'static WordSet {
    static FORMS: OnceLock<WordSet> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms = conjugated(VERBS);
        forms.extend(IRREGULAR_VERB_FORMS.iter().map(|form| form.to_string()));
        forms.extend(quoting_verb_forms().iter().cloned());
        for form in IMPERSONAL_FORMS {
            forms.remove(*form);
        }
        forms
    })
}

/// The forms of the [`QUOTING_VERBS`].
fn quoting_verb_forms() -> &'static WordSet {
    static FORMS: OnceLock<WordSet> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms = conjugated(QUOTING_VERBS);
        forms.extend(QUOTING_PAST_FORMS.iter().map(|form| form.to_string()));
        forms
    })
}

/// The past and present forms of `verbs` (past 3rd person masculine,
/// present stem).
fn conjugated(verbs: &[(&str, &str)]) -> WordSet {
    let mut forms = WordSet::default();
    for (past, present) in verbs {
        // No dual in ا: نقلًا، ذكرًا are adverbs far more often.
        for suffix in ["", "ت", "وا", "تا"] {
            forms.insert(format!("{past}{suffix}"));
        }
        // No first person plural (ن): نصر would be "we insist" in
        // every نصر الله.
        for prefix in ["ي", "ت"] {
            for suffix in ["", "ون", "ان"] {
                forms.insert(format!("{prefix}{present}{suffix}"));
            }
        }
    }
    forms
}

/// True when `word` is a verb that reports speech only before quotation
/// marks or a colon ([`QUOTING_VERBS`]), with or without و or ف.
pub fn quotes_only(word: &str) -> bool {
    let forms = quoting_verb_forms();
    forms.contains(word) || without_conjunction(word).is_some_and(|rest| forms.contains(rest))
}

/// The word without an attached و or ف, when it has one.
fn without_conjunction(word: &str) -> Option<&str> {
    word.strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .filter(|rest| rest.chars().count() >= 2)
}

/// True when `word` (normalised) is a reporting verb, with or without an
/// attached و or ف.
pub fn is_reporting_verb(word: &str) -> bool {
    // Every form, and every form after و or ف that `without_conjunction`
    // would give back: one lookup for a word asked of nearly every token.
    static WITH_CONJUNCTIONS: OnceLock<WordSet> = OnceLock::new();
    WITH_CONJUNCTIONS
        .get_or_init(|| {
            let forms = verb_forms();
            let mut with_conjunctions = forms.clone();
            for conjunction in ['و', 'ف'] {
                with_conjunctions.extend(
                    forms
                        .iter()
                        .map(|form| format!("{conjunction}{form}"))
                        .filter(|word| {
                            without_conjunction(word).is_some_and(|rest| forms.contains(rest))
                        }),
                );
            }
            with_conjunctions
        })
        .contains(word)
}

/// True when `word` is a reporting verb carrying the conjunction و (which
/// continues the previous sentence's subject: وأضاف ...).
pub fn has_conjunction_wa(word: &str) -> bool {
    word.starts_with('و') && !verb_forms().contains(word)
}

/// True when `word` is a reporting verb carrying the conjunction ف.
pub fn has_conjunction_fa(word: &str) -> bool {
    word.starts_with('ف') && !verb_forms().contains(word)
}

/// The participle's stem and whether it is the saying participle (قائلًا),
/// which the words follow directly.
fn participle_stem(word: &str) -> Option<&'static str> {
    static SET: OnceLock<ListSet> = OnceLock::new();
    let participles = SET.get_or_init(|| PARTICIPLES.iter().copied().collect());
    let word = word.strip_prefix('و').unwrap_or(word);
    ["ا", "ه", "ين", "ان"].iter().find_map(|suffix| {
        let stem = word.strip_suffix(suffix)?;
        participles.get(stem).copied()
    })
}

/// True when `word` before a reporting verb's letters makes them a verbal
/// noun (عدم كشف، عند إعلان، بعد ذكر).
pub fn makes_verbal_noun(word: &str) -> bool {
    matches!(
        word,
        "عدم" | "عند" | "بعد" | "قبل" | "اثر" | "خلال" | "لدي" | "عقب" | "وعدم" | "دون"
    )
}

/// True when `word` is a form of نقل, which reports speech only with عن
/// (نقلت الوكالة عن مسؤول قوله إن ...).
pub fn relays(word: &str) -> bool {
    let word = without_conjunction(word)
        .filter(|rest| verb_forms().contains(*rest))
        .unwrap_or(word);
    ["نقل", "ينقل", "تنقل"]
        .iter()
        .any(|stem| word.starts_with(stem))
}

/// True when `word` is a reporting verb written like a common preposition
/// (بيّن as بين, "between").
pub fn is_weak_verb(word: &str) -> bool {
    matches!(word, "بين" | "وبين")
}

/// True when `word` is a circumstantial participle of speech.
pub fn is_participle(word: &str) -> bool {
    participle_stem(word).is_some()
}

/// True when `word` is بالقول ("by saying"), which introduces words as a
/// participle does (وختم بالقول إن، علّق على ذلك بالقول: "…").
pub fn is_saying_noun(word: &str) -> bool {
    matches!(word, "بالقول" | "وبالقول")
}

/// True when `word` is قائلًا (or its feminine and plural).
pub fn is_saying_participle(word: &str) -> bool {
    participle_stem(word).is_some_and(|stem| SAYING_PARTICIPLE.contains(&stem))
}

/// True when `word` is a complementiser introducing reported words: ان
/// (إن or أن) or بان, bare or with a pronoun (انه، بانها).
pub fn is_complementiser(word: &str) -> bool {
    let rest = word.strip_prefix('ب').unwrap_or(word);
    rest.strip_prefix("ان")
        .is_some_and(|suffix| PRONOUN_SUFFIXES.contains(&suffix))
}

/// True when `word` right before an ان makes it a conjunction of time or a
/// modal's complement rather than speech's.
pub fn blocks_complementiser(word: &str) -> bool {
    NON_SPEECH_BEFORE_AN.contains(&word)
        || without_conjunction(word).is_some_and(|rest| NON_SPEECH_BEFORE_AN.contains(&rest))
}

/// True for the prepositions a cue takes before its complementiser (أشار
/// إلى أن، شدد على أن، من أن).
pub fn is_cue_preposition(word: &str) -> bool {
    matches!(word, "الي" | "علي" | "من" | "عن" | "ب")
}

/// True when `word` ends a speaker's noun phrase that follows the cue.
pub fn stops_subject(word: &str) -> bool {
    SUBJECT_STOPS.contains(&word) || WEEKDAYS.contains(&word) || is_complementiser(word)
}

/// True when `word` refers back to a person named earlier.
pub fn is_back_reference(word: &str) -> bool {
    BACK_REFERENCES.contains(&word)
}

/// True when `word` introduces the name given to someone (يدعى).
pub fn is_named_as(word: &str) -> bool {
    NAMED_AS.contains(&word)
}

/// True when `word` opens a clause before a fronted subject (أما، لكن).
pub fn is_clause_opener(word: &str) -> bool {
    CLAUSE_OPENERS.contains(&word)
}

/// True when `word` stands for a subject already named (لكنه، وهو).
pub fn is_pronoun_subject(word: &str) -> bool {
    PRONOUN_SUBJECTS.contains(&word)
}

/// True when `word` is a rank or honorific (الجنرال، الدكتور، السيد).
pub fn is_rank(word: &str) -> bool {
    static SET: OnceLock<ListSet> = OnceLock::new();
    listed(&SET, RANKS, word)
}

/// True when `word` is a title ([`is_title`]) or a rank ([`is_rank`]): one
/// lookup where the first title of every sentence is looked for.
pub fn is_title_or_rank(word: &str) -> bool {
    static SET: OnceLock<ListSet> = OnceLock::new();
    SET.get_or_init(|| TITLES.iter().chain(RANKS).copied().collect())
        .contains(word)
}

/// True when `word` is a statement or report that speaks for its author
/// (بيان، تقرير، بلاغ), or صادر of بيان صادر عن.
pub fn is_document(word: &str) -> bool {
    DOCUMENTS.contains(&word)
}

/// The honorific a word with a pronoun suffix stands for (جلالته →
/// جلاله, سموه → سمو, فخامته → فخامه), normalised.
pub fn honorific_of(word: &str) -> Option<&'static str> {
    const HONORIFICS: &[(&str, &str)] = &[
        ("جلالته", "جلاله"),
        ("سموه", "سمو"),
        ("فخامته", "فخامه"),
        ("معاليه", "معالي"),
        ("سعادته", "سعاده"),
        ("نيافته", "نيافه"),
    ];
    HONORIFICS
        .iter()
        .find(|(with_suffix, _)| *with_suffix == word)
        .map(|&(_, honorific)| honorific)
}

/// True when `word` is a particle that may open a clause before its verb
/// (كما هاجم، ثم أكد، وقد أعلن).
pub fn is_clause_particle(word: &str) -> bool {
    matches!(
        word,
        "كما"
            | "وكما"
            | "ثم"
            | "قد"
            | "وقد"
            | "فقد"
            | "فيما"
            | "بينما"
            | "لكن"
            | "ولكن"
    )
}

/// True when `word` is a noun of office or role heading a title phrase.
pub fn is_title(word: &str) -> bool {
    static SET: OnceLock<ListSet> = OnceLock::new();
    listed(&SET, TITLES, word)
}

/// Heads of the media that relay speech (وكالة، صحيفة، قناة), normalised
/// and without the article.
const MEDIA: &[&str] = &[
    "وكاله",
    "صحيفه",
    "جريده",
    "قناه",
    "موقع",
    "اذاعه",
    "تلفزيون",
    "شبكه",
    "مجله",
];

/// The press a speaker speaks to besides the media (للصحفيين، لوسائل
/// الإعلام), normalised and without the article.
const PRESS: &[&str] = &["صحفيين", "صحافيين", "صحافه", "وسائل", "مراسل", "مراسله"];

/// True when `word` (without the article) names whom speech is addressed
/// to after ل: a medium or the press.
pub fn is_addressee(word: &str) -> bool {
    MEDIA.contains(&word) || PRESS.contains(&word)
}

/// True when `word` (without the article) heads a medium's name.
pub fn is_medium(word: &str) -> bool {
    MEDIA.contains(&word)
}

/// True when `word` heads an organisation's name (تنظيم، حركة، وزارة).
pub fn is_organisation_head(word: &str) -> bool {
    ORGANISATION_HEADS.contains(&word)
}

/// True when `word` heads an unnamed source (مصدر، مسؤول).
pub fn is_vague_source(word: &str) -> bool {
    VAGUE_SOURCES.contains(&word)
}

/// True when `word` carries a possessive pronoun (هويته، ثقتها): after a
/// verb such a noun is its object, not its subject.
pub fn is_possessed(word: &str) -> bool {
    ["ته", "تها", "تهم", "ها", "هم", "هما"]
        .iter()
        .any(|suffix| {
            word.strip_suffix(suffix)
                .is_some_and(|stem| stem.chars().count() >= 2)
        })
}

/// True when `word` is a relative pronoun (الذي، التي).
pub fn is_relative(word: &str) -> bool {
    RELATIVES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_in_their_forms() {
        for word in [
            "قال",
            "وقالت",
            "فقال",
            "يقول",
            "تقول",
            "قالوا",
            "واكد",
            "اضاف",
            "ويضيف",
            "نفت",
            "اشارت",
        ] {
            assert!(is_reporting_verb(word), "{word}");
        }
        for word in ["قرر", "دعا", "يذكر", "وقف", "قالب"] {
            assert!(!is_reporting_verb(word), "{word}");
        }
    }

    #[test]
    fn participles_and_complementisers() {
        assert!(is_participle("مشيرا"));
        assert!(is_participle("معتبره"));
        assert!(is_saying_participle("قائلا"));
        assert!(!is_saying_participle("مضيفا"));
        for word in ["ان", "انه", "بانها", "اننا"] {
            assert!(is_complementiser(word), "{word}");
        }
        for word in ["انتهي", "لان", "اين"] {
            assert!(!is_complementiser(word), "{word}");
        }
    }
}
