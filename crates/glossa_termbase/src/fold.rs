//! Case folding for lookup, per language: NFKC, lower case with the
//! Turkish/Azerbaijani dotted and dotless i, final sigma as sigma, ё as е.

use unicode_normalization::UnicodeNormalization;

/// True for languages whose `I` lower-cases to `ı` (Turkish, Azerbaijani).
pub(crate) fn is_turkic(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    primary.eq_ignore_ascii_case("tr") || primary.eq_ignore_ascii_case("az")
}

/// Folds `text` as written in `lang` (a BCP 47 tag).
pub(crate) fn fold(text: &str, lang: &str) -> String {
    fold_with(text, is_turkic(lang))
}

/// Folds with or without the Turkic i rules.
pub(crate) fn fold_with(text: &str, turkic: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkc() {
        match c {
            'I' if turkic => out.push('ı'),
            // İ is i with a dot in every language: no combining dot left over.
            'İ' => out.push('i'),
            'ς' => out.push('σ'),
            'ё' | 'Ё' => out.push('е'),
            // A combining dot above after i (from `i̇`) adds nothing.
            '\u{307}' if out.ends_with('i') => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_per_language() {
        assert_eq!(fold("IRAK", "tr"), "ırak");
        assert_eq!(fold("İstanbul", "tr"), "istanbul");
        assert_eq!(fold("İstanbul", "en"), "istanbul");
        assert_eq!(fold("IRAQ", "en"), "iraq");
        assert_eq!(fold("Ёлка", "ru"), "елка");
        assert_eq!(fold("ＧＬＯＳＳＡ ｶﾀｶﾅ", "ja"), "glossa カタカナ");
        assert_eq!(fold("ΟΔΟΣ", "el"), "οδοσ");
        assert!(is_turkic("tr-TR"));
        assert!(!is_turkic("en"));
    }
}
