//! Readers for the files translators and tools produce, every unit with its position.
//!
//! Pure: takes bytes or `&str`, returns values; no file I/O, no printing.
//!
//! ```
//! use glossa_formats::{FormatKind, detect, decode, parse};
//! let bytes = "msgid \"Save\"\nmsgstr \"Сохранить\"\n".as_bytes();
//! let kind = detect("ru.po", bytes).unwrap_or(FormatKind::PlainText);
//! let text = decode(bytes, kind).unwrap_or_default();
//! let file = parse(kind, &text).unwrap_or_else(|_| unreachable!());
//! assert_eq!(file.units[0].variants[1].text, "Сохранить");
//! assert_eq!(file.units[0].line, 1);
//! ```
//!
//! Unit ids, variants and flags per format are documented on each reader module; inline codes
//! are written into [`Variant::text`] as `{kind:id}` markers (see [`InlineCode`]).

mod decode;
mod detect;
mod error;
mod fluent;
mod inline;
mod json;
mod model;
mod pair;
mod po;
mod position;
mod table;
mod tmx;
mod xliff;
mod xml;

pub use decode::decode;
pub use detect::detect;
pub use error::{FormatError, FormatErrorKind};
pub use model::{CodeKind, FormatKind, InlineCode, ParsedFile, Unit, Variant};
pub use pair::{CatalogPairing, pair_catalogs};
pub use tmx::{TmxUnits, tmx_units, tmx_units_from_reader};

/// Parse a decoded text of the given kind.
///
/// Markdown and plain text are monolingual documents handled elsewhere: they parse to a file
/// without units.
pub fn parse(kind: FormatKind, text: &str) -> Result<ParsedFile, FormatError> {
    match kind {
        FormatKind::Xliff => xliff::parse(text),
        FormatKind::Po => po::parse(text),
        FormatKind::Tmx => tmx::parse(text),
        FormatKind::Fluent => fluent::parse(text),
        FormatKind::JsonCatalog => json::parse(text),
        FormatKind::Csv | FormatKind::Tsv => table::parse(text, kind),
        FormatKind::Markdown | FormatKind::PlainText => Ok(ParsedFile {
            kind,
            source_lang: None,
            target_lang: None,
            units: Vec::new(),
        }),
    }
}
