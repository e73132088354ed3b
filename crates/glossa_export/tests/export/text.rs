//! Markdown, TSV and JSON exports.

use crate::support::{PAYLOADS, sample4, xss};
use glossa_export::{ExportFormat, export};

fn render(doc: &glossa_export::ExportDocument, format: ExportFormat) -> String {
    String::from_utf8(export(doc, format).expect("export")).expect("utf-8")
}

#[test]
fn markdown_table_one_row_per_group() {
    let md = render(&sample4(), ExportFormat::Md);
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 2 + 6);
    assert_eq!(
        table[0],
        "| en (sample/en.md) | ru (sample/ru.md) | ja (sample/ja.md) | tr (sample/tr.md) | Findings |"
    );
    assert_eq!(table[1], "|---|---|---|---|---|");
    assert_eq!(
        table[4],
        "| The dispute concerns the **Southern Kurils**, which Tokyo calls the \"**Northern Territories**\". \
         | Спор касается **Южных Курил**, которые Токио называет «**Северными территориями**». \
         | 争点は**南クリル諸島**で、日本側はこれを「**北方領土**」と呼んでいる。 \
         | Anlaşmazlık, Tokyo'nun \"**Kuzey Toprakları**\" dediği **Güney Kuril Adaları'nı** kapsıyor. |  |"
    );
    assert!(table[6].ends_with(
        "| error N001 number-mismatch \\[ru\\]: число 1956 отсутствует, добавлено 1965<br>warning T003 deprecated-term \\[ru\\]: устаревший термин без года |"
    ));
    assert!(md.contains("- T002 forbidden-term: 1\n"));
    assert!(
        md.starts_with("# Russia–Japan peace treaty: review\n\nGenerated: 2019-01-17 12:00 UTC\n")
    );
}

#[test]
fn markdown_escapes_payloads() {
    let md = render(&xss(), ExportFormat::Md);
    let rows = md.lines().filter(|l| l.starts_with('|')).count();
    assert_eq!(rows, 2 + 7, "newlines or pipes broke the table");
    // The only raw tag is our own line break.
    assert_eq!(md.matches('<').count(), md.matches("<br>").count());
    for payload in PAYLOADS {
        assert!(!md.contains(payload));
    }
}

#[test]
fn tsv_one_line_per_group_with_escapes() {
    let mut doc = sample4();
    doc.rows[0].cells[1].text = "Заголовок\tс табуляцией\nи переводом строки".into();
    doc.rows[0].cells[1].highlights.clear();
    let tsv = render(&doc, ExportFormat::Tsv);
    let lines: Vec<&str> = tsv.lines().collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0], "en\tru\tja\ttr\tFindings");
    assert_eq!(
        lines[1],
        "Peace treaty talks resume\tЗаголовок\\tс табуляцией\\nи переводом строки\t平和条約交渉が再開\tBarış antlaşması görüşmeleri yeniden başladı\t"
    );
    assert!(lines[6].ends_with(
        "\terror S003 untranslated-sentence [tr]: Hedef cümle kaynak cümlenin aynısı.\\ninfo S004 low-confidence-alignment: Eşleme belirsiz."
    ));
    for line in &lines {
        assert_eq!(line.matches('\t').count(), 4, "{line}");
    }
    let xss_tsv = render(&xss(), ExportFormat::Tsv);
    assert_eq!(xss_tsv.lines().count(), 8);
}

#[test]
fn json_has_groups_terms_and_findings() {
    let json = render(&sample4(), ExportFormat::Json);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid json");
    assert_eq!(value["columns"][2]["lang"], "ja");
    assert_eq!(value["rows"].as_array().map(Vec::len), Some(6));
    let term = &value["rows"][3]["cells"][1]["highlights"][0];
    assert_eq!(term["concept"], "northern-territories");
    assert_eq!(term["status"], "forbidden");
    assert_eq!(term["flagged"], true);
    let start = term["range"]["start"].as_u64().unwrap_or(0) as usize;
    let end = term["range"]["end"].as_u64().unwrap_or(0) as usize;
    let text = value["rows"][3]["cells"][1]["text"].as_str().unwrap_or("");
    assert_eq!(&text[start..end], "Северных территорий");
    assert_eq!(value["rows"][3]["findings"][0]["code"], "T002");
    assert_eq!(value["rows"][5]["findings"][1].get("column"), None);
    assert!(value.get("labels").is_none());
    assert!(json.ends_with("}\n"));
    assert_eq!(json, render(&sample4(), ExportFormat::Json));
}

#[test]
fn degenerate_documents_export_in_every_format() {
    let empty = glossa_export::ExportDocument::default();
    let mut one = crate::support::sample(&[3]);
    // Mismatched input must not panic: extra cells, a bad finding column, a bad range.
    one.rows[0].cells.push(glossa_export::Cell::default());
    one.rows[1].findings.push(glossa_export::Finding {
        column: Some(9),
        ..Default::default()
    });
    one.rows[2].cells[0].highlights[0].range = 3..999;
    for format in ExportFormat::ALL {
        for doc in [&empty, &one] {
            let bytes = export(doc, format).expect("export");
            assert!(!bytes.is_empty(), "{format:?}");
        }
    }
    let html = render(&one, ExportFormat::Html);
    assert_eq!(html.matches("<td lang=tr").count(), 6);
}
