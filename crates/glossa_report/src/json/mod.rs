//! JSON output, schema version 1 (documented in the crate docs).

mod pretty;

use std::io::{self, Write};

use glossa_diagnostics::{Arg, Args, Diagnostic, Localizer, Message, Severity, SourceMap, Span};

use crate::RenderOptions;
use crate::location::Locator;
use crate::summary::{Counts, summary};
use pretty::Pretty;

/// The schema version written in `version`.
const SCHEMA_VERSION: u32 = 1;

/// `,\n`, the indentation `$indent` and `"$key": `: the start of a member after the first one.
macro_rules! member {
    ($indent:literal, $key:literal) => {
        concat!(",\n", $indent, "\"", $key, "\": ").as_bytes()
    };
}

/// The start of a member of a diagnostic object.
macro_rules! diagnostic_member {
    ($key:literal) => {
        member!("      ", $key)
    };
}

/// The starts of the members of a place after `file`, as [`member!`] writes them.
macro_rules! position_members {
    ($indent:literal) => {
        PositionMembers {
            line: member!($indent, "line"),
            column: member!($indent, "column"),
            end_line: member!($indent, "end_line"),
            end_column: member!($indent, "end_column"),
            byte_start: member!($indent, "byte_start"),
            byte_end: member!($indent, "byte_end"),
        }
    };
}

/// The starts of the six position members at one depth (one field each, not an array: a loop
/// over one was not unrolled, and copies of unknown length call `memcpy`).
struct PositionMembers {
    line: &'static [u8],
    column: &'static [u8],
    end_line: &'static [u8],
    end_column: &'static [u8],
    byte_start: &'static [u8],
    byte_end: &'static [u8],
}

/// The position members of a diagnostic.
const DIAGNOSTIC_POSITION: PositionMembers = position_members!("      ");
/// The position members of a label.
const LABEL_POSITION: PositionMembers = position_members!("          ");
/// The position members of a fix.
const FIX_POSITION: PositionMembers = position_members!("        ");

/// The members of a message after its text, in a diagnostic or a help object.
struct MessageMembers {
    message_id: &'static [u8],
    args: &'static [u8],
}

/// The path and language of a file as JSON values, escaped once for all its diagnostics.
struct EscapedFile {
    path: Vec<u8>,
    lang: Vec<u8>,
}

impl EscapedFile {
    /// The escaped values of every file, by [`glossa_diagnostics::FileId`].
    fn all(sources: &SourceMap) -> Vec<Self> {
        let escape = |text: Option<&str>| {
            let mut value = Vec::new();
            match text {
                Some(text) => pretty::escape_into(&mut value, text),
                None => value.extend_from_slice(b"null"),
            }
            value
        };
        sources
            .files()
            .map(|(_, file)| Self {
                path: escape(Some(&file.path)),
                lang: escape(file.lang.as_deref()),
            })
            .collect()
    }
}

/// File and position of a resolved span, in the order the schema lists them:
/// file, line, column, end_line, end_column, byte_start, byte_end.
#[derive(Clone, Copy)]
struct Place<'a> {
    file: Option<&'a EscapedFile>,
    position: [Option<usize>; 6],
}

impl<'a> Place<'a> {
    fn resolve(span: &Span, locator: &mut Locator<'_>, files: &'a [EscapedFile]) -> Self {
        match locator.resolve(span) {
            Some(l) => Self {
                file: files.get(span.file.0),
                position: [
                    Some(l.line),
                    Some(l.column),
                    Some(l.end_line),
                    Some(l.end_column),
                    Some(l.range.start),
                    Some(l.range.end),
                ],
            },
            None => Self {
                file: None,
                position: [None; 6],
            },
        }
    }

    /// The place of `span`, reusing `known` when it is the place of the same span (a
    /// diagnostic's labels and fix mostly cover its primary span).
    fn reuse(
        known: &(&Span, Self),
        span: &Span,
        locator: &mut Locator<'_>,
        files: &'a [EscapedFile],
    ) -> Self {
        match known.0 == span {
            true => known.1,
            false => Self::resolve(span, locator, files),
        }
    }

    /// The path of the file, or `null`.
    fn write_file(&self, json: &mut Pretty<'_>) {
        match self.file {
            Some(file) => json.escaped(&file.path),
            None => json.null(),
        }
    }

    /// Writes the member `file` (started by the caller) and the six positions.
    #[inline(always)]
    fn write(&self, json: &mut Pretty<'_>, members: &PositionMembers) {
        self.write_file(json);
        self.write_position(json, members);
    }

