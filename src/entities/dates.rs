//! Dates and times by rule: day names (الأربعاء، أمس الثلاثاء), dates
//! (25 أكتوبر 2017، كانون الثاني، ذو الحجة), times (03:30 م) and years after
//! عام / سنة, each run of them one mention (الأربعاء، 25 أكتوبر 2017 03:30 م).
//!
//! Month names are those of the Unicode CLDR (48) Gregorian calendars for
//! Egypt and the Gulf (ar), the Levant and Iraq (ar-SY), Algeria and Tunisia
//! (ar-DZ), Morocco (ar-MA), and of its Islamic calendar, normalised.
//! Copyright © 1991-2025 Unicode, Inc., under the Unicode License v3 (see
//! data/README.md).

use std::sync::OnceLock;

use crate::analysis::Label;
use crate::text::{Document, PerWord, TokenKind};
use crate::word_map::WordMap;
use crate::words::WEEKDAYS;

use super::Mention;

/// Words that name a day relative to today when a day name follows them.
const RELATIVE_DAYS: &[&str] = &["امس", "اليوم", "غدا"];

/// Words after which a four-digit number is a year.
const YEAR_WORDS: &[&str] = &["عام", "العام", "سنه", "السنه", "عامي"];

/// Month names that are never anything else, normalised; a name of two
/// words is written with a space.
const MONTHS: &[&str] = &[
    // Egypt and the Gulf.
    "يناير",
    "فبراير",
    "ابريل",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر", // The Levant and Iraq.
    "كانون الثاني",
    "شباط",
    "اذار",
    "ايار",
    "حزيران",
    "تموز",
    "ايلول",
    "تشرين الاول",
    "تشرين الثاني",
    "كانون الاول", // Algeria and Tunisia.
    "جانفي",
    "فيفري",
    "افريل",
    "جويليه", // Morocco.
    "يوليوز",
    "غشت",
    "شتنبر",
    "نونبر",
    "دجنبر", // The Islamic calendar.
    "ربيع الاول",
    "ربيع الاخر",
    "ربيع الثاني",
    "جمادي الاولي",
    "جمادي الاخره",
    "جمادي الاول",
    "جمادي الثاني",
    "ذو القعده",
    "ذو الحجه",
];

/// Month names that are also common words or names (مارس "practised", آب
/// "father", نيسان Nissan, رجب and شعبان are names): months only next to a number.
const AMBIGUOUS_MONTHS: &[&str] = &[
    "مارس",
    "مايو",
    "ماي",
    "جوان",
    "نيسان",
    "اوت",
    "اب",
    "محرم",
    "صفر",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
];

/// What a token can be in a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Weekday,
    Relative,
    /// A month name of this many words.
    Month(usize),
    AmbiguousMonth,
    /// A number of one or two digits.
    Day,
    /// A four-digit number from 1000 to 2199.
    Year,
    Time,
    /// م، ص، مساء، صباحا after a time, or م / ه after a year.
    Marker,
    Comma,
    Other,
}

/// What a word can be in a date, by its bare form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Weekday,
    Relative,
    Month,
    /// The first word of a two-word month; the second word is given.
    MonthHead(&'static str),
    AmbiguousMonth,
}

/// Every date word, for one lookup per token.
fn date_words() -> &'static WordMap<&'static str, Vec<Word>> {
    static WORDS: OnceLock<WordMap<&'static str, Vec<Word>>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: WordMap<&'static str, Vec<Word>> = WordMap::default();
        let lists: [(&[&'static str], Word); 3] = [
            (WEEKDAYS, Word::Weekday),
            (RELATIVE_DAYS, Word::Relative),
            (AMBIGUOUS_MONTHS, Word::AmbiguousMonth),
        ];
        for (list, word) in lists {
            for &form in list {
                words.entry(form).or_default().push(word);
            }
        }
        for &month in MONTHS {
            let (form, word) = match month.split_once(' ') {
                Some((head, tail)) => (head, Word::MonthHead(tail)),
                None => (month, Word::Month),
            };
            words.entry(form).or_default().push(word);
        }
        words
    })
}

