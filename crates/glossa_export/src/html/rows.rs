//! One table row per aligned group: number, a cell per language, findings.

use super::severity_class;
use super::tips::Tips;
use crate::escape::{class_token, push_attr_value, push_escaped};
use crate::labels::Labels;
use crate::model::{Cell, ExportDocument, Finding, Row};
use crate::spans::{Span, spans};
use crate::summary::severity_rank;

/// Rows whose alignment confidence is below this are marked.
const LOW_CONFIDENCE: f32 = 0.5;

/// Appends row `number` (1-based). Rows with findings get class `f` plus the
/// worst severity (`e`/`w`/`i`) and are focusable for keyboard navigation.
/// To keep 5,000-row pages small, generated tokens are unquoted and the
/// optional `</td>` and `</tr>` end tags are left out (valid HTML).
pub fn render(out: &mut String, doc: &ExportDocument, number: usize, row: &Row, tips: &mut Tips) {
    let mut classes: Vec<&str> = Vec::new();
    if let Some(worst) = row
        .findings
        .iter()
        .min_by_key(|f| severity_rank(&f.severity))
    {
        classes.push("f");
        classes.push(severity_class(&worst.severity));
    }
    let kind_class = row
        .block_kind
        .as_deref()
        .and_then(class_token)
        .map(|k| format!("k-{k}"));
    if let Some(k) = &kind_class {
        classes.push(k);
    }
    if row.confidence.is_some_and(|c| c < LOW_CONFIDENCE) {
        classes.push("lc");
    }
    out.push_str("<tr id=r");
    out.push_str(&number.to_string());
    match classes.as_slice() {
        [] => {}
        [one] => {
            out.push_str(" class=");
            out.push_str(one);
        }
        many => {
            out.push_str(" class=\"");
            out.push_str(&many.join(" "));
            out.push('"');
        }
    }
    if !row.findings.is_empty() {
        out.push_str(" tabindex=-1");
    }
    out.push_str("><td");
    if let Some(c) = row.confidence {
        out.push_str(&format!(" data-c={c:.2}"));
    }
    out.push('>');
    out.push_str(&number.to_string());
    let empty = Cell::default();
    for (i, column) in doc.columns.iter().enumerate() {
        out.push_str("<td lang=");
        push_attr_value(out, &column.lang);
        if row.findings.iter().any(|f| f.column == Some(i)) {
            out.push_str(" class=hf");
        }
        out.push('>');
        cell_text(out, row.cell(i).unwrap_or(&empty), &doc.labels, tips);
    }
    out.push_str("<td class=fc>");
    if !row.findings.is_empty() {
        out.push_str("<ul>");
        for f in &row.findings {
            finding(out, doc, f);
        }
        out.push_str("</ul>");
    }
    out.push('\n');
}

/// The cell's text with its terms as `<mark class=tN>` (see [`Tips`]).
fn cell_text(out: &mut String, cell: &Cell, labels: &Labels, tips: &mut Tips) {
    for span in spans(cell) {
        match span {
            Span::Plain(text) => push_escaped(out, text),
            Span::Term(text, h) => {
                out.push_str("<mark class=t");
                out.push_str(&tips.id(h, labels).to_string());
                out.push('>');
                push_escaped(out, text);
                out.push_str("</mark>");
            }
        }
    }
}

/// `<li class=SEV><b>severity</b> <code>CODE</code> <small>name</small> <em>lang</em>: message</li>`
fn finding(out: &mut String, doc: &ExportDocument, f: &Finding) {
    out.push_str("<li class=");
    out.push_str(severity_class(&f.severity));
    out.push_str("><b>");
    push_escaped(out, doc.labels.severity(&f.severity));
    out.push_str("</b> <code>");
    push_escaped(out, &f.code);
    out.push_str("</code> <small>");
    push_escaped(out, &f.name);
    out.push_str("</small> ");
    if let Some(column) = doc.finding_column(f) {
        out.push_str("<em>");
        push_escaped(out, &column.lang);
        out.push_str("</em>: ");
    }
    push_escaped(out, &f.message);
    out.push_str("</li>");
}
