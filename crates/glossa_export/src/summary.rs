//! Finding counts shown at the top of the HTML and Markdown exports.

use std::collections::BTreeMap;

use crate::model::ExportDocument;

/// Counts of findings, in a deterministic order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Number of rows.
    pub rows: usize,
    /// Number of rows with at least one finding.
    pub rows_with_findings: usize,
    /// `(code, name)` → count, ordered by code.
    pub by_check: BTreeMap<(String, String), usize>,
    /// Findings per column index (same length as the document's columns).
    pub by_column: Vec<usize>,
    /// Findings not attached to a (valid) column.
    pub whole_row: usize,
    /// Count per severity, in the order error, warning, info, then others by name.
    pub by_severity: Vec<(String, usize)>,
}

/// Rank of a severity for sorting (most severe first).
pub fn severity_rank(severity: &str) -> u8 {
    match severity {
        "error" => 0,
        "warning" => 1,
        "info" => 2,
        _ => 3,
    }
}

/// Counts the findings of `doc`.
pub fn summarize(doc: &ExportDocument) -> Summary {
    let mut summary = Summary {
        rows: doc.rows.len(),
        by_column: vec![0; doc.columns.len()],
        ..Summary::default()
    };
    let mut severities: BTreeMap<(u8, &str), usize> = BTreeMap::new();
    for row in &doc.rows {
        if !row.findings.is_empty() {
            summary.rows_with_findings += 1;
        }
        for f in &row.findings {
            *summary
                .by_check
                .entry((f.code.clone(), f.name.clone()))
                .or_insert(0) += 1;
            match f.column.and_then(|i| summary.by_column.get_mut(i)) {
                Some(n) => *n += 1,
                None => summary.whole_row += 1,
            }
            *severities
                .entry((severity_rank(&f.severity), f.severity.as_str()))
                .or_insert(0) += 1;
        }
    }
    summary.by_severity = severities
        .into_iter()
        .map(|((_, name), n)| (name.to_string(), n))
        .collect();
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, Finding, Row};

    fn finding(code: &str, severity: &str, column: Option<usize>) -> Finding {
        Finding {
            code: code.into(),
            name: format!("{code}-name"),
            severity: severity.into(),
            message: "Сообщение".into(),
            column,
        }
    }

    #[test]
    fn counts_per_check_column_and_severity() {
        let doc = ExportDocument {
            columns: vec![
                Column {
                    lang: "en".into(),
                    path: "en.md".into(),
                },
                Column {
                    lang: "ja".into(),
                    path: "ja.md".into(),
                },
            ],
            rows: vec![
                Row {
                    findings: vec![
                        finding("T002", "error", Some(1)),
                        finding("S004", "info", None),
                    ],
                    ..Row::default()
                },
                Row::default(),
                Row {
                    findings: vec![
                        finding("T002", "error", Some(1)),
                        finding("N001", "warning", Some(9)),
                    ],
                    ..Row::default()
                },
            ],
            ..ExportDocument::default()
        };
        let s = summarize(&doc);
        assert_eq!(s.rows, 3);
        assert_eq!(s.rows_with_findings, 2);
        let checks: Vec<_> = s
            .by_check
            .iter()
            .map(|((c, _), n)| (c.as_str(), *n))
            .collect();
        assert_eq!(checks, vec![("N001", 1), ("S004", 1), ("T002", 2)]);
        assert_eq!(s.by_column, vec![0, 2]);
        assert_eq!(s.whole_row, 2);
        assert_eq!(
            s.by_severity,
            vec![
                ("error".to_string(), 2),
                ("warning".to_string(), 1),
                ("info".to_string(), 1)
            ]
        );
    }
}
