//! The tagger's model: weights for every feature row and tag, quantised to
//! `i8` with one scale, and the tag-pair scores, read in place from the
//! layout of [`crate::tables::model`]. `lamha-build train` writes the file
//! (`data/ner-model.bin`); the library embeds it.

use super::features::Features;
use super::tags::TAG_COUNT;
use super::viterbi::{Join, Transitions, best_tags};
use crate::tables::model::{ROW_WIDTH, TaggerWeights};
use crate::tables::{self, Table, TableError, embedded};
use crate::text::Document;

/// The most features of one token that are counted (far more than any
/// token has), so that the i16 sums cannot overflow: 200 × 127 < 32767.
const MAX_FEATURES: usize = 200;

/// Folds a feature hash into a row of a table of `1 << rows_log2` rows.
pub fn row_of(hash: u32, rows_log2: u32) -> usize {
    (hash >> (32 - rows_log2)) as usize
}

/// A tagger's weights and transitions.
#[derive(Debug, Clone)]
pub struct Model {
    weights: TaggerWeights,
    transitions: Transitions,
}

impl Model {
    /// The model of a table's bytes.
    pub fn from_bytes(bytes: &'static [u8]) -> Result<Model, TableError> {
        let weights = TaggerWeights::from_bytes(bytes)?;
        let mut transitions = Transitions::default();
        let scores = transitions
            .start
            .iter_mut()
            .chain(transitions.pairs.iter_mut().flatten().flatten());
        let mut stored = weights.transitions();
        for score in scores {
            let units = stored.next().ok_or(TableError {
                table: *b"LNER",
                problem: "too few transitions",
            })?;
            *score = f32::from(units) * weights.scale();
        }
        if stored.next().is_some() {
            return Err(TableError {
                table: *b"LNER",
                problem: "too many transitions",
            });
        }
        Ok(Model {
            weights,
            transitions,
        })
    }

    /// The model embedded in the library. A damaged file (which the
    /// library's tests rule out) gives a model that finds nothing rather
    /// than a panic.
    pub fn embedded() -> Model {
        Model::from_bytes(embedded::TAGGER_WEIGHTS.bytes()).unwrap_or_else(|_| Model::empty())
    }

    /// A model with no weights: every token is outside.
    pub fn empty() -> Model {
        let bytes = tables::model::write(6, 1.0, &[0; TRANSITION_COUNT], &[[0; ROW_WIDTH]; 64]);
        Model::from_bytes(bytes.leak()).expect("an empty model reads")
    }

    /// Quantises float weights (`weights[row * TAG_COUNT + tag]`, for
    /// `1 << rows_log2` rows) into a model file: each becomes the nearest
    /// multiple of `scale`, clamped to the `i8` range.
    pub fn quantise(
        rows_log2: u32,
        weights: &[f32],
        transitions: &Transitions,
        scale: f32,
    ) -> Vec<u8> {
        let rows: Vec<[i8; ROW_WIDTH]> = weights
            .chunks_exact(TAG_COUNT)
            .map(|row| {
                let mut quantised = [0i8; ROW_WIDTH];
                for (q, w) in quantised.iter_mut().zip(row) {
                    *q = (w / scale).round().clamp(-127.0, 127.0) as i8;
                }
                quantised
            })
            .collect();
        let units: Vec<i16> = transitions
            .start
            .iter()
            .chain(transitions.pairs.iter().flatten().flatten())
            .map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16)
            .collect();
        tables::model::write(rows_log2, scale, &units, &rows)
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
            let row = self.weights.row(row_of(hash, self.weights.rows_log2()));
            even += (row & LOW_BYTES) ^ OFFSETS;
            odd += ((row >> 8) & LOW_BYTES) ^ OFFSETS;
        }
        let offset = 128 * counted.len() as i32;
        std::array::from_fn(|tag| {
            let lanes = if tag % 2 == 0 { even } else { odd };
            let sum = ((lanes >> (16 * (tag / 2))) & 0xffff) as i32 - offset;
            sum as f32 * self.weights.scale()
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

/// Transitions a model stores: the start scores and the pair scores.
const TRANSITION_COUNT: usize = TAG_COUNT + TAG_COUNT * TAG_COUNT * super::viterbi::JOIN_COUNT;

#[cfg(test)]
mod tests {
    use super::*;

    fn quantised(rows_log2: u32, weights: &[f32], transitions: &Transitions, scale: f32) -> Model {
        let bytes = Model::quantise(rows_log2, weights, transitions, scale);
        Model::from_bytes(bytes.leak()).expect("a model just written reads")
    }

    fn row(model: &Model, row: usize) -> [i8; TAG_COUNT] {
        let bytes = model.weights.row(row).to_le_bytes();
        std::array::from_fn(|tag| bytes[tag] as i8)
    }

    #[test]
    fn quantised_models_read_back() {
        let rows_log2 = 6;
        let mut weights = vec![0.0f32; (1 << rows_log2) * TAG_COUNT];
        weights[3 * TAG_COUNT + 2] = 1.5;
        weights[63 * TAG_COUNT + 6] = -0.25;
        let mut transitions = Transitions::default();
        transitions.pairs[1][1][2] = 2.0;
        transitions.start[0] = -0.5;
        let model = quantised(rows_log2, &weights, &transitions, 0.25);
        assert_eq!(row(&model, 3)[2], 6);
        assert_eq!(row(&model, 63)[6], -1);
        assert_eq!(row(&model, 4), [0; TAG_COUNT]);
        assert_eq!(model.transitions, transitions);
    }

    #[test]
    fn scores_are_the_sums_of_the_weights() {
        let rows_log2 = 6;
        let weights: Vec<f32> = (0..(1 << rows_log2) * TAG_COUNT)
            .map(|i| [-127.0, 127.0, -1.0, 0.0, 5.0, -64.0][i % 6])
            .collect();
        let model = quantised(rows_log2, &weights, &Transitions::default(), 1.0);
        // More features than are counted, all in the two extreme rows.
        let hashes: Vec<u32> = (0..MAX_FEATURES as u32 + 7)
            .map(|i| if i % 3 == 0 { 0 } else { u32::MAX })
            .collect();
        let mut expected = [0i32; TAG_COUNT];
        for &hash in &hashes[..MAX_FEATURES] {
            for (sum, &weight) in expected
                .iter_mut()
                .zip(&row(&model, row_of(hash, rows_log2)))
            {
                *sum += i32::from(weight);
            }
        }
        assert_eq!(model.scores(&hashes), expected.map(|sum| sum as f32));
        assert_eq!(model.scores(&[]), [0.0; TAG_COUNT]);
    }

    #[test]
    fn the_embedded_model_reads() {
        assert!(Model::from_bytes(embedded::TAGGER_WEIGHTS.bytes()).is_ok());
        assert!(Model::embedded().weights.scale() > 0.0);
    }
}
