//! `lamha-build train`: builds the name lists, then trains the tagger (an
//! averaged structured perceptron over the hashed features of
//! `lamha::entities::features`, decoded by Viterbi) on ANERcorp's training
//! part, and writes the quantised model to `data/ner-model.bin`. Prints the
//! score on the development part, which it never trains on.
//!
//! Deterministic: the order of sentences is shuffled each epoch by a fixed
//! pseudo-random sequence, and every sum runs in a fixed order.

use std::ops::Range;
use std::path::Path;

use lamha::analysis::Label;
use lamha::entities::clusters::WordClusters;
use lamha::entities::features::{Features, extract};
use lamha::entities::model::{Model, row_of};
use lamha::entities::tags::{TAG_COUNT, Tag};
use lamha::entities::viterbi::{JOIN_COUNT, Join, Transitions, best_tags};
use lamha::entities::{TaggerTables, mentions, span};
use lamha::evaluation::conll::{self, Sentence};
use lamha::evaluation::{CorpusText, GoldArticle, PlaceCounts, Scores};
use lamha::name_lists::NameLists;
use lamha::pipeline::{Analyzer, Tables};
use lamha::text::{Document, TokenKind};
use lamha_tools::conventions;
use lamha_tools::corpora::{self, CorpusFormat};

use crate::name_lists::NameCounts;
use crate::sources;

/// log2 of the number of feature rows. Mean development F1 over eight
/// training draws varying the hash salt too (see [`build`]), with the
/// name-part features and 5 epochs: 2^19 78.0, 2^20 78.4; over seeds
/// alone 78.0 and 78.1. With everything as now, over seeds: 2^19 80.2,
/// 2^18 79.9 and 5–8% faster (a 2 MiB table misses the cache less), but
/// it misses the person the sample article quotes most (برت مكجيرك).
const ROWS_LOG2: u32 = 19;

/// Passes over the training sentences. Mean development F1 over eight
/// draws, with the other settings as now (before the consistency rules for
/// longer names, which add about a point): 4 epochs 78.1, 5 78.6, 6 78.7,
/// 7 78.9, 8 79.0, 10 78.9, 12 78.5 (later passes learn the training
/// sentences by heart). Before ANERcorp's names joined the lists, 5 was
/// best (77.6; 10: 76.8).
const EPOCHS: usize = 8;

/// Training sentences are read in documents of this many consecutive
/// sentences, as an article would be pasted.
const DOCUMENT_SENTENCES: usize = 40;

/// A feature row is learnt only when the training tokens' features fall in
/// it at least this many times; rarer ones keep no weight. Words and word
/// pairs seen once or twice taught the perceptron to remember its training
/// sentences rather than to read them. Development F1 of the entity stage
/// by threshold: 1 (no pruning) 76.3, 2 76.4, 3 76.5, 4 76.5, 5 77.5,
/// 6 76.8, 7 77.1, 10 76.8; the model file shrinks from 748 to 312 kB.
const MIN_FEATURE_COUNT: u32 = 5;

/// The rows of the weight table that [`MIN_FEATURE_COUNT`] lets learn.
fn learnt_rows(examples: &[Example]) -> Vec<bool> {
    let mut counts = vec![0u32; 1 << ROWS_LOG2];
    for example in examples {
        for index in 0..example.tags.len() {
            for &hash in example.features.of(index) {
                counts[row_of(hash, ROWS_LOG2)] += 1;
            }
        }
    }
    counts
        .into_iter()
        .map(|count| count >= MIN_FEATURE_COUNT)
        .collect()
}

/// Where, in the weights, the rows of `hashes` that training learns start.
fn learnt<'a>(hashes: &'a [u32], kept: &'a [bool]) -> impl Iterator<Item = usize> + 'a {
    hashes.iter().filter_map(|&hash| {
        let row = row_of(hash, ROWS_LOG2);
        kept[row].then_some(row * TAG_COUNT)
    })
}

