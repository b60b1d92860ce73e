//! The features the tagger weighs for each token, as 32-bit hashes: the same
//! code computes them for training (`lamha-build train`) and in the browser,
//! so the model sees exactly what it was trained on.
//!
//! Every feature is a template (what is looked at) and a value (what is
//! seen), hashed together; nothing is allocated per token except where a
//! word's bare form must be rebuilt (ل + ال).

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use super::clusters::{WordClusters, lookup_form};
use crate::name_lists::{NameLists, TokenMatch};
use crate::text::{Document, PerWord, TokenKind};
use crate::word_map::WordMap;
use crate::words;

/// The features of every token of a document, stored flat.
#[derive(Debug, Clone, Default)]
pub struct Features {
    starts: Vec<u32>,
    hashes: Vec<u32>,
}

impl Features {
    /// The feature hashes of token `index`.
    pub fn of(&self, index: usize) -> &[u32] {
        let start = self.starts[index] as usize;
        let end = self.starts[index + 1] as usize;
        &self.hashes[start..end]
    }
}

/// What is looked at; one value per feature template.
#[derive(Clone, Copy)]
#[repr(u32)]
enum Template {
    Bias = 1,
    Norm,
    Bare,
    Stem,
    Prefix2,
    Prefix3,
    Suffix2,
    Suffix3,
    Clitics,
    Shape,
    BarePrevious,
    BarePrevious2,
    BareNext,
    BareNext2,
    BigramPrevious,
    BigramNext,
    NameLists,
    LexiconPrevious,
    LexiconNext,
    Trigger,
    ShapePrevious,
    ShapeNext,
    SentenceStart,
    StemPrevious,
    StemNext,
    SuffixPrevious,
    Cluster,
    ClusterPrevious,
    ClusterNext,
    NamePart,
    NameParts,
    NamePartsPrevious,
    NamePartsNext,
}

/// What a token looks like, beyond its letters.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Shape {
    Arabic = 1,
    ShortArabic,
    LongArabic,
    Latin,
    Capitalised,
    Number,
    Year,
    Quote,
    Punctuation,
    Symbol,
    Word,
    /// Outside the sentence.
    Edge,
}

/// The words that announce a person (titles and roles), an organisation
/// (its head noun) or a place (its kind), normalised and without the
/// article, as the stem is.
const PERSON_TRIGGERS: &[&str] = &[
    "امير",
    "امين",
    "جنرال",
    "داعيه",
    "دكتور",
    "رئيس",
    "زعيم",
    "سفير",
    "سيد",
    "شيخ",
    "عقيد",
    "فريق",
    "قائد",
    "لواء",
    "مبعوث",
    "متحدث",
    "مدرب",
    "مستشار",
    "ملك",
    "نائب",
    "وزير",
    "مفتي",
    "مرشد",
    "لاعب",
    "مدير",
    "بابا",
    "قاضي",
    "رئيسه",
    "وزيره",
    "عميد",
    "فنان",
    "فنانه",
    "مطرب",
    "مطربه",
    "كاتب",
    "كاتبه",
    "صحفي",
    "اعلامي",
    "مخرج",
    "ممثل",
    "ممثله",
    "نجم",
    "حارس",
    "مهاجم",
    "مدافع",
    "حكم",
    "محامي",
    "مفكر",
    "باحث",
    "عاهل",
    "امام",
    "استاذ",
    "مهندس",
    "حاج",
    "سيده",
    "اميره",
    "ملكه",
    "دكتوره",
    "مقدم",
    "رائد",
    "نقيب",
    "مشير",
    "قس",
    "كاردينال",
];
const ORGANIZATION_TRIGGERS: &[&str] = &[
    "اداره",
    "اتحاد",
    "بنك",
    "تنظيم",
    "جامعه",
    "جمعيه",
    "جيش",
    "حركه",
    "حزب",
    "شركه",
    "صندوق",
    "قوات",
    "لجنه",
    "مؤسسه",
    "مجلس",
    "مركز",
    "معهد",
    "منظمه",
    "نادي",
    "هيئه",
    "وزاره",
    "وكاله",
    "محكمه",
    "جبهه",
    "كتائب",
    "صحيفه",
    "قناه",
    "اكاديميه",
    "مجموعه",
    "ائتلاف",
];
const PLACE_TRIGGERS: &[&str] = &[
    "اقليم",
    "بلده",
    "جزيره",
    "جمهوريه",
    "حي",
    "عاصمه",
    "قريه",
    "محافظه",
    "مخيم",
    "مدينه",
    "مملكه",
    "منطقه",
    "ولايه",
    "نهر",
    "بحر",
    "جبل",
    "دوله",
    "مطار",
    "ميناء",
];

