//! The gazetteer: Arabic names of countries, world regions, continents,
//! seas and rivers, states and cities, each with its English name, kind,
//! country, coordinates and a population class, and a matcher that finds
//! those names in a [`Document`] through clitics (وسوريا، بالموصل، للعراق).
//!
//! The table is built by `lamha-build gazetteer` from CLDR, the dr5hn
//! countries-states-cities database and a hand-written list (see
//! `data/README.md`), and embedded as `data/gazetteer.tsv`, parsed once on
//! first use. Its format, one place a line:
//!
//! ```text
//! kind<TAB>country<TAB>lat<TAB>lon<TAB>population class<TAB>English name<TAB>names
//! ```
//!
//! `kind` is one letter (`c` country, `s` state, `t` city or town, `r`
//! region, `k` continent, `w` water, `l` landmark); `country` is an ISO
//! 3166-1 alpha-2 code or empty for a place spanning several countries;
//! `names` are the place's Arabic names in normalised form ([`name_key`]),
//! separated by `|`, a name marked `*` (doubtful) when the training corpora
//! show it more often as a word, a person or a club than as a place
//! (المدينة، شيراك، مدريد).

use std::borrow::Cow;
use std::cmp::Reverse;
use std::ops::Range;
use std::sync::OnceLock;

use crate::analysis::{Place, PlaceKind};
use crate::lexicon::WordMap;
use crate::text::{Document, Normalized, PerWord, TokenKind, Vocabulary, tokenize::tokenize};

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The place's name in English.
    pub name: &'static str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of its country; `None` for places spanning
    /// several countries (regions, continents, seas).
    pub country: Option<&'static str>,
    /// Latitude in degrees, to two decimals.
    pub lat: f64,
    /// Longitude in degrees, to two decimals.
    pub lon: f64,
    /// Population class: 0 when unknown, else `2·log10(population)` rounded
    /// down (100k people = 10, 1M = 12); the builder gives hand-written
    /// regions, continents and seas a high class so they outrank towns, and
    /// states of unknown population that of a large city.
    pub population_class: u8,
}

/// Population class from which a city or state is notable (100k people).
const NOTABLE_CLASS: u8 = 10;

impl Entry {
    /// True for a place well enough known to be recognised under a guessed
    /// reading or another spelling: a country, continent, region, sea or
    /// landmark, or a city or state of 100k people or more. Small towns
    /// with such readings are mostly accidents (بوداي read as ب + و + داي).
    pub fn is_notable(&self) -> bool {
        !matches!(self.kind, PlaceKind::City | PlaceKind::State)
            || self.population_class >= NOTABLE_CLASS
    }

    /// The entry as the analysis reports it.
    pub fn place(&self) -> Place {
        Place {
            name: self.name.to_string(),
            kind: self.kind,
            country: self.country.map(str::to_string),
            lat: Some(self.lat),
            lon: Some(self.lon),
        }
    }
}

/// The places one normalised name may stand for.
#[derive(Debug, Clone, Default)]
struct Candidates {
    /// Indices into [`Gazetteer::entries`], in table order.
    entries: Vec<u32>,
    /// The name is doubtful (see the module documentation).
    doubtful: bool,
}

/// A gazetteer name found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMatch {
    /// The tokens of the name (the first may carry clitics).
    pub tokens: Range<usize>,
    /// Byte range of the name in the original text, without the first
    /// token's conjunction and preposition (وبالموصل → الموصل).
    pub span: Range<usize>,
    /// The normalised name that matched (for a coordinated region such as
    /// شرق ووسط آسيا, the inner name وسط اسيا).
    pub key: String,
    /// The places the name may stand for, indices into
    /// [`Gazetteer::entries`].
    pub candidates: Vec<u32>,
    /// The most likely place without any context ([`Gazetteer::best`]).
    pub best: u32,
    /// The kind of the matched place: the best entry's, or
    /// [`PlaceKind::Region`] for a direction before a place (شمال سوريا,
    /// شرق ووسط آسيا).
    pub kind: PlaceKind,
    /// For a direction before a place: the directions in English ("North",
    /// "East and Central").
    pub direction: Option<String>,
    /// The name is more often a word, a person or a club than a place in the
    /// training corpora (المدينة، مدريد): only a tagger's decision makes it
    /// a place.
    pub doubtful: bool,
    /// No name matched exactly, only one written with other vowels or
    /// spacing (تايلند for تايلاند, ابوظبي for ابو ظبي; see [`skeleton`]):
    /// good enough to resolve a place the tagger found, not to find one.
    pub fuzzy: bool,
}

