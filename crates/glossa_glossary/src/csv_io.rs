//! CSV/TSV exchange.
//!
//! Two layouts, told apart by the header (see `docs/glossary-exchange.md`):
//! - **wide** (read and written): one row per concept, columns `id`,
//!   `domain`, `definition`, `note`, `related`, then per language `xx`,
//!   `xx-status` and, when used, `xx-forms` and `xx-note`;
//! - **long** (read): `concept, lang, status, term`, one term per row, the
//!   output form of `glossa glossary list`.
//!
//! With a TAB delimiter, fields are not quoted: `\t`, `\n`, `\r` and `\\`
//! are backslash escapes. Other delimiters use RFC 4180 quoting.

mod cells;
mod long;
mod wide;

use crate::error::{ErrorKind, GlossaryError};
use crate::model::Glossary;

pub use wide::to_csv_string;

/// Reads a glossary from CSV (`delimiter` `b','`, `b';'`...) or TSV (`b'\t'`).
///
/// The layout is detected from the header: `concept, lang, status, term`
/// is the long layout, anything else the wide one.
pub fn from_csv_str(text: &str, delimiter: u8) -> Result<Glossary, GlossaryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows = records(text, delimiter)?;
    let Some((header, body)) = rows.split_first() else {
        return Err(GlossaryError::at_line(
            1,
            ErrorKind::MissingField("header line".into()),
        ));
    };
    if long::is_long_header(&header.fields) {
        long::read(body)
    } else {
        wide::read(header, body)
    }
}

/// One record with the 1-based line it starts on.
#[derive(Debug)]
struct Row {
    line: usize,
    fields: Vec<String>,
}

/// Splits the text into records, dropping blank lines.
fn records(text: &str, delimiter: u8) -> Result<Vec<Row>, GlossaryError> {
    let mut rows = Vec::new();
    if delimiter == b'\t' {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            rows.push(Row {
                line: i + 1,
                fields: line.split('\t').map(cells::tsv_unescape).collect(),
            });
        }
        return Ok(rows);
    }
    let mut line_starts = vec![0];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    if let Some(open) = unterminated_quote(text, delimiter) {
        let line = line_starts.partition_point(|&s| s <= open);
        return Err(GlossaryError {
            line,
            column: text[line_starts[line - 1]..open].chars().count() + 1,
            kind: ErrorKind::Syntax(
                "a quoted field is not closed before the end of the file".into(),
            ),
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        // csv's own line count skips blank lines: count from the byte offset.
        let line_of = |p: Option<&csv::Position>| {
            p.map_or(0, |p| {
                let byte = usize::try_from(p.byte()).unwrap_or(usize::MAX);
                // A record's position can be the blank lines before it.
                let blank = text.get(byte..).map_or(0, |rest| {
                    rest.len() - rest.trim_start_matches(['\r', '\n']).len()
                });
                line_starts.partition_point(|&s| s <= byte + blank)
            })
        };
        let record = record.map_err(|e| {
            GlossaryError::at_line(line_of(e.position()), ErrorKind::Syntax(e.to_string()))
        })?;
        let line = line_of(record.position());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows.push(Row {
            line,
            fields: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(rows)
}

/// Offset of a quoted field still open at the end of the text: the csv crate reads such a field
/// to the end without an error, silently swallowing every row after it.
fn unterminated_quote(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at_field_start = true;
    let mut i = 0;
    while i < bytes.len() {
        if at_field_start && bytes[i] == b'"' {
            let open = i;
            i += 1;
            loop {
                match bytes.get(i) {
                    None => return Some(open),
                    Some(b'"') if bytes.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => break,
                    Some(_) => i += 1,
                }
            }
        }
        at_field_start = matches!(bytes[i], b'\n' | b'\r') || bytes[i] == delimiter;
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests;
