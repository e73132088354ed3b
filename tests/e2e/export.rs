//! `glossa export`: side-by-side HTML, Markdown and TSV of the sample.

use crate::util::{fixture, glossa, shipped_glossary};

fn sample(name: &str) -> String {
    fixture(&format!("sample/{name}"))
}

#[test]
fn html_is_self_contained_and_escapes_everything() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en.md");
    let ru = dir.path().join("ru.md");
    std::fs::write(
        &en,
        "The talks <script>alert(1)</script> went on.\n\nA \"><img src=x onerror=alert(2)> tag.\n",
    )
    .unwrap();
    std::fs::write(&ru, "Переговоры <script>alert(1)</script> продолжились.\n\nТег \"><img src=x onerror=alert(2)>.\n").unwrap();
    let out_path = dir.path().join("review.html");
    let out = glossa(&[
        "export",
        "--format",
        "html",
        &en.display().to_string(),
        &ru.display().to_string(),
        "-o",
        &out_path.display().to_string(),
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let html = std::fs::read_to_string(&out_path).unwrap();
    assert!(!html.contains("<script>alert"), "raw script in export");
    assert!(!html.contains("<img src=x"), "raw img in export");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "external reference"
    );
}

#[test]
fn four_language_html_has_terms_and_findings() {
    let glossary = shipped_glossary();
    let files = [
        sample("en.md"),
        sample("flawed/ru.md"),
        sample("flawed/ja.md"),
        sample("flawed/tr.md"),
    ];
    let out = glossa(&[
        "export",
        "--format",
        "html",
        "--glossary",
        &glossary,
        &files[0],
        &files[1],
        &files[2],
        &files[3],
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let html = &out.stdout;
    for lang in ["en", "ru", "ja", "tr"] {
        assert!(html.contains(&format!("lang=\"{lang}\"")), "{lang}");
    }
    assert!(html.contains("southern-kurils"));
    assert!(html.contains("T002"));
    let again = glossa(&[
        "export",
        "--format",
        "html",
        "--glossary",
        &glossary,
        &files[0],
        &files[1],
        &files[2],
        &files[3],
    ]);
    assert_eq!(again.stdout, out.stdout, "export is not deterministic");
}

#[test]
fn markdown_and_tsv_have_one_row_per_group() {
    let files = [sample("en.md"), sample("ru.md")];
    let md = glossa(&["export", "--format", "md", &files[0], &files[1]]);
    assert_eq!(md.code, 0, "{md:?}");
    let tsv = glossa(&["export", "--format", "tsv", &files[0], &files[1]]);
    assert_eq!(tsv.code, 0, "{tsv:?}");
    let table_rows = md.stdout.lines().filter(|l| l.starts_with('|')).count();
    let tsv_rows = tsv.stdout.lines().count();
    assert!(tsv_rows > 20, "{tsv_rows}");
    // Markdown: header + separator + the same data rows as TSV (+ its header).
    assert_eq!(table_rows - 2, tsv_rows - 1);
}

#[test]
fn tmx_export_reads_back_through_our_tmx_reader() {
    let files = [
        sample("en.md"),
        sample("ru.md"),
        sample("ja.md"),
        sample("tr.md"),
    ];
    let tmx = glossa(&[
        "export", "--format", "tmx", &files[0], &files[1], &files[2], &files[3],
    ]);
    assert_eq!(tmx.code, 0, "{tmx:?}");
    let tsv = glossa(&[
        "export", "--format", "tsv", &files[0], &files[1], &files[2], &files[3],
    ]);
    assert_eq!(tsv.code, 0, "{tsv:?}");
    let parsed = glossa_formats::parse(glossa_formats::FormatKind::Tmx, &tmx.stdout)
        .expect("our TMX reader reads our TMX");
    let rows: Vec<Vec<&str>> = tsv
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(parsed.units.len(), rows.len());
    for (unit, row) in parsed.units.iter().zip(&rows) {
        for (lang, cell) in ["en", "ru", "ja", "tr"].iter().zip(row.iter()) {
            let variant = unit
                .variants
                .iter()
                .find(|v| v.lang.as_deref() == Some(*lang));
            assert_eq!(
                variant.map_or("", |v| v.text.as_str()),
                *cell,
                "{lang} in unit {}",
                unit.id
            );
        }
    }
}