/// What token `index` (of a sentence ending at token `end`) may be in a
/// date. `listed` remembers which date words each word of the text is.
fn part(
    document: &Document,
    index: usize,
    end: usize,
    listed: &mut PerWord<Option<&'static [Word]>>,
) -> Part {
    let token = &document.tokens[index];
    let norm = document.norm(index);
    match token.kind {
        TokenKind::Number => {
            if norm.contains(':') {
                Part::Time
            } else if norm.len() <= 2 {
                Part::Day
            } else if norm.len() == 4 && (norm.starts_with('1') || norm.starts_with("20")) {
                Part::Year
            } else {
                Part::Other
            }
        }
        TokenKind::Punctuation if norm == "،" || norm == "," => Part::Comma,
        TokenKind::Arabic => {
            if matches!(norm, "م" | "ص" | "مساء" | "صباحا" | "ه") {
                return Part::Marker;
            }
            let words = listed.get(document, index, || {
                date_words().get(document.bare(index)).map(Vec::as_slice)
            });
            let Some(words) = words else {
                return Part::Other;
            };
            for &word in words {
                match word {
                    Word::Weekday => return Part::Weekday,
                    Word::Relative => return Part::Relative,
                    Word::Month => return Part::Month(1),
                    Word::MonthHead(tail)
                        if index + 1 < end && document.norm(index + 1) == tail =>
                    {
                        return Part::Month(2);
                    }
                    Word::AmbiguousMonth => return Part::AmbiguousMonth,
                    Word::MonthHead(_) => {}
                }
            }
            Part::Other
        }
        _ => Part::Other,
    }
}

/// Finds the dates and times of `document`.
pub fn find(document: &Document) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut listed = PerWord::new(document);
    for sentence in &document.sentences {
        let range = sentence.tokens.clone();
        let parts: Vec<Part> = range
            .clone()
            .map(|index| part(document, index, range.end, &mut listed))
            .collect();
        let at = |offset: usize| parts.get(offset).copied().unwrap_or(Part::Other);
        let is_month = |offset: usize| match at(offset) {
            Part::Month(_) => true,
            Part::AmbiguousMonth => {
                matches!(at(offset.wrapping_sub(1)), Part::Day)
                    || matches!(at(offset + 1), Part::Year)
            }
            _ => false,
        };
        let mut offset = 0;
        while offset < parts.len() {
            let year_after_word = at(offset) == Part::Year
                && offset > 0
                && YEAR_WORDS.contains(&document.bare(range.start + offset - 1));
            let starts = match at(offset) {
                Part::Weekday | Part::Time => true,
                Part::Relative => at(offset + 1) == Part::Weekday,
                Part::Day => is_month(offset + 1),
                _ => is_month(offset) || year_after_word,
            };
            if !starts {
                offset += 1;
                continue;
            }
            let start = offset;
            let mut end = offset;
            loop {
                let previous = if end > start {
                    at(end - 1)
                } else {
                    Part::Other
                };
                let step = match at(end) {
                    Part::Month(words) if is_month(end) => words,
                    Part::AmbiguousMonth if is_month(end) => 1,
                    Part::Weekday | Part::Time => 1,
                    Part::Relative if at(end + 1) == Part::Weekday => 1,
                    Part::Day if is_month(end + 1) => 1,
                    Part::Year if end == start || is_month(end - 1) || previous == Part::Day => 1,
                    Part::Marker if matches!(previous, Part::Time | Part::Year) => 1,
                    Part::Comma
                        if end > start
                            && (matches!(at(end + 1), Part::Day | Part::Time)
                                || is_month(end + 1)) =>
                    {
                        1
                    }
                    _ => 0,
                };
                if step == 0 {
                    break;
                }
                end += step;
            }
            if end > start {
                found.push(Mention {
                    tokens: range.start + start..range.start + end,
                    label: Label::Date,
                });
                offset = end;
            } else {
                offset += 1;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<String> {
        let document = Document::new(text);
        find(&document)
            .iter()
            .map(|m| {
                document
                    .slice(super::super::span(&document, &m.tokens))
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn runs_of_date_parts() {
        assert_eq!(
            dates("الأربعاء، 25 أكتوبر 2017 03:30 م\nفي معركة"),
            vec!["الأربعاء، 25 أكتوبر 2017 03:30 م"]
        );
        assert_eq!(dates("قال أمس الثلاثاء، إن"), vec!["أمس الثلاثاء"]);
        assert_eq!(dates("في إصدار مرئي، الاثنين، من"), vec!["الاثنين"]);
        assert_eq!(
            dates("في كانون الثاني وفي 3 ذو الحجة"),
            vec!["كانون الثاني", "3 ذو الحجة"]
        );
        assert_eq!(dates("منذ عام 2014 وفي 1 مايو"), vec!["2014", "1 مايو"]);
    }

    #[test]
    fn ambiguous_months_need_a_number() {
        assert!(dates("مارس الضغط على رجب").is_empty());
        assert!(dates("قتل 25 شخصا في 2017").is_empty());
    }
}
