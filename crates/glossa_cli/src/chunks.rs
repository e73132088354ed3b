//! Reading a text document in pieces, so `glossa segment` cuts sentences
//! while the rest is still arriving and holds one piece in memory, not the
//! whole input.
//!
//! A piece ends before a line that starts a new paragraph at the left margin
//! with a capital or an uncased letter after a blank line: the segmenter
//! carries nothing across such a point (a blank line ends lists, quotes and
//! tables, and a paragraph is only rejoined across a blank line when the next
//! line starts in lowercase). A long line that opens such a paragraph and
//! holds no inline Markdown or table bar is handed over unfinished (an
//! *open* piece): the caller keeps the sentences that are settled (see
//! [`glossa_text::segment::RESTART_MARGIN`]) and gives the rest back with
//! [`Pieces::give_back`]. Input with fenced code, HTML comments, front
//! matter, a UTF-16/32 byte-order mark or NUL bytes is read whole, as before.

use std::io::BufRead;

use glossa_text::segment::{RESTART_MARGIN, Sentence, has_markup_byte};

use crate::input::{LineInput, PiecePosition, decode_utf8_at, io_error};

/// How big pieces get.
#[derive(Debug, Clone, Copy)]
pub struct PieceSizes {
    /// Bytes a piece holds at least before it ends at a paragraph.
    pub piece: usize,
    /// Bytes of a line at which it is handed over as an open piece.
    pub open: usize,
}

impl Default for PieceSizes {
    fn default() -> Self {
        Self {
            piece: 64 * 1024,
            open: 64 * 1024,
        }
    }
}

/// One decoded piece of the input.
pub struct Piece {
    /// Its text.
    pub text: String,
    /// Byte offset of its text in the whole decoded input.
    pub start: usize,
    /// Whether it is the whole input (nothing before, nothing after).
    pub whole: bool,
    /// For an open piece (it ends inside a line), the offset in `text` where
    /// that line starts; the piece must be given back.
    pub open_line: Option<usize>,
}

/// Pieces of one input, in order.
pub struct Pieces {
    display: String,
    reader: Box<dyn BufRead>,
    buf: Vec<u8>,
    /// Where `buf` starts in the input.
    position: PiecePosition,
    /// Bytes of decoded text before `buf`.
    text_offset: usize,
    /// Offset in `buf` of the line being read.
    line_start: usize,
    previous_blank: bool,
    /// The line being read opens a plain paragraph: it may be cut inside.
    line_open_cuttable: bool,
    /// Length of the line being read at which to hand it over open.
    open_at: usize,
    /// Whether the caller may take open pieces.
    open_pieces: bool,
    sizes: PieceSizes,
    /// Read the rest whole: something may span a cut.
    unsplittable: bool,
    given: usize,
    done: bool,
}

impl Pieces {
    /// Pieces of an input; `open_pieces` when the caller cuts sentences
    /// with the built-in rules and gives open pieces back. Room for the
    /// input's whole size is reserved (untouched pages cost nothing), so an
    /// input read whole is not copied as it grows.
    pub fn new(input: LineInput, open_pieces: bool, sizes: PieceSizes) -> Self {
        Self {
            display: input.display,
            reader: input.reader,
            buf: Vec::with_capacity(input.size),
            position: PiecePosition::default(),
            text_offset: 0,
            line_start: 0,
            previous_blank: false,
            line_open_cuttable: false,
            open_at: sizes.open,
            open_pieces,
            sizes,
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
            let Some(line_complete) = self.read_part()? else {
                break;
            };
            if start == self.line_start {
                let line = &self.buf[start..];
                self.line_open_cuttable = self.open_pieces
                    && !self.unsplittable
                    && (self.previous_blank || start == 0)
                    && opens_paragraph(line);
                self.open_at = self.sizes.open;
                if self.previous_blank
                    && start >= self.sizes.piece
                    && !self.unsplittable
                    && opens_paragraph(line)
                {
                    if may_stand_alone(&self.buf[..start], self.given == 0) {
                        let rest = self.buf.split_off(start);
                        let piece = std::mem::replace(&mut self.buf, rest);
                        self.line_start = 0;
                        self.after_new_bytes(0, line_complete);
                        return self.closed(piece, false).map(Some);
                    }
                    self.unsplittable = true;
                    self.line_open_cuttable = false;
                }
            }
            self.after_new_bytes(start, line_complete);
            if self.line_open_cuttable
                && self.buf.len() - self.line_start >= self.open_at
                && let Some(piece) = self.open_piece()?
            {
                return Ok(Some(piece));
            }
        }
        self.done = true;
        let piece = std::mem::take(&mut self.buf);
        self.closed(piece, true).map(Some)
    }

    /// Takes back the part of an open piece from `settled` on: it is read
    /// again with what follows. Giving back everything (`settled == 0`)
    /// waits for twice as much of the line before the next open piece.
    pub fn give_back(&mut self, piece: Piece, settled: usize) {
        let Some(open_line) = piece.open_line else {
            return;
        };
        let (done, rest) = piece.text.split_at(settled);
        if settled == 0 {
            self.open_at = 2 * (piece.text.len() - open_line);
            self.line_start = open_line;
        } else {
            self.given += 1;
            self.position = self.position.after(done);
            self.text_offset += done.len();
            self.open_at = self.sizes.open;
            self.line_start = 0;
            self.line_open_cuttable = opens_paragraph(rest.as_bytes());
        }
        let mut bytes = Vec::with_capacity(rest.len() + self.buf.len());
        bytes.extend_from_slice(rest.as_bytes());
        bytes.append(&mut self.buf);
        self.buf = bytes;
    }

