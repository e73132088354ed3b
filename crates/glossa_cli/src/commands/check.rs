//! `glossa check`: run every check on each source/translation pair and
//! report in the chosen format.

use std::io::{IsTerminal, Write};

use glossa_checks::{PairInput, Settings, check_pair};
use glossa_diagnostics::{Diagnostic, Severity, sort_diagnostics};
use glossa_i18n::I18n;
use glossa_report::{OutputFormat, RenderOptions, render};

use crate::args::{CheckArgs, FailOn, ReportFormat};
use crate::error::ExitStatus;
use crate::pipeline::{Workspace, load};

/// Runs `glossa check`.
pub fn run(args: &CheckArgs, i18n: &I18n) -> anyhow::Result<ExitStatus> {
    let workspace = load(&args.input)?;
    let diagnostics = run_checks(&workspace, &Settings::default());
    let stdout = std::io::stdout();
    let color = args.format == ReportFormat::Human
        && stdout.is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let options = RenderOptions {
        color,
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    render(
        output_format(args.format),
        &diagnostics,
        &workspace.sources,
        i18n,
        &options,
        &mut out,
    )?;
    out.flush()?;
    Ok(exit_status(&diagnostics, args.fail_on))
}

/// All diagnostics of a workspace, sorted.
pub fn run_checks(workspace: &Workspace, settings: &Settings) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for set in &workspace.sets {
        let Some(source) = set.docs.first() else {
            continue;
        };
        for (k, target) in set.docs.iter().enumerate().skip(1) {
            let pairs = set.pairs_with(k);
            let input = PairInput {
                source: source.document(),
                target: target.document(),
                pairs: &pairs,
                terms: workspace.terms.as_ref(),
            };
            diagnostics.extend(check_pair(&input, settings));
        }
    }
    sort_diagnostics(&mut diagnostics);
    diagnostics
}

fn output_format(format: ReportFormat) -> OutputFormat {
    match format {
        ReportFormat::Human => OutputFormat::Human,
        ReportFormat::Json => OutputFormat::Json,
        ReportFormat::Sarif => OutputFormat::Sarif,
        ReportFormat::Github => OutputFormat::Github,
        ReportFormat::Junit => OutputFormat::Junit,
    }
}

fn exit_status(diagnostics: &[Diagnostic], fail_on: FailOn) -> ExitStatus {
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
        FailOn::Never => return ExitStatus::Clean,
    };
    if diagnostics.iter().any(|d| d.severity >= threshold) {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    }
}