/// The gazetteer: entries and the index from normalised names to them.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Every normalised name ([`name_key`]) and the places it may stand for.
    names: Vec<(&'static str, Candidates)>,
    /// The names and the first words of the names of several words
    /// (`"ابو"` and `"ابو ظبي"` for ابو ظبي الجديدة), as keys: a name's
    /// index into `names`, [`NAME_START`] for first words only. A run of
    /// words not here starts no name, so matching stops there. One map for
    /// both: the matcher asks it at every word, and most words are neither.
    known: WordMap<&'static str, u32>,
    /// The countries, regions, continents, seas, landmarks and cities of a
    /// million people by the [`skeleton`] of their names.
    skeletons: WordMap<String, Vec<u32>>,
    /// Words in the longest name.
    max_words: usize,
}

/// The value of [`Gazetteer::known`] for the first words of a name that are
/// no name themselves.
const NAME_START: u32 = u32::MAX;

/// The embedded table (see the module documentation).
static GAZETTEER_TSV: &str = include_str!("../../data/gazetteer.tsv");

/// Words of direction that make a region of the place after them (جنوب
/// لبنان), with their English form.
const DIRECTIONS: &[(&str, &str)] = &[
    ("جنوب", "South"),
    ("جنوبي", "South"),
    ("شرق", "East"),
    ("شرقي", "East"),
    ("شمال", "North"),
    ("شمالي", "North"),
    ("غرب", "West"),
    ("غربي", "West"),
    ("وسط", "Central"),
];

fn direction(word: &str) -> Option<&'static str> {
    DIRECTIONS
        .iter()
        .find(|(arabic, _)| *arabic == word)
        .map(|(_, english)| *english)
}

/// The key a name is indexed under: its normalised words (the project's
/// [`Normalized`] folding: hamza forms of alef, ta marbuta, alef maqsura,
/// harakat) joined by single spaces. The builder and the matcher both use it,
/// so spelling variants that fold alike (أفريقيا / إفريقيا) match.
pub fn name_key(name: &str) -> String {
    let normalized = Normalized::new(name);
    let mut key = String::new();
    for token in tokenize(&normalized) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(token.norm_str(&normalized));
    }
    key
}

fn parse_kind(letter: &str) -> Option<PlaceKind> {
    Some(match letter {
        "c" => PlaceKind::Country,
        "s" => PlaceKind::State,
        "t" => PlaceKind::City,
        "r" => PlaceKind::Region,
        "k" => PlaceKind::Continent,
        "w" => PlaceKind::Water,
        "l" => PlaceKind::Landmark,
        _ => return None,
    })
}

/// The letter the table writes for `kind`.
pub fn kind_letter(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Country => "c",
        PlaceKind::State => "s",
        PlaceKind::City => "t",
        PlaceKind::Region => "r",
        PlaceKind::Continent => "k",
        PlaceKind::Water => "w",
        PlaceKind::Landmark => "l",
    }
}

/// How kinds rank when everything else is equal: the larger, the likelier
/// meant by a bare name.
fn kind_rank(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Country => 6,
        PlaceKind::Continent => 5,
        PlaceKind::Region => 4,
        PlaceKind::Water => 3,
        PlaceKind::City => 2,
        PlaceKind::State => 1,
        PlaceKind::Landmark => 0,
    }
}

/// How much a place in a country the document already names gains, in
/// population classes (one class is a factor of about 3).
const CONTEXT_BONUS: u8 = 3;

/// Population class from which a city or state is matched by its skeleton
/// (a million people): smaller towns share skeletons with too many other
/// names (البريج, a camp in Gaza, and Aalborg's آلبورج).
const FUZZY_CITY_CLASS: u8 = 12;

/// Skeletons shorter than this match too much to be trusted (اسن, Essen,
/// and Osun).
const MIN_SKELETON_LETTERS: usize = 4;

/// A name's skeleton, for matching spellings the table lacks: without
/// spaces, without the long vowels ا و ي inside words and a final ه (ة), and
/// with غ read as ج (both write a foreign g): تايلاند /
/// تايلند, هونغ كونغ / هونج كونج, ابو ظبي / ابوظبي, بولندا / بولنده.
pub fn skeleton(key: &str) -> String {
    let mut skeleton = String::with_capacity(key.len());
    write_skeleton(key, &mut skeleton);
    skeleton
}

