//! TMX fixtures: several languages per unit, inline codes, streaming iterator.
#![allow(clippy::unwrap_used)]

mod common;
use common::{at, bytes, ok};
use glossa_formats::{CodeKind, tmx_units, tmx_units_from_reader};

#[test]
fn tmx_units_langs_and_positions() {
    let (text, file) = ok("tmx/en-ru-ja-tr.tmx");
    assert_eq!(file.source_lang.as_deref(), Some("en"));
    let summary: Vec<_> = file
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.line, u.variants.len()))
        .collect();
    assert_eq!(
        summary,
        [("welcome", 6, 4), ("2", 13, 2), ("line-break", 17, 3)]
    );
    let welcome = &file.units[0];
    let langs: Vec<_> = welcome
        .variants
        .iter()
        .map(|v| v.lang.as_deref().unwrap())
        .collect();
    assert_eq!(langs, ["en", "ru", "ja", "tr"]);
    assert_eq!(welcome.variants[2].text, "図書館へようこそ。");
    assert_eq!(
        at(&text, &welcome.variants[3].span),
        "Kütüphaneye hoş geldiniz."
    );
    assert_eq!(welcome.notes, ["Greeting on the first page."]);
}

#[test]
fn tmx_inline_codes() {
    let (_, file) = ok("tmx/en-ru-ja-tr.tmx");
    let ru = &file.units[1].variants[1];
    assert_eq!(ru.text, "Нажмите {bpt:1}Enter{ept:1}, чтобы продолжить.");
    assert_eq!(
        ru.codes.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [CodeKind::Bpt, CodeKind::Ept]
    );
    let tr = &file.units[2].variants[1];
    assert_eq!(tr.text, "İlk satır{ph:1}ikinci satır, {hi:2}önemli{/hi:2}.");
    assert_eq!(&tr.text[tr.codes[1].range.clone()], "{hi:2}önemli{/hi:2}");
    assert_eq!(
        file.units[2].variants[2].text,
        "一行目{ph:1}二行目、{it:3}重要。"
    );
}

#[test]
fn tmx_streaming_matches_parse() {
    let raw = bytes("tmx/en-ru-ja-tr.tmx");
    let text = String::from_utf8(raw.clone()).unwrap();
    let from_str: Vec<_> = tmx_units(&text).map(Result::unwrap).collect();
    let from_reader: Vec<_> = tmx_units_from_reader(raw.as_slice())
        .map(Result::unwrap)
        .collect();
    assert_eq!(from_str.len(), 3);
    for (a, b) in from_str.iter().zip(&from_reader) {
        assert_eq!((&a.id, a.line, &a.variants), (&b.id, b.line, &b.variants));
    }
}
