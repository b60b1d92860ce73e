//! Hash maps for words: the stages ask such maps about every word of every
//! text, so their hasher is a cheap one.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A map keyed by words or word hashes, with a hasher cheaper than the
/// standard one ([`WordHasher`]): these maps are asked about every word of
/// every text, and their keys come from the project's own lists, not from an
/// adversary.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The word hasher of the Rust compiler (FxHash): a rotate, an exclusive or
/// and a multiply per eight bytes. The clitic splitter looks up to a dozen
/// forms for every Arabic word, and the standard SipHash was a tenth of the
/// whole analysis; a byte-at-a-time hash (FNV) costs a multiply per byte.
/// SipHash resists inputs crafted to collide, which matters for tables that
/// grow from untrusted keys; these tables are fixed or per document, and
/// nothing depends on their order.
#[derive(Debug, Default, Clone, Copy)]
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
            // The same little-endian word, zero-padded, built byte by byte:
            // a copy of a variable length was a call to memcpy per lookup.
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |word, &byte| word << 8 | u64::from(byte));
            self.add(word);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves its best bits at the top; the table picks
        // buckets by the low bits.
        self.0.rotate_left(26)
    }
}

/// A set of words with the [`WordHasher`].
pub type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hasher_reads_little_endian_zero_padded_words() {
        let hash = |bytes: &[u8]| {
            let mut hasher = WordHasher::default();
            hasher.write(bytes);
            hasher.0
        };
        let mut expected = WordHasher::default();
        expected.add(u64::from_le_bytes(*b"abcdefgh"));
        expected.add(u64::from_le_bytes(*b"ij\0\0\0\0\0\0"));
        assert_eq!(hash(b"abcdefghij"), expected.0);
    }
}
