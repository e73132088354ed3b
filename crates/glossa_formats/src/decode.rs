//! Bytes → text: BOMs, UTF-16, declared legacy encodings (PO `charset=`, XML `encoding=`).

use std::borrow::Cow;

use encoding_rs::Encoding;

use crate::position::LineIndex;
use crate::{FormatError, FormatErrorKind, FormatKind};

/// Decode a file's bytes to text.
///
/// * A UTF-8 BOM is dropped; a UTF-16 LE/BE BOM (or a BOM-less `<?xml` in UTF-16) decodes UTF-16.
/// * PO: a header `charset=` other than UTF-8 (`CHARSET` placeholder = UTF-8) decodes that
///   encoding (latin-1, cp1251, koi8-r, Shift_JIS, EUC-JP, ...); an unknown charset is an error.
/// * XLIFF/TMX: an XML declaration `encoding=` other than UTF-8/UTF-16 decodes that encoding.
/// * Anything else must be UTF-8: invalid bytes give [`FormatErrorKind::Encoding`] at their line and column.
/// * UTF-32 (by its BOM) is refused, and so is a NUL character in the decoded text (a binary
///   file, or UTF-16 without a BOM: [`utf16_without_bom`] names it), at its line and column.
pub fn decode(bytes: &[u8], kind: FormatKind) -> Result<String, FormatError> {
    let text = match plan(bytes, kind)? {
        Plan::Utf8 { skip } => decode_utf8(bytes.get(skip..).unwrap_or_default())?,
        Plan::Utf16 { skip, le } => decode_utf16(bytes.get(skip..).unwrap_or_default(), le)?,
        Plan::Legacy(encoding) => decode_legacy(bytes, encoding)?,
    };
    refuse_nul(text, bytes)
}

/// The first bytes of a file of `kind` (at least its first 64 KiB, or all of it) say it is
/// UTF-8 without a byte-order mark: then [`decode`] only validates it (and refuses a NUL).
pub fn is_plain_utf8(head: &[u8], kind: FormatKind) -> bool {
    matches!(plan(head, kind), Ok(Plan::Utf8 { skip: 0 }))
}

/// [`decode`], taking the bytes: a file in UTF-8 without a byte-order mark becomes its text
/// without a copy.
pub fn decode_owned(bytes: Vec<u8>, kind: FormatKind) -> Result<String, FormatError> {
    if !matches!(plan(&bytes, kind)?, Plan::Utf8 { skip: 0 }) {
        return decode(&bytes, kind);
    }
    match String::from_utf8(bytes) {
        Ok(text) if memchr::memchr(0, text.as_bytes()).is_none() => Ok(text),
        Ok(text) => decode(text.as_bytes(), kind),
        Err(invalid) => decode(invalid.as_bytes(), kind),
    }
}

/// A decoded text, refused when it holds a NUL character (at its line and column).
fn refuse_nul(text: String, bytes: &[u8]) -> Result<String, FormatError> {
    let Some(nul) = text.find('\0') else {
        return Ok(text);
    };
    let (line, column) = LineIndex::new(&text).line_col(nul);
    let reason = match utf16_without_bom(bytes) {
        Some(encoding) => format!(
            "a NUL character: the file looks like {encoding} without a byte-order mark, convert it to UTF-8"
        ),
        None => "a NUL character (a binary file?)".to_owned(),
    };
    Err(FormatError::new(
        line,
        column,
        FormatErrorKind::Encoding(reason),
    ))
}

/// `"UTF-16LE"`/`"UTF-16BE"` when the bytes look like UTF-16 without a byte-order mark: in the
/// first 1,024 bytes, NULs are at least an eighth of the bytes and all at odd (LE) or all at
/// even (BE) offsets, as ASCII characters in UTF-16 are.
pub fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(1024)];
    let nul_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|&(i, &b)| b == 0 && i % 2 == parity)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    let enough = |n: usize| n > 0 && n * 8 >= head.len();
    match (even, odd) {
        (0, odd) if enough(odd) => Some("UTF-16LE"),
        (even, 0) if enough(even) => Some("UTF-16BE"),
        _ => None,
    }
}

/// How the bytes of a file are decoded.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Plan {
    /// UTF-8 after `skip` bytes (a byte-order mark).
    Utf8 { skip: usize },
    /// UTF-16 after `skip` bytes, little-endian when `le`.
    Utf16 { skip: usize, le: bool },
    /// A declared legacy encoding.
    Legacy(&'static Encoding),
}

