//! Piecewise-linear maps from offsets in a derived text back to the input.
//!
//! A display text is built from runs copied verbatim from the input (markup
//! and line breaks dropped or replaced). Each run is one entry, so a plain
//! paragraph costs one entry however long it is.

/// One run: `text_start` in the derived text corresponds to `source_start`
/// in the input; the run continues until the next entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    text_start: usize,
    source_start: usize,
}

/// Maps byte offsets of a derived text to byte offsets of the input.
///
/// The first run is stored inline, so the common one-run map (a sentence
/// without markup or line breaks) allocates nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    first: Option<Run>,
    more: Vec<Run>,
    /// Length of the derived text and the input offset just past its end.
    text_len: usize,
    source_end: usize,
}

impl OffsetMap {
    /// A map for text copied verbatim from `source_start`.
    pub(crate) fn identity(source_start: usize, len: usize) -> Self {
        let mut map = Self::default();
        map.push(source_start, len);
        map
    }

    fn runs(&self) -> impl Iterator<Item = &Run> + Clone {
        self.first.iter().chain(self.more.iter())
    }

    fn run_count(&self) -> usize {
        usize::from(self.first.is_some()) + self.more.len()
    }

    fn run(&self, i: usize) -> Option<Run> {
        match i {
            0 => self.first,
            _ => self.more.get(i - 1).copied(),
        }
    }

    /// End (in the text) of run `i`.
    fn run_end(&self, i: usize) -> usize {
        self.run(i + 1).map_or(self.text_len, |r| r.text_start)
    }

    /// Index of the run holding text offset `t` (the last run starting at
    /// or before it).
    fn run_index(&self, t: usize) -> usize {
        if self.more.first().is_none_or(|r| r.text_start > t) {
            return 0;
        }
        self.more.partition_point(|r| r.text_start <= t)
    }

    /// Appends a run of `len` text bytes copied from `source_start`.
    pub(crate) fn push(&mut self, source_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        let contiguous = self.first.is_some() && self.source_end == source_start;
        if !contiguous {
            let run = Run {
                text_start: self.text_len,
                source_start,
            };
            if self.first.is_none() {
                self.first = Some(run);
            } else {
                self.more.push(run);
            }
        }
        self.text_len += len;
        self.source_end = source_start + len;
    }

    /// Input offset of the text byte at `text_offset` (clamped to the end).
    pub(crate) fn source(&self, text_offset: usize) -> usize {
        if text_offset >= self.text_len {
            return self.source_end;
        }
        match self.run(self.run_index(text_offset)) {
            Some(run) => run.source_start + (text_offset - run.text_start),
            None => self.source_end,
        }
    }

    /// The part of the map for text bytes `start..end`, rebased to 0.
    pub(crate) fn slice(&self, start: usize, end: usize) -> Self {
        let mut out = Self::default();
        for i in self.run_index(start)..self.run_count() {
            let Some(run) = self.run(i) else { break };
            if run.text_start >= end {
                break;
            }
            let lo = run.text_start.max(start);
            let hi = self.run_end(i).min(end);
            if lo < hi {
                out.push(run.source_start + (lo - run.text_start), hi - lo);
            }
        }
        out
    }

    /// Composes `self` (text → intermediate) with `inner` (intermediate →
    /// input): the result maps text offsets straight to the input.
    pub(crate) fn compose(&self, inner: &OffsetMap) -> Self {
        let mut out = Self::default();
        for (i, run) in self.runs().enumerate() {
            let len = self.run_end(i) - run.text_start;
            let piece = inner.slice(run.source_start, run.source_start + len);
            for (j, p) in piece.runs().enumerate() {
                out.push(p.source_start, piece.run_end(j) - p.text_start);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_and_pushed_runs_map_back() {
        let map = OffsetMap::identity(10, 5);
        assert_eq!(map.source(0), 10);
        assert_eq!(map.source(4), 14);
        assert_eq!(map.source(5), 15);

        // "ab" from 0, "cd" from 7 (markup skipped between them).
        let mut map = OffsetMap::default();
        map.push(0, 2);
        map.push(7, 2);
        assert_eq!(map.source(1), 1);
        assert_eq!(map.source(2), 7);
        assert_eq!(map.source(3), 8);
        let part = map.slice(1, 3);
        assert_eq!(part.source(0), 1);
        assert_eq!(part.source(1), 7);
    }

    #[test]
    fn composition_follows_both_maps() {
        let mut inner = OffsetMap::default();
        inner.push(0, 3);
        inner.push(5, 3); // intermediate 3..6 → input 5..8
        let mut outer = OffsetMap::default();
        outer.push(2, 2); // text 0..2 → intermediate 2..4
        let composed = outer.compose(&inner);
        assert_eq!(composed.source(0), 2);
        assert_eq!(composed.source(1), 5);
    }
}
