//! The tagger's weights: for every feature row (a feature hash folded into a
//! fixed table) one weight per tag, quantised to `i8` with one scale, plus
//! the tag-pair scores. `lamha-build train` writes the file; the library
//! embeds it.
//!
//! File layout (little-endian): `LNER`, version byte, log2 of the row
//! count, the scale (`f32`), start and pair scores (`i16` × 7 and × 4 × 49,
//! in units of the scale), the number of stored rows (`u32`), then each row
//! that has a non-zero weight: the gap from the previous stored row
//! (LEB128), and its 7 weights (`i8`).

use std::sync::OnceLock;

use super::features::Features;
use super::tags::TAG_COUNT;
use super::viterbi::{Join, Transitions, best_tags};
use crate::text::Document;

const MAGIC: &[u8; 4] = b"LNER";
const VERSION: u8 = 2;

/// The embedded model.
static MODEL_BYTES: &[u8] = include_bytes!("../../data/ner-model.bin");

/// The most features of one token that are counted (far more than any
/// token has), so that the i16 sums cannot overflow: 200 × 127 < 32767.
const MAX_FEATURES: usize = 200;

/// Weights held per row in memory: the tags, padded to a power of two.
const ROW_WIDTH: usize = 8;

/// Folds a feature hash into a row of a table of `1 << rows_log2` rows.
pub fn row_of(hash: u32, rows_log2: u32) -> usize {
    (hash >> (32 - rows_log2)) as usize
}

/// A tagger's weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    rows_log2: u32,
    scale: f32,
    /// `rows[row][tag]`, in units of `scale`; the eighth weight of a row is
    /// always 0 (rows of 8 add up in one vector register).
    rows: Vec<[i8; ROW_WIDTH]>,
    transitions: Transitions,
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub &'static str);

