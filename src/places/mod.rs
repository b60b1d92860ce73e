//! Places: resolves every place the article names to a real place (kind,
//! country, coordinates) with the offline [`Gazetteer`], and adds the
//! unambiguous place names the entity tagger missed.
//!
//! The stage runs after the entity tagger and before the quotes (see
//! [`crate::pipeline`]). [`Gazetteer::matches`] gives the token ranges of
//! the place names in a document (longest first, through clitics) with
//! their likeliest kind and whether the name is doubtful (often a plain
//! word) or fuzzy (another spelling).
//!
//! ```
//! use lamha::places::Gazetteer;
//! use lamha::PlaceKind;
//!
//! let document = lamha::Document::new("وصل إلى بغداد قادما من الولايات المتحدة");
//! let found = Gazetteer::embedded().matches(&document);
//! let kinds: Vec<_> = found.iter().map(|m| (m.tokens.clone(), m.kind)).collect();
//! assert_eq!(kinds, vec![(2..3, PlaceKind::City), (5..7, PlaceKind::Country)]);
//! ```

mod clubs;
pub mod gazetteer;
mod lists;
mod repeats;
mod unlisted;
pub mod villages;

use std::borrow::Cow;
use std::cmp::Reverse;
use std::ops::Range;

pub use gazetteer::{Entry, Gazetteer, PlaceMatch, name_key};

use crate::analysis::{Label, Place, PlaceKind};
use crate::findings::{Findings, FoundEntity};
use crate::tables::villages::VillageTable;
use crate::text::{Document, PerWord, TokenKind};
use crate::words;

/// Population class from which a city or state named on its own is taken as
/// a place without the tagger's word (about 300k people: capitals and large
/// cities, not the towns whose names are also words or surnames).
const ADDED_CITY_CLASS: u8 = 11;

/// Population class from which a town of the country most of the
/// article's places are in is taken as a place without the tagger's word.
const MAJORITY_TOWN_CLASS: u8 = 8;

/// How many times a town must be named, untagged, to be taken as the
/// place of an article in which no country has most places.
const RECURRING_TOWN_MIN: usize = 3;

/// Attaches places to the document's `LOC` entities and adds `LOC` entities
/// for unambiguous place names the tagger missed.
///
/// The contract, for whoever runs the stages:
/// - `findings.entities` comes in sorted by start and non-overlapping (as
///   the tagger leaves it, possibly empty) and goes out the same way.
/// - Every `LOC` entity without a place that contains a gazetteer name gets
///   the `place` of its longest one; one inside a longer name gets the place
///   its own words name (مكة tagged alone in مكة المكرمة), fuzzily for a
///   single word (تايلند). No entity is removed except as below, and an
///   entity changes its label only where the article's words say what it
///   is: an organisation the tagger found after a settlement's head is a
///   place (بولاية الجزيرة), as is a city whose first letter the clitic
///   splitter took (فاس tagged اس) and a person's name after a landmark's
///   head, with the head (ملعب ابن بطوطة); a city named as its club is an
///   organisation (ميلان الإيطالي، دينامو كييف: see `clubs.rs`).
/// - A gazetteer name that overlaps no entity becomes a new `LOC` entity
///   when it is unambiguous: a country, continent, world region, sea or
///   river, a direction before a continent (غرب أفريقيا), a large city or
///   state, or a landmark of the hand list (سد النهضة); and neither doubtful (a name the corpora show more often as
///   a word, a person or a club than as a place: المدينة، شيراك، مدريد) nor
///   fuzzy (another spelling, see [`gazetteer::skeleton`]). Its span leaves
///   out the conjunction and preposition (وسوريا → سوريا), and a head noun
///   or a direction before a country, as ANERcorp tags them (قطاع غزة →
///   غزة, جنوب لبنان → لبنان).
/// - Such a name that covers `LOC` entities only, and is longer than they
///   are, replaces them (the tagger's آسيا inside شرق ووسط آسيا). A name overlapping an entity
///   of another label leaves the tagger's decision.
/// - A country's adjective the tagger ran into a city's or a state's name
///   is left out of it and says its country (سوسة الليبية → سوسة, Libya).
/// - A place the tagger ran over places joined by و, each a gazetteer
///   name, is one place each (فرنسا وإيطاليا).
/// - Among same-named places the choice is [`Gazetteer::best`], with the
///   countries the document names as context.
pub fn resolve(
    document: &Document,
    gazetteer: &Gazetteer,
    villages: &VillageTable,
    findings: &mut Findings,
) {
    unlisted::relabel_announced(document, &mut findings.entities);
    restore_split_places(document, gazetteer, &mut findings.entities);
    // Fuzzy matches serve only the tagger's places (the longest name inside
    // each below; none is added): looked for only on their tokens.
    let in_places = tokens_in_places(document, &findings.entities);
    // No early return when the gazetteer names nothing here: the article's
    // own words still announce and place names (بلدة تلمسحاق السورية).
    let matches = gazetteer.matches_fuzzy_where(document, |index| in_places[index]);
    trim_adjectives_off_places(document, gazetteer, &matches, &mut findings.entities);
    let context = context_countries(document, gazetteer, &matches, &findings.entities);

    // The entities come in text order: the first match and the first token
    // at or after each are found by walking on from the previous one's.
    let (mut first_match, mut first_token) = (0, 0);
    // Where each entity's successor starts: a place the tagger cut may run
    // on to its gazetteer name's end, not into the next entity.
    let next_starts: Vec<usize> = (findings.entities.iter().skip(1))
        .map(|entity| entity.span.start)
        .chain([usize::MAX])
        .collect();
    // Where each entity's predecessor ends: a name the tagger cut at its
    // start runs back to its gazetteer name's start, not into another.
    let previous_ends: Vec<usize> = [0]
        .into_iter()
        .chain(findings.entities.iter().map(|entity| entity.span.end))
        .collect();
    for ((entity, &next_start), &previous_end) in
        (findings.entities.iter_mut().zip(&next_starts)).zip(&previous_ends)
    {
        if entity.label != Label::Location || entity.place.is_some() {
            continue;
        }
        let first = walk_to(&matches, &mut first_match, entity.span.start, |m| {
            m.span.start
        });
        let longest_inside = matches[first..]
            .iter()
            .take_while(|m| m.span.start < entity.span.end)
            .filter(|m| m.span.end <= entity.span.end)
            .max_by_key(|m| (m.tokens.len(), Reverse(m.span.start)));
        let mut own_name = || {
            let from = walk_to(&document.tokens, &mut first_token, entity.span.start, |t| {
                t.span.start
            });
            let tokens = word_tokens_from(document, from, &entity.span)?;
            gazetteer.name_of(document, tokens)
        };
        // The tagger's place without a first letter the clitic splitter
        // took for a preposition (ك + ابل), whose whole word is the name
        // (كابل, Kabul): the place is the word as written.
        let whole_word = || {
            let before = matches[..first].last()?;
            let same_word = before.span.start < entity.span.start
                && before.span.end == entity.span.end
                && before.tokens.len() == 1
                && !before.fuzzy;
            same_word.then_some(before)
        };
        // A state's name the tagger cut to its last words (ولاية نهر
        // [النيل]): the head before the whole name tells it.
        let told_whole = || {
            let before = matches[..first].last()?;
            let whole = before.span.end == entity.span.end
                && !before.fuzzy
                && kind_told_before(document, before.tokens.start)
                    .is_some_and(|kind| context.place_of_kind(gazetteer, before, kind).is_some());
            whole.then_some(before)
        };
        // A town's name the tagger cut short (خان of خان يونس, لاهيا of
        // بيت لاهيا): the whole name, when the corpora do not doubt it.
        let holding = || holding_name(&matches, &entity.span, previous_end..next_start);
        let matched = told_whole()
            .map(Cow::Borrowed)
            .or_else(|| longest_inside.map(Cow::Borrowed))
            .or_else(|| own_name().map(Cow::Owned))
            .or_else(|| whole_word().map(Cow::Borrowed))
            .or_else(|| holding().map(Cow::Borrowed));
        if let Some(matched) = matched {
            // A head noun opening the name stays outside the tagger's
            // place (مخيم [بلاطة], as the guideline has it); other words
            // are the name's (بيت [لاهيا] → بيت لاهيا).
            let opened_by_head = matched.span.start < entity.span.start
                && unlisted::head_kind(document, matched.tokens.start).is_some();
            if !opened_by_head {
                entity.span.start = entity.span.start.min(matched.span.start);
            }
            entity.span.end = entity.span.end.max(matched.span.end);
            let told = kind_told_before(document, matched.tokens.start)
                .and_then(|kind| context.place_of_kind(gazetteer, &matched, kind));
            let mut place = if is_dateline(document, &entity.span) {
                dateline_city(gazetteer, &matched)
                    .unwrap_or_else(|| context.place(gazetteer, &matched))
            } else {
                told.unwrap_or_else(|| context.place(gazetteer, &matched))
            };
            // A region of no one country that a country's adjective ends
            // (الشرق الأقصى الروسي): that country's part of it.
            if place.country.is_none() {
                let last = document.tokens_overlapping(&entity.span).end - 1;
                if last >= matched.tokens.end {
                    place.country =
                        unlisted::adjective_country(document, gazetteer, last).map(str::to_string);
                }
            }
            entity.place = Some(place);
        }
    }

    // Matches never overlap one another, so each decision below concerns
    // entities of the tagger only, and the list is rebuilt once at the end.
    let mut replaced = vec![false; findings.entities.len()];
    let mut added = Vec::new();
    let mut first_entity = 0;
    let named = matches
        .iter()
        .filter_map(|m| without_head(gazetteer, document, m))
        // A name of several words the tagger took, word by word, for
        // places (خان | يونس) is one place, whatever its size.
        .map(|m| {
            let pieced = m.tokens.len() > 1
                && !m.doubtful
                && !m.fuzzy
                && in_places[m.tokens.clone()].iter().all(|&in_place| in_place);
            (is_unambiguous(gazetteer, &m) || pieced, m)
        })
        .filter(|(unambiguous, m)| {
            *unambiguous
                || is_headed_town(document, m)
                || is_regional_city_here(document, gazetteer, m)
        });
    for (unambiguous, matched) in named {
        let overlapping = overlapping(&findings.entities, &mut first_entity, &matched.span);
        let replaces_shorter_places = unambiguous
            && findings.entities[overlapping.clone()].iter().all(|entity| {
                entity.label == Label::Location
                    && matched.span.start <= entity.span.start
                    && entity.span.end <= matched.span.end
                    && entity.span != matched.span
            });
        // A country's whole name is no person (مالي, كوت ديفوار tagged PER),
        // nor a large city's that the corpora show as a place more than as
        // a word or a person (على طريق كراماتورسك), nor a regional city's
        // where a place stands, nor then an organisation (في بن عروس، إلى
        // بني وليد).
        // A regional city's also when the tagger took its first word for
        // a title (في الشيخ [زويد]).
        let regional = is_regional_city_here(document, gazetteer, &matched);
        let overrules_a_person = matches!(
            matched.kind,
            PlaceKind::Country | PlaceKind::City | PlaceKind::State
        ) && matches!(&findings.entities[overlapping.clone()], [entity]
                if (entity.label == Label::Person || entity.label == Label::Organization && regional)
                    && (entity.span == matched.span
                        || regional
                            && entity.label == Label::Person
                            && matched.span.start < entity.span.start
                            && entity.span.end == matched.span.end));
        if !replaces_shorter_places && !overrules_a_person {
            continue;
        }
        replaced[overlapping].fill(true);
        added.push(FoundEntity {
            span: matched.span.clone(),
            label: Label::Location,
            place: Some(context.place(gazetteer, &matched)),
            group: None,
        });
    }
    if !added.is_empty() {
        let mut kept = replaced.iter();
        findings
            .entities
            .retain(|_| !kept.next().copied().unwrap_or(false));
        findings.entities.extend(added);
        findings.entities.sort_by_key(|e| e.span.start);
    }
    let places = Places {
        document,
        gazetteer,
        context: &context,
        matches: &matches,
    };
    places.split_joined_places(&mut findings.entities);
    places.split_seated_organizations(&mut findings.entities);
    places.split_governors(&mut findings.entities);
    clubs::add_untagged(
        document,
        gazetteer,
        &context,
        &matches,
        &mut findings.entities,
    );
    clubs::name_by_adjective(document, gazetteer, &mut findings.entities);
    clubs::trim_country_adjectives(document, gazetteer, &mut findings.entities);
    clubs::name_by_prefix(document, gazetteer, &mut findings.entities);
    add_headed_names(
        document,
        gazetteer,
        &context,
        &matches,
        &mut findings.entities,
    );
    add_untagged_towns(
        document,
        gazetteer,
        &context,
        &matches,
        &mut findings.entities,
    );
    unlisted::add_announced(document, gazetteer, &mut findings.entities);
    unlisted::add_of_a_place(document, &mut findings.entities);
    place_announced_by_their_names(gazetteer, &context, &matches, &mut findings.entities);
    add_international_landmarks(document, &matches, &mut findings.entities);
    lists::add_listed(
        document,
        gazetteer,
        &context,
        &matches,
        &mut findings.entities,
    );
    unlisted::add_datelines(document, gazetteer, &mut findings.entities);
    unlisted::place_unlisted(document, gazetteer, &mut findings.entities);
    villages::add_untagged(document, villages, &mut findings.entities);
    villages::place_villages(document, villages, &mut findings.entities);
    repeats::add_repeats(document, &mut findings.entities);
}