/// Seeds of the shuffling sequences: one perceptron is trained per seed and
/// their weights are averaged, which steadies the model (a single run's
/// development score moves by a point or two with the order of sentences).
const SEEDS: &[u64] = &[0x5eed_1a3a, 0x5eed_1a3b, 0x5eed_1a3c, 0x5eed_1a3d];

/// The name lists hold ANERcorp's training names too. For training, that
/// part is cut into this many folds, and each fold's sentences are read
/// with lists built without that fold's own names: the tagger learns how
/// far to trust a listed name it has not seen in training, as the
/// development part and a user's text are read with every training name
/// listed (lists holding each training sentence's own names would teach it
/// to trust them blindly). Mean development F1 over eight draws, with 5
/// epochs: without ANERcorp's names 77.9; 2 folds 78.0, 5 78.1, 10 78.6,
/// 20 78.5, 40 78.4.
const OWN_NAME_FOLDS: usize = 10;

/// How far apart the seeds of two training draws are (see [`build`]).
const DRAW_SEED_STEP: u64 = 1000;

/// The other corpora and the weight of their updates; 0 leaves a corpus out
/// of training (it still feeds the lexicon). Measured on the development
/// part: see data/README.md. The modern-news training set (`news`, see
/// [`NEWS_TRAINING_SET`]) is left out: too small to help yet
/// (data/news-train/README.md).
const EXTRA_CORPORA: &[(&str, f64)] = &[("wojood", 0.3)];

/// A document of training sentences with its features and gold tags.
struct Example {
    features: Features,
    tags: Vec<usize>,
    joins: Vec<Join>,
    sentences: Vec<Range<usize>>,
    weight: f64,
}

fn examples(sentences: &[Sentence], weight: f64, name_lists: &NameLists) -> Vec<Example> {
    sentences
        .chunks(DOCUMENT_SENTENCES)
        .map(|chunk| {
            let corpus = CorpusText::new(chunk);
            let document = Document::new(&corpus.text);
            let tags = corpus.token_tags(&document);
            example(&document, tags, weight, name_lists)
        })
        .collect()
}

/// One example per annotated article of `articles` (the modern-news
/// training set), each article one document.
fn article_examples(articles: &[GoldArticle], weight: f64, name_lists: &NameLists) -> Vec<Example> {
    articles
        .iter()
        .map(|article| {
            let document = Document::new(&article.text);
            let tags = article_tags(&document, article);
            example(&document, tags, weight, name_lists)
        })
        .collect()
}

/// The tag of each token of `document` (an article's text) by its gold
/// entities: a word or number overlapping an entity is inside it, and
/// begins it when it is the entity's first; a word whose clitic stands
/// outside the span (ب[القاهرة]) is the entity's, as ANERcorp tags it.
fn article_tags(document: &Document, article: &GoldArticle) -> Vec<usize> {
    let bytes = byte_offsets_of_utf16(&article.text);
    let entities: Vec<(Range<usize>, Label)> = article
        .entities
        .iter()
        .filter_map(|entity| {
            let start = *bytes.get(entity.span.start as usize)?;
            let end = *bytes.get(entity.span.end as usize)?;
            Some((start..end, entity.span.label))
        })
        .collect();
    let mut tags = vec![0; document.tokens.len()];
    let mut previous = None;
    for (index, token) in document.tokens.iter().enumerate() {
        if !token.is_word() && token.kind != TokenKind::Number {
            continue;
        }
        let Some(entity) = entities
            .iter()
            .position(|(span, _)| span.start < token.span.end && token.span.start < span.end)
        else {
            continue;
        };
        let label = entities[entity].1;
        tags[index] = if previous == Some(entity) {
            Tag::Inside(label).index()
        } else {
            Tag::Begin(label).index()
        };
        previous = Some(entity);
    }
    tags
}