/// Per-token values computed once and shared by the window features
/// (opaque outside this module: scratch space for [`append_sentence`]).
#[derive(Clone, Copy)]
pub struct TokenValues {
    bare: u64,
    stem: u64,
    suffix2: u64,
    shape: Shape,
    name_lists: TokenMatch,
    trigger: u8,
    /// Word cluster ids plus one (0: no cluster), coarse to fine.
    clusters: [u16; 3],
}

const EDGE: TokenValues = TokenValues {
    bare: 0x9e37_79b9_7f4a_7c15,
    stem: 0x9e37_79b9_7f4a_7c15,
    suffix2: 0x9e37_79b9_7f4a_7c15,
    shape: Shape::Edge,
    name_lists: TokenMatch(0),
    trigger: 0,
    clusters: [u16::MAX; 3],
};

/// Added to every template number before hashing. Which features share a
/// row of the weight table depends on it; a model is trained for one salt.
const FEATURE_SALT: u64 = 0;

/// FNV-1a over bytes.
fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash = fnv_step(hash, byte);
    }
    hash
}

fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

/// [`hash_bytes`] of `word`, of its first two letters and of its first
/// three (each all of it when shorter), in one pass: FNV-1a reads left to
/// right, so a prefix's hash is a step on the way to the word's.
fn hash_with_prefixes(word: &str) -> (u64, u64, u64) {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let (mut prefix2, mut prefix3) = (None, None);
    let mut letters = 0;
    for &byte in word.as_bytes() {
        // A letter starts at every byte that does not continue one.
        if byte & 0xc0 != 0x80 {
            letters += 1;
            match letters {
                3 => prefix2 = Some(hash),
                4 => prefix3 = Some(hash),
                _ => {}
            }
        }
        hash = fnv_step(hash, byte);
    }
    (hash, prefix2.unwrap_or(hash), prefix3.unwrap_or(hash))
}

/// Combines a template and a value into a feature hash (splitmix64's
/// finaliser, so that nearby values spread over the whole table).
fn feature(template: Template, value: u64) -> u32 {
    let mut x = value ^ (template as u64 + FEATURE_SALT).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (x ^ (x >> 31)) as u32
}

fn pair(a: u64, b: u64) -> u64 {
    a.rotate_left(17) ^ b.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// The last `n` letters of `word` (all of it when shorter).
fn suffix(word: &str, n: usize) -> &str {
    word.char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(word, |(start, _)| &word[start..])
}

fn shape(document: &Document, index: usize, text: &str) -> Shape {
    let token = &document.tokens[index];
    match token.kind {
        TokenKind::Arabic => match text.len() / 2 {
            0..=2 => Shape::ShortArabic,
            3..=7 => Shape::Arabic,
            _ => Shape::LongArabic,
        },
        TokenKind::Latin if text.starts_with(|c: char| c.is_ascii_uppercase()) => {
            Shape::Capitalised
        }
        TokenKind::Latin => Shape::Latin,
        TokenKind::Number
            if text.len() == 4 && (text.starts_with("19") || text.starts_with("20")) =>
        {
            Shape::Year
        }
        TokenKind::Number => Shape::Number,
        TokenKind::Quote => Shape::Quote,
        TokenKind::Punctuation => Shape::Punctuation,
        TokenKind::Symbol => Shape::Symbol,
        TokenKind::Word => Shape::Word,
    }
}

/// Which trigger lists the stem is on, as bits of [`Trigger`]. One lookup
/// per word: this runs on every word of every text.
fn trigger(stem: &str) -> u8 {
    static TRIGGERS: OnceLock<WordMap<&'static str, u8>> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| {
        let mut triggers: WordMap<&'static str, u8> = WordMap::default();
        for (list, kind) in [
            (PERSON_TRIGGERS, Trigger::Person),
            (ORGANIZATION_TRIGGERS, Trigger::Organization),
            (PLACE_TRIGGERS, Trigger::Place),
        ] {
            for &word in list {
                *triggers.entry(word).or_default() |= kind as u8;
            }
        }
        // Direction nouns head places too (شمال سوريا).
        for &(noun, _, _) in words::DIRECTIONS {
            *triggers.entry(noun).or_default() |= Trigger::Place as u8;
        }
        triggers
    });
    triggers.get(stem).copied().unwrap_or(0)
}