/// The gazetteer name among `matches` (sorted) that holds the place on
/// `span` and more, within `room` (from where the entity before ends to
/// where the one after starts), when the corpora do not doubt it: the whole
/// name of a place cut short (خان of خان يونس, لاهيا of بيت لاهيا).
fn holding_name<'m>(
    matches: &'m [PlaceMatch],
    span: &Range<usize>,
    room: Range<usize>,
) -> Option<&'m PlaceMatch> {
    let first = matches.partition_point(|m| m.span.start < span.start);
    matches[first.saturating_sub(1)..]
        .iter()
        .take_while(|m| m.span.start <= span.start)
        .find(|m| {
            m.span.end >= span.end
                && (m.span.end > span.end || m.span.start < span.start)
                && m.span.start >= room.start
                && m.span.end <= room.end
                && !m.fuzzy
                && !m.doubtful
                && m.direction.is_none()
        })
}

/// Places each place a head noun announced (see
/// [`unlisted::add_announced`]) that a gazetteer name holds with its head
/// (جسر [الشغور]: Jisr ash-Shughur): the name is the place's, the head stays
/// outside.
fn place_announced_by_their_names(
    gazetteer: &Gazetteer,
    context: &Context,
    matches: &[PlaceMatch],
    entities: &mut [FoundEntity],
) {
    for at in 0..entities.len() {
        let entity = &entities[at];
        if entity.label != Label::Location || entity.place.is_some() {
            continue;
        }
        let previous_end = at
            .checked_sub(1)
            .map_or(0, |before| entities[before].span.end);
        let next_start = entities
            .get(at + 1)
            .map_or(usize::MAX, |next| next.span.start);
        if let Some(name) = holding_name(matches, &entity.span, previous_end..next_start) {
            entities[at].place = Some(context.place(gazetteer, name));
        }
    }
}

/// Takes a country's adjective off the end of a city or a state the tagger
/// ran on into it (سوسة الليبية → سوسة): the name is the place's, the
/// adjective says which country it lies in (read after the name, as for a
/// name the tagger cut there: its namesake there, or the name as written
/// there). A whole gazetteer name keeps it (غويانا
/// الفرنسية), as does a region of no one country (الشرق الأقصى الروسي).
fn trim_adjectives_off_places(
    document: &Document,
    gazetteer: &Gazetteer,
    matches: &[PlaceMatch],
    entities: &mut [FoundEntity],
) {
    let mut first_match = 0;
    for entity in entities.iter_mut() {
        let tokens = document.tokens_overlapping(&entity.span);
        if entity.label != Label::Location || tokens.len() < 2 {
            continue;
        }
        let last = tokens.end - 1;
        let first = walk_to(matches, &mut first_match, entity.span.start, |m| {
            m.span.start
        });
        let named_before = matches[first..]
            .iter()
            .take_while(|m| m.tokens.start == tokens.start)
            .find(|m| {
                m.tokens.end == last
                    && m.direction.is_none()
                    && matches!(m.kind, PlaceKind::City | PlaceKind::State)
            });
        let named_whole = || {
            matches[first..]
                .iter()
                .take_while(|m| m.tokens.start < tokens.end)
                .any(|m| m.tokens.end == tokens.end)
        };
        let Some(named_before) = named_before.filter(|_| !named_whole()) else {
            continue;
        };
        let Some(country) = unlisted::adjective_country(document, gazetteer, last) else {
            continue;
        };
        // A name the corpora doubt is that place only where the country has
        // one of the name (الزاوية الليبية, not الاتحاد السويسري).
        let place = match unlisted::namesake_in(gazetteer, &named_before.key, country) {
            Some(namesake) => namesake,
            None if named_before.doubtful => continue,
            None => {
                let name = document.slice(entity.span.start..document.tokens[last - 1].span.end);
                unlisted::placed_here(name, named_before.kind, country.to_string())
            }
        };
        entity.span.end = document.tokens[last - 1].span.end;
        entity.place = Some(place);
    }
}

/// Makes a place of a one-word name whose first letter the clitic splitter
/// took for a conjunction or preposition (ف + اس, tagged ORG) when the
/// whole word is a city or a country and the rest names no place (فاس,
/// Fes): the name is the word as written.
fn restore_split_places(document: &Document, gazetteer: &Gazetteer, entities: &mut [FoundEntity]) {
    for entity in entities.iter_mut() {
        let tokens = document.tokens_overlapping(&entity.span);
        let token = &document.tokens[tokens.start];
        if tokens.len() != 1 || entity.label == Label::Location || !token.clitics.any_detached() {
            continue;
        }
        let whole = document.slice(token.span.clone());
        let bare = document.slice(entity.span.clone());
        let settled = gazetteer
            .lookup(&name_key(whole))
            .is_some_and(|(candidates, doubtful)| {
                !doubtful
                    && candidates.iter().any(|&candidate| {
                        matches!(
                            gazetteer.entry(candidate).kind,
                            PlaceKind::Country | PlaceKind::City
                        )
                    })
            });
        if settled && gazetteer.lookup(&name_key(bare)).is_none() {
            entity.label = Label::Location;
            entity.span = token.span.clone();
        }
    }
}

