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
    line_starts: LineStarts,
    /// `(offset, characters from its line start)` about every [`CHECKPOINT`] bytes inside long
    /// lines, sorted: a column is counted from the nearest one, so many lookups on one long line
    /// do not each count the characters from the line start.
    checkpoints: Vec<(usize, usize)>,
}

impl LineIndex {
    /// Indexes `text`. A line ends at `\n`, at `\r\n` or at a lone `\r`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let (line_starts, checkpoints) = match u32::try_from(text.len()) {
            Ok(_) => {
                let starts = line_starts(bytes, |i| i as u32);
                let checkpoints = checkpoints(text, &starts, |s| s as usize);
                (LineStarts::Narrow(starts), checkpoints)
            }
            Err(_) => {
                let starts = line_starts(bytes, |i| i);
                let checkpoints = checkpoints(text, &starts, |s| s);
                (LineStarts::Wide(starts), checkpoints)
            }
        };
        Self {
            line_starts,
            checkpoints,
        }
    }

    /// The byte offset where each line starts: 0, then after every `\n`, `\r\n` and lone `\r`
    /// (the end of a text ending in one included).
    pub fn line_starts(&self) -> impl Iterator<Item = usize> + Clone + '_ {
        let (narrow, wide) = match &self.line_starts {
            LineStarts::Narrow(starts) => (starts.as_slice(), &[][..]),
            LineStarts::Wide(starts) => (&[][..], starts.as_slice()),
        };
        (narrow.iter().map(|&s| s as usize)).chain(wide.iter().copied())
    }

    /// Line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_starts.partition_point(offset) - 1;
        let start = self.line_starts.get(line).unwrap_or(0);
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
        let start = self.line_starts.get(line.checked_sub(1)?)?;
        let mut end = self.line_starts.get(line).unwrap_or(text.len());
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

/// Line start offsets, in 4 bytes each when the text is shorter than 4 GiB (a file of 400,000
/// lines takes 1.6 MB, not 3.2).
#[derive(Debug, Clone)]
enum LineStarts {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl LineStarts {
    fn len(&self) -> usize {
        match self {
            Self::Narrow(starts) => starts.len(),
            Self::Wide(starts) => starts.len(),
        }
    }

    fn get(&self, line: usize) -> Option<usize> {
        match self {
            Self::Narrow(starts) => starts.get(line).map(|&s| s as usize),
            Self::Wide(starts) => starts.get(line).copied(),
        }
    }

    /// The number of lines starting at or before `offset`.
    fn partition_point(&self, offset: usize) -> usize {
        match self {
            Self::Narrow(starts) => starts.partition_point(|&s| s as usize <= offset),
            Self::Wide(starts) => starts.partition_point(|&s| s <= offset),
        }
    }
}

/// The start of every line of `bytes` (a line ends at `\n`, at `\r\n` or at a lone `\r`), each
/// as `offset` gives it. Sixteen bytes are tested at once (vectorized): most hold no line break;
/// the others are looked at eight at a time.
fn line_starts<T>(bytes: &[u8], offset: impl Fn(usize) -> T) -> Vec<T> {
    // Sized once (one line per `\n`, lone `\r`s aside): growing the list of a large file
    // copies it again and again.
    let mut starts = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
    starts.push(offset(0));
    let mut push_break = |i: usize| {
        if bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(offset(i + 1));
        }
    };
    let (chunks, tail) = bytes.as_chunks::<16>();
    for (c, chunk) in chunks.iter().enumerate() {
        let breaks = (chunk.iter()).fold(0, |found, &b| {
            found | u8::from(b == b'\n') | u8::from(b == b'\r')
        });
        if breaks == 0 {
            continue;
        }
        for (w, &word) in chunk.as_chunks::<8>().0.iter().enumerate() {
            let mut candidates = break_candidates(word);
            while candidates != 0 {
                push_break(c * 16 + w * 8 + (candidates.trailing_zeros() / 8) as usize);
                candidates &= candidates - 1;
            }
        }
    }
    for i in bytes.len() - tail.len()..bytes.len() {
        push_break(i);
    }
    starts
}

/// `(offset, characters from its line start)` about every [`CHECKPOINT`] bytes inside the long
/// lines of `text`, whose lines start at `starts` (each as `offset` reads it).
fn checkpoints<T: Copy>(
    text: &str,
    starts: &[T],
    offset: impl Fn(T) -> usize,
) -> Vec<(usize, usize)> {
    let mut checkpoints = Vec::new();
    // Most texts have no long line: the longest is found first (vectorized).
    let longest = (starts.windows(2)).fold(0, |longest, pair| {
        longest.max(offset(pair[1]) - offset(pair[0]))
    });
    let last = starts
        .last()
        .map_or(text.len(), |&s| text.len() - offset(s));
    if longest.max(last) <= CHECKPOINT {
        return checkpoints;
    }
    let ends = starts
        .iter()
        .skip(1)
        .map(|&s| offset(s))
        .chain([text.len()]);
    for (start, end) in starts.iter().map(|&s| offset(s)).zip(ends) {
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
    checkpoints
}

/// The high bit of every byte of `word` below 0x0e (`\r` + 1), and of a few others when a
/// borrow runs into them: the line breaks among them are to be checked.
fn break_candidates(word: [u8; 8]) -> u64 {
    let word = u64::from_le_bytes(word);
    word.wrapping_sub(LOW_BITS * 0x0e) & !word & (LOW_BITS * 0x80)
}

/// One in the low bit of each byte of a word.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

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
    fn line_breaks_in_every_position_of_a_word() {
        let breaks = "a\nб\r\nc\rd\u{e}\u{f}\n\r\r\n\u{d}\u{e}x\ny\u{1}\n\n";
        let text = format!(
            "{breaks}{}{breaks}{}",
            "Мирный договор ".repeat(5),
            breaks.repeat(3)
        );
        for skip in 0..text.len() {
            let Some(text) = text.get(skip..) else {
                continue;
            };
            let mut expected = vec![0];
            let bytes = text.as_bytes();
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    expected.push(i + 1);
                }
            }
            assert_eq!(line_starts(bytes, |i| i), expected, "{text:?}");
            let index = LineIndex::new(text);
            let found: Vec<_> = (0..index.line_count())
                .filter_map(|line| index.line_starts.get(line))
                .collect();
            assert_eq!(found, expected);
            assert!(index.line_starts().eq(expected));
        }
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
