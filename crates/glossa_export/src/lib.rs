//! Side-by-side exports of aligned translations.
//!
//! The caller (the CLI) builds a format-neutral [`ExportDocument`]: one
//! [`Column`] per language, one [`Row`] per aligned group, glossary terms as
//! [`Highlight`]s and check results as [`Finding`]s, with UI strings already
//! localized in [`Labels`]. [`export`] renders it as HTML, Markdown, TSV,
//! JSON, XLSX or TMX. Output is deterministic: the same document gives the
//! same bytes. This crate does no I/O besides [`write_export`]'s writer.

mod error;
mod escape;
mod format;
mod html;
mod json;
mod labels;
mod markdown;
mod model;
mod plain;
mod spans;
mod summary;
mod tmx;
mod tsv;
mod xlsx;

pub use error::ExportError;
pub use format::ExportFormat;
pub use labels::Labels;
pub use model::{Cell, Column, ExportDocument, Finding, Highlight, Row};
pub use tmx::tmx_date;

/// Renders `doc` in `format`.
pub fn export(doc: &ExportDocument, format: ExportFormat) -> Result<Vec<u8>, ExportError> {
    match format {
        ExportFormat::Html => Ok(html::render(doc).into_bytes()),
        ExportFormat::Md => Ok(markdown::render(doc).into_bytes()),
        ExportFormat::Tsv => Ok(tsv::render(doc).into_bytes()),
        ExportFormat::Json => json::render(doc),
        ExportFormat::Tmx => Ok(tmx::render(doc).into_bytes()),
        ExportFormat::Xlsx => xlsx::render(doc),
    }
}

/// Renders `doc` in `format` into `out`.
pub fn write_export(
    doc: &ExportDocument,
    format: ExportFormat,
    out: &mut dyn std::io::Write,
) -> Result<(), ExportError> {
    out.write_all(&export(doc, format)?)?;
    Ok(())
}
