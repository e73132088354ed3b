//! Property tests: no reader panics on arbitrary bytes or arbitrary text, and every error has a
//! position inside the input.
#![allow(clippy::unwrap_used)]

use glossa_formats::{FormatKind, decode, detect, parse, tmx_units};
use proptest::prelude::*;

const KINDS: [FormatKind; 9] = [
    FormatKind::Xliff,
    FormatKind::Po,
    FormatKind::Tmx,
    FormatKind::Fluent,
    FormatKind::JsonCatalog,
    FormatKind::Csv,
    FormatKind::Tsv,
    FormatKind::Markdown,
    FormatKind::PlainText,
];

/// Text made of the characters that matter to the readers, so the parsers get deep.
fn structured_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<",
        ">",
        "</",
        "/>",
        "<xliff version=\"1.2\">",
        "<xliff version=\"2.0\">",
        "<file source-language=\"en\" target-language=\"ru\">",
        "<trans-unit id=\"1\">",
        "<unit id=\"u\">",
        "<segment>",
        "<source>",
        "</source>",
        "<target state=\"x\">",
        "</target>",
        "<seg-source>",
        "<mrk mtype=\"seg\" mid=\"1\">",
        "</mrk>",
        "<ph id=\"1\"/>",
        "<g id=\"2\">",
        "</g>",
        "<tmx version=\"1.4\">",
        "<tu>",
        "</tu>",
        "<tuv xml:lang=\"ja\">",
        "<seg>",
        "</seg>",
        "<bpt i=\"1\">",
        "</bpt>",
        "&amp;",
        "&#x41;",
        "&#0;",
        "&lol;",
        "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "<![CDATA[",
        "]]>",
        "msgid ",
        "msgstr ",
        "msgstr[1] ",
        "msgid_plural ",
        "msgctxt ",
        "#, fuzzy\n",
        "#~ ",
        "\"",
        "\\",
        "\\n",
        "\\x4",
        "\\777",
        "\n",
        "\r\n",
        "\r",
        " ",
        "\t",
        ",",
        "{",
        "}",
        "[",
        "]",
        ":",
        "{ $name }",
        "{ -brand }",
        " -> ",
        "*[other]",
        "[one]",
        "=",
        "-term = ",
        "key = ",
        "    .attr = ",
        "\\u00e9",
        "\\ud800",
        "Привет",
        "こんにちは",
        "İğüş",
        "0",
        "-1.5e3",
        "true",
        "null",
        "\0",
        "\u{FEFF}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {

    #[test]
    fn parse_never_panics_on_structured_text(text in structured_text()) {
        for kind in KINDS {
            if let Err(e) = parse(kind, &text) {
                prop_assert!(e.line >= 1 && e.column >= 1);
                prop_assert!(e.line <= text.split(['\n', '\r']).count().max(1) + 1);
            }
        }
        let _ = tmx_units(&text).count();
    }

    #[test]
    fn parse_never_panics_on_arbitrary_strings(text in any::<String>()) {
        for kind in KINDS {
            let _ = parse(kind, &text);
        }
    }

    #[test]
    fn decode_and_detect_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = detect("file", &bytes);
        for kind in KINDS {
            if let Ok(text) = decode(&bytes, kind) {
                let _ = parse(kind, &text);
            }
        }
    }
}

#[test]
fn tricky_fluent_inputs() {
    let cases = [
        "",
        "-",
        "\r",
        "\r\n",
        "a",
        "a =",
        "a = {",
        "a = }",
        "a = { $",
        "a = { -",
        "a = {\"",
        "a = {\"\\",
        "a = {\"\\u",
        "# \r",
        "## \n###",
        "a = { $x ->",
        "a = { $x -> }",
        "a = { $x ->\n *[",
        "a = { $x ->\n *[o] }",
        "a = \n .",
        "a = x\n .b",
        "-t =",
        "a = { a.b.c }",
        "a = { FUNC(",
        "a = { FUNC(x: ",
        "a = { 1.",
        "a = { -1e }",
        "\u{FEFF}a = b",
        "a = {{{{}}}}",
        "a = \t{ $x }",
    ];
    for case in cases {
        let _ = parse(FormatKind::Fluent, case);
    }
}
