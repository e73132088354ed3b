//! Which checks run, and at what severity.

use std::collections::BTreeMap;

use glossa_diagnostics::{Diagnostic, Message, Severity};

use crate::codes::Check;

/// Resolved check settings: a severity override per check, or off.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    overrides: BTreeMap<Check, Option<Severity>>,
}

impl Settings {
    /// Sets a check's severity; `None` turns it off.
    pub fn set(&mut self, check: Check, severity: Option<Severity>) {
        self.overrides.insert(check, severity);
    }

    /// The severity a check reports at, or `None` when it is off.
    pub fn severity(&self, check: Check) -> Option<Severity> {
        match self.overrides.get(&check) {
            Some(configured) => *configured,
            None => Some(check.info().default_severity),
        }
    }

    /// Applies severities to raw findings and drops those of checks that are off.
    pub(crate) fn apply(&self, found: impl IntoIterator<Item = Finding>) -> Vec<Diagnostic> {
        let found = found.into_iter();
        // Sized once for all the findings: `filter_map` gives no lower bound, so collecting
        // would grow the list.
        let (least, most) = found.size_hint();
        let mut diagnostics = Vec::with_capacity(most.unwrap_or(least));
        diagnostics.extend(found.into_iter().filter_map(|finding| {
            let severity = self.severity(finding.check)?;
            let info = finding.check.info();
            let mut diagnostic = finding.diagnostic;
            // `Finding::new` wrote them already: not copied again.
            if diagnostic.code != info.code {
                diagnostic.code = info.code.into();
            }
            if diagnostic.name != info.name {
                diagnostic.name = info.name.into();
            }
            diagnostic.severity = severity;
            Some(diagnostic)
        }));
        diagnostics
    }
}

/// A finding before settings are applied.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub(crate) check: Check,
    pub(crate) diagnostic: Diagnostic,
}

impl Finding {
    /// A finding with its message; code, name and severity come from the table.
    pub(crate) fn new(check: Check, message: Message) -> Self {
        let info = check.info();
        Self {
            check,
            diagnostic: Diagnostic::new(info.code, info.name, info.default_severity, message),
        }
    }

    /// Edits the diagnostic (builder style).
    pub(crate) fn with(mut self, edit: impl FnOnce(Diagnostic) -> Diagnostic) -> Self {
        self.diagnostic = edit(self.diagnostic);
        self
    }
}
