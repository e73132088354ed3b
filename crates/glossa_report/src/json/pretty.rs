//! A JSON writer for the report's fixed shape, byte for byte what `serde_json`'s pretty
//! printer writes (two-space indent, `": "` after keys, `[]`/`{}` when empty), without a
//! serializer's per-value machinery.

use std::io::{self, Write};

/// Bytes buffered before they are written out.
const CHUNK: usize = 1 << 16;

/// Writes nested objects and arrays with their indentation.
pub(crate) struct Pretty<'w> {
    out: &'w mut dyn Write,
    buf: Vec<u8>,
    depth: usize,
    /// Whether the innermost open object or array has a value yet.
    filled: bool,
}

impl<'w> Pretty<'w> {
    /// A writer to `out`.
    pub(crate) fn new(out: &'w mut dyn Write) -> Self {
        Self {
            out,
            buf: Vec::with_capacity(CHUNK + 1024),
            depth: 0,
            filled: false,
        }
    }

    /// Opens an object (as the value of the key or array slot just started).
    pub(crate) fn open_object(&mut self) {
        self.open(b'{');
    }

    /// Closes the innermost object.
    pub(crate) fn close_object(&mut self) -> io::Result<()> {
        self.close(b'}')
    }

    /// Opens an array.
    pub(crate) fn open_array(&mut self) {
        self.open(b'[');
    }

    /// Closes the innermost array.
    pub(crate) fn close_array(&mut self) -> io::Result<()> {
        self.close(b']')
    }

    /// Starts the next element of the innermost array.
    pub(crate) fn element(&mut self) {
        self.next_line();
    }

    /// Starts the member `key` of the innermost object (`key` needs no escape).
    pub(crate) fn key(&mut self, key: &str) {
        self.next_line();
        self.buf.push(b'"');
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"\": ");
    }

    /// Starts the member `key` of the innermost object, escaping it.
    pub(crate) fn key_escaped(&mut self, key: &str) {
        self.next_line();
        escape_into(&mut self.buf, key);
        self.buf.extend_from_slice(b": ");
    }

    /// A string value.
    pub(crate) fn string(&mut self, value: &str) {
        escape_into(&mut self.buf, value);
    }

    /// A number.
    pub(crate) fn number(&mut self, value: impl itoa::Integer) {
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
    }

    /// A boolean.
    pub(crate) fn boolean(&mut self, value: bool) {
        self.buf
            .extend_from_slice(if value { b"true" } else { b"false" });
    }

    /// `null`.
    pub(crate) fn null(&mut self) {
        self.buf.extend_from_slice(b"null");
    }

    /// A string, or `null`.
    pub(crate) fn opt_string(&mut self, value: Option<&str>) {
        match value {
            Some(value) => self.string(value),
            None => self.null(),
        }
    }

    /// A number, or `null`.
    pub(crate) fn opt_number(&mut self, value: Option<usize>) {
        match value {
            Some(value) => self.number(value),
            None => self.null(),
        }
    }

    /// Ends the document with a line break and writes out what is buffered.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.buf.push(b'\n');
        self.out.write_all(&self.buf)?;
        self.out.flush()
    }

    fn open(&mut self, bracket: u8) {
        self.buf.push(bracket);
        self.depth += 1;
        self.filled = false;
    }

    fn close(&mut self, bracket: u8) -> io::Result<()> {
        self.depth -= 1;
        if self.filled {
            self.buf.push(b'\n');
            self.indent();
        }
        self.buf.push(bracket);
        // The enclosing object or array holds this one: it has a value.
        self.filled = true;
        if self.buf.len() >= CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn next_line(&mut self) {
        self.buf
            .extend_from_slice(if self.filled { b",\n" } else { b"\n" });
        self.filled = true;
        self.indent();
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.buf.extend_from_slice(b"  ");
        }
    }
}

/// Appends `value` as a JSON string, escaped as `serde_json` escapes it: `"`, `\` and the
/// control characters below U+0020 (`\b \t \n \f \r` by name, the others as `\u00XX`).
fn escape_into(buf: &mut Vec<u8>, value: &str) {
    buf.push(b'"');
    let bytes = value.as_bytes();
    let mut start = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\x08' => b"\\b",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\x0c' => b"\\f",
            b'\r' => b"\\r",
            0..=0x1f => {
                buf.extend_from_slice(&bytes[start..i]);
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = [
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 0xf)],
                ];
                buf.extend_from_slice(&code);
                start = i + 1;
                continue;
            }
            _ => continue,
        };
        buf.extend_from_slice(&bytes[start..i]);
        buf.extend_from_slice(escape);
        start = i + 1;
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_serde_json_pretty_prints() {
        let text = "x\u{1}\"\\\n\t\u{8}\u{c}\r\u{1f}\u{7f}é “q”";
        let mut out = Vec::new();
        let mut json = Pretty::new(&mut out);
        json.open_object();
        json.key("empty_array");
        json.open_array();
        assert!(json.close_array().is_ok());
        json.key("empty_object");
        json.open_object();
        assert!(json.close_object().is_ok());
        json.key("list");
        json.open_array();
        json.element();
        json.number(-7i64);
        json.element();
        json.open_object();
        json.key("none");
        json.opt_number(None);
        json.key("some");
        json.opt_string(Some("s"));
        json.key_escaped(text);
        json.string(text);
        assert!(json.close_object().is_ok());
        assert!(json.close_array().is_ok());
        json.key("no");
        json.boolean(false);
        json.key("nothing");
        json.null();
        json.key("yes");
        json.boolean(true);
        assert!(json.close_object().is_ok());
        assert!(json.finish().is_ok());
        // serde_json's `Value` sorts the members: they are written in that order above.
        let value = serde_json::json!({
            "empty_array": [],
            "empty_object": {},
            "list": [-7, { text: text, "none": null, "some": "s" }],
            "yes": true,
            "no": false,
            "nothing": null,
        });
        let expected = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
        assert_eq!(String::from_utf8_lossy(&out), expected);
    }
}
