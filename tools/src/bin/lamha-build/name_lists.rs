//! The name lists (`data/names.tsv`): the countries, states and large cities
//! of the countries-states-cities table, and the names annotated in the
//! other corpora (AQMAR, Wojood, WikiFANE), mapped to PER / LOC / ORG;
//! and the names of ANERcorp's training part (never its development part),
//! which `train` adds fold by fold so that the tagger does not learn to trust
//! the lists blindly (see `OWN_NAME_FOLDS` there).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use lamha::analysis::Label;
use lamha::entities::tags::Tag;
use lamha::evaluation::CorpusText;
use lamha::evaluation::conll::Sentence;
use lamha::name_lists::MAX_WORDS;
use lamha::text::Document;

use crate::sources;

/// A one-word name is dropped when the corpora show the word outside names
/// more than this many times as often as inside one (اليوم, الوطن are also
/// newspapers, but mostly they are words).
const COMMON_WORD_RATIO: usize = 3;

/// A label of a name is kept when it is given at least this share of the
/// times the name's most frequent label is.
const MINOR_LABEL_SHARE: usize = 4;

/// How much a place of the gazetteer's sources counts against corpus
/// evidence.
const NAME_LIST_WEIGHT: usize = 2;

/// How much a name of the hand-written list (`data/names/extra.tsv`) counts
/// against corpus evidence: it was listed because the corpora lack it.
const HAND_LIST_WEIGHT: usize = 10;

/// Cities of at least this many people join the place names (with every
/// country, state and capital): smaller towns share their names with too
/// many words and people.
const CITY_POPULATION: u64 = 100_000;

/// The Arabic names of countries, states, capitals and large cities from
/// the countries-states-cities table (`data/places/dr5hn-ar.tsv`).
pub fn places(shared: &Path) -> Result<Vec<String>, String> {
    let path = shared.join("data/places/dr5hn-ar.tsv");
    let table = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let (kind, name, population) = (fields.first()?, fields.get(4)?, fields.get(8)?);
            let large = population
                .parse::<u64>()
                .is_ok_and(|p| p >= CITY_POPULATION);
            let kept = *kind == "country"
                || kind.starts_with("state:")
                || *kind == "city:capital"
                || (kind.starts_with("city:") && large);
            (kept && !name.is_empty()).then(|| name.to_string())
        })
        .collect())
}

/// A name's words as the lexicon stores them: the first as written on its
/// own, the others normalised; None when it has punctuation or is too long.
fn name_words(name: &str) -> Option<String> {
    let document = Document::new(name);
    if document.tokens.is_empty()
        || document.tokens.len() > MAX_WORDS
        || !document.tokens.iter().all(|t| t.is_word())
    {
        return None;
    }
    let mut words = vec![document.bare(0).to_owned()];
    words.extend((1..document.tokens.len()).map(|i| document.norm(i).to_string()));
    Some(words.join(" "))
}

/// How often each name is given each label (PER, LOC, ORG), and how often
/// each word stands outside names, over the sources.
#[derive(Clone)]
pub struct NameCounts {
    labelled: HashMap<String, [usize; 3]>,
    outside: HashMap<String, usize>,
}

/// Where `label` is counted: its place in [`Label::NAMES`] (the last, the
/// organisations', for any other).
fn slot(label: Label) -> usize {
    Label::NAMES
        .iter()
        .position(|&l| l == label)
        .unwrap_or(Label::NAMES.len() - 1)
}

impl NameCounts {
    /// The counts of the shared sources: the names of every corpus but
    /// ANERcorp and the places; the words outside names of
    /// every corpus.
    pub fn gather(shared: &Path) -> Result<NameCounts, String> {
        let mut counts = NameCounts {
            labelled: HashMap::new(),
            outside: HashMap::new(),
        };
        let corpora = sources::corpora(shared)?;
        for (_, sentences) in &corpora {
            for sentence in sentences {
                for (word, tag) in sentence {
                    if Tag::from_corpus(tag) == Tag::Outside
                        && let Some(word) = name_words(word)
                    {
                        *counts.outside.entry(word).or_default() += 1;
                    }
                }
            }
        }
        for (_, sentences) in corpora.iter().filter(|(name, _)| *name != "anercorp") {
            counts.add_names(sentences);
        }
        for name in places(shared)? {
            if let Some(name) = name_words(&name) {
                counts.labelled.entry(name).or_default()[slot(Label::Location)] += NAME_LIST_WEIGHT;
            }
        }
        Ok(counts)
    }

    /// Counts the hand-written names of `hand_list` (`LABEL<TAB>name`
    /// lines, `#` comments), each as [`HAND_LIST_WEIGHT`] mentions.
    pub fn add_hand_list(&mut self, hand_list: &Path) -> Result<(), String> {
        let listed = std::fs::read_to_string(hand_list)
            .map_err(|e| format!("{}: {e}", hand_list.display()))?;
        for line in listed
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let (code, name) = line
                .split_once('\t')
                .ok_or_else(|| format!("{}: no label in {line:?}", hand_list.display()))?;
            let label = Label::NAMES
                .into_iter()
                .find(|label| label.as_str() == code)
                .ok_or_else(|| format!("{}: unknown label {code}", hand_list.display()))?;
            let words = name_words(name)
                .ok_or_else(|| format!("{}: {name:?} is no name", hand_list.display()))?;
            self.labelled.entry(words).or_default()[slot(label)] += HAND_LIST_WEIGHT;
        }
        Ok(())
    }

    /// Counts the names annotated in `sentences`.
    pub fn add_names(&mut self, sentences: &[Sentence]) {
        let text = CorpusText::new(sentences);
        for (words, label) in text.gold() {
            let name =
                text.text[text.words[words.start].start..text.words[words.end - 1].end].to_string();
            if let Some(name) = name_words(&name) {
                self.labelled.entry(name).or_default()[slot(label)] += 1;
            }
        }
    }

    /// The name list: a `#labels` line, then `LABEL<TAB>name` lines, sorted; and how many names
    /// each label has.
    pub fn table(&self) -> (String, BTreeMap<&'static str, usize>) {
        let mut lines: BTreeSet<(&'static str, &str)> = BTreeSet::new();
        let mut kept: BTreeMap<&'static str, usize> = BTreeMap::new();
        for (name, counts) in &self.labelled {
            let total: usize = counts.iter().sum();
            let single_word = !name.contains(' ');
            if single_word
                && self.outside.get(name).copied().unwrap_or(0) > COMMON_WORD_RATIO * total
            {
                continue;
            }
            let most = counts.iter().copied().max().unwrap_or(0);
            for (index, label) in Label::NAMES.into_iter().enumerate() {
                if counts[index] > 0 && counts[index] * MINOR_LABEL_SHARE >= most {
                    lines.insert((label.as_str(), name));
                    *kept.entry(label.as_str()).or_default() += 1;
                }
            }
        }
        // The first line gives the bit order the library reads the labels in.
        let codes: Vec<&str> = Label::NAMES.iter().map(|label| label.as_str()).collect();
        let table = std::iter::once(format!("#labels {}\n", codes.join(" ")))
            .chain(
                lines
                    .iter()
                    .map(|(label, name)| format!("{label}\t{name}\n")),
            )
            .collect();
        (table, kept)
    }
}
