//! CSV / TSV bilingual tables (the `csv` crate underneath).
//!
//! The first row is a header. Recognised columns (case-insensitive): `source`/`src`/`original`,
//! `target`/`translation`/`tgt`, language tags (`en`, `ru`, `ja-JP`, `tr` …: one variant per
//! language column, in order, with its language), `id`/`key`/`name`, `context`/`msgctxt`,
//! `note`/`notes`/`comment`/`description`. A header with no text columns is an error.
//! Ids: the id column, else the 1-based line of the row. Notes: the note column and
//! `context: …`. Variants: `[source, target]` or one per language column. Rows whose text
//! cells are all empty are skipped.

use std::ops::Range;

use crate::position::LineIndex;
use crate::{FormatError, FormatKind, ParsedFile, Unit, Variant};

#[derive(Debug, Clone, PartialEq)]
enum Column {
    Text(Option<String>),
    Id,
    Context,
    Note,
    Ignored,
}

fn classify(header: &str) -> Column {
    let h = header.trim().to_ascii_lowercase();
    match h.as_str() {
        "source" | "src" | "original" | "source text" => Column::Text(None),
        "target" | "translation" | "tgt" | "target text" => Column::Text(None),
        "id" | "key" | "name" | "msgid" => Column::Id,
        "context" | "ctx" | "msgctxt" => Column::Context,
        "note" | "notes" | "comment" | "comments" | "description" => Column::Note,
        _ if is_lang_tag(header.trim()) => Column::Text(Some(header.trim().to_owned())),
        _ => Column::Ignored,
    }
}

/// Three-letter language codes accepted as column names (two-letter codes always are).
const THREE_LETTER_LANGS: [&str; 16] = [
    "ast", "ceb", "chr", "ckb", "fil", "fur", "haw", "hmn", "kab", "kok", "mai", "nds", "sat",
    "sco", "szl", "yue",
];

/// `en`, `ru`, `pt-BR`, `zh-Hant`, `ja_JP`, `fil`: a language subtag and optional subtags.
fn is_lang_tag(s: &str) -> bool {
    let mut parts = s.split(['-', '_']);
    let lang_ok = parts.next().is_some_and(|l| {
        let lower = l.to_ascii_lowercase();
        l.bytes().all(|b| b.is_ascii_alphabetic())
            && (l.len() == 2 || THREE_LETTER_LANGS.contains(&lower.as_str()))
    });
    lang_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Parse a CSV (`delimiter` = `,`) or TSV (`\t`) text.
pub(crate) fn parse(text: &str, kind: FormatKind) -> Result<ParsedFile, FormatError> {
    let delimiter = if kind == FormatKind::Tsv { b'\t' } else { b',' };
    let index = LineIndex::new(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let csv_error = |e: csv::Error| {
        let line = e
            .position()
            .map_or(1, |p| usize::try_from(p.line()).unwrap_or(1));
        let message = match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("a row has {len} fields, the header has {expected_len}"),
            _ => e.to_string(),
        };
        FormatError::syntax(line.max(1), 1, message)
    };
    let Some(header) = records.next().transpose().map_err(csv_error)? else {
        return Ok(ParsedFile {
            kind,
            source_lang: None,
            target_lang: None,
            units: Vec::new(),
        });
    };
    let columns: Vec<Column> = header.iter().map(classify).collect();
    let text_columns: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c, Column::Text(_)))
        .map(|(i, _)| i)
        .collect();
    if text_columns.is_empty() {
        return Err(FormatError::syntax(
            1,
            1,
            "the header names no text columns: expected `source,target` or language columns such as `en,ru`",
        ));
    }
    let lang_of = |i: usize| match &columns[i] {
        Column::Text(lang) => lang.clone(),
        _ => None,
    };
    let mut file = ParsedFile {
        kind,
        source_lang: lang_of(text_columns[0]),
        target_lang: text_columns.get(1).and_then(|&i| lang_of(i)),
        units: Vec::new(),
    };
    for record in records {
        let record = record.map_err(csv_error)?;
        let Some(position) = record.position() else {
            continue;
        };
        let mut start = usize::try_from(position.byte()).unwrap_or(0);
        // After a CRLF the reported record start may be the `\n` of the previous line.
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let line = index.line(start);
        if text_columns
            .iter()
            .all(|&i| record.get(i).is_none_or(str::is_empty))
        {
            continue;
        }
        let spans = raw_field_spans(text, start, delimiter);
        let cell = |i: usize| record.get(i).unwrap_or_default().to_owned();
        let mut id = None;
        let mut notes = Vec::new();
        for (i, column) in columns.iter().enumerate() {
            let value = cell(i);
            match column {
                Column::Id if !value.is_empty() => id = Some(value),
                Column::Context if !value.is_empty() => notes.push(format!("context: {value}")),
                Column::Note if !value.is_empty() => notes.push(value),
                _ => {}
            }
        }
        let variants = text_columns
            .iter()
            .map(|&i| Variant {
                lang: lang_of(i),
                text: cell(i),
                span: spans.get(i).cloned().unwrap_or(start..start),
                codes: Vec::new(),
            })
            .collect();
        file.units.push(Unit {
            id: id.unwrap_or_else(|| line.to_string()),
            line,
            variants,
            flags: Vec::new(),
            notes,
        });
    }
    Ok(file)
}