/// A word's stem: its bare form without the article.
pub(super) fn stem(bare: &str, article: bool) -> &str {
    if article {
        bare.get("ال".len()..).unwrap_or(bare)
    } else {
        bare
    }
}

/// What a trigger word announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// A title or role before a person (الجنرال، وزير).
    Person = 1,
    /// The head noun of an organisation's name (تنظيم، وزارة).
    Organization = 2,
    /// The kind of a place before its name (مدينة، محافظة).
    Place = 4,
}

/// True when token `index` of `document` is a trigger word of `kind`.
pub fn is_trigger(document: &Document, index: usize, kind: Trigger) -> bool {
    triggers(document, index) & kind as u8 != 0
}

/// The kinds of trigger word token `index` of `document` is, as bits of
/// [`Trigger`] (0 for most words).
pub fn triggers(document: &Document, index: usize) -> u8 {
    let token = &document.tokens[index];
    if token.kind == TokenKind::Arabic {
        trigger(stem(document.bare(index), token.clitics.article))
    } else {
        0
    }
}

/// Computes the features of every token of `document`, sentence by
/// sentence (for training, where they are kept).
pub fn extract(document: &Document, name_lists: &NameLists, clusters: &WordClusters) -> Features {
    let matches = name_lists.matches(document);
    let mut features = Features::default();
    let mut scratch = Scratch::new(document);
    for sentence in &document.sentences {
        append_sentence(
            document,
            &matches,
            clusters,
            sentence.tokens.clone(),
            &mut scratch,
            &mut features,
        );
    }
    features
}

impl Features {
    /// Forgets every token's features, keeping the memory.
    pub fn clear(&mut self) {
        self.starts.clear();
        self.hashes.clear();
    }
}

/// The values of one token: those the window features share, and the
/// hashes of its other forms (prefixes, suffix, normalised form).
type Values = (TokenValues, [u64; 4]);

/// Scratch space for [`append_sentence`] over one document: the values of
/// a sentence's tokens, and those of each Arabic word of the document once
/// made (they depend on the word alone, bar its lexicon matches, and most
/// words recur).
pub struct Scratch {
    sentence: Vec<Values>,
    words: PerWord<Values>,
}

impl Scratch {
    /// Scratch space for the sentences of `document`, and of no other.
    pub fn new(document: &Document) -> Self {
        Scratch {
            sentence: Vec::new(),
            words: PerWord::new(document),
        }
    }
}

