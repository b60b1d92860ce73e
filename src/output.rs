//! The edge: byte offsets become UTF-16 offsets, once, for everything an
//! analysis reports.
//!
//! All the offsets are gathered, sorted, and converted in a single walk over
//! the text, so the conversion costs one pass however many spans there are.

use std::ops::Range;

use crate::analysis::{Analysis, Entity, Group, Quote, Segmentation, Span, Speaker, TokenInfo};
use crate::findings::Findings;
use crate::text::Document;

/// Byte offsets of one text and their UTF-16 equivalents.
struct Utf16Offsets {
    bytes: Vec<usize>,
    units: Vec<u32>,
}

impl Utf16Offsets {
    /// Converts `offsets` (byte offsets on character boundaries of `text`).
    fn new(text: &str, mut offsets: Vec<usize>) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        let mut units = Vec::with_capacity(offsets.len());
        let bytes = text.as_bytes();
        let mut unit = 0u32;
        let mut previous = 0;
        for &offset in &offsets {
            // Every character that starts before `offset` counts: one unit,
            // two for one of four bytes (outside the basic plane). Counted
            // over bytes, which the compiler does many at a time.
            let end = offset.min(bytes.len());
            unit += bytes[previous..end]
                .iter()
                .map(|&byte| u32::from(byte & 0xc0 != 0x80) + u32::from(byte >= 0xf0))
                .sum::<u32>();
            previous = end;
            units.push(unit);
        }
        Utf16Offsets {
            bytes: offsets,
            units,
        }
    }

    fn get(&self, byte: usize) -> u32 {
        match self.bytes.binary_search(&byte) {
            Ok(index) => self.units[index],
            // Every offset asked for was registered; an unregistered one is a
            // bug, but must not panic the widget: give the nearest before.
            Err(index) => index.checked_sub(1).map_or(0, |i| self.units[i]),
        }
    }

    fn span(&self, text: &str, range: &Range<usize>) -> Span {
        Span {
            start: self.get(range.start),
            end: self.get(range.end),
            text: text[range.clone()].to_string(),
        }
    }
}

/// Builds the analysis of `document` from what the stages found.
pub fn analysis(document: &Document, findings: &Findings) -> Analysis {
    let text = document.original;
    let mut offsets = Vec::with_capacity(2 * findings.entities.len() + 6 * findings.quotes.len());
    for entity in &findings.entities {
        offsets.extend([entity.span.start, entity.span.end]);
    }
    for quote in &findings.quotes {
        offsets.extend([quote.content.start, quote.content.end]);
        if let Some(cue) = &quote.cue {
            offsets.extend([cue.start, cue.end]);
        }
        if let Some(speaker) = &quote.speaker {
            offsets.extend([speaker.span.start, speaker.span.end]);
        }
    }
    let utf16 = Utf16Offsets::new(text, offsets);
    let entities = findings
        .entities
        .iter()
        .map(|entity| {
            let span = utf16.span(text, &entity.span);
            Entity {
                start: span.start,
                end: span.end,
                text: span.text,
                label: entity.label,
                place: entity.place.clone(),
                group: entity.group.map(|g| g as u32),
            }
        })
        .collect();
    let quotes = findings
        .quotes
        .iter()
        .map(|quote| Quote {
            kind: quote.kind,
            cue: quote.cue.as_ref().map(|cue| utf16.span(text, cue)),
            content: utf16.span(text, &quote.content),
            speaker: quote.speaker.as_ref().map(|speaker| {
                let span = utf16.span(text, &speaker.span);
                Speaker {
                    start: span.start,
                    end: span.end,
                    text: span.text,
                    group: speaker.group.map(|g| g as u32),
                }
            }),
        })
        .collect();
    let mut mentions = vec![0u32; findings.groups.len()];
    for group in findings.entities.iter().filter_map(|entity| entity.group) {
        if let Some(count) = mentions.get_mut(group) {
            *count += 1;
        }
    }
    let groups = findings
        .groups
        .iter()
        .zip(mentions)
        .enumerate()
        .map(|(id, (group, mentions))| Group {
            id: id as u32,
            label: group.label,
            name: group.name.clone(),
            mentions,
        })
        .collect();
    Analysis {
        entities,
        quotes,
        groups,
    }
}

/// The text layer's view of `document`, with UTF-16 spans.
pub fn segmentation(document: &Document) -> Segmentation {
    let text = document.original;
    let mut offsets = Vec::with_capacity(2 * document.tokens.len());
    for token in &document.tokens {
        offsets.extend([token.span.start, token.span.end]);
    }
    let utf16 = Utf16Offsets::new(text, offsets);
    let tokens = document
        .tokens
        .iter()
        .enumerate()
        .map(|(index, token)| {
            let span = utf16.span(text, &token.span);
            let proclitics = token.clitics.written();
            let bare = document.bare(index);
            TokenInfo {
                start: span.start,
                end: span.end,
                text: span.text,
                kind: token.kind.as_str().to_string(),
                norm: document.norm(index).to_string(),
                proclitics,
                bare: (bare != document.norm(index)).then(|| bare.to_owned()),
            }
        })
        .collect();
    // Sentence and paragraph spans start and end at token boundaries, which
    // were all registered above.
    let segments = |segments: &[crate::text::Segment]| {
        segments
            .iter()
            .map(|segment| utf16.span(text, &segment.span))
            .collect()
    };
    Segmentation {
        sentences: segments(&document.sentences),
        paragraphs: segments(&document.paragraphs),
        tokens,
    }
}
