//! gettext PO reader (hand-written: positions for everything, errors instead of panics).
//!
//! Ids: `msgid`, or `msgctxt` + `"\u{4}"` + `msgid` (gettext's own key); plural forms get a
//! `[N]` suffix. Variants: `[msgid (msgid_plural for N ≥ 1), msgstr / msgstr[N]]`. Flags: `#,`
//! flags (`fuzzy`, `c-format`, ...), `obsolete` for `#~` entries, `plural:N`. Notes: translator
//! comments (`# ...`) and extracted comments (`#. ...`). The header gives `Language:` (target)
//! and `X-Source-Language:` (source).

use std::hash::BuildHasher;
use std::ops::Range;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

use crate::position::lines_with_offsets;
use crate::{FormatError, FormatErrorKind, FormatKind, ParsedFile, Unit, Variant};

/// A quoted string (possibly continued over several lines) with its raw span.
#[derive(Debug, Default, Clone)]
struct PoString {
    text: String,
    span: Option<Range<usize>>,
}

impl PoString {
    fn push(&mut self, text: String, span: Range<usize>) {
        if self.text.is_empty() {
            self.text = text;
        } else {
            self.text.push_str(&text);
        }
        match &mut self.span {
            None => self.span = Some(span),
            // An empty first piece (`msgstr ""` then continuation lines) does not start the span.
            Some(s) if s.start == s.end => self.span = Some(span),
            Some(s) if !span.is_empty() => s.end = span.end,
            Some(_) => {}
        }
    }
}

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

struct Parser {
    file: ParsedFile,
    entry: Entry,
    entry_line: usize,
    seen: Seen,
}

/// The keys of the entries read so far (`msgctxt` given, `msgctxt` + `msgid`), kept as the
/// unit that holds each: its id starts with the key.
#[derive(Default)]
struct Seen(HashTable<SeenKey>);

#[derive(Clone, Copy)]
struct SeenKey {
    hash: u64,
    unit: usize,
    len: usize,
    context: bool,
}

impl Seen {
    /// Records the key of the entry whose first unit will be `units[unit]`; false when an
    /// entry had it already.
    fn insert(&mut self, units: &[Unit], context: bool, key: &str, unit: usize) -> bool {
        let hash = FxBuildHasher.hash_one((context, key));
        let same = |seen: &SeenKey| {
            seen.context == context
                && units
                    .get(seen.unit)
                    .and_then(|u| u.id.get(..seen.len))
                    .is_some_and(|id| id == key)
        };
        if self.0.find(hash, same).is_some() {
            return false;
        }
        let seen = SeenKey {
            hash,
            unit,
            len: key.len(),
            context,
        };
        self.0.insert_unique(hash, seen, |s| s.hash);
        true
    }
}

/// Parse a PO text.
pub(crate) fn parse(text: &str) -> Result<ParsedFile, FormatError> {
    let mut parser = Parser {
        file: ParsedFile {
            kind: FormatKind::Po,
            source_lang: None,
            target_lang: None,
            units: Vec::new(),
        },
        entry: Entry::default(),
        entry_line: 1,
        seen: Seen::default(),
    };
    for (number, start, line) in lines_with_offsets(text) {
        parser.line(number, start, line)?;
    }
    parser.flush()?;
    let (source_lang, target_lang) = (
        parser.file.source_lang.clone(),
        parser.file.target_lang.clone(),
    );
    for unit in &mut parser.file.units {
        if let [source, target] = unit.variants.as_mut_slice() {
            source.lang.clone_from(&source_lang);
            target.lang.clone_from(&target_lang);
        }
    }
    Ok(parser.file)
}

fn column(line: &str, byte: usize) -> usize {
    line.get(..byte).map_or(1, |s| s.chars().count() + 1)
}

