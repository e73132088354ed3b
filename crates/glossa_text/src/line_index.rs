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

    /// A cursor for lookups of mostly ascending offsets in `text` (the text this index was made
    /// of).
    pub fn cursor<'a>(&'a self, text: &'a str) -> LineCursor<'a> {
        LineCursor {
            index: self,
            text,
            line: 0,
            start: 0,
            next_start: self.line_starts.get(1).unwrap_or(usize::MAX),
            offset: 0,
            col: 1,
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

/// Line and column lookups for offsets that mostly come in ascending order (a report's sorted
/// diagnostics): the line of the next offset is found by stepping forward from the line of the
/// one before, and its column by counting characters only from there on the same line.
#[derive(Debug, Clone)]
pub struct LineCursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// 0-based line of `offset`.
    line: usize,
    /// Start of `line`.
    start: usize,
    /// Start of the line after `line` (`usize::MAX` for the last line).
    next_start: usize,
    /// The offset looked up last, on a character boundary.
    offset: usize,
    /// 1-based character column of `offset`.
    col: usize,
}

impl LineCursor<'_> {
    /// Line and character column of a byte offset (clamped to the text), as
    /// [`LineIndex::line_col`] gives them; the cursor moves to it.
    pub fn line_col(&mut self, offset: usize) -> LineCol {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let starts = &self.index.line_starts;
        if offset < self.start || offset >= self.next_start {
            self.line = match offset < self.start {
                true => starts.last_at_or_before_back(self.line, offset),
                false => starts.last_at_or_before(self.line + 1, offset),
            };
            self.start = starts.get(self.line).unwrap_or(0);
            self.next_start = starts.get(self.line + 1).unwrap_or(usize::MAX);
            if offset - self.start > CHECKPOINT {
                // Far into a long line: counted from its nearest checkpoint.
                self.offset = offset;
                self.col = self.index.line_col(self.text, offset).col;
                return self.at();
            }
            (self.offset, self.col) = (self.start, 1);
        } else if offset < self.offset {
            // Back on the same line: counted from its start.
            (self.offset, self.col) = (self.start, 1);
        }
        self.col += count_chars(&self.text.as_bytes()[self.offset..offset]);
        self.offset = offset;
        self.at()
    }

    /// The lines and columns of `start` and of `end` (taken as `start` when before it), the
    /// cursor staying at `start`: an end on the same line is counted from the start.
    pub fn span(&mut self, start: usize, end: usize) -> (LineCol, LineCol) {
        let from = self.line_col(start);
        let end = floor_char_boundary(self.text, end.min(self.text.len())).max(self.offset);
        let to = match end < self.next_start {
            true => LineCol {
                line: from.line,
                col: from.col + count_chars(&self.text.as_bytes()[self.offset..end]),
            },
            false => self.index.line_col(self.text, end),
        };
        (from, to)
    }

    fn at(&self) -> LineCol {
        LineCol {
            line: self.line + 1,
            col: self.col,
        }
    }
}

