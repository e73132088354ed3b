//! Quoted PO strings: C escapes, continuation lines, and the text kept as a range of the
//! file until it is needed (most strings have no escape: their text is never copied but into a unit).

use std::ops::Range;

use crate::FormatError;

/// The text of a quoted string (possibly continued over several lines) and its raw span.
#[derive(Debug, Default, Clone)]
pub(super) struct PoString {
    text: Text,
    span: Option<Range<usize>>,
}

/// Where a [`PoString`]'s text is.
#[derive(Debug, Default, Clone)]
enum Text {
    /// Nothing yet, or only empty pieces.
    #[default]
    Empty,
    /// One piece without escapes: this range of the file is the text.
    Raw(Range<usize>),
    /// Unescaped or joined.
    Owned(String),
}

/// A quoted string on one line: its content's byte range in the line, and whether the content
/// is the text itself (no escape).
struct Piece {
    content: Range<usize>,
    raw: bool,
}

impl PoString {
    /// The string whose one piece is the text `span` of the file, without escapes (what
    /// [`PoString::push_quoted`] makes of such a piece).
    pub(super) fn plain(span: Range<usize>) -> Self {
        let text = match span.is_empty() {
            true => Text::Empty,
            false => Text::Raw(span.clone()),
        };
        Self {
            text,
            span: Some(span),
        }
    }

    /// Reads the string quoted at byte `at` of `line` (line `number` of `file`, starting at
    /// its byte `start`) and appends it.
    pub(super) fn push_quoted(
        &mut self,
        file: &str,
        line: &str,
        start: usize,
        at: usize,
        number: usize,
    ) -> Result<(), FormatError> {
        let mut escaped = String::new();
        let piece = match plain(line, at) {
            Some(piece) => piece,
            None => unescape(line, at, number, &mut escaped)?,
        };
        let span = start + piece.content.start..start + piece.content.end;
        let piece_text = match piece.raw {
            true => &line[piece.content],
            false => escaped.as_str(),
        };
        if !piece_text.is_empty() {
            self.text = match std::mem::take(&mut self.text) {
                Text::Empty if piece.raw => Text::Raw(span.clone()),
                Text::Empty => Text::Owned(escaped),
                Text::Raw(range) => Text::Owned([&file[range], piece_text].concat()),
                Text::Owned(mut text) => {
                    text.push_str(piece_text);
                    Text::Owned(text)
                }
            };
        }
        match &mut self.span {
            None => self.span = Some(span),
            // An empty first piece (`msgstr ""` then continuation lines) does not start the span.
            Some(s) if s.start == s.end => self.span = Some(span),
            Some(s) if !span.is_empty() => s.end = span.end,
            Some(_) => {}
        }
        Ok(())
    }

    /// The text (`file` is the text the string was read from).
    pub(super) fn as_str<'a>(&'a self, file: &'a str) -> &'a str {
        match &self.text {
            Text::Empty => "",
            Text::Raw(range) => &file[range.clone()],
            Text::Owned(text) => text,
        }
    }

    /// The range of the file that is the text, when it is one piece without escapes.
    pub(super) fn raw_range(&self) -> Option<Range<usize>> {
        match &self.text {
            Text::Raw(range) => Some(range.clone()),
            Text::Empty | Text::Owned(_) => None,
        }
    }

    /// The raw span in the file (from the first non-empty piece to the last).
    pub(super) fn span(&self) -> Range<usize> {
        self.span.clone().unwrap_or(0..0)
    }
}

/// The string quoted at byte `at` of `line` when it has no escape and nothing but spaces after
/// its closing quote: its content is its text.
fn plain(line: &str, at: usize) -> Option<Piece> {
    let body = line.get(at + 1..)?;
    let end = memchr::memchr2(b'"', b'\\', body.as_bytes())?;
    let after = &body[end + 1..];
    let closed = body.as_bytes()[end] == b'"' && (after.is_empty() || after.trim().is_empty());
    closed.then(|| Piece {
        content: at + 1..at + 1 + end,
        raw: true,
    })
}

fn column(line: &str, byte: usize) -> usize {
    line.get(..byte).map_or(1, |s| s.chars().count() + 1)
}