/// Adds a `LOC` entity for each gazetteer name the tagger left out that a
/// settlement's or district's head noun announces (قضاء صور، بلدة برج
/// الشمالي: names that are also words), or that names a town of
/// [`MAJORITY_TOWN_CLASS`] and is no word the corpora doubt (بعقوبة،
/// المقدادية), when the place lies in the country that has most of the
/// article's places: a head noun before a word that names a town abroad
/// is more often the word, and a local story names its towns. In an
/// article with no such country, a town named [`RECURRING_TOWN_MIN`] times
/// is its subject's (الفجيرة six times in a story of Fujairah's roads).
fn add_headed_names(
    document: &Document,
    gazetteer: &Gazetteer,
    context: &Context,
    matches: &[PlaceMatch],
    entities: &mut Vec<FoundEntity>,
) {
    let majority = unlisted::majority_country(entities.iter());
    let tagged = tagged_tokens(document, entities);
    // A head noun that opens a gazetteer name announces the name after it
    // (قضاء بعبدا: the place is بعبدا, as ANERcorp tags it); with the
    // article it begins a description instead (المنطقة الشرقية).
    let matches: Vec<Cow<PlaceMatch>> = matches
        .iter()
        .filter_map(|m| {
            if document.tokens[m.tokens.start].clitics.article {
                Some(Cow::Borrowed(m))
            } else {
                without_head(gazetteer, document, m)
            }
        })
        .collect();
    let untagged = |m: &PlaceMatch| !tagged[m.tokens.clone()].contains(&true);
    let is_town = |m: &PlaceMatch| {
        !m.fuzzy
            && !m.doubtful
            && matches!(m.kind, PlaceKind::City | PlaceKind::State)
            && gazetteer.entry(m.best).population_class >= MAJORITY_TOWN_CLASS
    };
    let added: Vec<_> = match majority {
        Some(majority) => matches
            .iter()
            .filter(|m| {
                let start = m.tokens.start;
                !m.fuzzy
                    && start > 0
                    && untagged(m)
                    // A dual's second name (محافظتي ظفار والوسطى).
                    && (unlisted::second_of_dual(document, start).is_some()
                        || !tagged[start - 1]
                            && (unlisted::announces_settlement(document, start - 1) || is_town(m)))
            })
            .map(|matched| (matched.as_ref(), context.place(gazetteer, matched)))
            .filter(|(_, place)| place.country.as_deref() == Some(majority.as_str()))
            .collect(),
        None => {
            // Each town's name, and whether a mention stands where a place
            // does: after في, إلى, من or ب (في الفجيرة), not only where a
            // club or a word would (ستواجه أسيك).
            let mut towns: Vec<(&str, bool)> = matches
                .iter()
                .filter(|m| is_town(m) && untagged(m))
                .map(|m| (m.key.as_str(), is_placed_here(document, m.tokens.start)))
                .collect();
            towns.sort_unstable();
            let recurring = |key: &str| {
                let from = towns.partition_point(|(town, _)| *town < key);
                let mentions = towns[from..].iter().take_while(|(town, _)| *town == key);
                let (count, placed) = mentions.fold((0, false), |(count, placed), (_, here)| {
                    (count + 1, placed || *here)
                });
                placed && count >= RECURRING_TOWN_MIN
            };
            matches
                .iter()
                .filter(|m| is_town(m) && untagged(m) && recurring(&m.key))
                .map(|matched| (matched.as_ref(), context.place(gazetteer, matched)))
                .collect()
        }
    };
    add_places(entities, added);
}

/// Adds a `LOC` entity for each town of the gazetteer that the tagger left
/// out and the corpora do not doubt, where the article's words place it:
/// - **anchored**: its next words put it in a country it has a town of that
///   name in (a known place after في or ب and a head noun, or a direction,
///   or after و: وفي مرجعيون بمحافظة النبطية، في جرجيس وجربة), the town
///   there, whatever its size;
/// - **at home**: it stands where a place does (with ب, after في، إلى، من)
///   and the article's majority country, counting the anchored towns, has
///   a town of that name (ثم توجه إلى جرجيس in a Tunisian story): a story
///   of one country names its towns, while anywhere else such a name is as
///   often a word (ليلة الغسالة، الكوكبات النجمية in the corpora);
/// - **a city of the region**: it stands where a place does, and is a city
///   of an Arab state or Israel of 100,000 people or more,
///   or of [`TOWN_CLASS`] and no namesake in another country (وقتل ثلاثة في تدمر), and the article's
///   majority country, if it has one, is that state: Arabic news names
///   such cities without saying where they lie, and a name that large is
///   seldom a word (the doubtful ones are left out above); in a story of
///   another country it is more often a namesake there (سوسة in Libya);
/// - **a dateline**: it opens a paragraph before a date, a bracket or a
///   dash (الدامر 2-10-2025 (سونا)-، القاهرة -), without a preposition.
fn add_untagged_towns(
    document: &Document,
    gazetteer: &Gazetteer,
    context: &Context,
    matches: &[PlaceMatch],
    entities: &mut Vec<FoundEntity>,
) {
    let tagged = tagged_tokens(document, entities);
    let towns: Vec<&PlaceMatch> = matches
        .iter()
        .filter(|m| {
            !m.fuzzy
                && !m.doubtful
                && m.direction.is_none()
                && matches!(m.kind, PlaceKind::City | PlaceKind::State)
                && !tagged[m.tokens.clone()].contains(&true)
        })
        .collect();
    let anchored: Vec<Option<Place>> = (towns.iter())
        .map(|m| {
            let next = entities.partition_point(|entity| entity.span.start < m.span.end);
            let country = unlisted::anchor_of(document, entities.get(next)?, m.tokens.end, true)?;
            gazetteer.largest_in(&m.candidates, &country)
        })
        .collect();
    let anchored_towns = (towns.iter().zip(&anchored))
        .filter_map(|(&m, place)| Some((m, place.clone()?)))
        .collect();
    add_places(entities, anchored_towns);
    let home = unlisted::majority_country(entities.iter());
    let elsewhere: Vec<_> = (towns.iter().zip(&anchored))
        .filter(|(_, anchored)| anchored.is_none())
        .filter_map(|(&m, _)| {
            let at_home = || {
                let home = home.as_deref()?;
                is_placed_here(document, m.tokens.start)
                    .then(|| gazetteer.largest_in(&m.candidates, home))?
            };
            let regional = || {
                let at_home = regional_city(gazetteer, m)
                    .is_some_and(|country| home.as_deref().is_none_or(|home| home == country));
                (at_home && is_placed_here(document, m.tokens.start))
                    .then(|| context.place(gazetteer, m))
            };
            let dateline = || {
                let bare = document.tokens[m.tokens.start]
                    .clitics
                    .preposition
                    .is_none();
                (bare && opens_dateline(document, m.tokens.clone())).then(|| {
                    dateline_city(gazetteer, m).unwrap_or_else(|| gazetteer.entry(m.best).place())
                })
            };
            Some((m, at_home().or_else(regional).or_else(dateline)?))
        })
        .collect();
    add_places(entities, elsewhere);
}

/// Population class (about 30,000 people) from which a town of one
/// country's is the town where a place stands, whatever the story.
const TOWN_CLASS: u8 = 9;

/// The states whose cities Arabic news names without saying where they
/// lie: the members of the Arab League, and Israel, whose towns it names
/// as often and mostly by Arabic names (يافا، الناصرة، بئر السبع). Not Iran
/// or Turkey: their towns' names written in Arabic letters are as often
/// words (نقده, his criticism, for Naqadeh).
const REGION_STATES: &[&str] = &[
    "AE", "BH", "DJ", "DZ", "EG", "IL", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",
    "QA", "SA", "SD", "SO", "SY", "TN", "YE",
];

/// The state of the region ([`REGION_STATES`]) whose city or state
/// `matched` names, when it has 100,000 people or more, or [`TOWN_CLASS`]
/// and no namesake in another country.
fn regional_city(gazetteer: &Gazetteer, matched: &PlaceMatch) -> Option<&'static str> {
    let best = gazetteer.entry(matched.best);
    let one_country = (matched.candidates.iter())
        .all(|&candidate| gazetteer.entry(candidate).country == best.country);
    let large = best.is_notable() || one_country && best.population_class >= TOWN_CLASS;
    let country = best
        .country
        .filter(|country| REGION_STATES.contains(country))?;
    (large && matches!(best.kind, PlaceKind::City | PlaceKind::State)).then_some(country)
}

/// True when the name on the tokens `name` opens a paragraph and a
/// dateline's marks follow it: after any date, an opening bracket, or a
/// dash ending the date (الدامر 2-10-2025 (سونا)، عمّان (ديبريفر) -،
/// القاهرة -): a dateline names the city the story was filed from.
fn opens_dateline(document: &Document, name: Range<usize>) -> bool {
    const DATE_TOKENS: usize = 8;
    let Some(first) = document.tokens.get(name.start) else {
        return false;
    };
    // Paragraphs come in text order: one binary search per place.
    let opens_paragraph = document
        .paragraphs
        .binary_search_by_key(&first.span.start, |paragraph| paragraph.span.start)
        .is_ok();
    if !opens_paragraph {
        return false;
    }
    let tokens = &document.tokens;
    let mark = |index: usize| document.slice(tokens[index].span.clone());
    let is_dash = |index: usize| matches!(mark(index), "-" | "–" | "—");
    let mut index = name.end;
    let limit = (index + DATE_TOKENS).min(tokens.len());
    while index < limit
        && (tokens[index].kind == TokenKind::Number || is_dash(index) || mark(index) == "/")
    {
        index += 1;
    }
    let opens_bracket = index < tokens.len() && mark(index) == "(";
    let ends_in_dash = index > name.end && is_dash(index - 1);
    opens_bracket || ends_in_dash
}

/// Heads of the landmarks named after a person and called international
/// (مطار هواري بومدين الدولي), normalised.
const INTERNATIONAL_HEADS: &[&str] = &["مطار", "ملعب", "استاد", "ميناء"];

/// The most words between such a head and الدولي (مطار باريس شارل ديغول).
const INTERNATIONAL_MAX_WORDS: usize = 3;

