//! gettext PO reader (hand-written: positions for everything, errors instead of panics).
//!
//! Ids: `msgid`, or `msgctxt` + `"\u{4}"` + `msgid` (gettext's own key); plural forms get a
//! `[N]` suffix. Variants: `[msgid (msgid_plural for N ≥ 1), msgstr / msgstr[N]]`. Flags: `#,`
//! flags (`fuzzy`, `c-format`, ...), `obsolete` for `#~` entries, `plural:N`. Notes: translator
//! comments (`# ...`) and extracted comments (`#. ...`). The header gives `Language:` (target)
//! and `X-Source-Language:` (source).

mod lines;
mod quoted;
mod seen;
mod simple;
mod units;

use std::fmt::Write as _;

use crate::position::lines_with_offsets;
use crate::{FormatError, FormatErrorKind, ParsedFile};
use lines::lines_at;
use quoted::PoString;
use seen::Seen;
use simple::SimpleLine;
use units::UnitList;
pub use units::{PoLangs, PoSink, PoText, PoUnit};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    Ctxt,
    Id,
    IdPlural,
    Str(usize),
}

#[derive(Debug, Default)]
struct Entry {
    id_line: usize,
    notes: Vec<String>,
    flags: Vec<String>,
    obsolete: bool,
    ctxt: Option<PoString>,
    id: Option<PoString>,
    id_plural: Option<PoString>,
    strs: Vec<(usize, PoString)>,
    plural_strs: bool,
    current: Option<Field>,
}

impl Entry {
    /// Empties the entry for the next one, keeping the room of its lists.
    fn clear(&mut self) {
        self.id_line = 0;
        self.notes.clear();
        self.flags.clear();
        self.obsolete = false;
        self.ctxt = None;
        self.id = None;
        self.id_plural = None;
        self.strs.clear();
        self.plural_strs = false;
        self.current = None;
    }

    fn has_keywords(&self) -> bool {
        self.ctxt.is_some() || self.id.is_some() || !self.strs.is_empty()
    }

    fn field(&mut self, field: Field) -> Option<&mut PoString> {
        match field {
            Field::Ctxt => self.ctxt.as_mut(),
            Field::Id => self.id.as_mut(),
            Field::IdPlural => self.id_plural.as_mut(),
            Field::Str(n) => self.strs.iter_mut().find(|(i, _)| *i == n).map(|(_, s)| s),
        }
    }
}

struct Parser<'t, 's, S> {
    text: &'t str,
    sink: &'s mut S,
    /// Units given to the sink so far.
    units: usize,
    langs: PoLangs,
    entry: Entry,
    entry_line: usize,
    seen: Seen,
    /// The id of the unit being given (kept for the next one's).
    id: String,
    /// The flags of a plural form (kept for the next one's).
    form_flags: Vec<String>,
}

/// Parse a PO text.
pub(crate) fn parse(text: &str) -> Result<ParsedFile, FormatError> {
    let mut units = UnitList::default();
    let langs = po_units(text, &mut units)?;
    Ok(units.into_file(langs))
}

/// Reads a PO text, giving its units to `sink` one by one as they are read (no list of
/// them is built); returns the languages of the header.
pub fn po_units(text: &str, sink: &mut impl PoSink) -> Result<PoLangs, FormatError> {
    // Every unit has a `msgstr` of its own: counting them sizes the sink's lists once
    // (growing a vector of 100,000 units copies it about 17 times).
    let room = memchr::memmem::find_iter(text.as_bytes(), "msgstr").count();
    read(text, lines_with_offsets(text), room, sink)
}

/// [`po_units`] of a text whose line starts are known already: `line_starts` gives them as a
/// line index does (0, then the offset after every `\n`, `\r\n` and lone `\r`), so the text
/// is not searched for line breaks again.
pub fn po_units_in_lines(
    text: &str,
    line_starts: impl Iterator<Item = usize> + Clone,
    sink: &mut impl PoSink,
) -> Result<PoLangs, FormatError> {
    // One unit per `msgstr` line (more when lines are indented: the lists grow then).
    let bytes = text.as_bytes();
    let room = (line_starts.clone())
        .filter(|&start| {
            let line = bytes.get(start..).unwrap_or_default();
            line.starts_with(b"msgstr") || line.starts_with(b"#~ msgstr")
        })
        .count();
    read(text, lines_at(text, line_starts), room, sink)
}

