//! A fixed table from words to small values, for the word lists asked about
//! every word of every text (the vocabulary's counts, the word clusters),
//! read in place from the embedded bytes.
//!
//! A standard hash map of `&str` keys reads three places of memory for a
//! word it holds: its control bytes, its slot, and the key's letters
//! wherever the list's text lies. Here the slots are four bytes each,
//! probed one after another, and each holds, beside where its word's record
//! is, eight bits of the word's hash: a probe that meets another word is
//! told apart in the slot itself, nearly always, and only the word's own
//! record is read to compare it exactly. The records (length, bytes, value)
//! lie one after another, so the table is hardly larger than the list.
//!
//! Layout (little-endian): header `LWRD` v2; slot count, value size, record
//! bytes (`u32` each); the slots (`u32`: 0 for empty, else the record's
//! offset plus one in the low 24 bits and the hash's tag in the high 8);
//! the records (the word's length as `u16`, its bytes, its value).

use std::marker::PhantomData;

use crate::tables::Table;
use crate::tables::layout::{
    Reader, TableError, hash_bytes, slot_count, u16_at, u32_at, write_header, write_u32,
};

const MAGIC: [u8; 4] = *b"LWRD";
const VERSION: u16 = 2;

/// The largest record area the slots can point into (24 bits of offset).
const MAX_RECORD_BYTES: usize = (1 << 24) - 1;

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
    /// Open addressing with linear probing: a power of two in number, at
    /// most two-thirds full.
    slots: &'static [u8],
    mask: usize,
    records: &'static [u8],
    value: PhantomData<V>,
}

impl<V> Default for WordTable<V> {
    /// The empty table.
    fn default() -> Self {
        WordTable {
            slots: &[],
            mask: 0,
            records: &[],
            value: PhantomData,
        }
    }
}

/// Where a word's probing starts, and the tag its slots carry.
fn home_and_tag(word: &[u8], mask: usize) -> (usize, u32) {
    let hash = hash_bytes(word);
    // The multiply leaves its best bits at the top.
    ((hash >> 32) as usize & mask, (hash >> 24) as u32 & 0xff)
}

impl<V: WordValue> WordTable<V> {
    /// The value of `word`, if the table holds it.
    pub fn get(&self, word: &str) -> Option<V> {
        if self.slots.is_empty() {
            return None;
        }
        let word = word.as_bytes();
        let (mut index, tag) = home_and_tag(word, self.mask);
        // At most one pass over the slots: the writer leaves a third empty,
        // so a lookup stops at one long before, but damaged bytes must not
        // make it probe for ever.
        for _ in 0..=self.mask {
            let slot = u32_at(self.slots, 4 * index);
            if slot == 0 {
                return None;
            }
            if slot >> 24 == tag {
                let offset = (slot & 0x00ff_ffff) as usize - 1;
                let length = usize::from(u16_at(self.records.get(offset..offset + 2)?, 0));
                let start = offset + 2;
                if self.records.get(start..start + length)? == word {
                    let value = self.records.get(start + length..start + length + V::SIZE)?;
                    return Some(V::read(value));
                }
            }
            index = (index + 1) & self.mask;
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
        let record_bytes = reader.length()?;
        if !slot_count.is_power_of_two() {
            return Err(reader.error("a slot count not a power of two"));
        }
        let slots = reader.records(slot_count, 4)?;
        let records = reader.take(record_bytes)?;
        reader.finish()?;
        Ok(WordTable {
            slots,
            mask: slot_count - 1,
            records,
            value: PhantomData,
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_header(&mut out, MAGIC, VERSION);
        write_u32(&mut out, self.slots.len() / 4);
        write_u32(&mut out, V::SIZE);
        write_u32(&mut out, self.records.len());
        out.extend_from_slice(self.slots);
        out.extend_from_slice(self.records);
        out
    }
}

/// Writes a word table's bytes from its words and values (a later value of
/// a word replaces an earlier one; words of 64 kB or more are left out).
pub fn write<'a, V: WordValue>(words: impl IntoIterator<Item = (&'a str, V)>) -> Vec<u8> {
    let mut entries: Vec<(&str, V)> = words
        .into_iter()
        .filter(|(word, _)| word.len() <= usize::from(u16::MAX))
        .collect();
    // The last value of a word wins: a stable sort keeps input order among
    // equal words, reversing puts the last first, and dedup keeps it; the
    // records then lie in word order.
    entries.reverse();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries.dedup_by(|a, b| a.0 == b.0);
    let slot_count = slot_count(entries.len());
    let mask = slot_count - 1;
    let mut slots = vec![0u32; slot_count];
    let mut records = Vec::new();
    for (word, value) in &entries {
        let (mut index, tag) = home_and_tag(word.as_bytes(), mask);
        while slots[index] != 0 {
            index = (index + 1) & mask;
        }
        assert!(records.len() < MAX_RECORD_BYTES, "a word table under 16 MB");
        slots[index] = (records.len() as u32 + 1) | tag << 24;
        records.extend_from_slice(&(word.len() as u16).to_le_bytes());
        records.extend_from_slice(word.as_bytes());
        value.write(&mut records);
    }
    let mut out = Vec::new();
    write_header(&mut out, MAGIC, VERSION);
    write_u32(&mut out, slot_count);
    write_u32(&mut out, V::SIZE);
    write_u32(&mut out, records.len());
    for slot in slots {
        out.extend_from_slice(&slot.to_le_bytes());
    }
    out.extend_from_slice(&records);
    out
}
