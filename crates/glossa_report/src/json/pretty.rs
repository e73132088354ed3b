//! A JSON writer for the report's fixed shape, byte for byte what `serde_json`'s pretty
//! printer writes (two-space indent, `": "` after keys, `[]`/`{}` when empty), without a
//! serializer's per-value machinery.

use std::io::{self, Write};

/// Bytes buffered before they are written out.
const CHUNK: usize = 1 << 16;

/// A comma, a line break and the indentation of the deepest levels written with one copy:
/// `LINE_BREAKS[1..2 + 2 * depth]` starts a first line, `LINE_BREAKS[..2 + 2 * depth]` a next.
const LINE_BREAKS: &[u8; 2 + 2 * INDENTED_LEVELS] = &{
    let mut bytes = [b' '; 2 + 2 * INDENTED_LEVELS];
    bytes[0] = b',';
    bytes[1] = b'\n';
    bytes
};

/// The levels of nesting [`LINE_BREAKS`] indents (deeper ones take a copy per level).
const INDENTED_LEVELS: usize = 15;

/// The bytes copied for a line break: the longest one without its comma.
const LINE_BREAK: usize = 1 + 2 * INDENTED_LEVELS;

/// Writes nested objects and arrays with their indentation.
pub(crate) struct Pretty<'w> {
    out: &'w mut dyn Write,
    buf: Vec<u8>,
    depth: usize,
    /// Whether the innermost open object or array has a value yet.
    filled: bool,
    /// The text of the last [`Self::string_with`] value (a buffer reused for the next).
    text: String,
}

