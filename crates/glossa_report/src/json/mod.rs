//! JSON output, schema version 1 (documented in the crate docs).

mod pretty;

use std::io::{self, Write};

use glossa_diagnostics::{Arg, Args, Diagnostic, Localizer, Message, Severity, SourceMap, Span};

use crate::RenderOptions;
use crate::location::Locator;
use crate::summary::{Counts, summary};
use pretty::{Count, Pretty};

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

/// The fixed bytes around an object of message arguments at one depth: before the first
/// member, between members, after the last one.
struct ArgsLayout {
    first: &'static [u8],
    next: &'static [u8],
    close: &'static [u8],
}

/// The members of a message after its text, in a diagnostic or a help object.
struct MessageMembers {
    message_id: &'static [u8],
    args: &'static [u8],
    layout: ArgsLayout,
}

/// The message members of a diagnostic.
const DIAGNOSTIC_MESSAGE: MessageMembers = MessageMembers {
    message_id: diagnostic_member!("message_id"),
    args: diagnostic_member!("args"),
    layout: ArgsLayout {
        first: b"{\n        ",
        next: b",\n        ",
        close: b"\n      }",
    },
};

/// The message members of a help object.
const HELP_MESSAGE: MessageMembers = MessageMembers {
    message_id: member!("          ", "message_id"),
    args: member!("          ", "args"),
    layout: ArgsLayout {
        first: b"{\n            ",
        next: b",\n            ",
        close: b"\n          }",
    },
};

/// The path and language of a file as JSON values, escaped once for all its diagnostics.
struct EscapedFile {
    path: Vec<u8>,
    /// The path, the start of a diagnostic's member `lang` and the language.
    path_and_lang: Vec<u8>,
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
            .map(|(_, file)| {
                let path = escape(Some(&file.path));
                let lang = escape(file.lang.as_deref());
                Self {
                    path_and_lang: [&path, diagnostic_member!("lang"), &lang].concat(),
                    path,
                }
            })
            .collect()
    }
}

/// File and position of a resolved span, its numbers written out once for the diagnostic and
/// the labels and fix on the same span.
#[derive(Clone, Copy)]
struct Place<'a> {
    file: &'a EscapedFile,
    /// line, column, end_line, end_column, byte_start, byte_end, in the order of the schema.
    position: [Count; 6],
}

impl<'a> Place<'a> {
    /// The place of `span`; `None` when its file is unknown.
    fn resolve(span: &Span, locator: &mut Locator<'_>, files: &'a [EscapedFile]) -> Option<Self> {
        let l = locator.resolve(span)?;
        let line = Count::new(l.line);
        Some(Self {
            file: files.get(span.file.0)?,
            position: [
                line,
                Count::new(l.column),
                // Most spans end on the line they start on.
                match l.end_line == l.line {
                    true => line,
                    false => Count::new(l.end_line),
                },
                Count::new(l.end_column),
                Count::new(l.range.start),
                Count::new(l.range.end),
            ],
        })
    }
}

/// Writes the value of `file` (its member started by the caller) and the six position members
/// of `place`, or nulls.
#[inline(always)]
fn write_place(json: &mut Pretty<'_>, place: Option<&Place<'_>>, members: &PositionMembers) {
    match place {
        Some(place) => json.raw_words(&place.file.path),
        None => json.null(),
    }
    write_position(json, place, members);
}

