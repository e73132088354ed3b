//! Errors the user caused (bad input, missing files): a localizable message
//! and exit code 2.

use std::fmt;
use std::io::Write;

use glossa_diagnostics::{Localizer, Message, PlainLocalizer};
use glossa_i18n::I18n;

/// An error to show the user in their UI language.
#[derive(Debug)]
pub struct UserError(pub Message);

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&PlainLocalizer.format(&self.0))
    }
}

impl std::error::Error for UserError {}

/// Shorthand: a user error from a message id and `(name, value)` arguments.
pub fn user_error(id: &str, args: &[(&str, &str)]) -> anyhow::Error {
    let message = args
        .iter()
        .fold(Message::new(id.to_string()), |message, (name, value)| {
            message.arg(name.to_string(), *value)
        });
    UserError(message).into()
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Nothing to report.
    Clean,
    /// Findings at or above the failing severity.
    Findings,
    /// The run could not be completed.
    Error,
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> Self {
        match status {
            ExitStatus::Clean => Self::from(0),
            ExitStatus::Findings => Self::from(1),
            ExitStatus::Error => Self::from(2),
        }
    }
}

/// Prints `error: message` on stderr in the UI language.
pub fn report_error(i18n: &I18n, message: &Message) {
    let prefix = i18n.format(&Message::new("error-prefix"));
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{prefix}: {}", i18n.format(message));
}
