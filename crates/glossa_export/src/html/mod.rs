//! Self-contained HTML page: summary, filter, side-by-side table.

mod csp;
mod rows;
mod summary;
mod tips;

use crate::escape::push_escaped;
use crate::labels::Labels;
use crate::model::ExportDocument;
use crate::summary::severity_rank;
use tips::Tips;

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// Renders `doc` as one HTML page with no external references.
pub fn render(doc: &ExportDocument) -> String {
    let mut out = String::with_capacity(4096 + doc.rows.len() * 1024);
    let labels = &doc.labels;
    let mut tips = Tips::default();
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
    summary::render(&mut out, doc);
    controls(&mut out, labels);
    out.push_str("<table id=\"grid\">\n");
    colgroup(&mut out, doc);
    header(&mut out, doc);
    out.push_str("<tbody>\n");
    for (i, row) in doc.rows.iter().enumerate() {
        rows::render(&mut out, doc, i + 1, row, &mut tips);
    }
    out.push_str("</tbody>\n</table>\n");
    tips.render(&mut out);
    out.push_str("<script>");
    out.push_str(JS);
    out.push_str("</script>\n</body>\n</html>\n");
    let mut page = String::with_capacity(out.len() + CSS.len() + 1024);
    head(&mut page, doc, &tips);
    page.push_str(&out);
    page
}

/// Short class of a severity (`e`, `w`, `i`; `o` for any other).
fn severity_class(severity: &str) -> &'static str {
    ["e", "w", "i", "o"][usize::from(severity_rank(severity).min(3))]
}

/// Short class of a term status (`sp`, `sa`, `sd`, `sf`; `so` for any other).
fn status_class(status: &str) -> &'static str {
    match status {
        "preferred" => "sp",
        "admitted" => "sa",
        "deprecated" => "sd",
        "forbidden" => "sf",
        _ => "so",
    }
}

fn head(out: &mut String, doc: &ExportDocument, tips: &Tips) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    push_escaped(out, &doc.labels.ui_lang);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.push_str(&csp::policy(JS));
    out.push_str("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"glossa\">\n<title>");
    push_escaped(out, &doc.title);
    out.push_str("</title>\n<style>\n");
    out.push_str(&tips.style(CSS));
    grid_columns(out, doc);
    out.push_str("</style>\n</head>\n");
}

fn controls(out: &mut String, labels: &Labels) {
    out.push_str("<div class=\"controls\"><label><input type=\"checkbox\" id=\"only-f\"> ");
    push_escaped(out, &labels.only_findings);
    out.push_str("</label><span class=\"keys\">");
    push_escaped(out, &labels.keyboard_help);
    out.push_str("</span></div>\n");
}

/// Column widths for print (table layout): languages share 78%, findings get the rest.
fn colgroup(out: &mut String, doc: &ExportDocument) {
    let width = 78.0 / doc.columns.len().max(1) as f64;
    out.push_str("<colgroup><col style=\"width:3.5em\">");
    for _ in 0..doc.columns.len() {
        out.push_str(&format!("<col style=\"width:{width:.2}%\">"));
    }
    out.push_str("<col></colgroup>\n");
}

/// The grid columns of a row on screen: rows are CSS grids so that
/// off-screen rows skip style and layout (`content-visibility`).
fn grid_columns(out: &mut String, doc: &ExportDocument) {
    let n = doc.columns.len();
    out.push_str(&format!(
        "#grid{{--grid-cols:3.5em repeat({n},minmax(0,1fr)) minmax(0,{:.2}fr)}}\n",
        n.max(1) as f64 * 0.28
    ));
}

fn header(out: &mut String, doc: &ExportDocument) {
    out.push_str("<thead><tr><th class=\"n\" scope=\"col\" title=\"");
    push_escaped(out, &doc.labels.confidence);
    out.push_str("\">");
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The inline script and style are raw text: they must never contain
    /// something the HTML parser would read as a tag, comment or end tag.
    #[test]
    fn inline_assets_have_no_markup() {
        for asset in [CSS, JS] {
            for (i, _) in asset.match_indices('<') {
                let next = asset[i + 1..].chars().next().unwrap_or(' ');
                assert!(
                    !(next.is_ascii_alphabetic() || next == '/' || next == '!'),
                    "markup-like text at byte {i}"
                );
            }
            assert!(!asset.contains("http://") && !asset.contains("https://"));
        }
    }
}
