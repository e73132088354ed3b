//! XLSX export read back with calamine (cells) and zip (bold terms, frozen header).

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};

use crate::support::{sample, sample4, xss};
use glossa_export::{ExportFormat, export};

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut file = zip.by_name(name).expect("part");
    let mut text = String::new();
    file.read_to_string(&mut text).expect("utf-8");
    text
}

fn cell_text(range: &calamine::Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => panic!("unexpected cell {other:?}"),
    }
}

#[test]
fn cells_read_back_with_calamine() {
    let doc = sample4();
    let bytes = export(&doc, ExportFormat::Xlsx).expect("xlsx");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).expect("open xlsx");
    assert_eq!(book.sheet_names(), vec!["Side by side".to_string()]);
    let range = book.worksheet_range("Side by side").expect("sheet");
    assert_eq!(range.get_size(), (7, 5));
    assert_eq!(cell_text(&range, 0, 0), "en (sample/en.md)");
    assert_eq!(cell_text(&range, 0, 2), "ja (sample/ja.md)");
    assert_eq!(cell_text(&range, 0, 4), "Findings");
    for (r, row) in doc.rows.iter().enumerate() {
        for c in 0..4 {
            assert_eq!(
                cell_text(&range, r as u32 + 1, c),
                row.cells[c as usize].text,
                "row {r} col {c}"
            );
        }
    }
    assert_eq!(cell_text(&range, 1, 4), "");
    assert_eq!(
        cell_text(&range, 5, 4),
        "error N001 number-mismatch [ru]: число 1956 отсутствует, добавлено 1965\nwarning T003 deprecated-term [ru]: устаревший термин без года"
    );
    // Terms are bold runs of rich strings; the flagged one is underlined too.
    let strings = part(&bytes, "xl/sharedStrings.xml");
    assert!(strings.contains("<b/>"), "{strings}");
    assert!(strings.contains("<t>Южных Курил</t>"));
    assert!(strings.contains("<u/>"));
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        ),
        "{sheet}"
    );
    assert!(sheet.contains("<cols>"));
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("wrapText=\"1\""));
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains("2019-01-17T12:00:00Z"), "{core}");
}

#[test]
fn two_columns_and_payloads_as_plain_cells() {
    let bytes = export(&sample(&[0, 2]), ExportFormat::Xlsx).expect("xlsx");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("open");
    let range = book.worksheet_range("Side by side").expect("sheet");
    assert_eq!(range.get_size(), (7, 3));
    assert_eq!(
        cell_text(&range, 3, 1),
        "争点は南クリル諸島で、日本側はこれを「北方領土」と呼んでいる。"
    );

    let doc = xss();
    let bytes = export(&doc, ExportFormat::Xlsx).expect("xlsx");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("open");
    let name = book.sheet_names()[0].clone();
    assert!(name.chars().count() <= 31);
    let range = book.worksheet_range(&name).expect("sheet");
    assert_eq!(cell_text(&range, 2, 0), doc.rows[1].cells[0].text);
}

#[test]
fn same_document_same_bytes() {
    let doc = sample4();
    let a = export(&doc, ExportFormat::Xlsx).expect("xlsx");
    let b = export(&doc, ExportFormat::Xlsx).expect("xlsx");
    assert_eq!(a, b);
}
