//! TMX export read back with quick-xml.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::support::{sample4, xss};
use glossa_export::{ExportDocument, ExportFormat, export};

/// What a `<tu>` holds: props `(type, text)` and variants `(lang, seg)`.
#[derive(Debug, Default, PartialEq)]
struct Tu {
    props: Vec<(String, String)>,
    tuvs: Vec<(String, String)>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> String {
    e.try_get_attribute(name)
        .expect("attribute")
        .map(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .expect("value")
                .into_owned()
        })
        .unwrap_or_default()
}

/// Reads the header attributes and every `<tu>`.
fn read(tmx: &str) -> (BytesStart<'static>, Vec<Tu>) {
    let mut reader = Reader::from_str(tmx);
    let mut header = None;
    let mut units = Vec::new();
    let mut text = String::new();
    let mut lang = String::new();
    let mut prop_type = String::new();
    loop {
        match reader.read_event().expect("well-formed TMX") {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "header" => {
                header = Some(e.into_owned())
            }
            Event::Start(e) => {
                match e.name().as_ref() {
                    "tu" => units.push(Tu::default()),
                    "tuv" => lang = attr(&e, "xml:lang"),
                    "prop" => prop_type = attr(&e, "type"),
                    _ => {}
                }
                text.clear();
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => match r.resolve_char_ref().expect("char ref") {
                Some(c) => text.push(c),
                None => {
                    text.push_str(resolve_predefined_entity(&r.into_inner()).expect("known entity"))
                }
            },
            Event::End(e) => {
                let tu = units.last_mut();
                match (e.name().as_ref(), tu) {
                    ("seg", Some(tu)) => tu.tuvs.push((lang.clone(), text.clone())),
                    ("prop", Some(tu)) => tu.props.push((prop_type.clone(), text.clone())),
                    _ => {}
                }
                text.clear();
            }
            Event::Eof => break,
            _ => text.clear(),
        }
    }
    (header.expect("header"), units)
}

fn tmx(doc: &ExportDocument) -> String {
    String::from_utf8(export(doc, ExportFormat::Tmx).expect("tmx")).expect("utf-8")
}

#[test]
fn round_trip_four_languages() {
    let doc = sample4();
    let out = tmx(&doc);
    assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"));
    let (header, units) = read(&out);
    assert_eq!(attr(&header, "srclang"), "en");
    assert_eq!(attr(&header, "creationtool"), "glossa");
    assert_eq!(attr(&header, "creationdate"), "20190117T120000Z");
    assert_eq!(attr(&header, "segtype"), "sentence");
    assert_eq!(units.len(), doc.rows.len());
    for (tu, row) in units.iter().zip(&doc.rows) {
        let expected: Vec<(String, String)> = doc
            .columns
            .iter()
            .zip(&row.cells)
            .map(|(c, cell)| (c.lang.clone(), cell.text.clone()))
            .collect();
        assert_eq!(tu.tuvs, expected);
    }
    assert_eq!(
        units[3].props,
        vec![
            (
                "x-glossa-finding".to_string(),
                "T002 error forbidden-term ru: запрещённый термин «Северных территорий»; используйте «Южные Курилы»".to_string()
            ),
            ("x-glossa-confidence".to_string(), "0.90".to_string()),
        ]
    );
    assert_eq!(
        units[5].props[1].1,
        "S004 info low-confidence-alignment: Eşleme belirsiz."
    );
}

#[test]
fn round_trip_keeps_markup_quotes_and_line_breaks() {
    let mut doc = xss();
    doc.rows[0].cells[2].text = "見出し\r\n「引用」 & <b>太字</b>\tタブ".into();
    let out = tmx(&doc);
    assert!(!out.contains("<script>") && !out.contains("<img") && !out.contains("<b>"));
    let (header, units) = read(&out);
    assert_eq!(attr(&header, "srclang"), doc.columns[0].lang);
    assert_eq!(units.len(), doc.rows.len());
    for (tu, row) in units.iter().zip(&doc.rows) {
        let texts: Vec<&str> = tu.tuvs.iter().map(|(_, t)| t.as_str()).collect();
        let expected: Vec<&str> = row.cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, expected);
        assert_eq!(tu.tuvs[1].0, doc.columns[1].lang);
    }
    assert_eq!(out, tmx(&doc), "deterministic");
}
