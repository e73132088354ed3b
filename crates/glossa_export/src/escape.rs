//! Escaping for HTML/XML text and attributes.

/// Appends `text` to `out`, escaped for HTML or XML text and quoted attribute
/// values: `& < > " '` become entities; characters not allowed in XML 1.0
/// (C0 controls other than tab, newline and carriage return, U+FFFE, U+FFFF)
/// become U+FFFD; carriage return becomes `&#13;` so it survives XML parsing.
pub fn push_escaped(out: &mut String, text: &str) {
    let mut last = 0;
    for (i, ch) in text.char_indices() {
        let rep = match ch {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            // A raw CR would be normalized away by XML readers.
            '\r' => "&#13;",
            '\t' | '\n' => continue,
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(rep);
        last = i + ch.len_utf8();
    }
    out.push_str(&text[last..]);
}

/// Like [`push_escaped`], for XML attribute values: tab and newline become
/// character references too (XML readers normalize them to spaces).
pub fn push_escaped_attr(out: &mut String, text: &str) {
    let mut last = 0;
    for (i, ch) in text.char_indices() {
        let rep = match ch {
            '\t' => "&#9;",
            '\n' => "&#10;",
            _ => continue,
        };
        push_escaped(out, &text[last..i]);
        out.push_str(rep);
        last = i + ch.len_utf8();
    }
    push_escaped(out, &text[last..]);
}

/// Appends an HTML attribute value: bare when it is a plain token
/// (`[A-Za-z0-9._-]+`), else quoted and escaped.
pub fn push_attr_value(out: &mut String, value: &str) {
    let bare = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'));
    if bare {
        out.push_str(value);
    } else {
        out.push('"');
        push_escaped(out, value);
        out.push('"');
    }
}

/// `text` escaped by [`push_escaped`].
#[cfg(test)]
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// A CSS class token made of `[a-z0-9-]` from `name`, or `None` when `name`
/// has any other character (so user data never injects arbitrary classes).
pub fn class_token(name: &str) -> Option<&str> {
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escaped("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            escaped("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            escaped("Japonya'nın & Rusya"),
            "Japonya&#39;nın &amp; Rusya"
        );
    }

    #[test]
    fn keeps_unicode_and_replaces_controls() {
        assert_eq!(
            escaped("Южные Курилы\t北方領土\n"),
            "Южные Курилы\t北方領土\n"
        );
        assert_eq!(escaped("a\u{0}b\u{1b}c"), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(escaped("satır\r\nsatır"), "satır&#13;\nsatır");
    }

    #[test]
    fn attribute_values_keep_tabs_and_newlines() {
        let mut out = String::new();
        push_escaped_attr(&mut out, "ja\tJP\n\"x\"");
        assert_eq!(out, "ja&#9;JP&#10;&quot;x&quot;");
    }

    #[test]
    fn attribute_values_bare_only_when_safe() {
        let mut out = String::new();
        for value in ["ja", "zh-Hant", "", "en\" onmouseover=\"x", "tr x"] {
            push_attr_value(&mut out, value);
            out.push(' ');
        }
        assert_eq!(
            out,
            "ja zh-Hant \"\" \"en&quot; onmouseover=&quot;x\" \"tr x\" "
        );
    }

    #[test]
    fn class_tokens_are_restricted() {
        assert_eq!(class_token("heading"), Some("heading"));
        assert_eq!(class_token("list-item2"), Some("list-item2"));
        assert_eq!(class_token("x\" onclick=\"a"), None);
        assert_eq!(class_token("Başlık"), None);
        assert_eq!(class_token(""), None);
    }
}
