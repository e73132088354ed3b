//! Fluent bundles and message formatting with fallback to English.

use std::borrow::Cow;
use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use glossa_diagnostics::{Arg, Localizer, Message};
use unic_langid::LanguageIdentifier;

use crate::plans::{Plan, Plans};
use crate::resources::{UI_LANGS, files_of};

type Bundle = FluentBundle<FluentResource>;

/// Formats UI messages in one language, with English as the fallback.
pub struct I18n {
    lang: &'static str,
    primary: Bundle,
    fallback: Option<Bundle>,
    plans: Plans,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n").field("lang", &self.lang).finish()
    }
}

impl I18n {
    /// Messages in `lang` (one of [`UI_LANGS`]); any other value gives English.
    pub fn new(lang: &str) -> Self {
        let lang = UI_LANGS
            .iter()
            .copied()
            .find(|known| *known == lang)
            .unwrap_or(UI_LANGS[0]);
        let fallback = (lang != UI_LANGS[0]).then(|| build_bundle(UI_LANGS[0]));
        Self {
            lang,
            primary: build_bundle(lang),
            fallback,
            plans: Plans::default(),
        }
    }

    /// English messages.
    pub fn english() -> Self {
        Self::new(UI_LANGS[0])
    }

    /// The UI language tag (`en`, `ru`, `ja` or `tr`).
    pub fn lang(&self) -> &str {
        self.lang
    }

    /// Whether a message (or `message.attribute`) exists in this language or in English.
    pub fn has(&self, id: &str) -> bool {
        self.bundles().any(|bundle| lookup(bundle, id).is_some())
    }

    /// The documentation of a check code (`T001`, case-insensitive) for
    /// `glossa explain`, or `None` for an unknown code.
    pub fn explain(&self, code: &str) -> Option<String> {
        let id = format!("explain-{}", code.trim().to_ascii_uppercase());
        self.has(&id).then(|| self.tr(&id, &[]))
    }

    /// Formats message `id` (or `message.attribute`) with named arguments.
    ///
    /// A message missing from the UI language comes from English; a message no
    /// locale has is returned as its id.
    pub fn tr(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format_id(id, args.iter().map(|(name, value)| (*name, value)))
    }

    fn bundles(&self) -> impl Iterator<Item = &Bundle> {
        std::iter::once(&self.primary).chain(self.fallback.as_ref())
    }

    fn format_id<'a>(&self, id: &str, args: impl Iterator<Item = (&'a str, &'a Arg)>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name, fluent_value(value));
        }
        for bundle in self.bundles() {
            if let Some(pattern) = lookup(bundle, id) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }
}

impl Localizer for I18n {
    fn format(&self, message: &Message) -> String {
        let mut text = String::new();
        self.format_into(message, &mut text);
        text
    }

    fn format_into(&self, message: &Message, out: &mut String) {
        let make = || {
            let mut patterns = self.bundles().filter_map(|b| lookup(b, &message.id));
            patterns.next().and_then(Plan::of)
        };
        let format = |plan: Option<&Plan>| plan.is_some_and(|plan| plan.format_into(message, out));
        if self.plans.with(&message.id, make, format) {
            return;
        }
        out.push_str(&self.format_id(&message.id, message.args.iter()));
    }
}

fn fluent_value(arg: &Arg) -> FluentValue<'_> {
    match arg {
        Arg::Int(n) => FluentValue::from(*n),
        Arg::Str(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
    }
}

/// The pattern of `message` or `message.attribute`.
fn lookup<'b>(bundle: &'b Bundle, id: &str) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    match id.split_once('.') {
        Some((message, attribute)) => bundle
            .get_message(message)?
            .get_attribute(attribute)
            .map(|attr| attr.value()),
        None => bundle.get_message(id)?.value(),
    }
}

