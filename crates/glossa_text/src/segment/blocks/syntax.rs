//! Line-level Markdown syntax: block quote markers, fences, headings,
//! thematic breaks, list markers, table rows, HTML block lines.

use std::ops::Range;

/// An open fenced code block: the fence character and its length.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fence {
    pub(super) ch: u8,
    pub(super) len: usize,
}

/// A line opening with a block-level HTML tag (`<div …>`, `</p>`); inline
/// tags (`<b>`) and autolinks stay in their paragraph.
pub(super) fn is_html_tag_line(text: &str) -> bool {
    const BLOCK_TAGS: &str = "address article aside blockquote body center details dialog dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html iframe legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul";
    let Some(rest) = text.strip_prefix('<') else {
        return false;
    };
    let name = rest.strip_prefix('/').unwrap_or(rest);
    let len = name
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    let tag = name[..len].to_ascii_lowercase();
    len > 0
        && BLOCK_TAGS.split(' ').any(|t| t == tag)
        && matches!(
            name.as_bytes().get(len),
            Some(b' ' | b'>' | b'/' | b'\t') | None
        )
}

pub(super) fn has_letter(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// The range without surrounding whitespace.
pub(super) fn trim(input: &str, range: Range<usize>) -> Range<usize> {
    let text = &input[range.clone()];
    let start = range.start + (text.len() - text.trim_start().len());
    start..start + text.trim().len()
}

/// Strips `>` markers: (nesting level, the rest of the line).
pub(super) fn strip_quotes(input: &str, line: Range<usize>) -> (usize, Range<usize>) {
    let mut level = 0;
    let mut pos = line.start;
    loop {
        let rest = &input[pos..line.end];
        let indent = rest.len() - rest.trim_start_matches(' ').len();
        if indent <= 3 && rest[indent..].starts_with('>') {
            level += 1;
            pos += indent + 1;
            if input[pos..line.end].starts_with(' ') {
                pos += 1;
            }
        } else {
            return (level, pos..line.end);
        }
    }
}

pub(super) fn fence_open(text: &str) -> Option<Fence> {
    for ch in [b'`', b'~'] {
        let len = text.bytes().take_while(|&b| b == ch).count();
        if len >= 3 && !(ch == b'`' && text[len..].contains('`')) {
            return Some(Fence { ch, len });
        }
    }
    None
}

/// `## Title ##` → (2, `Title`).
pub(super) fn atx_heading(input: &str, content: Range<usize>) -> Option<(u8, Range<usize>)> {
    let text = &input[content.clone()];
    let level = text.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &text[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let mut body = rest.trim();
    let closing = body.trim_end_matches('#');
    if closing.is_empty() || closing.ends_with([' ', '\t']) {
        body = closing.trim_end();
    }
    let start = content.start + level + (rest.len() - rest.trim_start().len());
    let level = u8::try_from(level).unwrap_or(6);
    Some((level, start..start + body.len()))
}

/// `===` → 1, `---` → 2.
pub(super) fn setext_underline(text: &str) -> Option<u8> {
    if text.bytes().all(|b| b == b'=') {
        Some(1)
    } else if text.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

/// `---`, `***`, `___` (spaces allowed), and a lone `-`, `*` or `+`.
pub(super) fn is_thematic_break(text: &str) -> bool {
    if matches!(text, "-" | "*" | "+") {
        return true;
    }
    let Some(mark) = text
        .bytes()
        .next()
        .filter(|b| matches!(b, b'-' | b'*' | b'_'))
    else {
        return false;
    };
    let mut count = 0;
    for b in text.bytes() {
        if b == mark {
            count += 1;
        } else if !b.is_ascii_whitespace() {
            return false;
        }
    }
    count >= 3
}

/// A list item: the content after `- `, `* ` or `+ `; an ordered item keeps
/// its number (`1. `, `2) `: it is content, and `2. Dünya Savaşı` may well
/// be a Turkish sentence). An ordered item interrupts a paragraph only when
/// it starts at 1.
pub(super) fn list_item(
    input: &str,
    content: Range<usize>,
    interrupting: bool,
) -> Option<Range<usize>> {
    let text = &input[content.clone()];
    let bytes = text.as_bytes();
    let (marker, keep) = if matches!(bytes.first(), Some(b'-' | b'*' | b'+')) {
        (1, false)
    } else {
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let ordered = (1..=9).contains(&digits) && matches!(bytes.get(digits), Some(b'.' | b')'));
        if !ordered || (interrupting && &text[..digits] != "1") {
            return None;
        }
        (digits + 1, true)
    };
    if !matches!(bytes.get(marker), Some(b' ' | b'\t')) {
        return None;
    }
    let start = if keep {
        content.start
    } else {
        content.start + marker
    };
    Some(trim(input, start..content.end))
}

/// `|---|:--:|`
pub(super) fn is_delimiter_row(text: &str) -> bool {
    text.contains('-')
        && text.contains('|')
        && text
            .bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
}

/// The non-empty cells of a table row.
pub(super) fn table_cells(input: &str, content: Range<usize>) -> Vec<Range<usize>> {
    let text = &input[content.clone()];
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'\\' if !escaped => {
                escaped = true;
                continue;
            }
            b'|' if !escaped => {
                cells.push(trim(input, content.start + start..content.start + i));
                start = i + 1;
            }
            _ => {}
        }
        escaped = false;
    }
    cells.push(trim(input, content.start + start..content.end));
    cells.retain(|c| !c.is_empty());
    cells
}