/// The decoding of a file: by its byte-order mark, else by what it declares; UTF-32 and
/// unknown charsets are errors.
fn plan(bytes: &[u8], kind: FormatKind) -> Result<Plan, FormatError> {
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(FormatError::new(
            1,
            1,
            FormatErrorKind::Encoding("UTF-32 is not supported: convert the file to UTF-8".into()),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok(Plan::Utf16 { skip: 2, le: true });
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(Plan::Utf16 { skip: 2, le: false });
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Ok(Plan::Utf8 { skip: 3 });
    }
    let declared = match kind {
        FormatKind::Xliff | FormatKind::Tmx => {
            if bytes.starts_with(b"<\0?\0") {
                return Ok(Plan::Utf16 { skip: 0, le: true });
            }
            if bytes.starts_with(b"\0<\0?") {
                return Ok(Plan::Utf16 { skip: 0, le: false });
            }
            xml_declared_encoding(bytes)
        }
        FormatKind::Po => po_declared_charset(bytes),
        _ => None,
    };
    let Some(label) = declared else {
        return Ok(Plan::Utf8 { skip: 0 });
    };
    let encoding = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        FormatError::new(
            1,
            1,
            FormatErrorKind::Encoding(format!("unknown charset {label:?}")),
        )
    })?;
    Ok(if encoding == encoding_rs::UTF_8 {
        Plan::Utf8 { skip: 0 }
    } else if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        Plan::Utf16 {
            skip: 0,
            le: encoding == encoding_rs::UTF_16LE,
        }
    } else {
        Plan::Legacy(encoding)
    })
}

fn decode_utf8(bytes: &[u8]) -> Result<String, FormatError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let prefix = String::from_utf8_lossy(valid);
            let (line, column) = LineIndex::new(&prefix).line_col(prefix.len());
            Err(FormatError::new(
                line,
                column,
                FormatErrorKind::Encoding(format!(
                    "invalid UTF-8 byte 0x{:02X} at byte offset {}",
                    bytes[e.valid_up_to()],
                    e.valid_up_to()
                )),
            ))
        }
    }
}

fn decode_utf16(bytes: &[u8], le: bool) -> Result<String, FormatError> {
    let units = bytes.chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => out.push(c),
            Err(e) => {
                let (line, column) = LineIndex::new(&out).line_col(out.len());
                return Err(FormatError::new(
                    line,
                    column,
                    FormatErrorKind::Encoding(format!(
                        "unpaired UTF-16 surrogate 0x{:04X}",
                        e.unpaired_surrogate()
                    )),
                ));
            }
        }
    }
    if bytes.len() % 2 == 1 {
        let (line, column) = LineIndex::new(&out).line_col(out.len());
        return Err(FormatError::new(
            line,
            column,
            FormatErrorKind::Encoding("UTF-16 text with an odd number of bytes".into()),
        ));
    }
    Ok(out)
}

fn decode_legacy(bytes: &[u8], encoding: &'static Encoding) -> Result<String, FormatError> {
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok(text.into_owned());
    }
    let (lossy, _) = encoding.decode_without_bom_handling(bytes);
    let at = lossy.find('\u{FFFD}').unwrap_or(lossy.len());
    let (line, column) = LineIndex::new(&lossy).line_col(at);
    Err(FormatError::new(
        line,
        column,
        FormatErrorKind::Encoding(format!("byte sequence not valid in {}", encoding.name())),
    ))
}

/// The `encoding="..."` of an XML declaration at the start, unless UTF-8/UTF-16.
fn xml_declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = ascii_prefix(bytes, 512);
    let decl = head.strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let value = attribute_value(decl, "encoding")?;
    let lower = value.to_ascii_lowercase();
    (!matches!(lower.as_str(), "utf-8" | "utf8" | "utf-16" | "utf16")).then(|| value.to_owned())
}

/// The `charset=` of a PO header, unless UTF-8 or the `CHARSET` placeholder.
fn po_declared_charset(bytes: &[u8]) -> Option<String> {
    let window = &bytes[..bytes.len().min(64 * 1024)];
    let at = window
        .windows(8)
        .position(|w| w.eq_ignore_ascii_case(b"charset="))?
        + 8;
    let label: String = window[at..]
        .iter()
        .take_while(|&&b| {
            b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' || b == b':'
        })
        .map(|&b| b as char)
        .collect();
    let lower = label.to_ascii_lowercase();
    (!label.is_empty() && lower != "utf-8" && lower != "utf8" && lower != "charset")
        .then_some(label)
}

fn ascii_prefix(bytes: &[u8], max: usize) -> Cow<'_, str> {
    let end = bytes
        .iter()
        .take(max)
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len().min(max));
    String::from_utf8_lossy(&bytes[..end])
}

