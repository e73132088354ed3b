//! Reading input files: UTF-8 validation with positions, empty inputs,
//! standard input, directories, and the language of each file.

use std::io::Read;
use std::path::{Path, PathBuf};

use glossa_text::Lang;

use crate::error::user_error;

/// A file read into memory.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Path as the user gave it (`-` for standard input).
    pub display: String,
    /// Its text, without a byte-order mark.
    pub text: String,
}

/// Reads a file (or standard input for `-` / `None`) as UTF-8 text.
/// Invalid UTF-8 and empty input are errors naming the file.
pub fn read_input(path: Option<&Path>) -> anyhow::Result<InputFile> {
    let (display, bytes) = match path {
        None => ("-".to_string(), read_stdin()?),
        Some(p) if p.as_os_str() == "-" => ("-".to_string(), read_stdin()?),
        Some(p) => (p.display().to_string(), read_bytes(p)?),
    };
    let text = decode_utf8(&display, bytes)?;
    if text.trim().is_empty() {
        return Err(user_error("error-empty-input", &[("path", &display)]));
    }
    Ok(InputFile { display, text })
}

/// Reads standard input in 1 MiB pieces joined once at the end (a growing
/// buffer would be copied at every doubling).
fn read_stdin() -> anyhow::Result<Vec<u8>> {
    const PIECE: usize = 1 << 20;
    let read_error =
        |e: std::io::Error| user_error("error-read", &[("path", "-"), ("reason", &e.to_string())]);
    let mut stdin = std::io::stdin().lock();
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut piece = Vec::with_capacity(PIECE);
        let read = (&mut stdin)
            .take(PIECE as u64)
            .read_to_end(&mut piece)
            .map_err(read_error)?;
        if read == 0 {
            break;
        }
        pieces.push(piece);
    }
    Ok(pieces.concat())
}

/// Reads a file's bytes with user-facing errors for the common failures.
pub fn read_bytes(path: &Path) -> anyhow::Result<Vec<u8>> {
    let display = path.display().to_string();
    if path.is_dir() {
        return Err(user_error("error-is-directory", &[("path", &display)]));
    }
    std::fs::read(path).map_err(|e| io_error(&display, &e))
}

/// An input opened for reading line by line.
pub struct LineInput {
    /// Path as the user gave it (`-` for standard input).
    pub display: String,
    /// Its reader.
    pub reader: Box<dyn std::io::BufRead>,
    /// Its size when known (a file), 0 otherwise.
    pub size: usize,
}

/// Opens a file (or standard input for `-` / `None`) for reading line by
/// line, with the errors of [`read_bytes`].
pub fn open_lines(path: Option<&Path>) -> anyhow::Result<LineInput> {
    let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
        return Ok(LineInput {
            display: "-".to_string(),
            reader: Box::new(std::io::stdin().lock()),
            size: 0,
        });
    };
    let (display, file, size) = open_file(path)?;
    Ok(LineInput {
        display,
        reader: Box::new(std::io::BufReader::new(file)),
        size,
    })
}

/// Opens a file with the errors of [`read_bytes`]: its display path, the file and its size
/// (0 when unknown).
pub fn open_file(path: &Path) -> anyhow::Result<(String, std::fs::File, usize)> {
    let display = path.display().to_string();
    if path.is_dir() {
        return Err(user_error("error-is-directory", &[("path", &display)]));
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(&display, &e))?;
    let size = file
        .metadata()
        .ok()
        .and_then(|m| usize::try_from(m.len()).ok())
        .unwrap_or(0);
    Ok((display, file, size))
}

/// A failed read as a user error naming the file.
pub fn io_error(display: &str, error: &std::io::Error) -> anyhow::Error {
    match error.kind() {
        std::io::ErrorKind::NotFound => user_error("error-file-not-found", &[("path", display)]),
        _ => user_error(
            "error-read",
            &[("path", display), ("reason", &error.to_string())],
        ),
    }
}

/// Decodes a text file: UTF-8 (a BOM is dropped), or UTF-16 with a byte-order mark (as XLIFF and
/// TMX are). Invalid bytes, UTF-32 and NUL characters (a binary file, or UTF-16 without a
/// byte-order mark, which is named when the NULs look like it) are errors with line and column.
pub fn decode_utf8(display: &str, bytes: Vec<u8>) -> anyhow::Result<String> {
    decode_utf8_at(display, bytes, PiecePosition::default())
}

/// Where a piece of a file starts: its line (from 1) and the characters
/// before it on that line.
#[derive(Debug, Clone, Copy)]
pub struct PiecePosition {
    /// Line number of the piece's first line.
    pub line: usize,
    /// Characters of that line before the piece.
    pub column: usize,
}

impl Default for PiecePosition {
    fn default() -> Self {
        Self { line: 1, column: 0 }
    }
}

impl PiecePosition {
    /// The position just after `text`, which starts here.
    pub fn after(self, text: &str) -> Self {
        match text.rfind('\n') {
            Some(last) => Self {
                line: self.line + memchr::memchr_iter(b'\n', text.as_bytes()).count(),
                column: text[last + 1..].chars().count(),
            },
            None => Self {
                line: self.line,
                column: self.column + text.chars().count(),
            },
        }
    }
}

