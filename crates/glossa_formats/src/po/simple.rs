//! The line nearly every entry is made of: `msgctxt`, `msgid` or `msgstr` at the start of the
//! line, one space, and a string without escapes that ends the line. It is read without the
//! general keyword and string scanners, with the same result.

use std::ops::Range;

use super::Field;

/// A `keyword "text"` line whose text has no escape and no quote.
pub(super) struct SimpleLine {
    pub(super) field: Field,
    pub(super) keyword: &'static str,
    /// The text between the quotes, as a byte range of the line.
    pub(super) content: Range<usize>,
}

impl SimpleLine {
    /// The line, when it is a simple one (else the general reader takes it).
    pub(super) fn of(line: &str) -> Option<Self> {
        let bytes = line.as_bytes();
        // Each keyword with its space and opening quote.
        let (field, keyword) = if bytes.starts_with(b"msgid \"") {
            (Field::Id, "msgid")
        } else if bytes.starts_with(b"msgstr \"") {
            (Field::Str(0), "msgstr")
        } else if bytes.starts_with(b"msgctxt \"") {
            (Field::Ctxt, "msgctxt")
        } else {
            return None;
        };
        let open = keyword.len() + 2;
        let (&last, content) = bytes.get(open..)?.split_last()?;
        (last == b'"' && !has_quote_or_backslash(content)).then(|| Self {
            field,
            keyword,
            content: open..bytes.len() - 1,
        })
    }
}

/// Whether `bytes` hold a `"` or a `\`: sixteen bytes tested together (vectorized), the last
/// sixteen (or eight) overlapping those before.
fn has_quote_or_backslash(bytes: &[u8]) -> bool {
    let marked = |b: u8| u8::from(b == b'"') | u8::from(b == b'\\');
    let any_marked = |chunk: &[u8; 16]| chunk.iter().fold(0, |found, &b| found | marked(b)) != 0;
    if let Some(last) = bytes.last_chunk::<16>() {
        let (chunks, _) = bytes.as_chunks::<16>();
        return chunks.iter().any(any_marked) || any_marked(last);
    }
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(&first), Some(&last)) => {
            let (first, last) = (u64::from_le_bytes(first), u64::from_le_bytes(last));
            let quotes = LOW_BITS * u64::from(b'"');
            let backslashes = LOW_BITS * u64::from(b'\\');
            zero_bytes(first ^ quotes)
                | zero_bytes(first ^ backslashes)
                | zero_bytes(last ^ quotes)
                | zero_bytes(last ^ backslashes)
                != 0
        }
        _ => bytes.iter().any(|&b| marked(b) != 0),
    }
}

/// The high bit of a byte of `word` is set when the byte is zero (and maybe when a byte below
/// is): none is set when none is zero.
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(LOW_BITS) & !word & (LOW_BITS * 0x80)
}

/// One in the low bit of each byte of a word.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_lines_and_the_others() {
        fn simple(line: &str) -> Option<(&str, &str)> {
            SimpleLine::of(line).map(|s| (s.keyword, &line[s.content]))
        }
        assert_eq!(simple("msgid \"Save\""), Some(("msgid", "Save")));
        assert_eq!(simple("msgctxt \"u1\""), Some(("msgctxt", "u1")));
        let long = "msgstr \"Мирный договор обсуждался в течение 756 часов.\"";
        assert_eq!(
            simple(long),
            Some(("msgstr", "Мирный договор обсуждался в течение 756 часов."))
        );
        assert_eq!(simple("msgstr \"\""), Some(("msgstr", "")));
        for other in [
            "msgid \"a\\nb\"",
            "msgid \"a \"b\" c\"",
            "msgid \"Save\" ",
            "msgid  \"Save\"",
            "msgid \"",
            "msgid",
            "msgstr[0] \"x\"",
            "msgid_plural \"xs\"",
            "msgidx \"x\"",
            " msgid \"x\"",
            "#~ msgid \"x\"",
            "\"continued\"",
            "msgstr \"Мирный договор обсуждался в течение 756 \\\"часов\\\".\"",
            "msgstr \"Мирный договор обсуждался в течение 756 \"часов\".\"",
        ] {
            assert_eq!(simple(other), None, "{other:?}");
        }
    }

    #[test]
    fn quotes_and_backslashes_in_every_position() {
        let text = "Мирный договор 平和条約 x".as_bytes();
        assert!(!has_quote_or_backslash(text));
        for mark in [b'"', b'\\'] {
            for at in 0..=text.len() {
                let mut bytes = text.to_vec();
                bytes.insert(at, mark);
                assert!(has_quote_or_backslash(&bytes), "{at}");
                assert!(has_quote_or_backslash(&bytes[at..]), "{at}");
                assert!(has_quote_or_backslash(&bytes[..=at]), "{at}");
                assert!(!has_quote_or_backslash(&bytes[..at]), "{at}");
            }
        }
    }
}
