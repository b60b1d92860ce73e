//! CoNLL files (`word TAG` lines, a blank line between sentences): what
//! `lamha eval-ner` scores the tagger on, a user's own annotated text as
//! much as ANERcorp, and the form most of the shared corpora come in. Gives
//! sentences of `(word, tag)` pairs with the corpus's own tags.

use std::path::Path;

/// One annotated word and its tag as the corpus writes it (`B-PERS`,
/// `I_LOC`, `B-Politician`, `O`).
pub type TaggedWord = (String, String);

/// A sentence of tagged words.
pub type Sentence = Vec<TaggedWord>;

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

/// Reads a CoNLL file (`word TAG` lines, a blank line between sentences).
/// Invisible marks (byte order marks, directional marks) around words are
/// removed; a line without a tag is skipped.
pub fn read(path: &Path) -> std::io::Result<Vec<Sentence>> {
    Ok(parse_conll(&std::fs::read_to_string(path)?))
}

/// A corpus word without white space and the invisible marks some corpora
/// leave around it.
pub fn clean(word: &str) -> String {
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
}
