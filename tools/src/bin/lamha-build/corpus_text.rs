//! The unlabelled text the word clusters are learnt from: every sentence of
//! the shared corpora (ANERcorp's development part excluded), one per line,
//! each word in the form the tagger looks it up by (normalised, proclitics
//! removed: والعراق → العراق), numbers as `<num>`.

use std::io::Write;
use std::path::Path;

use lamha::Document;
use lamha::entities::clusters::lookup_form;

use crate::sources;

pub fn build(shared: &Path, out: &Path) -> Result<(), String> {
    let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut writer = std::io::BufWriter::new(file);
    let sentences = sources::all_sentences(shared)?;
    let mut words = 0usize;
    for sentence in &sentences {
        let text: Vec<&str> = sentence.iter().map(|(word, _)| word.as_str()).collect();
        let text = text.join(" ");
        let document = Document::new(&text);
        let line: Vec<_> = (0..document.tokens.len())
            .map(|i| lookup_form(&document, i))
            .collect();
        words += line.len();
        writeln!(writer, "{}", line.join(" ")).map_err(|e| e.to_string())?;
    }
    writer.flush().map_err(|e| e.to_string())?;
    eprintln!(
        "{}: {} sentences, {words} words",
        out.display(),
        sentences.len()
    );
    Ok(())
}
