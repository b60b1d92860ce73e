//! Any text, analysed and segmented: no panic, no hang, and every span keeps
//! the interface's rules (`lamha::invariants`).

#![no_main]

use lamha::invariants::{check_analysis, check_segmentation};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Bytes that are not UTF-8 become U+FFFD, as a JavaScript string's lone
    // surrogates do on their way into the Wasm module.
    let text = String::from_utf8_lossy(data);
    if let Err(problem) = check_analysis(&text, &lamha::analyze(&text)) {
        panic!("analysis: {problem}");
    }
    if let Err(problem) = check_segmentation(&text, &lamha::segment(&text)) {
        panic!("segmentation: {problem}");
    }
});
