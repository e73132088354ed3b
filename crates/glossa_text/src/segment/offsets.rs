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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OffsetMap {
    runs: Vec<Run>,
    /// Length of the derived text and the input offset just past its end.
    text_len: usize,
    source_end: usize,
}

impl OffsetMap {
    /// A map for text copied verbatim from `source_start`.
    pub(crate) fn identity(source_start: usize, len: usize) -> Self {
        Self {
            runs: vec![Run {
                text_start: 0,
                source_start,
            }],
            text_len: len,
            source_end: source_start + len,
        }
    }

    /// Appends a run of `len` text bytes copied from `source_start`.
    pub(crate) fn push(&mut self, source_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        let contiguous = self
            .runs
            .last()
            .is_some_and(|_| self.source_end == source_start);
        if !contiguous {
            self.runs.push(Run {
                text_start: self.text_len,
                source_start,
            });
        }
        self.text_len += len;
        self.source_end = source_start + len;
    }

    /// Input offset of the text byte at `text_offset` (clamped to the end).
    pub(crate) fn source(&self, text_offset: usize) -> usize {
        if text_offset >= self.text_len {
            return self.source_end;
        }
        let idx = self
            .runs
            .partition_point(|r| r.text_start <= text_offset)
            .saturating_sub(1);
        match self.runs.get(idx) {
            Some(run) => run.source_start + (text_offset - run.text_start),
            None => self.source_end,
        }
    }

    /// The part of the map for text bytes `start..end`, rebased to 0.
    pub(crate) fn slice(&self, start: usize, end: usize) -> Self {
        let first = self
            .runs
            .partition_point(|r| r.text_start <= start)
            .saturating_sub(1);
        let mut out = Self::default();
        for (i, run) in self.runs.iter().enumerate().skip(first) {
            if run.text_start >= end {
                break;
            }
            let run_end = self.runs.get(i + 1).map_or(self.text_len, |r| r.text_start);
            let lo = run.text_start.max(start);
            let hi = run_end.min(end);
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
        for (i, run) in self.runs.iter().enumerate() {
            let run_end = self.runs.get(i + 1).map_or(self.text_len, |r| r.text_start);
            let len = run_end - run.text_start;
            let piece = inner.slice(run.source_start, run.source_start + len);
            for (j, p) in piece.runs.iter().enumerate() {
                let p_end = piece
                    .runs
                    .get(j + 1)
                    .map_or(piece.text_len, |r| r.text_start);
                out.push(p.source_start, p_end - p.text_start);
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
