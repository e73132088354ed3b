//! The checks, grouped by what they look at.

pub(crate) mod numbers;
pub(crate) mod sentences;
pub(crate) mod terms;

use std::ops::Range;

use glossa_diagnostics::Span;

use crate::{AlignedPair, Document};

/// The span covering a run of sentences (`None` when the run is empty).
pub(crate) fn sentences_span(doc: &Document<'_>, sentences: &Range<usize>) -> Option<Span> {
    let first = doc.sentences.get(sentences.start)?;
    let last = doc.sentences.get(sentences.end.checked_sub(1)?)?;
    Some(Span {
        file: doc.file,
        range: first.range.start..last.range.end.max(first.range.start),
    })
}

/// Pairs with sentences on both sides.
pub(crate) fn matched_pairs<'a>(
    pairs: &'a [AlignedPair],
) -> impl Iterator<Item = &'a AlignedPair> + 'a {
    pairs
        .iter()
        .filter(|p| !p.src.is_empty() && !p.tgt.is_empty())
}
