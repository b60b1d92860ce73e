//! The lab beside the product: what builds Lamha's embedded tables from
//! `../shared/data`, trains its tagger and measures it. Nothing here ships;
//! the product crate (`lamha`) never depends on it.
//!
//! - `lamha-build` (`src/bin/lamha-build`): the vocabulary, gazetteer, name
//!   lists and tagger model under `data/`;
//! - `lamha-lab` (`src/bin/lamha-lab`): the native throughput benchmark;
//! - [`corpora`]: readers for the shared corpora;
//! - [`conventions`]: ANERcorp's annotation brought to Lamha's conventions.

pub mod conventions;
pub mod corpora;
