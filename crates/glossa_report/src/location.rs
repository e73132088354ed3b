//! Resolving byte spans to paths, lines and character columns.

use std::ops::Range;

use glossa_diagnostics::{Diagnostic, SourceFile, SourceMap, Span};
use glossa_text::line_index::{LineCursor, count_chars};

/// A span resolved against its file.
#[derive(Debug, Clone)]
pub(crate) struct Location<'a> {
    /// The file.
    pub file: &'a SourceFile,
    /// Byte range, clamped to the text and to character boundaries.
    pub range: Range<usize>,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based character column of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based character column just after the last character (exclusive end).
    pub end_column: usize,
}

impl<'a> Location<'a> {
    /// Resolves `span`; `None` when its file is not in `sources`.
    pub fn resolve(sources: &'a SourceMap, span: &Span) -> Option<Self> {
        let file = sources.get(span.file)?;
        let start = file.floor_boundary(span.range.start);
        let end = file.floor_boundary(span.range.end.max(start));
        let from = file.line_col(start);
        let (end_line, end_column) = match file.slice(start..end).and_then(chars_within_line) {
            // Most spans lie within one line: the end column follows from the start's.
            Some(chars) => (from.line, from.col + chars),
            None => {
                let to = file.line_col(end);
                (to.line, to.col)
            }
        };
        Some(Self {
            file,
            range: start..end,
            line: from.line,
            column: from.col,
            end_line,
            end_column,
        })
    }

    /// The primary location of a diagnostic.
    pub fn primary(sources: &'a SourceMap, diagnostic: &Diagnostic) -> Option<Self> {
        Self::resolve(sources, diagnostic.primary_span()?)
    }

    /// The covered text.
    pub fn text(&self) -> &'a str {
        self.file.slice(self.range.clone()).unwrap_or_default()
    }

    /// Byte range of the start line, without its terminator.
    pub fn line_range(&self) -> Range<usize> {
        self.file
            .line_range(self.line)
            .unwrap_or(self.range.start..self.range.start)
    }
}

/// Resolves the spans of diagnostics sorted by file and offset: each file's positions are found
/// by a [`LineCursor`] moving forward through it (an excerpted file's by a lookup each).
pub(crate) struct Locator<'a> {
    sources: &'a SourceMap,
    /// A cursor for each whole file, by [`glossa_diagnostics::FileId`].
    cursors: Vec<Option<LineCursor<'a>>>,
}

impl<'a> Locator<'a> {
    /// A locator for the files of `sources`.
    pub fn new(sources: &'a SourceMap) -> Self {
        let cursors = sources
            .files()
            .map(|(_, file)| {
                (file.text.len() == file.len()).then(|| file.line_index().cursor(&file.text))
            })
            .collect();
        Self { sources, cursors }
    }

    /// What [`Location::resolve`] gives for `span`.
    pub fn resolve(&mut self, span: &Span) -> Option<Location<'a>> {
        let Some(Some(cursor)) = self.cursors.get_mut(span.file.0) else {
            return Location::resolve(self.sources, span);
        };
        let file = self.sources.get(span.file)?;
        let start = file.floor_boundary(span.range.start);
        let end = file.floor_boundary(span.range.end.max(start));
        let (from, to) = cursor.span(start, end);
        Some(Location {
            file,
            range: start..end,
            line: from.line,
            column: from.col,
            end_line: to.line,
            end_column: to.col,
        })
    }
}

/// The number of characters of `text` when it holds no line break (`\n` or `\r`).
fn chars_within_line(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (!bytes.iter().any(|&b| b == b'\n' || b == b'\r')).then(|| count_chars(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use glossa_diagnostics::{FileId, SourceFile};

    #[test]
    fn columns_are_characters_and_ends_exclusive() {
        let mut sources = SourceMap::new();
        let text = "# 協議\n両外相は平和条約に署名した。";
        let file = sources.add(SourceFile::new("ja.md", Some("ja".into()), text));
        let start = text.find("平和条約").unwrap();
        let span = Span {
            file,
            range: start..start + "平和条約".len(),
        };
        let location = Location::resolve(&sources, &span).unwrap();
        assert_eq!((location.line, location.column), (2, 5));
        assert_eq!((location.end_line, location.end_column), (2, 9));
        assert_eq!(location.text(), "平和条約");
        assert_eq!(&text[location.line_range()], "両外相は平和条約に署名した。");
    }

    #[test]
    fn bad_spans_are_clamped_or_rejected() {
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new("ru.md", None, "Южные Курилы"));
        let location = Location::resolve(
            &sources,
            &Span {
                file,
                range: 1..500,
            },
        )
        .unwrap();
        assert_eq!(location.text(), "Южные Курилы");
        let missing = Span {
            file: FileId(7),
            range: 0..1,
        };
        assert!(Location::resolve(&sources, &missing).is_none());
    }

    #[test]
    fn characters_of_a_line_or_none_across_lines() {
        for text in [
            "",
            "Южные Курилы",
            "平和条約 ok",
            "два плюс два",
            "x",
            "«два»",
            "a😀b",
        ] {
            assert_eq!(
                chars_within_line(text),
                Some(text.chars().count()),
                "{text}"
            );
        }
        for text in ["два\rтри", "два\n", "\n", "четыре слова\r\nпять"] {
            assert_eq!(chars_within_line(text), None, "{text:?}");
        }
    }

    /// A span across line breaks (`\n`, `\r\n`, a lone `\r`) ends where a lookup of its
    /// end puts it, as one within a line does.
    #[test]
    fn ends_within_and_across_lines() {
        let mut sources = SourceMap::new();
        let text = "один\r\nдва три\rчетыре\nпять";
        let file = sources.add(SourceFile::new("ru.txt", None, text));
        let source = sources.get(file).unwrap();
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let span = Span {
                    file,
                    range: start..end,
                };
                let location = Location::resolve(&sources, &span).unwrap();
                let to = source.line_col(end);
                assert_eq!((location.end_line, location.end_column), (to.line, to.col));
            }
        }
    }

    /// Spans of two files, mostly ascending (as sorted diagnostics give them) with some
    /// before the one before, resolve as [`Location::resolve`] resolves them one by one,
    /// in a whole file and in an excerpted one.
    #[test]
    fn a_locator_resolves_as_each_lookup_does() {
        let mut sources = SourceMap::new();
        let text =
            "msgid \"peace treaty\"\nmsgstr \"мирный договор\"\r\n\n平和条約\rend\n".repeat(9);
        let whole = sources.add(SourceFile::new("ru.po", Some("ru".into()), text.as_str()));
        let lines = "два плюс два\n«два» 😀\n".to_string();
        let excerpted = sources.add(SourceFile::excerpted(
            "ja.md",
            None,
            4000,
            vec![(100, 5, lines.clone()), (3000, 90, lines)],
        ));
        let mut locator = Locator::new(&sources);
        for file in [whole, excerpted] {
            for start in (0..4100).step_by(7) {
                for (start, len) in [(start, 9), (start / 3, 40), (start, 0), (start + 2, 1)] {
                    let span = Span {
                        file,
                        range: start..start + len,
                    };
                    let expected = Location::resolve(&sources, &span);
                    let found = locator.resolve(&span);
                    let position = |l: Option<Location<'_>>| {
                        l.map(|l| (l.range, l.line, l.column, l.end_line, l.end_column))
                    };
                    assert_eq!(position(found), position(expected), "{span:?}");
                }
            }
        }
    }
}
