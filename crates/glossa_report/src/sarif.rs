//! SARIF 2.1.0 output: one run, the rules that fired, one result per finding.
//!
//! Regions give 1-based lines and character columns (`columnKind:
//! unicodeCodePoints`, exclusive `endColumn`) plus byte offsets. Each result
//! carries the Fluent message id and arguments in `properties`, secondary labels
//! as `relatedLocations`, the fix as `fixes`, and a `partialFingerprints` entry
//! that does not depend on line numbers, so moved text keeps its identity.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use glossa_diagnostics::{Args, Diagnostic, Localizer, Message, SourceMap, Span};
use serde::Serialize;

use crate::RenderOptions;
use crate::location::Location;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const FINGERPRINT_KEY: &str = "glossa/v1";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Text,
    help: Text,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
    properties: Properties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
    snippet: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Properties {
    name: String,
    message_id: String,
    #[serde(skip_serializing_if = "Args::is_empty")]
    args: Args,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<usize>,
}

pub(crate) fn render(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    l10n: &dyn Localizer,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let codes: BTreeSet<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d.code.as_ref(), d.name.as_ref()))
        .collect();
    let rules: Vec<Rule> = codes
        .iter()
        .map(|(code, name)| rule(code, name, l10n))
        .collect();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let results = diagnostics
        .iter()
        .map(|d| {
            let rule_index = rules
                .iter()
                .position(|r| r.id == d.code && r.name == d.name)
                .unwrap_or(0);
            result(d, rule_index, sources, l10n, &mut seen)
        })
        .collect();
    let version = Some(options.tool_version.clone()).filter(|v| !v.is_empty());
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "glossa",
                    version,
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// A rule from the check's `explain-CODE` text: its first paragraph after the
/// title is the short description, the whole text the help.
fn rule(code: &str, name: &str, l10n: &dyn Localizer) -> Rule {
    let id = format!("explain-{code}");
    let explanation = l10n.format(&Message::new(id.clone()));
    let (short, help) = if explanation == id {
        (name.to_string(), name.to_string())
    } else {
        let short = explanation.split("\n\n").nth(1).map_or_else(
            || name.to_string(),
            |p| p.lines().map(str::trim).collect::<Vec<_>>().join(" "),
        );
        (short, explanation)
    };
    Rule {
        id: code.to_string(),
        name: name.to_string(),
        short_description: Text { text: short },
        help: Text { text: help },
    }
}

fn result(
    d: &Diagnostic,
    rule_index: usize,
    sources: &SourceMap,
    l10n: &dyn Localizer,
    seen: &mut BTreeMap<String, usize>,
) -> SarifResult {
    let primary = Location::primary(sources, d);
    let locations = primary.iter().map(|l| location(l, None, None)).collect();
    let related_locations = d
        .labels
        .iter()
        .filter(|label| Some(&label.span) != d.primary_span())
        .filter_map(|label| {
            let resolved = Location::resolve(sources, &label.span)?;
            Some((resolved, label.message.as_ref().map(|m| l10n.format(m))))
        })
        .enumerate()
        .map(|(index, (resolved, message))| location(&resolved, Some(index + 1), message))
        .collect();
    let mut message = l10n.format(&d.message);
    for help in &d.help {
        message.push_str("\nhelp: ");
        message.push_str(&l10n.format(help));
    }
    let fixes = d
        .fix
        .as_ref()
        .and_then(|fix| fix_of(&fix.span, &fix.replacement, d, sources, l10n))
        .into_iter()
        .collect();
    SarifResult {
        rule_id: d.code.to_string(),
        rule_index,
        level: match d.severity {
            glossa_diagnostics::Severity::Error => "error",
            glossa_diagnostics::Severity::Warning => "warning",
            glossa_diagnostics::Severity::Info => "note",
        },
        message: Text { text: message },
        locations,
        related_locations,
        partial_fingerprints: BTreeMap::from([(
            FINGERPRINT_KEY,
            fingerprint(d, primary.as_ref(), seen),
        )]),
        fixes,
        properties: Properties {
            name: d.name.to_string(),
            message_id: d.message.id.to_string(),
            args: d.message.args.clone(),
            group: d.group,
        },
    }
}

fn fix_of(
    span: &Span,
    replacement: &str,
    d: &Diagnostic,
    sources: &SourceMap,
    l10n: &dyn Localizer,
) -> Option<SarifFix> {
    let resolved = Location::resolve(sources, span)?;
    let description = d
        .help
        .first()
        .map_or_else(|| replacement.to_string(), |help| l10n.format(help));
    Some(SarifFix {
        description: Text { text: description },
        artifact_changes: vec![ArtifactChange {
            artifact_location: ArtifactLocation {
                uri: uri(&resolved.file.path),
            },
            replacements: vec![Replacement {
                deleted_region: region(&resolved),
                inserted_content: Text {
                    text: replacement.to_string(),
                },
            }],
        }],
    })
}

fn location(resolved: &Location<'_>, id: Option<usize>, message: Option<String>) -> SarifLocation {
    SarifLocation {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&resolved.file.path),
            },
            region: region(resolved),
        },
        message: message.map(|text| Text { text }),
    }
}

fn region(resolved: &Location<'_>) -> Region {
    Region {
        start_line: resolved.line,
        start_column: resolved.column,
        end_line: resolved.end_line,
        end_column: resolved.end_column,
        byte_offset: resolved.range.start,
        byte_length: resolved.range.len(),
        snippet: Text {
            text: resolved.text().to_string(),
        },
    }
}

/// A URI reference for a path: `/` separators, percent-encoded bytes outside the
/// unreserved set; absolute paths become `file://` URIs.
pub(crate) fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    if encoded.starts_with('/') {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// FNV-1a over the code, file, message and underlined text; a repeat of the same
/// key gets an occurrence number, so identical findings stay distinct.
fn fingerprint(
    d: &Diagnostic,
    primary: Option<&Location<'_>>,
    seen: &mut BTreeMap<String, usize>,
) -> String {
    let args: Vec<String> = d
        .message
        .args
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let key = [
        d.code.as_ref(),
        primary.map_or("", |l| l.file.path.as_str()),
        d.message.id.as_ref(),
        &args.join("\u{1f}"),
        primary.map_or("", |l| l.text()),
    ]
    .join("\u{1e}");
    let occurrence = seen.entry(key.clone()).or_insert(0);
    *occurrence += 1;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}:{occurrence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded_references() {
        assert_eq!(
            uri("docs/ru/статья.md"),
            "docs/ru/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F.md"
        );
        assert_eq!(uri("drafts\\tr taslak.md"), "drafts/tr%20taslak.md");
        assert_eq!(uri("/work/ja.md"), "file:///work/ja.md");
        assert_eq!(uri("c:x.md"), "c%3Ax.md");
    }
}