/// The values of token `index` of `document`, lexicon matches aside.
fn token_values(document: &Document, clusters: &WordClusters, index: usize) -> Values {
    let token = &document.tokens[index];
    let bare = document.bare(index);
    let stem = stem(bare, token.clitics.article);
    let norm = document.norm(index);
    // The stem is often the bare form, and the bare form the word as
    // written: their hashes are then made once.
    let (stem_hash, prefix2, prefix3) = hash_with_prefixes(stem);
    let bare_hash = if stem.len() == bare.len() {
        stem_hash
    } else {
        hash_bytes(bare.as_bytes())
    };
    let norm_hash = if *bare == *norm {
        bare_hash
    } else {
        hash_bytes(norm.as_bytes())
    };
    let this = TokenValues {
        bare: bare_hash,
        stem: stem_hash,
        suffix2: hash_bytes(suffix(stem, 2).as_bytes()),
        shape: shape(document, index, bare),
        name_lists: TokenMatch::default(),
        // An Arabic word's lookup form is its bare form, already made.
        clusters: clusters
            .get(&if token.kind == TokenKind::Arabic {
                Cow::Borrowed(bare)
            } else {
                lookup_form(document, index)
            })
            .map_or([0; 3], |ids| ids.map(|id| id.saturating_add(1))),
        trigger: if token.kind == TokenKind::Arabic {
            trigger(stem)
        } else {
            0
        },
    };
    let words = [
        prefix2,
        prefix3,
        hash_bytes(suffix(stem, 3).as_bytes()),
        norm_hash,
    ];
    (this, words)
}

/// Pushes a feature of `template` for each of the six bits of a
/// [`TokenMatch`] byte that `bits` has set.
fn push_bits(out: &mut Vec<u32>, template: Template, bits: u8) {
    // Set bits only, lowest first: most words have none.
    let mut rest = bits & 0b11_1111;
    while rest != 0 {
        out.push(feature(template, u64::from(rest.trailing_zeros())));
        rest &= rest - 1;
    }
}

