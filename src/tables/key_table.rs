//! A fixed table from texts of any length (a gazetteer's names of several
//! words, their skeletons) to a `u32`, read in place.
//!
//! Layout (little-endian): the slot count and the key count (`u32` each);
//! the slots (`u32`: a key's index plus one, 0 for empty; open addressing
//! with linear probing from the key's [`hash_bytes`]); per key its offset
//! and length in the key text and its value (`u32` × 3); the key text
//! (its length, then the bytes).

use crate::tables::layout::{Reader, TableError, hash_bytes, slot_count, u32_at, write_u32};

/// Texts and a `u32` for each.
#[derive(Debug, Clone, Copy, Default)]
pub struct KeyTable {
    slots: &'static [u8],
    mask: usize,
    keys: &'static [u8],
    text: &'static [u8],
}

/// Bytes of one key's record.
const KEY_RECORD: usize = 12;

fn home(key: &[u8], mask: usize) -> usize {
    // The multiply leaves its best bits at the top.
    (hash_bytes(key) >> 32) as usize & mask
}

impl KeyTable {
    /// The value of `key`, if the table holds it.
    pub fn get(&self, key: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let key = key.as_bytes();
        let mut index = home(key, self.mask);
        // At most one pass over the slots, even over damaged bytes.
        for _ in 0..=self.mask {
            let slot = u32_at(self.slots, 4 * index) as usize;
            if slot == 0 {
                return None;
            }
            let record = self.keys.get((slot - 1) * KEY_RECORD..slot * KEY_RECORD)?;
            let offset = u32_at(record, 0) as usize;
            let length = u32_at(record, 4) as usize;
            if self.text.get(offset..offset + length) == Some(key) {
                return Some(u32_at(record, 8));
            }
            index = (index + 1) & self.mask;
        }
        None
    }

    /// Reads a key table at `reader`.
    pub fn read(reader: &mut Reader) -> Result<KeyTable, TableError> {
        let slot_count = reader.length()?;
        let key_count = reader.length()?;
        if !slot_count.is_power_of_two() {
            return Err(reader.error("a slot count not a power of two"));
        }
        let slots = reader.records(slot_count, 4)?;
        let keys = reader.records(key_count, KEY_RECORD)?;
        let text_length = reader.length()?;
        let text = reader.take(text_length)?;
        Ok(KeyTable {
            slots,
            mask: slot_count - 1,
            keys,
            text,
        })
    }

    /// Appends the table's bytes, as [`KeyTable::read`] reads them.
    pub fn write_to(&self, out: &mut Vec<u8>) {
        write_u32(out, self.mask + 1);
        write_u32(out, self.keys.len() / KEY_RECORD);
        out.extend_from_slice(self.slots);
        out.extend_from_slice(self.keys);
        write_u32(out, self.text.len());
        out.extend_from_slice(self.text);
    }
}

/// Appends the bytes of a key table of `entries` (keys unique), in the
/// layout of the module documentation.
pub fn write(entries: &[(&str, u32)], out: &mut Vec<u8>) {
    let slot_count = slot_count(entries.len());
    let mask = slot_count - 1;
    let mut slots = vec![0u32; slot_count];
    let mut records = Vec::with_capacity(entries.len() * KEY_RECORD);
    let mut text = Vec::new();
    for (number, (key, value)) in entries.iter().enumerate() {
        let mut index = home(key.as_bytes(), mask);
        while slots[index] != 0 {
            index = (index + 1) & mask;
        }
        slots[index] = number as u32 + 1;
        write_u32(&mut records, text.len());
        write_u32(&mut records, key.len());
        records.extend_from_slice(&value.to_le_bytes());
        text.extend_from_slice(key.as_bytes());
    }
    write_u32(out, slot_count);
    write_u32(out, entries.len());
    for slot in slots {
        out.extend_from_slice(&slot.to_le_bytes());
    }
    out.extend_from_slice(&records);
    write_u32(out, text.len());
    out.extend_from_slice(&text);
}
