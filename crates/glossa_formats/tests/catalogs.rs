//! Fluent, JSON and CSV/TSV fixtures: ids, lines, spans, plural forms, pairing across locales.
#![allow(clippy::unwrap_used)]

mod common;
use common::{at, ok};
use glossa_formats::{FormatKind, ParsedFile, pair_catalogs};

fn ids(file: &ParsedFile) -> Vec<(&str, usize)> {
    file.units.iter().map(|u| (u.id.as_str(), u.line)).collect()
}

#[test]
fn fluent_en_units() {
    let (text, en) = ok("fluent/en.ftl");
    assert_eq!(en.kind, FormatKind::Fluent);
    assert_eq!(
        ids(&en),
        [
            ("-brand", 3),
            ("welcome", 6),
            ("welcome.title", 7),
            ("unread[one]", 9),
            ("unread[other]", 9),
            ("settings", 14),
            ("removed-later", 15)
        ]
    );
    let welcome = &en.units[1];
    assert_eq!(
        welcome.variants[0].text,
        "Welcome to { -brand }, { $user }!"
    );
    assert_eq!(
        at(&text, &welcome.variants[0].span),
        "Welcome to { -brand }, { $user }!"
    );
    assert_eq!(welcome.notes, ["Shown on the start screen."]);
    assert_eq!(
        en.units[4].variants[0].text,
        "You have { $count } unread messages."
    );
}

#[test]
fn fluent_pairing_ru_ja_tr() {
    let (_, en) = ok("fluent/en.ftl");
    let (_, ru) = ok("fluent/ru.ftl");
    assert_eq!(
        ru.units[1].notes,
        ["Shown on the start screen.\nglossa-ignore: T001"]
    );
    let p = pair_catalogs(&en, &ru);
    let missing: Vec<_> = p.missing.iter().map(|&i| en.units[i].id.as_str()).collect();
    let obsolete: Vec<_> = p
        .obsolete
        .iter()
        .map(|&j| ru.units[j].id.as_str())
        .collect();
    assert_eq!(missing, ["removed-later"]);
    assert_eq!(obsolete, ["legacy"]);
    let few = ru.units.iter().position(|u| u.id == "unread[few]").unwrap();
    let paired: Vec<_> = p
        .pairs
        .iter()
        .filter(|&&(_, j)| j == few)
        .map(|&(i, _)| en.units[i].id.as_str())
        .collect();
    assert_eq!(paired, ["unread[other]"]);

    let (_, ja) = ok("fluent/ja.ftl");
    let p = pair_catalogs(&en, &ja);
    assert!(p.missing.is_empty() && p.obsolete.is_empty());
    assert_eq!(
        ja.units[1].variants[0].text,
        "{ -brand }へようこそ、{ $user }さん！"
    );

    let (_, tr) = ok("fluent/tr.ftl");
    let p = pair_catalogs(&en, &tr);
    assert_eq!(p.pairs.len(), en.units.len());
}

#[test]
fn json_catalogs() {
    let (text, en) = ok("json/en.json");
    assert_eq!(
        ids(&en),
        [
            ("app.title", 3),
            ("app.menu.open", 5),
            ("app.menu.share", 6),
            ("photos_one", 9),
            ("photos_other", 10),
            ("tips.0", 11),
            ("tips.1", 11)
        ]
    );
    assert_eq!(en.units[6].variants[0].text, "Press \"Space\" to preview.");
    assert_eq!(
        at(&text, &en.units[6].variants[0].span),
        "Press \\\"Space\\\" to preview."
    );
    let (_, ru) = ok("json/ru.json");
    assert_eq!(
        ru.units
            .iter()
            .find(|u| u.id == "photos_few")
            .map(|u| u.flags.clone()),
        Some(vec!["plural:few".to_owned()])
    );
    let p = pair_catalogs(&en, &ru);
    assert!(p.missing.is_empty() && p.obsolete.is_empty());
    assert_eq!(p.pairs.len(), 9);
    let (_, ja) = ok("json/ja.json");
    let p = pair_catalogs(&en, &ja);
    assert_eq!(
        p.missing
            .iter()
            .map(|&i| en.units[i].id.as_str())
            .collect::<Vec<_>>(),
        ["app.menu.share"]
    );
    let (_, tr) = ok("json/tr.json");
    assert_eq!(
        tr.units[6].variants[0].text,
        "Önizleme için “Boşluk” tuşuna basın."
    );
}

#[test]
fn csv_and_tsv_tables() {
    let (text, ru) = ok("csv/en-ru.csv");
    assert_eq!(
        ids(&ru),
        [
            ("greeting", 2),
            ("rooms", 3),
            ("quote", 4),
            ("multiline", 5)
        ]
    );
    assert_eq!(ru.units[1].notes, ["numbers must match"]);
    assert_eq!(ru.units[2].variants[0].text, "She said \"yes\".");
    assert_eq!(ru.units[3].variants[1].text, "Строка один\nстрока два");
    assert_eq!(
        at(&text, &ru.units[3].variants[1].span),
        "Строка один\nстрока два"
    );
    assert_eq!(ru.units[0].variants[1].lang.as_deref(), Some("ru"));

    let (_, ja) = ok("csv/en-ja.tsv");
    assert_eq!(ja.kind, FormatKind::Tsv);
    assert_eq!(ja.units[1].variants[1].text, "ファイルは3 MBです。");
    assert_eq!(ja.units[0].notes, ["context: dialog"]);

    let (text, tr) = ok("csv/en-tr.csv");
    assert_eq!(ids(&tr), [("exit", 2), ("istanbul", 3)]);
    assert_eq!(
        at(&text, &tr.units[1].variants[1].span),
        "İstanbul'a hoş geldiniz"
    );
}
