//! Q005 end-punctuation: the final punctuation of source and target must
//! be of the same kind: `?` = `？`, `!` = `！`, `.` = `。` = `．`, `:` = `：`,
//! `…` = `...`. Closing quotes and brackets after the mark are skipped.
//!
//! Japanese is lenient where its conventions differ: a target `。` after a
//! source without final punctuation, and a missing `。` in a short UI string
//! after a source `.`, are both fine.

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::UnitText;

/// The kind of final punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    None,
    Period,
    Question,
    Exclamation,
    Colon,
    Ellipsis,
}

/// The final punctuation of a text and its byte offset.
fn end_of(text: &str) -> (End, usize) {
    // Most texts end with a visible ASCII character that is no closing mark: nothing to trim.
    let trimmed = match text.as_bytes().last() {
        Some(&b) if b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b')' | b']' | b'*') => text,
        _ => text
            .trim_end()
            .trim_end_matches(['"', '\'', '”', '’', '»', '」', '』', ')', '）', ']', '*']),
    };
    let Some(last) = trimmed.chars().last() else {
        return (End::None, 0);
    };
    let at = trimmed.len() - last.len_utf8();
    let kind = match last {
        '.' | '。' | '．' if trimmed.ends_with("...") => End::Ellipsis,
        '.' | '。' | '．' => End::Period,
        '?' | '？' => End::Question,
        '!' | '！' => End::Exclamation,
        ':' | '：' => End::Colon,
        '…' => End::Ellipsis,
        _ => End::None,
    };
    let at = if kind == End::Ellipsis && last == '.' {
        trimmed.len() - 3
    } else {
        at
    };
    (kind, at)
}

pub(crate) fn check(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    let (expected, _) = end_of(source.text);
    let (found, at) = end_of(target.text);
    if expected == found {
        return;
    }
    // `?!` and `!?` end a question as much as an exclamation.
    let last_two = |t: &str| {
        let t = t.trim_end();
        t.ends_with("?!") || t.ends_with("!?") || t.ends_with("？！") || t.ends_with("！？")
    };
    if last_two(source.text) || last_two(target.text) {
        return;
    }
    // The source's mark ends a quotation (`said, 'Did you do it?'`): a
    // translation may move the quotation inward (`「やったのか？」と言った。`).
    let source_end = source.text.trim_end();
    let closes_quote = source_end.ends_with(['"', '\'', '”', '’', '»', '」', '』']);
    if closes_quote && expected != End::None && contains_mark(target.text, expected) {
        return;
    }
    let ja = target.lang.primary() == "ja";
    if ja && expected == End::None && found == End::Period {
        return;
    }
    if ja && expected == End::Period && found == End::None && target.text.chars().count() <= 40 {
        return;
    }
    // A formal Japanese question ends with `か。` (or `か`) instead of `？` (`ますか。`,
    // `でしょうか。`); the plain `のか。` without `？` reads as a rhetorical question or a
    // statement (`再開されるのか。`, “so it will resume”), so it does not count.
    let trimmed = target.text.trim_end();
    let plain = trimmed.strip_suffix('。').unwrap_or(trimmed);
    if ja && expected == End::Question && plain.ends_with('か') && !plain.ends_with("のか") {
        return;
    }
    let mark = |text: &str| source_mark(text);
    let (id, message) = match (expected, found) {
        (_, End::None) => (
            at,
            Message::new("end-punctuation-missing").arg("expected", mark(source.text)),
        ),
        (End::None, _) => (
            at,
            Message::new("end-punctuation-added").arg("found", mark(target.text)),
        ),
        _ => (
            at,
            Message::new("end-punctuation-different")
                .arg("expected", mark(source.text))
                .arg("found", mark(target.text)),
        ),
    };
    let end = if found == End::None {
        target.text.trim_end().len()
    } else {
        id + target.text[id..].chars().next().map_or(0, char::len_utf8)
    };
    let start = if found == End::None {
        end.saturating_sub(target.text[..end].chars().last().map_or(0, char::len_utf8))
    } else {
        id
    };
    out.push(
        Finding::new(Check::EndPunctuation, message)
            .with(|d| d.primary(target.span(start..end), None)),
    );
}

/// True when a mark of this kind occurs anywhere in the text.
fn contains_mark(text: &str, kind: End) -> bool {
    match kind {
        End::Period => text.contains(['.', '。', '．']),
        End::Question => text.contains(['?', '？']),
        End::Exclamation => text.contains(['!', '！']),
        End::Colon => text.contains([':', '：']),
        End::Ellipsis => text.contains('…') || text.contains("..."),
        End::None => false,
    }
}

/// The final mark as written (`?`, `。`, `...`).
fn source_mark(text: &str) -> String {
    let (kind, at) = end_of(text);
    match kind {
        End::None => String::new(),
        End::Ellipsis if text[at..].starts_with("...") => "...".to_string(),
        _ => text[at..]
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::test_support::{check, messages};

    #[test]
    fn equivalent_marks_in_four_languages() {
        assert_eq!(end_of("Save changes?").0, End::Question);
        assert_eq!(end_of("変更を保存しますか？").0, End::Question);
        assert_eq!(end_of("Он сказал: «Да!»").0, End::Exclamation);
        assert_eq!(end_of("Yükleniyor...").0, End::Ellipsis);
        assert_eq!(end_of("読み込み中…").0, End::Ellipsis);
        assert!(check("en", "Save changes?", "ja", "変更を保存しますか？").is_empty());
        assert!(check("en", "Loading...", "ru", "Загрузка…").is_empty());
        assert!(check("en", "Settings", "ja", "設定を開きます。").is_empty());
        assert!(check("en", "Done.", "ja", "完了").is_empty());
        assert!(check("en", "Save changes?", "ja", "変更を保存しますか。").is_empty());
        assert!(
            check(
                "en",
                "He asked, 'Did you save it?'",
                "ja",
                "「保存したのか？」と彼は尋ねた。"
            )
            .is_empty()
        );
        assert!(
            check(
                "en",
                "He asked, 'Did you save it?'",
                "tr",
                "'Kaydettin mi?' diye sordu."
            )
            .is_empty()
        );
    }

    #[test]
    fn reports_missing_added_and_different_marks() {
        assert_eq!(
            messages(&check(
                "en",
                "Save changes before closing?",
                "ru",
                "Сохранить изменения перед закрытием"
            )),
            ["Q005 end-punctuation-missing(expected=?)"]
        );
        assert_eq!(
            messages(&check("en", "Delete the file", "tr", "Dosyayı sil!")),
            ["Q005 end-punctuation-added(found=!)"]
        );
        assert_eq!(
            messages(&check(
                "en",
                "The file was deleted.",
                "ja",
                "ファイルは削除されましたか？"
            )),
            ["Q005 end-punctuation-different(expected=., found=？)"]
        );
        // A plain `のか。` is not a formal question; `のですか。` is.
        assert_eq!(
            messages(&check(
                "en",
                "Will the talks resume next year?",
                "ja",
                "交渉は来年再開されるのか。"
            )),
            ["Q005 end-punctuation-different(expected=?, found=。)"]
        );
        assert!(
            check(
                "en",
                "Will the talks resume next year?",
                "ja",
                "交渉は来年再開されるのですか。"
            )
            .is_empty()
        );
    }
}
