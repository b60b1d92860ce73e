//! Places named in lists: a local story lists its villages and communes
//! after a plural head (بلديات ذات الطابع الفلاحي مثل المقرن، حاسي خليفة،
//! الطريفاوي …; مخيمات النازحين: (صوابين، الروضة، ذنة)), and a name joined
//! to a known place of one country is often a place of that country too
//! (مناطق كورسك وفورونيج وبريانسك; بين صفاقس والقصرين).
//!
//! Three readings, all of the article's own words:
//! - **introduced**: a plural head of settlements or districts (مدن، قرى،
//!   بلديات، مخيمات، مناطق …), then items right after it or after مثل,
//!   منها, من بينها, a colon or an opening parenthesis: each item of one to
//!   three name-like words is a place, whatever the tagger said;
//! - **anchored**: a list of rare names whose last is followed by في or ب
//!   and a known place (ومنطقة مشتى الحلو والعنازة ودريكيش في طرطوس), with
//!   a settlement's head or a place among them: its rare untagged items lie
//!   in that place's country;
//! - **joined**: an item that is a gazetteer name of a city or a state,
//!   next in the list to a place the gazetteer resolved, is its namesake in
//!   the same country, even a name the corpora doubt (كورسك).
//!
//! An introduced list's one item of three or more that the gazetteer put in
//! another country, one the article names by that name alone, is a
//! namesake in the list's country (أراك among Yemeni camps).
//!
//! An introduced list's places lie in the country of the known place right
//! after it (… ودريكيش في طرطوس), else in the country of most of the
//! article's places, else in the one country of its own known items, else
//! in the one country the article names at all (an Algerian story of ولاية
//! الوادي and its الشركة الجزائرية lists the state's communes).

use std::ops::Range;

use crate::analysis::{Label, Place, PlaceKind};
use crate::findings::FoundEntity;
use crate::places::Context;
use crate::places::gazetteer::{Gazetteer, PlaceMatch};
use crate::places::unlisted;
use crate::text::{Document, TokenKind};
use crate::words;

/// How many items a list must have for its one item the gazetteer put
/// abroad to be taken for a namesake in the list's country.
const LONE_ABROAD_MIN_ITEMS: usize = 3;

/// Population class (a city of a million) from which a list's lone item
/// abroad stays where the gazetteer put it: a list of Egyptian cities that
/// names Paris names Paris, even where France goes unnamed.
const LONE_ABROAD_STAYING_CLASS: u8 = 12;

/// Plural head nouns of settlements and districts, normalised and without
/// the article, with the kind of the places they introduce.
const PLURAL_HEADS: &[(&str, PlaceKind)] = &[
    ("مدن", PlaceKind::City),
    ("بلدات", PlaceKind::City),
    ("قري", PlaceKind::City),
    ("مخيمات", PlaceKind::City),
    ("بلديات", PlaceKind::City),
    ("احياء", PlaceKind::Region),
    ("مناطق", PlaceKind::Region),
    ("مديريات", PlaceKind::Region),
    ("ولايات", PlaceKind::State),
    ("محافظات", PlaceKind::State),
    ("اقاليم", PlaceKind::State),
    ("مقاطعات", PlaceKind::State),
];

/// Words after which a plural head's items begin (مدن رئيسية أخرى، مثل
/// أضنة …; مناطق من غرب الدوحة والتي منها دخان …; من بينها).
const INTRODUCERS: &[&str] = &["مثل", "منها", "بينها"];

/// How many words before an introducer (or an opening parenthesis or a
/// colon) the plural head may stand: its adjectives and complement come
/// between (خمس بلديات رئيسية (…; مناطق من غرب الدوحة والتي منها).
const HEAD_REACH: usize = 6;

/// The most words an item of a list has: names of places are short, and a
/// longer run is the sentence going on.
const ITEM_MAX_WORDS: usize = 3;

/// A word the corpora show more often than this is a common word, no
/// part of an item's name unless an entity or a gazetteer name holds it
/// (من غرب الدوحة: the head's complement, not its items).
const ITEM_WORD_MAX_COUNT: u32 = 30;

/// Common words that open the names of places of the Arab world (وادي
/// العلندة، عين الحلوة، بئر العبد، سيدي بوزيد), normalised: an item may
/// open with one though the corpora know it well.
pub(super) const NAME_OPENERS: &[&str] = &[
    "وادي",
    "عين",
    "بئر",
    "بير",
    "جبل",
    "راس",
    "تل",
    "سيدي",
    "اولاد",
    "بني",
    "ابو",
    "ام",
    "دير",
    "كفر",
    "بيت",
    "حاسي",
    "خربه",
];

