//! Plain-text forms shared by the text and spreadsheet exports.

use crate::model::{ExportDocument, Finding};

/// One finding on one line: `error T002 forbidden-term [ru]: message`.
pub fn finding_line(doc: &ExportDocument, f: &Finding) -> String {
    let mut line = format!("{} {} {}", doc.labels.severity(&f.severity), f.code, f.name);
    if let Some(column) = doc.finding_column(f) {
        line.push_str(" [");
        line.push_str(&column.lang);
        line.push(']');
    }
    line.push_str(": ");
    line.push_str(&f.message);
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Column;

    #[test]
    fn finding_with_and_without_column() {
        let doc = ExportDocument {
            columns: vec![Column {
                lang: "ru".into(),
                path: "ru.md".into(),
            }],
            ..ExportDocument::default()
        };
        let mut f = Finding {
            code: "T002".into(),
            name: "forbidden-term".into(),
            severity: "error".into(),
            message: "запрещённый термин «Северные территории»".into(),
            column: Some(0),
        };
        assert_eq!(
            finding_line(&doc, &f),
            "error T002 forbidden-term [ru]: запрещённый термин «Северные территории»"
        );
        f.column = None;
        assert_eq!(
            finding_line(&doc, &f),
            "error T002 forbidden-term: запрещённый термин «Северные территории»"
        );
    }
}
