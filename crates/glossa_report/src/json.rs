//! JSON output, schema version 1 (documented in the crate docs).

use std::collections::BTreeMap;
use std::io::{self, Write};

use glossa_diagnostics::{Arg, Diagnostic, Label, Localizer, Message, SourceMap, Span};
use serde::Serialize;

use crate::RenderOptions;
use crate::location::Location;
use crate::summary::{Counts, summary};

/// The schema version written in `version`.
const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool<'a>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'static str,
    version: &'a str,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    name: &'a str,
    severity: &'static str,
    message: String,
    message_id: &'a str,
    args: &'a BTreeMap<String, Arg>,
    file: Option<&'a str>,
    lang: Option<&'a str>,
    #[serde(flatten)]
    position: Position,
    labels: Vec<JsonLabel<'a>>,
    help: Vec<JsonMessage<'a>>,
    fix: Option<JsonFix<'a>>,
    group: Option<usize>,
}

#[derive(Serialize, Default)]
struct Position {
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    byte_start: Option<usize>,
    byte_end: Option<usize>,
}

impl Position {
    fn of(location: Option<&Location<'_>>) -> Self {
        location.map_or_else(Self::default, |l| Self {
            line: Some(l.line),
            column: Some(l.column),
            end_line: Some(l.end_line),
            end_column: Some(l.end_column),
            byte_start: Some(l.range.start),
            byte_end: Some(l.range.end),
        })
    }
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    primary: bool,
    file: Option<&'a str>,
    #[serde(flatten)]
    position: Position,
    message: Option<String>,
    message_id: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonMessage<'a> {
    message: String,
    message_id: &'a str,
    args: &'a BTreeMap<String, Arg>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    file: Option<&'a str>,
    #[serde(flatten)]
    position: Position,
    replacement: &'a str,
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    infos: usize,
    files: usize,
    text: String,
}

pub(crate) fn render(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    l10n: &dyn Localizer,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let files = sources.files().count();
    let counts = Counts::of(diagnostics);
    let report = Report {
        version: SCHEMA_VERSION,
        tool: Tool {
            name: "glossa",
            version: &options.tool_version,
        },
        diagnostics: diagnostics
            .iter()
            .map(|d| diagnostic(d, sources, l10n))
            .collect(),
        summary: Summary {
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
            files,
            text: summary(diagnostics, files, l10n),
        },
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

fn diagnostic<'a>(
    d: &'a Diagnostic,
    sources: &'a SourceMap,
    l10n: &dyn Localizer,
) -> JsonDiagnostic<'a> {
    let primary = Location::primary(sources, d);
    JsonDiagnostic {
        code: &d.code,
        name: &d.name,
        severity: d.severity.as_str(),
        message: l10n.format(&d.message),
        message_id: &d.message.id,
        args: &d.message.args,
        file: primary.as_ref().map(|l| l.file.path.as_str()),
        lang: primary.as_ref().and_then(|l| l.file.lang.as_deref()),
        position: Position::of(primary.as_ref()),
        labels: d
            .labels
            .iter()
            .map(|label| json_label(label, sources, l10n))
            .collect(),
        help: d.help.iter().map(|help| json_message(help, l10n)).collect(),
        fix: d.fix.as_ref().map(|fix| {
            let (file, position) = place(&fix.span, sources);
            JsonFix {
                file,
                position,
                replacement: &fix.replacement,
            }
        }),
        group: d.group,
    }
}

fn place<'a>(span: &Span, sources: &'a SourceMap) -> (Option<&'a str>, Position) {
    let location = Location::resolve(sources, span);
    (
        location.as_ref().map(|l| l.file.path.as_str()),
        Position::of(location.as_ref()),
    )
}

fn json_label<'a>(label: &'a Label, sources: &'a SourceMap, l10n: &dyn Localizer) -> JsonLabel<'a> {
    let (file, position) = place(&label.span, sources);
    JsonLabel {
        primary: label.primary,
        file,
        position,
        message: label.message.as_ref().map(|m| l10n.format(m)),
        message_id: label.message.as_ref().map(|m| m.id.as_str()),
    }
}

fn json_message<'a>(message: &'a Message, l10n: &dyn Localizer) -> JsonMessage<'a> {
    JsonMessage {
        message: l10n.format(message),
        message_id: &message.id,
        args: &message.args,
    }
}
