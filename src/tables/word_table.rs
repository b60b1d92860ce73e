//! A fixed table from words to small values, for the word lists asked about
//! every word of every text (the vocabulary's counts, the word clusters),
//! read in place from the embedded bytes.
//!
//! A standard hash map of `&str` keys reads three places of memory for a
//! word it holds: its control bytes, its slot, and the key's letters
//! wherever the list's text lies, to compare them. For lists of tens of
//! thousands of words none of these stay in the processor's cache, and the
//! lookups were a fifth of the analysis. Here a word of up to
//! [`INLINE_BYTES`] bytes (eleven Arabic letters: nearly every word) is
//! stored in its slot itself, and slots are probed one after another, so a
//! lookup mostly reads one stretch of memory and compares the whole word
//! there, exactly. Longer words are kept sorted after the slots.
//!
//! Layout (little-endian): header `LWRD` v1; slot count, value size, long
//! word count (`u32` each); the slots (an inline key of
//! [`INLINE_BYTES`] + 2 bytes, then the value); the long words' (offset,
//! length) pairs into their text, sorted by word; their values; their text.

use std::marker::PhantomData;

use crate::tables::Table;
use crate::tables::layout::{
    Reader, TableError, mix, slot_count, u32_at, u64_at, write_header, write_u32,
};

const MAGIC: [u8; 4] = *b"LWRD";
const VERSION: u16 = 1;

/// The longest word stored inline, in bytes.
const INLINE_BYTES: usize = 22;

/// A word as stored inline: its bytes, zero-padded, and its length in the
/// last byte (0 only in an empty slot).
type InlineKey = [u8; KEY_BYTES];

/// Bytes of an inline key.
const KEY_BYTES: usize = INLINE_BYTES + 2;

/// A value a word table holds: a fixed number of little-endian bytes.
pub trait WordValue: Copy {
    /// Bytes of one value.
    const SIZE: usize;
    /// Reads a value from its `SIZE` bytes.
    fn read(bytes: &[u8]) -> Self;
    /// Appends the value's `SIZE` bytes.
    fn write(self, out: &mut Vec<u8>);
}

impl WordValue for u32 {
    const SIZE: usize = 4;
    fn read(bytes: &[u8]) -> Self {
        u32_at(bytes, 0)
    }
    fn write(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl WordValue for [u16; 3] {
    const SIZE: usize = 6;
    fn read(bytes: &[u8]) -> Self {
        [0, 1, 2].map(|i| u16::from_le_bytes([bytes[2 * i], bytes[2 * i + 1]]))
    }
    fn write(self, out: &mut Vec<u8>) {
        for value in self {
            out.extend_from_slice(&value.to_le_bytes());
        }
    }
}

/// Words and a value for each, read in place.
#[derive(Debug, Clone, Copy)]
pub struct WordTable<V> {
    /// Open addressing with linear probing: `slot_count` slots of an inline
    /// key and a value, a power of two in number, at most two-thirds full.
    slots: &'static [u8],
    slot_count: usize,
    /// The long words' (offset, length) pairs, sorted by word.
    long_words: &'static [u8],
    long_values: &'static [u8],
    long_text: &'static [u8],
    value: PhantomData<V>,
}

/// The inline key of `word`, if it fits.
fn inline_key(word: &str) -> Option<InlineKey> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > INLINE_BYTES {
        return None;
    }
    let mut key = [0; KEY_BYTES];
    key[..bytes.len()].copy_from_slice(bytes);
    key[KEY_BYTES - 1] = bytes.len() as u8;
    Some(key)
}

/// The first slot to probe for `key` in a table of `mask + 1` slots: the
/// word hasher's mixing over the key's three eight-byte words.
fn home(key: &InlineKey, mask: usize) -> usize {
    let hash = (0..KEY_BYTES / 8).fold(0, |hash, i| mix(hash, u64_at(key, 8 * i)));
    // The multiply leaves its best bits at the top.
    (hash >> 32) as usize & mask
}

impl<V> Default for WordTable<V> {
    /// The empty table.
    fn default() -> Self {
        WordTable {
            slots: &[],
            slot_count: 0,
            long_words: &[],
            long_values: &[],
            long_text: &[],
            value: PhantomData,
        }
    }
}

impl<V: WordValue> WordTable<V> {
    fn slot_bytes() -> usize {
        KEY_BYTES + V::SIZE
    }