/// Writes the [`skeleton`] of `key` into `skeleton`, which is cleared first:
/// the fuzzy lookup asks for one per unmatched word, and reusing one buffer
/// spares an allocation each time.
fn write_skeleton(key: &str, skeleton: &mut String) {
    skeleton.clear();
    // One pass over the key's letters, a space ending a word.
    let mut letters = key.chars();
    let mut inside = false;
    while let Some(letter) = letters.next() {
        if letter == ' ' {
            inside = false;
            continue;
        }
        let rest = letters.as_str();
        let last = rest.is_empty() || rest.starts_with(' ');
        match letter {
            'ا' | 'و' | 'ي' if inside => {}
            'ه' if inside && last => {}
            'غ' => skeleton.push('ج'),
            _ => skeleton.push(letter),
        }
        inside = true;
    }
}

/// Which reading of a word matches a place fuzzily (its index among the
/// readings) and the candidates; `None` when none does.
type FuzzyChoice<'a> = Option<(usize, &'a [u32])>;

/// A word seen more often than this in the corpora is never read as clitics
/// and a name unless the clitic splitter says so.
const GUESS_MAX_COUNT: u32 = 20;

/// `word` without a leading و ف ب ك ل, if three letters or more remain.
fn without_clitic_letter(word: &str) -> Option<&str> {
    word.strip_prefix(['و', 'ف', 'ب', 'ك', 'ل'])
        .filter(|stripped| stripped.chars().count() >= 3)
}

/// One reading of a name's first word.
struct Reading<'a> {
    /// The word as looked up.
    word: Cow<'a, str>,
    /// Where the name would start in the original.
    span_start: usize,
    /// A guess beyond the clitic splitter: only a [`Entry::is_notable`]
    /// place may be read so.
    guessed: bool,
}

/// The readings of a name's first word: without its conjunction and
/// preposition as the clitic splitter found them (وبالموصل → الموصل), as
/// written (بيروت), and, where the splitter kept the word whole, without a
/// leading و ف ب ك ل or two (بمكة → مكة, where the word is rare; guessed).
/// They replace what `readings` held: the matcher asks for them at every
/// Arabic word and reuses one vector.
fn first_word_readings<'a>(document: &'a Document, index: usize, readings: &mut Vec<Reading<'a>>) {
    readings.clear();
    let token = &document.tokens[index];
    let norm = document.norm(index);
    let bare = document.bare(index);
    let whole = bare == norm;
    readings.push(Reading {
        word: Cow::Borrowed(bare),
        span_start: document.bare_span(index).start,
        guessed: false,
    });
    if !whole {
        readings.push(Reading {
            word: Cow::Borrowed(norm),
            span_start: token.span.start,
            guessed: false,
        });
        return;
    }
    // A common word the splitter kept whole is a word, not a clitic and a
    // name (كبيرا is not ك + بيرا, Beira). Asked only of words with a
    // letter to strip: most have none.
    if without_clitic_letter(norm).is_none() || Vocabulary::embedded().count(norm) > GUESS_MAX_COUNT
    {
        return;
    }
    let mut rest = norm;
    for _ in 0..2 {
        let Some(stripped) = without_clitic_letter(rest) else {
            break;
        };
        let offset = token.norm.start + (norm.len() - stripped.len());
        readings.push(Reading {
            word: Cow::Borrowed(stripped),
            span_start: document.normalized.original_start(offset),
            guessed: true,
        });
        // ل + ال is written لل: the article's alef comes back.
        if rest.starts_with('ل') && stripped.starts_with('ل') {
            readings.push(Reading {
                word: Cow::Owned(format!("ا{stripped}")),
                span_start: token.span.start,
                guessed: true,
            });
        }
        rest = stripped;
    }
}