/// Makes one landmark of a head, the words after it and الدولي where no
/// place is among those words (مطار ديوري حمّاني الدولي، مطار الملك عبد
/// العزيز الدولي): the airport is named after a person, whose name the
/// tagger may have found, not after its city (مطار القاهرة الدولي is the
/// city's: the tagger's or the gazetteer's place stays).
fn add_international_landmarks(
    document: &Document,
    matches: &[PlaceMatch],
    entities: &mut Vec<FoundEntity>,
) {
    // Each head and its الدولي: the words between are read only for these,
    // which most texts do not have.
    let candidates: Vec<(usize, usize)> = (0..document.tokens.len())
        .filter(|&head| {
            let token = &document.tokens[head];
            token.kind == TokenKind::Arabic
                && !token.clitics.article
                && INTERNATIONAL_HEADS.contains(&document.bare(head))
        })
        .filter_map(|head| {
            let last = (head + 2..=head + 1 + INTERNATIONAL_MAX_WORDS)
                .take_while(|&index| index < document.tokens.len())
                .find(|&index| matches!(document.norm(index), "الدولي" | "الدوليه"))?;
            Some((head, last))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    // The tokens of the gazetteer's names and of organisations and known
    // places (the tagger's unknown place may be the person: ديوري).
    let mut named = vec![false; document.tokens.len()];
    for m in matches {
        named[m.tokens.clone()].fill(true);
    }
    let known = |entity: &&FoundEntity| match entity.label {
        Label::Person => false,
        Label::Location => entity.place.is_some(),
        _ => true,
    };
    for entity in entities.iter().filter(known) {
        named[document.tokens_overlapping(&entity.span)].fill(true);
    }
    let landmarks: Vec<Range<usize>> = candidates
        .into_iter()
        .filter(|&(head, last)| {
            (head + 1..last).all(|index| {
                document.tokens[index].kind == TokenKind::Arabic
                    && !named[index]
                    && !document.tokens[index].clitics.any_detached()
            })
        })
        .map(|(head, last)| document.bare_span(head).start..document.tokens[last].span.end)
        .collect();
    if landmarks.is_empty() {
        return;
    }
    entities.retain(|entity| {
        !landmarks
            .iter()
            .any(|span| span.start < entity.span.end && entity.span.start < span.end)
    });
    entities.extend(landmarks.into_iter().map(|span| FoundEntity {
        span,
        label: Label::Location,
        place: None,
        group: None,
    }));
    entities.sort_by_key(|entity| entity.span.start);
}

/// Verbs whose subject is a place: what it witnessed or hosted (شهدت
/// تدمر، تستضيف الدوحة), normalised and without their conjunction.
const HOSTING_VERBS: &[&str] = &["شهدت", "تشهد", "استضافت", "تستضيف", "احتضنت", "تحتضن"];

/// True when the word at token `index` stands where a place does: with ب,
/// or after في, إلى or من, after the title of one who governs a place
/// (محافظ إب، والي الخرطوم), or as the subject of a verb of witnessing or
/// hosting.
fn is_placed_here(document: &Document, index: usize) -> bool {
    document.tokens[index].clitics.preposition == Some('ب')
        || index.checked_sub(1).is_some_and(|before| {
            matches!(document.norm(before), "في" | "الي" | "من")
                || GOVERNORS.contains(&document.bare(before))
                || HOSTING_VERBS.contains(&document.bare(before))
        })
}

/// Titles of those who govern a place, named right after them, then their
/// own name (محافظ مأرب سلطان العرادة).
const GOVERNORS: &[&str] = &["محافظ", "والي", "حاكم", "عمده", "امير"];

/// Titles held over a country, named right after them, then the holder's
/// own name (ورئيس بنين باتريس تالون، رئيس وزراء بريطانيا كير ستارمر،
/// وزير خارجية فرنسا جان نويل بارو).
const COUNTRY_TITLES: &[&str] = &["رئيس", "رئيسه", "ملك", "ملكه", "وزراء", "خارجيه"];

/// What a stage that splits places off entities reads.
struct Places<'a, 'd> {
    document: &'a Document<'d>,
    gazetteer: &'a Gazetteer,
    context: &'a Context,
    matches: &'a [PlaceMatch],
}

impl<'a> Places<'a, '_> {
    /// Splits a place the tagger ran over two or more places joined by و
    /// (جربة وجرجيس، فرنسا وإيطاليا) into one place each: the gazetteer's
    /// names cover its words one after another, each after the first
    /// opening with و, so no one name (البوسنة والهرسك) holds them.
    fn split_joined_places(&self, entities: &mut Vec<FoundEntity>) {
        let document = self.document;
        let mut joined = Vec::new();
        let mut first_match = 0;
        for (index, entity) in entities.iter().enumerate() {
            if entity.label != Label::Location {
                continue;
            }
            let first = walk_to(self.matches, &mut first_match, entity.span.start, |m| {
                m.span.start
            });
            let tokens = document.tokens_overlapping(&entity.span);
            let inside = &self.matches[first..];
            let inside = &inside[..inside.partition_point(|m| m.tokens.start < tokens.end)];
            let mut next = tokens.start;
            let covered = inside.iter().enumerate().all(|(position, m)| {
                let follows = m.tokens.start == next
                    && m.tokens.end <= tokens.end
                    && m.direction.is_none()
                    && (position == 0
                        || document.tokens[m.tokens.start].clitics.conjunction == Some('و'));
                next = m.tokens.end;
                follows
            });
            if inside.len() > 1 && covered && next == tokens.end {
                joined.push((index, inside));
            }
        }
        if joined.is_empty() {
            return;
        }
        let mut removed = vec![false; entities.len()];
        let mut added = Vec::new();
        for (index, inside) in joined {
            removed[index] = true;
            added.extend(
                inside
                    .iter()
                    .map(|m| (m, self.context.place(self.gazetteer, m))),
            );
        }
        let mut kept = removed.iter();
        entities.retain(|_| !kept.next().copied().unwrap_or(false));
        add_places(entities, added);
    }

    /// Splits off the place at the end of an organisation the tagger ran on
    /// into it with ب (وزارة الصحة بقطاع غزة: the ministry, in Gaza): a name
    /// holds no preposition, so the place is where the organisation sits, and
    /// a place of its own.
    fn split_seated_organizations(&self, entities: &mut Vec<FoundEntity>) {
        let (document, gazetteer) = (self.document, self.gazetteer);
        self.split_off(entities, Label::Organization, |span, tokens, inside| {
            let seated = inside.iter().find(|m| {
                m.tokens.end == tokens.end
                    && m.tokens.start > tokens.start
                    && !m.fuzzy
                    && !m.doubtful
                    && document.tokens[m.tokens.start].clitics.preposition == Some('ب')
            })?;
            let seat = without_head(gazetteer, document, seated)?;
            let kept = span.start..document.tokens[seated.tokens.start - 1].span.end;
            Some((seat, kept))
        });
    }

    /// Splits the place off a person the tagger ran the governed place into
    /// after a governor's title (محافظ [مأرب سلطان العرادة] → مأرب, a place,
    /// and سلطان العرادة) or a country's (رئيس [بنين باتريس تالون]): a
    /// city's or a state's name, or a country's, then at least two words.
    fn split_governors(&self, entities: &mut Vec<FoundEntity>) {
        let document = self.document;
        self.split_off(entities, Label::Person, |span, tokens, inside| {
            // With the article the title is a rank before a name (الأمير
            // جوهر), not the title of a place named after it.
            let title = document.bare(tokens.start.checked_sub(1)?);
            let kinds: &[PlaceKind] = if GOVERNORS.contains(&title) {
                &[PlaceKind::City, PlaceKind::State]
            } else if COUNTRY_TITLES.contains(&title) {
                &[PlaceKind::Country]
            } else {
                return None;
            };
            let governed = inside.iter().find(|m| {
                m.tokens.start == tokens.start
                    && m.tokens.end + 2 <= tokens.end
                    && !m.fuzzy
                    && kinds.contains(&m.kind)
            })?;
            let kept = document.tokens[governed.tokens.end].span.start..span.end;
            Some((Cow::Borrowed(governed), kept))
        });
    }

    /// Splits a place off each entity of `label` where `split`, given the
    /// entity's span, its tokens and the gazetteer names inside it, finds
    /// one: it
    /// returns the place's name and the span the entity keeps. The place
    /// becomes a `LOC` entity of its own.
    fn split_off(
        &self,
        entities: &mut Vec<FoundEntity>,
        label: Label,
        split: impl Fn(
            &Range<usize>,
            Range<usize>,
            &'a [PlaceMatch],
        ) -> Option<(Cow<'a, PlaceMatch>, Range<usize>)>,
    ) {
        let mut added = Vec::new();
        let mut first_match = 0;
        for entity in entities.iter_mut() {
            if entity.label != label {
                continue;
            }
            let first = walk_to(self.matches, &mut first_match, entity.span.start, |m| {
                m.span.start
            });
            let end = entity.span.end;
            let inside = &self.matches[first..];
            let inside = &inside[..inside.partition_point(|m| m.span.start < end)];
            let tokens = self.document.tokens_overlapping(&entity.span);
            if let Some((place, kept)) = split(&entity.span, tokens, inside) {
                entity.span = kept;
                let resolved = self.context.place(self.gazetteer, &place);
                added.push((place, resolved));
            }
        }
        let added = added
            .iter()
            .map(|(place, resolved)| (place.as_ref(), resolved.clone()));
        add_places(entities, added.collect());
    }
}

/// Which tokens of `document` the `entities` cover.
fn tagged_tokens(document: &Document, entities: &[FoundEntity]) -> Vec<bool> {
    let mut tagged = vec![false; document.tokens.len()];
    for entity in entities {
        tagged[document.tokens_overlapping(&entity.span)].fill(true);
    }
    tagged
}

/// Adds a `LOC` entity for each gazetteer match of `added` with its place
/// (on tokens no entity covers), keeping `entities` in text order.
fn add_places(entities: &mut Vec<FoundEntity>, added: Vec<(&PlaceMatch, Place)>) {
    if added.is_empty() {
        return;
    }
    entities.extend(added.into_iter().map(|(matched, place)| FoundEntity {
        span: matched.span.clone(),
        label: Label::Location,
        place: Some(place),
        group: None,
    }));
    entities.sort_by_key(|entity| entity.span.start);
}

/// True when the entity on `span` opens a paragraph as a dateline (see
/// [`opens_dateline`]).
fn is_dateline(document: &Document, span: &Range<usize>) -> bool {
    opens_dateline(document, document.tokens_overlapping(span))
}

/// The largest notable city among the places `matched` may name, for a
/// dateline (عمّان is Amman there, الكويت Kuwait City; a small namesake
/// town, as Lebanon in Pennsylvania, does not take a country's name).
fn dateline_city(gazetteer: &Gazetteer, matched: &PlaceMatch) -> Option<Place> {
    matched
        .candidates
        .iter()
        .map(|&index| gazetteer.entry(index))
        .filter(|entry| entry.kind == PlaceKind::City && entry.is_notable())
        .max_by_key(|entry| entry.population_class)
        .map(|entry| entry.place())
}

/// Head nouns of a place's kind that ANERcorp leaves out of the name
/// (قطاع غزة, إقليم دارفور, منطقة الخليج: the name is غزة, دارفور, الخليج;
/// its training part tags the head noun outside the name 18, 14 and 41
/// times, inside once, never and never), normalised and without the
/// article. A sea's or an island's is part of it (البحر الأحمر). The
/// district's and the settlement's heads open many of dr5hn's names
/// (قضاء بعبدا، بلدية …، مقاطعة …), and the name after them is the place.
const HEAD_NOUNS: &[&str] = &[
    "قطاع",
    "اقليم",
    "منطقه",
    "مدينه",
    "محافظه",
    "ولايه",
    "حي",
    "مخيم",
    "نهر",
    "جمهوريه",
    "قضاء",
    "ناحيه",
    "بلديه",
    "مقاطعه",
    "قريه",
    "بلده",
];

/// The name a gazetteer match adds as a place: the match itself, or, when it
/// starts with a head noun or a direction before a country or state (قطاع
/// غزة, جنوب لبنان), the place after it; `None` when after a head noun
/// comes no name of its own. A direction before a continent or region
/// stays: غرب أفريقيا, شرق ووسط آسيا are regions of their own.
/// Mostly the match itself, borrowed.
fn without_head<'m>(
    gazetteer: &Gazetteer,
    document: &Document,
    matched: &'m PlaceMatch,
) -> Option<Cow<'m, PlaceMatch>> {
    let first = matched.tokens.start;
    if matched.tokens.len() < 2 {
        return Some(Cow::Borrowed(matched));
    }
    let bare = document.bare(first);
    let stem = if document.tokens[first].clitics.article {
        words::without_article(bare)
    } else {
        bare
    };
    let direction = matched.direction.is_some() || words::is_direction_noun(stem);
    // A landmark's head is part of its name (المنطقة الخضراء, Baghdad's
    // Green Zone, is no الخضراء).
    if matched.kind == PlaceKind::Landmark || (!direction && !HEAD_NOUNS.contains(&stem)) {
        return Some(Cow::Borrowed(matched));
    }
    let inner = gazetteer.name_of(document, first + 1..matched.tokens.end);
    if !direction {
        return inner.map(Cow::Owned);
    }
    match inner {
        Some(inner)
            if !matches!(
                gazetteer.entry(inner.best).kind,
                PlaceKind::Continent | PlaceKind::Region
            ) =>
        {
            Some(Cow::Owned(inner))
        }
        _ => Some(Cow::Borrowed(matched)),
    }
}

