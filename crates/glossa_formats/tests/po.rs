//! PO fixtures: header languages, contexts, plurals, fuzzy/obsolete, notes, escapes, cp1251.
#![allow(clippy::unwrap_used)]

mod common;
use common::{at, ok};

#[test]
fn po_en_ru_units() {
    let (text, file) = ok("po/en-ru.po");
    assert_eq!(file.target_lang.as_deref(), Some("ru"));
    let summary: Vec<_> = file.units.iter().map(|u| (u.id.as_str(), u.line)).collect();
    assert_eq!(
        summary,
        [
            ("Open", 11),
            ("menu\u{4}Print %s", 17),
            ("%d file was deleted.[0]", 21),
            ("%d file was deleted.[1]", 21),
            ("%d file was deleted.[2]", 21),
            ("A long message that is split over \"two\" lines.\n", 27),
            ("Old text", 34),
        ]
    );
    let open = &file.units[0];
    assert_eq!(open.notes, ["Toolbar button"]);
    assert_eq!(open.variants[1].text, "Открыть");
    assert_eq!(open.variants[1].lang.as_deref(), Some("ru"));
    assert_eq!(at(&text, &open.variants[1].span), "Открыть");

    let print = &file.units[1];
    assert_eq!(print.flags, ["fuzzy", "c-format"]);
    assert_eq!(print.notes, ["glossa-ignore: S003"]);

    let few = &file.units[3];
    assert_eq!(few.variants[0].text, "%d files were deleted.");
    assert_eq!(few.variants[1].text, "%d файла удалено.");
    assert_eq!(few.flags, ["c-format", "plural:1"]);
    assert_eq!(file.units[2].variants[0].text, "%d file was deleted.");

    let long = &file.units[5];
    assert_eq!(
        long.variants[1].text,
        "Длинное сообщение, разбитое на «две» строки.\n"
    );
    assert_eq!(
        at(&text, &long.variants[1].span),
        "Длинное сообщение, \"\n\"разбитое на «две» строки.\\n"
    );
    assert!(file.units[6].has_flag("obsolete"));
    assert_eq!(file.units[6].variants[1].text, "Старый текст");
}

#[test]
fn po_en_ja_plural_fuzzy_empty() {
    let (_, file) = ok("po/en-ja.po");
    assert_eq!(
        (file.source_lang.as_deref(), file.target_lang.as_deref()),
        (Some("en"), Some("ja"))
    );
    assert_eq!(file.units[1].id, "One item selected[0]");
    assert_eq!(file.units[1].flags, ["plural:0"]);
    assert_eq!(file.units[2].variants[0].text, "Tab\there");
    assert_eq!(file.units[2].variants[1].text, "タブ\tここ");
    assert!(file.units[2].has_flag("fuzzy"));
    assert_eq!(file.units[3].variants[1].text, "");
    assert_eq!(file.units.len(), 4);
}

#[test]
fn po_en_tr() {
    let (_, file) = ok("po/en-tr.po");
    assert_eq!(file.units[0].variants[1].text, "İstanbul'a hoş geldiniz");
    assert_eq!(file.units[0].notes, ["Window title"]);
    assert_eq!(file.units[1].flags, ["python-format"]);
    assert_eq!(file.units[1].line, 11);
}

#[test]
fn po_cp1251_decoded() {
    let (text, file) = ok("po/en-ru-cp1251.po");
    assert_eq!(file.units[0].variants[1].text, "Отмена");
    assert_eq!(at(&text, &file.units[1].variants[1].span), "Да");
    assert_eq!(file.units[1].line, 9);
}