/// [`decode_utf8`] for a piece of a file that starts at `first` (error
/// positions count from there).
pub fn decode_utf8_at(
    display: &str,
    bytes: Vec<u8>,
    first: PiecePosition,
) -> anyhow::Result<String> {
    if [&[0xFF, 0xFE][..], &[0xFE, 0xFF], &[0, 0, 0xFE, 0xFF]]
        .iter()
        .any(|bom| bytes.starts_with(bom))
    {
        return glossa_formats::decode(&bytes, glossa_formats::FormatKind::PlainText)
            .map_err(|e| format_error(display, &e));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            if let Some(nul) = text.find('\0') {
                return Err(located(
                    display,
                    "error-nul-byte",
                    first.after(&text[..nul]),
                    text.as_bytes(),
                ));
            }
            Ok(text)
        }
        Err(err) => {
            let valid_up_to = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid_up_to]);
            Err(located(
                display,
                "error-invalid-utf8",
                first.after(&before),
                &bytes,
            ))
        }
    }
}

/// A reader error (`glossa_formats`) as a user error with file, line and column.
pub fn format_error(display: &str, error: &glossa_formats::FormatError) -> anyhow::Error {
    user_error(
        "error-format",
        &[
            ("path", display),
            ("line", &error.line.to_string()),
            ("column", &error.column.to_string()),
            ("reason", &error.kind.to_string()),
        ],
    )
}

/// The error `id` at the end of `before` (the text up to the offending byte), or
/// `error-utf16-no-bom` when the bytes look like UTF-16 without a byte-order mark.
fn located(display: &str, id: &str, at: PiecePosition, bytes: &[u8]) -> anyhow::Error {
    let line = at.line.to_string();
    let column = (at.column + 1).to_string();
    let mut args = vec![("path", display), ("line", &line), ("column", &column)];
    let id = match glossa_formats::utf16_without_bom(bytes) {
        Some(encoding) => {
            args.push(("encoding", encoding));
            "error-utf16-no-bom"
        }
        None => id,
    };
    user_error(id, &args)
}

/// Parses a language tag given by the user.
pub fn parse_lang(tag: &str) -> anyhow::Result<Lang> {
    Lang::parse(tag).map_err(|_| user_error("error-unknown-lang", &[("tag", tag)]))
}

/// Expands directories into the files below them that glossa reads
/// (gitignore-aware, hidden files skipped, sorted), keeping files as given.
/// With a configuration, walked files must pass its `files` and `ignore` globs.
pub fn expand_paths(
    paths: &[PathBuf],
    config: Option<&glossa_workspace::Config>,
) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = walk(path)?;
            if let Some(config) = config {
                let root = config.root().map(Path::to_path_buf).unwrap_or_default();
                found.retain(|file| {
                    let absolute = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
                    let root = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
                    let relative = absolute.strip_prefix(&root).unwrap_or(&absolute);
                    config.includes(&relative.to_string_lossy().replace('\\', "/"))
                });
            }
            files.extend(found);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            return Err(user_error(
                "error-file-not-found",
                &[("path", &path.display().to_string())],
            ));
        }
    }
    Ok(files)
}

fn walk(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for entry in ignore::WalkBuilder::new(dir).build() {
        let entry = entry.map_err(|e| {
            user_error(
                "error-read",
                &[
                    ("path", &dir.display().to_string()),
                    ("reason", &e.to_string()),
                ],
            )
        })?;
        let path = entry.path();
        if entry.file_type().is_some_and(|t| t.is_file()) && is_checkable(path) {
            found.push(path.to_path_buf());
        }
    }
    found.sort();
    Ok(found)
}

/// Files glossa reads when it walks a directory, by extension.
fn is_checkable(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some(
            "md" | "markdown"
                | "txt"
                | "xlf"
                | "xliff"
                | "sdlxliff"
                | "po"
                | "pot"
                | "tmx"
                | "ftl"
                | "json"
                | "csv"
                | "tsv"
        )
    )
}

/// The language of a file: the `--langs` entry for its position, else its
/// name (`ru.md`, `article.ja.md`, `docs/tr/x.md`), else its script.
pub fn file_lang(file: &InputFile, given: Option<&str>) -> anyhow::Result<Lang> {
    if let Some(tag) = given {
        return parse_lang(tag);
    }
    Lang::from_path(&file.display)
        .or_else(|| Lang::detect(&file.text))
        .ok_or_else(|| user_error("error-no-lang", &[("path", &file.display)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_reports_line_and_column() {
        let err = decode_utf8("ru.md", b"first\nab\xffc".to_vec()).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("line=2"), "{message}");
        assert!(message.contains("column=3"), "{message}");
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_and_without_one_named() {
        let text = "# Паром\n\nОн отходит в 7:30.\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode_utf8("ru.md", le.clone()).unwrap(), text);
        assert_eq!(decode_utf8("ru.md", be).unwrap(), text);
        let ascii: Vec<u8> = "# Ferry\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let message = decode_utf8("en.md", ascii).unwrap_err().to_string();
        assert!(message.contains("error-utf16-no-bom"), "{message}");
        assert!(message.contains("UTF-16LE"), "{message}");
        let mut utf32 = vec![0, 0, 0xFE, 0xFF];
        utf32.extend(text.chars().flat_map(|c| u32::from(c).to_be_bytes()));
        let message = decode_utf8("ru.md", utf32).unwrap_err().to_string();
        assert!(message.contains("UTF-32"), "{message}");
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(
            decode_utf8("x", "\u{feff}Мир".as_bytes().to_vec()).unwrap(),
            "Мир"
        );
    }
}