/// The byte offset in `text` of each UTF-16 offset, up to its length (a
/// gold file's offsets are UTF-16's; offsets inside a character take the
/// character's start).
fn byte_offsets_of_utf16(text: &str) -> Vec<usize> {
    let mut offsets = Vec::with_capacity(text.len() + 1);
    for (byte, character) in text.char_indices() {
        offsets.extend(std::iter::repeat_n(byte, character.len_utf16()));
    }
    offsets.push(text.len());
    offsets
}

/// The example of `document` with the gold `tags` of its tokens.
fn example(document: &Document, tags: Vec<usize>, weight: f64, name_lists: &NameLists) -> Example {
    Example {
        features: extract(document, name_lists, &WordClusters::embedded()),
        tags,
        joins: (0..document.tokens.len())
            .map(|index| Join::of(document, index))
            .collect(),
        sentences: document
            .sentences
            .iter()
            .map(|s| s.tokens.clone())
            .collect(),
        weight,
    }
}

/// A small deterministic pseudo-random sequence (xorshift64*).
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for index in (1..items.len()).rev() {
            let other = (self.next() % (index as u64 + 1)) as usize;
            items.swap(index, other);
        }
    }
}

/// Weights with the running sums that averaging needs: the average is
/// `current - stamped / time`.
struct Averaged {
    current: Vec<f64>,
    stamped: Vec<f64>,
}

impl Averaged {
    fn new(len: usize) -> Self {
        Averaged {
            current: vec![0.0; len],
            stamped: vec![0.0; len],
        }
    }

    fn add(&mut self, index: usize, delta: f64, time: f64) {
        self.current[index] += delta;
        self.stamped[index] += time * delta;
    }

    fn average(&self, time: f64) -> Vec<f32> {
        self.current
            .iter()
            .zip(&self.stamped)
            .map(|(c, s)| (c - s / time) as f32)
            .collect()
    }
}

/// Index of the start scores in the transition weights; pairs come first.
const START: usize = JOIN_COUNT * TAG_COUNT * TAG_COUNT;

fn transitions_of(weights: &[f32]) -> Transitions {
    let mut transitions = Transitions::default();
    for (pairs, weights) in transitions
        .pairs
        .iter_mut()
        .flatten()
        .flatten()
        .zip(weights)
    {
        *pairs = *weights;
    }
    transitions
        .start
        .copy_from_slice(&weights[START..START + TAG_COUNT]);
    transitions
}

fn train(examples: &[Example], kept: &[bool], seed: u64) -> (Vec<f32>, Transitions) {
    let rows = 1usize << ROWS_LOG2;
    let mut weights = Averaged::new(rows * TAG_COUNT);
    let mut pairs = Averaged::new(START + TAG_COUNT);
    let mut units: Vec<(usize, usize)> = examples
        .iter()
        .enumerate()
        .flat_map(|(e, example)| (0..example.sentences.len()).map(move |s| (e, s)))
        .collect();
    let mut shuffler = Shuffler(seed);
    let mut time = 1.0;
    for epoch in 0..EPOCHS {
        shuffler.shuffle(&mut units);
        let transitions = |pairs: &Averaged| {
            transitions_of(&pairs.current.iter().map(|&w| w as f32).collect::<Vec<_>>())
        };
        let mut current_transitions = transitions(&pairs);
        let mut errors = 0usize;
        for &(e, s) in &units {
            let example = &examples[e];
            let range = example.sentences[s].clone();
            let emissions: Vec<[f32; TAG_COUNT]> = range
                .clone()
                .map(|index| {
                    let mut scores = [0f64; TAG_COUNT];
                    for row in learnt(example.features.of(index), kept) {
                        for (score, weight) in scores.iter_mut().zip(&weights.current[row..]) {
                            *score += weight;
                        }
                    }
                    scores.map(|s| s as f32)
                })
                .collect();
            let joins = &example.joins[range.clone()];
            let predicted = best_tags(&emissions, joins, &current_transitions);
            let gold = &example.tags[range.clone()];
            if predicted != gold {
                let delta = example.weight;
                let mut changed_transitions = false;
                for (offset, index) in range.clone().enumerate() {
                    let (g, p) = (gold[offset], predicted[offset]);
                    if g != p {
                        errors += 1;
                        for row in learnt(example.features.of(index), kept) {
                            weights.add(row + g, delta, time);
                            weights.add(row + p, -delta, time);
                        }
                    }
                    let transition = |tags: &[usize]| match offset {
                        0 => START + tags[0],
                        _ => {
                            (joins[offset] as usize * TAG_COUNT + tags[offset - 1]) * TAG_COUNT
                                + tags[offset]
                        }
                    };
                    let (gold_pair, predicted_pair) = (transition(gold), transition(&predicted));
                    if gold_pair != predicted_pair {
                        pairs.add(gold_pair, delta, time);
                        pairs.add(predicted_pair, -delta, time);
                        changed_transitions = true;
                    }
                }
                if changed_transitions {
                    current_transitions = transitions(&pairs);
                }
            }
            time += 1.0;
        }
        eprintln!("epoch {}: {errors} token errors", epoch + 1);
    }
    (weights.average(time), transitions_of(&pairs.average(time)))
}

