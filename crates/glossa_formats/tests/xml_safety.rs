//! XML bombs: entity expansion, deep nesting, huge attributes and external entities are refused
//! with a typed error (no expansion, no fetch, no stack overflow).
#![allow(clippy::unwrap_used)]

use glossa_formats::{FormatErrorKind, FormatKind, parse, tmx_units_from_reader};

fn billion_laughs(root: &str) -> String {
    let mut doc = format!("<?xml version=\"1.0\"?>\n<!DOCTYPE {root} [\n <!ENTITY lol0 \"lol\">\n");
    for i in 1..10 {
        let refs = format!("&lol{};", i - 1).repeat(10);
        doc.push_str(&format!(" <!ENTITY lol{i} \"{refs}\">\n"));
    }
    doc.push_str(&format!("]>\n<{root} version=\"1.2\"><file source-language=\"en\" target-language=\"ru\"><body><trans-unit id=\"1\"><source>&lol9;</source></trans-unit></body></file></{root}>\n"));
    doc
}

#[test]
fn billion_laughs_is_refused_as_dtd() {
    let err = parse(FormatKind::Xliff, &billion_laughs("xliff")).unwrap_err();
    assert_eq!((err.kind, err.line), (FormatErrorKind::Dtd, 2));
    let err = parse(FormatKind::Tmx, &billion_laughs("tmx")).unwrap_err();
    assert_eq!(err.kind, FormatErrorKind::Dtd);
}

#[test]
fn entity_reference_without_dtd_is_never_expanded() {
    let doc = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"ja\"><body><trans-unit id=\"1\"><source>&xxe;</source></trans-unit></body></file></xliff>";
    assert_eq!(
        parse(FormatKind::Xliff, doc).unwrap_err().kind,
        FormatErrorKind::EntityExpansion("xxe".into())
    );
}

#[test]
fn a_plain_doctype_without_entities_is_accepted() {
    let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://example.invalid/tmx14.dtd\">\n<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Hi</seg></tuv><tuv xml:lang=\"tr\"><seg>Selam</seg></tuv></tu></body></tmx>";
    assert_eq!(
        parse(FormatKind::Tmx, doc).unwrap().units[0].variants[1].text,
        "Selam"
    );
}

#[test]
fn hundred_thousand_levels_of_nesting() {
    let depth = 100_000;
    let doc = format!(
        "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"ru\"><body><trans-unit id=\"1\"><source>{}x{}</source></trans-unit></body></file></xliff>",
        "<g id=\"1\">".repeat(depth),
        "</g>".repeat(depth)
    );
    let err = parse(FormatKind::Xliff, &doc).unwrap_err();
    assert_eq!(err.kind, FormatErrorKind::TooDeep(1000));
    let tmx = format!(
        "<tmx version=\"1.4\"><body>{}</body></tmx>",
        "<tu>".repeat(depth)
    );
    assert_eq!(
        parse(FormatKind::Tmx, &tmx).unwrap_err().kind,
        FormatErrorKind::TooDeep(1000)
    );
}

#[test]
fn ten_megabyte_attribute() {
    let doc = format!(
        "<tmx version=\"1.4\"><header srclang=\"{}\"/><body/></tmx>",
        "a".repeat(10 << 20)
    );
    assert_eq!(
        parse(FormatKind::Tmx, &doc).unwrap_err().kind,
        FormatErrorKind::TooLarge(1 << 20)
    );
    let streamed: Vec<_> = tmx_units_from_reader(doc.as_bytes()).collect();
    assert!(
        matches!(streamed.as_slice(), [Err(e)] if e.kind == FormatErrorKind::TooLarge(1 << 20))
    );
}

#[test]
fn deep_json_and_fluent_nesting() {
    let json = format!("{}{}", "{\"a\":".repeat(100_000), "1");
    assert_eq!(
        parse(FormatKind::JsonCatalog, &json).unwrap_err().kind,
        FormatErrorKind::TooDeep(256)
    );
    let json_arrays = format!("{{\"a\":{}", "[".repeat(100_000));
    assert!(matches!(
        parse(FormatKind::JsonCatalog, &json_arrays)
            .unwrap_err()
            .kind,
        FormatErrorKind::TooDeep(_)
    ));
    let ftl = format!("x = {}\n", "{ ".repeat(100_000));
    assert!(matches!(
        parse(FormatKind::Fluent, &ftl).unwrap_err().kind,
        FormatErrorKind::TooDeep(_)
    ));
}
