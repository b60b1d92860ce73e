//! Words more than one stage reads, listed once.

/// Direction words, normalised: the noun (شمال), its adjective where the
/// stages read one (شمالي), and the English the places stage names a region
/// with (North Lebanon).
pub const DIRECTIONS: &[(&str, Option<&str>, &str)] = &[
    ("جنوب", Some("جنوبي"), "South"),
    ("شرق", Some("شرقي"), "East"),
    ("شمال", Some("شمالي"), "North"),
    ("غرب", Some("غربي"), "West"),
    ("وسط", None, "Central"),
];

/// The English of a direction noun or adjective (جنوب، جنوبي → South).
pub fn direction(word: &str) -> Option<&'static str> {
    DIRECTIONS
        .iter()
        .find(|(noun, adjective, _)| *noun == word || *adjective == Some(word))
        .map(|(_, _, english)| *english)
}

/// Words of a place's surroundings, normalised and without the article:
/// between a name and a known place they say the name lies by it (قرية
/// بريف إدلب، بلدة قرب الخليل، حي بضواحي الرباط، على أطراف المدينة).
pub const VICINITY: &[&str] = &["ريف", "ارياف", "ضواحي", "ضاحيه", "اطراف", "محيط", "قرب"];

/// Prepositions written as words, normalised: they stand between two
/// people's names (فابريغاس إلى كولو توريه) and before a name that is no
/// verb's subject (مع مودي). على is not one: normalised, it is the name
/// علي.
pub const PREPOSITIONS: &[&str] = &[
    "الي", "في", "من", "عن", "مع", "ضد", "بين", "عند", "لدي", "حتي",
];

/// A bare word without its article (المعسكر → معسكر), for lists of words
/// kept without it.
pub fn without_article(word: &str) -> &str {
    word.strip_prefix("ال").unwrap_or(word)
}

/// The stem of a normalised word shaped like a relative adjective, before
/// its ي or يه (رسميه → رسم، عراقي → عراق), when that leaves `min_letters`
/// letters or more.
pub fn relative_adjective_stem(word: &str, min_letters: usize) -> Option<&str> {
    word.strip_suffix("يه")
        .or_else(|| word.strip_suffix('ي'))
        .filter(|stem| stem.chars().count() >= min_letters)
}

/// True for a direction noun (شمال، جنوب، شرق، غرب، وسط).
pub fn is_direction_noun(word: &str) -> bool {
    DIRECTIONS.iter().any(|(noun, _, _)| *noun == word)
}

/// True for a direction adjective without the article (جنوبي، شمالي).
pub fn is_direction_adjective(word: &str) -> bool {
    DIRECTIONS
        .iter()
        .any(|(_, adjective, _)| *adjective == Some(word))
}

/// Day names, normalised, with the article. Without the article they are
/// mostly other words (أحد "one").
pub const WEEKDAYS: &[&str] = &[
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];
