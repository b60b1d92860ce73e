//! ANERcorp's annotation conventions brought to Lamha's own
//! (`eval/news/GUIDELINE.md`), for training and for scoring.
//!
//! ANERcorp leaves outside some organisations that readers, the other
//! shared corpora (Wojood, WikiFANE) and the modern-news development set
//! call organisations: an army or a ministry named with its country
//! (الجيش الإسرائيلي 27 times of 27, وزارة الخارجية الألمانية, مجلس
//! النواب اللبناني), a national
//! team (منتخب [مصر], where it tags the country), a movement or group with
//! its name (حركة [حماس]). A tagger trained on ANERcorp as it is learns to
//! leave them out, and misses them on news. [`reconcile`] rewrites those
//! few patterns of an ANERcorp sentence's tags; everything else is kept as
//! annotated. It reads only the sentence itself, so it is the same rule on
//! the training part and on the development part it is scored on.

use lamha::evaluation::conll::TaggedWord;
use lamha::text::normalize::is_absorbed_mark;

/// Heads of a body named by its country: `head` (with the number of
/// function nouns after it: وزارة الخارجية، مجلس النواب) then a
/// nationality adjective (مجلس النواب الليبي، المجلس التشريعي الفلسطيني).
const COUNTRY_BODIES: &[(&str, usize)] = &[("الجيش", 0), ("وزارة", 1), ("مجلس", 1), ("المجلس", 1)];

/// Heads that belong to the organisation they introduce (جماعة [الحوثي],
/// وكالة [الأناضول]): the guideline keeps them inside, ANERcorp outside.
/// A company's شركة stays outside in both.
const GROUP_HEADS: &[&str] = &["حركة", "جماعة", "وكالة", "مفوضية"];

/// The head of a national team, which ANERcorp leaves outside and whose
/// country it tags a place (منتخب [مصر]).
const NATIONAL_TEAM: &str = "منتخب";

/// Rewrites the tags of `sentence` (ANERcorp's `B-ORG`, `I-LOC`, `O` …) to
/// Lamha's conventions, as the module says; returns how many names it made
/// or changed.
pub fn reconcile(sentence: &mut [TaggedWord]) -> usize {
    let mut changed = 0;
    let mut index = 0;
    while index < sentence.len() {
        let length = country_body(sentence, index)
            .or_else(|| headed_name(sentence, index))
            .unwrap_or(0);
        if length > 0 {
            for (offset, (_, tag)) in sentence[index..index + length].iter_mut().enumerate() {
                *tag = if offset == 0 { "B-ORG" } else { "I-ORG" }.to_string();
            }
            changed += 1;
            index += length;
        } else {
            index += 1;
        }
    }
    changed
}

/// The length of a body named by its country starting at `index`
/// (الجيش الإسرائيلي، وزارة الخارجية الألمانية), all of it untagged.
fn country_body(sentence: &[TaggedWord], index: usize) -> Option<usize> {
    let &(_, function_nouns) = COUNTRY_BODIES
        .iter()
        .find(|(head, _)| has_head(&sentence[index].0, head))?;
    let length = function_nouns + 2;
    let words = sentence.get(index..index + length)?;
    let untagged = words.iter().all(|(_, tag)| tag == "O");
    let function_nouns_definite = words[1..length - 1]
        .iter()
        .all(|(word, _)| bare(word).starts_with("ال"));
    (untagged && function_nouns_definite && is_nationality(&words[length - 1].0)).then_some(length)
}

/// The length of an untagged head and the name it introduces, when the
/// convention keeps the head inside (حركة حماس، منتخب مصر).
fn headed_name(sentence: &[TaggedWord], index: usize) -> Option<usize> {
    let (word, tag) = &sentence[index];
    let label = if GROUP_HEADS.iter().any(|head| has_head(word, head)) {
        "ORG"
    } else if has_head(word, NATIONAL_TEAM) {
        "LOC"
    } else {
        return None;
    };
    let first = sentence.get(index + 1)?;
    if tag != "O" || !is_tag(&first.1, 'B', label) {
        return None;
    }
    let inside = sentence[index + 2..]
        .iter()
        .take_while(|(_, tag)| is_tag(tag, 'I', label))
        .count();
    Some(2 + inside)
}

/// `tag` is `B-label` / `I-label` (`position` `B` or `I`).
fn is_tag(tag: &str, position: char, label: &str) -> bool {
    let mut parts = tag.splitn(2, ['-', '_']);
    parts.next() == Some(position.encode_utf8(&mut [0; 4])) && parts.next() == Some(label)
}

/// `word` is `head` with at most a conjunction and a preposition before it
/// (والجيش، للجيش، وبوزارة).
fn has_head(word: &str, head: &str) -> bool {
    let word = bare(word);
    let stem = head.strip_prefix("ال");
    ["", "و", "ف"].iter().any(|conjunction| {
        let Some(rest) = word.strip_prefix(conjunction) else {
            return false;
        };
        rest == head
            || ["ب", "ل", "ك"].iter().any(|preposition| {
                rest.strip_prefix(preposition) == Some(head)
                    // ل before ال drops the alef: للجيش.
                    || (*preposition == "ل"
                        && stem.is_some_and(|stem| rest.strip_prefix("لل") == Some(stem)))
            })
    })
}

/// A relative adjective with the article, the shape of a nationality
/// (الإسرائيلي، الألمانية).
fn is_nationality(word: &str) -> bool {
    let word = bare(word);
    word.starts_with("ال")
        && ["ي", "ية", "يه"].iter().any(|end| word.ends_with(end))
        && word.chars().count() >= 6
}

/// `word` without diacritics and tatweel, as corpora spell it either way.
fn bare(word: &str) -> String {
    word.chars().filter(|&c| !is_absorbed_mark(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &[(&str, &str)]) -> Vec<TaggedWord> {
        words
            .iter()
            .map(|&(word, tag)| (word.to_string(), tag.to_string()))
            .collect()
    }

    fn tags(sentence: &[TaggedWord]) -> Vec<&str> {
        sentence.iter().map(|(_, tag)| tag.as_str()).collect()
    }

    #[test]
    fn bodies_named_by_their_country_become_organisations() {
        let mut words = sentence(&[
            ("قصف", "O"),
            ("للجيش", "O"),
            ("الإسرائيلي", "O"),
            ("وأعلنت", "O"),
            ("وزارة", "O"),
            ("الخارجية", "O"),
            ("الألمانية", "O"),
        ]);
        assert_eq!(reconcile(&mut words), 2);
        assert_eq!(
            tags(&words),
            ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]
        );
    }

    #[test]
    fn heads_join_the_name_they_introduce() {
        let mut words = sentence(&[
            ("حركة", "O"),
            ("حماس", "B-ORG"),
            ("و", "O"),
            ("منتخب", "O"),
            ("كوريا", "B-LOC"),
            ("الجنوبية", "I-LOC"),
        ]);
        assert_eq!(reconcile(&mut words), 2);
        assert_eq!(
            tags(&words),
            ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]
        );
    }

    #[test]
    fn other_words_are_kept_as_annotated() {
        let original = sentence(&[
            ("الجيش", "O"),
            ("يوميا", "O"),
            ("وزارة", "O"),
            ("الصناعة", "O"),
            ("الجيش", "B-ORG"),
            ("اللبناني", "I-ORG"),
            ("منتخب", "O"),
            ("الشباب", "O"),
            ("الحكومة", "O"),
            ("المصرية", "O"),
        ]);
        let mut words = original.clone();
        assert_eq!(reconcile(&mut words), 0);
        assert_eq!(words, original);
    }
}
