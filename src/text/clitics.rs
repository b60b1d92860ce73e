//! Proclitics: the conjunctions, prepositions and article written as part of
//! an Arabic word (والعراق = و + العراق, بسوريا = ب + سوريا, للتنظيم = ل +
//! التنظيم).
//!
//! Many words merely begin with those letters (ليبيا، بغداد، فرنسا، كندا،
//! وليد), so a split is only taken when what remains is a word the vocabulary
//! knows, and knows well enough compared with the whole word: `و + قال` is
//! taken because قال is far more common than وقال is on its own; `ف + رنسا` is
//! not, because رنسا is no word. How much evidence each prefix needs is a
//! prior: a word-initial و is usually the conjunction, a word-initial ك rarely
//! the preposition.

use std::borrow::Cow;

use super::vocabulary::Vocabulary;

/// The proclitics of one Arabic word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Clitics {
    /// و or ف.
    pub conjunction: Option<char>,
    /// ب، ك or ل.
    pub preposition: Option<char>,
    /// The word after the conjunction and preposition carries the article ال
    /// (for ل + ال, written لل, the article's alef is not written).
    pub article: bool,
}

impl Clitics {
    /// True when the preposition ل has merged with the article (للعراق).
    /// Then the preposition is kept in a name's span: what remains after it
    /// (لعراق) is not the name as written on its own.
    pub fn merged_article(&self) -> bool {
        self.preposition == Some('ل') && self.article
    }

    /// Bytes at the start of the normalised word that a name's span leaves
    /// out: the conjunction, and the preposition unless it merged with the
    /// article. Every proclitic is one two-byte letter.
    pub fn detached_len(&self) -> usize {
        let conjunction = usize::from(self.conjunction.is_some());
        let preposition = usize::from(self.preposition.is_some() && !self.merged_article());
        2 * (conjunction + preposition)
    }

    /// The proclitics as written, in order (و، ب، ال).
    pub fn written(&self) -> Vec<String> {
        self.conjunction
            .into_iter()
            .chain(self.preposition)
            .map(String::from)
            .chain(self.article.then(|| "ال".to_string()))
            .collect()
    }

    /// True when the word has a conjunction or a preposition.
    pub fn any_detached(&self) -> bool {
        self.conjunction.is_some() || self.preposition.is_some()
    }
}

/// The form of a normalised word as it would be written on its own: without
/// its conjunction and preposition, and with the article's alef restored
/// where ل + ال was written لل (للعراق → العراق).
#[inline]
pub fn bare_form<'a>(word: &'a str, clitics: &Clitics) -> Cow<'a, str> {
    let rest = &word[clitics.detached_len().min(word.len())..];
    if clitics.merged_article() {
        // rest is لل…; dropping the preposition leaves ل…, which wants its ا.
        Cow::Owned(format!("ا{}", &rest[2..]))
    } else {
        Cow::Borrowed(rest)
    }
}

/// How much more often the remainder must be seen than the whole word for a
/// split to be taken, per prefix: higher priors split more readily.
///
/// The figures come from the corpora: a true و split (و + أضاف) shows the
/// remainder at least a quarter as often as the whole word; for ف، ب، ل the
/// remainder is usually the more common, and ك + word is rare.
fn prior(conjunction: Option<char>, preposition: Option<char>) -> f32 {
    match (conjunction, preposition) {
        (Some('و'), None) => 4.0,
        (Some(_), None) | (None, Some('ب' | 'ل')) => 0.5,
        _ => 0.1,
    }
}

/// Common words whose first letter is و، ف، ب or ل of the root although
/// what follows is a word too (واحد is not و + أحد, ولي is not و + لي), and
/// often part of names (ولي العهد، وادي السيليكون، فيصل). Normalised, sorted.
const UNSPLITTABLE: &[&str] = &[
    "باسم",
    "فكره",
    "فيصل",
    "كلم",
    "واحد",
    "واحدا",
    "واحده",
    "وادي",
    "واصل",
    "وجد",
    "وجه",
    "وجهه",
    "وحد",
    "ورد",
    "وزن",
    "وصف",
    "وطن",
    "وعد",
    "وقف",
    "ولايات",
    "ولايه",
    "ولد",
    "ولي",
];

