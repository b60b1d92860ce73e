//! The Wasm/JavaScript front end: `prepare`, `analyze`, `segment`, `version`
//! and `maxTextLength`, returning plain JavaScript objects of the interface's
//! shape (and `analyzeCount`, for the benchmarks).
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

#[wasm_bindgen]
extern "C" {
    /// The text a caller passes: a JavaScript string, though JavaScript may
    /// pass anything. Taken as a value rather than `&str` so that a number or
    /// an object gets a clear error (wasm-bindgen's string conversion would
    /// trap on it) and an overlong text is refused before it is copied in.
    #[wasm_bindgen(typescript_type = "string")]
    pub type Text;

    /// The string's length in UTF-16 code units.
    #[wasm_bindgen(method, getter)]
    fn length(this: &Text) -> f64;
}

/// The text as a Rust string, if it is a string no longer than
/// [`MAX_TEXT_LENGTH`]. Lone surrogates become U+FFFD, one unit too.
fn read_text(text: &Text) -> Result<String, JsError> {
    let value: &JsValue = text.as_ref();
    if !value.is_string() {
        return Err(JsError::new("the text to analyse must be a string"));
    }
    // As an integer: formatting a float would add its code to the module.
    let length = text.length() as usize;
    if length > MAX_TEXT_LENGTH {
        return Err(JsError::new(&format!(
            "the text is too long to analyse here: {length} characters, at most {MAX_TEXT_LENGTH}"
        )));
    }
    value
        .as_string()
        .ok_or_else(|| JsError::new("the text to analyse must be a string"))
}

/// Makes ready what the first analysis would otherwise make (see
/// [`crate::prepare`]): call it once the page is idle after `init()`.
#[wasm_bindgen]
pub fn prepare() {
    crate::prepare();
}

/// Analyses `text`: entities, quotes and groups, offsets in UTF-16 code units.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &Text) -> Result<JsValue, JsError> {
    to_js(&crate::analyze(&read_text(text)?))
}

/// For benchmarks (`bench/wasm.mjs`): analyses `text` like `analyze` but
/// returns only how many entities and quotes it found, building no
/// JavaScript objects, so that the time spent converting the analysis for
/// JavaScript can be told from the time spent analysing.
#[wasm_bindgen(js_name = analyzeCount)]
pub fn analyze_count(text: &Text) -> Result<u32, JsError> {
    let analysis = crate::analyze(&read_text(text)?);
    Ok((analysis.entities.len() + analysis.quotes.len()) as u32)
}

/// The tokens, sentences and paragraphs of `text`.
#[wasm_bindgen(unchecked_return_type = "Segmentation")]
pub fn segment(text: &Text) -> Result<JsValue, JsError> {
    to_js(&crate::segment(&read_text(text)?))
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
