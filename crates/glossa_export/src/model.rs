//! The format-neutral document every exporter renders.

use serde::Serialize;
use std::ops::Range;

use crate::labels::Labels;

/// A side-by-side document: one row per aligned group, one column per language.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ExportDocument {
    /// Document title (shown as the page heading, the sheet name, ...).
    pub title: String,
    /// The languages, in display order; the first one is the source.
    pub columns: Vec<Column>,
    /// One row per aligned group.
    pub rows: Vec<Row>,
    /// UI strings, already localized by the caller.
    #[serde(skip)]
    pub labels: Labels,
    /// Human-readable generation timestamp; `None` omits it (deterministic output).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    /// TMX `creationdate` (`YYYYMMDDThhmmssZ`, see [`crate::tmx_date`]); `None` omits it.
    #[serde(skip)]
    pub tmx_date: Option<String>,
}

/// One language column: its BCP 47 tag and the file it came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Column {
    /// BCP 47 language tag (`en`, `ru`, `ja`, `tr`, ...).
    pub lang: String,
    /// Path of the source file, as the user gave it.
    pub path: String,
}

/// One aligned group.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Row {
    /// One cell per column (missing cells render empty, extra cells are ignored).
    pub cells: Vec<Cell>,
    /// Findings of the checks on this group.
    pub findings: Vec<Finding>,
    /// Alignment confidence in `0.0..=1.0`, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    /// Markdown block kind (`heading`, `quote`, `list`, ...), used for styling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_kind: Option<String>,
}

/// The text of one language in one group, with its glossary terms.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Cell {
    /// Original text (several sentences when the group joins them).
    pub text: String,
    /// Glossary terms found in `text`.
    pub highlights: Vec<Highlight>,
}

/// A glossary term found in a cell.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Highlight {
    /// Byte range in `Cell::text`; invalid or overlapping ranges are not highlighted.
    pub range: Range<usize>,
    /// Concept id (`southern-kurils`).
    pub concept: String,
    /// Term status: `preferred`, `admitted`, `deprecated` or `forbidden`.
    pub status: String,
    /// Tooltip text (concept id and the preferred term in each language).
    pub tooltip: String,
    /// Whether the term is part of a finding.
    pub flagged: bool,
}

/// A check finding on a row.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Finding {
    /// Stable check code (`T002`).
    pub code: String,
    /// Kebab-case check name (`forbidden-term`).
    pub name: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// Localized message.
    pub message: String,
    /// Index of the column the finding is about, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Row {
    /// The cell of column `index`, or `None` when the row has fewer cells.
    pub fn cell(&self, index: usize) -> Option<&Cell> {
        self.cells.get(index)
    }

    /// The text of column `index` (empty when missing).
    pub fn text(&self, index: usize) -> &str {
        self.cell(index).map_or("", |c| c.text.as_str())
    }
}

impl ExportDocument {
    /// The column a finding points at, if its index is valid.
    pub fn finding_column(&self, finding: &Finding) -> Option<&Column> {
        finding.column.and_then(|i| self.columns.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_cells_read_as_empty() {
        let row = Row {
            cells: vec![Cell {
                text: "Переговоры продолжились.".into(),
                highlights: vec![],
            }],
            ..Row::default()
        };
        assert_eq!(row.text(0), "Переговоры продолжились.");
        assert_eq!(row.text(3), "");
    }

    #[test]
    fn finding_column_ignores_bad_index() {
        let doc = ExportDocument {
            columns: vec![Column {
                lang: "tr".into(),
                path: "tr.md".into(),
            }],
            ..ExportDocument::default()
        };
        let good = Finding {
            column: Some(0),
            ..Finding::default()
        };
        let bad = Finding {
            column: Some(7),
            ..Finding::default()
        };
        assert_eq!(
            doc.finding_column(&good).map(|c| c.lang.as_str()),
            Some("tr")
        );
        assert!(doc.finding_column(&bad).is_none());
    }
}