/// The mean of the perceptrons trained with [`SEEDS`] (each moved by
/// `seed_offset`), quantised.
fn train_model(examples: &[Example], kept: &[bool], seed_offset: u64) -> Vec<u8> {
    let mut weights = vec![0f32; TAG_COUNT << ROWS_LOG2];
    let mut transitions = Transitions::default();
    let share = 1.0 / SEEDS.len() as f32;
    for &seed in SEEDS {
        let (run_weights, run_transitions) = train(examples, kept, seed + seed_offset);
        for (sum, weight) in weights.iter_mut().zip(run_weights) {
            *sum += share * weight;
        }
        let sums = transitions
            .start
            .iter_mut()
            .chain(transitions.pairs.iter_mut().flatten().flatten());
        let run = run_transitions
            .start
            .iter()
            .chain(run_transitions.pairs.iter().flatten().flatten());
        for (sum, score) in sums.zip(run) {
            *sum += share * score;
        }
    }
    Model::quantise(ROWS_LOG2, &weights, &transitions, scale_for(&weights))
}

/// The quantisation step: the largest weights (beyond the 99.99th
/// percentile) are clamped so that the rest keep their resolution.
fn scale_for(weights: &[f32]) -> f32 {
    let mut magnitudes: Vec<f32> = weights
        .iter()
        .map(|w| w.abs())
        .filter(|&w| w > 0.0)
        .collect();
    if magnitudes.is_empty() {
        return 1.0;
    }
    magnitudes.sort_by(f32::total_cmp);
    let high = magnitudes[((magnitudes.len() - 1) as f64 * 0.9999) as usize];
    (high / 127.0).max(f32::MIN_POSITIVE)
}

fn read_extra(shared: &Path, name: &str) -> Result<Vec<Sentence>, String> {
    sources::corpora(shared)?
        .into_iter()
        .find(|(corpus, _)| *corpus == name)
        .map(|(_, sentences)| sentences)
        .ok_or_else(|| format!("unknown corpus {name}"))
}

