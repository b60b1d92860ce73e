//! Readers for the annotated corpora under `../shared/data/ner`, used by the
//! build tools (vocabulary, training) and the evaluation commands. Each
//! reader gives sentences of `(word, tag)` pairs with the corpus's own tags.
//!
//! Nothing here runs in the browser; it is plain text parsing.

use std::path::Path;

/// One annotated word and its tag as the corpus writes it (`B-PERS`,
/// `I_LOC`, `B-Politician`, `O`).
pub type TaggedWord = (String, String);

/// A sentence of tagged words.
pub type Sentence = Vec<TaggedWord>;

/// The annotated corpora Lamha knows how to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorpusFormat {
    /// `word TAG` lines, a blank line between sentences (ANERcorp, AQMAR,
    /// Wojood's first tag column, WikiFANE).
    Conll,
    /// CAraNER's CSV: `Sentence_ID,Word_ID,Word,…,Revised_Label`.
    CaranerCsv,
}

/// The share of ANERcorp's training part, at its end, held out as the
/// development set: no build step (vocabulary, model) ever reads it.
pub const DEV_SHARE: f64 = 0.1;

/// Splits ANERcorp's sentences into the part used for building and training
/// and the held-out development part (the last [`DEV_SHARE`]).
pub fn split_dev(mut sentences: Vec<Sentence>) -> (Vec<Sentence>, Vec<Sentence>) {
    let train_len = ((sentences.len() as f64) * (1.0 - DEV_SHARE)).round() as usize;
    let dev = sentences.split_off(train_len.min(sentences.len()));
    (sentences, dev)
}

/// Reads a corpus file. Invisible marks (byte order marks, directional
/// marks) around words are removed; a line without a tag is skipped.
pub fn read(path: &Path, format: CorpusFormat) -> std::io::Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path)?;
    Ok(match format {
        CorpusFormat::Conll => parse_conll(&text),
        CorpusFormat::CaranerCsv => parse_caraner(&text),
    })
}

fn clean(word: &str) -> String {
    word.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '\u{FEFF}' | '\u{200E}' | '\u{200F}' | '\u{200B}')
    })
    .to_string()
}

/// Parses `word TAG` lines (space or tab separated; extra columns ignored).
pub fn parse_conll(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut sentence = Vec::new();
    for line in text.lines() {
        let mut fields = line.split([' ', '\t']).filter(|f| !f.is_empty());
        match (fields.next().map(clean), fields.next()) {
            (Some(word), Some(tag)) if !word.is_empty() => sentence.push((word, tag.to_string())),
            (None, _) if !sentence.is_empty() => sentences.push(std::mem::take(&mut sentence)),
            _ => {}
        }
    }
    if !sentence.is_empty() {
        sentences.push(sentence);
    }
    sentences
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
    fn conll_sentences_and_marks() {
        let sentences = parse_conll("\u{FEFF}\u{200E}جنوب\tB-Nation\nقال O\n\nو O I-X\n");
        assert_eq!(sentences.len(), 2);
        assert_eq!(
            sentences[0][0],
            ("جنوب".to_string(), "B-Nation".to_string())
        );
        assert_eq!(sentences[1][0].0, "و");
    }

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
