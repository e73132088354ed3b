//! Throughput and findings of the unit checks on a gettext PO file with
//! single-line entries (as `shared/eval/qa/gen_po.py` writes them).
//!
//! `cargo run --release -p glossa_workspace --example units_bench -- FILE.po [TRUTH.tsv]`
//! `cargo run --release -p glossa_workspace --example units_bench -- en-US/app.ftl ru/app.ftl`
//!
//! Prints units per second (reading, parsing and every check, one thread) and,
//! with a truth file (`id<TAB>defect`), how many injected defects were found
//! and how many units without a defect were flagged. With two Fluent files
//! (single-line messages and attributes, as `gen_ftl.py` writes them) it also
//! runs the catalog coverage check.
#![allow(clippy::print_stdout)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Instant;

use glossa_checks::{
    CatalogEntry, Settings, UnitPair, UnitText, check_catalog_coverage, check_units,
};
use glossa_diagnostics::{Diagnostic, FileId};
use glossa_text::Lang;

/// One PO entry: context, source, target, byte offsets of the strings.
struct Entry {
    context: String,
    source: String,
    source_at: usize,
    target: String,
    target_at: usize,
}

fn unquote(line: &str) -> String {
    let inner = line.trim().trim_start_matches('"').trim_end_matches('"');
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn parse(text: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut context = String::new();
    let mut source = (String::new(), 0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let at = offset + line.find('"').map_or(0, |i| i + 1);
        if let Some(rest) = line.strip_prefix("msgctxt ") {
            context = unquote(rest);
        } else if let Some(rest) = line.strip_prefix("msgid ") {
            source = (unquote(rest), at);
        } else if let Some(rest) = line.strip_prefix("msgstr ")
            && !source.0.is_empty()
        {
            entries.push(Entry {
                context: std::mem::take(&mut context),
                source: std::mem::take(&mut source.0),
                source_at: source.1,
                target: unquote(rest),
                target_at: at,
            });
        }
        offset += line.len();
    }
    entries
}

/// Fluent messages and attributes: (id, value, byte offset of the value, offset of the id).
fn parse_ftl(text: &str) -> Vec<(String, &str, usize, usize)> {
    let mut out = Vec::new();
    let mut message = String::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if let Some((key, value)) = body.split_once(" = ") {
            let value_at = offset + key.len() + 3;
            let key_at = offset + (key.len() - key.trim_start().len());
            if let Some(attribute) = key.trim_start().strip_prefix('.') {
                out.push((format!("{message}.{attribute}"), value, value_at, key_at));
            } else if !key.starts_with([' ', '#']) {
                message = key.to_string();
                out.push((message.clone(), value, value_at, key_at));
            }
        }
        offset += line.len();
    }
    out
}

type FtlUnit<'a> = (String, &'a str, usize, usize);

fn text<'a>(file: usize, id: &'a str, lang: &'a Lang, text: &'a str, at: usize) -> UnitText<'a> {
    UnitText {
        file: FileId(file),
        id,
        lang,
        text,
        span_start: at,
        codes: &[],
    }
}

/// Catalog entries of the messages (not attributes) of one file.
fn catalog(file: usize, units: &[FtlUnit<'_>]) -> Vec<(FileId, String, usize)> {
    units
        .iter()
        .filter(|u| !u.0.contains('.'))
        .map(|u| (FileId(file), u.0.clone(), u.3))
        .collect()
}

fn entries(ids: &[(FileId, String, usize)]) -> Vec<CatalogEntry<'_>> {
    ids.iter()
        .map(|(file, id, at)| CatalogEntry {
            file: *file,
            id,
            offset: *at,
            notes: &[],
        })
        .collect()
}