    /// Reads up to the end of a line or of the reader's buffer (at least
    /// the first 4 bytes of a line, which decide where it may be cut);
    /// `None` at the end of the input, else whether the line is complete.
    fn read_part(&mut self) -> anyhow::Result<Option<bool>> {
        let mut read_any = false;
        loop {
            let available = self
                .reader
                .fill_buf()
                .map_err(|e| io_error(&self.display, &e))?;
            if available.is_empty() {
                return Ok(read_any.then_some(false));
            }
            let (take, complete) = match memchr::memchr(b'\n', available) {
                Some(at) => (at + 1, true),
                None => (available.len(), false),
            };
            self.buf.extend_from_slice(&available[..take]);
            self.reader.consume(take);
            read_any = true;
            if complete || self.buf.len() - self.line_start >= 4 {
                return Ok(Some(complete));
            }
        }
    }

    /// Updates the line state for the bytes read from `start` on.
    fn after_new_bytes(&mut self, start: usize, line_complete: bool) {
        let new = &self.buf[start..];
        if self.line_open_cuttable && (has_markup_byte(new) || memchr::memchr(b'|', new).is_some())
        {
            self.line_open_cuttable = false;
        }
        if line_complete {
            self.previous_blank = self.buf[self.line_start..]
                .iter()
                .all(u8::is_ascii_whitespace);
            self.line_start = self.buf.len();
            self.line_open_cuttable = false;
        }
    }

    /// The input so far as an open piece, up to its last whole character.
    fn open_piece(&mut self) -> anyhow::Result<Option<Piece>> {
        let end = whole_chars_end(&self.buf);
        if !may_stand_alone(&self.buf[..end], self.given == 0) {
            self.unsplittable = true;
            self.line_open_cuttable = false;
            return Ok(None);
        }
        let rest = self.buf.split_off(end);
        let bytes = std::mem::replace(&mut self.buf, rest);
        let text = decode_utf8_at(&self.display, bytes, self.position)?;
        // A byte-order mark at the start of the input is not part of the text.
        let dropped = end - text.len();
        Ok(Some(Piece {
            text,
            start: self.text_offset,
            whole: false,
            open_line: Some(self.line_start.saturating_sub(dropped)),
        }))
    }

    fn closed(&mut self, bytes: Vec<u8>, last: bool) -> anyhow::Result<Piece> {
        let text = decode_utf8_at(&self.display, bytes, self.position)?;
        self.position = self.position.after(&text);
        let start = self.text_offset;
        self.text_offset += text.len();
        self.given += 1;
        Ok(Piece {
            text,
            start,
            whole: last && self.given == 1,
            open_line: None,
        })
    }
}

/// Where an open piece may be cut: the start of its last sentence that
/// begins inside the open line, like a paragraph (see [`opens_paragraph`]),
/// after another sentence of the same block, with [`RESTART_MARGIN`] bytes
/// and a letter after it (a line without letters is a block of its own);
/// 0 when there is none.
pub fn settled_end(piece: &Piece, sentences: &[Sentence]) -> usize {
    let Some(line) = piece.open_line else {
        return piece.text.len();
    };
    let last_start = piece.text.len().saturating_sub(RESTART_MARGIN);
    sentences
        .windows(2)
        .rev()
        .map(|pair| (&pair[0], &pair[1]))
        .find(|(before, sentence)| {
            let start = sentence.range.start;
            start > line
                && start <= last_start
                && before.block == sentence.block
                && opens_paragraph(&piece.text.as_bytes()[start..])
                && piece.text[start..].contains(char::is_alphabetic)
        })
        .map_or(0, |(_, sentence)| sentence.range.start)
}

/// The end of the last complete UTF-8 sequence of `bytes` (a sequence cut
/// by the reader's buffer is left for the next piece).
fn whole_chars_end(bytes: &[u8]) -> usize {
    let lead = bytes
        .iter()
        .rev()
        .take(4)
        .position(|b| b & 0xC0 != 0x80)
        .map(|back| bytes.len() - 1 - back);
    let Some(lead) = lead else {
        return bytes.len();
    };
    let width = match bytes[lead] {
        b if b < 0x80 => 1,
        b if b >= 0xF0 => 4,
        b if b >= 0xE0 => 3,
        b if b >= 0xC0 => 2,
        _ => 1,
    };
    if lead + width > bytes.len() {
        lead
    } else {
        bytes.len()
    }
}

/// A line at the left margin starting with an uppercase or uncased letter
/// or an opening quote or bracket (`Japan`, `Япония`, `日本`, `«Мы`, `「日本`):
/// never a list item, code, quote or table continuation, and never
/// rejoined with the paragraph before a blank line.
fn opens_paragraph(line: &[u8]) -> bool {
    let head = &line[..line.len().min(4)];
    let first = match std::str::from_utf8(head) {
        Ok(s) => s.chars().next(),
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()])
            .ok()
            .and_then(|s| s.chars().next()),
    };
    first.is_some_and(|c| {
        (c.is_alphabetic() && !c.is_lowercase())
            || matches!(
                c,
                '"' | '\'' | '“' | '‘' | '«' | '„' | '‹' | '(' | '（' | '「' | '『' | '【'
            )
    })
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
        let mut pieces = Pieces::new(
            input(text.as_bytes().to_vec()),
            false,
            PieceSizes::default(),
        );
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
        let mut pieces = Pieces::new(input(bytes), false, PieceSizes::default());
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
