//! `lamha eval-ner`: how well the entity stage does.
//!
//! ```text
//! lamha eval-ner FILE.conll [--dev] [--errors]   CoNLL entity-level scores (PER LOC ORG)
//! lamha eval-ner --gold FILE.gold.json           scores against a hand-annotated article
//! lamha eval-ner --gold FILE.jsonl               scores against hand-annotated articles, with places
//! ```
//!
//! A CoNLL file is read as a user would paste it: the words of each
//! sentence joined by single spaces, the sentences by new lines, analysed as
//! one text by the whole pipeline (the places stage adds places too). A gold name is a range of the file's words; a found name is the
//! range of words its span overlaps (so والعراق found as العراق matches the
//! corpus word والعراق); both must agree exactly, with the label.

use std::path::Path;

use lamha::evaluation::conll;
use lamha::evaluation::{CorpusText, GoldArticle, GoldFile, PlaceCounts, Scores};
use lamha::text::Document;

/// Scores the entity stage on a CoNLL file (with `dev`, only its
/// development part); with `errors`, lists the misses and false finds.
pub fn conll(path: &Path, dev: bool, errors: bool) -> Result<String, String> {
    let mut sentences = conll::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if dev {
        sentences = conll::split_dev(sentences).1;
    }
    let corpus = CorpusText::new(&sentences);
    let document = Document::new(&corpus.text);
    let findings = lamha::find(&document);
    let found = corpus.found(
        findings
            .entities
            .iter()
            .map(|entity| (entity.span.clone(), entity.label)),
    );
    let gold = corpus.gold();
    let mut report = format!(
        "{}{}: {} sentences, {} words\n{}",
        path.display(),
        if dev { " (development part)" } else { "" },
        sentences.len(),
        corpus.words.len(),
        Scores::compare(&gold, &found).report()
    );
    if errors {
        let words = |range: &std::ops::Range<usize>| {
            corpus.text[corpus.words[range.start].start..corpus.words[range.end - 1].end]
                .to_string()
        };
        let context = |range: &std::ops::Range<usize>| {
            let from = range.start.saturating_sub(3);
            let to = (range.end + 3).min(corpus.words.len());
            words(&(from..to)).replace('\n', " / ")
        };
        for (range, label) in &gold {
            if !found.contains(&(range.clone(), *label)) {
                report.push_str(&format!(
                    "missed {} {}   [{}]\n",
                    label.as_str(),
                    words(range),
                    context(range)
                ));
            }
        }
        for (range, label) in &found {
            if !gold.contains(&(range.clone(), *label)) {
                report.push_str(&format!(
                    "false  {} {}   [{}]\n",
                    label.as_str(),
                    words(range),
                    context(range)
                ));
            }
        }
    }
    Ok(report)
}

/// Scores the analysis of a gold file's text against its entities: a
/// `.json` file naming its text file (as `tests/data/sample.gold.json`), or
/// a `.jsonl` file of articles with their text inline (as
/// `eval/news/news-dev.jsonl`), scored together on PER, LOC and ORG, with
/// the share of places resolved to the right country.
pub fn gold(path: &Path) -> Result<String, String> {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    if path.extension().is_some_and(|ext| ext == "jsonl") {
        return articles(path, &read(path)?);
    }
    let gold: GoldFile =
        serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let text_path = path.parent().unwrap_or(Path::new(".")).join(&gold.text);
    let text = read(&text_path)?;
    let analysis = lamha::analyze(&text);
    Ok(format!(
        "{} (text {}): entities\n{}",
        path.display(),
        text_path.display(),
        Scores::against_sample(&gold.entities, &analysis.entities).report()
    ))
}

/// Scores the articles of a gold JSON lines file together.
fn articles(path: &Path, lines: &str) -> Result<String, String> {
    let mut scores = Scores::of_names();
    let mut places = PlaceCounts::default();
    let mut count = 0;
    for (number, line) in lines
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let article: GoldArticle = serde_json::from_str(line)
            .map_err(|e| format!("{}:{}: {e}", path.display(), number + 1))?;
        let analysis = lamha::analyze(&article.text);
        scores.add_article(&article.entities, &analysis.entities);
        places.add_article(&article.entities, &analysis.entities);
        count += 1;
    }
    Ok(format!(
        "{}: {count} articles, entities\n{}  places resolved to the right country: {:.3} ({} of {})\n",
        path.display(),
        scores.report(),
        places.share(),
        places.right,
        places.all
    ))
}
