//! Counting findings and the localized summary line.

use glossa_diagnostics::{Diagnostic, Localizer, Message, Severity};

/// Findings per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
}

impl Counts {
    /// Counts `diagnostics` by severity.
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        diagnostics.iter().fold(Self::default(), |mut counts, d| {
            match d.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
            counts
        })
    }

    /// Number of findings of every severity.
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// The summary as a message: `summary-clean` (`files`) or `summary-findings`
/// (`errors`, `warnings`, `infos`, `files`).
pub fn summary_message(diagnostics: &[Diagnostic], files: usize) -> Message {
    let counts = Counts::of(diagnostics);
    if counts.total() == 0 {
        return Message::new("summary-clean").arg("files", files);
    }
    Message::new("summary-findings")
        .arg("errors", counts.errors)
        .arg("warnings", counts.warnings)
        .arg("infos", counts.infos)
        .arg("files", files)
}

/// The localized summary line, e.g. `1 error, 2 warnings, 0 notes in 4 files`.
pub fn summary(diagnostics: &[Diagnostic], files: usize, l10n: &dyn Localizer) -> String {
    l10n.format(&summary_message(diagnostics, files))
}

/// The localized word for a severity (`severity-error`, ...), or its English name
/// when the localizer does not know the id.
pub(crate) fn severity_word(severity: Severity, l10n: &dyn Localizer) -> String {
    let id = format!("severity-{}", severity.as_str());
    let word = l10n.format(&Message::new(id.clone()));
    if word == id {
        severity.as_str().to_string()
    } else {
        word
    }
}