/// A word the corpora show at most this many times is a name's (see
/// [`Lists::is_name`]).
const NAME_MAX_COUNT: u32 = 3;

/// The items of one run of text between hard stops (sentence ends, other
/// punctuation, numbers): each item's Arabic tokens, split at commas and at
/// و; quotation marks around an item are left out.
struct Run {
    /// The opening parenthesis or colon that opens the run, if one does.
    opened_by: Option<usize>,
    /// Each item's Arabic tokens, in text order.
    items: Vec<Vec<usize>>,
}

/// A change the lists make: the entity that stands for one item.
struct Listed {
    /// The item's tokens.
    tokens: Range<usize>,
    /// The `LOC` entity on them.
    entity: FoundEntity,
}

/// Adds, relabels and places the places named in lists of the `document`
/// (see the module), keeping `entities` sorted and not overlapping.
/// `matches` are the gazetteer's names in the document, `context` the
/// countries it names.
pub(super) fn add_listed(
    document: &Document,
    gazetteer: &Gazetteer,
    context: &Context,
    matches: &[PlaceMatch],
    entities: &mut Vec<FoundEntity>,
) {
    let majority = unlisted::majority_country(entities.iter());
    let lists = Lists {
        document,
        gazetteer,
        context,
        matches,
        entities,
    };
    let mut listed = Vec::new();
    for run in runs(document) {
        for Introduced { items, kind, seat } in introduced_lists(&lists, &run) {
            // The towns a parenthesis lists after their region lie there
            // all, whatever namesakes the gazetteer knows abroad (ميسان
            // among the governorates of Mecca's region is no Iraqi one).
            let seated = seat.is_some();
            let country = seat.or_else(|| lists.country_of(&items, majority.as_deref()));
            let lone_abroad = seated
                || items.len() >= LONE_ABROAD_MIN_ITEMS
                    && country
                        .as_deref()
                        .is_some_and(|country| lists.placed_abroad(&items, country) == 1);
            listed.extend(items.iter().filter_map(|item| {
                lists.introduced_item(item, kind, country.as_deref(), lone_abroad, seated)
            }));
        }
        listed.extend(lists.joined_items(&run));
        listed.extend(lists.anchored_items(&run));
    }
    if listed.is_empty() {
        return;
    }
    listed.sort_by_key(|listed| listed.tokens.start);
    listed.dedup_by_key(|listed| listed.tokens.start);
    let mut replaced = vec![false; document.tokens.len()];
    for listed in &listed {
        replaced[listed.tokens.clone()].fill(true);
    }
    entities.retain(|entity| {
        !document
            .tokens_overlapping(&entity.span)
            .any(|index| replaced[index])
    });
    entities.extend(listed.into_iter().map(|listed| listed.entity));
    entities.sort_by_key(|entity| entity.span.start);
}

/// The runs of `document`'s tokens a list may fill (see [`Run`]).
fn runs(document: &Document) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut run = Run {
        opened_by: None,
        items: Vec::new(),
    };
    let mut item = Vec::new();
    let mut sentence_starts = document.sentences.iter().map(|s| s.tokens.start).peekable();
    for (index, token) in document.tokens.iter().enumerate() {
        let sentence_start = sentence_starts.next_if_eq(&index).is_some();
        let text = document.slice(token.span.clone());
        let separates = match token.kind {
            TokenKind::Quote => continue,
            TokenKind::Arabic => {
                text == "و" || token.clitics.conjunction == Some('و') && !item.is_empty()
            }
            TokenKind::Punctuation => matches!(text, "،" | ","),
            _ => false,
        };
        let stops = sentence_start || !matches!(token.kind, TokenKind::Arabic) && !separates;
        if (separates || stops) && !item.is_empty() {
            run.items.push(std::mem::take(&mut item));
        }
        if stops {
            let opens = token.kind == TokenKind::Punctuation && matches!(text, "(" | ":");
            let next = Run {
                opened_by: opens.then_some(index),
                items: Vec::new(),
            };
            let done = std::mem::replace(&mut run, next);
            if done.items.len() >= 2 {
                runs.push(done);
            }
        }
        if token.kind == TokenKind::Arabic && text != "و" {
            item.push(index);
        }
    }
    if !item.is_empty() {
        run.items.push(item);
    }
    if run.items.len() >= 2 {
        runs.push(run);
    }
    runs
}

