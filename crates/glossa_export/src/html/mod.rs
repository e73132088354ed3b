//! Self-contained HTML page: summary, filter, side-by-side table.

mod tips;

use crate::escape::{class_token, push_escaped};
use crate::labels::Labels;
use crate::model::{Cell, ExportDocument, Finding, Row};
use crate::spans::{Span, spans};
use crate::summary::{Summary, severity_rank, summarize};
use tips::Tips;

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");
/// Blocks every network fetch; only the page's own inline style and script run.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
/// Rows whose alignment confidence is below this are marked.
const LOW_CONFIDENCE: f32 = 0.5;

/// Renders `doc` as one HTML page with no external references.
pub fn render(doc: &ExportDocument) -> String {
    let mut out = String::with_capacity(4096 + doc.rows.len() * 1024);
    let labels = &doc.labels;
    let mut tips = Tips::default();
    head(&mut out, doc);
    out.push_str("<body>\n<h1>");
    push_escaped(&mut out, &doc.title);
    out.push_str("</h1>\n");
    if let Some(generated) = &doc.generated {
        out.push_str("<p class=\"meta\">");
        push_escaped(&mut out, &labels.generated);
        out.push_str(": ");
        push_escaped(&mut out, generated);
        out.push_str("</p>\n");
    }
    summary(&mut out, doc, &summarize(doc));
    controls(&mut out, labels);
    out.push_str("<table id=\"grid\">\n");
    colgroup(&mut out, doc);
    header(&mut out, doc);
    out.push_str("<tbody>\n");
    for (i, row) in doc.rows.iter().enumerate() {
        table_row(&mut out, doc, i + 1, row, &mut tips);
    }
    out.push_str("</tbody>\n</table>\n");
    tips.render(&mut out);
    out.push_str("<script>");
    out.push_str(JS);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

fn head(out: &mut String, doc: &ExportDocument) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    push_escaped(out, &doc.labels.ui_lang);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.push_str(CSP);
    out.push_str("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"glossa\">\n<title>");
    push_escaped(out, &doc.title);
    out.push_str("</title>\n<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n");
}

fn summary(out: &mut String, doc: &ExportDocument, s: &Summary) {
    let labels = &doc.labels;
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
            let class = class_token(severity).map(|c| format!("sev-{c}"));
            count_row(
                out,
                class.as_deref().unwrap_or(""),
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
            out.push_str("</code> <span class=\"nm\">");
            push_escaped(out, name);
            out.push_str("</span></th><td>");
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
        out.push_str("<mark class=\"s-");
        out.push_str(status);
        out.push_str("\">");
        push_escaped(out, labels.status(status));
        out.push_str("</mark>");
    }
    out.push_str("<mark class=\"fl\">");
    push_escaped(out, &labels.flagged);
    out.push_str("</mark></p>\n");
}

fn controls(out: &mut String, labels: &Labels) {
    out.push_str("<div class=\"controls\"><label><input type=\"checkbox\" id=\"only-f\"> ");
    push_escaped(out, &labels.only_findings);
    out.push_str("</label><span class=\"keys\">");
    push_escaped(out, &labels.keyboard_help);
    out.push_str("</span></div>\n");
}

fn colgroup(out: &mut String, doc: &ExportDocument) {
    let n = doc.columns.len().max(1);
    // Language columns share 78% of the width, findings get the rest.
    let width = 78.0 / n as f64;
    out.push_str("<colgroup><col style=\"width:3.5em\">");
    for _ in 0..doc.columns.len() {
        out.push_str(&format!("<col style=\"width:{width:.2}%\">"));
    }
    out.push_str("<col></colgroup>\n");
}

fn header(out: &mut String, doc: &ExportDocument) {
    out.push_str("<thead><tr><th class=\"n\" scope=\"col\">");
    push_escaped(out, &doc.labels.row);
    out.push_str("</th>");
    for column in &doc.columns {
        out.push_str("<th scope=\"col\" lang=\"");
        push_escaped(out, &column.lang);
        out.push_str("\">");
        push_escaped(out, &column.lang);
        out.push_str("<span class=\"path\">");
        push_escaped(out, &column.path);
        out.push_str("</span></th>");
    }
    out.push_str("<th scope=\"col\">");
    push_escaped(out, &doc.labels.findings);
    out.push_str("</th></tr></thead>\n");
}