impl Gazetteer {
    /// The gazetteer embedded in the library, parsed once.
    pub fn embedded() -> &'static Gazetteer {
        static PARSED: OnceLock<Gazetteer> = OnceLock::new();
        PARSED.get_or_init(|| Gazetteer::parse(GAZETTEER_TSV))
    }

    /// Parses the table format of the module documentation; malformed lines
    /// are skipped.
    pub fn parse(tsv: &'static str) -> Gazetteer {
        let mut gazetteer = Gazetteer::default();
        // About one name per line: the maps are sized once, not regrown.
        let lines = tsv.lines().count();
        gazetteer.entries.reserve(lines);
        gazetteer.names.reserve(lines);
        gazetteer.known.reserve(lines);
        for line in tsv.lines() {
            let mut fields = line.split('\t');
            let mut field = || fields.next();
            let (
                Some(kind),
                Some(country),
                Some(lat),
                Some(lon),
                Some(class),
                Some(name),
                Some(names),
                None,
            ) = (
                field(),
                field(),
                field(),
                field(),
                field(),
                field(),
                field(),
                field(),
            )
            else {
                continue;
            };
            let (Some(kind), Ok(lat), Ok(lon), Ok(population_class)) =
                (parse_kind(kind), lat.parse(), lon.parse(), class.parse())
            else {
                continue;
            };
            let index = gazetteer.entries.len() as u32;
            gazetteer.entries.push(Entry {
                name,
                kind,
                country: (!country.is_empty()).then_some(country),
                lat,
                lon,
                population_class,
            });
            for marked in names.split('|').filter(|n| !n.is_empty()) {
                let (key, doubtful) = match marked.strip_prefix('*') {
                    Some(key) => (key, true),
                    None => (marked, false),
                };
                gazetteer.max_words = gazetteer.max_words.max(key.split(' ').count());
                for (space, _) in key.match_indices(' ') {
                    gazetteer.known.entry(&key[..space]).or_insert(NAME_START);
                }
                let known = gazetteer.known.entry(key).or_insert(NAME_START);
                if *known == NAME_START {
                    *known = gazetteer.names.len() as u32;
                    gazetteer.names.push((key, Candidates::default()));
                }
                let candidates = &mut gazetteer.names[*known as usize].1;
                candidates.entries.push(index);
                candidates.doubtful |= doubtful;
                let skeleton = skeleton(key);
                let entry = &gazetteer.entries[index as usize];
                let well_known = !matches!(entry.kind, PlaceKind::City | PlaceKind::State)
                    || entry.population_class >= FUZZY_CITY_CLASS;
                if well_known && skeleton.chars().count() >= MIN_SKELETON_LETTERS {
                    gazetteer.skeletons.entry(skeleton).or_default().push(index);
                }
            }
        }
        gazetteer
    }

    /// Every entry, in table order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry at `index` (as [`PlaceMatch::best`] and
    /// [`Gazetteer::lookup`] give it).
    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }

    /// The entries a normalised name ([`name_key`]) may stand for, and
    /// whether the name is doubtful (more often not a place).
    pub fn lookup(&self, key: &str) -> Option<(&[u32], bool)> {
        let name = self.known.get(key).filter(|&&name| name != NAME_START)?;
        let candidates = &self.names[*name as usize].1;
        Some((candidates.entries.as_slice(), candidates.doubtful))
    }

    /// The likeliest place among `candidates`: a country beats any
    /// same-named smaller place (سوريا is Syria, not the Spanish province);
    /// then the larger population, where a place in one of
    /// `context_countries` (countries the document names) gains three
    /// classes (a factor of about 30); then the kind (country, continent,
    /// region, water, city, state, landmark); then table order. `None` only
    /// for an empty slice.
    pub fn best(&self, candidates: &[u32], context_countries: &[&str]) -> Option<u32> {
        candidates
            .iter()
            .copied()
            .max_by_key(|&index| (self.score(index, context_countries), Reverse(index)))
    }

    /// How likely the entry at `index` is meant, as [`Gazetteer::best`]
    /// orders it: larger is likelier.
    fn score(&self, index: u32, context_countries: &[&str]) -> (bool, u8, u8) {
        let entry = self.entry(index);
        let mut class = entry.population_class;
        if entry
            .country
            .is_some_and(|country| context_countries.contains(&country))
        {
            class += CONTEXT_BONUS;
        }
        (
            entry.kind == PlaceKind::Country,
            class,
            kind_rank(entry.kind),
        )
    }

    /// The gazetteer names in `document`, left to right, longest first, not
    /// overlapping: a lexicon feature for the tagger and the places stage's
    /// raw material.
    ///
    /// A name's first word is looked up without its conjunction and
    /// preposition (`Document::bare`: وسوريا، بالموصل، للعراق), as written,
    /// and without a leading و ف ب ك ل the clitic splitter kept (بمكة); the
    /// other words as written. Where no name matches exactly, names with the
    /// same [`skeleton`] do, marked [`PlaceMatch::fuzzy`]. Names do not run across a line
    /// break. A direction word before a country, state, region or continent
    /// makes a region (جنوب لبنان), and so does a direction coordinated
    /// with the first word of a region name (شرق ووسط آسيا).
    pub fn matches(&self, document: &Document) -> Vec<PlaceMatch> {
        self.matches_fuzzy_where(document, |_| true)
    }

    /// [`Gazetteer::matches`], with fuzzy matches looked for only on the
    /// tokens for which `fuzzy_wanted` is true: finding a word's likeliest
    /// fuzzy reading is most of the work for a word that names no place,
    /// and the places stage uses fuzzy matches only inside the tagger's
    /// places.
    pub fn matches_fuzzy_where(
        &self,
        document: &Document,
        fuzzy_wanted: impl Fn(usize) -> bool,
    ) -> Vec<PlaceMatch> {
        let mut found: Vec<PlaceMatch> = Vec::new();
        // Fuzzy matches only fill the gaps, one word at a time: across words
        // skeletons are short enough to match anything (الي روسيا and الرس).
        // They are looked for where no exact name starts, with the same
        // readings, and kept below where no exact name covers them (a
        // direction word may join the name after it).
        let mut fuzzy = Vec::new();
        // What a word's readings give depends on the word alone (not on
        // where it stands): whether a name may start with it, and its fuzzy
        // choice. Each is found once per word of the text, and most words
        // start no name, so most repeats are passed over at once.
        let mut starts: PerWord<bool> = PerWord::new(document);
        let mut choices: PerWord<FuzzyChoice> = PerWord::new(document);
        let mut readings = Vec::new();
        let mut skeleton = String::new();
        let mut index = 0;
        while index < document.tokens.len() {
            if document.tokens[index].kind != TokenKind::Arabic {
                index += 1;
                continue;
            }
            let mut read = false;
            let starts_name = starts.get(document, index, || {
                first_word_readings(document, index, &mut readings);
                read = true;
                readings
                    .iter()
                    .any(|reading| self.known.contains_key(reading.word.as_ref()))
            });
            let wants_fuzzy = fuzzy_wanted(index);
            if !starts_name && !wants_fuzzy {
                index += 1;
                continue;
            }
            if !read {
                first_word_readings(document, index, &mut readings);
            }
            let matched = starts_name
                .then(|| self.longest_at(document, index, &readings, &mut skeleton))
                .flatten();
            let Some(mut matched) = matched else {
                let choice = wants_fuzzy.then(|| {
                    choices.get(document, index, || {
                        self.likeliest_reading(&readings, "", true, &mut skeleton)
                            .map(|(reading_index, _, candidates, _)| (reading_index, candidates))
                    })
                });
                // The word's readings are those the choice was made among.
                if let Some(Some((reading_index, candidates))) = choice
                    && let Some(reading) = readings.get(reading_index)
                {
                    fuzzy.extend(self.place_match(
                        document,
                        index..index + 1,
                        reading.span_start,
                        reading.word.clone().into_owned(),
                        candidates,
                        false,
                        true,
                    ));
                }
                index += 1;
                continue;
            };
            let previous_end = found.last().map_or(0, |m| m.tokens.end);
            self.extend_with_direction(document, &mut matched, previous_end);
            index = matched.tokens.end;
            found.push(matched);
        }
        let mut exact = found.iter().peekable();
        fuzzy.retain(|candidate: &PlaceMatch| {
            let index = candidate.tokens.start;
            while exact.peek().is_some_and(|m| m.tokens.end <= index) {
                exact.next();
            }
            exact.peek().is_none_or(|m| m.tokens.start > index)
        });
        if !fuzzy.is_empty() {
            found.extend(fuzzy);
            found.sort_by_key(|m| m.tokens.start);
        }
        found
    }

    /// The longest name starting at the Arabic token `start`, its first word
    /// read as `readings`, if any. `scratch` is space for keys and
    /// skeletons, reused between calls.
    fn longest_at(
        &self,
        document: &Document,
        start: usize,
        readings: &[Reading],
        scratch: &mut String,
    ) -> Option<PlaceMatch> {
        let tokens = &document.tokens;
        let mut end = start + 1;
        while end < tokens.len()
            && end - start < self.max_words
            && tokens[end].breaks_before == 0
            && tokens[end].kind != TokenKind::Quote
        {
            end += 1;
        }
        let end = self.names_end(document, start..end, readings, scratch)?;
        (start + 1..=end)
            .rev()
            .find_map(|last| self.name_at(document, start..last, readings, false, scratch))
    }

    /// The end of the longest run of the tokens `range`, from its start and
    /// read as `readings`, that is a name or a name's first words
    /// ([`Gazetteer::known`]); `None` if even the first word is
    /// neither. No name ends further. The keys are built in `key`.
    fn names_end(
        &self,
        document: &Document,
        range: Range<usize>,
        readings: &[Reading],
        key: &mut String,
    ) -> Option<usize> {
        let known = |key: &str| self.known.contains_key(key);
        readings
            .iter()
            .filter(|reading| known(&reading.word))
            .map(|reading| {
                key.clear();
                key.push_str(&reading.word);
                let mut end = range.start + 1;
                while end < range.end {
                    key.push(' ');
                    key.push_str(document.norm(end));
                    if !known(key) {
                        break;
                    }
                    end += 1;
                }
                end
            })
            .max()
    }

    /// The name that the tokens `range` spell, exactly, or, for one word,
    /// fuzzily where no name matches exactly: how the places stage resolves
    /// a place the tagger found when no gazetteer name lies inside it (مكة
    /// tagged alone in مكة المكرمة).
    pub fn name_of(&self, document: &Document, range: Range<usize>) -> Option<PlaceMatch> {
        if range.is_empty()
            || range.end > document.tokens.len()
            || document.tokens[range.start].kind != TokenKind::Arabic
        {
            return None;
        }
        let mut readings = Vec::new();
        first_word_readings(document, range.start, &mut readings);
        let mut skeleton = String::new();
        self.name_at(document, range.clone(), &readings, false, &mut skeleton)
            .or_else(|| {
                (range.len() == 1)
                    .then(|| self.name_at(document, range, &readings, true, &mut skeleton))
                    .flatten()
            })
    }

    /// The name the tokens `range` spell, the first read as `readings`;
    /// `skeleton` is scratch space for a fuzzy lookup, reused between calls.
    fn name_at(
        &self,
        document: &Document,
        range: Range<usize>,
        readings: &[Reading],
        fuzzy: bool,
        skeleton: &mut String,
    ) -> Option<PlaceMatch> {
        let mut rest = String::new();
        for i in range.start + 1..range.end {
            rest.push(' ');
            rest.push_str(document.norm(i));
        }
        let (reading_index, key, candidates, doubtful) =
            self.likeliest_reading(readings, &rest, fuzzy, skeleton)?;
        self.place_match(
            document,
            range,
            readings[reading_index].span_start,
            key.into_owned(),
            candidates,
            doubtful,
            fuzzy,
        )
    }

    /// Which of `readings` of a name's first word, followed by the words
    /// `rest` (each after a space), names a place, the likelier when several
    /// do (ب + اريس, a town in Algeria, and باريس): its index, the key looked
    /// up, the candidates and whether they are doubtful.
    fn likeliest_reading<'r>(
        &self,
        readings: &'r [Reading],
        rest: &str,
        fuzzy: bool,
        skeleton: &mut String,
    ) -> Option<(usize, Cow<'r, str>, &[u32], bool)> {
        let (_, Reverse(reading_index), key, candidates, doubtful) = readings
            .iter()
            .enumerate()
            .filter_map(|(reading_index, reading)| {
                // One word is looked up as it is: most lookups fail, and
                // need no copy.
                let key = if rest.is_empty() {
                    Cow::Borrowed(reading.word.as_ref())
                } else {
                    Cow::Owned(format!("{}{rest}", reading.word))
                };
                let (candidates, doubtful) = if fuzzy {
                    // A skeleton has no more letters than its key, and none
                    // this short is indexed (the commonest words are).
                    key.chars().nth(MIN_SKELETON_LETTERS - 1)?;
                    write_skeleton(&key, skeleton);
                    (self.skeletons.get(skeleton.as_str())?.as_slice(), false)
                } else {
                    self.lookup(&key)?
                };
                let best = self.best(candidates, &[])?;
                if reading.guessed && !self.entry(best).is_notable() {
                    return None;
                }
                let score = self.score(best, &[]);
                Some((score, Reverse(reading_index), key, candidates, doubtful))
            })
            .max_by_key(|(score, reading_index, ..)| (*score, *reading_index))?;
        Some((reading_index, key, candidates, doubtful))
    }

    /// The match of the tokens `range` as the name `key`, starting in the
    /// original at `span_start`, which may stand for `candidates`.
    #[allow(clippy::too_many_arguments)]
    fn place_match(
        &self,
        document: &Document,
        range: Range<usize>,
        span_start: usize,
        key: String,
        candidates: &[u32],
        doubtful: bool,
        fuzzy: bool,
    ) -> Option<PlaceMatch> {
        let best = self.best(candidates, &[])?;
        Some(PlaceMatch {
            span: span_start..document.tokens[range.end - 1].span.end,
            tokens: range,
            key,
            candidates: candidates.to_vec(),
            best,
            kind: self.entry(best).kind,
            direction: None,
            doubtful,
            fuzzy,
        })
    }

    /// Widens `matched` over a direction word before it (see
    /// [`Gazetteer::matches`]), unless that word belongs to the previous
    /// match (which ends at token `previous_end`).
    fn extend_with_direction(
        &self,
        document: &Document,
        matched: &mut PlaceMatch,
        previous_end: usize,
    ) {
        let start = matched.tokens.start;
        if start == 0 || start - 1 < previous_end {
            return;
        }
        let before = start - 1;
        if document.tokens[start].breaks_before > 0
            || document.tokens[before].kind != TokenKind::Arabic
        {
            return;
        }
        let Some(before_direction) = direction(document.bare(before)) else {
            return;
        };
        let first_word = matched.key.split(' ').next().unwrap_or_default();
        let coordinated = document.tokens[start].clitics.conjunction == Some('و')
            && direction(first_word).is_some()
            && matches!(matched.kind, PlaceKind::Region | PlaceKind::Continent);
        let directed = matches!(
            matched.kind,
            PlaceKind::Country | PlaceKind::State | PlaceKind::Continent
        ) && direction(first_word).is_none();
        if !(coordinated || directed) {
            return;
        }
        matched.direction = Some(if coordinated {
            format!("{before_direction} and")
        } else {
            before_direction.to_string()
        });
        matched.tokens.start = before;
        matched.span.start = document.bare_span(before).start;
        matched.kind = PlaceKind::Region;
    }

    /// The place a match stands for, choosing among its candidates with
    /// the countries the document names as context (see
    /// [`Gazetteer::best`]).
    pub fn place(&self, matched: &PlaceMatch, context_countries: &[&str]) -> Place {
        let best = self
            .best(&matched.candidates, context_countries)
            .unwrap_or(matched.best);
        let mut place = self.entry(best).place();
        if let Some(direction) = &matched.direction {
            place.name = format!("{direction} {}", place.name);
            place.kind = PlaceKind::Region;
        }
        place
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "c\tSY\t35\t38\t14\tSyria\tسوريا|سوريه\n\
        s\tES\t41.76\t-2.46\t9\tSoria\tسوريا\n\
        t\tIQ\t36.34\t43.12\t12\tMosul\tالموصل\n\
        t\tSY\t35.95\t39.01\t11\tRaqqa\tالرقه\n\
        t\tKW\t29.15\t48.09\t9\tAr Riqqah\tالرقه\n\
        t\tKW\t29.15\t48.09\t9\tMadinat\t*المدينه\n\
        r\t\t40\t70\t16\tCentral Asia\tوسط اسيا\n\
        c\tLB\t33.83\t35.83\t13\tLebanon\tلبنان\n\
        c\tUS\t38\t-97\t17\tUnited States\tالولايات المتحده|الولايات المتحده الامريكيه\n\
        c\tTH\t15\t100\t16\tThailand\tتايلاند\n\
        t\tSA\t21.42\t39.83\t12\tMecca\tمكه\n\
        bad line\n";

    fn gazetteer() -> Gazetteer {
        Gazetteer::parse(TABLE)
    }

    fn keys(text: &str) -> Vec<(String, String)> {
        let document = Document::new(text);
        gazetteer()
            .matches(&document)
            .into_iter()
            .map(|m| (document.slice(m.span.clone()).to_string(), m.key))
            .collect()
    }

    #[test]
    fn countries_win_then_population_then_context() {
        let g = gazetteer();
        let (syria, _) = g.lookup("سوريا").unwrap();
        assert_eq!(g.entry(g.best(syria, &[]).unwrap()).name, "Syria");
        let (raqqa, _) = g.lookup("الرقه").unwrap();
        assert_eq!(g.entry(g.best(raqqa, &[]).unwrap()).name, "Raqqa");
        assert_eq!(g.entry(g.best(raqqa, &["KW"]).unwrap()).name, "Ar Riqqah");
        assert_eq!(g.best(&[], &[]), None);
    }

    #[test]
    fn matches_through_clitics_and_multiword_names() {
        assert_eq!(
            keys("من سوريا وبالموصل، والولايات المتحدة الأمريكية."),
            vec![
                ("سوريا".to_string(), "سوريا".to_string()),
                ("الموصل".to_string(), "الموصل".to_string()),
                (
                    "الولايات المتحدة الأمريكية".to_string(),
                    "الولايات المتحده الامريكيه".to_string()
                ),
            ]
        );
    }

    #[test]
    fn directions_make_regions() {
        let text = "في شرق ووسط آسيا وجنوب لبنان";
        let document = Document::new(text);
        let g = gazetteer();
        let found = g.matches(&document);
        assert_eq!(found.len(), 2);
        assert_eq!(document.slice(found[0].span.clone()), "شرق ووسط آسيا");
        assert_eq!(found[0].kind, PlaceKind::Region);
        assert_eq!(g.place(&found[0], &[]).name, "East and Central Asia");
        assert_eq!(document.slice(found[1].span.clone()), "جنوب لبنان");
        let south_lebanon = g.place(&found[1], &[]);
        assert_eq!(south_lebanon.kind, PlaceKind::Region);
        assert_eq!(south_lebanon.country.as_deref(), Some("LB"));
    }

    #[test]
    fn other_spellings_match_fuzzily_one_word_at_a_time() {
        assert_eq!(skeleton("هونغ كونغ"), skeleton("هونجكونج"));
        // Each word keeps its first letter and loses a final ه.
        assert_eq!(skeleton("ابو ظبي"), "ابظب");
        assert_eq!(skeleton("مدينه غزه"), "مدنجز");
        assert_eq!(skeleton("هه و"), "هو");
        assert_eq!(skeleton("تايلاند"), skeleton("تايلند"));
        let document = Document::new("وصل إلى تايلند، ثم الى روسيا");
        let found = gazetteer().matches(&document);
        assert_eq!(found.len(), 1);
        assert_eq!(document.slice(found[0].span.clone()), "تايلند");
        assert!(found[0].fuzzy);
    }

    #[test]
    fn a_clitic_the_splitter_kept_is_stripped_for_a_name() {
        let document = Document::new("وصل بمكة");
        let found = gazetteer().matches(&document);
        assert_eq!(document.slice(found[0].span.clone()), "مكة");
        assert!(!found[0].fuzzy);
    }

    #[test]
    fn doubtful_names_are_marked() {
        let document = Document::new("في المدينة");
        let found = gazetteer().matches(&document);
        assert!(found[0].doubtful);
    }

    #[test]
    fn embedded_table_is_well_formed() {
        let g = Gazetteer::embedded();
        assert_eq!(g.entries().len(), GAZETTEER_TSV.lines().count());
        for entry in g.entries() {
            assert!(!entry.name.is_empty());
            assert!((-90.0..=90.0).contains(&entry.lat), "{entry:?}");
            assert!((-180.0..=180.0).contains(&entry.lon), "{entry:?}");
            if let Some(country) = entry.country {
                assert!(
                    country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
                    "{entry:?}"
                );
            }
        }
        for (key, _) in &g.names {
            assert_eq!(*key, name_key(key), "names are stored normalised");
        }
    }

    #[test]
    fn news_spellings_fold_alike() {
        let g = Gazetteer::embedded();
        let place = |text: &str| {
            let document = Document::new(text);
            let found = g.matches(&document);
            assert_eq!(found.len(), 1, "{text}");
            let place = g.place(&found[0], &[]);
            (place.name, place.country)
        };
        let us = ("United States".to_string(), Some("US".to_string()));
        assert_eq!(place("الولايات المتحدة الأمريكية"), us);
        assert_eq!(place("الولايات المتحدة الأميركية"), us);
        assert_eq!(place("وأميركا"), us);
        assert_eq!(place("إفريقيا").0, "Africa");
        assert_eq!(place("أفريقيا").0, "Africa");
        assert_eq!(place("سورية").1.as_deref(), Some("SY"));
        assert_eq!(place("فيرجينيا").1.as_deref(), Some("US"));
    }

    #[test]
    fn embedded_table_parses() {
        let g = Gazetteer::embedded();
        assert!(g.entries().len() > 5000);
        let (syria, _) = g.lookup(&name_key("سوريا")).unwrap();
        assert_eq!(g.entry(g.best(syria, &[]).unwrap()).country, Some("SY"));
    }
}
