//! The occurrences of the sentences of each aligned pair, found in one
//! walk through a document's occurrences.

use std::ops::Range;

use crate::terms::Occurrence;

/// The occurrences of a document run by run of sentences, each search
/// going on from where the previous one ended (the runs of an alignment
/// come in document order; one that does not is searched from the start).
pub(super) struct Runs<'a> {
    /// In document order.
    occurrences: &'a [Occurrence],
    /// Where the previous run ended.
    at: usize,
}

impl<'a> Runs<'a> {
    pub(super) fn new(occurrences: &'a [Occurrence]) -> Self {
        Self { occurrences, at: 0 }
    }

    /// The occurrences in a run of sentences.
    pub(super) fn get(&mut self, sentences: &Range<usize>) -> &'a [Occurrence] {
        let all = self.occurrences;
        let before = |at: usize, sentence: usize| {
            at.checked_sub(1)
                .and_then(|i| all.get(i))
                .is_none_or(|o| o.sentence < sentence)
        };
        let first = if before(self.at, sentences.start) {
            self.at
                + all
                    .get(self.at..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|o| o.sentence < sentences.start)
                    .count()
        } else {
            all.partition_point(|o| o.sentence < sentences.start)
        };
        let end = first
            + all
                .get(first..)
                .unwrap_or_default()
                .iter()
                .take_while(|o| o.sentence < sentences.end)
                .count();
        self.at = end;
        all.get(first..end).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(sentence: usize) -> Occurrence {
        Occurrence {
            sentence,
            concept: 0,
            term: 0,
            text_range: 0..0,
            range: 0..0,
            quoted: false,
        }
    }

    /// Runs in document order, runs out of order and empty runs get what a
    /// search of all occurrences gets.
    #[test]
    fn every_run_gets_its_occurrences() {
        let occurrences: Vec<Occurrence> = [0, 0, 2, 3, 3, 3, 7, 9].map(at).to_vec();
        let queries = [
            0..1,
            1..2,
            2..4,
            4..7,
            7..10,
            3..4,
            0..10,
            5..5,
            9..12,
            0..3,
            12..13,
        ];
        let mut runs = Runs::new(&occurrences);
        for query in queries {
            let start = occurrences.partition_point(|o| o.sentence < query.start);
            let end = occurrences.partition_point(|o| o.sentence < query.end);
            assert_eq!(
                runs.get(&query),
                &occurrences[start..end.max(start)],
                "{query:?}"
            );
        }
    }
}
