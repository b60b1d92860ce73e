//! The pieces every table's layout is made of: a header (four magic bytes and
//! a version), little-endian integers, and sections read as slices of the
//! embedded bytes. Reading checks every length once, up front, so that the
//! lookups after it index only within what was checked.

use std::fmt;

/// Why a table's bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    /// The table's magic bytes (which table it was).
    pub table: [u8; 4],
    /// What was wrong.
    pub problem: &'static str,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let table = String::from_utf8_lossy(&self.table);
        write!(f, "table {table}: {}", self.problem)
    }
}

impl std::error::Error for TableError {}

/// A table read in place from bytes in its layout.
pub trait Table: Sized {
    /// Reads the table, checking its header and every section's length:
    /// damaged or truncated bytes give an error, never a panic later.
    fn from_bytes(bytes: &'static [u8]) -> Result<Self, TableError>;

    /// The table's bytes, as [`Table::from_bytes`] reads them.
    fn to_bytes(&self) -> Vec<u8>;
}

/// A cursor over a table's bytes.
#[derive(Debug, Clone)]
pub struct Reader {
    bytes: &'static [u8],
    table: [u8; 4],
}

impl Reader {
    /// Checks the header (`magic`, then `version` as a little-endian `u16`)
    /// and returns a reader of what follows it.
    pub fn open(bytes: &'static [u8], magic: [u8; 4], version: u16) -> Result<Reader, TableError> {
        let mut reader = Reader {
            bytes,
            table: magic,
        };
        if reader.take(4)? != magic {
            return Err(reader.error("not this table (wrong magic bytes)"));
        }
        if reader.u16()? != version {
            return Err(reader.error("a version this library does not read"));
        }
        Ok(reader)
    }

    /// An error about this table.
    pub fn error(&self, problem: &'static str) -> TableError {
        TableError {
            table: self.table,
            problem,
        }
    }

    /// The next `length` bytes.
    pub fn take(&mut self, length: usize) -> Result<&'static [u8], TableError> {
        if length > self.bytes.len() {
            return Err(self.error("truncated"));
        }
        let (taken, rest) = self.bytes.split_at(length);
        self.bytes = rest;
        Ok(taken)
    }

    /// The next `count` records of `size` bytes each.
    pub fn records(&mut self, count: usize, size: usize) -> Result<&'static [u8], TableError> {
        let length = count
            .checked_mul(size)
            .ok_or_else(|| self.error("a section too large"))?;
        self.take(length)
    }

    /// The next little-endian `u16`.
    pub fn u16(&mut self) -> Result<u16, TableError> {
        Ok(u16_at(self.take(2)?, 0))
    }

    /// The next little-endian `u32`.
    pub fn u32(&mut self) -> Result<u32, TableError> {
        Ok(u32_at(self.take(4)?, 0))
    }

    /// The next little-endian `u32`, as a length or count.
    pub fn length(&mut self) -> Result<usize, TableError> {
        Ok(self.u32()? as usize)
    }

    /// Fails unless every byte was read: trailing bytes mean a writer and a
    /// reader that disagree.
    pub fn finish(self) -> Result<(), TableError> {
        if self.bytes.is_empty() {
            Ok(())
        } else {
            Err(self.error("bytes left after the last section"))
        }
    }
}

/// The little-endian `u16` at `offset` of `bytes`.
pub fn u16_at(bytes: &[u8], offset: usize) -> u16 {
    u16::from_le_bytes([bytes[offset], bytes[offset + 1]])
}

/// The little-endian `u32` at `offset` of `bytes`.
pub fn u32_at(bytes: &[u8], offset: usize) -> u32 {
    let mut word = [0; 4];
    word.copy_from_slice(&bytes[offset..offset + 4]);
    u32::from_le_bytes(word)
}

/// The little-endian `u64` at `offset` of `bytes`.
pub fn u64_at(bytes: &[u8], offset: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[offset..offset + 8]);
    u64::from_le_bytes(word)
}

/// Writes a table's header.
pub fn write_header(out: &mut Vec<u8>, magic: [u8; 4], version: u16) {
    out.extend_from_slice(&magic);
    out.extend_from_slice(&version.to_le_bytes());
}

/// Writes `value` as a little-endian `u32` (a count or an offset; every
/// table is far below 4 GB).
pub fn write_u32(out: &mut Vec<u8>, value: usize) {
    let value = u32::try_from(value).expect("a table section under 4 GB");
    out.extend_from_slice(&value.to_le_bytes());
}

/// The word hasher's mixing step (FxHash: a rotate, an exclusive or and a
/// multiply per eight bytes), over `bytes` zero-padded to whole words. The
/// tables' writers and readers both hash with it, so it is part of every
/// layout: changing it changes the tables' version.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        hash = mix(hash, u64_at(chunk, 0));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let word = rest
            .iter()
            .rev()
            .fold(0u64, |word, &byte| word << 8 | u64::from(byte));
        hash = mix(hash, word);
    }
    hash
}

/// One step of [`hash_bytes`].
pub fn mix(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The slot count of an open-addressing table of `entries` entries: a power
/// of two at most two-thirds full, so that every probe meets an empty slot.
pub fn slot_count(entries: usize) -> usize {
    (entries + entries / 2 + 1).next_power_of_two()
}
