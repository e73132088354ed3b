//! HTML export: structure, escaping, determinism, size.

use std::collections::BTreeSet;

use crate::support::{PAYLOADS, large, sample, sample4, xss};
use glossa_export::{ExportFormat, export};

fn html(doc: &glossa_export::ExportDocument) -> String {
    let bytes = export(doc, ExportFormat::Html).expect("html export");
    String::from_utf8(bytes).expect("utf-8")
}

/// Every tag of the page outside `<style>`/`<script>` contents: (name, attribute names).
fn tags(page: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let gt = rest.find('>').expect("unclosed tag");
        let inner = &rest[..gt];
        rest = &rest[gt + 1..];
        let name: String = inner
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut a = inner[name.len()..].trim();
        while !a.is_empty() {
            let end = a.find(['=', ' ']).unwrap_or(a.len());
            attrs.push(a[..end].to_string());
            a = &a[end..];
            if let Some(v) = a.strip_prefix("=\"") {
                let close = v.find('"').expect("unclosed attribute");
                a = &v[close + 1..];
            } else if let Some(v) = a.strip_prefix('=') {
                // A bare value: only plain tokens are written unquoted.
                let end = v.find(' ').unwrap_or(v.len());
                assert!(
                    v[..end]
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b)),
                    "unsafe bare attribute value {v}"
                );
                a = &v[end..];
            }
            a = a.trim_start();
        }
        if name == "style" || name == "script" {
            let close = format!("</{name}>");
            let at = rest.find(&close).expect("raw text element closed");
            rest = &rest[at + close.len()..];
            out.push((format!("/{name}"), vec![]));
        }
        out.push((name, attrs));
    }
    out
}

const TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "section",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "code", "span",
    "mark", "div", "label", "input", "ul", "li", "script", "b", "small", "em",
];
const ATTRS: &[&str] = &[
    "lang",
    "class",
    "id",
    "style",
    "title",
    "data-c",
    "tabindex",
    "scope",
    "type",
    "charset",
    "http-equiv",
    "content",
    "name",
    "hidden",
    "html",
];