impl Parser {
    fn line(&mut self, number: usize, start: usize, line: &str) -> Result<(), FormatError> {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() {
            return self.flush();
        }
        if let Some(rest) = trimmed.strip_prefix("#~") {
            if rest.starts_with('|') {
                return Ok(());
            }
            let body = rest.trim_start();
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
            let (text, span) = parse_quoted(line, at, number)?;
            if let Some(s) = self.entry.field(field) {
                s.push(text, start + span.start..start + span.end);
            }
            return Ok(());
        }
        let keyword_len = content
            .find(|c: char| c.is_whitespace() || c == '"')
            .unwrap_or(content.len());
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
        let quote_at = at + keyword_len + content[keyword_len..].len()
            - content[keyword_len..].trim_start().len();
        if !line[quote_at..].starts_with('"') {
            return Err(err(
                quote_at,
                format!("expected a quoted string after {keyword}"),
            ));
        }
        let (text, span) = parse_quoted(line, quote_at, number)?;
        let mut value = PoString::default();
        value.push(text, start + span.start..start + span.end);
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

    fn flush(&mut self) -> Result<(), FormatError> {
        let entry = std::mem::take(&mut self.entry);
        let entry_line = self.entry_line;
        if !entry.has_keywords() {
            return Ok(());
        }
        let Some(msgid) = entry.id else {
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
        let base = match &entry.ctxt {
            Some(ctxt) => [ctxt.text.as_str(), "\u{4}", msgid.text.as_str()].concat(),
            None => msgid.text.clone(),
        };
        if entry.ctxt.is_none() && msgid.text.is_empty() {
            if !entry.obsolete {
                self.header(&entry.strs[0].1.text);
            }
            return Ok(());
        }
        let first_unit = self.file.units.len();
        if !entry.obsolete
            && !self
                .seen
                .insert(&self.file.units, entry.ctxt.is_some(), &base, first_unit)
        {
            return Err(FormatError::new(
                entry.id_line,
                1,
                FormatErrorKind::DuplicateId(base),
            ));
        }
        let mut flags = entry.flags;
        if entry.obsolete {
            flags.push("obsolete".to_owned());
        }
        let variant = |text: String, s: &PoString| Variant {
            lang: None,
            text,
            span: s.span.clone().unwrap_or(0..0),
            codes: Vec::new(),
        };
        let mut strs = entry.strs;
        strs.sort_by_key(|(n, _)| *n);
        // The texts are moved into the units, not copied, when each serves one unit.
        let mut msgid = msgid;
        let single = strs.len() == 1;
        for (n, msgstr) in &mut strs {
            let n = *n;
            let (id, mut unit_flags) = match (&entry.id_plural, entry.plural_strs) {
                (Some(_), true) => {
                    let mut f = flags.clone();
                    f.push(format!("plural:{n}"));
                    (format!("{base}[{n}]"), f)
                }
                _ => (base.clone(), flags.clone()),
            };
            let source = match (&entry.id_plural, entry.plural_strs) {
                (Some(plural), true) if n != 0 => variant(plural.text.clone(), plural),
                _ if single => variant(std::mem::take(&mut msgid.text), &msgid),
                _ => variant(msgid.text.clone(), &msgid),
            };
            unit_flags.dedup();
            self.file.units.push(Unit {
                id,
                line: entry.id_line,
                variants: vec![source, variant(std::mem::take(&mut msgstr.text), msgstr)],
                flags: unit_flags,
                notes: entry.notes.clone(),
            });
        }
        Ok(())
    }

    fn header(&mut self, header: &str) {
        for field in header.lines() {
            if let Some((key, value)) = field.split_once(':') {
                let value = value.trim();
                let value = (!value.is_empty()).then(|| value.to_owned());
                match key.trim() {
                    "Language" => self.file.target_lang = value,
                    "X-Source-Language" => self.file.source_lang = value,
                    _ => {}
                }
            }
        }
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(30).collect()
}

/// Parse the C-escaped string starting at the quote at byte `at` of `line`; returns the text
/// and the byte range of the raw content within the line.
fn parse_quoted(
    line: &str,
    at: usize,
    number: usize,
) -> Result<(String, Range<usize>), FormatError> {
    let err = |byte: usize, message: &str| FormatError::syntax(number, column(line, byte), message);
    let body = &line[at + 1..];
    // Most strings have no escape: up to the closing quote, the text is the line's.
    if let Some(end) = body.bytes().position(|b| b == b'"' || b == b'\\')
        && body.as_bytes().get(end) == Some(&b'"')
        && body
            .get(end + 1..)
            .is_some_and(|rest| rest.trim().is_empty())
    {
        return Ok((body[..end].to_owned(), at + 1..at + 1 + end));
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let rest = &body[i + 1..];
                if !rest.trim().is_empty() {
                    return Err(err(at + 2 + i, "unexpected text after the closing quote"));
                }
                return Ok((out, at + 1..at + 1 + i));
            }
            '\\' => {
                let Some((_, e)) = chars.next() else {
                    return Err(err(
                        at + 1 + i,
                        "unterminated string: a backslash at the end of the line",
                    ));
                };
                let simple = match e {
                    'n' => Some('\n'),
                    't' => Some('\t'),
                    'r' => Some('\r'),
                    'a' => Some('\u{7}'),
                    'b' => Some('\u{8}'),
                    'f' => Some('\u{c}'),
                    'v' => Some('\u{b}'),
                    '\\' | '"' | '\'' | '?' => Some(e),
                    _ => None,
                };
                if let Some(c) = simple {
                    out.push(c);
                    continue;
                }
                let (radix, max, first) = match e {
                    '0'..='7' => (8, 3, Some(e)),
                    'x' => (16, 2, None),
                    _ => return Err(err(at + 1 + i, &format!("invalid escape sequence \\{e}"))),
                };
                let mut digits: String = first.into_iter().collect();
                while digits.len() < max {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(radix) => {
                            digits.push(d);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                match u32::from_str_radix(&digits, radix)
                    .ok()
                    .and_then(char::from_u32)
                {
                    Some(c) if !digits.is_empty() => out.push(c),
                    _ => {
                        return Err(err(
                            at + 1 + i,
                            "invalid escape sequence \\x without hex digits",
                        ));
                    }
                }
            }
            c => out.push(c),
        }
    }
    Err(err(
        at,
        "unterminated string: no closing quote on this line",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> Result<String, FormatError> {
        parse_quoted(s, 0, 1).map(|(text, _)| text)
    }

    #[test]
    fn c_escapes() {
        assert_eq!(
            quoted(r#""Строка\nвторая\t\"цитата\" \\ \101\x42 \?""#)
                .ok()
                .as_deref(),
            Some("Строка\nвторая\t\"цитата\" \\ AB ?")
        );
        assert_eq!(quoted(r#""日本語""#).ok().as_deref(), Some("日本語"));
    }

    #[test]
    fn broken_escapes_have_columns() {
        let err = quoted(r#""Türkçe \q""#).err();
        assert_eq!(err.map(|e| (e.line, e.column)), Some((1, 9)));
        assert!(quoted(r#""trailing \"#).is_err());
        assert!(quoted(r#""\x""#).is_err());
        assert!(quoted(r#""no end"#).is_err());
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
