//! Runs the unit checks over line-parallel files (line i of each file
//! translates line i of the source) and prints every finding with its texts,
//! to review false positives on real translations.
//!
//! `cargo run --release -p glossa_workspace --example units_review -- SOURCE_LANG TARGET_LANG DIR`
//! reads every `DIR/*.SOURCE_LANG` with its `DIR/*.TARGET_LANG` sibling.
#![allow(clippy::print_stdout)]

use std::collections::BTreeMap;

use glossa_checks::{Settings, UnitPair, UnitText, check_units};
use glossa_diagnostics::{FileId, Localizer, PlainLocalizer};
use glossa_text::Lang;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source_tag, target_tag, dir] = args.as_slice() else {
        return Err("usage: units_review SOURCE_LANG TARGET_LANG DIR".into());
    };
    let (source_lang, target_lang) = (Lang::parse(source_tag)?, Lang::parse(target_tag)?);
    let mut files: Vec<(String, String)> = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names {
        if path.extension().is_some_and(|e| e == source_tag.as_str()) {
            let target = path.with_extension(target_tag);
            if target.is_file() {
                files.push((
                    std::fs::read_to_string(&path)?,
                    std::fs::read_to_string(&target)?,
                ));
            }
        }
    }
    let lines: Vec<(&str, &str)> = files
        .iter()
        .flat_map(|(s, t)| s.lines().zip(t.lines()))
        .collect();
    let ids: Vec<String> = (0..lines.len()).map(|i| format!("line-{i}")).collect();
    let pairs: Vec<UnitPair<'_>> = lines
        .iter()
        .zip(&ids)
        .enumerate()
        .map(|(i, ((s, t), id))| UnitPair {
            source: UnitText {
                file: FileId(i),
                id,
                lang: &source_lang,
                text: s,
                span_start: 0,
                codes: &[],
            },
            target: Some(UnitText {
                file: FileId(i),
                id,
                lang: &target_lang,
                text: t,
                span_start: 0,
                codes: &[],
            }),
            flags: &[],
            notes: &[],
        })
        .collect();
    let found = check_units(&pairs, &Settings::default());
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &found {
        *by_code.entry(d.code.as_ref()).or_default() += 1;
        let unit = d.primary_span().map_or(0, |s| s.file.0);
        let (s, t) = lines.get(unit).copied().unwrap_or_default();
        println!(
            "{} {}\n  src: {s}\n  tgt: {t}",
            d.code,
            PlainLocalizer.format(&d.message)
        );
    }
    println!("{} pairs; findings by code: {by_code:?}", pairs.len());
    Ok(())
}