/// Builds the bundle of one UI language from its embedded files.
///
/// The files are checked by the completeness test, so parse errors cannot reach a
/// release; should one slip through, the entries that did parse are still used.
fn build_bundle(lang: &'static str) -> Bundle {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for file in files_of(lang) {
        let resource = FluentResource::try_new(file.source.to_string())
            .unwrap_or_else(|(partial, _errors)| partial);
        // Duplicate ids are rejected by the completeness test; keep the first one.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;
    use glossa_diagnostics::Message;

    #[test]
    fn formats_in_each_language() {
        let args = [
            ("term", Arg::from("Северные территории")),
            ("preferred", Arg::from("Южные Курилы")),
        ];
        let en = I18n::english().tr("forbidden-term", &args);
        assert_eq!(
            en,
            "forbidden term “Северные территории”; use “Южные Курилы”"
        );
        let ru = I18n::new("ru").tr("forbidden-term", &args);
        assert!(ru.contains("Северные территории") && ru.contains("Южные Курилы"));
        assert_ne!(ru, en);
        let ja = I18n::new("ja").tr("severity-error", &[]);
        assert_eq!(ja, "エラー");
        let tr = I18n::new("tr").tr("severity-warning", &[]);
        assert_eq!(tr, "uyarı");
    }

    #[test]
    fn russian_plurals_follow_one_few_many() {
        let ru = I18n::new("ru");
        let clean = |n: i64| ru.tr("summary-clean", &[("files", Arg::Int(n))]);
        assert!(clean(1).ends_with("1 файле"), "{}", clean(1));
        assert!(clean(3).ends_with("3 файлах"), "{}", clean(3));
        let findings = |e: i64, w: i64, i: i64| {
            ru.tr(
                "summary-findings",
                &[
                    ("errors", Arg::Int(e)),
                    ("warnings", Arg::Int(w)),
                    ("infos", Arg::Int(i)),
                    ("files", Arg::Int(2)),
                ],
            )
        };
        let text = findings(1, 3, 5);
        assert!(
            text.starts_with("1 ошибка, 3 предупреждения, 5 замечаний"),
            "{text}"
        );
        let text = findings(21, 12, 22);
        assert!(
            text.starts_with("21 ошибка, 12 предупреждений, 22 замечания"),
            "{text}"
        );
    }

    #[test]
    fn english_plurals_and_turkish_singular_after_numbers() {
        let args = [
            ("errors", Arg::Int(1)),
            ("warnings", Arg::Int(2)),
            ("infos", Arg::Int(0)),
            ("files", Arg::Int(1)),
        ];
        assert_eq!(
            I18n::english().tr("summary-findings", &args),
            "1 error, 2 warnings, 0 notes in 1 file"
        );
        let tr = I18n::new("tr").tr("summary-findings", &args);
        assert!(tr.contains("2 uyarı"), "{tr}");
    }

    #[test]
    fn explanations_keep_their_paragraphs() {
        let en = I18n::english().tr("explain-N002", &[]);
        assert!(
            en.starts_with("N002 date-mismatch (default severity: error)\n\nWhat it does:"),
            "{en}"
        );
        let ru = I18n::new("ru").tr("explain-N002", &[]);
        assert!(
            ru.contains("\n\nКак исправить: исправьте дату в переводе."),
            "{ru}"
        );
        let ja = I18n::new("ja").tr("explain-S003", &[]);
        assert!(ja.ends_with("修正方法: その文を翻訳してください。"), "{ja}");
    }

    #[test]
    fn explain_knows_every_check_code() {
        let codes = [
            "T001", "T002", "T003", "T004", "T005", "T006", "N001", "N002", "S001", "S002", "S003",
            "S004",
        ];
        for lang in UI_LANGS {
            let i18n = I18n::new(lang);
            for code in codes {
                let text = i18n.explain(code).unwrap_or_default();
                assert!(
                    text.starts_with(code) && text.matches("\n\n").count() >= 4,
                    "{lang} {code}: {text}"
                );
            }
        }
        let tr = I18n::new("tr");
        assert!(tr.explain("t002").is_some_and(|t| t.contains("Düzeltme:")));
        assert_eq!(tr.explain("X999"), None);
    }

    #[test]
    fn fallbacks_and_localizer() {
        let ja = I18n::new("ja");
        assert_eq!(ja.lang(), "ja");
        assert_eq!(ja.tr("no-such-message", &[]), "no-such-message");
        assert!(!ja.has("no-such-message"));
        assert!(ja.has("explain-T001"));
        assert_eq!(I18n::new("xx").lang(), "en");
        let message = Message::new("number-missing").arg("number", "１９５６");
        let text = ja.format(&message);
        assert!(text.contains("１９５６"), "{text}");
        assert_ne!(text, I18n::english().format(&message));
    }
}
