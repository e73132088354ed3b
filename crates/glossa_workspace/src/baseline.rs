//! Baselines: the findings a legacy repository already has, so that a run
//! fails only on new ones.
//!
//! A finding's fingerprint does not use line numbers: it hashes the check
//! code, the file path, the message id and the text the primary label
//! underlines, and appends the occurrence index among findings with the same
//! hash (in file order). Moving a line keeps its fingerprint; editing the
//! flagged text makes the finding new.

use std::collections::{BTreeMap, HashMap};

use glossa_diagnostics::{Diagnostic, SourceMap};
use serde::{Deserialize, Serialize};

use crate::error::ConfigError;

/// The version written in and required of baseline files.
pub const BASELINE_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    code: String,
    fingerprint: String,
}

/// 64-bit FNV-1a: stable across platforms and Rust versions.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// File path, check code and fingerprint of each diagnostic, in input order.
pub fn fingerprints(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
) -> Vec<(String, String, String)> {
    let mut order: Vec<usize> = (0..diagnostics.len()).collect();
    let position = |d: &Diagnostic| {
        d.primary_span()
            .map(|s| (s.file, s.range.start, s.range.end))
    };
    order.sort_by_key(|&i| position(&diagnostics[i]));
    let mut seen: HashMap<(String, u64), usize> = HashMap::new();
    let mut out = vec![(String::new(), String::new(), String::new()); diagnostics.len()];
    for i in order {
        let diagnostic = &diagnostics[i];
        let span = diagnostic.primary_span();
        let file = span.and_then(|s| sources.get(s.file));
        let path = file.map_or(String::new(), |f| f.path.replace('\\', "/"));
        let text = span
            .zip(file)
            .and_then(|(s, f)| f.slice(s.range.clone()))
            .unwrap_or_default();
        let hash = fnv1a(&[&diagnostic.code, &path, &diagnostic.message.id, text.trim()]);
        let occurrence = seen.entry((path.clone(), hash)).or_insert(0);
        out[i] = (
            path,
            diagnostic.code.to_string(),
            format!("{hash:016x}-{occurrence}"),
        );
        *occurrence += 1;
    }
    out
}

/// The baseline file for these findings: JSON, sorted, one finding per line.
pub fn write_baseline(diagnostics: &[Diagnostic], sources: &SourceMap) -> String {
    let mut findings: Vec<Entry> = fingerprints(diagnostics, sources)
        .into_iter()
        .map(|(file, code, fingerprint)| Entry {
            file,
            code,
            fingerprint,
        })
        .collect();
    findings.sort();
    let mut out = format!("{{\n  \"version\": {BASELINE_VERSION},\n  \"findings\": [");
    for (i, entry) in findings.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        out.push_str(&serde_json::to_string(entry).unwrap_or_default());
    }
    out.push_str(if findings.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}

/// Drops the findings the baseline records (each entry absorbs one finding).
pub fn filter_baseline(
    diagnostics: Vec<Diagnostic>,
    sources: &SourceMap,
    baseline: &str,
) -> Result<Vec<Diagnostic>, ConfigError> {
    let file: BaselineFile =
        serde_json::from_str(baseline).map_err(|error| ConfigError::Baseline {
            message: error.to_string(),
        })?;
    if file.version != BASELINE_VERSION {
        return Err(ConfigError::Baseline {
            message: format!("version {} (expected {BASELINE_VERSION})", file.version),
        });
    }
    let mut known: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for entry in file.findings {
        *known
            .entry((entry.file, entry.code, entry.fingerprint))
            .or_insert(0) += 1;
    }
    let prints = fingerprints(&diagnostics, sources);
    Ok(diagnostics
        .into_iter()
        .zip(prints)
        .filter_map(|(diagnostic, print)| match known.get_mut(&print) {
            Some(count) if *count > 0 => {
                *count -= 1;
                None
            }
            _ => Some(diagnostic),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use glossa_diagnostics::{FileId, Message, Severity, SourceFile, Span};

    fn finding(file: FileId, text: &str, word: &str) -> Diagnostic {
        let start = text.find(word).unwrap();
        Diagnostic::new(
            "Q004",
            "repeated-word",
            Severity::Warning,
            Message::new("repeated-word"),
        )
        .primary(
            Span {
                file,
                range: start..start + word.len(),
            },
            None,
        )
    }

    #[test]
    fn moved_lines_keep_their_fingerprint_and_new_findings_stay() {
        let old_text = "msgid \"a\"\nmsgstr \"в в Москве\"\n";
        let mut old = SourceMap::new();
        let old_id = old.add(SourceFile::new(
            "locales/ru.po",
            Some("ru".into()),
            old_text,
        ));
        let baseline = write_baseline(&[finding(old_id, old_text, "в в")], &old);
        assert!(baseline.starts_with("{\n  \"version\": 1,"));

        // Three lines were inserted above, and a new repeat appeared.
        let new_text = "# new\n# lines\n\nmsgid \"a\"\nmsgstr \"в в Москве\"\nmsgstr \"the the\"\n";
        let mut new = SourceMap::new();
        let new_id = new.add(SourceFile::new(
            "locales/ru.po",
            Some("ru".into()),
            new_text,
        ));
        let found = vec![
            finding(new_id, new_text, "в в"),
            finding(new_id, new_text, "the the"),
        ];
        let kept = filter_baseline(found, &new, &baseline).unwrap();
        assert_eq!(kept.len(), 1);
        let span = kept[0].primary_span().unwrap();
        assert_eq!(&new_text[span.range.clone()], "the the");
    }

    #[test]
    fn occurrences_are_counted() {
        let text = "ja ja\nja ja\n";
        let mut map = SourceMap::new();
        let id = map.add(SourceFile::new("x.txt", None, text));
        let first = finding(id, text, "ja ja");
        let second = first.clone().primary(
            Span {
                file: id,
                range: 6..11,
            },
            None,
        );
        let mut second = second;
        second.labels.remove(0);
        let baseline = write_baseline(std::slice::from_ref(&first), &map);
        let kept = filter_baseline(vec![first, second], &map, &baseline).unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].primary_span().unwrap().range, 6..11);
        assert!(filter_baseline(vec![], &map, "{\"version\": 9, \"findings\": []}").is_err());
        assert!(filter_baseline(vec![], &map, "not json").is_err());
    }
}
