//! `glossa glossary ...`: termbase round trip, list, lookup, match.

use crate::util::{glossa, run, shipped_glossary};

#[test]
fn import_list_lookup_remove_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("terms.db").display().to_string();
    let glossary = shipped_glossary();
    let out = glossa(&["glossary", "import", &glossary, "--db", &db]);
    assert_eq!(out.code, 0, "{out:?}");

    let out = glossa(&["glossary", "list", "--db", &db]);
    assert_eq!(out.code, 0, "{out:?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines.len() >= 100, "{} terms", lines.len());
    assert!(
        lines.iter().all(|l| l.split('\t').count() == 4),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("\tmention-only") || l.contains("+mention-only"))
    );
    let mut sorted = lines.clone();
    sorted.sort_by(|a, b| {
        let key = |l: &str| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[1].to_string(), f[3].to_string())
        };
        key(a).cmp(&key(b))
    });
    assert_eq!(lines, sorted);

    for query in ["平和", "договор", "KURİL", "G7"] {
        let out = glossa(&["glossary", "lookup", "--db", &db, query]);
        assert_eq!(out.code, 0, "{query}: {out:?}");
        assert!(!out.stdout.is_empty(), "{query}");
    }

    let exported = dir.path().join("out.tbx").display().to_string();
    let out = glossa(&["glossary", "export", "--db", &db, "-o", &exported]);
    assert_eq!(out.code, 0, "{out:?}");
    let tbx = std::fs::read_to_string(&exported).unwrap();
    assert!(tbx.contains("conceptEntry"));
    let db2 = dir.path().join("again.db").display().to_string();
    assert_eq!(
        glossa(&["glossary", "import", &exported, "--db", &db2]).code,
        0
    );
    let again = glossa(&["glossary", "list", "--db", &db2]);
    let first = glossa(&["glossary", "list", "--db", &db]);
    assert_eq!(
        again.stdout, first.stdout,
        "TBX round trip changed the termbase"
    );
}

#[test]
fn match_reports_inflected_forms_with_character_offsets() {
    let glossary = shipped_glossary();
    let text = "Вопрос мирного договора обсуждали.\nО Южных Курилах не говорили.\n";
    let out = run(
        &[
            "glossary",
            "match",
            "--glossary",
            &glossary,
            "--lang",
            "ru",
            "--format",
            "tsv",
            "-",
        ],
        &[],
        Some(text),
    );
    assert_eq!(out.code, 0, "{out:?}");
    let rows: Vec<Vec<&str>> = out
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    let treaty = rows
        .iter()
        .find(|r| r[4] == "мирного договора")
        .expect("peace treaty found");
    assert_eq!((treaty[0], treaty[2], treaty[3]), ("1", "7", "23"));
    assert!(
        rows.iter().any(|r| r[0] == "2" && r[4] == "Южных Курилах"),
        "{rows:?}"
    );
}
