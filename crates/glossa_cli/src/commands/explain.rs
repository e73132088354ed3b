//! `glossa explain CODE`: a check's documentation in the UI language.

use std::io::Write;

use glossa_checks::Check;
use glossa_i18n::I18n;

use crate::args::ExplainArgs;
use crate::error::{ExitStatus, user_error};

/// Runs `glossa explain`.
pub fn run(args: &ExplainArgs, i18n: &I18n) -> anyhow::Result<ExitStatus> {
    let check = Check::from_code_or_name(&args.code)
        .ok_or_else(|| user_error("error-unknown-code", &[("code", &args.code)]))?;
    let text = i18n.tr(&format!("explain-{}", check.info().code), &[]);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")?;
    Ok(ExitStatus::Clean)
}
