//! Q001 unpaired-quote and Q002 unpaired-bracket: reported when the target
//! has an unpaired mark and the source has none (a source that is itself
//! unbalanced, like a list item `1)` or an inch mark, excuses the target).
//!
//! Quotes of every first-class language: “…” and ‘…’ (en), «…» and „…“ (ru),
//! 「…」 and 『…』 (ja), "…" (all). `’` closing nothing is an apostrophe
//! (`Japan’s`); straight `'` is never counted (`Japonya'nın`).

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::{Enabled, UnitText, first_byte_where};

/// The first unpaired quote and the first unpaired bracket of a text (byte offsets).
#[derive(Debug, Default, PartialEq, Eq)]
struct Unpaired {
    quote: Option<usize>,
    bracket: Option<usize>,
}

/// The open marks of a text and where they stand, on the stack for up to eight.
type Marks = smallvec::SmallVec<[(char, usize); 8]>;

fn unpaired(text: &str) -> Unpaired {
    let mut quotes = Marks::new();
    let mut brackets = Marks::new();
    let mut first_quote = None;
    let mut first_bracket = None;
    // Only the characters that start with a mark byte are looked at.
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = next_mark_byte(bytes, from) {
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        from = i + c.len_utf8();
        match c {
            '(' | '[' | '{' | '（' | '［' | '【' => brackets.push((c, i)),
            ')' | ']' | '}' | '）' | '］' | '】' => {
                if brackets.last().is_some_and(|&(open, _)| pairs(open, c)) {
                    brackets.pop();
                } else if !(c == ')' && is_list_marker(text, i)) {
                    first_bracket = first_bracket.or(Some(i));
                }
            }
            '"' => {
                if quotes.last().is_some_and(|&(open, _)| open == '"') {
                    quotes.pop();
                } else {
                    quotes.push((c, i));
                }
            }
            '“' if quotes.last().is_some_and(|&(open, _)| open == '„') => {
                quotes.pop();
            }
            '«' | '„' | '「' | '『' | '“' | '‘' => quotes.push((c, i)),
            '»' | '」' | '』' | '”' | '’' => {
                if quotes.last().is_some_and(|&(open, _)| pairs(open, c)) {
                    quotes.pop();
                } else if c == '’'
                    && text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                {
                    // An apostrophe.
                } else {
                    first_quote = first_quote.or(Some(i));
                }
            }
            _ => {}
        }
    }
    let earliest = |a: Option<usize>, stack: &[(char, usize)]| match (a, stack.first()) {
        (Some(x), Some(&(_, y))) => Some(x.min(y)),
        (x, y) => x.or(y.map(|&(_, i)| i)),
    };
    Unpaired {
        quote: earliest(first_quote, &quotes),
        bracket: earliest(first_bracket, &brackets),
    }
}

fn pairs(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('(', ')')
            | ('[', ']')
            | ('{', '}')
            | ('（', '）')
            | ('［', '］')
            | ('【', '】')
            | ('«', '»')
            | ('„', '”')
            | ('「', '」')
            | ('『', '』')
            | ('“', '”')
            | ('‘', '’')
    )
}

/// `1)` or `a)` at the start of the text or after a space: a list marker.
fn is_list_marker(text: &str, close: usize) -> bool {
    let before = &text[..close];
    let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let word = &before[word_start..];
    !word.is_empty() && word.chars().count() <= 2 && word.chars().all(char::is_alphanumeric)
}

/// True for a byte that may start a quote or a bracket in UTF-8: ASCII `()[]{}"`, and the lead
/// bytes of `«»` (C2), `“”‘’„` (E2), `「」『』【】` (E3) and `（）［］` (EF). Compared rather than
/// looked up, so that a text is tested 32 bytes at a time.
fn is_mark_byte(b: u8) -> bool {
    ((b | 1) == b')')
        | ((b | 0x20) == b'{')
        | ((b | 0x20) == b'}')
        | (b == b'"')
        | (b == 0xC2)
        | ((b | 1) == 0xE3)
        | (b == 0xEF)
}

/// The position of the first mark byte ([`is_mark_byte`]) at or after `from`, 16 bytes tested
/// at a time ([`first_byte_where`]).
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    let at = first_byte_where(bytes.get(from..)?, is_mark_byte)?;
    Some(from + at)
}

/// True when a byte of the text may start a mark ([`is_mark_byte`]).
fn has_mark_byte(text: &str) -> bool {
    next_mark_byte(text.as_bytes(), 0).is_some()
}

