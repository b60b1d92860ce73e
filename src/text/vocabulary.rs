//! How often each normalised word form was seen in the training corpora: the
//! evidence the clitic splitter weighs (is بسوريا more likely ب + سوريا, or a
//! word of its own?).
//!
//! The table is built by `lamha-build vocabulary` from the shared corpora and
//! name lists and embedded in the library; see `data/README.md`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Word forms and how often each was seen.
#[derive(Debug, Default)]
pub struct Vocabulary {
    counts: HashMap<&'static str, u32, BuildHasherDefault<WordHasher>>,
}

/// The embedded table: `form<TAB>count` lines, normalised forms.
static VOCABULARY_TSV: &str = include_str!("../../data/vocabulary.tsv");

impl Vocabulary {
    /// The vocabulary embedded in the library, parsed once.
    pub fn embedded() -> &'static Vocabulary {
        static PARSED: OnceLock<Vocabulary> = OnceLock::new();
        PARSED.get_or_init(|| Vocabulary::parse(VOCABULARY_TSV))
    }

    /// Parses `form<TAB>count` lines; malformed lines are skipped.
    pub fn parse(tsv: &'static str) -> Vocabulary {
        let entries = tsv.lines().filter_map(|line| {
            // A byte search: the general one for a char costs more than
            // these short lines do.
            let tab = line.bytes().position(|b| b == b'\t')?;
            Some((&line[..tab], line[tab + 1..].parse().ok()?))
        });
        // Sized once: growing the table step by step was a fifth of the
        // parse, which the first analysis waits for.
        let mut counts = HashMap::with_capacity_and_hasher(
            tsv.bytes().filter(|&b| b == b'\n').count(),
            BuildHasherDefault::default(),
        );
        counts.extend(entries);
        Vocabulary { counts }
    }

    /// How often `form` (normalised) was seen; 0 for an unknown form.
    pub fn count(&self, form: &str) -> u32 {
        self.counts.get(form).copied().unwrap_or(0)
    }
}

/// The word hasher of the Rust compiler (FxHash): a rotate, an exclusive or
/// and a multiply per eight bytes. The clitic splitter looks up to a dozen
/// forms for every Arabic word, and the standard SipHash was a tenth of the
/// whole analysis. SipHash resists inputs crafted to collide, which matters
/// for tables that grow from untrusted keys; this table is fixed, and text
/// only looks words up in it.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        // The multiply leaves its best bits at the top; the table picks
        // buckets by the low bits.
        self.0.rotate_left(26)
    }
}
