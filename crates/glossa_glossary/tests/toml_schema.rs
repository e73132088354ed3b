//! The TOML reader: positions of concepts and terms, and the errors it must
//! refuse with the right line.

use glossa_glossary::{ErrorKind, MatchMode, Status, from_toml_str, to_toml_string};

const GOOD: &str = r#"[glossary]
id = "demo"
title = "Demo"
languages = ["en", "ru", "ja", "tr"]
source-language = "en"
default-style = "russian-framing"

[[style]]
id = "russian-framing"
description = "Russian names for the islands"
framing = "russian"

[[concept]]
id = "southern-kurils"
domain = "territory"
related = ["peace-treaty"]

[[concept.term]]
lang = "en"
text = "Southern Kurils"
status = "preferred"
framing = "russian"
forms = ["South Kurils"]

[[concept.term]]
lang = "en"
text = "Northern Territories"
status = "admitted"
mention-only = true
framing = "japanese"

[[concept]]
id = "peace-treaty"
note = "A \"quoted\" note"

[[concept.term]]
lang = "ru"
text = "мирный договор"
status = "preferred"
pos = "noun"
case-sensitive = true
match = "exact"
"#;

#[test]
fn reads_fields_and_lines() {
    let g = from_toml_str(GOOD).expect("valid");
    assert_eq!(g.id, "demo");
    assert_eq!(g.languages, ["en", "ru", "ja", "tr"]);
    assert_eq!(g.default_style.as_deref(), Some("russian-framing"));
    assert_eq!(g.styles[0].framing, "russian");
    assert_eq!(g.concepts.len(), 2);
    assert_eq!(g.concepts[0].line, 13);
    assert_eq!(g.concepts[0].terms[0].line, 18);
    assert_eq!(g.concepts[0].terms[1].line, 25);
    assert!(g.concepts[0].terms[1].mention_only);
    assert_eq!(g.concepts[0].terms[1].status, Status::Admitted);
    assert_eq!(g.concepts[0].terms[0].forms, ["South Kurils"]);
    assert_eq!(g.concepts[1].line, 32);
    let treaty = &g.concepts[1].terms[0];
    assert_eq!(treaty.text, "мирный договор");
    assert!(treaty.case_sensitive);
    assert_eq!(treaty.match_mode, MatchMode::Exact);
    assert_eq!(treaty.line, 36);
}

#[test]
fn round_trips() {
    let g = from_toml_str(GOOD).expect("valid");
    let written = to_toml_string(&g);
    let mut again = from_toml_str(&written).expect("written TOML reads back");
    let mut original = g;
    for g in [&mut original, &mut again] {
        for c in &mut g.concepts {
            c.line = 0;
            for t in &mut c.terms {
                t.line = 0;
            }
        }
    }
    assert_eq!(original, again);
}

fn error_of(text: &str) -> glossa_glossary::GlossaryError {
    from_toml_str(text).expect_err("must be refused")
}

#[test]
fn unknown_key_has_line_and_column() {
    let text = GOOD.replace("pos = \"noun\"", "part-of-speech = \"noun\"");
    let err = error_of(&text);
    assert_eq!(err.kind, ErrorKind::UnknownKey("part-of-speech".into()));
    assert_eq!((err.line, err.column), (40, 1));

    let text = GOOD.replace("domain = \"territory\"", "  domian = \"territory\"");
    let err = error_of(&text);
    assert_eq!(err.kind, ErrorKind::UnknownKey("domian".into()));
    assert_eq!((err.line, err.column), (15, 3));
}

#[test]
fn duplicate_concept_is_refused_at_its_line() {
    let text = GOOD.replace("id = \"peace-treaty\"", "id = \"southern-kurils\"");
    let text = text.replace("related = [\"peace-treaty\"]", "");
    let err = error_of(&text);
    assert_eq!(
        err.kind,
        ErrorKind::DuplicateConcept {
            id: "southern-kurils".into(),
            first_line: 13
        }
    );
    assert_eq!(err.line, 32);
}

#[test]
fn empty_term_is_refused_at_its_line() {
    let text = GOOD.replace("text = \"Northern Territories\"", "text = \"  \"");
    let err = error_of(&text);
    assert_eq!(err.kind, ErrorKind::EmptyTerm("southern-kurils".into()));
    assert_eq!(err.line, 25);
}

#[test]
fn unknown_status_language_and_syntax() {
    let text = GOOD.replace("status = \"admitted\"", "status = \"allowed\"");
    let err = error_of(&text);
    assert_eq!(err.kind, ErrorKind::UnknownStatus("allowed".into()));
    assert_eq!(err.line, 28);

    let text = GOOD.replace("lang = \"ru\"", "lang = \"russian!\"");
    let err = error_of(&text);
    assert_eq!(err.kind, ErrorKind::UnknownLanguage("russian!".into()));
    assert_eq!(err.line, 36);

    let err = error_of("[glossary]\nid = \"x\"\n[[concept]\n");
    assert!(matches!(err.kind, ErrorKind::Syntax(_)));
    assert_eq!(err.line, 3);
}

#[test]
fn wrong_types_and_missing_fields() {
    let text = GOOD.replace("mention-only = true", "mention-only = \"yes\"");
    let err = error_of(&text);
    assert_eq!(err.line, 29);
    let text = GOOD.replace("text = \"мирный договор\"\n", "");
    let err = error_of(&text);
    assert_eq!(err.kind, ErrorKind::MissingField("text".into()));
    assert_eq!(err.line, 36);
}
