//! XLIFF 1.2 and 2.x fixtures: ids, lines, spans, states, notes, inline codes, segments, UTF-16.
#![allow(clippy::unwrap_used)]

mod common;
use common::{at, ok};
use glossa_formats::{CodeKind, FormatKind};

#[test]
fn xliff12_en_ru_units_lines_and_spans() {
    let (text, file) = ok("xliff/en-ru.xlf");
    assert_eq!(file.kind, FormatKind::Xliff);
    assert_eq!(
        (file.source_lang.as_deref(), file.target_lang.as_deref()),
        (Some("en"), Some("ru"))
    );
    let ids: Vec<_> = file.units.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "save.button",
            "files.count",
            "welcome",
            "untranslated",
            "para/1",
            "para/2"
        ]
    );
    let lines: Vec<_> = file.units.iter().map(|u| u.line).collect();
    assert_eq!(lines, [8, 13, 19, 24, 29, 29]);

    let save = &file.units[0];
    assert_eq!(save.variants[0].text, "Save & close");
    assert_eq!(at(&text, &save.variants[0].span), "Save &amp; close");
    assert_eq!(save.variants[1].text, "Сохранить и закрыть");
    assert_eq!(at(&text, &save.variants[1].span), "Сохранить и закрыть");
    assert_eq!(save.variants[1].lang.as_deref(), Some("ru"));
    assert_eq!(save.flags, ["final", "approved"]);
    assert_eq!(save.notes, ["Button label, keep it short."]);
}

#[test]
fn xliff12_inline_codes() {
    let (_, file) = ok("xliff/en-ru.xlf");
    let files = &file.units[1];
    let target = &files.variants[1];
    assert_eq!(
        target.text,
        "У вас {ph:1} новых файлов в папке {g:2}Входящие{/g:2}."
    );
    let codes: Vec<_> = target
        .codes
        .iter()
        .map(|c| (c.kind, c.id.as_str(), &target.text[c.range.clone()]))
        .collect();
    assert_eq!(
        codes,
        [
            (CodeKind::Ph, "1", "{ph:1}"),
            (CodeKind::G, "2", "{g:2}Входящие{/g:2}")
        ]
    );
    assert_eq!(files.flags, ["needs-review-translation"]);
    assert_eq!(files.notes, ["glossa-ignore: N001"]);
    assert_eq!(
        file.units[2].variants[1].text,
        "Добро пожаловать,{x:3} друг!"
    );
}

#[test]
fn xliff12_missing_target_and_segments() {
    let (text, file) = ok("xliff/en-ru.xlf");
    assert_eq!(file.units[3].variants.len(), 1);
    let seg2 = &file.units[5];
    assert_eq!(seg2.variants[0].text, "Second {bx:4}sentence{ex:4}.");
    assert_eq!(seg2.variants[1].text, "Второе {bx:4}предложение{ex:4}.");
    assert_eq!(
        at(&text, &file.units[4].variants[1].span),
        "Первое предложение."
    );
}

#[test]
fn xliff20_en_ja() {
    let (text, file) = ok("xliff/en-ja.xlf");
    assert_eq!(
        (file.source_lang.as_deref(), file.target_lang.as_deref()),
        (Some("en"), Some("ja"))
    );
    let ids: Vec<_> = file.units.iter().map(|u| (u.id.as_str(), u.line)).collect();
    assert_eq!(
        ids,
        [
            ("greeting", 8),
            ("download/s1", 14),
            ("download/s2", 21),
            ("copyright", 26)
        ]
    );
    let greeting = &file.units[0];
    assert_eq!(greeting.variants[1].text, "こんにちは、{pc:1}世界{/pc:1}！");
    assert_eq!(greeting.notes, ["Shown on the start screen."]);
    assert_eq!(greeting.flags, ["translated"]);
    let s1 = &file.units[1];
    assert_eq!(
        s1.variants[1].text,
        "{ph:1}を今すぐダウンロードしてください。"
    );
    assert_eq!(
        at(&text, &s1.variants[1].span),
        "<ph id=\"1\" equiv=\"{file}\"/>を今すぐダウンロードしてください。"
    );
    let s2 = &file.units[2];
    assert_eq!(s2.variants.len(), 1);
    assert_eq!(s2.variants[0].text, "It takes {sc:2}two{ec:2} minutes.");
    assert_eq!(s2.flags, ["initial"]);
    assert_eq!(file.units[3].variants[1].text, "© 2026 Example™");
}

#[test]
fn xliff12_en_tr_bom_and_cdata() {
    let (_, file) = ok("xliff/en-tr.xlf");
    assert_eq!(file.target_lang.as_deref(), Some("tr-TR"));
    assert_eq!(file.units[0].variants[1].text, "Dosyayı aç");
    assert_eq!(file.units[1].variants[1].text, "Çıkış <App>");
    assert_eq!(file.units[1].line, 9);
}

#[test]
fn xliff_utf16_le_with_bom() {
    let (text, file) = ok("xliff/en-tr-utf16le.xlf");
    let unit = &file.units[0];
    assert_eq!(unit.id, "dialog.title");
    assert_eq!(unit.line, 5);
    assert_eq!(unit.variants[1].text, "Bu öğe silinsin mi?");
    assert_eq!(at(&text, &unit.variants[1].span), "Bu öğe silinsin mi?");
}
