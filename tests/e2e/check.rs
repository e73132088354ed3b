//! `glossa check` on the sample corpus: every injected fault is found, no
//! trap is flagged, and the correct translations raise no error.

use serde_json::Value;

use crate::util::{fixture, glossa, run, shipped_glossary};

/// A diagnostic as the JSON report gives it.
#[derive(Debug)]
struct Found {
    code: String,
    file: String,
    line: u64,
    severity: String,
    lang_arg: Option<String>,
}

fn check_json(files: &[String]) -> (i32, Vec<Found>) {
    let glossary = shipped_glossary();
    let mut args = vec!["check", "--glossary", glossary.as_str(), "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let out = glossa(&args);
    assert!(out.code == 0 || out.code == 1, "{out:?}");
    let report: Value = serde_json::from_str(&out.stdout).expect("JSON report");
    let found = report["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| Found {
            code: d["code"].as_str().unwrap_or_default().to_string(),
            file: d["file"].as_str().unwrap_or_default().to_string(),
            line: d["line"].as_u64().unwrap_or_default(),
            severity: d["severity"].as_str().unwrap_or_default().to_string(),
            lang_arg: d["args"]["lang"].as_str().map(str::to_string),
        })
        .collect();
    (out.code, found)
}

fn sample(name: &str) -> String {
    fixture(&format!("sample/{name}"))
}

/// Rows of a TSV file with a header, as maps from column name to value.
fn tsv_rows(path: &str) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::fs::read_to_string(path).expect("answer key exists");
    let mut lines = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let header: Vec<String> = lines
        .next()
        .expect("header")
        .split('\t')
        .map(str::to_string)
        .collect();
    lines
        .map(|line| {
            header
                .iter()
                .cloned()
                .zip(line.split('\t').map(str::to_string))
                .collect()
        })
        .collect()
}

#[test]
fn correct_translations_have_no_errors() {
    let files = ["en.md", "ru.md", "ja.md", "tr.md"].map(sample).to_vec();
    let (_, found) = check_json(&files);
    let serious: Vec<&Found> = found.iter().filter(|f| f.severity != "info").collect();
    assert!(
        serious.is_empty(),
        "findings on the correct translations: {serious:#?}"
    );
}

#[test]
fn every_injected_fault_is_found_and_no_trap_is_flagged() {
    let files = vec![
        sample("en.md"),
        sample("flawed/ru.md"),
        sample("flawed/ja.md"),
        sample("flawed/tr.md"),
    ];
    let (code, found) = check_json(&files);
    assert_eq!(code, 1);
    let mut missed = Vec::new();
    for fault in tsv_rows(&sample("flawed/faults.tsv")) {
        let (file, line, code) = (
            &fault["file"],
            fault["line"].parse::<u64>().unwrap(),
            &fault["code"],
        );
        let lang = file.trim_end_matches(".md");
        let hit = found.iter().any(|f| {
            if code == "S001" {
                f.code == "S001"
                    && f.file.ends_with("sample/en.md")
                    && f.line == line
                    && f.lang_arg.as_deref() == Some(lang)
            } else {
                f.code == *code && f.file.ends_with(&format!("flawed/{file}")) && f.line == line
            }
        });
        if !hit {
            missed.push(format!(
                "{file}:{line} {code} ({})",
                fault.get("note").cloned().unwrap_or_default()
            ));
        }
    }
    let mut false_alarms = Vec::new();
    for trap in tsv_rows(&sample("flawed/traps.tsv")) {
        let (file, line) = (&trap["file"], trap["line"].parse::<u64>().unwrap());
        let forbidden: Vec<&str> = trap["must-not-flag"].split(',').map(str::trim).collect();
        for f in found
            .iter()
            .filter(|f| f.file.ends_with(&format!("flawed/{file}")) && f.line == line)
        {
            if forbidden.contains(&"*") || forbidden.contains(&f.code.as_str()) {
                false_alarms.push(format!("{file}:{line} {} ({})", f.code, trap["trap"]));
            }
        }
    }
    assert!(
        missed.is_empty(),
        "faults not found:\n{}",
        missed.join("\n")
    );
    assert!(
        false_alarms.is_empty(),
        "traps flagged:\n{}",
        false_alarms.join("\n")
    );
}