    /// The value of `word`, if the table holds it.
    pub fn get(&self, word: &str) -> Option<V> {
        let Some(key) = inline_key(word) else {
            return self.get_long(word);
        };
        let mask = self.slot_count.checked_sub(1)?;
        let size = Self::slot_bytes();
        let mut index = home(&key, mask);
        // At most one pass over the slots: the writer leaves a third empty,
        // so a lookup stops at one long before, but damaged bytes must not
        // make it probe for ever.
        for _ in 0..self.slot_count {
            let slot = &self.slots[index * size..(index + 1) * size];
            if slot[..KEY_BYTES] == key {
                return Some(V::read(&slot[KEY_BYTES..]));
            }
            if slot[KEY_BYTES - 1] == 0 {
                return None;
            }
            index = (index + 1) & mask;
        }
        None
    }

    fn long_word(&self, index: usize) -> &'static [u8] {
        let offset = u32_at(self.long_words, 8 * index) as usize;
        let length = u32_at(self.long_words, 8 * index + 4) as usize;
        self.long_text.get(offset..offset + length).unwrap_or(&[])
    }

    fn get_long(&self, word: &str) -> Option<V> {
        let count = self.long_words.len() / 8;
        let (mut low, mut high) = (0, count);
        while low < high {
            let middle = (low + high) / 2;
            match self.long_word(middle).cmp(word.as_bytes()) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => {
                    return Some(V::read(&self.long_values[middle * V::SIZE..]));
                }
            }
        }
        None
    }
}

impl<V: WordValue> Table for WordTable<V> {
    fn from_bytes(bytes: &'static [u8]) -> Result<Self, TableError> {
        let mut reader = Reader::open(bytes, MAGIC, VERSION)?;
        let slot_count = reader.length()?;
        if reader.length()? != V::SIZE {
            return Err(reader.error("values of another size"));
        }
        let long_count = reader.length()?;
        if !slot_count.is_power_of_two() {
            return Err(reader.error("a slot count not a power of two"));
        }
        let slots = reader.records(slot_count, Self::slot_bytes())?;
        let long_words = reader.records(long_count, 8)?;
        let long_values = reader.records(long_count, V::SIZE)?;
        let text_length = reader.length()?;
        let long_text = reader.take(text_length)?;
        reader.finish()?;
        Ok(WordTable {
            slots,
            slot_count,
            long_words,
            long_values,
            long_text,
            value: PhantomData,
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_header(&mut out, MAGIC, VERSION);
        write_u32(&mut out, self.slot_count);
        write_u32(&mut out, V::SIZE);
        write_u32(&mut out, self.long_words.len() / 8);
        out.extend_from_slice(self.slots);
        out.extend_from_slice(self.long_words);
        out.extend_from_slice(self.long_values);
        write_u32(&mut out, self.long_text.len());
        out.extend_from_slice(self.long_text);
        out
    }
}

/// Writes a word table's bytes from its words and values (a later value of
/// a word replaces an earlier one).
pub fn write<'a, V: WordValue>(words: impl IntoIterator<Item = (&'a str, V)>) -> Vec<u8> {
    let mut inline: Vec<(InlineKey, V)> = Vec::new();
    let mut long: Vec<(&str, V)> = Vec::new();
    for (word, value) in words {
        match inline_key(word) {
            Some(key) => inline.push((key, value)),
            None => long.push((word, value)),
        }
    }
    // The last value of a word wins: a stable sort keeps input order among
    // equal words, reversing puts the last first, and dedup keeps it.
    inline.sort_by_key(|entry| entry.0);
    inline.reverse();
    inline.dedup_by(|a, b| a.0 == b.0);
    long.sort_by(|a, b| a.0.cmp(b.0));
    long.reverse();
    long.dedup_by(|a, b| a.0 == b.0);
    long.reverse();
    let slot_count = slot_count(inline.len());
    let size = KEY_BYTES + V::SIZE;
    let mut slots = vec![0u8; slot_count * size];
    let mask = slot_count - 1;
    for (key, value) in &inline {
        let mut index = home(key, mask);
        while slots[index * size + KEY_BYTES - 1] != 0 {
            index = (index + 1) & mask;
        }
        let slot = &mut slots[index * size..(index + 1) * size];
        slot[..KEY_BYTES].copy_from_slice(key);
        let mut value_bytes = Vec::with_capacity(V::SIZE);
        value.write(&mut value_bytes);
        slot[KEY_BYTES..].copy_from_slice(&value_bytes);
    }
    let mut out = Vec::new();
    write_header(&mut out, MAGIC, VERSION);
    write_u32(&mut out, slot_count);
    write_u32(&mut out, V::SIZE);
    write_u32(&mut out, long.len());
    out.extend_from_slice(&slots);
    let mut text = Vec::new();
    for (word, _) in &long {
        write_u32(&mut out, text.len());
        write_u32(&mut out, word.len());
        text.extend_from_slice(word.as_bytes());
    }
    for (_, value) in &long {
        value.write(&mut out);
    }
    write_u32(&mut out, text.len());
    out.extend_from_slice(&text);
    out
}
