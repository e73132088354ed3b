//! Helpers for the unit-check tests.

use glossa_diagnostics::{Diagnostic, FileId, Localizer, PlainLocalizer};
use glossa_text::Lang;

use crate::settings::Settings;
use crate::units::{UnitPair, UnitText, check_units};

pub(crate) fn lang(tag: &str) -> Lang {
    Lang::parse(tag).expect("test language tag")
}

pub(crate) fn unit<'a>(file: usize, lang: &'a Lang, text: &'a str) -> UnitText<'a> {
    UnitText {
        file: FileId(file),
        id: "u1",
        lang,
        text,
        span_start: 0,
        codes: &[],
    }
}

/// Runs every check on one pair with the default settings.
pub(crate) fn check(
    source_lang: &str,
    source: &str,
    target_lang: &str,
    target: &str,
) -> Vec<Diagnostic> {
    let (sl, tl) = (lang(source_lang), lang(target_lang));
    let pair = UnitPair {
        source: unit(0, &sl, source),
        target: Some(unit(1, &tl, target)),
        flags: &[],
        notes: &[],
    };
    check_units(&[pair], &Settings::default())
}

/// `CODE message(args)` per diagnostic.
pub(crate) fn messages(found: &[Diagnostic]) -> Vec<String> {
    found
        .iter()
        .map(|d| format!("{} {}", d.code, PlainLocalizer.format(&d.message)))
        .collect()
}