/// The indices of the entities that overlap `span`. Entities are sorted and
/// do not overlap one another, so their ends are sorted too: the first is
/// found by [`walk_to`] from `cursor` (spans asked in text order), the
/// last by walking on over the few that overlap.
fn overlapping(entities: &[FoundEntity], cursor: &mut usize, span: &Range<usize>) -> Range<usize> {
    // The first entity whose end is after the span's start.
    let first = walk_to(entities, cursor, span.start + 1, |e| e.span.end);
    let last = first + walk_to(&entities[first..], &mut 0, span.end, |e| e.span.start);
    first..last
}

/// `items.partition_point(|item| key(item) < start)` for `items` sorted by
/// `key`, found by walking on from `cursor`, the answer for an earlier
/// `start`, which it becomes. A stage that goes through a document in text
/// order asks with growing `start`s; a binary search over a long document's
/// tokens missed the processor's cache at every step. A smaller `start`
/// than the last is answered by a binary search.
fn walk_to<T>(items: &[T], cursor: &mut usize, start: usize, key: impl Fn(&T) -> usize) -> usize {
    let behind = *cursor > items.len() || (*cursor > 0 && key(&items[*cursor - 1]) >= start);
    if behind {
        *cursor = items.partition_point(|item| key(item) < start);
    }
    while items.get(*cursor).is_some_and(|item| key(item) < start) {
        *cursor += 1;
    }
    *cursor
}

/// The tokens from the first to the last word token inside `span`.
pub fn word_tokens(document: &Document, span: &Range<usize>) -> Option<Range<usize>> {
    let from = document
        .tokens
        .partition_point(|t| t.span.start < span.start);
    word_tokens_from(document, from, span)
}

/// [`word_tokens`], given the first token at or after the start of `span`.
fn word_tokens_from(document: &Document, from: usize, span: &Range<usize>) -> Option<Range<usize>> {
    let tokens = &document.tokens;
    let inside = tokens[from..]
        .iter()
        .enumerate()
        .take_while(|(_, t)| t.span.end <= span.end)
        .filter(|(_, t)| t.is_word())
        .map(|(offset, _)| from + offset);
    let mut words = inside;
    let first = words.next()?;
    let last = words.last().unwrap_or(first);
    Some(first..last + 1)
}

/// Which tokens of `document` overlap a `LOC` entity of `entities` (sorted
/// and not overlapping).
fn tokens_in_places(document: &Document, entities: &[FoundEntity]) -> Vec<bool> {
    let mut in_places = vec![false; document.tokens.len()];
    let mut first_token = 0;
    for entity in entities.iter().filter(|e| e.label == Label::Location) {
        // The first token ending after the entity's start, then each
        // starting before its end.
        let first = walk_to(
            &document.tokens,
            &mut first_token,
            entity.span.start + 1,
            |t| t.span.end,
        );
        for (token, in_place) in document.tokens[first..].iter().zip(&mut in_places[first..]) {
            if token.span.start >= entity.span.end {
                break;
            }
            *in_place = true;
        }
    }
    in_places
}

/// The countries the document names, and by which names.
struct Context {
    /// Sorted, without repeats: what [`Gazetteer::best`] weighs.
    countries: Vec<&'static str>,
    /// For each of `countries`, in the same order, a name that named it and
    /// whether another name did too: enough to tell whether a name other
    /// than a given one names the country, in one binary search however
    /// long the text.
    named_by: Vec<(String, bool)>,
}

impl Context {
    /// The country the document names, when it names exactly one.
    fn sole_country(&self) -> Option<&'static str> {
        match self.countries[..] {
            [country] => Some(country),
            _ => None,
        }
    }

    /// The place `matched` stands for among the document's countries, or
    /// its namesake of the same kind in a country the document names by
    /// other names when only this very name names the first one's: القنيطرة
    /// alone makes Morocco (Kenitra) a context country, which must not
    /// outweigh سوريا or دمشق for Quneitra. A namesake of another kind
    /// does not (Vienna stays Vienna beside France's département Vienne).
    fn namesake_named_elsewhere(&self, gazetteer: &Gazetteer, matched: &PlaceMatch) -> Place {
        let place = gazetteer.place(matched, &self.countries);
        let only_here = place
            .country
            .as_deref()
            .is_some_and(|country| !self.named_elsewhere(country, &matched.key));
        if !only_here {
            return place;
        }
        let elsewhere: Vec<&str> = (self.countries.iter())
            .copied()
            .filter(|country| self.named_elsewhere(country, &matched.key))
            .collect();
        let namesake = gazetteer.place(matched, &elsewhere);
        if namesake.kind == place.kind
            && namesake
                .country
                .as_deref()
                .is_some_and(|country| elsewhere.contains(&country))
        {
            namesake
        } else {
            place
        }
    }

    /// True when `country` is named by a name other than `key`: عمان
    /// alone does not make a document one about Oman.
    fn named_elsewhere(&self, country: &str, key: &str) -> bool {
        self.countries.binary_search(&country).is_ok_and(|at| {
            let (first, several) = &self.named_by[at];
            *several || first != key
        })
    }

    /// The place of `kind` that `matched` may stand for, in a country the
    /// document names if one is, else the most populous; `None` when the
    /// likeliest place is a city or a state, or none is of that kind.
    fn place_of_kind(
        &self,
        gazetteer: &Gazetteer,
        matched: &PlaceMatch,
        kind: PlaceKind,
    ) -> Option<Place> {
        // A city and its state often share a name (محافظة المنيا and its
        // city): the head overrules only a place of another nature.
        if matches!(
            gazetteer.entry(matched.best).kind,
            PlaceKind::City | PlaceKind::State
        ) {
            return None;
        }
        matched
            .candidates
            .iter()
            .map(|&index| gazetteer.entry(index))
            .filter(|entry| entry.kind == kind)
            .max_by_key(|entry| {
                let named = entry
                    .country
                    .is_some_and(|country| self.countries.binary_search(&country).is_ok());
                (named, entry.population_class)
            })
            .map(|entry| entry.place())
    }

    /// The place `matched` stands for: [`Gazetteer::place`], except that a
    /// name a country or a region of several countries shares with a place
    /// inside another country is that place when the document names that
    /// country and not the namesake country otherwise: عمان in an article on
    /// Jordan is Amman, كردستان in one on Iraq is Iraqi Kurdistan. A
    /// country's namesake must be a city (a region named after a country is
    /// named for it).
    fn place(&self, gazetteer: &Gazetteer, matched: &PlaceMatch) -> Place {
        let place = self.namesake_named_elsewhere(gazetteer, matched);
        let country_named = place
            .country
            .as_deref()
            .is_some_and(|country| self.named_elsewhere(country, &matched.key));
        let shared_kinds: &[PlaceKind] = match (place.kind, place.country.is_some()) {
            (PlaceKind::Country, _) => &[PlaceKind::City],
            (PlaceKind::Region, false) => &[PlaceKind::City, PlaceKind::State, PlaceKind::Region],
            _ => return place,
        };
        if country_named || matched.direction.is_some() {
            return place;
        }
        matched
            .candidates
            .iter()
            .map(|&index| gazetteer.entry(index))
            .filter(|entry| {
                shared_kinds.contains(&entry.kind)
                    && entry
                        .country
                        .is_some_and(|country| self.named_elsewhere(country, &matched.key))
            })
            .max_by_key(|entry| entry.population_class)
            .map_or(place, |namesake| namesake.place())
    }
}

