//! The Wasm/JavaScript front end: `analyze`, `segment`, `version` and
//! `maxTextLength`, returning plain JavaScript objects of the interface's
//! shape.
//!
//! JavaScript strings may hold lone surrogates; wasm-bindgen passes them to
//! Rust as U+FFFD, which is one UTF-16 unit too, so every offset still points
//! at the same place in the caller's string.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The largest text `analyze` accepts, in UTF-16 code units. Beyond it the
/// working memory of one analysis (several times the text) risks the page's
/// memory; the widget says so and keeps the text.
pub const MAX_TEXT_LENGTH: usize = 8_000_000;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("analysis.d.ts");

/// Serialises with `null` for absent optional values (`cue: null`), as the
/// interface writes them.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|error| JsError::new(&error.to_string()))
}

fn check_length(text: &str) -> Result<(), JsError> {
    // A UTF-8 length bounds the UTF-16 length from above; count exactly only
    // when it matters.
    if text.len() > MAX_TEXT_LENGTH && text.encode_utf16().count() > MAX_TEXT_LENGTH {
        return Err(JsError::new(&format!(
            "the text is too long to analyse here: at most {MAX_TEXT_LENGTH} characters"
        )));
    }
    Ok(())
}

/// Analyses `text`: entities, quotes and groups, offsets in UTF-16 code units.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    check_length(text)?;
    to_js(&crate::analyze(text))
}

/// The tokens, sentences and paragraphs of `text`.
#[wasm_bindgen(unchecked_return_type = "Segmentation")]
pub fn segment(text: &str) -> Result<JsValue, JsError> {
    check_length(text)?;
    to_js(&crate::segment(text))
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// The largest text `analyze` accepts, in UTF-16 code units.
#[wasm_bindgen(js_name = maxTextLength)]
pub fn max_text_length() -> usize {
    MAX_TEXT_LENGTH
}
