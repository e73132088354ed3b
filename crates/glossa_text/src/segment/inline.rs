//! Display text of a block: lines joined, inline Markdown stripped
//! (emphasis, code spans, links, images, autolinks, escapes), with a map
//! back to input offsets.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::offsets::OffsetMap;

/// How far (bytes) a closing `]`, `)`, `>` or backtick run is looked for:
/// bounds the work on unbalanced input to a constant per opening mark.
const SEARCH_CAP: usize = 1000;
/// How many open emphasis delimiters a closer looks back through.
const EMPHASIS_CAP: usize = 64;

/// Joins the lines of a block (one space between them, none in unspaced
/// scripts) and, for Markdown, strips inline markup.
pub(crate) fn block_text<'a>(
    input: &'a str,
    lines: &[Range<usize>],
    markdown: bool,
    unspaced: bool,
) -> (Cow<'a, str>, OffsetMap) {
    let (joined, map) = join_lines(input, lines, unspaced);
    if !markdown || !has_markup_byte(joined.as_bytes()) {
        return (joined, map);
    }
    match strip_markup(&joined) {
        Some((stripped, inner)) => (Cow::Owned(stripped), inner.compose(&map)),
        None => (joined, map),
    }
}

/// Lines joined: one space (mapped to the line break) or nothing.
pub(crate) fn join_lines<'a>(
    input: &'a str,
    lines: &[Range<usize>],
    unspaced: bool,
) -> (Cow<'a, str>, OffsetMap) {
    match lines {
        [] => (Cow::Borrowed(""), OffsetMap::default()),
        [one] => (
            Cow::Borrowed(&input[one.clone()]),
            OffsetMap::identity(one.start, one.len()),
        ),
        _ => {
            let mut text = String::new();
            let mut map = OffsetMap::default();
            for line in lines {
                let piece = &input[line.clone()];
                if let Some(prev) = text.chars().next_back() {
                    let next = piece.chars().next();
                    let glue = !unspaced
                        || (prev.is_ascii_alphanumeric()
                            && next.is_some_and(|c| c.is_ascii_alphanumeric()));
                    if glue {
                        text.push(' ');
                        map.push(line.start.saturating_sub(1), 1);
                    }
                }
                text.push_str(piece);
                map.push(line.start, piece.len());
            }
            (Cow::Owned(text), map)
        }
    }
}

/// Whether any byte may start inline Markdown: `*`, `_`, `` ` ``, `[`,
/// `<` or `\\`. Without one, a block's display text is its joined lines.
pub fn has_markup_byte(bytes: &[u8]) -> bool {
    memchr::memchr3(b'*', b'_', b'`', bytes).is_some()
        || memchr::memchr3(b'[', b'<', b'\\', bytes).is_some()
}

/// A run of `*` or `_` that may open or close emphasis.
#[derive(Debug, Clone, Copy)]
struct Delim {
    pos: usize,
    len: usize,
    ch: u8,
    can_open: bool,
    can_close: bool,
}

