//! Reading a structured file: its first 64 KiB say how it is decoded, and a file in plain UTF-8
//! is then read piece by piece into its text, each piece validated (with SIMD) as it is
//! appended: the bytes are not kept beside the text, and not checked a second time.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use glossa_formats::FormatKind;

use crate::input::{io_error, open_file, read_bytes};

/// Bytes read and validated at a time; the head that decides the decoding is one piece.
const PIECE: usize = 64 * 1024;

/// A file whose first bytes are read, open for the rest.
pub struct FileHead {
    path: PathBuf,
    display: String,
    file: File,
    size: usize,
    /// The first [`PIECE`] bytes (all of a smaller file).
    pub head: Vec<u8>,
}

/// What a structured file holds: its text when it is plain UTF-8, else its bytes, to be decoded
/// (or refused at the position of what is wrong).
pub enum FileContent {
    /// The whole file, valid UTF-8 without a NUL.
    Text(String),
    /// The whole file, as it is.
    Bytes(Vec<u8>),
}

impl FileHead {
    /// Opens a file and reads its head, with the errors of [`read_bytes`].
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        let (display, file, size) = open_file(path)?;
        let mut head = Vec::with_capacity(size.min(PIECE));
        (&file)
            .take(PIECE as u64)
            .read_to_end(&mut head)
            .map_err(|e| io_error(&display, &e))?;
        Ok(Self {
            path: path.to_path_buf(),
            display,
            file,
            size,
            head,
        })
    }

    /// All the bytes of the file.
    pub fn into_bytes(mut self) -> anyhow::Result<Vec<u8>> {
        let rest = self.size.saturating_sub(self.head.len());
        self.head.reserve_exact(rest);
        (self.file.read_to_end(&mut self.head)).map_err(|e| io_error(&self.display, &e))?;
        Ok(self.head)
    }

    /// The content of a file of `kind`: its text when its head says it is UTF-8 without a
    /// byte-order mark and every piece is valid UTF-8 without a NUL character, else its bytes.
    pub fn into_content(self, kind: FormatKind) -> anyhow::Result<FileContent> {
        if !glossa_formats::is_plain_utf8(&self.head, kind) {
            return self.into_bytes().map(FileContent::Bytes);
        }
        let path = self.path.clone();
        match self.read_utf8()? {
            Some(text) => Ok(FileContent::Text(text)),
            // Read whole again, to be refused where it goes wrong.
            None => read_bytes(&path).map(FileContent::Bytes),
        }
    }

    /// The whole file as text, validated piece by piece; `None` at invalid UTF-8 or a NUL.
    fn read_utf8(mut self) -> anyhow::Result<Option<String>> {
        let mut text = String::with_capacity(self.size);
        let mut buffer = std::mem::take(&mut self.head);
        let mut filled = buffer.len();
        buffer.resize(PIECE + 4, 0);
        loop {
            let whole = whole_chars(&buffer[..filled]);
            let Ok(piece) = simdutf8::basic::from_utf8(&buffer[..whole]) else {
                return Ok(None);
            };
            if memchr::memchr(0, piece.as_bytes()).is_some() {
                return Ok(None);
            }
            text.push_str(piece);
            // A character cut at the end of the piece starts the next one.
            buffer.copy_within(whole..filled, 0);
            filled -= whole;
            let read = (self.file.read(&mut buffer[filled..filled + PIECE]))
                .map_err(|e| io_error(&self.display, &e))?;
            if read == 0 {
                break;
            }
            filled += read;
        }
        // A character cut by the end of the file is invalid.
        Ok((filled == 0).then_some(text))
    }
}

/// The length of the longest prefix of `bytes` that does not end inside a character: the one
/// to three bytes of a character cut at the end are left out. When the end is not a cut
/// character's start, the whole length (validation then says whether it is valid).
fn whole_chars(bytes: &[u8]) -> usize {
    let len = bytes.len();
    for back in 1..=len.min(4) {
        let lead = bytes[len - back];
        if lead & 0xC0 != 0x80 {
            let width = match lead {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            return if back < width { len - back } else { len };
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_cut_at_the_end_is_left_for_the_next_piece() {
        let text = "мир 平和 😀";
        for end in 0..=text.len() {
            let whole = whole_chars(&text.as_bytes()[..end]);
            assert!(text.is_char_boundary(whole) && whole <= end, "{end}");
            assert!(end - whole < 4, "{end}");
            if text.is_char_boundary(end) {
                assert_eq!(whole, end);
            }
        }
    }

    fn content(bytes: &[u8], kind: FormatKind) -> Option<String> {
        let dir = tempfile::tempdir().ok()?;
        let path = dir.path().join("ru.po");
        std::fs::write(&path, bytes).ok()?;
        match FileHead::open(&path).ok()?.into_content(kind).ok()? {
            FileContent::Text(text) => Some(text),
            FileContent::Bytes(read) => {
                assert_eq!(read, bytes);
                None
            }
        }
    }

    #[test]
    fn plain_utf8_is_read_into_text_across_pieces() {
        // Pieces of 64 KiB cut two- and three-byte characters (1 + 2k and 3k bytes apart).
        let text = format!(
            "msgid \"a\"\nmsgstr \"{}{}\"\n",
            "ж".repeat(40_000),
            "平".repeat(30_000)
        );
        assert_eq!(content(text.as_bytes(), FormatKind::Po), Some(text.clone()));
        assert_eq!(content(b"", FormatKind::Po), Some(String::new()));
    }

    #[test]
    fn anything_else_is_left_as_bytes() {
        let long = "ж".repeat(40_000).into_bytes();
        let mut invalid = long.clone();
        invalid.extend_from_slice(&[0xD0, b'x']);
        let mut cut = long.clone();
        cut.push(0xD0);
        let mut nul = long.clone();
        nul.extend_from_slice(b"a\0b");
        let bom = [&[0xEF, 0xBB, 0xBF][..], b"msgid"].concat();
        let latin1 = b"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n";
        for bytes in [&invalid[..], &cut, &nul, &bom, latin1] {
            assert_eq!(content(bytes, FormatKind::Po), None);
        }
    }
}