impl<'w> Pretty<'w> {
    /// A writer to `out`.
    pub(crate) fn new(out: &'w mut dyn Write) -> Self {
        Self {
            out,
            buf: Vec::with_capacity(CHUNK + 1024),
            depth: 0,
            filled: false,
            text: String::new(),
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
    #[inline]
    pub(crate) fn key(&mut self, key: &str) {
        self.next_line();
        self.buf.push(b'"');
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"\": ");
    }

    /// A string value.
    pub(crate) fn string(&mut self, value: &str) {
        escape_into(&mut self.buf, value);
    }

    /// A string value written by `write` into an empty buffer.
    pub(crate) fn string_with(&mut self, write: impl FnOnce(&mut String)) {
        let mut text = std::mem::take(&mut self.text);
        text.clear();
        write(&mut text);
        self.string(&text);
        self.text = text;
    }

    /// A number.
    pub(crate) fn number(&mut self, value: impl itoa::Integer) {
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
    }

    /// A count or offset written out before: its digits copied at a constant length (no `memcpy`
    /// call) and the slack cut off.
    #[inline(always)]
    pub(crate) fn count(&mut self, count: &Count) {
        if count.len == 0 {
            return self.number(count.digits);
        }
        let at = self.buf.len();
        self.buf.extend_from_slice(&count.digits.to_le_bytes());
        self.buf.truncate(at + count.len);
    }

    /// Bytes written as they are: fixed layout, or a value escaped before.
    #[inline]
    pub(crate) fn raw(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes written as they are, eight at a time (copies of a constant length, no `memcpy`
    /// call), the last ones as the last word (overlapping the one before).
    pub(crate) fn raw_words(&mut self, bytes: &[u8]) {
        let Some(last) = bytes.last_chunk::<8>() else {
            return self.raw(bytes);
        };
        let at = self.buf.len();
        for word in bytes.as_chunks::<8>().0 {
            self.buf.extend_from_slice(word);
        }
        self.buf.truncate(at + bytes.len() - 8);
        self.buf.extend_from_slice(last);
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

    /// Writes out what is buffered once it is a chunk or more (after a value written with
    /// [`Self::raw`] and the like, which do not).
    pub(crate) fn written(&mut self) -> io::Result<()> {
        if self.buf.len() >= CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
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
            self.line_break(1);
        }
        self.buf.push(bracket);
        // The enclosing object or array holds this one: it has a value.
        self.filled = true;
        self.written()
    }

    fn next_line(&mut self) {
        let from = usize::from(!self.filled);
        self.filled = true;
        self.line_break(from);
    }

    /// Writes `LINE_BREAKS[from..]` for the current depth: with the comma (`from` 0) or
    /// without (1).
    fn line_break(&mut self, from: usize) {
        let len = 2 + 2 * self.depth - from;
        match LINE_BREAKS
            .get(from..)
            .and_then(|bytes| bytes.first_chunk::<LINE_BREAK>())
        {
            // A copy of a constant length (a few moves, no `memcpy` call), cut to `len`.
            Some(line_break) if len <= LINE_BREAK => {
                let end = self.buf.len() + len;
                self.buf.extend_from_slice(line_break);
                self.buf.truncate(end);
            }
            _ => {
                self.buf.extend_from_slice(&LINE_BREAKS[from..2]);
                for _ in 0..self.depth {
                    self.buf.extend_from_slice(b"  ");
                }
            }
        }
    }
}

/// `'0'` in each byte of a word.
const ASCII_ZEROS: u64 = 0x3030_3030_3030_3030;

/// A count or offset as its ASCII digits, worked out once for each place it is written.
#[derive(Clone, Copy)]
pub(crate) struct Count {
    /// The digits, the first in the lowest byte (below 10⁸); else the number itself.
    digits: u64,
    /// The number of digits; 0 for a number of more than eight, written by `itoa`.
    len: usize,
}

impl Count {
    /// The digits of `value` (most lines, columns and offsets are below 10⁸; most columns
    /// below 100).
    #[inline(always)]
    pub(crate) fn new(value: usize) -> Self {
        if value < 100 {
            let (tens, ones) = ((value / 10) as u64, (value % 10) as u64);
            return match tens {
                0 => Self {
                    digits: ones | ASCII_ZEROS & 0xff,
                    len: 1,
                },
                _ => Self {
                    digits: (tens | ones << 8) | ASCII_ZEROS & 0xffff,
                    len: 2,
                },
            };
        }
        let Some(digits) = eight_digits(value) else {
            return Self {
                digits: value as u64,
                len: 0,
            };
        };
        // Leading zeros (zero bytes before the ASCII offset) shifted out: the first digit comes
        // first (little-endian).
        let zeros = digits.trailing_zeros() / 8;
        Self {
            digits: (digits | ASCII_ZEROS) >> (8 * zeros),
            len: 8 - zeros as usize,
        }
    }
}

/// The eight decimal digits of a number below 10⁸ as byte values 0–9, the first digit in the
/// lowest byte, leading zeros included (most lines, columns and offsets are such numbers).
/// Worked out in the lanes of one word: the two halves of four digits in 32-bit lanes, split
/// into pairs in 16-bit lanes, then into digits in bytes (each division by a multiplication
/// and shift exact in its range, no table lookups).
#[inline]
fn eight_digits(value: usize) -> Option<u64> {
    let value = u32::try_from(value).ok().filter(|&v| v < 100_000_000)?;
    let (high, low) = (u64::from(value / 10_000), u64::from(value % 10_000));
    let halves = high | (low << 32);
    // x / 100 = x * 10486 >> 20 for x < 10⁴ (each product stays within its 32-bit lane).
    let hundreds = ((halves * 10_486) >> 20) & 0x0000_007F_0000_007F;
    let pairs = ((halves - hundreds * 100) << 16) | hundreds;
    // x / 10 = x * 103 >> 10 for x < 100 (each product stays within its 16-bit lane).
    let tens = ((pairs * 103) >> 10) & 0x000F_000F_000F_000F;
    Some(((pairs - tens * 10) << 8) | tens)
}

/// Appends `value` as a JSON string, escaped as `serde_json` escapes it: `"`, `\\` and the
/// control characters below U+0020 (`\b \t \n \f \r` by name, the others as `\u00XX`).
///
/// Most strings need no escape: they are checked and copied in one pass, sixteen bytes at a
/// time (copies of a constant length, no `memcpy` call), the last bytes as the last sixteen of
/// the string (overlapping the ones before), a shorter string as two overlapping halves; at the
/// first byte to escape, [`escape_rest`] takes over.
#[inline]
pub(crate) fn escape_into(buf: &mut Vec<u8>, value: &str) {
    let bytes = value.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let at = buf.len();
    let (blocks, rest) = bytes.as_chunks::<16>();
    for (i, block) in blocks.iter().enumerate() {
        if escapes_in_block(block) {
            return escape_rest(buf, bytes, 16 * i);
        }
        buf.extend_from_slice(block);
    }
    if let Some(last) = bytes.last_chunk::<16>() {
        if !rest.is_empty() {
            if escapes_in_block(last) {
                return escape_rest(buf, bytes, 16 * blocks.len());
            }
            buf.truncate(at + bytes.len() - 16);
            buf.extend_from_slice(last);
        }
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        if escape_mask(u64::from_le_bytes(*first)) | escape_mask(u64::from_le_bytes(*last)) != 0 {
            return escape_rest(buf, bytes, 0);
        }
        buf.extend_from_slice(first);
        buf.truncate(at + bytes.len() - 8);
        buf.extend_from_slice(last);
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        let word =
            u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32;
        if escape_mask(word) != 0 {
            return escape_rest(buf, bytes, 0);
        }
        buf.extend_from_slice(first);
        buf.truncate(at + bytes.len() - 4);
        buf.extend_from_slice(last);
    } else {
        for &byte in bytes {
            if byte < 0x20 || byte == b'"' || byte == b'\\' {
                buf.truncate(at);
                return escape_rest(buf, bytes, 0);
            }
            buf.push(byte);
        }
    }
    buf.push(b'"');
}

/// Whether any of sixteen bytes is escaped in a JSON string.
#[inline(always)]
fn escapes_in_block(block: &[u8; 16]) -> bool {
    let (low, high) = block.split_at(8);
    let word = |half: &[u8]| {
        half.first_chunk::<8>()
            .map_or(0, |w| u64::from_le_bytes(*w))
    };
    escape_mask(word(low)) | escape_mask(word(high)) != 0
}

/// Appends `bytes[from..]` escaped and the closing quote (`bytes[..from]`, with nothing to
/// escape, is written already).
#[cold]
#[inline(never)]
fn escape_rest(buf: &mut Vec<u8>, bytes: &[u8], from: usize) {
    let mut start = from;
    let mut i = from;
    while let Some(&byte) = bytes.get(i) {
        if let Some(word) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>())
            && !any_to_escape(u64::from_le_bytes(*word))
        {
            i += 8;
            continue;
        }
        i += 1;
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\x08' => b"\\b",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\x0c' => b"\\f",
            b'\r' => b"\\r",
            0..=0x1f => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                &[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 0xf)],
                ]
            }
            _ => continue,
        };
        buf.extend_from_slice(&bytes[start..i - 1]);
        buf.extend_from_slice(escape);
        start = i;
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