/// `name="value"` or `name='value'` inside a declaration.
fn attribute_value<'a>(decl: &'a str, name: &str) -> Option<&'a str> {
    let at = decl.find(name)? + name.len();
    let rest = decl[at..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next()?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let rest = &rest[1..];
    Some(&rest[..rest.find(quote)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_dropped() {
        let text = decode("\u{FEFF}Привет".as_bytes(), FormatKind::PlainText).unwrap_or_default();
        assert_eq!(text, "Привет");
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let mut cp1251 = b"msgid \"\"\nmsgstr \"charset=windows-1251\\n\"\n".to_vec();
        cp1251.extend([0xCF, 0xF0]);
        let cases: [&[u8]; 6] = [
            "Привет".as_bytes(),
            "\u{FEFF}Привет".as_bytes(),
            b"a\0b",
            b"ok \xFF",
            &[0xFF, 0xFE, 0x41, 0],
            &cp1251,
        ];
        for bytes in cases {
            assert_eq!(
                decode_owned(bytes.to_vec(), FormatKind::Po),
                decode(bytes, FormatKind::Po)
            );
        }
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let text = "<xliff>翻訳 çeviri</xliff>";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&le, FormatKind::Xliff).as_deref(), Ok(text));
        assert_eq!(decode(&be, FormatKind::Tmx).as_deref(), Ok(text));
        le.push(0x41);
        assert!(matches!(
            decode(&le, FormatKind::Xliff),
            Err(FormatError {
                kind: FormatErrorKind::Encoding(_),
                ..
            })
        ));
    }

    #[test]
    fn po_cp1251_and_koi8() {
        let po = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=windows-1251\\n\"\n\nmsgid \"File\"\nmsgstr \"Файл\"\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(po);
        assert_eq!(decode(&bytes, FormatKind::Po).as_deref(), Ok(po));
        let koi = po.replace("windows-1251", "KOI8-R");
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(&koi);
        assert_eq!(decode(&bytes, FormatKind::Po).as_deref(), Ok(koi.as_str()));
    }

    #[test]
    fn po_unknown_charset_is_an_error() {
        let po = b"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=klingon-8\\n\"\n";
        let err = decode(po, FormatKind::Po).err();
        assert!(
            matches!(err, Some(FormatError { kind: FormatErrorKind::Encoding(ref m), .. }) if m.contains("klingon"))
        );
    }

    #[test]
    fn po_charset_placeholder_means_utf8() {
        let po = "msgstr \"Content-Type: text/plain; charset=CHARSET\\n\"\nmsgid \"a\"\nmsgstr \"Türkçe\"\n";
        assert_eq!(decode(po.as_bytes(), FormatKind::Po).as_deref(), Ok(po));
    }

    #[test]
    fn xml_declared_latin1() {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx>café</tmx>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(xml);
        assert_eq!(decode(&bytes, FormatKind::Tmx).as_deref(), Ok(xml));
    }

    #[test]
    fn invalid_utf8_has_line_and_column() {
        let mut bytes = "first line\nвторая \u{3042}".as_bytes().to_vec();
        bytes.push(0xFF);
        let err = decode(&bytes, FormatKind::JsonCatalog).err();
        assert_eq!(err.as_ref().map(|e| (e.line, e.column)), Some((2, 9)));
    }

    fn encoding_error(bytes: &[u8], kind: FormatKind) -> Option<(usize, usize, String)> {
        match decode(bytes, kind) {
            Err(FormatError {
                line,
                column,
                kind: FormatErrorKind::Encoding(reason),
                ..
            }) => Some((line, column, reason)),
            _ => None,
        }
    }

    #[test]
    fn a_nul_character_is_refused_in_every_format() {
        let po = "msgid \"ferry\"\nmsgstr \"Па\0ром\"\n";
        let (line, column, reason) = encoding_error(po.as_bytes(), FormatKind::Po).unwrap();
        assert_eq!((line, column), (2, 11));
        assert!(reason.contains("binary"), "{reason}");
        for kind in [
            FormatKind::Fluent,
            FormatKind::JsonCatalog,
            FormatKind::Csv,
            FormatKind::Xliff,
        ] {
            assert!(encoding_error(b"a\0", kind).is_some(), "{kind:?}");
        }
        let utf16: Vec<u8> = "ferry = Паром\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let (_, _, reason) = encoding_error(&utf16, FormatKind::Fluent).unwrap();
        assert!(
            reason.contains("UTF-16LE without a byte-order mark"),
            "{reason}"
        );
        let utf16be: Vec<u8> = "msgid".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16_without_bom(&utf16be), Some("UTF-16BE"));
        assert_eq!(utf16_without_bom(b"binary\0\0\0\x01\x02"), None);
    }

    #[test]
    fn utf32_is_refused() {
        let mut bytes = vec![0xFF, 0xFE, 0, 0];
        bytes.extend("a".chars().flat_map(|c| u32::from(c).to_le_bytes()));
        let (_, _, reason) = encoding_error(&bytes, FormatKind::Po).unwrap();
        assert!(reason.contains("UTF-32"), "{reason}");
    }
}