/// Reads the `lines` of a PO text (number, start, line) into `sink`, which is told first that
/// about `room` units will come.
fn read<'t>(
    text: &'t str,
    lines: impl Iterator<Item = (usize, usize, &'t str)>,
    room: usize,
    sink: &mut impl PoSink,
) -> Result<PoLangs, FormatError> {
    sink.reserve(room);
    let mut parser = Parser {
        text,
        sink,
        units: 0,
        langs: PoLangs::default(),
        entry: Entry::default(),
        entry_line: 1,
        seen: Seen::with_capacity(room),
        id: String::new(),
        form_flags: Vec::new(),
    };
    for (number, start, line) in lines {
        parser.line(number, start, line)?;
    }
    parser.flush()?;
    Ok(parser.langs)
}

/// `s.trim_start()`, with no character decoded when the white space is spaces and tabs and is
/// followed by ASCII (a line of a PO file nearly always).
fn trim_start(s: &str) -> &str {
    let spaces = s.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    let rest = &s[spaces..];
    match rest.as_bytes().first() {
        // No white space is above ' ' in ASCII.
        Some(&b) if b > b' ' && b.is_ascii() => rest,
        _ => rest.trim_start(),
    }
}

/// The length of the keyword `content` starts with: up to its first white space or quote.
fn keyword_end(content: &str) -> usize {
    // The keywords of nearly every line.
    for keyword in ["msgid ", "msgstr ", "msgctxt "] {
        if content.starts_with(keyword) {
            return keyword.len() - 1;
        }
    }
    for (i, &b) in content.as_bytes().iter().enumerate() {
        // `\t`, `\n`, vertical tab, form feed, `\r`.
        if b == b'"' || b == b' ' || (b'\t'..=b'\r').contains(&b) {
            return i;
        }
        if !b.is_ascii() {
            let rest = &content[i..];
            return i + rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
        }
    }
    content.len()
}

fn column(line: &str, byte: usize) -> usize {
    line.get(..byte).map_or(1, |s| s.chars().count() + 1)
}

impl<S: PoSink> Parser<'_, '_, S> {
    fn line(&mut self, number: usize, start: usize, line: &str) -> Result<(), FormatError> {
        // The blank line between entries.
        if line.is_empty() {
            return self.flush();
        }
        if let Some(simple) = SimpleLine::of(line) {
            let value = PoString::plain(start + simple.content.start..start + simple.content.end);
            return self.set_field(simple.field, simple.keyword, value, number, line, 0);
        }
        let trimmed = trim_start(line);
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() {
            return self.flush();
        }
        if let Some(rest) = trimmed.strip_prefix("#~") {
            if rest.starts_with('|') {
                return Ok(());
            }
            let body = trim_start(rest);
            let offset = line.len() - body.len();
            if self.entry.has_keywords() && !self.entry.obsolete {
                self.flush()?;
            }
            self.entry.obsolete = true;
            if body.is_empty() {
                return Ok(());
            }
            return self.keyword_line(number, start, line, offset);
        }
        if let Some(rest) = trimmed.strip_prefix('#') {
            if !self.entry.strs.is_empty() {
                self.flush()?;
            }
            if !self.entry.has_keywords()
                && self.entry.notes.is_empty()
                && self.entry.flags.is_empty()
            {
                self.entry_line = number;
            }
            match rest.chars().next() {
                Some(',') => self.entry.flags.extend(
                    rest[1..]
                        .split(',')
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .map(str::to_owned),
                ),
                Some('.') => self.entry.notes.push(rest[1..].trim().to_owned()),
                Some(':' | '|') => {}
                _ => self
                    .entry
                    .notes
                    .push(rest.strip_prefix(' ').unwrap_or(rest).trim_end().to_owned()),
            }
            return Ok(());
        }
        self.keyword_line(number, start, line, indent)
    }

    /// A `keyword "string"` or continuation `"string"` line; `at` is where the content begins.
    fn keyword_line(
        &mut self,
        number: usize,
        start: usize,
        line: &str,
        at: usize,
    ) -> Result<(), FormatError> {
        let content = &line[at..];
        let err =
            |byte: usize, message: String| FormatError::syntax(number, column(line, byte), message);
        if content.starts_with('"') {
            let Some(field) = self.entry.current else {
                return Err(err(
                    at,
                    "a string continuation without a keyword before it".into(),
                ));
            };
            if let Some(s) = self.entry.field(field) {
                s.push_quoted(self.text, line, start, at, number)?;
            }
            return Ok(());
        }
        let keyword_len = keyword_end(content);
        let keyword = &content[..keyword_len];
        let field = match keyword {
            "msgctxt" => Field::Ctxt,
            "msgid" => Field::Id,
            "msgid_plural" => Field::IdPlural,
            "msgstr" => Field::Str(0),
            k if k.starts_with("msgstr[") && k.ends_with(']') => {
                match k[7..k.len() - 1].parse::<usize>() {
                    Ok(n) if n < 1000 => Field::Str(n),
                    _ => return Err(err(at, format!("bad plural index in {k:?}"))),
                }
            }
            _ => {
                return Err(err(
                    at,
                    format!(
                        "unexpected {:?}: expected msgctxt, msgid, msgid_plural, msgstr or a quoted string",
                        truncate(content)
                    ),
                ));
            }
        };
        let after = &content[keyword_len..];
        let quote_at = at + keyword_len + after.len() - trim_start(after).len();
        if !line[quote_at..].starts_with('"') {
            return Err(err(
                quote_at,
                format!("expected a quoted string after {keyword}"),
            ));
        }
        let mut value = PoString::default();
        value.push_quoted(self.text, line, start, quote_at, number)?;
        self.set_field(field, keyword, value, number, line, at)
    }

