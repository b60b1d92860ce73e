//! The name lists' table: the hash of every listed name (and of the first
//! words of longer ones) with bits saying which labels list it, read in
//! place.
//!
//! Layout (little-endian): header `LNAM` v1; the label codes the bits stand
//! for, in bit order (`PER LOC ORG`, a length-prefixed text); the slot
//! count (`u32`); the slots, each the high half of a phrase hash (`u32`)
//! and its bits (`u16`), open addressing with linear probing from the low
//! bits of the hash, an empty slot's bits 0. Half a hash tells the names
//! apart: two of a probe's few slots would have to share 32 bits by chance.
//!
//! Its source, `data/names.tsv`, is `LABEL<TAB>normalised name` lines after
//! a `#labels` line giving the bit order of the labels.

use crate::tables::Table;
use crate::tables::layout::{
    Reader, TableError, slot_count, u16_at, u32_at, write_header, write_u32,
};

const MAGIC: [u8; 4] = *b"LNAM";
const VERSION: u16 = 2;

/// Bytes of one slot: the high half of the hash and the bits.
const SLOT_BYTES: usize = 6;

/// The bit that marks the first words of a longer name: matching goes on
/// past them, and stops at once where no name goes on.
pub const PREFIX: u16 = 1 << 7;

/// The bits of an entry that say a listed name ends at its last word: one
/// per label, in the table's label order.
pub const NAME_BITS: u16 = 0b111;

/// The bits of an entry that say where a single word stands in the longer
/// names: in the high byte, per label, first word (bit `label`) or a later
/// one (bit `label + 3`).
pub const PART_BITS: u16 = 0xff00;

/// Names by the hash of their normalised words ([`phrase_hash`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct NameTable {
    /// The label codes in bit order, as the table was written.
    labels: &'static [u8],
    slots: &'static [u8],
    mask: usize,
}

impl NameTable {
    /// The label codes the name bits stand for, in bit order (`PER LOC ORG`).
    pub fn label_codes(&self) -> impl Iterator<Item = &'static str> {
        std::str::from_utf8(self.labels)
            .unwrap_or("")
            .split(' ')
            .filter(|code| !code.is_empty())
    }

    /// The bits of the phrase whose hash is `hash`; 0 for none listed.
    pub fn get(&self, hash: u64) -> u16 {
        if self.slots.is_empty() {
            return 0;
        }
        let mut index = (hash as usize) & self.mask;
        // At most one pass over the slots, even over damaged bytes.
        for _ in 0..=self.mask {
            let slot = &self.slots[index * SLOT_BYTES..(index + 1) * SLOT_BYTES];
            let bits = u16_at(slot, 4);
            if bits == 0 {
                return 0;
            }
            if u32_at(slot, 0) == (hash >> 32) as u32 {
                return bits;
            }
            index = (index + 1) & self.mask;
        }
        0
    }
}

impl Table for NameTable {
    fn from_bytes(bytes: &'static [u8]) -> Result<Self, TableError> {
        let mut reader = Reader::open(bytes, MAGIC, VERSION)?;
        let labels_length = reader.length()?;
        let labels = reader.take(labels_length)?;
        if std::str::from_utf8(labels).is_err() {
            return Err(reader.error("label codes not UTF-8"));
        }
        let slot_count = reader.length()?;
        if !slot_count.is_power_of_two() {
            return Err(reader.error("a slot count not a power of two"));
        }
        let slots = reader.records(slot_count, SLOT_BYTES)?;
        reader.finish()?;
        Ok(NameTable {
            labels,
            slots,
            mask: slot_count - 1,
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_header(&mut out, MAGIC, VERSION);
        write_u32(&mut out, self.labels.len());
        out.extend_from_slice(self.labels);
        write_u32(&mut out, self.mask + 1);
        out.extend_from_slice(self.slots);
        out
    }
}

/// Hashes the words of a name, the same way for the list and for a text.
pub fn phrase_hash<'a>(words: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash = PhraseHash::default();
    for word in words {
        hash.push(word);
    }
    hash.0
}

/// A name's hash built one word at a time (FNV-1a with a separator).
#[derive(Debug, Clone, Copy)]
pub struct PhraseHash(pub u64);

impl Default for PhraseHash {
    fn default() -> Self {
        PhraseHash(0xcbf2_9ce4_8422_2325)
    }
}

impl PhraseHash {
    /// Adds the next word.
    pub fn push(&mut self, word: &str) {
        for &byte in word.as_bytes().iter().chain(b" ") {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Writes the table of the name lists' source text (see the module
/// documentation); malformed lines are skipped.
pub fn write(tsv: &str) -> Vec<u8> {
    let mut labels: Vec<&str> = Vec::new();
    let mut entries: std::collections::HashMap<u64, u16> = std::collections::HashMap::new();
    let mut order: Vec<u64> = Vec::new();
    let mut set = |hash: u64, bit: u16| {
        let entry = entries.entry(hash).or_insert_with(|| {
            order.push(hash);
            0
        });
        *entry |= bit;
    };
    for line in tsv.lines() {
        if let Some(codes) = line.strip_prefix("#labels") {
            labels = codes.split_whitespace().collect();
            continue;
        }
        let Some((label, name)) = line.split_once('\t') else {
            continue;
        };
        let Some(bit) = labels.iter().position(|&l| l == label).map(|i| 1u16 << i) else {
            continue;
        };
        if name.contains(' ') {
            for (position, word) in name.split(' ').enumerate() {
                let part = if position == 0 { bit } else { bit << 3 };
                set(phrase_hash([word]), part << 8);
            }
        }
        let mut hash = PhraseHash::default();
        let mut words = name.split(' ').peekable();
        while let Some(word) = words.next() {
            hash.push(word);
            set(hash.0, if words.peek().is_some() { PREFIX } else { bit });
        }
    }
    let slot_count = slot_count(order.len());
    let mask = slot_count - 1;
    let mut slots = vec![0u8; slot_count * SLOT_BYTES];
    for hash in order {
        let mut index = (hash as usize) & mask;
        while u16_at(&slots, index * SLOT_BYTES + 4) != 0 {
            index = (index + 1) & mask;
        }
        let slot = &mut slots[index * SLOT_BYTES..(index + 1) * SLOT_BYTES];
        slot[..4].copy_from_slice(&((hash >> 32) as u32).to_le_bytes());
        slot[4..].copy_from_slice(&entries[&hash].to_le_bytes());
    }
    let codes = labels.join(" ");
    let mut out = Vec::new();
    write_header(&mut out, MAGIC, VERSION);
    write_u32(&mut out, codes.len());
    out.extend_from_slice(codes.as_bytes());
    write_u32(&mut out, slot_count);
    out.extend_from_slice(&slots);
    out
}
