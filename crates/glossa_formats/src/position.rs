//! Byte offset → 1-based line and character column.

/// Line starts of a text, for turning byte offsets into line/column pairs.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    /// Index `text` (a `\n`, `\r\n` or lone `\r` ends a line).
    pub(crate) fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        Self { text, starts }
    }

    /// 1-based line of `offset` (clamped to the text).
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }

    /// 1-based line and character column of `offset` (clamped to the text).
    /// An offset at the very end of a text ending in a line break points at that line break, so
    /// "unexpected end of file" is reported on the last line rather than on a line that does not exist.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        if offset == self.text.len() && offset > 0 && self.text.ends_with(['\n', '\r']) {
            offset -= 1;
            if offset > 0 && self.text[..=offset].ends_with("\r\n") {
                offset -= 1;
            }
        }
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let column = char_column(self.text, start, offset);
        (line, column)
    }
}

/// 1-based character column of `offset` on the line starting at `line_start`.
pub(crate) fn char_column(text: &str, line_start: usize, offset: usize) -> usize {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(line_start..end)
        .map_or(1, |s| s.chars().count() + 1)
}

/// Lines of `text` as (1-based number, byte offset of the line start, line without its ending),
/// with the same line breaks as [`LineIndex`].
pub(crate) fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        if start > bytes.len() || (start == bytes.len() && start != 0 && number > 0) {
            return None;
        }
        let end = bytes
            .get(start..)
            .and_then(|rest| memchr::memchr2(b'\n', b'\r', rest))
            .map_or(bytes.len(), |at| start + at);
        let line = &text[start..end];
        let line_start = start;
        start = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => bytes.len() + 1,
        };
        number += 1;
        Some((number, line_start, line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_char_columns() {
        let text = "Hello\nПривет, мир\r\nこんにちは\rMerhaba";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(0), (1, 1));
        let mir = text.find("мир").unwrap_or(0);
        assert_eq!(idx.line_col(mir), (2, 9));
        let ni = text.find("にち").unwrap_or(0);
        assert_eq!(idx.line_col(ni), (3, 3));
        let mer = text.find("Merhaba").unwrap_or(0);
        assert_eq!(idx.line_col(mer), (4, 1));
        assert_eq!(idx.line_col(10_000).0, 4);
        assert_eq!(LineIndex::new("один\r\n").line_col(10), (1, 5));
    }

    #[test]
    fn line_iteration_matches_index() {
        let text = "один\r\ntwo\rüç\n\nfive";
        let lines: Vec<_> = lines_with_offsets(text).collect();
        assert_eq!(
            lines,
            vec![
                (1, 0, "один"),
                (2, 10, "two"),
                (3, 14, "üç"),
                (4, 19, ""),
                (5, 20, "five")
            ]
        );
        let idx = LineIndex::new(text);
        for (n, off, _) in lines {
            assert_eq!(idx.line_col(off), (n, 1));
        }
        assert_eq!(lines_with_offsets("a\n").count(), 1);
        assert_eq!(lines_with_offsets("").count(), 1);
    }
}
