//! Byte offset → line and column (in characters), computed on demand.

/// A 1-based line and a 1-based column counted in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters (code points).
    pub col: usize,
}

/// Bytes between two column checkpoints inside a long line.
const CHECKPOINT: usize = 4096;

/// Start offsets of every line of a text, for fast position lookup.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `(offset, characters from its line start)` about every [`CHECKPOINT`] bytes inside long
    /// lines, sorted: a column is counted from the nearest one, so many lookups on one long line
    /// do not each count the characters from the line start.
    checkpoints: Vec<(usize, usize)>,
}

impl LineIndex {
    /// Indexes `text`. A line ends at `\n`, at `\r\n` or at a lone `\r`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        // Sized once (one line per `\n`, lone `\r`s aside): growing the list of a large file
        // copies it again and again.
        let mut line_starts = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
        line_starts.push(0);
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                line_starts.push(i + 1);
            }
        }
        let mut checkpoints = Vec::new();
        let ends = line_starts.iter().skip(1).copied().chain([text.len()]);
        for (&start, end) in line_starts.iter().zip(ends) {
            if end - start <= CHECKPOINT {
                continue;
            }
            let mut next = start + CHECKPOINT;
            for (chars, (i, _)) in text[start..end].char_indices().enumerate() {
                if start + i >= next {
                    checkpoints.push((start + i, chars));
                    next = start + i + CHECKPOINT;
                }
            }
        }
        Self {
            line_starts,
            checkpoints,
        }
    }

    /// Line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let (from, before) = match self.checkpoints.partition_point(|&(at, _)| at <= offset) {
            0 => (start, 0),
            i => match self.checkpoints[i - 1] {
                (at, chars) if at >= start => (at, chars),
                _ => (start, 0),
            },
        };
        let col = before + text[from..offset].chars().count() + 1;
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

    #[test]
    fn columns_on_long_lines_match_a_full_count() {
        // Long lines get checkpoints; the columns must not change.
        let line = "Мирный договор 平和条約 barış antlaşması. ".repeat(2_000);
        let text = format!("short line\n{line}\n{line}\nend");
        let index = LineIndex::new(&text);
        let second = text.find('\n').unwrap() + 1;
        let third = second + line.len() + 1;
        let fourth = third + line.len() + 1;
        for (offset, _) in text.char_indices().step_by(997) {
            let (start, number) = if offset >= fourth {
                (fourth, 4)
            } else if offset >= third {
                (third, 3)
            } else if offset >= second {
                (second, 2)
            } else {
                (0, 1)
            };
            let col = text[start..offset].chars().count() + 1;
            assert_eq!(index.line_col(&text, offset), LineCol { line: number, col });
        }
    }
}
