//! The best tag sequence of a sentence under the BIO constraint (a name
//! continues only a name of its own label), given each token's tag scores
//! and the scores of tag pairs.

use super::tags::{TAG_COUNT, Tag};

/// Scores of tag pairs: `transitions[previous][tag]`, and `start[tag]` for
/// the first token of a sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Transitions {
    /// Score of a tag at a sentence start.
    pub start: [f32; TAG_COUNT],
    /// Score of `tag` after `previous`, as `pairs[previous][tag]`.
    pub pairs: [[f32; TAG_COUNT]; TAG_COUNT],
}

/// The indices (into [`Tag::ALL`]) of the best tags for tokens with the
/// given scores. Ties go to the lower index, so the result is deterministic.
pub fn best_tags(emissions: &[[f32; TAG_COUNT]], transitions: &Transitions) -> Vec<usize> {
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
    for emission in &emissions[1..] {
        let mut next = [f32::NEG_INFINITY; TAG_COUNT];
        let mut pointers = [0u8; TAG_COUNT];
        for tag in 0..TAG_COUNT {
            for previous in 0..TAG_COUNT {
                if !Tag::ALL[tag].may_follow(Some(Tag::ALL[previous])) {
                    continue;
                }
                let score = scores[previous] + transitions.pairs[previous][tag];
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
        let tags = best_tags(&[first, second], &Transitions::default());
        assert_eq!(tags, vec![1, 2]);
        assert!(best_tags(&[], &Transitions::default()).is_empty());
    }
}
