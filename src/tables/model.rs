//! The tagger's weights, read in place: for every feature row (a feature
//! hash folded into a table of `2^rows_log2` rows) eight weights (`i8`, one
//! per tag and a zero), one scale, and the tag-pair scores. Most rows were
//! never learnt, so only the learnt ones are stored, found through a bitmap
//! and a running count of its set bits: three reads of memory per feature,
//! where a dense table would take 4 MB of the page's memory and be filled
//! on the first keystroke.
//!
//! Layout (little-endian): header `LNER` v3; log2 of the row count (`u32`);
//! the scale (`f32`); the transition count and the transitions (`i16`, in
//! units of the scale: the start scores, then the pair scores); the bitmap
//! of stored rows (`u64` words); per bitmap word the count of stored rows
//! before it (`u32`); the stored rows' weights, eight bytes a row, in row
//! order.

use crate::tables::Table;
use crate::tables::layout::{Reader, TableError, u16_at, u32_at, u64_at, write_header, write_u32};

const MAGIC: [u8; 4] = *b"LNER";
const VERSION: u16 = 3;

/// Weights of a stored row: the tags, padded to a power of two.
pub const ROW_WIDTH: usize = 8;

/// The largest row table read (16M rows).
const MAX_ROWS_LOG2: u32 = 24;

/// A tagger's weights.
#[derive(Debug, Clone, Copy)]
pub struct TaggerWeights {
    rows_log2: u32,
    scale: f32,
    transitions: &'static [u8],
    bitmap: &'static [u8],
    ranks: &'static [u8],
    rows: &'static [u8],
}

impl TaggerWeights {
    /// Log2 of the number of rows.
    pub fn rows_log2(&self) -> u32 {
        self.rows_log2
    }

    /// The unit of the weights and transitions.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// The transitions in units of the scale, in the order written.
    pub fn transitions(&self) -> impl Iterator<Item = i16> + '_ {
        self.transitions
            .chunks_exact(2)
            .map(|pair| u16_at(pair, 0) as i16)
    }

    /// Row `row`'s eight weights as the bytes of a little-endian `u64` (0
    /// for a row never learnt, or out of range).
    pub fn row(&self, row: usize) -> u64 {
        let word = row / 64;
        let Some(bits) = self.bitmap.get(word * 8..word * 8 + 8) else {
            return 0;
        };
        let bits = u64_at(bits, 0);
        let bit = 1u64 << (row % 64);
        if bits & bit == 0 {
            return 0;
        }
        let stored =
            u32_at(self.ranks, word * 4) as usize + (bits & (bit - 1)).count_ones() as usize;
        self.rows
            .get(stored * ROW_WIDTH..(stored + 1) * ROW_WIDTH)
            .map_or(0, |row| u64_at(row, 0))
    }
}

impl Table for TaggerWeights {
    fn from_bytes(bytes: &'static [u8]) -> Result<Self, TableError> {
        let mut reader = Reader::open(bytes, MAGIC, VERSION)?;
        let rows_log2 = reader.u32()?;
        if !(6..=MAX_ROWS_LOG2).contains(&rows_log2) {
            return Err(reader.error("an implausible row count"));
        }
        let scale = f32::from_bits(reader.u32()?);
        if !(scale.is_finite() && scale > 0.0) {
            return Err(reader.error("an implausible scale"));
        }
        let transition_count = reader.length()?;
        let transitions = reader.records(transition_count, 2)?;
        let words = (1usize << rows_log2) / 64;
        let bitmap = reader.records(words, 8)?;
        let ranks = reader.records(words, 4)?;
        let stored: usize = bitmap
            .chunks_exact(8)
            .map(|word| u64_at(word, 0).count_ones() as usize)
            .sum();
        let rows = reader.records(stored, ROW_WIDTH)?;
        reader.finish()?;
        Ok(TaggerWeights {
            rows_log2,
            scale,
            transitions,
            bitmap,
            ranks,
            rows,
        })
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_header(&mut out, MAGIC, VERSION);
        out.extend_from_slice(&self.rows_log2.to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        write_u32(&mut out, self.transitions.len() / 2);
        out.extend_from_slice(self.transitions);
        out.extend_from_slice(self.bitmap);
        out.extend_from_slice(self.ranks);
        out.extend_from_slice(self.rows);
        out
    }
}

/// Writes a tagger's weights: `rows` gives every row's weights
/// (`2^rows_log2` of them, in units of `scale`); rows of zeros are not
/// stored.
pub fn write(rows_log2: u32, scale: f32, transitions: &[i16], rows: &[[i8; ROW_WIDTH]]) -> Vec<u8> {
    assert_eq!(rows.len(), 1 << rows_log2, "one weight row per table row");
    let mut out = Vec::new();
    write_header(&mut out, MAGIC, VERSION);
    out.extend_from_slice(&rows_log2.to_le_bytes());
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    write_u32(&mut out, transitions.len());
    for &score in transitions {
        out.extend_from_slice(&score.to_le_bytes());
    }
    let mut ranks = Vec::new();
    let mut stored = Vec::new();
    let mut count = 0usize;
    for chunk in rows.chunks(64) {
        let mut bits = 0u64;
        write_u32(&mut ranks, count);
        for (bit, row) in chunk.iter().enumerate() {
            if row.iter().any(|&w| w != 0) {
                bits |= 1 << bit;
                stored.extend(row.iter().map(|&w| w as u8));
                count += 1;
            }
        }
        out.extend_from_slice(&bits.to_le_bytes());
    }
    out.extend_from_slice(&ranks);
    out.extend_from_slice(&stored);
    out
}
