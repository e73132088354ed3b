//! M001 missing-message and M002 obsolete-message: the message ids of a
//! locale's catalog (Fluent, JSON) against those of the source catalog,
//! as compare-locales reports them.

use std::collections::HashSet;

use glossa_diagnostics::{Diagnostic, FileId, Message, Span};
use glossa_text::Lang;

use crate::codes::Check;
use crate::settings::{Finding, Settings};
use crate::units::suppress;

/// One message id of a catalog and where it is defined.
#[derive(Debug, Clone, Copy)]
pub struct CatalogEntry<'a> {
    /// The catalog file.
    pub file: FileId,
    /// The message id (`msg-save`, `dialog.title`).
    pub id: &'a str,
    /// Byte offset of the id in the file.
    pub offset: usize,
    /// Comments attached to the message (`glossa-ignore` suppresses).
    pub notes: &'a [String],
}

impl CatalogEntry<'_> {
    fn span(&self) -> Span {
        Span {
            file: self.file,
            range: self.offset..self.offset + self.id.len(),
        }
    }
}

/// Reports ids of `reference` (the source catalog) missing from `locale`
/// (M001, at the reference entry) and ids of `locale` the reference does not
/// have (M002, at the locale entry). `lang` is the locale's language.
pub fn check_catalog_coverage(
    reference: &[CatalogEntry<'_>],
    locale: &[CatalogEntry<'_>],
    lang: &Lang,
    settings: &Settings,
) -> Vec<Diagnostic> {
    let reference_ids: HashSet<&str> = reference.iter().map(|e| e.id).collect();
    let locale_ids: HashSet<&str> = locale.iter().map(|e| e.id).collect();
    let mut found = Vec::new();
    let mut report = |entry: &CatalogEntry<'_>, check: Check, id: &str| {
        if !suppress::parse(entry.notes).covers(check) {
            let message = Message::new(id.to_string())
                .arg("id", entry.id)
                .arg("lang", lang.as_str());
            found.push(Finding::new(check, message).with(|d| d.primary(entry.span(), None)));
        }
    };
    for entry in reference.iter().filter(|e| !locale_ids.contains(e.id)) {
        report(entry, Check::MissingMessage, "missing-message");
    }
    for entry in locale.iter().filter(|e| !reference_ids.contains(e.id)) {
        report(entry, Check::ObsoleteMessage, "obsolete-message");
    }
    settings.apply(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::test_support::lang;

    fn entries<'a>(file: usize, ids: &[&'a str]) -> Vec<CatalogEntry<'a>> {
        ids.iter()
            .enumerate()
            .map(|(i, id)| CatalogEntry {
                file: FileId(file),
                id,
                offset: i * 40,
                notes: &[],
            })
            .collect()
    }

    #[test]
    fn reports_missing_and_obsolete_ids() {
        let en = entries(0, &["save-dialog", "open-dialog", "brand-name"]);
        let ja = entries(1, &["save-dialog", "brand-name", "old-greeting"]);
        let found = check_catalog_coverage(&en, &ja, &lang("ja"), &Settings::default());
        let summary: Vec<(String, String, usize)> = found
            .iter()
            .map(|d| {
                (
                    d.code.to_string(),
                    d.message
                        .args
                        .get("id")
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    d.labels[0].span.file.0,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("M001".to_string(), "open-dialog".to_string(), 0),
                ("M002".to_string(), "old-greeting".to_string(), 1)
            ]
        );
        let mut quiet = Settings::default();
        quiet.set(Check::ObsoleteMessage, None);
        assert_eq!(
            check_catalog_coverage(&en, &ja, &lang("tr"), &quiet).len(),
            1
        );
    }
}