/// The kind the plural head at token `index` introduces.
pub(super) fn plural_head(document: &Document, index: usize) -> Option<PlaceKind> {
    let bare = document.bare(index);
    let word = words::without_article(bare);
    PLURAL_HEADS
        .iter()
        .find(|(head, _)| *head == word)
        .map(|&(_, kind)| kind)
}

/// The kind of the plural head within [`HEAD_REACH`] words before token
/// `index`, if one stands there.
fn plural_head_before(document: &Document, index: usize) -> Option<PlaceKind> {
    (index.saturating_sub(HEAD_REACH)..index)
        .rev()
        .find_map(|before| plural_head(document, before))
}

/// A list a plural head or a parenthesis introduces (see
/// [`introduced_lists`]).
struct Introduced<'r> {
    /// Each item's tokens.
    items: Vec<&'r [usize]>,
    /// The kind of place the head tells.
    kind: PlaceKind,
    /// The country of the place a parenthesis opening the list follows.
    seat: Option<String>,
}

/// The lists a plural head introduces in `run`, or a parenthesis after a
/// state or a country (منطقة مكة المكرمة (العاصمة المقدسة، والطائف، وأضم،
/// …): its towns): each as its items (the first cut to the words after the
/// head or the introducer), the kind of place the head tells, and the
/// country of the place before the parenthesis.
fn introduced_lists<'r>(lists: &Lists, run: &'r Run) -> Vec<Introduced<'r>> {
    let document = lists.document;
    let mut found = Vec::new();
    let mut at = 0;
    while at < run.items.len() {
        let chunk = &run.items[at];
        let opening = (at == 0).then_some(run.opened_by).flatten();
        let seat = opening.and_then(|opening| lists.region_ending_at(opening.checked_sub(1)?));
        let opened = opening
            .and_then(|opening| plural_head_before(document, opening))
            .or(seat.is_some().then_some(PlaceKind::City))
            .map(|kind| (0, kind));
        let introduced = opened.or_else(|| {
            chunk
                .iter()
                .enumerate()
                .rev()
                .find_map(|(position, &index)| {
                    if INTRODUCERS.contains(&document.bare(index)) {
                        Some((position + 1, plural_head_before(document, index)?))
                    } else if !document.tokens[index].clitics.article {
                        // With the article, the head is followed by its
                        // adjectives (المناطق الصحراوية والمكشوفة), not names.
                        Some((position + 1, plural_head(document, index)?))
                    } else {
                        None
                    }
                })
        });
        let Some((from, kind)) = introduced else {
            at += 1;
            continue;
        };
        let mut items = vec![&chunk[from..]];
        // A parenthesis after a place may open on a description of its
        // first town (العاصمة المقدسة for Mecca): the towns follow.
        if seat.is_some() && !lists.is_item(items[0]) {
            items.clear();
        }
        let mut next = at + 1;
        while next < run.items.len() && lists.is_item(&run.items[next]) {
            items.push(&run.items[next]);
            next += 1;
        }
        let names = items.iter().filter(|item| lists.is_name(item)).count();
        if items.len() >= 2
            && items.first().is_some_and(|first| lists.is_item(first))
            && 2 * names > items.len()
        {
            found.push(Introduced {
                items,
                kind,
                seat: seat.clone().filter(|_| from == 0 && at == 0),
            });
        }
        at = next;
    }
    found
}

/// What the list readings look at.
struct Lists<'a, 'd> {
    document: &'a Document<'d>,
    gazetteer: &'a Gazetteer,
    context: &'a Context,
    matches: &'a [PlaceMatch],
    entities: &'a [FoundEntity],
}