/// The kind of place a state's or a city's head noun (or a dual's, before
/// the name before), or a governor's title, right before token `start`
/// tells the name after it is: ولاية نهر النيل and والي نهر النيل name the
/// state, not the river.
fn kind_told_before(document: &Document, start: usize) -> Option<PlaceKind> {
    let before = start.checked_sub(1)?;
    // والي is also read as و + الي. A dual's second name comes after the
    // first and و (بولايتي الشمالية والبحر الأحمر).
    let kind = match document.norm(before) {
        "والي" | "محافظ" => PlaceKind::State,
        _ => unlisted::head_before(document, start)
            .map(|(kind, _)| kind)
            .or_else(|| unlisted::second_of_dual(document, start))?,
    };
    matches!(kind, PlaceKind::State | PlaceKind::City).then_some(kind)
}

/// The countries the document names: those of its unambiguous place names
/// (countries, and notable cities and states such as حيفا, which makes عكا
/// Acre rather than a Nigerian town), unless an entity of another label
/// claims the name (مصر inside بنك مصر names no place); and those its
/// adjectives name (الشركة الجزائرية: an Algerian story often names no
/// place of Algeria but its own towns, and الوادي there is El Oued, not The
/// Valley of Anguilla).
fn context_countries(
    document: &Document,
    gazetteer: &Gazetteer,
    matches: &[PlaceMatch],
    entities: &[FoundEntity],
) -> Context {
    let mut first_entity = 0;
    let mut named: Vec<(&'static str, String)> = matches
        .iter()
        .filter(|m| !m.doubtful && !m.fuzzy && m.direction.is_none())
        .filter(|m| {
            let best = gazetteer.entry(m.best);
            best.kind == PlaceKind::Country
                || (matches!(best.kind, PlaceKind::City | PlaceKind::State) && best.is_notable())
        })
        .filter(|m| {
            !entities[overlapping(entities, &mut first_entity, &m.span)]
                .iter()
                .any(|e| e.label != Label::Location)
        })
        .filter_map(|m| Some((gazetteer.entry(m.best).country?, m.key.clone())))
        .collect();
    // A word's adjective country is the word's own: looked up once per
    // word of the text.
    let mut adjectives = PerWord::new(document);
    named.extend(
        (0..document.tokens.len())
            .filter_map(|index| {
                adjectives.get(document, index, || {
                    unlisted::adjective_country(document, gazetteer, index)
                })
            })
            .map(|country| (country, "adjective".to_string())),
    );
    named.sort_unstable();
    named.dedup();
    let mut context = Context {
        countries: Vec::new(),
        named_by: Vec::new(),
    };
    for (country, key) in named {
        if context.countries.last() == Some(&country) {
            if let Some((_, several)) = context.named_by.last_mut() {
                *several = true;
            }
        } else {
            context.countries.push(country);
            context.named_by.push((key, false));
        }
    }
    context
}

/// True for a town or a state the gazetteer knows (not doubtful, not by
/// another spelling) right after a state's or a city's head noun: a person
/// the tagger found there is the place (ولاية تيرس زمور), though such a
/// name is not added where the tagger found nothing.
fn is_headed_town(document: &Document, matched: &PlaceMatch) -> bool {
    !matched.doubtful
        && !matched.fuzzy
        && matches!(matched.kind, PlaceKind::City | PlaceKind::State)
        && kind_told_before(document, matched.tokens.start).is_some()
}

/// True when `matched`, not doubted by the corpora, names a city of the region
/// ([`regional_city`]) where a place stands: the tagger's person or
/// organisation of that very name there is the city (وقتل ثلاثة في بن
/// قردان، إلى بني وليد).
fn is_regional_city_here(document: &Document, gazetteer: &Gazetteer, matched: &PlaceMatch) -> bool {
    !matched.doubtful
        && !matched.fuzzy
        && is_placed_here(document, matched.tokens.start)
        && regional_city(gazetteer, matched).is_some()
}

/// True for a match that is a place whatever the tagger says (see
/// [`resolve`]).
fn is_unambiguous(gazetteer: &Gazetteer, matched: &PlaceMatch) -> bool {
    if matched.doubtful || matched.fuzzy {
        return false;
    }
    let best = gazetteer.entry(matched.best);
    match matched.kind {
        PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region | PlaceKind::Water => true,
        PlaceKind::City | PlaceKind::State => best.population_class >= ADDED_CITY_CLASS,
        // Only the hand list's landmarks, and none the corpora doubt
        // (سد النهضة، المسجد الأقصى; not السد العالي).
        PlaceKind::Landmark => best.population_class >= ADDED_CITY_CLASS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_finds_what_a_binary_search_finds() {
        let items = [1, 3, 3, 5, 8, 13];
        let mut cursor = 0;
        for start in [0, 2, 3, 3, 4, 9, 20, 4, 1, 14, 0] {
            assert_eq!(
                walk_to(&items, &mut cursor, start, |&item| item),
                items.partition_point(|&item| item < start),
                "{start}"
            );
        }
        assert_eq!(walk_to(&items, &mut 99, 5, |&item| item), 3);
    }

    fn resolved(text: &str, entities: Vec<FoundEntity>) -> Vec<(String, Label, Option<String>)> {
        let document = Document::new(text);
        let mut findings = Findings {
            entities,
            ..Findings::default()
        };
        resolve(
            &document,
            &Gazetteer::embedded(),
            &villages::embedded(),
            &mut findings,
        );
        findings
            .entities
            .iter()
            .map(|e| {
                (
                    document.slice(e.span.clone()).to_string(),
                    e.label,
                    e.place.as_ref().and_then(|p| p.country.clone()),
                )
            })
            .collect()
    }

    /// The country the whole pipeline places `town` of `text` in.
    fn placed_country(text: &str, town: &str) -> Option<String> {
        (crate::analyze(text).entities.iter())
            .find(|entity| entity.text == town)
            .and_then(|entity| entity.place.as_ref()?.country.clone())
    }

    /// The names and countries of what [`resolved`] found.
    fn names_and_countries(found: &[(String, Label, Option<String>)]) -> Vec<(&str, Option<&str>)> {
        found
            .iter()
            .map(|(name, _, country)| (name.as_str(), country.as_deref()))
            .collect()
    }

    /// An entity of `label` on the first `part` of `text` (for this
    /// module's stages' tests too).
    pub(super) fn entity(text: &str, part: &str, label: Label) -> FoundEntity {
        let start = text.find(part).unwrap();
        FoundEntity {
            span: start..start + part.len(),
            label,
            place: None,
            group: None,
        }
    }

    #[test]
    fn adds_places_alone_through_clitics() {
        let found = resolved("قصف في سوريا والعراق وبغداد.", Vec::new());
        let names = names_and_countries(&found);
        assert_eq!(
            names,
            vec![
                ("سوريا", Some("SY")),
                ("العراق", Some("IQ")),
                ("بغداد", Some("IQ"))
            ]
        );
    }

    #[test]
    fn a_town_the_tagger_cut_or_pieced_is_its_whole_name() {
        let text = "قصف مبنى في خان يونس ومدينة دير البلح جنوب قطاع غزة";
        let entities = vec![
            entity(text, "خان", Label::Location),
            entity(text, "يونس", Label::Location),
            entity(text, "دير", Label::Location),
            entity(text, "غزة", Label::Location),
        ];
        let found = resolved(text, entities);
        for name in ["خان يونس", "دير البلح"] {
            assert!(
                found.contains(&(name.to_string(), Label::Location, Some("PS".to_string()))),
                "{found:?}"
            );
        }
        // Cut at its start, the whole name; a head noun stays outside.
        let text = "قصف منزل في بيت لاهيا وآخر في مخيم بلاطة";
        let entities = vec![
            entity(text, "لاهيا", Label::Location),
            entity(text, "بلاطة", Label::Location),
        ];
        let found = resolved(text, entities);
        for name in ["بيت لاهيا", "بلاطة"] {
            assert!(
                found.contains(&(name.to_string(), Label::Location, Some("PS".to_string()))),
                "{name}: {found:?}"
            );
        }
        // A name a head announced that the gazetteer holds with the head.
        let found = resolved("وقال إن جسر الشغور تضررت .", Vec::new());
        assert_eq!(
            names_and_countries(&found),
            [("الشغور", Some("SY"))],
            "{found:?}"
        );
    }

    #[test]
    fn an_international_airport_named_after_a_person_is_one_landmark() {
        let text = "وصل من مطار القاهرة الدولي إلى مطار هواري بومدين الدولي في الجزائر";
        let entities = vec![
            entity(text, "القاهرة", Label::Location),
            entity(text, "هواري بومدين", Label::Person),
            entity(text, "الجزائر", Label::Location),
        ];
        let found = resolved(text, entities);
        let names: Vec<_> = found.iter().map(|(t, l, _)| (t.as_str(), *l)).collect();
        assert_eq!(
            names,
            vec![
                ("القاهرة", Label::Location),
                ("مطار هواري بومدين الدولي", Label::Location),
                ("الجزائر", Label::Location)
            ]
        );
    }

    #[test]
    fn places_the_tagger_joined_with_waw_are_each_their_own() {
        let text = "الحظوظ بعد أوروبا والولايات المتحدة الأمريكية ثم البوسنة والهرسك";
        let entities = ["أوروبا والولايات المتحدة الأمريكية", "البوسنة والهرسك"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        let found = resolved(text, entities);
        let names = names_and_countries(&found);
        assert_eq!(
            names,
            vec![
                ("أوروبا", None),
                ("الولايات المتحدة الأمريكية", Some("US")),
                ("البوسنة والهرسك", Some("BA"))
            ]
        );
    }

    #[test]
    fn a_country_adjective_the_tagger_ran_into_a_city_says_its_country() {
        let text =
            "أكد عميد بلدية سوسة الليبية، ثم زار منطقتي البنجاب الباكستانية والبنجاب الهندية";
        let entities = ["سوسة الليبية", "البنجاب الباكستانية"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        let found = resolved(text, entities);
        let names = names_and_countries(&found);
        assert_eq!(
            names,
            vec![
                ("سوسة", Some("LY")),
                ("البنجاب", Some("PK")),
                ("البنجاب", Some("IN"))
            ]
        );
    }

    #[test]
    fn a_namesake_in_a_country_named_by_other_names_wins_over_one_named_only_by_itself() {
        let text = "قتل ثلاثة في القنيطرة . وزار الوزير دمشق وحلب";
        let entities = ["القنيطرة", "دمشق", "حلب"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        let found = resolved(text, entities);
        assert_eq!(names_and_countries(&found)[0], ("القنيطرة", Some("SY")));
        // Named alone, the larger Kenitra.
        let text = "وصل الوفد إلى القنيطرة";
        let found = resolved(text, vec![entity(text, "القنيطرة", Label::Location)]);
        assert_eq!(names_and_countries(&found), [("القنيطرة", Some("MA"))]);
        // Not a namesake of another kind: Vienna beside France's Vienne.
        let text = "عقدت أوبك ندوة في فيينا وقالت فرنسا إنها ستشارك";
        let entities = ["فيينا", "فرنسا"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        let found = resolved(text, entities);
        assert_eq!(names_and_countries(&found)[0], ("فيينا", Some("AT")));
    }

    #[test]
    fn a_small_town_anchored_in_its_country_is_added() {
        let text = "وفي مرجعيون بمحافظة النبطية استهدفت غارة البلدة، وتواصل الاقتراع في جرجيس وجربة";
        let entities = ["النبطية", "جربة"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        let found = resolved(text, entities);
        for (name, country) in [("مرجعيون", "LB"), ("جرجيس", "TN")] {
            assert!(
                found.contains(&(name.to_string(), Label::Location, Some(country.to_string()))),
                "{name}: {found:?}"
            );
        }
    }

    #[test]
    fn a_town_of_the_articles_country_is_added_where_a_place_stands() {
        // The whole pipeline: which towns the tagger leaves out is the point.
        assert_eq!(
            placed_country("كان أصله من شيراز، وقيل من الري، وقيل من أصفهان.", "الري").as_deref(),
            Some("IR")
        );
        let text = "وصل الوزير إلى وهران قادما من الجزائر. وهذا منذ سنة 1993 بالسانية.";
        assert_eq!(placed_country(text, "السانية").as_deref(), Some("DZ"));
    }

    #[test]
    fn an_arab_town_of_one_country_is_added_where_a_place_stands() {
        let cases = [
            ("وقتل ثلاثة في تدمر يوم الأحد .", "تدمر", Some("SY")),
            // An Algerian province, the state and its seat of one name.
            ("وقتل ثلاثة في البويرة يوم الأحد .", "البويرة", Some("DZ")),
            // A town of Israel, not of Iran (نقده, his criticism, for Naqadeh).
            ("وقتل ثلاثة في ديمونا يوم الأحد .", "ديمونا", Some("IL")),
            ("ففي نقده للكتاب قال إنه أخطأ .", "نقده", None),
            // The subject of a verb of hosting.
            ("وتستضيف درعا المؤتمر الأسبوع المقبل .", "درعا", Some("SY")),
            // After a governor's title.
            ("وقال محافظ درعا إن الوضع مستقر .", "درعا", Some("SY")),
            // The tagger's person or organisation of the city's very name.
            ("وقتل ثلاثة في بن عروس يوم الأحد .", "بن عروس", Some("TN")),
            // Or its last words, its first taken for a title.
            (
                "وقتل ثلاثة في الشيخ زويد يوم الأحد .",
                "الشيخ زويد",
                Some("EG"),
            ),
            // Not a village, whose name is as often a word (صوف, wool).
            ("واشتهرت التجارة بصوف الغنم .", "صوف", None),
        ];
        for (text, town, country) in cases {
            assert_eq!(placed_country(text, town).as_deref(), country, "{text}");
        }
        // Not a town abroad in a story of one country: a namesake there.
        let text = "وزار الوفد بنغازي وطرابلس ودرنة . وقال إن الطرق المؤدية إلى سوسة جرفت .";
        assert_ne!(placed_country(text, "سوسة").as_deref(), Some("TN"));
    }

    #[test]
    fn a_town_opening_a_dated_dateline_is_added() {
        let analysis =
            crate::analyze("الدامر 2-10-2025 (سونا)- أكد والي الولاية أن العمل مستمر في الطرق.");
        let town = (analysis.entities.iter()).find(|entity| entity.text == "الدامر");
        assert_eq!(
            town.and_then(|town| town.place.as_ref()?.country.as_deref()),
            Some("SD"),
            "{:?}",
            analysis.entities
        );
    }

    #[test]
    fn a_region_of_no_one_country_takes_the_country_its_adjective_names() {
        let text = "وصل الوفد إلى الشرق الأقصى الروسي أمس.";
        let entities = vec![entity(text, "الشرق الأقصى الروسي", Label::Location)];
        assert_eq!(
            resolved(text, entities),
            [(
                "الشرق الأقصى الروسي".to_string(),
                Label::Location,
                Some("RU".to_string())
            )]
        );
    }

    #[test]
    fn a_landmarks_head_is_part_of_its_name() {
        let found = resolved("أقيم الاحتفال داخل المنطقة الخضراء وسط العاصمة.", Vec::new());
        assert_eq!(
            found,
            [(
                "المنطقة الخضراء".to_string(),
                Label::Location,
                Some("IQ".to_string())
            )]
        );
    }

    #[test]
    fn a_landmark_of_the_hand_list_is_added() {
        // السد العالي too, which the corpora (leaving landmarks out of
        // their places) would doubt.
        let text = "اتهمت مصر إثيوبيا بسوء إدارة سد النهضة، وقال الوزير إن إدارة السد العالي نجحت";
        let entities = ["مصر", "إثيوبيا"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        let found = resolved(text, entities);
        for (dam, country) in [("سد النهضة", "ET"), ("السد العالي", "EG")] {
            assert!(
                found.contains(&(dam.to_string(), Label::Location, Some(country.to_string()))),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_head_that_opens_a_gazetteer_name_announces_the_town_after_it() {
        // dr5hn names the district قضاء بعبدا (no population); the place is
        // بعبدا, in the Lebanon of the article's other places.
        let text = "قال رئيس البلدية في قضاء بعبدا إن النازحين في لبنان وبيروت";
        let entities = ["لبنان", "وبيروت"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        assert_eq!(
            resolved(text, entities)[0],
            ("بعبدا".to_string(), Label::Location, Some("LB".to_string()))
        );
    }

    #[test]
    fn a_district_head_announces_a_town_whose_name_is_a_word_in_the_articles_country() {
        // صور (pictures) is no place on its own; after قضاء it is Tyre,
        // as the article's other places are in Lebanon.
        let text = "غارات على قضاء صور في جنوب لبنان قرب النبطية وبيروت";
        let entities = vec![
            entity(text, "لبنان", Label::Location),
            entity(text, "النبطية", Label::Location),
            entity(text, "بيروت", Label::Location),
        ];
        let found = resolved(text, entities);
        assert_eq!(
            found[0],
            ("صور".to_string(), Label::Location, Some("LB".to_string()))
        );
        // Abroad, the word stays a word.
        let text = "عرض قضاء صور من لبنان في باريس وليون ومرسيليا بفرنسا";
        let entities = ["لبنان", "باريس", "وليون", "مرسيليا", "بفرنسا"]
            .map(|name| entity(text, name, Label::Location))
            .to_vec();
        assert!(
            resolved(text, entities)
                .iter()
                .all(|(name, ..)| name != "صور")
        );
    }

    #[test]
    fn a_name_is_not_another_spelling_of_a_country_by_its_article_and_two_letters() {
        // الصوان and الصين share the skeleton الصن: too short to trust.
        // (Jordan's village of the name places it, in a text that names no
        // country: see `villages.rs`.)
        let text = "غارة على منزل في حي الصوان";
        let found = resolved(text, vec![entity(text, "الصوان", Label::Location)]);
        assert_eq!(
            found,
            vec![(
                "الصوان".to_string(),
                Label::Location,
                Some("JO".to_string())
            )]
        );
    }

    #[test]
    fn a_verb_the_sources_gave_a_town_as_its_name_is_no_place() {
        // dr5hn names Hail يشيد (praises); the hand list takes it off.
        let found = resolved("قال الوزير إنه يشيد بالجهود المبذولة في حائل", Vec::new());
        let names: Vec<_> = found.iter().map(|(name, ..)| name.as_str()).collect();
        assert_eq!(names, ["حائل"]);
        // Nor is a literal translation of a name (Tigre, النمر).
        let text = "هاجم النمر القرية";
        let found = resolved(text, vec![entity(text, "النمر", Label::Location)]);
        assert_eq!(found[0].2, None);
    }

    #[test]
    fn a_city_split_off_its_first_letter_and_tagged_otherwise_is_the_city() {
        // The splitter reads فاس as ف + اس; the tagger took اس for an organisation.
        let text = "فاس: العاصمة الروحية للمغرب";
        let found = resolved(text, vec![entity(text, "اس", Label::Organization)]);
        assert_eq!(
            found[0],
            ("فاس".to_string(), Label::Location, Some("MA".to_string()))
        );
    }

    #[test]
    fn a_place_whose_first_letter_was_split_off_is_the_whole_word() {
        // The splitter reads كابل as ك + ابل (أبل is common); the tagger
        // tags what remains.
        let text = "انفجارات في كابل ليلة امس";
        let found = resolved(text, vec![entity(text, "ابل", Label::Location)]);
        assert_eq!(
            found,
            vec![("كابل".to_string(), Label::Location, Some("AF".to_string()))]
        );
    }

    #[test]
    fn keeps_the_taggers_other_labels_and_resolves_its_places() {
        let text = "قال بنك مصر إن الموصل هادئة";
        let entities = vec![
            entity(text, "بنك مصر", Label::Organization),
            entity(text, "الموصل", Label::Location),
        ];
        let found = resolved(text, entities);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1, Label::Organization);
        assert_eq!(found[1].2.as_deref(), Some("IQ"));
    }

    #[test]
    fn a_country_tagged_as_a_person_is_the_country_but_a_longer_person_stays() {
        let text = "بجانب كوت ديفوار حامل اللقب، وقال مالي جونسون";
        let entities = vec![
            entity(text, "كوت ديفوار", Label::Person),
            entity(text, "مالي جونسون", Label::Person),
        ];
        let found = resolved(text, entities);
        let spans: Vec<_> = found
            .iter()
            .map(|(t, l, c)| (t.as_str(), *l, c.as_deref()))
            .collect();
        assert_eq!(
            spans,
            vec![
                ("كوت ديفوار", Label::Location, Some("CI")),
                ("مالي جونسون", Label::Person, None)
            ]
        );
    }

    #[test]
    fn a_region_of_several_countries_is_its_part_in_a_named_country() {
        let country_of = |text: &str| {
            let entities = vec![entity(text, "كردستان", Label::Location)];
            let found = resolved(text, entities);
            let kurdistan = found.iter().find(|(t, _, _)| t == "كردستان");
            kurdistan.and_then(|(_, _, country)| country.clone())
        };
        assert_eq!(
            country_of("زار رئيس وزراء العراق كردستان").as_deref(),
            Some("IQ")
        );
        assert_eq!(country_of("شعوب كردستان"), None);
    }

    #[test]
    fn fuzzy_matches_resolve_the_taggers_places_but_add_none() {
        let text = "من نيوزلندا إلى تايلند";
        let second = text.rfind("تايلند").unwrap();
        let entities = vec![FoundEntity {
            span: second..second + "تايلند".len(),
            label: Label::Location,
            place: None,
            group: None,
        }];
        let found = resolved(text, entities);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2.as_deref(), Some("TH"));
    }

    /// The entities of `text`'s analysis with their places' countries.
    fn analysed(text: &str) -> Vec<(String, Label, Option<String>)> {
        crate::analyze(text)
            .entities
            .into_iter()
            .map(|entity| {
                let country = entity.place.and_then(|place| place.country);
                (entity.text, entity.label, country)
            })
            .collect()
    }

    #[test]
    fn a_town_named_three_times_where_places_stand_is_the_articles_place() {
        let found =
            analysed("الفجيرة في 27 نوفمبر/ وام/ قال حاكم الفجيرة إن الطرق في الفجيرة ستتطور");
        let fujairah = (
            "الفجيرة".to_string(),
            Label::Location,
            Some("AE".to_string()),
        );
        assert_eq!(
            found.iter().filter(|found| **found == fujairah).count(),
            3,
            "{found:?}"
        );
    }

    #[test]
    fn a_governors_place_is_split_off_the_governors_name() {
        let found = analysed("وشدد محافظ مأرب سلطان العرادة على أهمية السد في اليمن وصنعاء");
        assert_eq!(
            found[..2],
            [
                ("مأرب".to_string(), Label::Location, Some("YE".to_string())),
                ("سلطان العرادة".to_string(), Label::Person, None)
            ]
        );
    }

    #[test]
    fn a_country_is_split_off_the_name_of_the_title_holder_after_it() {
        let text = "اتهم تياني ورئيس بنين باتريس تالون بدعم الهجوم، وبنى الأمير جوهر القنقبائي خازندار المسجد";
        let entities = vec![
            entity(text, "بنين باتريس تالون", Label::Person),
            entity(text, "جوهر القنقبائي خازندار", Label::Person),
        ];
        let found = resolved(text, entities);
        assert_eq!(
            found[..2],
            [
                ("بنين".to_string(), Label::Location, Some("BJ".to_string())),
                ("باتريس تالون".to_string(), Label::Person, None)
            ]
        );
        // A rank with the article before a name is no country's title.
        assert_eq!(
            found[2],
            ("جوهر القنقبائي خازندار".to_string(), Label::Person, None)
        );
    }

    #[test]
    fn a_duals_second_name_is_a_place_of_the_articles_country() {
        let found = analysed("أثر المنخفض على محافظتي ظفار والوسطى في سلطنة عمان وصلالة");
        assert!(
            found.contains(&(
                "الوسطى".to_string(),
                Label::Location,
                Some("OM".to_string())
            )),
            "{found:?}"
        );
    }

    #[test]
    fn a_states_head_or_governor_names_the_state_not_the_river() {
        let analysis = crate::analyze(
            "قال والي نهر النيل إن حكومة ولاية نهر النيل تعمل، بينما يجري نهر النيل شمالا",
        );
        let kinds: Vec<_> = analysis
            .entities
            .iter()
            .filter_map(|entity| Some((entity.text.as_str(), entity.place.as_ref()?.kind)))
            .collect();
        assert_eq!(
            kinds,
            [
                ("نهر النيل", PlaceKind::State),
                ("نهر النيل", PlaceKind::State),
                ("النيل", PlaceKind::Water)
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn entities_stay_sorted_and_apart(text in "[ اأإلمنسويرقعبةهدتكحجصط،.و\n]{0,80}") {
            let document = Document::new(&text);
            let mut findings = Findings::default();
            resolve(
            &document,
            &Gazetteer::embedded(),
            &villages::embedded(),
            &mut findings,
        );
            for pair in findings.entities.windows(2) {
                proptest::prop_assert!(pair[0].span.end <= pair[1].span.start);
            }
            for entity in &findings.entities {
                proptest::prop_assert!(text.is_char_boundary(entity.span.start));
                proptest::prop_assert!(text.is_char_boundary(entity.span.end));
                proptest::prop_assert!(entity.span.start < entity.span.end);
            }
        }
    }

    #[test]
    fn head_nouns_and_directions_before_a_country_stay_outside() {
        let text = "في قطاع غزة وجنوب لبنان";
        let entities = vec![entity(text, "غزة", Label::Location)];
        let found = resolved(text, entities);
        let spans: Vec<_> = found.iter().map(|(t, l, _)| (t.as_str(), *l)).collect();
        assert_eq!(
            spans,
            vec![("غزة", Label::Location), ("لبنان", Label::Location)]
        );
    }

    #[test]
    fn a_longer_region_replaces_a_shorter_place() {
        let text = "منها شرق ووسط آسيا، وغرب أفريقيا";
        let entities = vec![entity(text, "آسيا", Label::Location)];
        let found = resolved(text, entities);
        let spans: Vec<_> = found.iter().map(|(t, l, _)| (t.as_str(), *l)).collect();
        assert_eq!(
            spans,
            vec![
                ("شرق ووسط آسيا", Label::Location),
                ("غرب أفريقيا", Label::Location)
            ]
        );
    }

    #[test]
    fn a_dateline_names_a_city_and_a_small_namesake_town_takes_no_country() {
        let country = |text: &str| {
            crate::analyze(text)
                .entities
                .into_iter()
                .find_map(|entity| entity.place)
                .map(|place| (place.kind, place.country))
        };
        assert_eq!(
            country("عمّان (ديبريفر) - أعلنت الحكومة اليمنية أن"),
            Some((PlaceKind::City, Some("JO".to_string())))
        );
        assert_eq!(
            country("لبنان - قال الرئيس إن"),
            Some((PlaceKind::Country, Some("LB".to_string())))
        );
    }

    #[test]
    fn a_place_run_into_an_organisation_with_its_preposition_is_split_off() {
        let text = "قالت وزارة الصحة بقطاع غزة إن";
        let found = resolved(
            text,
            vec![entity(text, "وزارة الصحة بقطاع غزة", Label::Organization)],
        );
        assert_eq!(
            found,
            vec![
                ("وزارة الصحة".to_string(), Label::Organization, None),
                ("غزة".to_string(), Label::Location, Some("PS".to_string())),
            ]
        );
        // Without ب the place is part of the name.
        let text = "قال بنك دبي الإسلامي إن";
        let found = resolved(
            text,
            vec![entity(text, "بنك دبي الإسلامي", Label::Organization)],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_large_city_read_as_a_person_is_the_city() {
        let text = "تقع المدينة على طريق كراماتورسك شرقا";
        let found = resolved(text, vec![entity(text, "كراماتورسك", Label::Person)]);
        assert_eq!(
            found,
            vec![(
                "كراماتورسك".to_string(),
                Label::Location,
                Some("UA".to_string())
            )]
        );
    }

    #[test]
    fn a_town_of_the_articles_country_is_a_place_without_the_taggers_word() {
        let found = resolved(
            "قتل ثلاثة في المقدادية شمال شرق بغداد ، وقالت الشرطة العراقية في الموصل والبصرة إن الهجوم",
            Vec::new(),
        );
        assert!(
            found.contains(&(
                "المقدادية".to_string(),
                Label::Location,
                Some("IQ".to_string())
            )),
            "{found:?}"
        );
    }
}
