//! TSV: a header line and one line per group; tabs, newlines and backslashes escaped.

use crate::model::ExportDocument;
use crate::plain::finding_line;

/// Renders `doc` as TSV: one column per language plus the findings.
pub fn render(doc: &ExportDocument) -> String {
    let mut out = String::with_capacity(256 + doc.rows.len() * 512);
    let mut fields: Vec<String> = doc.columns.iter().map(|c| escape(&c.lang)).collect();
    fields.push(escape(&doc.labels.findings));
    out.push_str(&fields.join("\t"));
    out.push('\n');
    for row in &doc.rows {
        fields.clear();
        fields.extend((0..doc.columns.len()).map(|i| escape(row.text(i))));
        let findings: Vec<String> = row.findings.iter().map(|f| finding_line(doc, f)).collect();
        fields.push(escape(&findings.join("\n")));
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// Escapes one field: `\` → `\\`, tab → `\t`, newline → `\n`, carriage return → `\r`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_separators() {
        assert_eq!(
            escape("Курилы\tКурилы\nyeni\\satır\r"),
            "Курилы\\tКурилы\\nyeni\\\\satır\\r"
        );
        assert_eq!(escape("北方領土"), "北方領土");
    }
}
