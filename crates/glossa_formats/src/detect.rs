//! Format detection: by file extension first, then by sniffing the first bytes.

use crate::FormatKind;

/// Detect the format of a file from its `path` (extension) and the first bytes of its content.
///
/// Extensions win (`.xlf`/`.xliff`/`.sdlxliff`, `.po`/`.pot`, `.tmx`, `.ftl`, `.json`, `.csv`,
/// `.tsv`/`.tab`, `.md`/`.markdown`, `.txt`); other files (or `.xml`) are sniffed: `<xliff`, `<tmx`,
/// `{` (JSON), a `msgid` line (PO), `id = value` lines (Fluent), a tab in the first line (TSV).
/// `None` for binary content and XML that is neither XLIFF nor TMX.
pub fn detect(path: &str, head: &[u8]) -> Option<FormatKind> {
    by_extension(path).or_else(|| sniff(head))
}

fn by_extension(path: &str) -> Option<FormatKind> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "xlf" | "xliff" | "sdlxliff" | "mxliff" | "xlz" => FormatKind::Xliff,
        "po" | "pot" => FormatKind::Po,
        "tmx" => FormatKind::Tmx,
        "ftl" => FormatKind::Fluent,
        "json" => FormatKind::JsonCatalog,
        "csv" => FormatKind::Csv,
        "tsv" | "tab" => FormatKind::Tsv,
        "md" | "markdown" | "mdown" | "mkd" => FormatKind::Markdown,
        "txt" | "text" => FormatKind::PlainText,
        _ => return None,
    })
}

/// Best-effort text of the head: BOMs dropped, UTF-16 narrowed, invalid tail ignored.
fn head_text(head: &[u8]) -> Option<String> {
    let utf16 = |bytes: &[u8], le: bool| -> String {
        let units = bytes.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    if let Some(rest) = head.strip_prefix(&[0xFF, 0xFE]) {
        return Some(utf16(rest, true));
    }
    if let Some(rest) = head.strip_prefix(&[0xFE, 0xFF]) {
        return Some(utf16(rest, false));
    }
    if head.starts_with(b"<\0") {
        return Some(utf16(head, true));
    }
    if head.starts_with(b"\0<") {
        return Some(utf16(head, false));
    }
    let head = head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head);
    let valid = match std::str::from_utf8(head) {
        Ok(s) => s,
        // A head cut in the middle of a character is still text.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
        Err(_) => {
            // Legacy 8-bit text (a cp1251 PO file): sniff the ASCII part.
            return Some(
                head.iter()
                    .map(|&b| if b.is_ascii() { b as char } else { '\u{FFFD}' })
                    .collect(),
            );
        }
    };
    if valid.contains('\0') {
        return None;
    }
    Some(valid.to_owned())
}

fn sniff(head: &[u8]) -> Option<FormatKind> {
    let text = head_text(head)?;
    let trimmed = text.trim_start();
    if trimmed.starts_with('<') {
        if text.contains("<xliff") {
            return Some(FormatKind::Xliff);
        }
        if text.contains("<tmx") {
            return Some(FormatKind::Tmx);
        }
        return None;
    }
    if trimmed.starts_with('{') {
        return Some(FormatKind::JsonCatalog);
    }
    let lines = || text.lines().map(str::trim_end);
    if lines().any(|l| l.starts_with("msgid ") || l.starts_with("msgid\"")) {
        return Some(FormatKind::Po);
    }
    if lines().any(is_fluent_entry)
        && lines()
            .all(|l| l.is_empty() || l.starts_with('#') || l.starts_with(' ') || is_fluent_entry(l))
    {
        return Some(FormatKind::Fluent);
    }
    let first = lines().next().unwrap_or("");
    if first.starts_with('#') {
        return Some(FormatKind::Markdown);
    }
    if first.contains('\t') {
        return Some(FormatKind::Tsv);
    }
    Some(FormatKind::PlainText)
}

/// `id = ...` or `-term = ...` at the start of a line.
fn is_fluent_entry(line: &str) -> bool {
    let Some((id, _)) = line.split_once('=') else {
        return false;
    };
    let id = id.trim_end();
    let id = id.strip_prefix('-').unwrap_or(id);
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_extension_wins() {
        assert_eq!(detect("locales/ru/app.ftl", b""), Some(FormatKind::Fluent));
        assert_eq!(detect("a/b.XLF", b"{"), Some(FormatKind::Xliff));
        assert_eq!(detect("ja.po", b""), Some(FormatKind::Po));
        assert_eq!(detect("C:\\tm\\memory.tmx", b""), Some(FormatKind::Tmx));
        assert_eq!(
            detect("tr/strings.json", b""),
            Some(FormatKind::JsonCatalog)
        );
        assert_eq!(detect("docs/ru/x.md", b""), Some(FormatKind::Markdown));
        assert_eq!(detect("pairs.tsv", b""), Some(FormatKind::Tsv));
    }

    #[test]
    fn sniffing_content() {
        assert_eq!(
            detect(
                "file.xml",
                b"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">"
            ),
            Some(FormatKind::Xliff)
        );
        assert_eq!(
            detect("memory", b"<?xml version=\"1.0\"?><tmx version=\"1.4\">"),
            Some(FormatKind::Tmx)
        );
        assert_eq!(
            detect(
                "catalog",
                b"\xEF\xBB\xBF{\"hello\": \"\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\"}"
            ),
            Some(FormatKind::JsonCatalog)
        );
        assert_eq!(
            detect(
                "messages",
                b"# comment\nmsgid \"Hello\"\nmsgstr \"Merhaba\"\n"
            ),
            Some(FormatKind::Po)
        );
        assert_eq!(detect("app", b"hello = \xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF\n-brand = Glossa\n"), Some(FormatKind::Fluent));
        assert_eq!(
            detect(
                "pairs",
                b"en\tru\nHello\t\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\n"
            ),
            Some(FormatKind::Tsv)
        );
        assert_eq!(
            detect("README", b"# Title\n\nSome text."),
            Some(FormatKind::Markdown)
        );
        assert_eq!(
            detect("notes", b"Just a sentence."),
            Some(FormatKind::PlainText)
        );
        assert_eq!(detect("blob", b"\x00\x01\x02binary"), None);
        assert_eq!(detect("other.xml", b"<html><body/></html>"), None);
    }

    #[test]
    fn sniffing_utf16_xliff() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><xliff version=\"2.0\">";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(detect("unit", &bytes), Some(FormatKind::Xliff));
    }
}