    /// Gives the string `value` of `keyword` (line `number`, `line`, the keyword at byte `at`)
    /// to the entry's `field`.
    fn set_field(
        &mut self,
        field: Field,
        keyword: &str,
        value: PoString,
        number: usize,
        line: &str,
        at: usize,
    ) -> Result<(), FormatError> {
        let err =
            |byte: usize, message: String| FormatError::syntax(number, column(line, byte), message);
        // A new msgctxt/msgid after a complete entry starts the next entry.
        if matches!(field, Field::Ctxt | Field::Id) && !self.entry.strs.is_empty() {
            self.flush()?;
            self.entry_line = number;
        }
        let duplicate = match field {
            Field::Ctxt => self.entry.ctxt.replace(value).is_some() || self.entry.id.is_some(),
            Field::Id => {
                self.entry.id_line = number;
                self.entry.id.replace(value).is_some()
            }
            Field::IdPlural => {
                self.entry.id.is_none() || self.entry.id_plural.replace(value).is_some()
            }
            Field::Str(n) => {
                if self.entry.id.is_none() {
                    return Err(err(at, format!("{keyword} without a msgid before it")));
                }
                let plural = keyword.starts_with("msgstr[");
                if !self.entry.strs.is_empty() && plural != self.entry.plural_strs {
                    return Err(err(at, "msgstr and msgstr[N] mixed in one entry".into()));
                }
                self.entry.plural_strs = plural;
                if self.entry.strs.iter().any(|(i, _)| *i == n) {
                    true
                } else {
                    self.entry.strs.push((n, value));
                    false
                }
            }
        };
        if duplicate {
            return Err(err(at, format!("unexpected {keyword} here")));
        }
        self.entry.current = Some(field);
        Ok(())
    }

    /// Gives the units of the entry read so far to the sink, and starts the next entry.
    fn flush(&mut self) -> Result<(), FormatError> {
        let given = self.give_entry();
        self.entry.clear();
        given
    }

    /// Gives the units of the entry read so far to the sink (none when it has no keyword).
    fn give_entry(&mut self) -> Result<(), FormatError> {
        let entry = &mut self.entry;
        let entry_line = self.entry_line;
        if !entry.has_keywords() {
            return Ok(());
        }
        let Some(msgid) = &entry.id else {
            return Err(FormatError::syntax(entry_line, 1, "an entry without msgid"));
        };
        if entry.strs.is_empty() {
            return Err(FormatError::syntax(
                entry.id_line,
                1,
                "msgid without msgstr",
            ));
        }
        if entry.id_plural.is_some() != entry.plural_strs {
            let message = if entry.plural_strs {
                "msgstr[N] without msgid_plural"
            } else {
                "msgid_plural with a plain msgstr"
            };
            return Err(FormatError::syntax(entry.id_line, 1, message));
        }
        let text = self.text;
        if entry.ctxt.is_none() && msgid.as_str(text).is_empty() {
            if !entry.obsolete {
                read_header(&mut self.langs, entry.strs[0].1.as_str(text));
            }
            return Ok(());
        }
        self.id.clear();
        if let Some(ctxt) = &entry.ctxt {
            self.id.push_str(ctxt.as_str(text));
            self.id.push('\u{4}');
        }
        self.id.push_str(msgid.as_str(text));
        let key_len = self.id.len();
        if !entry.obsolete {
            let sink = &*self.sink;
            let key = &self.id[..key_len];
            if !self
                .seen
                .insert(|i| sink.id(i), entry.ctxt.is_some(), key, self.units)
            {
                return Err(FormatError::new(
                    entry.id_line,
                    1,
                    FormatErrorKind::DuplicateId(key.to_owned()),
                ));
            }
        }
        if entry.obsolete {
            entry.flags.push("obsolete".to_owned());
        }
        // Most entries have one flag at most and one msgstr.
        if entry.flags.len() > 1 {
            entry.flags.dedup();
        }
        if entry.strs.len() > 1 {
            entry.strs.sort_by_key(|(n, _)| *n);
        }
        let plural = entry.id_plural.as_ref().filter(|_| entry.plural_strs);
        for (n, msgstr) in &entry.strs {
            let n = *n;
            let (source, flags) = match plural {
                Some(plural) => {
                    self.id.truncate(key_len);
                    // Writing to a String cannot fail.
                    let _ = write!(self.id, "[{n}]");
                    self.form_flags.clone_from(&entry.flags);
                    self.form_flags.push(format!("plural:{n}"));
                    self.form_flags.dedup();
                    // Only form 0 has the msgid as its source.
                    let source = if n == 0 { msgid } else { plural };
                    (source, self.form_flags.as_slice())
                }
                None => (msgid, entry.flags.as_slice()),
            };
            self.sink.unit(PoUnit {
                id: &self.id,
                line: entry.id_line,
                source: po_text(text, source),
                target: po_text(text, msgstr),
                flags,
                notes: &entry.notes,
            });
            self.units += 1;
        }
        Ok(())
    }
}