/// Removes inline markup; returns the text and a map into `text`, or
/// `None` when there is no markup to remove.
pub(crate) fn strip_markup(text: &str) -> Option<(String, OffsetMap)> {
    let bytes = text.as_bytes();
    let mut deletions: Vec<Range<usize>> = Vec::new();
    let mut delims: Vec<Delim> = Vec::new();
    let mut link_tails: HashMap<usize, usize> = HashMap::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                deletions.push(i..i + 1);
                i += 2;
            }
            b'`' => {
                let n = run_len(bytes, i, b'`');
                match find_code_close(bytes, i + n, n) {
                    Some(close) => {
                        deletions.push(i..i + n);
                        deletions.push(close..close + n);
                        i = close + n;
                    }
                    None => i += n,
                }
            }
            b'<' => match autolink_end(text, i) {
                Some(end) => {
                    deletions.push(i..i + 1);
                    deletions.push(end..end + 1);
                    i = end + 1;
                }
                None => i += 1,
            },
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                if let Some(tail) = link_tail(bytes, i + 1) {
                    deletions.push(i..i + 2);
                    link_tails.insert(tail.start, tail.end);
                    i += 2;
                } else {
                    i += 1;
                }
            }
            b'[' => {
                if let Some(tail) = link_tail(bytes, i) {
                    deletions.push(i..i + 1);
                    link_tails.insert(tail.start, tail.end);
                }
                i += 1;
            }
            b'*' | b'_' => {
                let ch = bytes[i];
                let n = run_len(bytes, i, ch);
                delims.push(flanking(text, i, n, ch));
                i += n;
            }
            b']' => {
                // Skip over a link tail we already decided to delete.
                if let Some(&end) = link_tails.get(&i) {
                    deletions.push(i..end);
                    i = end;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    match_emphasis(&delims, &mut deletions);
    if deletions.is_empty() {
        return None;
    }
    deletions.sort_by_key(|r| r.start);
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::default();
    let mut pos = 0;
    for del in deletions {
        if del.start < pos {
            pos = pos.max(del.end);
            continue;
        }
        out.push_str(&text[pos..del.start]);
        map.push(pos, del.start - pos);
        pos = del.end;
    }
    out.push_str(&text[pos..]);
    map.push(pos, text.len() - pos);
    Some((out, map))
}

fn run_len(bytes: &[u8], at: usize, ch: u8) -> usize {
    bytes[at..].iter().take_while(|&&b| b == ch).count()
}

/// Start of the closing backtick run of exactly `n` backticks.
fn find_code_close(bytes: &[u8], from: usize, n: usize) -> Option<usize> {
    let mut i = from;
    let end = bytes.len().min(from + 10 * SEARCH_CAP);
    while i < end {
        if bytes[i] == b'`' {
            let m = run_len(bytes, i, b'`');
            if m == n {
                return Some(i);
            }
            i += m;
        } else {
            i += 1;
        }
    }
    None
}

/// `<https://x.org>` or `<a@b.org>`: offset of the closing `>`.
fn autolink_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at + 1..];
    let close = rest.bytes().take(SEARCH_CAP).position(|b| b == b'>')?;
    let inner = &rest[..close];
    if inner.is_empty() || inner.contains([' ', '<', '\n']) {
        return None;
    }
    let scheme = inner.split(':').next().unwrap_or_default();
    let is_uri = inner.contains(':')
        && (2..=32).contains(&scheme.len())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'));
    let is_mail = inner.contains('@') && inner.contains('.');
    (is_uri || is_mail).then_some(at + 1 + close)
}

/// For an inline link `[text](dest)` starting at `open`: the range of the
/// tail `](dest)` to delete. Reference links (`[text][ref]`) are left alone:
/// `[7][8]` is far more often a pair of footnote marks.
fn link_tail(bytes: &[u8], open: usize) -> Option<Range<usize>> {
    let mut depth = 0usize;
    let mut i = open;
    let close = loop {
        if i > open + SEARCH_CAP {
            return None;
        }
        match bytes.get(i)? {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    break i;
                }
            }
            _ => {}
        }
        i += 1;
    };
    if bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    let (opener, closer) = (b'(', b')');
    let mut depth = 0usize;
    let mut j = close + 1;
    loop {
        let b = *bytes.get(j)?;
        if j > close + SEARCH_CAP {
            return None;
        }
        if b == opener {
            depth += 1;
        } else if b == closer {
            depth -= 1;
            if depth == 0 {
                let dest = &bytes[close + 2..j];
                return valid_destination(dest).then_some(close..j + 1);
            }
        } else if b == b'\n' {
            return None;
        }
        j += 1;
    }
}

/// A link destination: no spaces, except before a quoted title
/// (`url "title"`, `url 'title'`).
fn valid_destination(dest: &[u8]) -> bool {
    let Some(space) = dest.iter().position(u8::is_ascii_whitespace) else {
        return true;
    };
    let title = dest[space..].trim_ascii_start();
    match (title.first(), title.last()) {
        (Some(&open), Some(&close)) if title.len() >= 2 => {
            matches!((open, close), (b'"', b'"') | (b'\'', b'\''))
        }
        _ => false,
    }
}

