//! JSON output, schema version 1 (documented in the crate docs).

use std::io::{self, Write};

use glossa_diagnostics::{Args, Diagnostic, Label, Localizer, Message, SourceMap, Span};
use serde::{Serialize, Serializer};

use crate::RenderOptions;
use crate::location::Location;
use crate::summary::{Counts, summary};

/// The schema version written in `version`.
const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool<'a>,
    diagnostics: Diagnostics<'a>,
    summary: Summary,
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'static str,
    version: &'a str,
}

/// The diagnostics, converted one at a time as they are written: a run can
/// report hundreds of thousands.
struct Diagnostics<'a> {
    diagnostics: &'a [Diagnostic],
    sources: &'a SourceMap,
    l10n: &'a dyn Localizer,
}

impl Serialize for Diagnostics<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.diagnostics
                .iter()
                .map(|d| diagnostic(d, self.sources, self.l10n)),
        )
    }
}

// Positions are written field by field rather than through
// `#[serde(flatten)]`, which buffers every value into a map first.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    name: &'a str,
    severity: &'static str,
    message: String,
    message_id: &'a str,
    args: &'a Args,
    file: Option<&'a str>,
    lang: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    byte_start: Option<usize>,
    byte_end: Option<usize>,
    labels: Vec<JsonLabel<'a>>,
    help: Vec<JsonMessage<'a>>,
    fix: Option<JsonFix<'a>>,
    group: Option<usize>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    primary: bool,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    byte_start: Option<usize>,
    byte_end: Option<usize>,
    message: Option<String>,
    message_id: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonMessage<'a> {
    message: String,
    message_id: &'a str,
    args: &'a Args,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    byte_start: Option<usize>,
    byte_end: Option<usize>,
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

/// File and position of a resolved span, in the order the schema lists them:
/// file, line, column, end_line, end_column, byte_start, byte_end.
struct Place<'a> {
    file: Option<&'a str>,
    position: [Option<usize>; 6],
}

impl<'a> Place<'a> {
    fn of(location: Option<&Location<'a>>) -> Self {
        Self {
            file: location.map(|l| l.file.path.as_str()),
            position: location.map_or([None; 6], |l| {
                [
                    Some(l.line),
                    Some(l.column),
                    Some(l.end_line),
                    Some(l.end_column),
                    Some(l.range.start),
                    Some(l.range.end),
                ]
            }),
        }
    }

    fn resolve(span: &Span, sources: &'a SourceMap) -> Self {
        Self::of(Location::resolve(sources, span).as_ref())
    }
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
        diagnostics: Diagnostics {
            diagnostics,
            sources,
            l10n,
        },
        summary: Summary {
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
            files,
            text: summary(diagnostics, files, l10n),
        },
    };
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, &report)?;
    writeln!(buffered)?;
    buffered.flush()
}

fn diagnostic<'a>(
    d: &'a Diagnostic,
    sources: &'a SourceMap,
    l10n: &dyn Localizer,
) -> JsonDiagnostic<'a> {
    let location = Location::primary(sources, d);
    let primary = Place::of(location.as_ref());
    let [line, column, end_line, end_column, byte_start, byte_end] = primary.position;
    JsonDiagnostic {
        code: &d.code,
        name: &d.name,
        severity: d.severity.as_str(),
        message: l10n.format(&d.message),
        message_id: &d.message.id,
        args: &d.message.args,
        file: primary.file,
        lang: location.and_then(|l| l.file.lang.as_deref()),
        line,
        column,
        end_line,
        end_column,
        byte_start,
        byte_end,
        labels: d
            .labels
            .iter()
            .map(|label| json_label(label, sources, l10n))
            .collect(),
        help: d.help.iter().map(|help| json_message(help, l10n)).collect(),
        fix: d.fix.as_ref().map(|fix| {
            let place = Place::resolve(&fix.span, sources);
            let [line, column, end_line, end_column, byte_start, byte_end] = place.position;
            JsonFix {
                file: place.file,
                line,
                column,
                end_line,
                end_column,
                byte_start,
                byte_end,
                replacement: &fix.replacement,
            }
        }),
        group: d.group,
    }
}

fn json_label<'a>(label: &'a Label, sources: &'a SourceMap, l10n: &dyn Localizer) -> JsonLabel<'a> {
    let place = Place::resolve(&label.span, sources);
    let [line, column, end_line, end_column, byte_start, byte_end] = place.position;
    JsonLabel {
        primary: label.primary,
        file: place.file,
        line,
        column,
        end_line,
        end_column,
        byte_start,
        byte_end,
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
