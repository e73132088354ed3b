//! JSON output, schema version 1 (documented in the crate docs).

use std::collections::BTreeMap;
use std::io::{self, Write};

use glossa_diagnostics::{Arg, Diagnostic, Localizer, SourceMap};

use crate::RenderOptions;
use crate::location::Location;
use crate::summary::{Counts, summary};

/// The schema version written in `version`.
const SCHEMA_VERSION: u32 = 1;

/// Output is buffered and handed to the writer in pieces of about this size.
const FLUSH_AT: usize = 1 << 16;

/// A pretty-printing JSON writer with serde_json's layout (two-space
/// indentation, `"key": value`, empty containers as `{}` and `[]`) and
/// escaping, without serde's per-value dispatch: a run can report hundreds
/// of thousands of diagnostics.
struct Writer<'w> {
    buf: Vec<u8>,
    out: &'w mut dyn Write,
    /// One entry per open container: whether it has an item yet.
    open: Vec<bool>,
}

impl<'w> Writer<'w> {
    fn new(out: &'w mut dyn Write) -> Self {
        Self {
            buf: Vec::with_capacity(FLUSH_AT + 4096),
            out,
            open: Vec::new(),
        }
    }

    fn flush_if_full(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn finish(mut self) -> io::Result<()> {
        self.buf.push(b'\n');
        self.out.write_all(&self.buf)
    }

    fn begin(&mut self, bracket: u8) {
        self.buf.push(bracket);
        self.open.push(false);
    }

    fn end(&mut self, bracket: u8) {
        if self.open.pop() == Some(true) {
            self.newline();
        }
        self.buf.push(bracket);
    }

    fn newline(&mut self) {
        self.buf.push(b'\n');
        for _ in 0..self.open.len() {
            self.buf.extend_from_slice(b"  ");
        }
    }

    /// Starts the next item of the innermost container.
    fn item(&mut self) {
        if let Some(has_items) = self.open.last_mut() {
            if *has_items {
                self.buf.push(b',');
            }
            *has_items = true;
        }
        self.newline();
    }

    fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.buf.extend_from_slice(b": ");
    }

    fn string(&mut self, text: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.buf.push(b'"');
        let bytes = text.as_bytes();
        let mut from = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0..0x20 => b"",
                _ => continue,
            };
            self.buf
                .extend_from_slice(bytes.get(from..i).unwrap_or_default());
            from = i + 1;
            if escape.is_empty() {
                self.buf.extend_from_slice(b"\\u00");
                self.buf.push(HEX[usize::from(b >> 4)]);
                self.buf.push(HEX[usize::from(b & 0xf)]);
            } else {
                self.buf.extend_from_slice(escape);
            }
        }
        self.buf
            .extend_from_slice(bytes.get(from..).unwrap_or_default());
        self.buf.push(b'"');
    }

    fn unsigned(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.buf
            .extend_from_slice(digits.get(at..).unwrap_or_default());
    }

    fn integer(&mut self, n: i64) {
        if n < 0 {
            self.buf.push(b'-');
        }
        self.unsigned(n.unsigned_abs());
    }

    fn null(&mut self) {
        self.buf.extend_from_slice(b"null");
    }

    fn opt_string(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        match value {
            Some(text) => self.string(text),
            None => self.null(),
        }
    }

    fn opt_unsigned(&mut self, key: &str, value: Option<usize>) {
        self.key(key);
        match value {
            Some(n) => self.unsigned(n as u64),
            None => self.null(),
        }
    }

    /// `file` and the position fields of a span (all `null` without one).
    fn place(&mut self, location: Option<&Location<'_>>) {
        self.opt_string("file", location.map(|l| l.file.path.as_str()));
        self.position(location);
    }

    fn position(&mut self, location: Option<&Location<'_>>) {
        self.opt_unsigned("line", location.map(|l| l.line));
        self.opt_unsigned("column", location.map(|l| l.column));
        self.opt_unsigned("end_line", location.map(|l| l.end_line));
        self.opt_unsigned("end_column", location.map(|l| l.end_column));
        self.opt_unsigned("byte_start", location.map(|l| l.range.start));
        self.opt_unsigned("byte_end", location.map(|l| l.range.end));
    }

    /// `key` with an array of objects, one per item, written by `each`.
    fn objects<T>(&mut self, key: &str, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.key(key);
        self.begin(b'[');
        for item in items {
            self.item();
            self.begin(b'{');
            each(self, item);
            self.end(b'}');
        }
        self.end(b']');
    }

    fn args(&mut self, args: &BTreeMap<String, Arg>) {
        self.key("args");
        self.begin(b'{');
        for (name, value) in args {
            self.key(name);
            match value {
                Arg::Int(n) => self.integer(*n),
                Arg::Str(text) => self.string(text),
            }
        }
        self.end(b'}');
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
    let mut w = Writer::new(out);
    w.begin(b'{');
    w.key("version");
    w.unsigned(u64::from(SCHEMA_VERSION));
    w.key("tool");
    w.begin(b'{');
    w.key("name");
    w.string("glossa");
    w.key("version");
    w.string(&options.tool_version);
    w.end(b'}');
    w.key("diagnostics");
    w.begin(b'[');
    for d in diagnostics {
        w.item();
        diagnostic(&mut w, d, sources, l10n);
        w.flush_if_full()?;
    }
    w.end(b']');
    w.key("summary");
    w.begin(b'{');
    for (key, n) in [
        ("errors", counts.errors),
        ("warnings", counts.warnings),
        ("infos", counts.infos),
        ("files", files),
    ] {
        w.key(key);
        w.unsigned(n as u64);
    }
    w.key("text");
    w.string(&summary(diagnostics, files, l10n));
    w.end(b'}');
    w.end(b'}');
    w.finish()
}