/// CommonMark's flanking rules for a delimiter run.
fn flanking(text: &str, at: usize, len: usize, ch: u8) -> Delim {
    let prev = text[..at].chars().next_back();
    let next = text[at + len..].chars().next();
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punct = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let left = !space(next) && (!punct(next) || space(prev) || punct(prev));
    let right = !space(prev) && (!punct(prev) || space(next) || punct(next));
    let (can_open, can_close) = if ch == b'_' {
        (
            left && (!right || punct(prev)),
            right && (!left || punct(next)),
        )
    } else {
        (left, right)
    };
    Delim {
        pos: at,
        len,
        ch,
        can_open,
        can_close,
    }
}

/// Pairs openers with closers of the same character; the matched
/// delimiter characters are deleted, unmatched ones stay as text.
fn match_emphasis(delims: &[Delim], deletions: &mut Vec<Range<usize>>) {
    // Openers on a stack: (delimiter, characters still unmatched).
    let mut stack: Vec<(Delim, usize)> = Vec::new();
    for &d in delims {
        let mut left = d.len;
        if d.can_close {
            while left > 0 {
                let floor = stack.len().saturating_sub(EMPHASIS_CAP);
                let Some(idx) = stack[floor..].iter().rposition(|(o, _)| o.ch == d.ch) else {
                    break;
                };
                let idx = floor + idx;
                let (opener, avail) = stack[idx];
                let used = avail.min(left);
                // The opener's innermost characters and the closer's first ones.
                let o_end = opener.pos + avail;
                deletions.push(o_end - used..o_end);
                let c_start = d.pos + (d.len - left);
                deletions.push(c_start..c_start + used);
                left -= used;
                stack.truncate(idx);
                if avail > used {
                    stack.push((opener, avail - used));
                }
            }
        }
        if left > 0 && d.can_open {
            let pos = d.pos + (d.len - left);
            stack.push((
                Delim {
                    pos,
                    len: left,
                    ..d
                },
                left,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(text: &str) -> String {
        strip_markup(text).map_or_else(|| text.to_string(), |(s, _)| s)
    }

    #[test]
    fn strips_emphasis_links_and_code() {
        assert_eq!(strip("**LAVROV** says _hello_"), "LAVROV says hello");
        assert_eq!(
            strip("See [the treaty](http://x.org/a(b)) and ![map](m.png)."),
            "See the treaty and map."
        );
        assert_eq!(
            strip("Run `a*b` now, snake_case_name stays"),
            "Run a*b now, snake_case_name stays"
        );
        assert_eq!(
            strip("2 * 3 * 4 and \\*literal\\*"),
            "2 * 3 * 4 and *literal*"
        );
        assert_eq!(
            strip("<http://tass.com/politics/1040214>"),
            "http://tass.com/politics/1040214"
        );
        assert_eq!(
            strip("sanctions [against Russia] but"),
            "sanctions [against Russia] but"
        );
        assert_eq!(
            strip("**Мирный договор** не подписан"),
            "Мирный договор не подписан"
        );
        assert_eq!(strip("*unclosed emphasis"), "*unclosed emphasis");
    }

    #[test]
    fn map_points_into_the_original() {
        let text = "a **bold** [link](u) end";
        let (out, map) = strip_markup(text).unwrap();
        assert_eq!(out, "a bold link end");
        let b = out.find("bold").unwrap();
        assert_eq!(&text[map.source(b)..map.source(b) + 4], "bold");
        let e = out.find("end").unwrap();
        assert_eq!(&text[map.source(e)..], "end");
    }

    #[test]
    fn joins_lines_with_or_without_space() {
        let input = "平和条約\nの締結\nG7\nG20";
        let lines = [0..12, 13..22, 23..25, 26..29];
        let (text, map) = join_lines(input, &lines, true);
        assert_eq!(text, "平和条約の締結G7 G20");
        assert_eq!(map.source(text.find("G20").unwrap()), 26);
        let (text, _) = join_lines("one\ntwo", &[0..3, 4..7], false);
        assert_eq!(text, "one two");
    }
}
