//! Bad input: a clear localized message, exit code 2, never a panic.

use crate::util::{fixture, glossa, run, shipped_glossary};

fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    (dir, path.display().to_string())
}

#[test]
fn missing_file_in_four_ui_languages() {
    let en = fixture("sample/en.md");
    let cases = [
        ("en_US.UTF-8", "not found"),
        ("ru_RU.UTF-8", "не найден"),
        ("ja_JP.UTF-8", "見つかりません"),
        ("tr_TR.UTF-8", "bulunamadı"),
    ];
    for (lang, expected) in cases {
        let out = run(&["check", &en, "missing.md"], &[("LANG", lang)], None);
        assert_eq!(out.code, 2, "{lang}: {out:?}");
        assert!(out.stderr.contains("missing.md"), "{lang}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{lang}: {}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    }
}

#[test]
fn ui_lang_flag_beats_environment() {
    let out = run(
        &["--ui-lang", "ja", "segment", "missing.md"],
        &[("LANG", "ru_RU.UTF-8")],
        None,
    );
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("見つかりません"), "{}", out.stderr);
    let out = run(
        &["segment", "missing.md"],
        &[("LC_ALL", ""), ("LANG", "tr_TR")],
        None,
    );
    assert!(out.stderr.contains("bulunamadı"), "{}", out.stderr);
}

#[test]
fn invalid_utf8_names_file_line_and_column() {
    let (_dir, path) = temp_file("ru.md", b"\xd0\x9c\xd0\xb8\xd1\x80.\n\xd0\x94\xff\n");
    let out = glossa(&["segment", &path]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("ru.md"), "{}", out.stderr);
    assert!(
        out.stderr.contains(":2:2") || out.stderr.contains("2:2"),
        "{}",
        out.stderr
    );
}

#[test]
fn unknown_language_tag() {
    let out = run(&["segment", "--lang", "xx-bogus", "-"], &[], Some("Text."));
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("xx-bogus"), "{}", out.stderr);
    let out = glossa(&["--ui-lang", "zz", "explain", "T001"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("zz"), "{}", out.stderr);
}

#[test]
fn empty_input() {
    let (_dir, path) = temp_file("en.md", b"  \n\n");
    let out = glossa(&["segment", &path]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("en.md"), "{}", out.stderr);
    let out = run(&["segment", "--lang", "en"], &[], Some(""));
    assert_eq!(out.code, 2, "{out:?}");
}

#[test]
fn malformed_glossary_points_at_its_line() {
    let (_dir, path) = temp_file(
        "bad.toml",
        b"[glossary]\nid = \"x\"\ntitle = \"x\"\nlanguages = [\"en\", \"ru\"]\n\n[[concept]]\nid = \"a\"\ncolour = \"red\"\n",
    );
    let en = fixture("sample/en.md");
    let ru = fixture("sample/ru.md");
    let out = glossa(&["check", "--glossary", &path, &en, &ru]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("bad.toml"), "{}", out.stderr);
    assert!(out.stderr.contains(":8"), "{}", out.stderr);
    assert!(out.stderr.contains("colour"), "{}", out.stderr);
}

#[test]
fn duplicate_concept_ids_are_refused() {
    let (_dir, path) = temp_file(
        "dup.toml",
        "[glossary]\nid = \"x\"\ntitle = \"x\"\nlanguages = [\"en\"]\n\n[[concept]]\nid = \"a\"\n[[concept.term]]\nlang = \"en\"\ntext = \"peace treaty\"\nstatus = \"preferred\"\n\n[[concept]]\nid = \"a\"\n[[concept.term]]\nlang = \"en\"\ntext = \"treaty\"\nstatus = \"preferred\"\n".as_bytes(),
    );
    let out = glossa(&["glossary", "validate", &path]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("dup.toml:13"), "{}", out.stderr);
    let _ = shipped_glossary();
}

#[test]
fn unknown_check_code() {
    let out = glossa(&["explain", "Q999"]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("Q999"), "{}", out.stderr);
}
