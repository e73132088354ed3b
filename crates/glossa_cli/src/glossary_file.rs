//! Loading a glossary from any supported file: TOML, TBX, CSV, TSV or a
//! termbase.

use std::path::Path;

use glossa_glossary::{Glossary, GlossaryError};
use glossa_termbase::Termbase;

use crate::error::user_error;
use crate::input::{decode_utf8, read_bytes};

/// Glossary file kinds, from the extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlossaryKind {
    /// glossa TOML.
    Toml,
    /// TBX.
    Tbx,
    /// CSV.
    Csv,
    /// TSV.
    Tsv,
    /// SQLite termbase.
    Termbase,
}

impl GlossaryKind {
    /// The kind of a path, from its extension.
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(Self::Toml),
            "tbx" | "xml" => Some(Self::Tbx),
            "csv" => Some(Self::Csv),
            "tsv" | "tab" => Some(Self::Tsv),
            "db" | "sqlite" | "sqlite3" => Some(Self::Termbase),
            _ => None,
        }
    }
}

/// Loads a glossary; errors name the file and the line.
pub fn load_glossary(path: &Path) -> anyhow::Result<Glossary> {
    let display = path.display().to_string();
    let kind = GlossaryKind::of(path)
        .ok_or_else(|| user_error("error-glossary-format", &[("path", &display)]))?;
    if kind == GlossaryKind::Termbase {
        if !path.exists() {
            return Err(user_error("error-file-not-found", &[("path", &display)]));
        }
        let termbase = Termbase::open(path).map_err(|e| termbase_error(&display, &e))?;
        return termbase.load().map_err(|e| termbase_error(&display, &e));
    }
    let text = decode_utf8(&display, read_bytes(path)?)?;
    if text.trim().is_empty() {
        return Err(user_error("error-empty-input", &[("path", &display)]));
    }
    parse_glossary(kind, &text).map_err(|e| glossary_error(&display, &e))
}

/// Parses glossary text of a known kind (not a termbase).
pub fn parse_glossary(kind: GlossaryKind, text: &str) -> Result<Glossary, GlossaryError> {
    match kind {
        GlossaryKind::Toml => glossa_glossary::toml_io::from_toml_str(text),
        GlossaryKind::Tbx => glossa_glossary::tbx::from_tbx_str(text),
        GlossaryKind::Csv => glossa_glossary::csv_io::from_csv_str(text, b','),
        GlossaryKind::Tsv | GlossaryKind::Termbase => {
            glossa_glossary::csv_io::from_csv_str(text, b'\t')
        }
    }
}

/// A glossary error as a user error with file, line and column (no column when it is unknown,
/// as for a whole CSV row).
pub fn glossary_error(display: &str, error: &GlossaryError) -> anyhow::Error {
    let (line, column, reason) = (
        error.line.to_string(),
        error.column.to_string(),
        error.kind.to_string(),
    );
    if error.column == 0 {
        return user_error(
            "error-glossary-line",
            &[("path", display), ("line", &line), ("reason", &reason)],
        );
    }
    user_error(
        "error-glossary",
        &[
            ("path", display),
            ("line", &line),
            ("column", &column),
            ("reason", &reason),
        ],
    )
}

/// A termbase error as a user error.
pub fn termbase_error(display: &str, error: &dyn std::error::Error) -> anyhow::Error {
    user_error(
        "error-termbase",
        &[("path", display), ("reason", &error.to_string())],
    )
}
