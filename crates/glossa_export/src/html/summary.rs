//! The summary box: row counts, findings per severity, check and language, legend.

use super::{severity_class, status_class};
use crate::escape::push_escaped;
use crate::labels::Labels;
use crate::model::ExportDocument;
use crate::summary::summarize;

/// Appends the summary section of `doc`.
pub fn render(out: &mut String, doc: &ExportDocument) {
    let labels = &doc.labels;
    let s = summarize(doc);
    out.push_str("<section class=\"summary\">\n<h2>");
    push_escaped(out, &labels.summary);
    out.push_str("</h2>\n<table><tbody>");
    count_row(out, "", None, &labels.rows, s.rows);
    count_row(
        out,
        "",
        None,
        &labels.rows_with_findings,
        s.rows_with_findings,
    );
    out.push_str("</tbody></table>\n");
    if s.by_check.is_empty() {
        out.push_str("<p>");
        push_escaped(out, &labels.no_findings);
        out.push_str("</p>\n");
    } else {
        caption_table(out, &labels.by_severity);
        for (severity, n) in &s.by_severity {
            count_row(
                out,
                severity_class(severity),
                None,
                labels.severity(severity),
                *n,
            );
        }
        out.push_str("</tbody></table>\n");
        caption_table(out, &labels.by_check);
        for ((code, name), n) in &s.by_check {
            out.push_str("<tr><th><code>");
            push_escaped(out, code);
            out.push_str("</code> <small>");
            push_escaped(out, name);
            out.push_str("</small></th><td>");
            out.push_str(&n.to_string());
            out.push_str("</td></tr>");
        }
        out.push_str("</tbody></table>\n");
        caption_table(out, &labels.by_language);
        for (column, n) in doc.columns.iter().zip(&s.by_column) {
            count_row(out, "", Some(&column.lang), &column.lang, *n);
        }
        if s.whole_row > 0 {
            count_row(out, "", None, &labels.whole_row, s.whole_row);
        }
        out.push_str("</tbody></table>\n");
    }
    legend(out, labels);
    out.push_str("</section>\n");
}

fn caption_table(out: &mut String, caption: &str) {
    out.push_str("<table><caption>");
    push_escaped(out, caption);
    out.push_str("</caption><tbody>");
}

fn count_row(out: &mut String, class: &str, lang: Option<&str>, name: &str, n: usize) {
    out.push_str("<tr");
    if !class.is_empty() {
        out.push_str(" class=\"");
        out.push_str(class);
        out.push('"');
    }
    out.push_str("><th");
    if let Some(lang) = lang {
        out.push_str(" lang=\"");
        push_escaped(out, lang);
        out.push('"');
    }
    out.push('>');
    push_escaped(out, name);
    out.push_str("</th><td>");
    out.push_str(&n.to_string());
    out.push_str("</td></tr>");
}

fn legend(out: &mut String, labels: &Labels) {
    out.push_str("<p class=\"legend\">");
    push_escaped(out, &labels.legend);
    out.push_str(": ");
    for status in ["preferred", "admitted", "deprecated", "forbidden"] {
        out.push_str("<mark class=\"");
        out.push_str(status_class(status));
        out.push_str("\">");
        push_escaped(out, labels.status(status));
        out.push_str("</mark>");
    }
    out.push_str("<mark class=\"fl\">");
    push_escaped(out, &labels.flagged);
    out.push_str("</mark></p>\n");
}