/// Whether any of the eight bytes of `word` is escaped in a JSON string: a control character
/// (below `0x20`), `"` or `\\` (bit tricks that are exact for "any", not for which one; the
/// three tests share their mask, the high bits of `word` being those of `word ^ b'"'` and
/// `word ^ b'\\'`).
#[inline(always)]
fn any_to_escape(word: u64) -> bool {
    escape_mask(word) != 0
}

/// Nonzero when any of the eight bytes of `word` is escaped (see [`any_to_escape`]).
#[inline(always)]
fn escape_mask(word: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let below_space = word.wrapping_sub(ONES * 0x20);
    let quote = (word ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (word ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (below_space | quote | backslash) & !word & HIGHS
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
        json.null();
        json.key("some");
        json.opt_string(Some("s"));
        json.key("text");
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
            "list": [-7, { "none": null, "some": "s", "text": text }],
            "yes": true,
            "no": false,
            "nothing": null,
        });
        let expected = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
        assert_eq!(String::from_utf8_lossy(&out), expected);
    }

    /// Every ASCII character at every place of words read eight bytes at a time, amid plain
    /// and multi-byte text, is escaped as `serde_json` escapes it.
    #[test]
    fn escapes_every_character_wherever_it_falls() {
        for filler in [
            "abcdefghijklmnopq",
            "двадцать",
            "ab",
            "д",
            "abcdefghijklmnopqrstuvwxyz0123456789",
            "abcdefg",
        ] {
            for c in (0..0x80u8).map(char::from) {
                for at in 0..=filler.chars().count() {
                    let mut text: String = filler.chars().take(at).collect();
                    text.push(c);
                    text.extend(filler.chars().skip(at));
                    let mut buf = Vec::new();
                    escape_into(&mut buf, &text);
                    let expected = serde_json::to_string(&text).unwrap_or_default();
                    assert_eq!(String::from_utf8_lossy(&buf), expected, "{text:?}");
                }
            }
        }
    }

    /// Indentation past the levels a line break copies at once is still two spaces a level.
    #[test]
    fn counts_are_written_as_itoa_writes_them() {
        let near_powers = (0..20).flat_map(|exp| {
            let power = 10usize.saturating_pow(exp);
            [power - 1, power, power.saturating_add(1)]
        });
        // Every number below 10⁵, a stride through those below 10⁸ (the word-lane path), and
        // both sides of each power of ten.
        let strided = (100_000..100_000_000).step_by(997);
        for value in (0..100_000)
            .chain(strided)
            .chain(near_powers)
            .chain([usize::MAX])
        {
            let mut out = Vec::new();
            let mut json = Pretty::new(&mut out);
            json.count(&Count::new(value));
            assert_eq!(json.buf, itoa::Buffer::new().format(value).as_bytes());
        }
    }

    #[test]
    fn counts_have_their_digits() {
        let mut out = Vec::new();
        let mut json = Pretty::new(&mut out);
        let counts = [
            0,
            7,
            10,
            99,
            100,
            1059,
            90_210,
            1_000_000,
            9_999_999,
            10_000_000,
            99_999_999,
            100_000_000,
            123_456_789,
            usize::MAX,
        ];
        json.open_array();
        for count in counts {
            json.element();
            json.count(&Count::new(count));
        }
        assert!(json.close_array().is_ok());
        assert!(json.finish().is_ok());
        let expected = serde_json::to_string_pretty(&counts).unwrap_or_default() + "\n";
        assert_eq!(String::from_utf8_lossy(&out), expected);
    }

    #[test]
    fn indents_deep_nesting() {
        let mut out = Vec::new();
        let mut json = Pretty::new(&mut out);
        let mut value = serde_json::json!([1, 2]);
        for _ in 0..20 {
            value = serde_json::json!([value, 3]);
        }
        fn write(json: &mut Pretty<'_>, value: &serde_json::Value) {
            match value {
                serde_json::Value::Array(items) => {
                    json.open_array();
                    for item in items {
                        json.element();
                        write(json, item);
                    }
                    assert!(json.close_array().is_ok());
                }
                other => json.number(other.as_i64().unwrap_or_default()),
            }
        }
        write(&mut json, &value);
        assert!(json.finish().is_ok());
        let expected = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
        assert_eq!(String::from_utf8_lossy(&out), expected);
    }
}
