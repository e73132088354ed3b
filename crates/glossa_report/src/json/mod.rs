//! JSON output, schema version 1 (documented in the crate docs).

mod pretty;

use std::io::{self, Write};

use glossa_diagnostics::{Arg, Args, Diagnostic, Localizer, Message, SourceMap, Span};

use crate::RenderOptions;
use crate::location::Location;
use crate::summary::{Counts, summary};
use pretty::Pretty;

/// The schema version written in `version`.
const SCHEMA_VERSION: u32 = 1;

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

    /// The place of `span`, reusing `known` when it is the place of the same span (a
    /// diagnostic's labels and fix mostly cover its primary span).
    fn reuse(known: &(&Span, Self), span: &Span, sources: &'a SourceMap) -> Self {
        match known.0 == span {
            true => Self {
                file: known.1.file,
                position: known.1.position,
            },
            false => Self::resolve(span, sources),
        }
    }

    /// Writes the members `file` and the six positions.
    fn write(&self, json: &mut Pretty<'_>) {
        json.key("file");
        json.opt_string(self.file);
        self.write_position(json);
    }

    /// Writes `line`, `column`, `end_line`, `end_column`, `byte_start`, `byte_end` (one call
    /// per key: each key's length is a constant where it is copied).
    fn write_position(&self, json: &mut Pretty<'_>) {
        let [line, column, end_line, end_column, byte_start, byte_end] = self.position;
        json.key("line");
        json.opt_number(line);
        json.key("column");
        json.opt_number(column);
        json.key("end_line");
        json.opt_number(end_line);
        json.key("end_column");
        json.opt_number(end_column);
        json.key("byte_start");
        json.opt_number(byte_start);
        json.key("byte_end");
        json.opt_number(byte_end);
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
    let mut json = Pretty::new(out);
    json.open_object();
    json.key("version");
    json.number(SCHEMA_VERSION);
    json.key("tool");
    json.open_object();
    json.key("name");
    json.string("glossa");
    json.key("version");
    json.string(&options.tool_version);
    json.close_object()?;
    json.key("diagnostics");
    json.open_array();
    for d in diagnostics {
        json.element();
        diagnostic(&mut json, d, sources, l10n)?;
    }
    json.close_array()?;
    json.key("summary");
    json.open_object();
    for (key, count) in [
        ("errors", counts.errors),
        ("warnings", counts.warnings),
        ("infos", counts.infos),
        ("files", files),
    ] {
        json.key(key);
        json.number(count);
    }
    json.key("text");
    json.string(&summary(diagnostics, files, l10n));
    json.close_object()?;
    json.close_object()?;
    json.finish()
}

/// One diagnostic, as an object.
fn diagnostic(
    json: &mut Pretty<'_>,
    d: &Diagnostic,
    sources: &SourceMap,
    l10n: &dyn Localizer,
) -> io::Result<()> {
    let location = Location::primary(sources, d);
    let primary = Place::of(location.as_ref());
    json.open_object();
    json.key("code");
    json.string(&d.code);
    json.key("name");
    json.string(&d.name);
    json.key("severity");
    json.string(d.severity.as_str());
    message(json, &d.message, l10n)?;
    json.key("file");
    json.opt_string(primary.file);
    json.key("lang");
    json.opt_string(location.and_then(|l| l.file.lang.as_deref()));
    primary.write_position(json);
    let known = d.primary_span().map(|span| (span, primary));
    let place = |span: &Span| match &known {
        Some(known) => Place::reuse(known, span, sources),
        None => Place::resolve(span, sources),
    };
    json.key("labels");
    json.open_array();
    for label in &d.labels {
        json.element();
        json.open_object();
        json.key("primary");
        json.boolean(label.primary);
        place(&label.span).write(json);
        json.key("message");
        match &label.message {
            Some(m) => json.string_with(|text| l10n.format_into(m, text)),
            None => json.null(),
        }
        json.key("message_id");
        json.opt_string(label.message.as_ref().map(|m| m.id.as_ref()));
        json.close_object()?;
    }
    json.close_array()?;
    json.key("help");
    json.open_array();
    for help in &d.help {
        json.element();
        json.open_object();
        message(json, help, l10n)?;
        json.close_object()?;
    }
    json.close_array()?;
    json.key("fix");
    match &d.fix {
        Some(fix) => {
            json.open_object();
            place(&fix.span).write(json);
            json.key("replacement");
            json.string(&fix.replacement);
            json.close_object()?;
        }
        None => json.null(),
    }
    json.key("group");
    json.opt_number(d.group);
    json.close_object()
}

/// The members `message`, `message_id` and `args` of a message.
fn message(json: &mut Pretty<'_>, message: &Message, l10n: &dyn Localizer) -> io::Result<()> {
    json.key("message");
    json.string_with(|text| l10n.format_into(message, text));
    json.key("message_id");
    json.string(&message.id);
    json.key("args");
    args(json, &message.args)
}

/// Message arguments, as an object (integers as numbers).
fn args(json: &mut Pretty<'_>, args: &Args) -> io::Result<()> {
    json.open_object();
    for (name, value) in args.iter() {
        json.key_escaped(name);
        match value {
            Arg::Int(n) => json.number(*n),
            Arg::Str(s) => json.string(s),
        }
    }
    json.close_object()
}