/// A source that can be read only once (a pipe, `<(git show …)`) is read up front, and the
/// report is the one the same file on disk gives.
#[test]
fn a_source_read_from_a_pipe_reports_what_the_file_reports() {
    if !std::path::Path::new("/dev/stdin").exists() {
        return;
    }
    let (source, target) = (sample("en.md"), sample("flawed/ru.md"));
    let glossary = shipped_glossary();
    let args = |first: &str| -> Vec<String> {
        [
            "check",
            "--glossary",
            &glossary,
            "--langs",
            "en,ru",
            first,
            &target,
        ]
        .map(str::to_string)
        .to_vec()
    };
    let on_disk = args(&source);
    let on_disk: Vec<&str> = on_disk.iter().map(String::as_str).collect();
    let from_file = run(&on_disk, &[], None);
    let text = std::fs::read_to_string(&source).expect("sample is readable");
    let piped = args("/dev/stdin");
    let piped: Vec<&str> = piped.iter().map(String::as_str).collect();
    let from_pipe = run(&piped, &[], Some(&text));
    assert_eq!(from_file.code, 1, "{from_file:?}");
    assert_eq!(from_pipe.code, 1, "{from_pipe:?}");
    assert_eq!(
        from_pipe.stdout.replace("/dev/stdin", &source),
        from_file.stdout
    );
}

#[test]
fn human_output_points_at_file_line_and_column() {
    let files = [sample("en.md"), sample("flawed/ru.md")];
    let glossary = shipped_glossary();
    let out = glossa(&["check", "--glossary", &glossary, &files[0], &files[1]]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stdout.contains("flawed/ru.md:"), "{}", out.stdout);
    assert!(out.stdout.contains("^"), "{}", out.stdout);
    assert!(out.stdout.contains("T002"), "{}", out.stdout);
}

#[test]
fn fail_on_error_ignores_warnings() {
    let files = [sample("en.md"), sample("ru.md")];
    let glossary = shipped_glossary();
    let out = glossa(&[
        "check",
        "--fail-on",
        "error",
        "--glossary",
        &glossary,
        &files[0],
        &files[1],
    ]);
    assert_eq!(out.code, 0, "{out:?}");
}

#[test]
fn configuration_and_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("docs/en")).unwrap();
    std::fs::create_dir_all(root.join("docs/ru")).unwrap();
    std::fs::copy(sample("en.md"), root.join("docs/en/a.md")).unwrap();
    std::fs::copy(sample("flawed/ru.md"), root.join("docs/ru/a.md")).unwrap();
    std::fs::copy(shipped_glossary(), root.join("g.toml")).unwrap();
    std::fs::write(
        root.join("glossa.toml"),
        "source-lang = \"en\"\nglossaries = [\"g.toml\"]\n[checks]\nT001 = \"off\"\n",
    )
    .unwrap();
    let config = root.join("glossa.toml").display().to_string();
    let docs = root.join("docs").display().to_string();
    let baseline = root.join("baseline.json").display().to_string();

    let out = glossa(&["check", "--config", &config, "--format", "json", &docs]);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stdout.contains("\"T002\""),
        "glossary from the configuration"
    );
    assert!(
        !out.stdout.contains("\"T001\""),
        "T001 is off in the configuration"
    );

    let out = glossa(&[
        "check",
        "--config",
        &config,
        "--write-baseline",
        &baseline,
        &docs,
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let out = glossa(&["check", "--config", &config, "--baseline", &baseline, &docs]);
    assert_eq!(out.code, 0, "baseline absorbs every known finding: {out:?}");

    std::fs::write(
        root.join("glossa.toml"),
        "source-lang = \"en\"\ncolour = \"red\"\n",
    )
    .unwrap();
    let out = glossa(&["check", "--config", &config, &docs]);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("glossa.toml:2"), "{}", out.stderr);
}

#[test]
fn structured_files_are_checked() {
    let po = fixture("formats/po/en-ja.po");
    let out = glossa(&["check", "--format", "json", &po]);
    assert!(out.code == 0 || out.code == 1, "{out:?}");
    let report: Value = serde_json::from_str(&out.stdout).expect("JSON report");
    assert!(report["diagnostics"].is_array());
    let xliff = fixture("formats/xliff/en-tr-utf16le.xlf");
    let out = glossa(&["check", &xliff]);
    assert!(out.code == 0 || out.code == 1, "{out:?}");
}

/// A number word must not take the counterpart of a number written in
/// digits (English `on` is not the Turkish `on`, ten), a number word may
/// stand for digits, and a number really left out is still reported.
#[test]
fn number_words_do_not_hide_or_invent_number_mismatches() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    };
    let en = write(
        "en.md",
        "The talks began on 9 March with 10 advisers.\n\nTwo ministers met 2 envoys.\n",
    );
    let ru = write(
        "ru.md",
        "Переговоры начались 9 марта с 10 советниками.\n\nДва министра встретили двух посланников.\n",
    );
    let tr = write(
        "tr.md",
        "Görüşmeler 9 Mart'ta danışmanlarla başladı.\n\nİki bakan iki elçiyle görüştü.\n",
    );
    let (code, found) = check_json(&[en, ru, tr]);
    let numbers: Vec<_> = found.iter().filter(|f| f.code == "N001").collect();
    assert_eq!(code, 1, "{found:?}");
    assert_eq!(numbers.len(), 1, "{numbers:?}");
    assert!(numbers[0].file.ends_with("tr.md") && numbers[0].line == 1);
}