pub(crate) fn check(
    source: &UnitText<'_>,
    target: &UnitText<'_>,
    enabled: &Enabled,
    out: &mut Vec<Finding>,
) {
    // A text without a byte that starts a mark has nothing unpaired.
    if !has_mark_byte(target.text) {
        return;
    }
    let in_target = unpaired(target.text);
    if in_target == Unpaired::default() {
        return;
    }
    let in_source = unpaired(source.text);
    let mut report = |check: Check, id: &str, at: usize| {
        let mark = target.text[at..].chars().next().unwrap_or(' ');
        let message = Message::new(id.to_string()).arg("mark", mark.to_string());
        out.push(
            Finding::new(check, message)
                .with(|d| d.primary(target.span(at..at + mark.len_utf8()), None)),
        );
    };
    if let Some(at) = in_target.quote
        && in_source.quote.is_none()
        && enabled.on(Check::UnpairedQuote)
    {
        report(Check::UnpairedQuote, "unpaired-quote", at);
    }
    if let Some(at) = in_target.bracket
        && in_source.bracket.is_none()
        && enabled.on(Check::UnpairedBracket)
    {
        report(Check::UnpairedBracket, "unpaired-bracket", at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::test_support::{check, messages};

    #[test]
    fn every_mark_starts_with_a_mark_byte() {
        let marks = "()[]{}\"“”‘’«»„「」『』（）［］【】";
        for mark in marks.chars() {
            let first = mark.to_string().as_bytes()[0];
            assert!(is_mark_byte(first), "{mark}");
        }
        let firsts: Vec<u8> = marks.chars().map(|m| m.to_string().as_bytes()[0]).collect();
        for b in 0..=255u8 {
            assert_eq!(is_mark_byte(b), firsts.contains(&b), "{b:#x}");
        }
        assert!(!has_mark_byte("Сохранить изменения? Save it."));
        assert!(has_mark_byte("Переговоры в формате «два плюс два»"));
    }

    /// The 16-byte pass finds the first mark byte wherever it stands, from any start.
    #[test]
    fn next_mark_byte_is_the_first_mark_byte() {
        for byte in [
            b'(', b')', b']', b'{', b'"', 0xC2, 0xE2, 0xE3, 0xEF, b'a', 0xD0,
        ] {
            for at in 0..40 {
                let mut bytes = vec![b'x'; 40];
                bytes[at] = byte;
                for from in [0, 1, 15, 16, 17, 39, 40] {
                    let naive = (from..bytes.len()).find(|&i| is_mark_byte(bytes[i]));
                    assert_eq!(next_mark_byte(&bytes, from), naive, "{byte:#x} at {at}");
                }
            }
        }
    }

    #[test]
    fn balanced_quotes_of_each_language() {
        for text in [
            "He said “yes” and left (quickly).",
            "Он сказал: «Речь о „северных территориях“ не идёт».",
            "外相は「『北方領土』の問題だ」と述べた（速報）。",
            "Bakan \"evet\" dedi; Japonya'nın tutumu değişmedi.",
            "Japan’s position, the ‘so-called’ issue.",
            "1) первый пункт",
        ] {
            assert_eq!(unpaired(text), Unpaired::default(), "{text}");
        }
    }

    /// Where the first unpaired mark is, apostrophes told from closing quotes by the character
    /// before them (whatever it is, not only another mark).
    #[test]
    fn unpaired_marks_are_found_where_they_stand() {
        let at = |text: &str, mark: &str| text.find(mark);
        let text = "Japan’s «position» ’x";
        assert_eq!(unpaired(text).quote, at(text, " ’x").map(|i| i + 1));
        let text = "Переговоры «два плюс два» (2+2";
        assert_eq!(unpaired(text).bracket, at(text, "("));
        assert_eq!(unpaired(text).quote, None);
        let text = "「東京」』 and 5’";
        assert_eq!(unpaired(text).quote, at(text, "』"));
    }

    #[test]
    fn flags_only_when_the_source_is_balanced() {
        assert_eq!(
            messages(&check("en", "Press “Save”.", "ru", "Нажмите «Сохранить.")),
            ["Q001 unpaired-quote(mark=«)"]
        );
        assert_eq!(
            messages(&check(
                "en",
                "Open the file (read-only).",
                "ja",
                "ファイルを開く（読み取り専用。"
            )),
            ["Q002 unpaired-bracket(mark=（)"]
        );
        assert_eq!(
            messages(&check(
                "en",
                "Click \"Send\".",
                "tr",
                "\"Gönder\"e tıklayın\"."
            )),
            ["Q001 unpaired-quote(mark=\")"]
        );
        // The source is unbalanced itself: the target is not blamed.
        assert!(check("en", "A 5\" screen", "ru", "Экран 5\"").is_empty());
    }
}