fn table_row(out: &mut String, doc: &ExportDocument, number: usize, row: &Row, tips: &mut Tips) {
    let labels = &doc.labels;
    let mut classes: Vec<&str> = Vec::new();
    if let Some(worst) = row
        .findings
        .iter()
        .map(|f| severity_rank(&f.severity))
        .min()
    {
        classes.push("f");
        classes.push(["e", "w", "i", "o"][usize::from(worst.min(3))]);
    }
    let kind = row.block_kind.as_deref().and_then(class_token);
    let kind_class = kind.map(|k| format!("k-{k}"));
    if let Some(k) = &kind_class {
        classes.push(k);
    }
    if row.confidence.is_some_and(|c| c < LOW_CONFIDENCE) {
        classes.push("lc");
    }
    out.push_str("<tr id=\"r");
    out.push_str(&number.to_string());
    out.push('"');
    if !classes.is_empty() {
        out.push_str(" class=\"");
        out.push_str(&classes.join(" "));
        out.push('"');
    }
    if !row.findings.is_empty() {
        out.push_str(" tabindex=\"-1\"");
    }
    out.push_str("><td class=\"n\"");
    if let Some(c) = row.confidence {
        out.push_str(" title=\"");
        push_escaped(out, &labels.confidence);
        out.push_str(&format!(" {c:.2}\""));
    }
    out.push('>');
    out.push_str(&number.to_string());
    out.push_str("</td>");
    let empty = Cell::default();
    for (i, column) in doc.columns.iter().enumerate() {
        let cell = row.cell(i).unwrap_or(&empty);
        out.push_str("<td lang=\"");
        push_escaped(out, &column.lang);
        out.push('"');
        if row.findings.iter().any(|f| f.column == Some(i)) {
            out.push_str(" class=\"hf\"");
        }
        out.push('>');
        cell_text(out, cell, labels, tips);
        out.push_str("</td>");
    }
    out.push_str("<td class=\"fc\">");
    if !row.findings.is_empty() {
        out.push_str("<ul>");
        for f in &row.findings {
            finding(out, doc, f);
        }
        out.push_str("</ul>");
    }
    out.push_str("</td></tr>\n");
}

fn cell_text(out: &mut String, cell: &Cell, labels: &Labels, tips: &mut Tips) {
    for span in spans(cell) {
        match span {
            Span::Plain(text) => push_escaped(out, text),
            Span::Term(text, h) => {
                let status = class_token(&h.status).unwrap_or("other");
                out.push_str("<mark class=\"s-");
                out.push_str(status);
                if h.flagged {
                    out.push_str(" fl");
                }
                out.push_str("\" aria-describedby=\"t");
                out.push_str(&tips.id(h, labels).to_string());
                out.push_str("\">");
                push_escaped(out, text);
                out.push_str("</mark>");
            }
        }
    }
}

fn finding(out: &mut String, doc: &ExportDocument, f: &Finding) {
    let labels = &doc.labels;
    out.push_str("<li");
    if let Some(sev) = class_token(&f.severity) {
        out.push_str(" class=\"sev-");
        out.push_str(sev);
        out.push('"');
    }
    out.push_str("><span class=\"sev\">");
    push_escaped(out, labels.severity(&f.severity));
    out.push_str("</span> <code>");
    push_escaped(out, &f.code);
    out.push_str("</code> <span class=\"nm\">");
    push_escaped(out, &f.name);
    out.push_str("</span> ");
    if let Some(column) = doc.finding_column(f) {
        out.push_str("<span class=\"col\">");
        push_escaped(out, &column.lang);
        out.push_str("</span>: ");
    }
    push_escaped(out, &f.message);
    out.push_str("</li>");
}
