//! Folding for lookup: the matcher's folder (`glossa_glossary::fold`:
//! NFKC, language-aware case folding with the Turkish dotted and dotless i,
//! `ё` → `е`, quotes, dashes, stress marks), so `lookup` finds what `match`
//! would find. The folder depends on the language only through its class.

use glossa_glossary::fold::Folder;
use glossa_text::Lang;
use glossa_text::lang::Known;

/// The ways a language can fold differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FoldClass {
    /// Turkish, Azerbaijani: `I` → `ı`, `İ` → `i`.
    Turkic,
    /// Russian, Ukrainian, Belarusian: stress marks dropped.
    Stressed,
    /// Everything else.
    Plain,
}

impl FoldClass {
    /// Every class, to fold a query once per class.
    pub(crate) const ALL: [FoldClass; 3] = [Self::Turkic, Self::Stressed, Self::Plain];

    /// The class of a BCP 47 tag.
    pub(crate) fn of(lang: &str) -> Self {
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or(lang)
            .to_ascii_lowercase();
        match primary.as_str() {
            "tr" | "az" => Self::Turkic,
            "ru" | "uk" | "be" => Self::Stressed,
            _ => Self::Plain,
        }
    }

    /// Folds `text` as written in a language of this class.
    pub(crate) fn fold(self, text: &str) -> String {
        let representative = match self {
            Self::Turkic => Known::Tr,
            Self::Stressed => Known::Ru,
            Self::Plain => Known::En,
        };
        Folder::new(&Lang::known(representative)).fold_str(text)
    }
}

/// Folds `text` as written in `lang`.
pub(crate) fn fold(text: &str, lang: &str) -> String {
    FoldClass::of(lang).fold(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_per_language() {
        assert_eq!(fold("IRAK", "tr"), "ırak");
        assert_eq!(fold("İstanbul", "tr-TR"), "istanbul");
        assert_eq!(fold("IRAQ", "en"), "iraq");
        assert_eq!(fold("Ёлка", "ru"), "елка");
        assert_eq!(fold("ＧＬＯＳＳＡ ｶﾀｶﾅ", "ja"), "glossa カタカナ");
        assert_eq!(fold("Kuriller’in", "tr"), fold("Kuriller'in", "tr"));
        assert_eq!(FoldClass::of("be-BY"), FoldClass::Stressed);
    }
}
