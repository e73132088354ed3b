//! The glossa user interface in English, Russian, Japanese and Turkish.
//!
//! Every user-facing text lives in Fluent files under `locales/<lang>/`
//! (`checks.ftl`, `errors.ftl`, `cli.ftl`), embedded in the binary. [`negotiate`]
//! picks the UI language from `--ui-lang` or the POSIX locale variables, and the
//! resulting [`I18n`] formats messages, falling back to English for a message a
//! locale lacks and to the message id itself when no locale has it.

mod bundle;
mod negotiate;
mod plans;
mod resources;

#[cfg(test)]
mod completeness;

pub use bundle::I18n;
pub use glossa_diagnostics::Arg;
pub use negotiate::{LOCALE_VARS, UnknownUiLang};
pub use resources::{LOCALE_FILES, LocaleFile, UI_LANGS};

/// Chooses the UI language and loads its messages.
///
/// `cli` is `--ui-lang`: it wins, and a tag that does not parse is an error (a valid
/// tag of another language means English). Otherwise the first non-empty of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` (read through `env`) decides: `ja_JP.UTF-8` is
/// Japanese, `tr_TR` Turkish, `C`, `POSIX` and anything unknown English.
pub fn negotiate(
    cli: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<I18n, UnknownUiLang> {
    negotiate::choose(cli, env).map(I18n::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i18n_can_be_shared_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<I18n>();
    }

    #[test]
    fn negotiate_loads_the_chosen_language() {
        let env = |name: &str| (name == "LANG").then(|| "ja_JP.UTF-8".to_string());
        let ja = negotiate(None, &env).unwrap();
        assert_eq!(ja.lang(), "ja");
        assert_eq!(ja.tr("error-prefix", &[]), "エラー");
        let ru = negotiate(Some("ru-RU"), &env).unwrap();
        assert_eq!(
            ru.tr("error-file-not-found", &[("path", Arg::from("нет.md"))]),
            "файл не найден: нет.md"
        );
        let error = negotiate(Some("--"), &env).unwrap_err();
        assert_eq!(error.tag, "--");
    }
}