/// Builds the name lists and the model, writes them under `data`, and
/// prints the model's development score. With `draws` above 1, also trains
/// `draws - 1` more models whose only difference is the order training reads
/// the sentences in (other seeds), and prints the mean and spread of their
/// scores: ANERcorp's development F1, and the whole pipeline's entity F1
/// and places right on each modern development set. One model's score
/// moves by about half a point with that order alone (the third modern
/// set's places by a point), more than most changes worth measuring, and a
/// change that needs a new model (a new vocabulary) can only be judged by
/// these means.
pub fn build(shared: &Path, hand_list: &Path, data: &Path, draws: usize) -> Result<(), String> {
    let path = shared.join("data/ner/anercorp-train.conll");
    let anercorp = corpora::read(&path, CorpusFormat::Conll)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let (mut train_part, dev_part) = conll::split_dev(anercorp);
    // Trained in Lamha's conventions (see `lamha_tools::conventions`).
    let reconciled: usize = train_part
        .iter_mut()
        .map(|s| conventions::reconcile(s))
        .sum();
    eprintln!("ANERcorp's training part: {reconciled} names brought to Lamha's conventions");
    let shared_counts = NameCounts::gather(shared)?;
    let lexicon_with = |own: &[&[Sentence]]| {
        let mut counts = shared_counts.clone();
        for sentences in own {
            counts.add_names(sentences);
        }
        counts
    };
    // The hand-written names join the lists the model is used with, not
    // those it learns with: they are the names the corpora lack, and the
    // tagger learns how far to trust a listed name from the corpora's.
    let mut shipped_counts = lexicon_with(&[&train_part]);
    let training_lists = NameLists::from_tsv(&shipped_counts.table().0);
    shipped_counts.add_hand_list(hand_list)?;
    let (names, kept_names) = shipped_counts.table();
    let names_path = data.join("names.tsv");
    std::fs::write(&names_path, &names).map_err(|e| format!("{}: {e}", names_path.display()))?;
    eprintln!(
        "{}: {} names {kept_names:?}, {} bytes",
        names_path.display(),
        names.lines().count(),
        names.len()
    );
    let name_lists = NameLists::from_tsv(&names);
    let mut all = Vec::new();
    // Fold boundaries fall between training documents.
    let documents = train_part.len().div_ceil(DOCUMENT_SENTENCES);
    let bound = |fold: usize| {
        (documents * fold / OWN_NAME_FOLDS * DOCUMENT_SENTENCES).min(train_part.len())
    };
    for fold in 0..OWN_NAME_FOLDS {
        let (start, end) = (bound(fold), bound(fold + 1));
        let (fold_names, _) = lexicon_with(&[&train_part[..start], &train_part[end..]]).table();
        all.extend(examples(
            &train_part[start..end],
            1.0,
            &NameLists::from_tsv(&fold_names),
        ));
    }
    let extra: Vec<(String, f64)> = match std::env::var("LAMHA_EXTRA") {
        // For measuring: LAMHA_EXTRA=aqmar:0.5,wojood:0.3
        Ok(list) => list
            .split(',')
            .filter_map(|item| {
                let (name, weight) = item.split_once(':')?;
                Some((name.to_string(), weight.parse().ok()?))
            })
            .collect(),
        Err(_) => EXTRA_CORPORA
            .iter()
            .map(|&(name, weight)| (name.to_string(), weight))
            .collect(),
    };
    for (name, weight) in &extra {
        if *weight > 0.0 {
            all.extend(if name == NEWS_TRAINING_SET.0 {
                article_examples(
                    &news_articles(NEWS_TRAINING_SET.1),
                    *weight,
                    &training_lists,
                )
            } else {
                examples(&read_extra(shared, name)?, *weight, &training_lists)
            });
            eprintln!("training also on {name} (weight {weight})");
        }
    }
    let kept = learnt_rows(&all);
    let bytes = train_model(&all, &kept, 0);
    let out = data.join("ner-model.bin");
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("{}: {} bytes", out.display(), bytes.len());
    let dev = CorpusText::new(&dev_part);
    let document = Document::new(&dev.text);
    // The same text with its gold in Lamha's conventions (the tokens do not
    // change, so one document serves both).
    let mut reconciled_part = dev_part.clone();
    for sentence in &mut reconciled_part {
        conventions::reconcile(sentence);
    }
    let reconciled_dev = CorpusText::new(&reconciled_part);
    // The tables a trained model is measured with: the embedded clusters and
    // the name lists just built.
    let tables_of = |bytes: Vec<u8>| -> Result<TaggerTables, String> {
        Ok(TaggerTables {
            model: Model::from_bytes(bytes.leak()).map_err(|e| e.to_string())?,
            name_lists,
            clusters: WordClusters::embedded(),
        })
    };
    let dev_scores_in = |dev: &CorpusText, tables: &TaggerTables| {
        let found = dev.found(
            mentions(&document, tables)
                .iter()
                .map(|mention| (span(&document, &mention.tokens), mention.label)),
        );
        Scores::compare(&dev.gold(), &found)
    };
    let dev_scores = |tables: &TaggerTables| dev_scores_in(&dev, tables);
    let reconciled_scores = |tables: &TaggerTables| dev_scores_in(&reconciled_dev, tables);
    // The modern-news development sets (hand-annotated, never trained on),
    // scored with the whole pipeline, where the repository has them.
    let news_sets: Vec<(&str, Vec<GoldArticle>)> = NEWS_DEVELOPMENT_SETS
        .iter()
        .map(|&(name, path)| (name, news_articles(path)))
        .filter(|(_, articles)| !articles.is_empty())
        .collect();
    let news_scores = |tables: &TaggerTables, articles: &[GoldArticle]| {
        let analyzer = Analyzer::new(Tables {
            tagger: tables.clone(),
            ..lamha::analyzer().tables().clone()
        });
        let mut scores = Scores::of_names();
        let mut places = PlaceCounts::default();
        for article in articles {
            let analysis = analyzer.analyze(&article.text);
            scores.add_article(&article.entities, &analysis.entities);
            places.add_article(&article.entities, &analysis.entities);
        }
        (scores, places)
    };
    let evaluate = |tables: &TaggerTables| ModelScores {
        dev: dev_scores(tables),
        reconciled: reconciled_scores(tables),
        news: news_sets
            .iter()
            .map(|(_, articles)| news_scores(tables, articles))
            .collect(),
    };
    let mut measure_names = vec![
        "development F1".to_string(),
        "development F1 in Lamha's conventions".to_string(),
    ];
    for (name, _) in &news_sets {
        measure_names.extend([format!("{name} F1"), format!("{name} places right (%)")]);
    }
    let shipped = evaluate(&tables_of(bytes)?);
    eprint!(
        "ANERcorp development part (never trained on), entity stage alone:\n{}",
        shipped.dev.report()
    );
    eprint!(
        "the same, its gold in Lamha's conventions:\n{}",
        shipped.reconciled.report()
    );
    if let (Some((_, news)), Some((scores, _))) = (news_sets.first(), shipped.news.first()) {
        eprint!(
            "modern-news development set ({} articles, never trained on), whole pipeline:\n{}",
            news.len(),
            scores.report()
        );
    }
    if draws > 1 {
        let draws_measured: Vec<Vec<f64>> = (0..draws)
            .map(|draw| {
                let values = if draw == 0 {
                    shipped.measures()
                } else {
                    let model = train_model(&all, &kept, draw as u64 * DRAW_SEED_STEP);
                    evaluate(&tables_of(model)?).measures()
                };
                let shown: Vec<String> = measure_names
                    .iter()
                    .zip(&values)
                    .map(|(name, value)| format!("{name} {value:.1}"))
                    .collect();
                eprintln!("draw {draw}: {}", shown.join(", "));
                Ok(values)
            })
            .collect::<Result<_, String>>()?;
        for (which, name) in measure_names.iter().enumerate() {
            let values: Vec<f64> = draws_measured.iter().map(|v| v[which]).collect();
            let mean = values.iter().sum::<f64>() / draws as f64;
            let variance =
                values.iter().map(|f| (f - mean).powi(2)).sum::<f64>() / (draws - 1) as f64;
            eprintln!(
                "{draws} draws: {name} mean {mean:.2}, standard deviation {:.2}",
                variance.sqrt()
            );
        }
    }
    Ok(())
}