/// Writes `line`, `column`, `end_line`, `end_column`, `byte_start`, `byte_end` (inlined for
/// each depth: each member's start is copied at a constant length).
#[inline(always)]
fn write_position(json: &mut Pretty<'_>, place: Option<&Place<'_>>, members: &PositionMembers) {
    let Some(place) = place else {
        for member in [
            members.line,
            members.column,
            members.end_line,
            members.end_column,
            members.byte_start,
            members.byte_end,
        ] {
            json.raw(member);
            json.null();
        }
        return;
    };
    let [line, column, end_line, end_column, byte_start, byte_end] = &place.position;
    json.raw(members.line);
    json.count(line);
    json.raw(members.column);
    json.count(column);
    json.raw(members.end_line);
    json.count(end_line);
    json.raw(members.end_column);
    json.count(end_column);
    json.raw(members.byte_start);
    json.count(byte_start);
    json.raw(members.byte_end);
    json.count(byte_end);
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
        diagnostic(&mut json, d, &mut locator, &escaped_files, l10n);
        json.written()?;
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

/// One diagnostic, as an object: an element of the `diagnostics` array, its layout written as
/// fixed bytes (each depth's indentation is known).
fn diagnostic(
    json: &mut Pretty<'_>,
    d: &Diagnostic,
    locator: &mut Locator<'_>,
    files: &[EscapedFile],
    l10n: &dyn Localizer,
) {
    let primary_span = d.primary_span();
    let primary = primary_span.and_then(|span| Place::resolve(span, locator, files));
    // A label's or fix's place: the primary one when on its span (mostly).
    let mut place = |span: &Span| match primary_span == Some(span) {
        true => primary,
        false => Place::resolve(span, locator, files),
    };
    json.raw(b"{\n      \"code\": ");
    json.string(&d.code);
    json.raw(diagnostic_member!("name"));
    json.string(&d.name);
    json.raw(diagnostic_member!("severity"));
    json.raw(quoted_severity(d.severity));
    json.raw(diagnostic_member!("message"));
    message(json, &d.message, l10n, &DIAGNOSTIC_MESSAGE);
    json.raw(diagnostic_member!("file"));
    match &primary {
        Some(primary) => json.raw_words(&primary.file.path_and_lang),
        None => {
            json.null();
            json.raw(diagnostic_member!("lang"));
            json.null();
        }
    }
    write_position(json, primary.as_ref(), &DIAGNOSTIC_POSITION);
    json.raw(diagnostic_member!("labels"));
    for (i, label) in d.labels.iter().enumerate() {
        json.raw(match i {
            0 => b"[\n        {\n          \"primary\": ",
            _ => b",\n        {\n          \"primary\": ",
        });
        json.boolean(label.primary);
        json.raw(member!("          ", "file"));
        write_place(json, place(&label.span).as_ref(), &LABEL_POSITION);
        json.raw(member!("          ", "message"));
        match &label.message {
            Some(m) => json.string_with(|text| l10n.format_into(m, text)),
            None => json.null(),
        }
        json.raw(member!("          ", "message_id"));
        json.opt_string(label.message.as_ref().map(|m| m.id.as_ref()));
        json.raw(b"\n        }");
    }
    json.raw(match d.labels.is_empty() {
        true => b"[]",
        false => b"\n      ]",
    });
    json.raw(diagnostic_member!("help"));
    for (i, help) in d.help.iter().enumerate() {
        json.raw(match i {
            0 => b"[\n        {\n          \"message\": ",
            _ => b",\n        {\n          \"message\": ",
        });
        message(json, help, l10n, &HELP_MESSAGE);
        json.raw(b"\n        }");
    }
    json.raw(match d.help.is_empty() {
        true => b"[]",
        false => b"\n      ]",
    });
    json.raw(diagnostic_member!("fix"));
    match &d.fix {
        Some(fix) => {
            json.raw(b"{\n        \"file\": ");
            write_place(json, place(&fix.span).as_ref(), &FIX_POSITION);
            json.raw(member!("        ", "replacement"));
            json.string(&fix.replacement);
            json.raw(b"\n      }");
        }
        None => json.null(),
    }
    json.raw(diagnostic_member!("group"));
    match d.group {
        Some(group) => json.count(&Count::new(group)),
        None => json.null(),
    }
    json.raw(b"\n    }");
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
) {
    json.string_with(|text| l10n.format_into(message, text));
    json.raw(members.message_id);
    json.string(&message.id);
    json.raw(members.args);
    args(json, &message.args, &members.layout);
}

/// Message arguments, as an object (integers as numbers); inlined for each layout, whose
/// bytes are then copied at a constant length.
#[inline(always)]
fn args(json: &mut Pretty<'_>, args: &Args, layout: &ArgsLayout) {
    if args.is_empty() {
        return json.raw(b"{}");
    }
    for (i, (name, value)) in args.iter().enumerate() {
        json.raw(match i {
            0 => layout.first,
            _ => layout.next,
        });
        json.string(name);
        json.raw(b": ");
        match value {
            Arg::Int(n) => json.number(*n),
            Arg::Str(s) => json.string(s),
        }
    }
    json.raw(layout.close);
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

    /// A JSON value whose objects keep their members in the order read.
    enum Ordered {
        Scalar(serde_json::Value),
        Array(Vec<Ordered>),
        Object(Vec<(String, Ordered)>),
    }

    impl<'de> serde::Deserialize<'de> for Ordered {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Ordered;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("JSON")
                }
                fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
                    Ok(Ordered::Scalar(v.into()))
                }
                fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
                    Ok(Ordered::Scalar(v.into()))
                }
                fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
                    Ok(Ordered::Scalar(v.into()))
                }
                fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
                    Ok(Ordered::Scalar(v.into()))
                }
                fn visit_unit<E>(self) -> Result<Ordered, E> {
                    Ok(Ordered::Scalar(serde_json::Value::Null))
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> Result<Ordered, A::Error> {
                    let items = std::iter::from_fn(|| seq.next_element().transpose());
                    items.collect::<Result<_, _>>().map(Ordered::Array)
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Ordered, A::Error> {
                    let members = std::iter::from_fn(|| map.next_entry().transpose());
                    members.collect::<Result<_, _>>().map(Ordered::Object)
                }
            }
            deserializer.deserialize_any(Visitor)
        }
    }

    impl serde::Serialize for Ordered {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Self::Scalar(value) => value.serialize(serializer),
                Self::Array(items) => serializer.collect_seq(items),
                Self::Object(members) => {
                    serializer.collect_map(members.iter().map(|(key, value)| (key, value)))
                }
            }
        }
    }

    /// Diagnostics of every shape (no span, no labels, empty and escaped arguments, a label and
    /// a fix off the primary span, a missing file, a large group) are written as `serde_json`'s
    /// pretty printer writes the same document.
    #[test]
    fn every_shape_is_written_as_serde_json_writes_it() {
        let mut sources = SourceMap::new();
        let text = "msgid \"peace treaty\"\nmsgstr \"мирный договор\"\n";
        let po = sources.add(glossa_diagnostics::SourceFile::new(
            "dir/\"ru\".po",
            Some("ru".into()),
            text,
        ));
        let span = |range: std::ops::Range<usize>| Span { file: po, range };
        let missing = Span {
            file: glossa_diagnostics::FileId(9),
            range: 0..1,
        };
        let target = text.find("мирный").unwrap_or_default();
        let diagnostics = [
            Diagnostic::new("X001", "no-span", Severity::Info, Message::new("plain")),
            Diagnostic::new(
                "T001",
                "term-missing",
                Severity::Error,
                Message::new("term-missing")
                    .arg("expected", "мирный \"договор\"")
                    .arg("count", 3usize),
            )
            .primary(span(target..target + 12), None)
            .secondary(span(7..12), Some(Message::new("source").arg("q\"\\", "\t")))
            .secondary(missing.clone(), None)
            .with_help(Message::new("help-one"))
            .with_help(Message::new("help-two").arg("n", -4i64))
            .with_fix(glossa_diagnostics::Fix {
                span: span(0..5),
                replacement: "msg\nid".into(),
            })
            .in_group(123_456_789),
            Diagnostic::new("X002", "missing-file", Severity::Warning, Message::new("m"))
                .primary(missing, None)
                .with_fix(glossa_diagnostics::Fix {
                    span: span(3..3),
                    replacement: String::new(),
                })
                .in_group(0),
        ];
        let mut out = Vec::new();
        let options = RenderOptions::default();
        let l10n = glossa_diagnostics::PlainLocalizer;
        assert!(render(&diagnostics, &sources, &l10n, &options, &mut out).is_ok());
        let out = String::from_utf8_lossy(&out);
        let read: Result<Ordered, _> = serde_json::from_str(&out);
        let again = read.and_then(|document| serde_json::to_string_pretty(&document));
        assert_eq!(again.map(|text| text + "\n").ok().as_deref(), Some(&*out));
        assert!(out.contains("\"labels\": [],") && out.contains("\"args\": {},"));
        assert!(out.contains("\"file\": null,") && out.contains("\"group\": 123456789"));
    }
}
