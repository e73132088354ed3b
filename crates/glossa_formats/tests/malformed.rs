//! The malformed-input corpus: every file in `tests/fixtures/formats/malformed/` goes through the
//! real pipeline (detect → decode → parse) and must fail with the error kind and position listed
//! in `EXPECTED.tsv`; a file missing from the manifest fails the test.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

#[test]
fn every_malformed_file_gives_its_expected_error() {
    let dir = format!(
        "{}/../../tests/fixtures/formats/malformed",
        env!("CARGO_MANIFEST_DIR")
    );
    let manifest = std::fs::read_to_string(format!("{dir}/EXPECTED.tsv")).unwrap();
    let expected: BTreeMap<&str, (&str, usize, usize)> = manifest
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0], (f[1], f[2].parse().unwrap(), f[3].parse().unwrap()))
        })
        .collect();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "EXPECTED.tsv")
        .collect();
    files.sort();
    assert!(files.len() >= 30, "corpus has {} files", files.len());
    let mut failures = Vec::new();
    for name in &files {
        let (_, result) = common::load(&format!("malformed/{name}"));
        let actual = match result {
            Ok(_) => ("ok".to_owned(), 0, 0),
            Err(e) => (e.kind.code().to_owned(), e.line, e.column),
        };
        match expected.get(name.as_str()) {
            Some(&(kind, line, column))
                if (kind, line, column) == (actual.0.as_str(), actual.1, actual.2) => {}
            want => failures.push(format!("{name}: expected {want:?}, got {actual:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