#[test]
fn four_language_page_structure() {
    let page = html(&sample4());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<title>Russia–Japan peace treaty: review</title>"));
    assert!(page.contains("<p class=\"meta\">Generated: 2019-01-17 12:00 UTC</p>"));
    for lang in ["en", "ru", "ja", "tr"] {
        // header + one cell per row
        assert_eq!(
            page.matches(&format!("<td lang={lang}")).count(),
            6,
            "{lang}"
        );
        assert!(page.contains(&format!(
            "<th scope=\"col\" lang=\"{lang}\">{lang}<span class=\"path\">sample/{lang}.md</span></th>"
        )));
    }
    assert_eq!(page.matches("<tr id=r").count(), 6);
    assert_eq!(page.matches("<mark class=t").count(), 28, "terms");
    assert!(page.contains("<td lang=ru class=hf>Москва заявляет, что передача <mark class=t"));
    assert!(page.contains("<tr id=r1 class=k-heading><td data-c=0.97>1<td lang=en>"));
    assert!(page.contains("<td class=fc>\n<tr id=r2>"));
    // terms: a style per status, the flagged one underlined
    let at = page.find("передача <mark class=t").expect("flagged term");
    let id: String = page[at + "передача <mark class=t".len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(page.contains(&format!("mark.sf,mark.t{id}{{")));
    assert!(page.contains(&format!("mark.fl,mark.t{id}{{")));
    assert!(page.contains("<th class=\"n\" scope=\"col\" title=\"alignment confidence\">#</th>"));
    assert!(page.contains("<tr id=r4 class=\"f e\" tabindex=-1>"));
    assert!(page.contains("<tr id=r6 class=\"f e lc\" tabindex=-1>"));
    assert!(page.contains(
        "<li class=e><b>error</b> <code>T002</code> <small>forbidden-term</small> \
         <em>ru</em>: запрещённый термин «Северных территорий»; используйте «Южные Курилы»</li>"
    ));
    assert!(page.contains(
        "<li class=i><b>info</b> <code>S004</code> <small>low-confidence-alignment</small> Eşleme belirsiz.</li>"
    ));
    // summary: per check, per language, whole row, per severity
    assert!(
        page.contains(
            "<tr><th><code>T002</code> <small>forbidden-term</small></th><td>1</td></tr>"
        )
    );
    assert!(page.contains("<tr><th lang=\"ru\">ru</th><td>3</td></tr><tr><th lang=\"ja\">ja</th><td>0</td></tr><tr><th lang=\"tr\">tr</th><td>1</td></tr>"));
    assert!(page.contains("<tr><th>whole row</th><td>1</td></tr>"));
    assert!(page.contains("<tr class=\"e\"><th>error</th><td>3</td></tr>"));
    // tooltips stored once, with the status
    assert!(page.contains(">southern-kurils · en: Southern Kurils · ru: Южные Курилы · ja: 南クリル諸島 · tr: Güney Kuril Adaları · preferred</span>"));
    // filter, keys, print, sticky header, Japanese fonts
    assert!(page.contains("<input type=\"checkbox\" id=\"only-f\"> Show only rows with findings"));
    assert!(page.contains("#grid.only-f tbody tr:not(.f){display:none}"));
    assert!(page.contains("@page{size:A4 landscape"));
    assert!(page.contains("break-inside:avoid"));
    assert!(page.contains("position:sticky"));
    assert!(page.contains(":lang(ja){font-family:"));
    assert!(page.contains("j or n = next finding"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no external reference"
    );
}

#[test]
fn two_language_page_and_no_findings() {
    let mut doc = sample(&[0, 2]);
    let page = html(&doc);
    assert_eq!(page.matches("<td lang=ja>").count(), 6);
    assert!(!page.contains("lang=\"ru\""));
    assert!(page.contains("<col style=\"width:39.00%\">"));
    for row in &mut doc.rows {
        row.findings.clear();
    }
    doc.labels.no_findings = "Замечаний нет".into();
    let page = html(&doc);
    assert!(page.contains("<p>Замечаний нет</p>"));
    assert!(!page.contains("class=\"f "));
}

#[test]
fn xss_payloads_in_every_field_stay_text() {
    let doc = xss();
    let page = html(&doc);
    for payload in PAYLOADS {
        assert!(!page.contains(payload), "raw payload: {payload}");
    }
    assert!(
        !page.contains("<img")
            && !page.contains("<svg")
            && !page.contains("<b ")
            && !page.contains("<!--")
    );
    assert!(page.contains("&lt;script&gt;document.documentElement.setAttribute(&#39;data-pwned&#39;,&#39;script&#39;)&lt;/script&gt;"));
    let tags = tags(&page);
    let names: BTreeSet<&str> = tags
        .iter()
        .map(|(n, _)| n.trim_start_matches('/'))
        .collect();
    for name in &names {
        assert!(TAGS.contains(name), "unexpected tag <{name}>");
    }
    for (name, attrs) in &tags {
        for attr in attrs {
            assert!(
                ATTRS.contains(&attr.as_str()),
                "unexpected attribute {attr} on <{name}>"
            );
        }
    }
    assert_eq!(tags.iter().filter(|(n, _)| n == "script").count(), 1);
    // the payload row is there, as text, in every column
    assert_eq!(page.matches("went on. &quot;&gt;&lt;img").count(), 1);
    assert_eq!(
        page.matches("&lt;/textarea&gt;").count(),
        page.matches("&lt;b id=injected&gt;").count()
    );
}

#[test]
fn same_document_same_bytes() {
    let doc = xss();
    assert_eq!(html(&doc), html(&doc.clone()));
}

#[test]
fn five_thousand_rows_stay_under_5_mb() {
    let doc = large(5000);
    let page = html(&doc);
    assert_eq!(page.matches("<tr id=r").count(), 5000);
    assert!(page.len() < 5_000_000, "{} bytes", page.len());
}