/// The number of characters in `bytes` (a UTF-8 text): its bytes less its continuation bytes
/// (`10xxxxxx`), read eight at a time (the last word overlapping the one before), counted in
/// the bytes of a word and summed by a multiplication (no population count: the baseline
/// x86-64 has none).
pub fn count_chars(bytes: &[u8]) -> usize {
    // One in each byte of a word that is a continuation byte.
    let continuations = |word: [u8; 8]| {
        let word = u64::from_le_bytes(word);
        (word & !(word << 1)) >> 7 & LOW_BITS
    };
    // The sum of a word's bytes, when below 256.
    let sum = |lanes: u64| (lanes.wrapping_mul(LOW_BITS) >> 56) as usize;
    let (words, rest) = bytes.as_chunks::<8>();
    let Some(&last) = bytes.last_chunk::<8>() else {
        return bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count();
    };
    // Sums of 31 words at most: at most 248 in a word's bytes.
    let mut count = 0;
    for words in words.chunks(31) {
        count += sum(words
            .iter()
            .fold(0, |lanes, &word| lanes + continuations(word)));
    }
    // The rest is the high bytes of the last word.
    count += sum(continuations(last)
        .checked_shr(8 * (8 - rest.len() as u32))
        .unwrap_or(0));
    bytes.len() - count
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

    /// The last line starting at or before `offset`, which is `from` or after it (`from` must
    /// start at or before `offset`): found by steps doubling in length from `from`, then a
    /// binary search within the last step (a cursor's next offset is mostly a few lines on).
    fn last_at_or_before(&self, from: usize, offset: usize) -> usize {
        fn last<T: Copy>(
            starts: &[T],
            from: usize,
            offset: usize,
            at: impl Fn(T) -> usize,
        ) -> usize {
            let mut line = from;
            let mut step = 1;
            while starts.get(line + step).is_some_and(|&s| at(s) <= offset) {
                line += step;
                step *= 2;
            }
            let within = starts
                .get(line + 1..starts.len().min(line + step))
                .unwrap_or_default();
            line + within.partition_point(|&s| at(s) <= offset)
        }
        match self {
            Self::Narrow(starts) => last(starts, from, offset, |s| s as usize),
            Self::Wide(starts) => last(starts, from, offset, |s| s),
        }
    }

    /// The last line starting at or before `offset`, which is before `before` (`before` must
    /// start after `offset`): found by steps doubling in length back from `before`, then a
    /// binary search within the last step.
    fn last_at_or_before_back(&self, before: usize, offset: usize) -> usize {
        fn last<T: Copy>(
            starts: &[T],
            before: usize,
            offset: usize,
            at: impl Fn(T) -> usize,
        ) -> usize {
            let mut after = before;
            let mut step = 1;
            // The first line starts at 0, at or before any offset.
            let low = loop {
                let low = after.saturating_sub(step);
                match starts.get(low) {
                    Some(&s) if at(s) > offset && low > 0 => (after, step) = (low, step * 2),
                    _ => break low,
                }
            };
            let within = starts.get(low + 1..after).unwrap_or_default();
            low + within.partition_point(|&s| at(s) <= offset)
        }
        match self {
            Self::Narrow(starts) => last(starts, before, offset, |s| s as usize),
            Self::Wide(starts) => last(starts, before, offset, |s| s),
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

    #[test]
    fn a_cursor_finds_what_a_lookup_finds() {
        let long = "Мирный договор 平和条約 barış antlaşması. ".repeat(300);
        let text = format!(
            "msgid \"peace\"\nmsgstr \"мир\"\r\n\r\n{long}\rконец\n\n{}\nx",
            "два плюс два\n".repeat(40)
        );
        let index = LineIndex::new(&text);
        let boundaries: Vec<usize> = (0..=text.len() + 2).collect();
        for stride in [1, 3, 17, 50, 997, 5000] {
            let mut cursor = index.cursor(&text);
            // Ascending offsets (inside characters too), and now and then a step back.
            for (n, &offset) in boundaries.iter().step_by(stride).enumerate() {
                let offset = if n % 7 == 6 { offset / 2 } else { offset };
                assert_eq!(
                    cursor.line_col(offset),
                    index.line_col(&text, offset),
                    "offset {offset}, stride {stride}"
                );
                let end = offset + stride * 3 / 2;
                let expected = (
                    index.line_col(&text, offset),
                    index.line_col(&text, end.max(offset)),
                );
                assert_eq!(cursor.span(offset, end), expected, "span {offset}..{end}");
                assert_eq!(cursor.span(offset, offset / 2).1, expected.0);
            }
        }
    }

    #[test]
    fn characters_are_counted_at_any_length() {
        let text = "a«два плюс два»平和条約 😀 barış\r\n";
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let part = &text[start..end];
                assert_eq!(
                    count_chars(part.as_bytes()),
                    part.chars().count(),
                    "{part:?}"
                );
            }
        }
        // Past the 31 words summed at once.
        let long = "Мирный договор ".repeat(40);
        for (end, _) in long.char_indices() {
            assert_eq!(
                count_chars(&long.as_bytes()[..end]),
                long[..end].chars().count()
            );
        }
    }
}