fn ftl(en_path: &str, ru_path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let (en, ru) = (Lang::parse("en")?, Lang::parse("ru")?);
    let started = Instant::now();
    let en_text = std::fs::read_to_string(en_path)?;
    let ru_text = std::fs::read_to_string(ru_path)?;
    let (en_units, ru_units) = (parse_ftl(&en_text), parse_ftl(&ru_text));
    let translated: HashMap<&str, &FtlUnit<'_>> =
        ru_units.iter().map(|u| (u.0.as_str(), u)).collect();
    let pairs: Vec<UnitPair<'_>> = en_units
        .iter()
        .filter_map(|(id, source, at, _)| {
            let (_, target, target_at, _) = translated.get(id.as_str())?;
            Some(UnitPair {
                source: text(0, id, &en, source, *at),
                target: Some(text(1, id, &ru, target, *target_at)),
                flags: &[],
                notes: &[],
            })
        })
        .collect();
    let (en_ids, ru_ids) = (catalog(0, &en_units), catalog(1, &ru_units));
    let settings = Settings::default();
    let mut found = check_units(&pairs, &settings);
    found.extend(check_catalog_coverage(
        &entries(&en_ids),
        &entries(&ru_ids),
        &ru,
        &settings,
    ));
    let total = started.elapsed();
    println!(
        "{} messages and attributes, {} pairs, {} findings in {:.3} s = {:.0} units/s",
        en_units.len(),
        pairs.len(),
        found.len(),
        total.as_secs_f64(),
        en_units.len() as f64 / total.as_secs_f64()
    );
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &found {
        *by_code.entry(d.code.as_ref()).or_default() += 1;
    }
    println!("by code: {by_code:?}");
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: units_bench FILE.po [TRUTH.tsv] | EN.ftl RU.ftl")?;
    if path.ends_with(".ftl") {
        let other = args.get(1).ok_or("a second .ftl file is needed")?;
        return ftl(path, other);
    }
    let (en, ru) = (Lang::parse("en")?, Lang::parse("ru")?);
    let started = Instant::now();
    let text = std::fs::read_to_string(path)?;
    let entries = parse(&text);
    let pairs: Vec<UnitPair<'_>> = entries
        .iter()
        .map(|e| UnitPair {
            source: UnitText {
                file: FileId(0),
                id: &e.context,
                lang: &en,
                text: &e.source,
                span_start: e.source_at,
                codes: &[],
            },
            target: Some(UnitText {
                file: FileId(0),
                id: &e.context,
                lang: &ru,
                text: &e.target,
                span_start: e.target_at,
                codes: &[],
            }),
            flags: &[],
            notes: &[],
        })
        .collect();
    let parsed = started.elapsed();
    let found = check_units(&pairs, &Settings::default());
    let total = started.elapsed();
    let units = pairs.len() as f64;
    println!(
        "{} units, {} findings; read+parse {:.3} s, checks {:.3} s, total {:.3} s = {:.0} units/s",
        pairs.len(),
        found.len(),
        parsed.as_secs_f64(),
        (total - parsed).as_secs_f64(),
        total.as_secs_f64(),
        units / total.as_secs_f64()
    );
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &found {
        *by_code.entry(d.code.as_ref()).or_default() += 1;
    }
    println!("by code: {by_code:?}");
    if let Some(truth) = args.get(1) {
        score(&entries, &found, &std::fs::read_to_string(truth)?);
    }
    Ok(())
}

/// Injected defect → the codes that find it.
fn expected(defect: &str) -> &'static [&'static str] {
    match defect {
        "number" => &["N001"],
        "doublespace" => &["Q003"],
        "untranslated" => &["U002"],
        "placeholder" => &["P001", "N003"],
        "empty" => &["U001"],
        "repeatword" => &["Q004"],
        "endpunc" => &["Q005"],
        _ => &[],
    }
}

fn score(entries: &[Entry], found: &[Diagnostic], truth: &str) {
    let truth: HashMap<&str, &str> = truth.lines().filter_map(|l| l.split_once('\t')).collect();
    // Which unit each diagnostic is on: by the primary span's offset.
    let starts: Vec<usize> = entries.iter().map(|e| e.target_at).collect();
    let mut flagged: HashMap<usize, HashSet<&str>> = HashMap::new();
    for d in found {
        let Some(span) = d.primary_span() else {
            continue;
        };
        let unit = starts
            .partition_point(|&s| s <= span.range.start)
            .saturating_sub(1);
        flagged.entry(unit).or_default().insert(d.code.as_ref());
    }
    // Per defect: (found by its check, found by any check, injected).
    let mut hits: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut false_positives: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, entry) in entries.iter().enumerate() {
        let codes = flagged.get(&i);
        match truth.get(entry.context.as_str()) {
            Some(defect) => {
                let slot = hits.entry(defect).or_default();
                slot.2 += 1;
                if codes.is_some_and(|c| expected(defect).iter().any(|e| c.contains(e))) {
                    slot.0 += 1;
                }
                if codes.is_some() {
                    slot.1 += 1;
                }
            }
            None => {
                for code in codes.into_iter().flatten() {
                    *false_positives.entry(code).or_default() += 1;
                }
            }
        }
    }
    for (defect, (hit, any, total)) in &hits {
        println!("{defect:>12}: {hit}/{total} by its check, {any}/{total} by any check");
    }
    println!("flags on units without an injected defect: {false_positives:?}");
}
