//! Byte offset → line and column (in characters), computed on demand.

/// A 1-based line and a 1-based column counted in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters (code points).
    pub col: usize,
}

/// Start offsets of every line of a text, for fast position lookup.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`. A line ends at `\n`, at `\r\n` or at a lone `\r`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        Self { line_starts }
    }

    /// Line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let col = text[start..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            col,
        }
    }

    /// Byte range of a 1-based line, without its line terminator.
    pub fn line_range(&self, text: &str, line: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let mut end = self.line_starts.get(line).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Some(start..end)
    }

    /// Number of lines (an empty text has one empty line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let text = "# Заголовок\nМирный договор\r\n平和条約\rend";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        let pos = text.find("договор").unwrap();
        assert_eq!(index.line_col(text, pos), LineCol { line: 2, col: 8 });
        let pos = text.find("条約").unwrap();
        assert_eq!(index.line_col(text, pos), LineCol { line: 3, col: 3 });
        assert_eq!(&text[index.line_range(text, 2).unwrap()], "Мирный договор");
        assert_eq!(&text[index.line_range(text, 4).unwrap()], "end");
    }
}
