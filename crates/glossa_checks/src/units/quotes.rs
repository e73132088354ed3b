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
use crate::units::{Enabled, UnitText};

/// The first unpaired quote and the first unpaired bracket of a text (byte offsets).
#[derive(Debug, Default, PartialEq, Eq)]
struct Unpaired {
    quote: Option<usize>,
    bracket: Option<usize>,
}

fn unpaired(text: &str) -> Unpaired {
    let mut quotes: Vec<(char, usize)> = Vec::new();
    let mut brackets: Vec<(char, usize)> = Vec::new();
    let mut first_quote = None;
    let mut first_bracket = None;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
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
                } else if c == '’' && prev.is_some_and(char::is_alphanumeric) {
                    // An apostrophe.
                } else {
                    first_quote = first_quote.or(Some(i));
                }
            }
            _ => {}
        }
        prev = Some(c);
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

/// True when a byte of the text may start a mark ([`is_mark_byte`]).
fn has_mark_byte(text: &str) -> bool {
    (text.as_bytes().chunks(32)).any(|chunk| {
        chunk
            .iter()
            .fold(0u8, |found, &b| found | u8::from(is_mark_byte(b)))
            != 0
    })
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
