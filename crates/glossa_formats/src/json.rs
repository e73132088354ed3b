//! JSON message catalog reader (own small parser: positions, duplicate keys, no panics).
//!
//! The top level must be an object. Every string value is a unit whose id is its key path
//! joined with `.` (`menu.file.open`; array elements by index: `tips.0`). i18next plural keys
//! (`_zero`, `_one`, `_two`, `_few`, `_many`, `_other`, also `_ordinal_*`) get the flag
//! `plural:CATEGORY`. WebExtension/Chrome `{"key": {"message": "…", "description": "…"}}` objects
//! give one unit `key` with the description as a note. ARB metadata: `@@locale` sets the
//! language, `@key.description` becomes a note of `key`, other `@` keys are skipped.
//! Numbers, booleans and null are not units. Duplicate keys in one object are errors.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::position::LineIndex;
use crate::{FormatError, FormatErrorKind, FormatKind, ParsedFile, Unit, Variant};

/// Deepest nesting of objects and arrays accepted.
pub(crate) const MAX_DEPTH: usize = 256;

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

enum Value {
    Object(Vec<(String, usize, Value)>),
    Array(Vec<Value>),
    Str { text: String, span: Range<usize> },
    Other,
}

struct Parser<'t> {
    bytes: &'t [u8],
    text: &'t str,
    pos: usize,
    index: LineIndex<'t>,
}

/// Parse a JSON catalog text.
pub(crate) fn parse(text: &str) -> Result<ParsedFile, FormatError> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        index: LineIndex::new(text),
    };
    p.skip_ws();
    if p.peek() != Some(b'{') {
        return Err(p.error("a JSON message catalog must be an object"));
    }
    let root = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error("unexpected text after the end of the JSON value"));
    }
    let mut file = ParsedFile {
        kind: FormatKind::JsonCatalog,
        source_lang: None,
        target_lang: None,
        units: Vec::new(),
    };
    let mut descriptions = HashMap::new();
    if let Value::Object(members) = &root {
        for (key, at, value) in members {
            if let Some(name) = key.strip_prefix('@') {
                match (name, value) {
                    ("@locale", Value::Str { text, .. }) => file.target_lang = Some(text.clone()),
                    (_, Value::Object(meta)) => {
                        if let Some((_, _, Value::Str { text, .. })) =
                            meta.iter().find(|(k, _, _)| k == "description")
                        {
                            descriptions.insert(name.to_owned(), text.clone());
                        }
                    }
                    _ => {}
                }
                continue;
            }
            p.walk(key, *at, value, &mut file.units);
        }
    }
    for unit in &mut file.units {
        if let Some(d) = descriptions.get(&unit.id) {
            unit.notes.push(d.clone());
        }
    }
    Ok(file)
}

fn plural_flag(key: &str) -> Option<String> {
    let (_, category) = key.rsplit_once('_')?;
    PLURAL_CATEGORIES
        .contains(&category)
        .then(|| format!("plural:{category}"))
}