/// One model's scores: ANERcorp's development part (the entity stage) as
/// annotated and in Lamha's conventions, and each modern development set's
/// entities and places (the whole pipeline).
struct ModelScores {
    dev: Scores,
    reconciled: Scores,
    news: Vec<(Scores, PlaceCounts)>,
}

impl ModelScores {
    /// The figures a draw is compared by, in the order of their names in
    /// [`build`]: F1 as annotated and in Lamha's conventions, then each
    /// modern set's F1 and places right (%).
    fn measures(&self) -> Vec<f64> {
        let mut values = vec![self.dev.micro.scores().2, self.reconciled.micro.scores().2];
        for (scores, places) in &self.news {
            values.extend([scores.micro.scores().2, 100.0 * places.share()]);
        }
        values
    }
}

/// The modern-news development sets (paths from the repository root) that
/// every draw is scored on, with the whole pipeline. The held-out sets
/// (`news-test*.jsonl`) are never read here.
const NEWS_DEVELOPMENT_SETS: &[(&str, &str)] = &[
    ("modern news", "eval/news/news-dev.jsonl"),
    ("second modern set", "eval/news/news-dev2.jsonl"),
    ("third modern set", "eval/news/news-dev3.jsonl"),
];

/// The modern-news training set: its corpus name (for [`EXTRA_CORPORA`])
/// and its gold file, built by `eval/news/build.py` from the articles of
/// `data/news-train/articles` (CC BY news: Wikinews, Global Voices; see
/// data/news-train/README.md). None of its articles is in a development or
/// held-out set.
const NEWS_TRAINING_SET: (&str, &str) = ("news", "data/news-train/news-train.jsonl");

