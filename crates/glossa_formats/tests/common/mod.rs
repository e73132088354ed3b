//! Shared helpers for the integration tests: fixture loading through the real pipeline.
#![allow(dead_code, clippy::unwrap_used)]

use glossa_formats::{FormatError, FormatKind, ParsedFile, decode, detect, parse};

/// Bytes of `tests/fixtures/formats/<rel>`.
pub fn bytes(rel: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/fixtures/formats/{rel}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Detect, decode and parse a fixture; also returns the decoded text.
pub fn load(rel: &str) -> (String, Result<ParsedFile, FormatError>) {
    let bytes = bytes(rel);
    let kind = detect(rel, &bytes).unwrap();
    match decode(&bytes, kind) {
        Ok(text) => {
            let parsed = parse(kind, &text);
            (text, parsed)
        }
        Err(e) => (String::new(), Err(e)),
    }
}

/// A fixture that must parse.
pub fn ok(rel: &str) -> (String, ParsedFile) {
    let (text, parsed) = load(rel);
    (text, parsed.unwrap_or_else(|e| panic!("{rel}: {e}")))
}

/// The decoded file text at a variant's span.
pub fn at<'a>(text: &'a str, span: &std::ops::Range<usize>) -> &'a str {
    &text[span.clone()]
}

/// The kind of a fixture by its extension.
pub fn kind(rel: &str) -> FormatKind {
    detect(rel, b"").unwrap()
}
