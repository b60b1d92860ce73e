//! The vocabulary: normalised Arabic word forms and how often each occurs in
//! the shared corpora whose licences let derived tables ship (ANERcorp's
//! held-out development part excluded), and the names of the countries,
//! states and large cities the name lists hold, so that the clitic splitter
//! knows ليبيا, وليد and ورزازات as words of their own.

use std::collections::BTreeMap;
use std::path::Path;

use lamha::evaluation::conll::Sentence;
use lamha::text::{Normalized, TokenKind, tokenize::tokenize};

use crate::{name_lists, sources};

/// Forms seen fewer times than this are left out: they are mostly noise and
/// would double the table.
const MIN_COUNT: u32 = 2;

/// What one place name counts for: a place is a word even if the corpora
/// never show it.
const PLACE_NAME_COUNT: u32 = 3;

pub fn build(shared: &Path, out: &Path) -> Result<(), String> {
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    count_sentences(&sources::all_sentences(shared)?, 1, &mut counts);
    for name in name_lists::places(shared)? {
        count_text(&name, PLACE_NAME_COUNT, &mut counts);
    }
    let mut table = String::new();
    for (form, count) in counts.iter().filter(|&(_, &c)| c >= MIN_COUNT) {
        table.push_str(&format!("{form}\t{count}\n"));
    }
    std::fs::write(out, &table).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "{}: {} forms ({} seen), {} bytes",
        out.display(),
        table.lines().count(),
        counts.len(),
        table.len()
    );
    Ok(())
}

fn count_sentences(sentences: &[Sentence], weight: u32, counts: &mut BTreeMap<String, u32>) {
    for sentence in sentences {
        for (word, _) in sentence {
            count_text(word, weight, counts);
        }
    }
}

fn count_text(text: &str, weight: u32, counts: &mut BTreeMap<String, u32>) {
    let normalized = Normalized::new(text);
    for token in tokenize(&normalized) {
        if token.kind == TokenKind::Arabic {
            *counts
                .entry(token.norm_str(&normalized).to_string())
                .or_default() += weight;
        }
    }
}
