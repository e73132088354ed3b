//! U002 target-same-as-source: the target is the source, unchanged.
//!
//! Not reported for text that is legitimately the same in both languages:
//! fewer than two words (names, brands, loanwords), words that are all
//! acronyms, codes or in a small allow-list (`OK`, `URL`), code-like strings
//! (`user_id`, `path/to/file`, `camelCase`), numbers and placeholders.

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::{UnitText, trimmed};

/// Words that stay the same in every language.
const ALLOWED: [&str; 16] = [
    "ok", "url", "urls", "api", "id", "pdf", "html", "css", "json", "xml", "email", "e-mail",
    "faq", "wi-fi", "usb", "http",
];

pub(crate) fn check(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    let text = trimmed(target.text);
    // `en` → `en-GB`: the same text is usually right.
    let same_language = source.lang.primary() == target.lang.primary();
    if same_language || text != trimmed(source.text) || !needs_translation(text) {
        return;
    }
    let message = Message::new("target-same-as-source").arg("lang", source.lang.as_str());
    out.push(Finding::new(Check::TargetSameAsSource, message).with(|d| {
        d.primary(target.whole(), None)
            .with_help(Message::new("help-translate"))
    }));
}

/// True when a text has at least two words that a translation would change.
fn needs_translation(text: &str) -> bool {
    if looks_like_code(text) {
        return false;
    }
    let mut words = 0;
    let mut translatable = false;
    for word in text
        .split(|c: char| {
            c.is_whitespace()
                || (c.is_ascii_punctuation()
                    && c != '-'
                    && c != '\''
                    && c != '%'
                    && c != '$'
                    && c != '{')
        })
        .filter(|w| !w.is_empty())
    {
        if word.starts_with(['%', '$', '{']) || !word.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        let acronym = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let digits = word.chars().any(|c| c.is_ascii_digit());
        if !acronym && !digits && !ALLOWED.iter().any(|a| a.eq_ignore_ascii_case(word)) {
            translatable = true;
        }
    }
    words >= 2 && translatable
}

/// No spaces, and code punctuation or camelCase inside.
fn looks_like_code(text: &str) -> bool {
    if text.contains(char::is_whitespace) {
        return false;
    }
    let camel = text
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    camel || text.contains(['_', '/', '\\', '=', '<', '>', '.', ':'])
}

#[cfg(test)]
mod tests {
    use crate::units::test_support::{check, messages};

    #[test]
    fn flags_copied_sentences_only() {
        let sentence = "Save changes before closing?";
        assert_eq!(
            messages(&check("en", sentence, "ru", sentence)),
            ["U002 target-same-as-source(lang=en)"]
        );
        assert_eq!(messages(&check("en", sentence, "tr", sentence)).len(), 1);
        assert!(check("en", sentence, "ja", "閉じる前に変更を保存しますか？").is_empty());
        assert!(check("en", sentence, "en-GB", sentence).is_empty());
        for same in [
            "Glossa",
            "OK",
            "URL",
            "API ID",
            "user_name",
            "camelCase",
            "%s: %d",
            "Wi-Fi USB",
            "2026",
        ] {
            assert!(check("en", same, "ru", same).is_empty(), "{same}");
        }
    }
}
