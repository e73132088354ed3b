//! Markdown: a title, a summary list and one GFM table (one row per group).

use crate::model::{Cell, ExportDocument};
use crate::plain::finding_line;
use crate::spans::{Span, spans};
use crate::summary::summarize;

/// Renders `doc` as Markdown. Only the table's lines start with `|`.
pub fn render(doc: &ExportDocument) -> String {
    let labels = &doc.labels;
    let mut out = String::with_capacity(1024 + doc.rows.len() * 512);
    out.push_str("# ");
    out.push_str(&escape(&doc.title));
    out.push_str("\n\n");
    if let Some(generated) = &doc.generated {
        out.push_str(&format!(
            "{}: {}\n\n",
            escape(&labels.generated),
            escape(generated)
        ));
    }
    let s = summarize(doc);
    out.push_str(&format!("## {}\n\n", escape(&labels.summary)));
    out.push_str(&format!("- {}: {}\n", escape(&labels.rows), s.rows));
    out.push_str(&format!(
        "- {}: {}\n",
        escape(&labels.rows_with_findings),
        s.rows_with_findings
    ));
    if s.by_check.is_empty() {
        out.push_str(&format!("- {}\n", escape(&labels.no_findings)));
    }
    for ((code, name), n) in &s.by_check {
        out.push_str(&format!("- {} {}: {n}\n", escape(code), escape(name)));
    }
    for (column, n) in doc.columns.iter().zip(&s.by_column) {
        if *n > 0 {
            out.push_str(&format!("- {}: {n}\n", escape(&column.lang)));
        }
    }
    out.push('\n');
    out.push('|');
    for column in &doc.columns {
        out.push_str(&format!(
            " {} ({}) |",
            escape(&column.lang),
            escape(&column.path)
        ));
    }
    out.push_str(&format!(" {} |\n|", escape(&labels.findings)));
    out.push_str(&"---|".repeat(doc.columns.len() + 1));
    out.push('\n');
    let empty = Cell::default();
    for row in &doc.rows {
        out.push('|');
        for i in 0..doc.columns.len() {
            out.push(' ');
            cell(&mut out, row.cell(i).unwrap_or(&empty));
            out.push_str(" |");
        }
        let findings: Vec<String> = row
            .findings
            .iter()
            .map(|f| escape(&finding_line(doc, f)))
            .collect();
        out.push(' ');
        out.push_str(&findings.join("<br>"));
        out.push_str(" |\n");
    }
    out
}

/// A cell with its glossary terms in bold.
fn cell(out: &mut String, cell: &Cell) {
    for span in spans(cell) {
        match span {
            Span::Plain(text) => out.push_str(&escape(text)),
            Span::Term(text, _) => {
                out.push_str("**");
                out.push_str(&escape(text));
                out.push_str("**");
            }
        }
    }
}

/// Escapes text for a GFM table cell: Markdown punctuation gets a backslash,
/// `< > &` become entities (no raw HTML), newlines become `<br>`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(ch);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("<br>");
                }
            }
            '\n' => out.push_str("<br>"),
            '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_pipes_newlines_and_markup() {
        assert_eq!(escape("a | b\nc"), "a \\| b<br>c");
        assert_eq!(escape("x\r\ny"), "x<br>y");
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            escape("**Южные** _Курилы_"),
            "\\*\\*Южные\\*\\* \\_Курилы\\_"
        );
        assert_eq!(escape("Japonya'nın [2] #1"), "Japonya'nın \\[2\\] \\#1");
    }
}