/// Appends the features of the tokens `tokens` of one sentence of
/// `document` (whose name-list matches are `matches`, its words' clusters
/// in `clusters`) to `features`, so
/// that the first of them is `features.of(n)` for the `n` tokens there
/// before. `scratch`, made for `document`, is reused between calls.
pub fn append_sentence(
    document: &Document,
    matches: &[TokenMatch],
    clusters: &WordClusters,
    tokens: Range<usize>,
    scratch: &mut Scratch,
    features: &mut Features,
) {
    let Scratch {
        sentence: values,
        words,
    } = scratch;
    values.clear();
    for index in tokens.clone() {
        let (mut this, words_hashes) =
            words.get(document, index, || token_values(document, clusters, index));
        this.name_lists = matches[index];
        values.push((this, words_hashes));
    }
    let at = |position: isize| -> &TokenValues {
        usize::try_from(position)
            .ok()
            .and_then(|position| values.get(position))
            .map_or(&EDGE, |(values, _)| values)
    };
    if features.starts.is_empty() {
        features.starts.push(0);
    }
    for (offset, index) in tokens.clone().enumerate() {
        let (this, [prefix2, prefix3, suffix3, norm]) = values[offset];
        let position = offset as isize;
        let (previous, previous2) = (at(position - 1), at(position - 2));
        let (next, next2) = (at(position + 1), at(position + 2));
        let clitics = document.tokens[index].clitics;
        let clitic_value = u64::from(clitics.conjunction.is_some())
            | u64::from(clitics.preposition.map_or(0, u32::from)) << 1
            | u64::from(clitics.article) << 40;
        let out = &mut features.hashes;
        out.extend([
            feature(Template::Bias, 0),
            feature(Template::Norm, norm),
            feature(Template::Bare, this.bare),
            feature(Template::Stem, this.stem),
            feature(Template::Prefix2, prefix2),
            feature(Template::Prefix3, prefix3),
            feature(Template::Suffix2, this.suffix2),
            feature(Template::Suffix3, suffix3),
            feature(Template::Clitics, clitic_value),
            feature(Template::Shape, this.shape as u64),
            feature(Template::BarePrevious, previous.bare),
            feature(Template::BarePrevious2, previous2.bare),
            feature(Template::BareNext, next.bare),
            feature(Template::BareNext2, next2.bare),
            feature(Template::BigramPrevious, pair(previous.bare, this.bare)),
            feature(Template::BigramNext, pair(this.bare, next.bare)),
            feature(
                Template::ShapePrevious,
                pair(previous.shape as u64, this.shape as u64),
            ),
            feature(
                Template::ShapeNext,
                pair(this.shape as u64, next.shape as u64),
            ),
            feature(Template::StemPrevious, previous.stem),
            feature(Template::StemNext, next.stem),
            feature(Template::SuffixPrevious, previous.suffix2),
            feature(
                Template::Trigger,
                u64::from(previous.trigger)
                    | u64::from(previous2.trigger) << 4
                    | u64::from(this.trigger) << 8,
            ),
        ]);
        for (granularity, ((this, previous), next)) in this
            .clusters
            .iter()
            .zip(previous.clusters)
            .zip(next.clusters)
            .enumerate()
        {
            let value = |id: u16| u64::from(id) | (granularity as u64) << 32;
            out.extend([
                feature(Template::Cluster, value(*this)),
                feature(Template::ClusterPrevious, value(previous)),
                feature(Template::ClusterNext, value(next)),
            ]);
        }
        if index == tokens.start {
            out.push(feature(Template::SentenceStart, 0));
        }
        push_bits(out, Template::NameLists, this.name_lists.names());
        if previous.name_lists.names() != 0 {
            out.push(feature(
                Template::LexiconPrevious,
                u64::from(previous.name_lists.names()),
            ));
        }
        if next.name_lists.names() != 0 {
            out.push(feature(
                Template::LexiconNext,
                u64::from(next.name_lists.names()),
            ));
        }
        // Where the word stands in the listed names it is a part of: a
        // first name or a surname the lists know, in a full name they do
        // not (صامويل إيتو), each on its own and all together, and those of
        // the words around it. Pushed when no listed name has the word too:
        // that says something (leaving those out cost 0.9 of mean
        // development F1). See data/README.md for the measurements.
        let parts = this.name_lists.parts();
        push_bits(out, Template::NamePart, parts);
        out.extend([
            feature(Template::NameParts, u64::from(parts)),
            feature(
                Template::NamePartsPrevious,
                u64::from(previous.name_lists.parts()),
            ),
            feature(Template::NamePartsNext, u64::from(next.name_lists.parts())),
        ]);
        features.starts.push(features.hashes.len() as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trigger_words_are_written_as_they_are_looked_up() {
        // Looked up by a word's normalised stem: a word written otherwise
        // (امارة, with ة) would never match.
        for &word in PERSON_TRIGGERS
            .iter()
            .chain(ORGANIZATION_TRIGGERS)
            .chain(PLACE_TRIGGERS)
        {
            let document = Document::new(word);
            assert_eq!(document.norm(0), word);
        }
    }

    /// The first `n` letters of `word` (all of it when shorter).
    fn prefix(word: &str, n: usize) -> &str {
        word.char_indices()
            .nth(n)
            .map_or(word, |(end, _)| &word[..end])
    }

    #[test]
    fn prefix_hashes_are_the_prefixes_hashed() {
        for word in ["", "ا", "سو", "سوريا", "abc", "a", "ab"] {
            assert_eq!(
                hash_with_prefixes(word),
                (
                    hash_bytes(word.as_bytes()),
                    hash_bytes(prefix(word, 2).as_bytes()),
                    hash_bytes(prefix(word, 3).as_bytes())
                ),
                "{word}"
            );
        }
    }

    #[test]
    fn prefixes_and_suffixes_count_letters() {
        assert_eq!(prefix("سوريا", 2), "سو");
        assert_eq!(suffix("سوريا", 2), "يا");
        assert_eq!(suffix("ا", 3), "ا");
        assert_eq!(prefix("ا", 3), "ا");
    }

    #[test]
    fn every_token_has_features_and_they_are_deterministic() {
        let document = Document::new("قال الرئيس الأمريكي. وفي بغداد، 3 قتلى");
        let name_lists = NameLists::from_tsv("LOC\tبغداد\n");
        let first = extract(&document, &name_lists, &WordClusters::embedded());
        let second = extract(&document, &name_lists, &WordClusters::embedded());
        for index in 0..document.tokens.len() {
            assert!(first.of(index).len() > 20);
            assert_eq!(first.of(index), second.of(index));
        }
        assert_ne!(first.of(4), first.of(5));
    }
}
