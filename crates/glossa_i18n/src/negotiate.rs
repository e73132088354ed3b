//! Choosing the UI language: `--ui-lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::resources::UI_LANGS;

/// The environment variables consulted, in order of precedence (POSIX).
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// `--ui-lang` names a tag that is not a valid BCP 47 language tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown UI language tag: {tag}")]
pub struct UnknownUiLang {
    /// The tag as given.
    pub tag: String,
}

/// The UI language for an explicit tag and an environment, as one of [`UI_LANGS`].
///
/// `cli` (`--ui-lang`) wins; a tag that does not parse is an error, a valid tag of a
/// language glossa does not speak falls back to English. Otherwise the first non-empty
/// of `LC_ALL`, `LC_MESSAGES`, `LANG` is read as a POSIX locale (`ja_JP.UTF-8`,
/// `tr_TR`; `C` and `POSIX` mean English); anything unusable means English.
pub fn choose(
    cli: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<&'static str, UnknownUiLang> {
    if let Some(tag) = cli {
        let requested = parse_tag(tag).ok_or_else(|| UnknownUiLang {
            tag: tag.to_string(),
        })?;
        return Ok(best_match(&requested));
    }
    let posix = LOCALE_VARS
        .iter()
        .filter_map(|name| env(name))
        .find(|value| !value.trim().is_empty());
    Ok(posix
        .and_then(|value| posix_locale(&value))
        .map_or(UI_LANGS[0], |requested| best_match(&requested)))
}

/// Parses a BCP 47 tag (`ru`, `ja-JP`; `_` is accepted for `-`).
fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    tag.replace('_', "-").parse().ok()
}

/// Reads a POSIX locale name `language[_territory][.codeset][@modifier]`.
fn posix_locale(value: &str) -> Option<LanguageIdentifier> {
    let name = value.trim();
    let name = name.split(['.', '@']).next().unwrap_or(name);
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    parse_tag(name)
}

/// The supported language closest to `requested`, English when none matches.
fn best_match(requested: &LanguageIdentifier) -> &'static str {
    let available: Vec<LanguageIdentifier> =
        UI_LANGS.iter().filter_map(|tag| tag.parse().ok()).collect();
    let chosen = negotiate_languages(
        std::slice::from_ref(requested),
        &available,
        None,
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|langid| {
            UI_LANGS
                .iter()
                .copied()
                .find(|tag| *tag == langid.language.as_str())
        })
        .unwrap_or(UI_LANGS[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    fn from_env(pairs: &[(&str, &str)]) -> &'static str {
        choose(None, &env_of(pairs)).unwrap()
    }

    #[test]
    fn posix_locales_of_the_four_languages() {
        assert_eq!(from_env(&[("LANG", "ja_JP.UTF-8")]), "ja");
        assert_eq!(from_env(&[("LANG", "tr_TR")]), "tr");
        assert_eq!(from_env(&[("LANG", "ru_RU.UTF-8@euro")]), "ru");
        assert_eq!(from_env(&[("LANG", "en_GB.UTF-8")]), "en");
    }

    #[test]
    fn precedence_and_empty_values() {
        let env = [
            ("LC_ALL", ""),
            ("LC_MESSAGES", "tr_TR.UTF-8"),
            ("LANG", "ja_JP.UTF-8"),
        ];
        assert_eq!(from_env(&env), "tr");
        let env = [
            ("LC_ALL", "ru_RU.UTF-8"),
            ("LC_MESSAGES", "tr_TR"),
            ("LANG", "ja_JP"),
        ];
        assert_eq!(from_env(&env), "ru");
        let env = [("LC_ALL", "  "), ("LANG", "ja_JP.UTF-8")];
        assert_eq!(from_env(&env), "ja");
    }

    #[test]
    fn c_posix_unknown_and_missing_mean_english() {
        assert_eq!(from_env(&[("LANG", "C")]), "en");
        assert_eq!(from_env(&[("LC_ALL", "POSIX"), ("LANG", "ru_RU")]), "en");
        assert_eq!(from_env(&[("LANG", "C.UTF-8")]), "en");
        assert_eq!(from_env(&[("LANG", "de_DE.UTF-8")]), "en");
        assert_eq!(from_env(&[("LANG", "не-локаль")]), "en");
        assert_eq!(from_env(&[]), "en");
    }

    #[test]
    fn command_line_wins_and_invalid_tags_are_errors() {
        let env = env_of(&[("LANG", "ja_JP.UTF-8")]);
        assert_eq!(choose(Some("ru"), &env), Ok("ru"));
        assert_eq!(choose(Some("tr-TR"), &env), Ok("tr"));
        assert_eq!(choose(Some("ja_JP"), &env), Ok("ja"));
        assert_eq!(choose(Some("fr"), &env), Ok("en"));
        assert_eq!(
            choose(Some("türkçe!"), &env),
            Err(UnknownUiLang {
                tag: "türkçe!".to_string()
            })
        );
        assert!(choose(Some(""), &env).is_err());
    }
}