/// Extra confidence when the remainder starts with the article: وال، بال،
/// لل are rarely the start of a plain word.
const ARTICLE_BOOST: f32 = 4.0;

/// True when `word` starts with the letter of a proclitic: only such a word
/// has anything for [`split`] to weigh.
fn may_have_proclitics(word: &str) -> bool {
    word.starts_with(['و', 'ف', 'ب', 'ك', 'ل'])
}

/// Finds the proclitics of a normalised Arabic word.
pub fn split(word: &str, vocabulary: &Vocabulary) -> Clitics {
    // Most words start with none of the proclitics' letters: nothing to
    // weigh, no look-up (this was a quarter of the text layer's time).
    if !may_have_proclitics(word) {
        return Clitics {
            article: has_own_article(word),
            ..Clitics::default()
        };
    }
    if UNSPLITTABLE.binary_search(&word).is_ok() {
        return Clitics::default();
    }
    let whole = vocabulary.count(word) as f32;
    let mut best: Option<((f32, usize), Clitics)> = None;
    for conjunction in [None, Some('و'), Some('ف')] {
        for preposition in [None, Some('ب'), Some('ك'), Some('ل')] {
            if conjunction.is_none() && preposition.is_none() {
                continue;
            }
            let prefix_len =
                2 * (usize::from(conjunction.is_some()) + usize::from(preposition.is_some()));
            if !starts_with_letters(word, conjunction, preposition) {
                continue;
            }
            let rest = &word[prefix_len..];
            // A conjunction never follows a preposition: كوفي is no ك + و + في.
            if conjunction.is_none()
                && rest.starts_with(['و', 'ف'])
                && split(rest, vocabulary).conjunction.is_some()
            {
                continue;
            }
            let plain = (Cow::Borrowed(rest), false);
            let merged = (preposition == Some('ل') && rest.starts_with('ل'))
                .then(|| (Cow::Owned(format!("ا{rest}")), true));
            for (bare, merged) in std::iter::once(plain).chain(merged) {
                let letters = bare.chars().count();
                if letters < 2 {
                    continue;
                }
                let article = merged || (bare.starts_with("ال") && letters >= 4);
                let seen = vocabulary.count(&bare) as f32;
                let mut weight = prior(conjunction, preposition);
                if article {
                    weight *= ARTICLE_BOOST;
                }
                let score = weight * seen;
                let taken = if seen == 0.0 && whole == 0.0 {
                    // Neither is known: a new name after و or an article
                    // combination is far likelier than a new word that
                    // happens to start with those letters. Not after ف: a
                    // clause rarely opens on a new name, and foreign names
                    // often start with ف (فليك, فولوديمير, فلاديفوستوك).
                    (article && letters >= 4)
                        || (conjunction == Some('و') && preposition.is_none() && letters >= 3)
                } else {
                    score > whole
                };
                // Equal evidence: the longer prefix explains more of the word.
                let rank = (score, prefix_len);
                if taken && best.as_ref().is_none_or(|(best_rank, _)| rank > *best_rank) {
                    best = Some((
                        rank,
                        Clitics {
                            conjunction,
                            preposition,
                            article,
                        },
                    ));
                }
            }
        }
    }
    best.map_or_else(
        || Clitics {
            article: has_own_article(word),
            ..Clitics::default()
        },
        |(_, clitics)| clitics,
    )
}

/// True when a word without proclitics starts with the article (and is long
/// enough that ال is not the start of a short word such as الى).
fn has_own_article(word: &str) -> bool {
    word.starts_with("ال") && word.chars().count() >= 4
}

fn starts_with_letters(word: &str, conjunction: Option<char>, preposition: Option<char>) -> bool {
    let mut letters = word.chars();
    conjunction.is_none_or(|c| letters.next() == Some(c))
        && preposition.is_none_or(|c| letters.next() == Some(c))
}
