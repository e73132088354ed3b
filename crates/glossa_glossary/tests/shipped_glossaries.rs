//! Every glossary shipped in `glossaries/` loads and validates cleanly.

use std::path::PathBuf;

use glossa_glossary::{ProblemSeverity, from_toml_str, validate};

fn shipped() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../glossaries");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn every_shipped_glossary_is_valid() {
    let files = shipped();
    assert!(!files.is_empty(), "no glossaries/*.toml found");
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable");
        let glossary = match from_toml_str(&text) {
            Ok(g) => g,
            Err(e) => panic!("{}:{e}", path.display()),
        };
        assert!(
            !glossary.concepts.is_empty(),
            "{}: no concepts",
            path.display()
        );
        let errors: Vec<String> = validate(&glossary)
            .into_iter()
            .filter(|p| p.severity == ProblemSeverity::Error)
            .map(|p| format!("{}:{}: {}", path.display(), p.line, p.kind))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        for concept in &glossary.concepts {
            assert!(
                concept.line > 0,
                "{}: concept {} has no line",
                path.display(),
                concept.id
            );
            for term in &concept.terms {
                assert!(
                    term.line > concept.line,
                    "{}: term {} line",
                    path.display(),
                    term.text
                );
            }
        }
    }
}