/// Unescapes the C-escaped string quoted at byte `at` of `line` into `out`.
fn unescape(line: &str, at: usize, number: usize, out: &mut String) -> Result<Piece, FormatError> {
    let err = |byte: usize, message: &str| FormatError::syntax(number, column(line, byte), message);
    let body = &line[at + 1..];
    out.reserve(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let rest = &body[i + 1..];
                if !rest.trim().is_empty() {
                    return Err(err(at + 2 + i, "unexpected text after the closing quote"));
                }
                return Ok(Piece {
                    content: at + 1..at + 1 + i,
                    raw: false,
                });
            }
            '\\' => {
                let Some((_, e)) = chars.next() else {
                    return Err(err(
                        at + 1 + i,
                        "unterminated string: a backslash at the end of the line",
                    ));
                };
                let simple = match e {
                    'n' => Some('\n'),
                    't' => Some('\t'),
                    'r' => Some('\r'),
                    'a' => Some('\u{7}'),
                    'b' => Some('\u{8}'),
                    'f' => Some('\u{c}'),
                    'v' => Some('\u{b}'),
                    '\\' | '"' | '\'' | '?' => Some(e),
                    _ => None,
                };
                if let Some(c) = simple {
                    out.push(c);
                    continue;
                }
                let (radix, max, first) = match e {
                    '0'..='7' => (8, 3, e.to_digit(8)),
                    'x' => (16, 2, None),
                    _ => return Err(err(at + 1 + i, &format!("invalid escape sequence \\{e}"))),
                };
                let mut value = first.unwrap_or(0);
                let mut digits = usize::from(first.is_some());
                while digits < max {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(radix)) {
                        Some(d) => {
                            value = value * radix + d;
                            digits += 1;
                            chars.next();
                        }
                        None => break,
                    }
                }
                match char::from_u32(value) {
                    Some(c) if digits > 0 => out.push(c),
                    _ => {
                        return Err(err(
                            at + 1 + i,
                            "invalid escape sequence \\x without hex digits",
                        ));
                    }
                }
            }
            c => out.push(c),
        }
    }
    Err(err(
        at,
        "unterminated string: no closing quote on this line",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> Result<String, FormatError> {
        let mut string = PoString::default();
        string.push_quoted(s, s, 0, 0, 1)?;
        Ok(string.as_str(s).to_owned())
    }

    #[test]
    fn c_escapes() {
        assert_eq!(
            quoted(r#""Строка\nвторая\t\"цитата\" \\ \101\x42 \?""#)
                .ok()
                .as_deref(),
            Some("Строка\nвторая\t\"цитата\" \\ AB ?")
        );
        assert_eq!(quoted(r#""日本語""#).ok().as_deref(), Some("日本語"));
        assert_eq!(quoted(r#""\0\1234""#).ok().as_deref(), Some("\0S4"));
    }

    #[test]
    fn broken_escapes_have_columns() {
        let err = quoted(r#""Türkçe \q""#).err();
        assert_eq!(err.map(|e| (e.line, e.column)), Some((1, 9)));
        assert!(quoted(r#""trailing \"#).is_err());
        assert!(quoted(r#""\x""#).is_err());
        assert!(quoted(r#""no end"#).is_err());
        assert!(quoted(r#""end" x"#).is_err());
    }

    #[test]
    fn pieces_join_and_the_span_covers_the_non_empty_ones() {
        // msgstr ""  "ab"  "c\td"  ""  (one piece per line).
        let file = "\"\"\n\"ab\"\n\"c\\td\"\n\"\"\n";
        let mut string = PoString::default();
        for (start, at) in [(0, 0), (3, 0), (8, 0), (15, 0)] {
            let line = &file[start..file[start..].find('\n').map_or(file.len(), |e| start + e)];
            assert!(string.push_quoted(file, line, start, at, 1).is_ok());
        }
        assert_eq!(string.as_str(file), "abc\td");
        assert_eq!(&file[string.span()], "ab\"\n\"c\\td");
    }

    #[test]
    fn a_plain_string_is_a_range_of_the_file() {
        let file = "msgid \"Save\"  \n";
        let mut string = PoString::default();
        assert!(string.push_quoted(file, &file[..14], 0, 6, 1).is_ok());
        assert!(matches!(string.text, Text::Raw(ref r) if &file[r.clone()] == "Save"));
        assert_eq!(string.span(), 7..11);
        let plain = PoString::plain(7..11);
        assert_eq!((plain.as_str(file), plain.span()), ("Save", 7..11));
        assert_eq!(plain.raw_range(), string.raw_range());
        let mut empty = PoString::default();
        assert!(empty.push_quoted(file, "\"\"", 20, 0, 1).is_ok());
        let plain = PoString::plain(21..21);
        assert_eq!(
            (plain.as_str(file), plain.span(), plain.raw_range()),
            ("", 21..21, None)
        );
        assert_eq!((empty.span(), empty.raw_range()), (21..21, None));
    }
}
