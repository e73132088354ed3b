//! Quotation spans: which parts of a text are inside quotation marks.
//!
//! Knows the quotes of the first-class languages (“…”, «…», „…“, 「…」,
//! 『…』, "…", ‘…’) and tells an apostrophe (`Japan’s`, `Japonya'nın`) from a
//! single quote. A quote left open ends at the next blank line, so one stray
//! mark never covers the rest of a document.

use std::ops::Range;

/// Byte ranges of `text` that lie inside quotation marks (outermost quotes,
/// marks included).
pub fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    // Only line breaks and quotation marks change the state: the bytes that
    // can start one are visited, everything else is skipped.
    for at in may_matter(text.as_bytes()) {
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let i = at + c.len_utf8();
        if c != '\n' && !opens(c) && !is_quote_close(c) {
            continue;
        }
        let prev = text.get(..at).and_then(|before| before.chars().next_back());
        let next = text.get(i..).and_then(|after| after.chars().next());
        if c == '\n' && (next == Some('\n') || prev == Some('\n')) {
            close_unterminated(&mut stack, &mut ranges, at);
        }
        let top = stack.last().map(|&(open, _)| open);
        if let Some(open) = top
            && closes(open, c)
            && (!is_single(c) || is_closing_single(prev, next))
        {
            let (_, start) = stack.pop().unwrap_or((open, at));
            if stack.is_empty() {
                ranges.push(start..i);
            }
        } else if opens(c) && (!is_single(c) || is_opening_single(prev, next)) {
            stack.push((c, at));
        }
    }
    close_unterminated(&mut stack, &mut ranges, text.len());
    ranges
}

/// The offsets, in order, of the bytes that can start a line break or a
/// quotation mark: `\n`, `"`, `'` and the UTF-8 lead bytes of
/// U+0080–U+00BF (`«`, `»`), U+2000–U+203F (`“`, `”`, `„`, `‘`, `’`, `‹`,
/// `›`) and U+3000–U+303F (`「`, `」`, `『`, `』`). None of them continues
/// a character.
fn may_matter(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut ascii = memchr::memchr3_iter(b'\n', b'"', b'\'', bytes).peekable();
    let mut leads = memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes).peekable();
    std::iter::from_fn(move || match (ascii.peek(), leads.peek()) {
        (Some(a), Some(l)) if a < l => ascii.next(),
        (_, Some(_)) => leads.next(),
        (Some(_), None) => ascii.next(),
        (None, None) => None,
    })
}

/// Every character [`closes`] accepts for some opening mark.
fn is_quote_close(c: char) -> bool {
    matches!(c, '”' | '“' | '»' | '」' | '』' | '"' | '’' | '\'' | '›')
}

/// True when `range` lies inside one of `quoted` (sorted, disjoint, as
/// [`quoted_ranges`] returns them).
pub fn is_quoted(quoted: &[Range<usize>], range: &Range<usize>) -> bool {
    let after = quoted.partition_point(|q| q.start <= range.start);
    after
        .checked_sub(1)
        .and_then(|i| quoted.get(i))
        .is_some_and(|q| range.end <= q.end)
}

fn close_unterminated(stack: &mut Vec<(char, usize)>, ranges: &mut Vec<Range<usize>>, end: usize) {
    if let Some(&(_, start)) = stack.first() {
        ranges.push(start..end);
    }
    stack.clear();
}

fn opens(c: char) -> bool {
    matches!(
        c,
        '“' | '«' | '„' | '「' | '『' | '"' | '‘' | '\'' | '‹' | '”'
    )
}

fn closes(open: char, c: char) -> bool {
    match open {
        '“' => matches!(c, '”' | '“'),
        '«' => c == '»',
        '„' => matches!(c, '“' | '”'),
        '「' => c == '」',
        '『' => c == '』',
        '"' => c == '"',
        '‘' => c == '’',
        '\'' => c == '\'',
        '‹' => c == '›',
        '”' => c == '”',
        _ => false,
    }
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’')
}

/// An opening single quote follows a space, an opening bracket or the start.
fn is_opening_single(prev: Option<char>, next: Option<char>) -> bool {
    let after_boundary = prev.is_none_or(|p| p.is_whitespace() || "([{«“„—–-".contains(p));
    after_boundary && next.is_some_and(|n| !n.is_whitespace())
}

/// A closing single quote is not followed by a letter (`Japan’s` is an apostrophe).
fn is_closing_single(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quoted_ranges(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_quotes_in_four_languages() {
        assert_eq!(
            quoted("Tokyo calls them the “Northern Territories”, he said."),
            ["“Northern Territories”"]
        );
        assert_eq!(
            quoted("Он сказал: «Речь о „северных территориях“ не идёт». Дальше."),
            ["«Речь о „северных территориях“ не идёт»"]
        );
        assert_eq!(
            quoted("外相は「『北方領土』の問題だ」と述べた。"),
            ["「『北方領土』の問題だ」"]
        );
        assert_eq!(
            quoted("Bakan, \"Kuzey Toprakları\" ifadesini kullandı."),
            ["\"Kuzey Toprakları\""]
        );
    }

    /// The bytes visited are every `\n`, `"`, `'`, `C2`, `E2`, `E3`, in
    /// order, in texts of the four languages.
    #[test]
    fn visits_every_byte_that_may_matter() {
        let texts = [
            "Tokyo calls them the “Northern Territories”, he said.\n\nNext 'one'.",
            "Он сказал: «Речь о „северных территориях“ не идёт». Дальше — ‹тут›.",
            "外相は「『北方領土』の問題だ」と述べた。\"２＋２\"",
            "Bakan, \"Kuzey Toprakları\" ifadesini kullandı; Japonya'nın… 2+2.",
        ];
        for text in texts {
            let expected: Vec<usize> = (0..text.len())
                .filter(|&i| {
                    matches!(
                        text.as_bytes()[i],
                        b'\n' | b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3
                    )
                })
                .collect();
            assert_eq!(may_matter(text.as_bytes()).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Japan’s position and Japonya'nın tutumu.").is_empty());
        assert_eq!(
            quoted("the so-called 'Northern Territories' issue"),
            ["'Northern Territories'"]
        );
    }

    #[test]
    fn an_open_quote_stops_at_a_blank_line() {
        let text = "«Начало цитаты без конца.\n\nСледующий абзац о Южных Курилах.";
        let ranges = quoted_ranges(text);
        assert_eq!(ranges.len(), 1);
        assert!(!text[ranges[0].clone()].contains("Курилах"));
        assert!(is_quoted(&ranges, &(2..10)));
    }
}