    /// Writes `line`, `column`, `end_line`, `end_column`, `byte_start`, `byte_end` (inlined
    /// for each depth: each member's start is copied at a constant length).
    #[inline(always)]
    fn write_position(&self, json: &mut Pretty<'_>, members: &PositionMembers) {
        let [line, column, end_line, end_column, byte_start, byte_end] = self.position;
        json.member(members.line);
        json.opt_count(line);
        json.member(members.column);
        json.opt_count(column);
        json.member(members.end_line);
        json.opt_count(end_line);
        json.member(members.end_column);
        json.opt_count(end_column);
        json.member(members.byte_start);
        json.opt_count(byte_start);
        json.member(members.byte_end);
        json.opt_count(byte_end);
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
    let escaped_files = EscapedFile::all(sources);
    let mut locator = Locator::new(sources);
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
        diagnostic(&mut json, d, &mut locator, &escaped_files, l10n)?;
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
    locator: &mut Locator<'_>,
    files: &[EscapedFile],
    l10n: &dyn Localizer,
) -> io::Result<()> {
    let primary = match d.primary_span() {
        Some(span) => Place::resolve(span, locator, files),
        None => Place {
            file: None,
            position: [None; 6],
        },
    };
    json.open_object();
    json.key("code");
    json.string(&d.code);
    json.member(diagnostic_member!("name"));
    json.string(&d.name);
    json.member(diagnostic_member!("severity"));
    json.escaped(quoted_severity(d.severity));
    json.member(diagnostic_member!("message"));
    message(
        json,
        &d.message,
        l10n,
        &MessageMembers {
            message_id: diagnostic_member!("message_id"),
            args: diagnostic_member!("args"),
        },
    )?;
    json.member(diagnostic_member!("file"));
    primary.write_file(json);
    json.member(diagnostic_member!("lang"));
    match primary.file {
        Some(file) => json.escaped(&file.lang),
        None => json.null(),
    }
    primary.write_position(json, &DIAGNOSTIC_POSITION);
    let known = d.primary_span().map(|span| (span, primary));
    let mut place = |span: &Span| match &known {
        Some(known) => Place::reuse(known, span, locator, files),
        None => Place::resolve(span, locator, files),
    };
    json.member(diagnostic_member!("labels"));
    json.open_array();
    for label in &d.labels {
        json.element();
        json.open_object();
        json.key("primary");
        json.boolean(label.primary);
        json.member(member!("          ", "file"));
        place(&label.span).write(json, &LABEL_POSITION);
        json.member(member!("          ", "message"));
        match &label.message {
            Some(m) => json.string_with(|text| l10n.format_into(m, text)),
            None => json.null(),
        }
        json.member(member!("          ", "message_id"));
        json.opt_string(label.message.as_ref().map(|m| m.id.as_ref()));
        json.close_object()?;
    }
    json.close_array()?;
    json.member(diagnostic_member!("help"));
    json.open_array();
    for help in &d.help {
        json.element();
        json.open_object();
        json.key("message");
        message(
            json,
            help,
            l10n,
            &MessageMembers {
                message_id: member!("          ", "message_id"),
                args: member!("          ", "args"),
            },
        )?;
        json.close_object()?;
    }
    json.close_array()?;
    json.member(diagnostic_member!("fix"));
    match &d.fix {
        Some(fix) => {
            json.open_object();
            json.key("file");
            place(&fix.span).write(json, &FIX_POSITION);
            json.member(member!("        ", "replacement"));
            json.string(&fix.replacement);
            json.close_object()?;
        }
        None => json.null(),
    }
    json.member(diagnostic_member!("group"));
    json.opt_count(d.group);
    json.close_object()
}

/// The name of a severity as a JSON string (a constant: nothing to escape).
fn quoted_severity(severity: Severity) -> &'static [u8] {
    match severity {
        Severity::Info => b"\"info\"",
        Severity::Warning => b"\"warning\"",
        Severity::Error => b"\"error\"",
    }
}

/// The text, `message_id` and `args` of a message (its member `message` started by the caller).
#[inline(always)]
fn message(
    json: &mut Pretty<'_>,
    message: &Message,
    l10n: &dyn Localizer,
    members: &MessageMembers,
) -> io::Result<()> {
    json.string_with(|text| l10n.format_into(message, text));
    json.member(members.message_id);
    json.string(&message.id);
    json.member(members.args);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_are_quoted_as_escaping_their_names_quotes_them() {
        for severity in [Severity::Info, Severity::Warning, Severity::Error] {
            let mut escaped = Vec::new();
            pretty::escape_into(&mut escaped, severity.as_str());
            assert_eq!(quoted_severity(severity), escaped.as_slice());
        }
    }
}
