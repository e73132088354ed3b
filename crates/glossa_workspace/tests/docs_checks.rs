//! `docs/checks.md` is generated from the code table and the English
//! `explain-*` messages; this test fails when it is out of date.
//! `GLOSSA_BLESS=1` rewrites it.

use std::path::PathBuf;

use glossa_checks::Check;
use glossa_i18n::I18n;
use glossa_workspace::checks_markdown;

fn docs_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/checks.md")
}

#[test]
fn every_check_has_an_explanation_in_every_ui_language() {
    for lang in ["en", "ru", "ja", "tr"] {
        let i18n = I18n::new(lang);
        for check in Check::all() {
            let code = check.info().code;
            let text = i18n.explain(code).unwrap_or_default();
            assert!(
                text.starts_with(code),
                "{lang}: explain-{code} missing or malformed"
            );
        }
    }
}

#[test]
fn docs_checks_md_is_up_to_date() {
    let english = I18n::english();
    let generated = checks_markdown(&|code| english.explain(code));
    let path = docs_path();
    if std::env::var_os("GLOSSA_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/checks.md is out of date; run GLOSSA_BLESS=1 cargo test -p glossa_workspace --test docs_checks"
    );
}