impl Parser<'_> {
    fn error(&self, message: &str) -> FormatError {
        self.error_at(self.pos, FormatErrorKind::Syntax(message.to_owned()))
    }

    fn error_at(&self, at: usize, kind: FormatErrorKind) -> FormatError {
        let (line, column) = self.index.line_col(at);
        FormatError::new(line, column, kind)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), FormatError> {
        self.skip_ws();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected {what}")))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, FormatError> {
        self.skip_ws();
        if depth > MAX_DEPTH {
            return Err(self.error_at(self.pos, FormatErrorKind::TooDeep(MAX_DEPTH)));
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => {
                let (text, span) = self.string()?;
                Ok(Value::Str { text, span })
            }
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a JSON value")),
            None => Err(self.error("unexpected end of file")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, FormatError> {
        self.pos += 1;
        let mut members: Vec<(String, usize, Value)> = Vec::new();
        let mut keys = HashSet::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a quoted key"));
            }
            let at = self.pos;
            let (key, _) = self.string()?;
            if !keys.insert(key.clone()) {
                return Err(self.error_at(at, FormatErrorKind::DuplicateId(key)));
            }
            self.expect(b':', "':' after the key")?;
            let value = self.value(depth + 1)?;
            members.push((key, at, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, FormatError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn literal(&mut self, word: &str) -> Result<Value, FormatError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(Value::Other)
        } else {
            Err(self.error("expected a JSON value"))
        }
    }

    fn number(&mut self) -> Result<Value, FormatError> {
        let start = self.pos;
        while matches!(
            self.peek(),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            self.pos += 1;
        }
        let raw = &self.text[start..self.pos];
        if raw.parse::<f64>().is_err() || raw.starts_with("-.") || raw.starts_with('+') {
            return Err(self.error_at(
                start,
                FormatErrorKind::Syntax(format!("invalid number {raw:?}")),
            ));
        }
        Ok(Value::Other)
    }

    /// A string at `pos` (on the quote): its text and the raw content span.
    fn string(&mut self) -> Result<(String, Range<usize>), FormatError> {
        let open = self.pos;
        self.pos += 1;
        let start = self.pos;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let stop = rest.find(['"', '\\']).ok_or_else(|| {
                self.error_at(open, FormatErrorKind::Syntax("unterminated string".into()))
            })?;
            let chunk = &rest[..stop];
            if let Some(bad) = chunk.find(|c: char| c < ' ') {
                return Err(self.error_at(
                    self.pos + bad,
                    FormatErrorKind::Syntax("control character in a string (escape it)".into()),
                ));
            }
            out.push_str(chunk);
            self.pos += stop;
            if self.bytes[self.pos] == b'"' {
                self.pos += 1;
                return Ok((out, start..self.pos - 1));
            }
            let escape_at = self.pos;
            self.pos += 1;
            let c = match self.peek() {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => {
                    self.pos += 1;
                    let c = self.unicode_escape(escape_at)?;
                    out.push(c);
                    continue;
                }
                _ => {
                    return Err(self.error_at(
                        escape_at,
                        FormatErrorKind::Syntax("invalid escape sequence".into()),
                    ));
                }
            };
            self.pos += 1;
            out.push(c);
        }
    }

    fn hex4(&mut self, escape_at: usize) -> Result<u32, FormatError> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let value = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| {
                self.error_at(
                    escape_at,
                    FormatErrorKind::Syntax("\\u must be followed by 4 hex digits".into()),
                )
            })?;
        self.pos += 4;
        Ok(value)
    }

    fn unicode_escape(&mut self, escape_at: usize) -> Result<char, FormatError> {
        let high = self.hex4(escape_at)?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.pos..].starts_with("\\u") {
                return Err(self.error_at(
                    escape_at,
                    FormatErrorKind::Syntax("unpaired UTF-16 surrogate in \\u escape".into()),
                ));
            }
            self.pos += 2;
            let low = self.hex4(escape_at)?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error_at(
                    escape_at,
                    FormatErrorKind::Syntax("unpaired UTF-16 surrogate in \\u escape".into()),
                ));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| {
            self.error_at(
                escape_at,
                FormatErrorKind::Syntax("unpaired UTF-16 surrogate in \\u escape".into()),
            )
        })
    }

    fn walk(&self, path: &str, at: usize, value: &Value, units: &mut Vec<Unit>) {
        let mut stack: Vec<(String, usize, &Value)> = vec![(path.to_owned(), at, value)];
        while let Some((path, at, value)) = stack.pop() {
            match value {
                Value::Str { text, span } => {
                    units.push(self.unit(path, at, text, span.clone(), None))
                }
                Value::Object(members) => {
                    let message = members.iter().find(|(k, _, _)| k == "message");
                    let extension_style = members.iter().all(|(k, _, _)| {
                        matches!(k.as_str(), "message" | "description" | "placeholders")
                    });
                    if let (Some((_, _, Value::Str { text, span })), true) =
                        (message, extension_style)
                    {
                        let note = members.iter().find_map(|(k, _, v)| match (k.as_str(), v) {
                            ("description", Value::Str { text, .. }) => Some(text.clone()),
                            _ => None,
                        });
                        units.push(self.unit(path, at, text, span.clone(), note));
                        continue;
                    }
                    for (key, key_at, child) in members.iter().rev() {
                        stack.push((format!("{path}.{key}"), *key_at, child));
                    }
                }
                Value::Array(items) => {
                    for (i, child) in items.iter().enumerate().rev() {
                        let child_at = match child {
                            Value::Str { span, .. } => span.start.saturating_sub(1),
                            _ => at,
                        };
                        stack.push((format!("{path}.{i}"), child_at, child));
                    }
                }
                Value::Other => {}
            }
        }
    }

    fn unit(
        &self,
        id: String,
        at: usize,
        text: &str,
        span: Range<usize>,
        note: Option<String>,
    ) -> Unit {
        let last_key = id.rsplit('.').next().unwrap_or(&id);
        Unit {
            flags: plural_flag(last_key).into_iter().collect(),
            line: self.index.line(at),
            variants: vec![Variant {
                lang: None,
                text: text.to_owned(),
                span,
                codes: Vec::new(),
            }],
            notes: note.into_iter().collect(),
            id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_keys_plurals_arrays() {
        let json = "{\n  \"menu\": {\n    \"open\": \"Открыть\",\n    \"items_one\": \"{{count}} öğe\",\n    \"items_other\": \"{{count}} öğe\"\n  },\n  \"tips\": [\"ヒント\", \"\\u0048i \\ud83d\\ude00\"],\n  \"count\": 3\n}";
        let file = parse(json).unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<_> = file.units.iter().map(|u| (u.id.as_str(), u.line)).collect();
        assert_eq!(
            ids,
            [
                ("menu.open", 3),
                ("menu.items_one", 4),
                ("menu.items_other", 5),
                ("tips.0", 7),
                ("tips.1", 7)
            ]
        );
        assert_eq!(file.units[1].flags, ["plural:one"]);
        assert_eq!(file.units[4].variants[0].text, "Hi 😀");
        assert_eq!(&json[file.units[0].variants[0].span.clone()], "Открыть");
    }

    #[test]
    fn extension_and_arb_styles() {
        let json = r#"{"@@locale": "ja", "greet": "こんにちは", "@greet": {"description": "Greeting"}, "title": {"message": "タイトル", "description": "Window title"}}"#;
        let file = parse(json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file.target_lang.as_deref(), Some("ja"));
        assert_eq!(file.units[0].notes, ["Greeting"]);
        assert_eq!(
            (file.units[1].id.as_str(), file.units[1].notes[0].as_str()),
            ("title", "Window title")
        );
    }

    #[test]
    fn errors() {
        let dup = parse("{\n \"a\": \"x\",\n \"a\": \"y\"\n}").err();
        assert_eq!(
            dup.map(|e| (e.line, e.column, e.kind)),
            Some((3, 2, FormatErrorKind::DuplicateId("a".into())))
        );
        let trailing = parse("{\"a\": \"b\",}").err();
        assert_eq!(trailing.map(|e| e.column), Some(11));
        assert!(parse("[\"not an object\"]").is_err());
        assert!(parse("{\"a\": \"\\q\"}").is_err());
        assert!(parse("{\"a\": \"\\ud800\"}").is_err());
        assert!(parse(&format!("{}{}", "{\"a\":".repeat(1000), "1")).is_err());
    }
}
