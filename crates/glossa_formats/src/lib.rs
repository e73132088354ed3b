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
//! # Units per format
//!
//! | format | `Unit::id` | `variants` | `flags` | `notes` |
//! |---|---|---|---|---|
//! | XLIFF 1.2 | `trans-unit` id; `id/mid` per `<mrk mtype="seg">` when segmented | `[source, target?]` | target `state`, `approved`, `no-translate` | `<note>` |
//! | XLIFF 2.x | `unit` id; `id/segment-id` when several `<segment>`s | `[source, target?]` | segment `state`, `no-translate` | `<notes><note>` |
//! | PO | `msgid` or `msgctxt\u{4}msgid`; plural forms `…[N]` | `[msgid or msgid_plural, msgstr[N]]` | `#,` flags, `obsolete`, `plural:N` | `#` and `#.` comments |
//! | TMX | `tuid` or 1-based `<tu>` index | one per `<tuv>` | — | `<note>` |
//! | Fluent | `msg`, `msg.attr`, `-term`; select variants `msg[key]` | one | `variant:KEY`, `default-variant` | attached comment |
//! | JSON | key path `a.b.c`, arrays `a.0` | one | `plural:CATEGORY` (i18next) | ARB/WebExtension descriptions |
//! | CSV/TSV | `id` column or the row's line | `[source, target]` or one per language column | — | note column, `context: …` |
//!
//! `Unit::line` is the 1-based line of the unit's element/keyword/key; `Variant::span` is the byte
//! range of the raw text in the decoded file. Error columns are 1-based and counted in characters
//! (bytes for [`tmx_units_from_reader`]). XML inline codes become `{kind:id}` markers in
//! [`Variant::text`] (paired codes `{g:1}…{/g:1}`), listed in [`Variant::codes`].

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

pub use decode::{decode, decode_owned, is_plain_utf8, utf16_without_bom};
pub use detect::detect;
pub use error::{FormatError, FormatErrorKind};
pub use model::{CodeKind, FormatKind, InlineCode, ParsedFile, Unit, Variant};
pub use pair::{CatalogPairing, pair_catalogs};
pub use po::{PoLangs, PoSink, PoText, PoUnit, po_units, po_units_in_lines};
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

/// Detect ([`detect`] on `path` and the first 8 KiB), [`decode`] and [`parse`] a file's bytes.
pub fn parse_bytes(path: &str, bytes: &[u8]) -> Result<ParsedFile, FormatError> {
    let head = &bytes[..bytes.len().min(8192)];
    let kind =
        detect(path, head).ok_or_else(|| FormatError::new(1, 1, FormatErrorKind::UnknownFormat))?;
    parse(kind, &decode(bytes, kind)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_bytes_pipeline() {
        let po = "msgid \"Good morning\"\nmsgstr \"Günaydın\"\n";
        let file = parse_bytes("tr/messages.po", po.as_bytes());
        assert_eq!(
            file.ok()
                .map(|f| f.units[0].variants[1].text.clone())
                .as_deref(),
            Some("Günaydın")
        );
        let err = parse_bytes("blob.bin", b"\x00\x01").err();
        assert_eq!(err.map(|e| e.kind), Some(FormatErrorKind::UnknownFormat));
        let md = parse_bytes("docs/ja/guide.md", "# 案内\n".as_bytes());
        assert_eq!(
            md.ok().map(|f| (f.kind, f.units.len())),
            Some((FormatKind::Markdown, 0))
        );
    }
}
