//! The Fluent sources of every UI language, embedded at compile time.

/// The UI languages glossa speaks, English (the fallback) first.
pub const UI_LANGS: [&str; 4] = ["en", "ru", "ja", "tr"];

/// One embedded `.ftl` file.
#[derive(Debug, Clone, Copy)]
pub struct LocaleFile {
    /// UI language (`en`, `ru`, `ja`, `tr`).
    pub lang: &'static str,
    /// File name inside `locales/<lang>/`.
    pub name: &'static str,
    /// The file's Fluent source.
    pub source: &'static str,
}

macro_rules! locale_files {
    ($($lang:literal),*) => {
        &[$(
            LocaleFile { lang: $lang, name: "checks.ftl", source: include_str!(concat!("../../../locales/", $lang, "/checks.ftl")) },
            LocaleFile { lang: $lang, name: "errors.ftl", source: include_str!(concat!("../../../locales/", $lang, "/errors.ftl")) },
            LocaleFile { lang: $lang, name: "cli.ftl", source: include_str!(concat!("../../../locales/", $lang, "/cli.ftl")) },
        )*]
    };
}

/// Every embedded Fluent file, grouped by language in the order of [`UI_LANGS`].
pub const LOCALE_FILES: &[LocaleFile] = locale_files!("en", "ru", "ja", "tr");

/// The embedded files of one UI language.
pub fn files_of(lang: &str) -> impl Iterator<Item = &'static LocaleFile> + '_ {
    LOCALE_FILES.iter().filter(move |file| file.lang == lang)
}