impl Model {
    /// The model embedded in the library, read once. A damaged file (which
    /// the build's tests would catch) gives a model that finds nothing
    /// rather than a panic.
    pub fn embedded() -> &'static Model {
        static PARSED: OnceLock<Model> = OnceLock::new();
        PARSED.get_or_init(|| Model::read(MODEL_BYTES).unwrap_or_else(|_| Model::empty()))
    }

    /// A model with no weights: every token is outside.
    pub fn empty() -> Model {
        Model {
            rows_log2: 1,
            scale: 1.0,
            rows: vec![[0; ROW_WIDTH]; 2],
            transitions: Transitions::default(),
        }
    }

    /// Quantises float weights (`weights[row * TAG_COUNT + tag]`, for
    /// `1 << rows_log2` rows): each becomes the nearest multiple of `scale`,
    /// clamped to the `i8` range.
    pub fn quantise(
        rows_log2: u32,
        weights: &[f32],
        transitions: &Transitions,
        scale: f32,
    ) -> Model {
        let rows = weights
            .chunks_exact(TAG_COUNT)
            .map(|row| {
                let mut quantised = [0i8; ROW_WIDTH];
                for (q, w) in quantised.iter_mut().zip(row) {
                    *q = (w / scale).round().clamp(-127.0, 127.0) as i8;
                }
                quantised
            })
            .collect();
        let round = |w: f32| (w / scale).round().clamp(-32767.0, 32767.0) * scale;
        let mut transitions = transitions.clone();
        for score in transitions
            .start
            .iter_mut()
            .chain(transitions.pairs.iter_mut().flatten().flatten())
        {
            *score = round(*score);
        }
        Model {
            rows_log2,
            scale,
            rows,
            transitions,
        }
    }

    /// The model as file bytes.
    pub fn write(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(self.rows_log2 as u8);
        out.extend_from_slice(&self.scale.to_le_bytes());
        let transitions = &self.transitions;
        for score in transitions
            .start
            .iter()
            .chain(transitions.pairs.iter().flatten().flatten())
        {
            out.extend_from_slice(&((score / self.scale).round() as i16).to_le_bytes());
        }
        let rows: Vec<usize> = (0..1usize << self.rows_log2)
            .filter(|&row| self.row(row).iter().any(|&w| w != 0))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut previous = 0;
        for row in rows {
            let mut gap = row - previous;
            previous = row;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            out.extend(self.row(row).iter().map(|&w| w as u8));
        }
        out
    }

    /// Reads model file bytes.
    pub fn read(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut reader = Reader { bytes, position: 0 };
        if reader.take(4)? != MAGIC {
            return Err(ModelError("not a Lamha tagger model"));
        }
        if reader.take(1)?[0] != VERSION {
            return Err(ModelError("unknown model version"));
        }
        let rows_log2 = u32::from(reader.take(1)?[0]);
        if !(1..=24).contains(&rows_log2) {
            return Err(ModelError("implausible table size"));
        }
        let scale = f32::from_le_bytes(reader.array()?);
        let mut transitions = Transitions::default();
        for score in transitions
            .start
            .iter_mut()
            .chain(transitions.pairs.iter_mut().flatten().flatten())
        {
            *score = f32::from(i16::from_le_bytes(reader.array()?)) * scale;
        }
        let stored = u32::from_le_bytes(reader.array()?) as usize;
        let row_count = 1usize << rows_log2;
        let mut rows = vec![[0i8; ROW_WIDTH]; row_count];
        let mut row = 0usize;
        for _ in 0..stored {
            row += reader.varint()?;
            if row >= row_count {
                return Err(ModelError("row out of range"));
            }
            for (weight, &byte) in rows[row].iter_mut().zip(reader.take(TAG_COUNT)?) {
                *weight = byte as i8;
            }
        }
        Ok(Model {
            rows_log2,
            scale,
            rows,
            transitions,
        })
    }

    fn row(&self, row: usize) -> &[i8] {
        &self.rows[row][..TAG_COUNT]
    }

    /// The tag scores of a token with the given feature hashes.
    pub fn scores(&self, hashes: &[u32]) -> [f32; TAG_COUNT] {
        // A row's eight signed weights are added as two words of four
        // 16-bit lanes (the even and the odd bytes), each weight offset by
        // 128 to be unsigned: a lane holds at most MAX_FEATURES × 255 <
        // 65536, so no lane carries into the next, and the offsets come off
        // at the end. The sums are exactly those of adding weight by weight,
        // in a few integer operations per row on any target (portable
        // vector code widened each weight on its own).
        const LOW_BYTES: u64 = 0x00ff_00ff_00ff_00ff;
        const OFFSETS: u64 = 0x0080_0080_0080_0080;
        let counted = &hashes[..hashes.len().min(MAX_FEATURES)];
        let (mut even, mut odd) = (0u64, 0u64);
        for &hash in counted {
            let row = u64::from_le_bytes(self.rows[row_of(hash, self.rows_log2)].map(|w| w as u8));
            even += (row & LOW_BYTES) ^ OFFSETS;
            odd += ((row >> 8) & LOW_BYTES) ^ OFFSETS;
        }
        let offset = 128 * counted.len() as i32;
        std::array::from_fn(|tag| {
            let lanes = if tag % 2 == 0 { even } else { odd };
            let sum = ((lanes >> (16 * (tag / 2))) & 0xffff) as i32 - offset;
            sum as f32 * self.scale
        })
    }

    /// The best tags (indices into [`super::tags::Tag::ALL`]) of the tokens
    /// `tokens` of one sentence of `document`, whose features are
    /// `features.of(0..tokens.len())`.
    pub fn tag_sentence(
        &self,
        document: &Document,
        features: &Features,
        tokens: std::ops::Range<usize>,
    ) -> Vec<usize> {
        let emissions: Vec<[f32; TAG_COUNT]> = (0..tokens.len())
            .map(|offset| self.scores(features.of(offset)))
            .collect();
        let joins: Vec<Join> = tokens.map(|index| Join::of(document, index)).collect();
        best_tags(&emissions, &joins, &self.transitions)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .position
            .checked_add(count)
            .filter(|&end| end <= self.bytes.len());
        let end = end.ok_or(ModelError("truncated model"))?;
        let taken = &self.bytes[self.position..end];
        self.position = end;
        Ok(taken)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut array = [0u8; N];
        array.copy_from_slice(self.take(N)?);
        Ok(array)
    }

    fn varint(&mut self) -> Result<usize, ModelError> {
        let mut value = 0usize;
        for shift in (0..32).step_by(7) {
            let byte = self.take(1)?[0];
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError("malformed row gap"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_round_trip() {
        let rows_log2 = 4;
        let mut weights = vec![0.0f32; (1 << rows_log2) * TAG_COUNT];
        weights[3 * TAG_COUNT + 2] = 1.5;
        weights[15 * TAG_COUNT + 6] = -0.25;
        let mut transitions = Transitions::default();
        transitions.pairs[1][1][2] = 2.0;
        transitions.start[0] = -0.5;
        let model = Model::quantise(rows_log2, &weights, &transitions, 0.25);
        let read = Model::read(&model.write());
        assert_eq!(read, Ok(model.clone()));
        assert_eq!(model.row(3)[2], 6);
        assert_eq!(model.row(15)[6], -1);
    }

    #[test]
    fn scores_are_the_sums_of_the_weights() {
        let rows_log2 = 4;
        let weights: Vec<f32> = (0..(1 << rows_log2) * TAG_COUNT)
            .map(|i| [-127.0, 127.0, -1.0, 0.0, 5.0, -64.0][i % 6])
            .collect();
        let model = Model::quantise(rows_log2, &weights, &Transitions::default(), 1.0);
        // More features than are counted, all in the two extreme rows.
        let hashes: Vec<u32> = (0..MAX_FEATURES as u32 + 7)
            .map(|i| if i % 3 == 0 { 0 } else { u32::MAX })
            .collect();
        let mut expected = [0i32; TAG_COUNT];
        for &hash in &hashes[..MAX_FEATURES] {
            for (sum, &weight) in expected.iter_mut().zip(model.row(row_of(hash, rows_log2))) {
                *sum += i32::from(weight);
            }
        }
        assert_eq!(model.scores(&hashes), expected.map(|sum| sum as f32));
        assert_eq!(model.scores(&[]), [0.0; TAG_COUNT]);
    }

    #[test]
    fn damaged_files_are_refused() {
        assert!(Model::read(b"LNER").is_err());
        assert!(Model::read(b"XXXX\x01\x04").is_err());
        let model = Model::quantise(4, &[0.5; 16 * TAG_COUNT], &Transitions::default(), 0.5);
        let bytes = model.write();
        for cut in 0..bytes.len() {
            assert!(Model::read(&bytes[..cut]).is_err());
        }
        assert!(Model::embedded().scale > 0.0);
    }
}