/// The articles of a gold JSON lines file, or none where it is not there.
fn news_articles(path: &str) -> Vec<GoldArticle> {
    let Ok(lines) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    lines
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use lamha::evaluation::{GoldEntity, GoldSpan};

    use super::*;

    #[test]
    fn an_articles_gold_spans_tag_its_tokens_clitics_and_all() {
        // «وصل الوزير إلى بالقاهرة» with القاهرة (after ب) and a two-word
        // organisation; offsets are UTF-16's, as the gold files give them.
        let text = "قال 😀 محمد علي إن الأمم المتحدة في بالقاهرة.";
        let utf16 = |part: &str| text[..text.find(part).unwrap()].encode_utf16().count() as u32;
        let entity = |start: &str, end: &str, label| GoldEntity {
            span: GoldSpan {
                start: utf16(start),
                end: utf16(end) + end.encode_utf16().count() as u32,
                label,
            },
            alts: Vec::new(),
            optional: false,
            place: None,
        };
        let article = GoldArticle {
            id: "t".into(),
            text: text.into(),
            entities: vec![
                entity("محمد", "علي", Label::Person),
                entity("الأمم", "المتحدة", Label::Organization),
                entity("القاهرة", "القاهرة", Label::Location),
            ],
        };
        let document = Document::new(text);
        let tagged: Vec<(&str, Tag)> = article_tags(&document, &article)
            .into_iter()
            .enumerate()
            .filter(|&(_, tag)| tag != 0)
            .map(|(index, tag)| {
                (
                    document.slice(document.tokens[index].span.clone()),
                    Tag::ALL[tag],
                )
            })
            .collect();
        assert_eq!(
            tagged,
            [
                ("محمد", Tag::Begin(Label::Person)),
                ("علي", Tag::Inside(Label::Person)),
                ("الأمم", Tag::Begin(Label::Organization)),
                ("المتحدة", Tag::Inside(Label::Organization)),
                ("بالقاهرة", Tag::Begin(Label::Location)),
            ]
        );
    }
}