fn diagnostic(w: &mut Writer<'_>, d: &Diagnostic, sources: &SourceMap, l10n: &dyn Localizer) {
    let primary = Location::primary(sources, d);
    w.begin(b'{');
    w.key("code");
    w.string(&d.code);
    w.key("name");
    w.string(&d.name);
    w.key("severity");
    w.string(d.severity.as_str());
    w.key("message");
    w.string(&l10n.format(&d.message));
    w.key("message_id");
    w.string(&d.message.id);
    w.args(&d.message.args);
    w.opt_string("file", primary.as_ref().map(|l| l.file.path.as_str()));
    w.opt_string(
        "lang",
        primary.as_ref().and_then(|l| l.file.lang.as_deref()),
    );
    w.position(primary.as_ref());
    w.objects("labels", &d.labels, |w, label| {
        w.key("primary");
        w.buf
            .extend_from_slice(if label.primary { b"true" } else { b"false" });
        w.place(Location::resolve(sources, &label.span).as_ref());
        w.opt_string(
            "message",
            label.message.as_ref().map(|m| l10n.format(m)).as_deref(),
        );
        w.opt_string("message_id", label.message.as_ref().map(|m| m.id.as_str()));
    });
    w.objects("help", &d.help, |w, help| {
        w.key("message");
        w.string(&l10n.format(help));
        w.key("message_id");
        w.string(&help.id);
        w.args(&help.args);
    });
    w.key("fix");
    match &d.fix {
        Some(fix) => {
            w.begin(b'{');
            w.place(Location::resolve(sources, &fix.span).as_ref());
            w.key("replacement");
            w.string(&fix.replacement);
            w.end(b'}');
        }
        None => w.null(),
    }
    w.opt_unsigned("group", d.group);
    w.end(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings and numbers come out as serde_json writes them.
    #[test]
    fn escapes_like_serde_json() {
        let text = "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{1}\u{1f}\u{7f}/«ё»𝄞";
        let mut out = Vec::new();
        let mut w = Writer::new(&mut out);
        w.begin(b'[');
        w.item();
        w.string(text);
        w.item();
        w.integer(-42);
        w.item();
        w.unsigned(u64::MAX);
        w.item();
        w.begin(b'{');
        w.end(b'}');
        w.end(b']');
        w.finish().expect("write");
        let value = serde_json::json!([text, -42, u64::MAX, {}]);
        let expected = serde_json::to_string_pretty(&value).expect("json") + "\n";
        assert_eq!(String::from_utf8(out).expect("utf-8"), expected);
    }
}
