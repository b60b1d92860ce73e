//! A fixed table from words to small values, for the embedded word lists
//! asked about every word of every text (the vocabulary's counts, the word
//! clusters).
//!
//! A standard hash map of `&str` keys reads three places of memory for a
//! word it holds: its control bytes, its slot, and the key's letters
//! wherever the list's text lies, to compare them. For lists of tens of
//! thousands of words none of these stay in the processor's cache, and the
//! lookups were a fifth of the analysis. Here a word of up to
//! [`INLINE_BYTES`] bytes (eleven Arabic letters: nearly every word) is
//! stored in its slot itself, and slots are probed one after another, so a
//! lookup mostly reads one stretch of memory and compares the whole word
//! there, exactly. Longer words go to an ordinary map.

use crate::lexicon::WordMap;

/// The longest word stored inline, in bytes.
const INLINE_BYTES: usize = 22;

/// A word as stored inline: its bytes, zero-padded, and its length in the
/// last byte (0 only in an empty slot).
type InlineKey = [u8; INLINE_BYTES + 2];

/// Words and a value for each.
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    /// Open addressing with linear probing; a power of two in length, never
    /// more than two-thirds full, so that every probe meets an empty slot.
    slots: Vec<(InlineKey, V)>,
    /// Slots in use.
    used: usize,
    /// Words too long (or too short: the empty word) to be stored inline.
    long: WordMap<Box<str>, V>,
}

impl<V: Copy + Default> Default for WordTable<V> {
    fn default() -> Self {
        WordTable::with_capacity(0)
    }
}

/// The inline key of `word`, if it fits.
fn inline_key(word: &str) -> Option<InlineKey> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > INLINE_BYTES {
        return None;
    }
    let mut key = [0; INLINE_BYTES + 2];
    key[..bytes.len()].copy_from_slice(bytes);
    key[INLINE_BYTES + 1] = bytes.len() as u8;
    Some(key)
}

/// The first slot to probe for `key` in a table of `mask + 1` slots: the
/// word hasher's mixing over the key's three eight-byte words.
fn home(key: &InlineKey, mask: usize) -> usize {
    let mut hash: u64 = 0;
    for chunk in key.chunks_exact(8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word))
            .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    // The multiply leaves its best bits at the top.
    (hash >> 32) as usize & mask
}

impl<V: Copy + Default> WordTable<V> {
    /// An empty table with room for `words` words.
    pub fn with_capacity(words: usize) -> Self {
        let slots = (words + words / 2 + 1).next_power_of_two();
        WordTable {
            slots: vec![([0; INLINE_BYTES + 2], V::default()); slots],
            used: 0,
            long: WordMap::default(),
        }
    }

    /// Sets the value of `word` (replacing an earlier one).
    pub fn insert(&mut self, word: &str, value: V) {
        let Some(key) = inline_key(word) else {
            self.long.insert(word.into(), value);
            return;
        };
        if 3 * (self.used + 1) > 2 * self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut index = home(&key, mask);
        loop {
            let slot = &mut self.slots[index];
            if slot.0 == key {
                slot.1 = value;
                return;
            }
            if slot.0[INLINE_BYTES + 1] == 0 {
                *slot = (key, value);
                self.used += 1;
                return;
            }
            index = (index + 1) & mask;
        }
    }

    /// Doubles the slots, placing every word again.
    fn grow(&mut self) {
        let doubled = vec![([0; INLINE_BYTES + 2], V::default()); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        let mask = self.slots.len() - 1;
        for (key, value) in old.into_iter().filter(|(k, _)| k[INLINE_BYTES + 1] != 0) {
            let mut index = home(&key, mask);
            while self.slots[index].0[INLINE_BYTES + 1] != 0 {
                index = (index + 1) & mask;
            }
            self.slots[index] = (key, value);
        }
    }

    /// The value of `word`, if the table holds it.
    pub fn get(&self, word: &str) -> Option<V> {
        let Some(key) = inline_key(word) else {
            return self.long.get(word).copied();
        };
        let mask = self.slots.len() - 1;
        let mut index = home(&key, mask);
        loop {
            let (slot_key, value) = &self.slots[index];
            if *slot_key == key {
                return Some(*value);
            }
            if slot_key[INLINE_BYTES + 1] == 0 {
                return None;
            }
            index = (index + 1) & mask;
        }
    }
}

impl<'a, V: Copy + Default> FromIterator<(&'a str, V)> for WordTable<V> {
    fn from_iter<I: IntoIterator<Item = (&'a str, V)>>(words: I) -> Self {
        let words = words.into_iter();
        let mut table = WordTable::with_capacity(words.size_hint().0);
        for (word, value) in words {
            table.insert(word, value);
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_words_it_holds() {
        let long = "كلمةطويلةجداجداجدا";
        let mut table: WordTable<u32> = [("بغداد", 1), ("بغدا", 2), ("", 3), (long, 4)]
            .into_iter()
            .collect();
        for n in 0..200u32 {
            table.insert(&format!("w{n}"), n + 10);
        }
        table.insert("بغداد", 5);
        assert_eq!(table.get("بغداد"), Some(5));
        assert_eq!(table.get("بغدا"), Some(2));
        assert_eq!(table.get(""), Some(3));
        assert_eq!(table.get(long), Some(4));
        assert_eq!(table.get("w199"), Some(209));
        assert_eq!(table.get("بغدادي"), None);
        assert_eq!(table.get("w200"), None);
        assert_eq!(WordTable::<u32>::default().get("بغداد"), None);
    }
}
