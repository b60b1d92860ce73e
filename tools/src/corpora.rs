//! Readers for the annotated corpora under `../shared/data/ner`, for the
//! build commands and the benchmark. CoNLL files are read by the library's
//! own reader ([`lamha::evaluation::conll`], which `lamha eval-ner` uses
//! too); CAraNER's CSV only here.

use std::path::Path;

use lamha::evaluation::conll::{self, Sentence, clean};

/// The formats of the shared corpora.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorpusFormat {
    /// `word TAG` lines, a blank line between sentences (ANERcorp, AQMAR,
    /// Wojood's first tag column, WikiFANE).
    Conll,
    /// CAraNER's CSV: `Sentence_ID,Word_ID,Word,…,Revised_Label`.
    CaranerCsv,
}

/// Reads a corpus file of `format`.
pub fn read(path: &Path, format: CorpusFormat) -> std::io::Result<Vec<Sentence>> {
    match format {
        CorpusFormat::Conll => conll::read(path),
        CorpusFormat::CaranerCsv => Ok(parse_caraner(&std::fs::read_to_string(path)?)),
    }
}

/// Parses CAraNER's CSV, grouping words by sentence id.
pub fn parse_caraner(text: &str) -> Vec<Sentence> {
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut current_id = None;
    for line in text.lines().skip(1) {
        let fields = split_csv_line(line);
        if fields.len() < 7 {
            continue;
        }
        let word = clean(&fields[2]);
        if word.is_empty() {
            continue;
        }
        if current_id.as_deref() != Some(fields[0].as_str()) {
            current_id = Some(fields[0].clone());
            sentences.push(Vec::new());
        }
        if let Some(sentence) = sentences.last_mut() {
            sentence.push((word, fields[6].clone()));
        }
    }
    sentences.retain(|s| !s.is_empty());
    sentences
}

/// Splits one CSV line, honouring double-quoted fields with `""` escapes.
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caraner_csv_with_quoted_fields() {
        let csv = "Sentence_ID,Word_ID,Word,A1,A2,Agreed,Revised_Label\n\
                   3,1,قال,O,O,O,O\n3,2,\"\"\"\",O,O,O,O\n4,1,الرياض,B_LOC,B_LOC,B_LOC,B_LOC\n";
        let sentences = parse_caraner(csv);
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0][1].0, "\"");
        assert_eq!(sentences[1][0].1, "B_LOC");
    }
}
