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
/// The first run, which starts the text, is stored inline as its input offset, so the common
/// one-run map (a sentence without markup or line breaks) allocates nothing and takes 40
/// bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    /// Input offset of the first run (0 in an empty map).
    start: usize,
    /// Length of the derived text (0: the map has no run).
    text_len: usize,
    /// The runs after the first.
    more: Vec<Run>,
}

impl OffsetMap {
    /// A map for text copied verbatim from `source_start`.
    pub(crate) fn identity(source_start: usize, len: usize) -> Self {
        let mut map = Self::default();
        map.push(source_start, len);
        map
    }

    /// What [`OffsetMap::source`] gives for `text_offset` in `identity(source_start, len)`,
    /// without building the map.
    pub(crate) fn identity_source(source_start: usize, len: usize, text_offset: usize) -> usize {
        match len {
            0 => 0,
            _ => source_start + text_offset.min(len),
        }
    }

    fn runs(&self) -> impl Iterator<Item = Run> + Clone + '_ {
        self.run(0).into_iter().chain(self.more.iter().copied())
    }

    fn run_count(&self) -> usize {
        usize::from(self.text_len > 0) + self.more.len()
    }

    fn run(&self, i: usize) -> Option<Run> {
        match i {
            0 => (self.text_len > 0).then_some(Run {
                text_start: 0,
                source_start: self.start,
            }),
            _ => self.more.get(i - 1).copied(),
        }
    }

    /// The input offset just past the end of the text.
    fn source_end(&self) -> usize {
        self.run(self.run_count().saturating_sub(1))
            .map_or(0, |last| {
                last.source_start + (self.text_len - last.text_start)
            })
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
        if self.text_len == 0 {
            self.start = source_start;
        } else if self.source_end() != source_start {
            self.more.push(Run {
                text_start: self.text_len,
                source_start,
            });
        }
        self.text_len += len;
    }

    /// Input offset of the text byte at `text_offset` (clamped to the end).
    pub(crate) fn source(&self, text_offset: usize) -> usize {
        if text_offset >= self.text_len {
            return self.source_end();
        }
        match self.run(self.run_index(text_offset)) {
            Some(run) => run.source_start + (text_offset - run.text_start),
            None => self.source_end(),
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
        for (start, len, offset) in [(10, 5, 0), (10, 5, 4), (10, 5, 9), (10, 0, 0), (0, 3, 1)] {
            assert_eq!(
                OffsetMap::identity_source(start, len, offset),
                OffsetMap::identity(start, len).source(offset)
            );
        }

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
    fn contiguous_runs_merge_and_the_end_follows_the_last_run() {
        let mut map = OffsetMap::default();
        assert_eq!(map.source(0), 0);
        map.push(4, 2);
        map.push(6, 3);
        assert_eq!(map.run_count(), 1);
        assert_eq!(map.source(5), 9);
        map.push(20, 1);
        assert_eq!(map.run_count(), 2);
        assert_eq!(map.source(4), 8);
        assert_eq!(map.source(5), 20);
        assert_eq!(map.source(6), 21);
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
