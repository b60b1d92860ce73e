//! The best tag sequence of a sentence under the BIO constraint (a name
//! continues only a name of its own label), given each token's tag scores
//! and the scores of tag pairs.
//!
//! The score of a tag pair depends on how the second token is joined to the
//! first ([`Join`]): a name rarely runs on across a conjunction
//! (المنظمة الدولية | والاتحاد الافريقي) or an attached preposition
//! (للأمم المتحدة | بنيويورك), although some do (وزارة التجارة والصناعة).

use super::tags::{TAG_COUNT, Tag};
use crate::text::{Document, TokenKind};

/// How a token is joined to the one before it, as far as names care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// A plain word.
    Plain = 0,
    /// A word with an attached conjunction (و، ف).
    Conjunction = 1,
    /// A word with an attached preposition (ب، ك، ل).
    Preposition = 2,
    /// Anything that is not a word.
    Other = 3,
}

/// The number of kinds of [`Join`].
pub const JOIN_COUNT: usize = 4;

impl Join {
    /// How token `index` of `document` is joined to the one before.
    pub fn of(document: &Document, index: usize) -> Join {
        let token = &document.tokens[index];
        if !token.is_word() && token.kind != TokenKind::Number {
            Join::Other
        } else if token.clitics.conjunction.is_some() {
            Join::Conjunction
        } else if token.clitics.preposition.is_some() {
            Join::Preposition
        } else {
            Join::Plain
        }
    }
}

/// Scores of tag pairs: `pairs[join][previous][tag]`, and `start[tag]` for
/// the first token of a sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Transitions {
    /// Score of a tag at a sentence start.
    pub start: [f32; TAG_COUNT],
    /// Score of `tag` after `previous` on a token joined by `join`, as
    /// `pairs[join][previous][tag]`.
    pub pairs: [[[f32; TAG_COUNT]; TAG_COUNT]; JOIN_COUNT],
}

/// The indices (into [`Tag::ALL`]) of the best tags for tokens with the
/// given scores. Ties go to the lower index, so the result is deterministic.
pub fn best_tags(
    emissions: &[[f32; TAG_COUNT]],
    joins: &[Join],
    transitions: &Transitions,
) -> Vec<usize> {
    let Some(first) = emissions.first() else {
        return Vec::new();
    };
    let mut back: Vec<[u8; TAG_COUNT]> = Vec::with_capacity(emissions.len());
    let mut scores = [f32::NEG_INFINITY; TAG_COUNT];
    for (tag, score) in scores.iter_mut().enumerate() {
        if Tag::ALL[tag].may_follow(None) {
            *score = first[tag] + transitions.start[tag];
        }
    }
    back.push([0; TAG_COUNT]);
    // The pair scores with the pairs the constraint forbids at minus
    // infinity: such a pair then never wins, as if it were passed over,
    // and the inner loop has no test of its own.
    let mut allowed = transitions.pairs;
    for pairs in &mut allowed {
        for (previous, scores) in pairs.iter_mut().enumerate() {
            for (tag, score) in scores.iter_mut().enumerate() {
                if !Tag::ALL[tag].may_follow(Some(Tag::ALL[previous])) {
                    *score = f32::NEG_INFINITY;
                }
            }
        }
    }
    for (emission, &join) in emissions[1..].iter().zip(&joins[1..]) {
        let pairs = &allowed[join as usize];
        let mut next = [f32::NEG_INFINITY; TAG_COUNT];
        let mut pointers = [0u8; TAG_COUNT];
        for tag in 0..TAG_COUNT {
            for previous in 0..TAG_COUNT {
                let score = scores[previous] + pairs[previous][tag];
                if score > next[tag] {
                    next[tag] = score;
                    pointers[tag] = previous as u8;
                }
            }
            next[tag] += emission[tag];
        }
        scores = next;
        back.push(pointers);
    }
    let mut best = 0;
    for tag in 1..TAG_COUNT {
        if scores[tag] > scores[best] {
            best = tag;
        }
    }
    let mut tags = vec![0; emissions.len()];
    for position in (0..emissions.len()).rev() {
        tags[position] = best;
        best = usize::from(back[position][best]);
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_never_follows_another_label() {
        // Token scores alone would give B-PER, I-LOC; the constraint forbids it.
        let mut first = [0.0; TAG_COUNT];
        first[1] = 5.0;
        let mut second = [0.0; TAG_COUNT];
        second[4] = 3.0;
        second[2] = 1.0;
        let joins = [Join::Plain; 2];
        let tags = best_tags(&[first, second], &joins, &Transitions::default());
        assert_eq!(tags, vec![1, 2]);
        assert!(best_tags(&[], &[], &Transitions::default()).is_empty());
    }
}