/// Raw byte ranges of the fields of the record starting at `start` (inside quotes when quoted).
fn raw_field_spans(text: &str, start: usize, delimiter: u8) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = start;
    loop {
        if bytes.get(i) == Some(&b'"') {
            let open = i + 1;
            i = open;
            while i < bytes.len() {
                if bytes[i] == b'"' {
                    if bytes.get(i + 1) == Some(&b'"') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i += 1;
            }
            spans.push(open..i.min(bytes.len()));
            while i < bytes.len() && bytes[i] != delimiter && bytes[i] != b'\n' && bytes[i] != b'\r'
            {
                i += 1;
            }
        } else {
            let field_start = i;
            while i < bytes.len() && bytes[i] != delimiter && bytes[i] != b'\n' && bytes[i] != b'\r'
            {
                i += 1;
            }
            spans.push(field_start..i);
        }
        if bytes.get(i) == Some(&delimiter) {
            i += 1;
        } else {
            return spans;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FormatErrorKind;

    #[test]
    fn language_columns_and_spans() {
        let csv = "id,en,ru,note\nopen,Open,Открыть,toolbar\nquote,\"Say \"\"hi\"\", then go\",\"Скажи «привет», потом иди\",\n";
        let file = parse(csv, FormatKind::Csv).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (file.source_lang.as_deref(), file.target_lang.as_deref()),
            (Some("en"), Some("ru"))
        );
        let u = &file.units[1];
        assert_eq!((u.id.as_str(), u.line), ("quote", 3));
        assert_eq!(u.variants[0].text, "Say \"hi\", then go");
        assert_eq!(
            &csv[u.variants[1].span.clone()],
            "Скажи «привет», потом иди"
        );
        assert_eq!(file.units[0].notes, ["toolbar"]);
    }

    #[test]
    fn tsv_source_target_without_ids() {
        let tsv = "Source\tTarget\tContext\nSave\t保存\tmenu\n\t\t\nQuit\tÇıkış\t\n";
        let file = parse(tsv, FormatKind::Tsv).unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<_> = file.units.iter().map(|u| (u.id.as_str(), u.line)).collect();
        assert_eq!(ids, [("2", 2), ("4", 4)]);
        assert_eq!(file.units[0].notes, ["context: menu"]);
        assert_eq!(&tsv[file.units[1].variants[1].span.clone()], "Çıkış");
    }

    #[test]
    fn errors() {
        let bad = parse("foo,bar\n1,2\n", FormatKind::Csv).err();
        assert!(matches!(
            bad,
            Some(FormatError {
                kind: FormatErrorKind::Syntax(_),
                line: 1,
                ..
            })
        ));
        let ragged = parse("en,tr\nHello,Merhaba\nOne,Bir,Extra\n", FormatKind::Csv).err();
        assert_eq!(ragged.map(|e| e.line), Some(3));
    }
}
