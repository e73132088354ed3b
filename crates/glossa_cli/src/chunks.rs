//! Reading a text document in pieces that end where a top-level block ends,
//! so `glossa segment` cuts sentences while the rest is still arriving and
//! holds one piece in memory, not the whole input.
//!
//! A piece ends before a line that starts a new paragraph at the left margin
//! with a capital or an uncased letter after a blank line: the segmenter
//! carries nothing across such a point (a blank line ends lists, quotes and
//! tables, and a paragraph is only rejoined across a blank line when the next
//! line starts in lowercase). Input with fenced code, HTML comments, front
//! matter, a UTF-16/32 byte-order mark or NUL bytes is read whole, as before.

use std::io::BufRead;

use crate::input::{LineInput, decode_utf8_from_line, io_error};

/// Bytes a piece holds at least before it may end.
const PIECE_BYTES: usize = 64 * 1024;

/// One decoded piece of the input.
pub struct Piece {
    /// Its text.
    pub text: String,
    /// Whether it is the whole input (nothing before, nothing after).
    pub whole: bool,
}

/// Pieces of one input, in order.
pub struct Pieces {
    display: String,
    reader: Box<dyn BufRead>,
    buf: Vec<u8>,
    /// Line number of the first line of `buf`.
    first_line: usize,
    previous_blank: bool,
    /// Read the rest whole: something may span a cut.
    unsplittable: bool,
    given: usize,
    done: bool,
}

impl Pieces {
    /// Pieces of an input. Room for its whole size is reserved (untouched
    /// pages cost nothing), so an input read whole is not copied as it grows.
    pub fn new(input: LineInput) -> Self {
        Self {
            display: input.display,
            reader: input.reader,
            buf: Vec::with_capacity(input.size),
            first_line: 1,
            previous_blank: false,
            unsplittable: false,
            given: 0,
            done: false,
        }
    }

    /// The next piece; `None` after the last. Errors name the file and the
    /// line in the whole input.
    pub fn next_piece(&mut self) -> anyhow::Result<Option<Piece>> {
        if self.done {
            return Ok(None);
        }
        loop {
            let start = self.buf.len();
            let read = self
                .reader
                .read_until(b'\n', &mut self.buf)
                .map_err(|e| io_error(&self.display, &e))?;
            if read == 0 {
                break;
            }
            let line = &self.buf[start..];
            let cut_here = self.previous_blank
                && start >= PIECE_BYTES
                && !self.unsplittable
                && opens_paragraph(line);
            self.previous_blank = line.iter().all(u8::is_ascii_whitespace);
            if cut_here {
                if may_stand_alone(&self.buf[..start], self.given == 0) {
                    let rest = self.buf.split_off(start);
                    let piece = std::mem::replace(&mut self.buf, rest);
                    return self.decode(piece, false).map(Some);
                }
                self.unsplittable = true;
            }
        }
        self.done = true;
        let piece = std::mem::take(&mut self.buf);
        self.decode(piece, true).map(Some)
    }

    fn decode(&mut self, bytes: Vec<u8>, last: bool) -> anyhow::Result<Piece> {
        let lines = memchr::memchr_iter(b'\n', &bytes).count();
        let text = decode_utf8_from_line(&self.display, bytes, self.first_line)?;
        self.first_line += lines;
        self.given += 1;
        Ok(Piece {
            text,
            whole: last && self.given == 1,
        })
    }
}

/// A line at the left margin starting with an uppercase or uncased letter
/// (`Japan`, `Япония`, `日本`): never a list item, code, quote or table
/// continuation, and never rejoined with the paragraph before a blank line.
fn opens_paragraph(line: &[u8]) -> bool {
    let head = &line[..line.len().min(4)];
    let first = match std::str::from_utf8(head) {
        Ok(s) => s.chars().next(),
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()])
            .ok()
            .and_then(|s| s.chars().next()),
    };
    first.is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
}

/// Whether a piece can be segmented apart from what follows it: no fenced
/// code, HTML comment or front matter that could run past its end, and no
/// byte-order mark of another encoding or NUL byte (read whole for their
/// exact errors).
fn may_stand_alone(bytes: &[u8], first: bool) -> bool {
    let foreign_bom = [&[0xFF, 0xFE][..], &[0xFE, 0xFF], &[0, 0, 0xFE, 0xFF]]
        .iter()
        .any(|bom| bytes.starts_with(bom));
    if first && (foreign_bom || bytes.starts_with(b"---")) {
        return false;
    }
    if memchr::memchr(0, bytes).is_some() {
        return false;
    }
    !memchr::memchr3_iter(b'`', b'~', b'<', bytes).any(|i| {
        let rest = &bytes[i..];
        rest.starts_with(b"```") || rest.starts_with(b"~~~") || rest.starts_with(b"<!--")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(bytes: Vec<u8>) -> LineInput {
        LineInput {
            display: "t.md".to_string(),
            reader: Box::new(std::io::Cursor::new(bytes)),
            size: 0,
        }
    }

    fn pieces(text: &str) -> Vec<String> {
        let mut pieces = Pieces::new(input(text.as_bytes().to_vec()));
        let mut out = Vec::new();
        while let Some(piece) = pieces.next_piece().expect("valid input") {
            out.push(piece.text);
        }
        out
    }

    fn paragraphs(first_letters: &[&str]) -> String {
        let filler = "слово ".repeat(4000);
        first_letters
            .iter()
            .map(|start| format!("{start} {filler}конец.\n\n"))
            .collect()
    }

    #[test]
    fn pieces_end_before_a_capitalized_paragraph_and_rejoin_to_the_input() {
        let text = paragraphs(&["Россия", "日本", "Türkiye", "Japan"]);
        let parts = pieces(&text);
        assert!(parts.len() > 1, "{}", parts.len());
        assert_eq!(parts.concat(), text);
        for part in &parts[1..] {
            assert!(opens_paragraph(part.as_bytes()));
        }
    }

    #[test]
    fn lowercase_lists_code_and_comments_keep_the_input_whole() {
        let lower = paragraphs(&["россия", "и", "- пункт", "1. пункт"]);
        assert_eq!(pieces(&lower).len(), 1);
        let fenced = format!("```\n{}", paragraphs(&["Код", "Ещё", "Текст"]));
        assert_eq!(pieces(&fenced).len(), 1);
        let comment = format!("<!--\n{}-->\n", paragraphs(&["Код", "Ещё", "Текст"]));
        assert_eq!(pieces(&comment).len(), 1);
    }

    #[test]
    fn an_error_in_a_later_piece_names_its_line_in_the_whole_input() {
        let mut bytes = paragraphs(&["Россия", "Япония"]).into_bytes();
        bytes.extend_from_slice(b"Turkey\xff\n");
        let mut pieces = Pieces::new(input(bytes));
        let first = pieces.next_piece().expect("first piece is valid");
        assert!(first.is_some());
        let error = loop {
            match pieces.next_piece() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("the invalid byte was not reported"),
                Err(e) => break e.to_string(),
            }
        };
        assert!(error.contains("line=5"), "{error}");
        assert!(error.contains("column=7"), "{error}");
    }
}