impl<'a> Lists<'a, '_> {
    /// The country of the place whose `LOC` entity ends with token
    /// `index`, when the gazetteer placed it (a region or a city standing
    /// for its region: منطقة مكة المكرمة).
    fn region_ending_at(&self, index: usize) -> Option<String> {
        let end = self.document.tokens[index].span.end;
        let at = self.entities.partition_point(|e| e.span.end < end);
        let entity = self.entities.get(at).filter(|e| e.span.end == end)?;
        let place = (entity.place.as_ref())
            .filter(|place| entity.label == Label::Location && place.lat.is_some())?;
        place.country.clone()
    }

    /// The item's words without directions after the name (ولجميلية
    /// جنوباً).
    fn name_words<'i>(&self, item: &'i [usize]) -> &'i [usize] {
        let kept = item
            .iter()
            .rposition(|&index| {
                let word = self.document.bare(index);
                // The adverb too (جنوباً).
                let noun = word.strip_suffix('ا').unwrap_or(word);
                words::direction(word).is_none() && !words::is_direction_noun(noun)
            })
            .map_or(0, |last| last + 1);
        &item[..kept]
    }

    /// The tokens of the item's name ([`Lists::name_words`]), if it has one.
    fn name_tokens(&self, item: &[usize]) -> Option<Range<usize>> {
        let words = self.name_words(item);
        Some(*words.first()?..*words.last()? + 1)
    }

    /// True when `item` may be a list's item: one to [`ITEM_MAX_WORDS`]
    /// words, each rare or in an entity or a gazetteer name, no entity
    /// running past it.
    fn is_item(&self, item: &[usize]) -> bool {
        let words = self.name_words(item);
        let Some(tokens) = self.name_tokens(item) else {
            return false;
        };
        words.len() <= ITEM_MAX_WORDS
            && words.len() == tokens.len()
            && self.entities_on(&tokens).iter().all(|entity| {
                let covered = self.document.tokens_overlapping(&entity.span);
                tokens.start <= covered.start && covered.end <= tokens.end
            })
            && words.iter().enumerate().all(|(at, &index)| {
                let opens_name =
                    at == 0 && words.len() > 1 && NAME_OPENERS.contains(&self.document.bare(index));
                opens_name || self.is_name_word(index, ITEM_WORD_MAX_COUNT)
            })
    }

    /// True when the words of `item` are a name: each in an entity or a
    /// gazetteer name, or one the corpora hardly know. Most of a list's
    /// items must be (مدن مزدهرة وأسواق عامرة lists no places).
    fn is_name(&self, item: &[usize]) -> bool {
        self.name_words(item)
            .iter()
            .all(|&index| self.is_name_word(index, NAME_MAX_COUNT))
    }

    /// True when the word at token `index` is in an entity or a gazetteer
    /// name, or one the corpora show at most `max_count` times.
    fn is_name_word(&self, index: usize, max_count: u32) -> bool {
        let document = self.document;
        let count = |form: &str| document.vocabulary.count(form);
        count(document.norm(index)).max(count(document.bare(index))) <= max_count
            || self.in_name(index)
            || !self.entities_on(&(index..index + 1)).is_empty()
    }

    /// True when a gazetteer name (not another spelling) holds token `index`.
    fn in_name(&self, index: usize) -> bool {
        self.name_holding(index).is_some()
    }

    /// The gazetteer name (not another spelling) that holds token `index`:
    /// the matches come in text order and apart, so one binary search finds
    /// it.
    fn name_holding(&self, index: usize) -> Option<&'a PlaceMatch> {
        let after = self.matches.partition_point(|m| m.tokens.start <= index);
        let matched = self.matches[..after].last()?;
        (matched.tokens.contains(&index) && !matched.fuzzy).then_some(matched)
    }

    /// The entities that overlap `tokens`.
    fn entities_on(&self, tokens: &Range<usize>) -> &[FoundEntity] {
        let document = self.document;
        let Some(end) = document.tokens.get(tokens.end - 1).map(|t| t.span.end) else {
            return &[];
        };
        let start = document.tokens[tokens.start].span.start;
        let from = self.entities.partition_point(|e| e.span.end <= start);
        let to = self.entities.partition_point(|e| e.span.start < end);
        &self.entities[from..to.max(from)]
    }

    /// How many of a list's `items` the gazetteer resolved outside
    /// `country`.
    fn placed_abroad(&self, items: &[&[usize]], country: &str) -> usize {
        items
            .iter()
            .filter(|item| {
                let Some(tokens) = self.name_tokens(item) else {
                    return false;
                };
                self.entities_on(&tokens).iter().any(|entity| {
                    entity.place.as_ref().is_some_and(|place| {
                        place.lat.is_some() && place.country.as_deref() != Some(country)
                    })
                })
            })
            .count()
    }

    /// The country an introduced list's places lie in (see the module).
    fn country_of(&self, items: &[&[usize]], majority: Option<&str>) -> Option<String> {
        let document = self.document;
        let last = items.last().and_then(|item| item.last())?;
        let end = document.tokens[*last].span.end;
        let next = self.entities.partition_point(|e| e.span.start < end);
        let anchored = self
            .entities
            .get(next)
            .and_then(|next| unlisted::anchor_of(document, next, last + 1, true));
        anchored
            .or_else(|| majority.map(str::to_string))
            .or_else(|| {
                let mut known = items.iter().flat_map(|item| {
                    let tokens = self.name_tokens(item).unwrap_or_default();
                    self.entities_on(&tokens)
                        .iter()
                        .filter_map(|e| {
                            e.place
                                .as_ref()
                                .filter(|p| p.lat.is_some())?
                                .country
                                .clone()
                        })
                        .collect::<Vec<_>>()
                });
                let first = known.next()?;
                known.all(|country| country == first).then_some(first)
            })
            .or_else(|| self.context.sole_country().map(str::to_string))
    }

    /// The entity an introduced list's `item` stands for: a `LOC` of the
    /// item's words, in `country` (its gazetteer namesake there, or the name
    /// as written there), unless the tagger's place there already is; in a
    /// list `seated` after its region, even a large state abroad yields.
    fn introduced_item(
        &self,
        item: &[usize],
        kind: PlaceKind,
        country: Option<&str>,
        lone_abroad: bool,
        seated: bool,
    ) -> Option<Listed> {
        if !self.is_item(item) {
            return None;
        }
        let tokens = self.name_tokens(item)?;
        let matched = self
            .name_holding(tokens.start)
            .filter(|m| m.tokens == tokens);
        let namesake = country
            .zip(matched)
            .and_then(|(country, m)| self.namesake_in(m, country));
        // A place the gazetteer resolved stays unless the list's country
        // has a namesake of it (مدن مثل باريس ولندن: each its own country).
        let resolved = self.entities_on(&tokens).iter().find_map(|entity| {
            entity
                .place
                .as_ref()
                .filter(|place| entity.label == Label::Location && place.lat.is_some())
        });
        // So does a town of a country the article names by that name alone,
        // in a list of which it is the only item elsewhere: a village of a
        // local story that a town abroad shares its name with (مخيمات
        // النازحين: (صوابين، الروضة، ذنة، الهيال، أراك) in Yemen, not Arak).
        let stray = lone_abroad
            && resolved.is_some_and(|resolved| {
                let (Some(country), Some(elsewhere)) = (country, resolved.country.as_deref())
                else {
                    return false;
                };
                matches!(resolved.kind, PlaceKind::City | PlaceKind::State)
                    && country != elsewhere
                    && matched.is_some_and(|m| {
                        !self.context.named_elsewhere(elsewhere, &m.key)
                            && (seated && resolved.kind == PlaceKind::State
                                || self.gazetteer.entry(m.best).population_class
                                    < LONE_ABROAD_STAYING_CLASS)
                    })
            });
        if let Some(resolved) = resolved
            && !stray
            && namesake
                .as_ref()
                .is_none_or(|namesake| namesake.country == resolved.country)
        {
            return None;
        }
        // A stray is placed as written in the list's country: its
        // gazetteer readings are where it was mistaken for (the rule was
        // measured so; a namesake in the list's country is not tried).
        let place = namesake
            .filter(|_| !stray)
            .or_else(|| {
                matched
                    .filter(|m| !m.doubtful && !stray)
                    .map(|m| self.context.place(self.gazetteer, m))
            })
            .or_else(|| {
                let written = self.written(&tokens);
                country.map(|country| unlisted::placed_here(written, kind, country.to_string()))
            });
        Some(self.listed(tokens, place))
    }

    /// The entities of the joined reading in `run` (see the module): a
    /// gazetteer name of a city or a state, untagged or read as a person,
    /// next to a resolved place whose country has a namesake of it.
    fn joined_items(&self, run: &Run) -> Vec<Listed> {
        let document = self.document;
        // The country of the resolved place on token `index`, if the place
        // ends there (`ends`) or begins there.
        let resolved = |index: usize, ends: bool| {
            let [entity] = self.entities_on(&(index..index + 1)) else {
                return None;
            };
            let tokens = document.tokens_overlapping(&entity.span);
            let place = entity.place.as_ref()?;
            let bounded = if ends {
                tokens.end == index + 1
            } else {
                tokens.start == index
            };
            (bounded && entity.label == Label::Location && place.lat.is_some())
                .then(|| place.country.clone())
                .flatten()
        };
        // The gazetteer name no place of the tagger's holds, on the words of
        // `item`, ending at its last word (`ends`) or beginning at its first.
        let open_name = |item: &[usize], ends: bool| {
            let (first, last) = (*item.first()?, *item.last()?);
            let matched = if ends {
                self.name_holding(last)
                    .filter(|m| m.tokens.end == last + 1 && first <= m.tokens.start)?
            } else {
                self.name_holding(first)
                    .filter(|m| m.tokens.start == first && m.tokens.end <= last + 1)?
            };
            // A name the corpora doubt must be a rare word (كورسك, not لا).
            let rare = matched.tokens.clone().all(|index| {
                document.vocabulary.count(document.bare(index)) <= ITEM_WORD_MAX_COUNT
            });
            let open = (rare || !matched.doubtful)
                && self.entities_on(&matched.tokens).iter().all(|entity| {
                    entity.label == Label::Person
                        && document.tokens_overlapping(&entity.span) == matched.tokens
                });
            open.then_some(matched)
        };
        let mut found = Vec::new();
        for pair in run.items.windows(2) {
            let (before, after) = (&pair[0], &pair[1]);
            let (Some(&last), Some(&first)) = (before.last(), after.first()) else {
                continue;
            };
            let joined = [
                (resolved(last, true), open_name(after, false)),
                (resolved(first, false), open_name(before, true)),
            ];
            for (country, matched) in joined {
                let (Some(country), Some(matched)) = (country, matched) else {
                    continue;
                };
                let namesake = self
                    .namesake_in(matched, &country)
                    .filter(|place| matches!(place.kind, PlaceKind::City | PlaceKind::State));
                if let Some(place) = namesake {
                    found.push(self.listed(matched.tokens.clone(), Some(place)));
                }
            }
        }
        found
    }

    /// The entities of the anchored reading in `run` (see the module): the
    /// rare untagged items of a list of names whose last is followed by في
    /// or ب and a known place (ومنطقة مشتى الحلو والعنازة ودريكيش في
    /// طرطوس), when one item is a place already or a settlement's head opens
    /// the list: they lie in that place's country.
    fn anchored_items(&self, run: &Run) -> Vec<Listed> {
        let document = self.document;
        let mut found = Vec::new();
        for (at, item) in run.items.iter().enumerate() {
            // The last item's name, the words before the anchor (ودريكيش |
            // في طرطوس).
            let anchored = (1..=item.len().min(ITEM_MAX_WORDS)).find_map(|words| {
                let last = item[words - 1];
                let end = document.tokens[last].span.end;
                let next = self.entities.partition_point(|e| e.span.start < end);
                let country =
                    unlisted::anchor_of(document, self.entities.get(next)?, last + 1, false)?;
                Some((&item[..words], country))
            });
            let Some((last_name, country)) = anchored else {
                continue;
            };
            // The list, from its last item back; its first may open with a
            // settlement's head (منطقة مشتى الحلو).
            let mut items: Vec<Range<usize>> = Vec::new();
            let mut headed = false;
            let earlier_items = run.items[..at].iter().map(Vec::as_slice);
            for earlier in std::iter::once(last_name).chain(earlier_items.rev()) {
                let head = earlier
                    .iter()
                    .rposition(|&index| unlisted::announces_settlement(document, index));
                let name = head.map_or(earlier, |head| &earlier[head + 1..]);
                if !self.is_item(name) || !self.is_name(name) {
                    break;
                }
                items.extend(self.name_tokens(name));
                if head.is_some() {
                    headed = true;
                    break;
                }
            }
            let placed = items.iter().any(|tokens| {
                self.entities_on(tokens)
                    .iter()
                    .any(|entity| entity.label == Label::Location)
            });
            if items.len() < 2 || !(headed || placed) {
                continue;
            }
            for tokens in items {
                let rare = tokens
                    .clone()
                    .all(|index| document.vocabulary.count(document.bare(index)) <= NAME_MAX_COUNT);
                if rare && self.entities_on(&tokens).is_empty() {
                    let place = unlisted::placed_here(
                        self.written(&tokens),
                        PlaceKind::City,
                        country.clone(),
                    );
                    found.push(self.listed(tokens, Some(place)));
                }
            }
        }
        found
    }

    /// The most populous place `matched` may stand for in `country`.
    fn namesake_in(&self, matched: &PlaceMatch, country: &str) -> Option<Place> {
        self.gazetteer.largest_in(&matched.candidates, country)
    }

    /// The item's name as written, without an attached conjunction or
    /// preposition.
    fn written(&self, tokens: &Range<usize>) -> &str {
        self.document.slice(self.name_span(tokens))
    }

    /// The span of the name on `tokens`: without the first word's attached
    /// conjunction and preposition, but for a و between two commas, which
    /// begins the name (الدبيلة، ورماس، أميه: a list's last item alone
    /// takes و) unless the article follows it or the next item takes و too.
    fn name_span(&self, tokens: &Range<usize>) -> Range<usize> {
        let document = self.document;
        let is_comma = |index: Option<usize>| {
            index
                .and_then(|index| document.tokens.get(index))
                .is_some_and(|token| {
                    token.kind == TokenKind::Punctuation
                        && matches!(document.slice(token.span.clone()), "،" | ",")
                })
        };
        let skip_quotes = |mut index: usize, step: isize| {
            while document
                .tokens
                .get(index)
                .is_some_and(|t| t.kind == TokenKind::Quote)
            {
                index = index.checked_add_signed(step)?;
            }
            Some(index)
        };
        let first = &document.tokens[tokens.start];
        let after_comma = skip_quotes(tokens.end, 1);
        // The next item taking و too makes it the list's conjunction
        // (، وأضم، والعرضيات، …).
        let next_takes_waw = after_comma
            .and_then(|comma| skip_quotes(comma + 1, 1))
            .and_then(|next| document.tokens.get(next))
            .is_some_and(|next| next.clitics.conjunction == Some('و'));
        // و before the article is the conjunction (، والمويه، …).
        let inside_list = first.clitics.conjunction == Some('و')
            && first.clitics.preposition.is_none()
            && !first.clitics.article
            && is_comma(tokens.start.checked_sub(1).and_then(|i| skip_quotes(i, -1)))
            && is_comma(after_comma)
            && !next_takes_waw;
        let start = if inside_list {
            first.span.start
        } else {
            document.bare_span(tokens.start).start
        };
        start..document.tokens[tokens.end - 1].span.end
    }

    /// The `LOC` entity on `tokens` with `place`.
    fn listed(&self, tokens: Range<usize>, place: Option<Place>) -> Listed {
        let span = self.name_span(&tokens);
        Listed {
            tokens,
            entity: FoundEntity {
                span,
                label: Label::Location,
                place,
                group: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    /// The places of `text`'s analysis: name, country, whether the
    /// gazetteer knows it (has coordinates).
    fn places(text: &str) -> Vec<(String, Option<String>, bool)> {
        crate::analyze(text)
            .entities
            .into_iter()
            .filter_map(|entity| {
                let place = entity.place?;
                Some((entity.text, place.country, place.lat.is_some()))
            })
            .collect()
    }

    fn placed(name: &str, country: &str) -> (String, Option<String>, bool) {
        (name.to_string(), Some(country.to_string()), false)
    }

    #[test]
    fn a_plural_heads_list_makes_places_of_its_rare_items_in_the_articles_country() {
        let found = places(
            "أعلنت السلطات في الجزائر أن بلديات ولاية بسكرة مثل المقرن، الطريفاوي، تغزوت، وادي \
             العلندة والدبيلة تضررت. وقال مسؤول في بسكرة إن الجزائر سترسل مساعدات.",
        );
        for name in ["المقرن", "الطريفاوي", "تغزوت", "وادي العلندة"]
        {
            assert!(found.contains(&placed(name, "DZ")), "{name}: {found:?}");
        }
    }

    #[test]
    fn a_lists_one_town_abroad_is_a_namesake_in_the_lists_country() {
        let found = places(
            "تضررت في مأرب اليمنية مخيمات النازحين: (صوابين، الروضة، ذنة، الهيال، أراك) بعد \
             السيول التي ضربت اليمن.",
        );
        assert!(found.contains(&placed("أراك", "YE")), "{found:?}");
        // Towns of several countries each keep their own.
        let found = places("زار الوفد مدنا مثل باريس ولندن وبرلين وروما");
        for name in ["باريس", "لندن"] {
            assert!(
                found
                    .iter()
                    .any(|(n, c, known)| n == name && c.as_deref() != Some("YE") && *known),
                "{name}: {found:?}"
            );
        }
        // A city of a million stays itself in a list of another country's
        // cities, even where its own country goes unnamed.
        let found =
            places("زار الوفد مدن مصر: طنطا، المنصورة، باريس، الزقازيق. وقال المحافظ إن مصر ترحب");
        assert!(
            found.contains(&("باريس".to_string(), Some("FR".to_string()), true)),
            "{found:?}"
        );
    }

    #[test]
    fn a_list_lies_in_the_one_country_an_adjective_names() {
        let found = places(
            "تتجه ولاية الوادي إلى إنتاج البطاطس عبر الشركة الجزائرية، خاصة البلديات مثل \
             المقرن، الطريفاوي، تغزوت والدبيلة.",
        );
        let state = ("الوادي".to_string(), Some("DZ".to_string()), true);
        assert!(found.contains(&state), "{found:?}");
        for name in ["المقرن", "الطريفاوي", "تغزوت"] {
            assert!(found.contains(&placed(name, "DZ")), "{name}: {found:?}");
        }
        // Two countries named: no list's country is guessed from them.
        let found = places(
            "زار الوفد الشركة الجزائرية والشركة المغربية، خاصة البلديات مثل المقرن، الطريفاوي، \
             تغزوت والدبيلة.",
        );
        assert!(!found.contains(&placed("تغزوت", "DZ")), "{found:?}");
    }

    #[test]
    fn a_list_after_a_parenthesis_keeps_the_waw_of_a_name_between_commas() {
        let found = places(
            "زار الوفد الجزائر وبسكرة، وتستحوذ خمس بلديات رئيسية (حاسي خليفة، ورماس، تغزوت، \
             الرقيبة والنخلة) على الإنتاج في الجزائر.",
        );
        // الرقيبة is a town GeoNames knows; the others are placed here.
        assert!(found.contains(&("الرقيبة".to_string(), Some("DZ".to_string()), true)));
        for name in ["ورماس", "تغزوت", "النخلة"] {
            assert!(found.contains(&placed(name, "DZ")), "{name}: {found:?}");
        }
    }

    #[test]
    fn a_parenthesis_after_a_region_lists_its_towns_without_their_conjunction() {
        let found = places(
            "وتشمل الحالة منطقة مكة المكرمة (العاصمة المقدسة، والطائف، وميسان، وأضم، والعرضيات، \
             والجموم، وبحرة، والمويه، وتربة، والخرمة)، ومنطقة جازان",
        );
        let names: Vec<&str> = found.iter().map(|(name, ..)| name.as_str()).collect();
        assert!(
            names.contains(&"المويه") && names.contains(&"الخرمة"),
            "{found:?}"
        );
        assert!(
            names.iter().all(|name| !name.starts_with("وال")),
            "{found:?}"
        );
        // The parenthesis after Mecca's region lists its governorates: all
        // in Saudi Arabia, the unknown ones as written (أضم, not وأضم:
        // every item takes و), and ميسان no Iraqi province.
        for name in ["الطائف", "ميسان", "أضم", "العرضيات"] {
            assert!(
                found
                    .iter()
                    .any(|(n, country, _)| n == name && country.as_deref() == Some("SA")),
                "{name}: {found:?}"
            );
        }
    }

    #[test]
    fn a_headed_list_anchored_by_a_known_place_lies_in_its_country() {
        let found = places(
            "اندلعت حرائق في منطقة مشتى الحلو والسلورة والشحرورة في طرطوس، وفي اليمضية ودير ماما",
        );
        for name in ["السلورة", "الشحرورة"] {
            assert!(found.contains(&placed(name, "SY")), "{name}: {found:?}");
        }
        // No head nor place among the names: they may be people.
        let found = places("التقى الوفد اليمضية والشحرورة في طرطوس");
        assert!(found.iter().all(|(_, _, known)| *known), "{found:?}");
    }

    #[test]
    fn adjectives_and_common_words_after_a_plural_head_are_no_list() {
        for text in [
            "تهب الرياح على المناطق الصحراوية والمكشوفة في مصر والسودان",
            "كانت توجد مدن مزدهرة وأسواق عامرة في مالي",
        ] {
            let found = places(text);
            assert!(
                found.iter().all(|(_, _, known)| *known),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_doubtful_name_next_to_a_known_place_of_its_country_is_its_namesake_there() {
        let found = places("سقطت صواريخ على بيلغورود وكورسك في روسيا");
        assert!(
            found.iter().any(|(name, country, known)| name == "كورسك"
                && country.as_deref() == Some("RU")
                && *known),
            "{found:?}"
        );
        let found = places("قوات تأتي من دول لا تعترف باسرائيل ولا تقيم علاقات معها");
        assert!(found.iter().all(|(name, ..)| name != "لا"), "{found:?}");
    }
}