/// Reads the languages a header names into `langs`.
fn read_header(langs: &mut PoLangs, header: &str) {
    for field in header.lines() {
        if let Some((key, value)) = field.split_once(':') {
            let value = value.trim();
            let value = (!value.is_empty()).then(|| value.to_owned());
            match key.trim() {
                "Language" => langs.target = value,
                "X-Source-Language" => langs.source = value,
                _ => {}
            }
        }
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(30).collect()
}

/// The text of a string of `file`, and its span.
fn po_text<'a>(file: &'a str, string: &'a PoString) -> PoText<'a> {
    PoText {
        text: string.as_str(file),
        span: string.span(),
        raw: string.raw_range(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_and_keywords_as_the_char_methods_find_them() {
        for s in [
            "msgid \"a\"",
            "msgctxt \"u0\"",
            "  \t msgstr \"b\"",
            "\u{a0}msgid",
            " \u{3000}x",
            "\u{b}\u{c}y",
            "",
            "   ",
            "\u{1}z",
        ] {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
            let end = s.find(|c: char| c.is_whitespace() || c == '"');
            assert_eq!(keyword_end(s), end.unwrap_or(s.len()), "{s:?}");
        }
        assert_eq!(keyword_end("msgstr[0]\u{a0}\"x\""), 9);
        assert_eq!(keyword_end("msgіd\u{2003}\"x\""), "msgіd".len());
    }

    #[test]
    fn duplicate_keys_are_errors_at_the_second_entry() {
        let duplicate = |po: &str| match parse(po) {
            Err(FormatError {
                line,
                kind: FormatErrorKind::DuplicateId(id),
                ..
            }) => Some((line, id)),
            _ => None,
        };
        let plural = "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\n";
        let po = format!("{plural}msgctxt \"c\"\nmsgid \"a\"\nmsgstr \"z\"\n{plural}");
        assert_eq!(duplicate(&po), Some((8, "a".to_owned())));
        let po =
            "msgctxt \"c\"\nmsgid \"a\"\nmsgstr \"x\"\nmsgctxt \"c\"\nmsgid \"a\"\nmsgstr \"y\"\n";
        assert_eq!(duplicate(po), Some((5, "c\u{4}a".to_owned())));
        // Not the same key: with and without a context, an obsolete entry, a longer id.
        let po = "msgid \"c\u{4}a\"\nmsgstr \"x\"\nmsgctxt \"c\"\nmsgid \"a\"\nmsgstr \"y\"\n\
                  #~ msgid \"c\u{4}a\"\n#~ msgstr \"z\"\nmsgid \"c\u{4}ab\"\nmsgstr \"w\"\n";
        assert!(parse(po).is_ok());
    }

    #[test]
    fn entries_without_blank_lines_and_obsolete_context() {
        let po = "msgid \"a\"\nmsgstr \"а\"\nmsgid \"b\"\nmsgstr \"б\"\n#~ msgctxt \"old\"\n#~ msgid \"c\"\n#~ msgstr \"в\"\n";
        let file = parse(po).unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<_> = file.units.iter().map(|u| (u.id.as_str(), u.line)).collect();
        assert_eq!(ids, [("a", 1), ("b", 3), ("old\u{4}c", 6)]);
        assert_eq!(file.units[2].flags, ["obsolete"]);
    }
}
