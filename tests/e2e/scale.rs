//! `glossa check` on a directory of 2,000 small generated files (Markdown
//! pairs by directory convention, standalone PO files, JSON catalog pairs)
//! finishes and reports exactly the faults generated into them.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::util::run;

const MARKDOWN_PAIRS: usize = 800;
const PO_FILES: usize = 200;
const CATALOG_PAIRS: usize = 100;

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Writes the files; returns the expected number of findings per code.
fn generate(dir: &Path) -> BTreeMap<String, usize> {
    let mut expected = BTreeMap::new();
    for i in 0..MARKDOWN_PAIRS {
        let year = 1900 + i % 100;
        write(
            &dir.join(format!("docs/en/note{i:04}.md")),
            &format!(
                "# Note {i}\n\nA delegation of {} experts arrived in {year}.\nThe talks lasted two days.\n",
                i + 3
            ),
        );
        // Every tenth translation changes the year: the source's number is
        // missing and another one is added, two N001 findings.
        let shown = if i % 10 == 0 { year + 1 } else { year };
        if i % 10 == 0 {
            *expected.entry("N001".to_string()).or_default() += 2;
        }
        write(
            &dir.join(format!("docs/ru/note{i:04}.md")),
            &format!(
                "# Заметка {i}\n\nДелегация из {} экспертов прибыла в {shown} году.\nПереговоры продолжались два дня.\n",
                i + 3
            ),
        );
    }
    for i in 0..PO_FILES {
        // Every twentieth file drops the placeholder: one P001.
        let target = if i % 20 == 0 {
            format!("Отчёт комиссии {i} готов.")
        } else {
            format!("Отчёт %d комиссии {i} готов.")
        };
        if i % 20 == 0 {
            *expected.entry("P001".to_string()).or_default() += 1;
        }
        write(
            &dir.join(format!("po/part{i:03}/ru.po")),
            &format!(
                "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#, c-format\nmsgid \"Report %d of commission {i} is ready.\"\nmsgstr \"{target}\"\n"
            ),
        );
    }
    for i in 0..CATALOG_PAIRS {
        write(
            &dir.join(format!("i18n/app{i:03}/en.json")),
            &format!(
                "{{\"title\": \"Visit number {i}\", \"body\": \"The ferry leaves at noon.\"}}\n"
            ),
        );
        // Every twenty-fifth locale lacks a message: one M001.
        let ru = if i % 25 == 0 {
            format!("{{\"title\": \"Визит номер {i}\"}}\n")
        } else {
            format!("{{\"title\": \"Визит номер {i}\", \"body\": \"Паром отходит в полдень.\"}}\n")
        };
        if i % 25 == 0 {
            *expected.entry("M001".to_string()).or_default() += 1;
        }
        write(&dir.join(format!("i18n/app{i:03}/ru.json")), &ru);
    }
    expected
}

#[test]
fn check_on_2000_generated_files_reports_every_generated_fault() {
    let dir = tempfile::tempdir().unwrap();
    let expected = generate(dir.path());
    let files = 2 * MARKDOWN_PAIRS + PO_FILES + 2 * CATALOG_PAIRS;
    assert_eq!(files, 2000);
    let path = dir.path().display().to_string();
    let out = run(
        &["check", "--source-lang", "en", "--format", "json", &path],
        &[],
        None,
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    // Stderr is not a terminal: no progress bar, nothing at all.
    assert_eq!(out.stderr, "");
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(report["summary"]["files"], files);
    let mut found: BTreeMap<String, usize> = BTreeMap::new();
    for d in report["diagnostics"].as_array().unwrap() {
        *found
            .entry(d["code"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    assert_eq!(found, expected);
    assert_eq!(expected.values().sum::<usize>(), 160 + 10 + 4);
}
