//! The `glossa` binary: parses arguments, picks the UI language, runs one
//! subcommand, and maps the outcome to an exit code (0 clean, 1 findings,
//! 2 error).

mod args;
mod chunks;
mod commands;
mod error;
mod excerpt;
mod file_text;
mod glossary_file;
mod help;
mod input;
mod pipeline;
mod po_set;
mod progress;
mod reread;
mod set_groups;
mod stream;
mod structured;
mod unit_lanes;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use glossa_diagnostics::Message;
use glossa_i18n::I18n;

use crate::args::{Cli, Command};
use crate::error::{ExitStatus, UserError, report_error};

/// mimalloc: glibc's malloc spent about a fifth of `check` on 100,000 PO
/// units in its own bookkeeping (consolidating freed chunks).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    let requested = requested_ui_lang(&argv);
    let env = |name: &str| std::env::var(name).ok();
    let unknown_tag = requested
        .as_deref()
        .filter(|tag| glossa_text::Lang::parse(tag).is_err());
    let (i18n, bad_ui_lang) = match glossa_i18n::negotiate(requested.as_deref(), &env) {
        Ok(i18n) if unknown_tag.is_none() => (i18n, None),
        Ok(_) | Err(_) => (
            glossa_i18n::negotiate(None, &env).unwrap_or_else(|_| I18n::english()),
            requested.clone(),
        ),
    };
    if let Some(tag) = bad_ui_lang {
        report_error(
            &i18n,
            &Message::new("error-unknown-ui-lang").arg("tag", tag),
        );
        return ExitStatus::Error.into();
    }
    let command = help::localize(Cli::command(), &i18n);
    let matches = match command.try_get_matches_from(argv) {
        Ok(matches) => matches,
        Err(err) => {
            // --help and --version print to stdout and succeed; usage errors exit 2.
            let _ = err.print();
            return if err.use_stderr() {
                ExitStatus::Error
            } else {
                ExitStatus::Clean
            }
            .into();
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitStatus::Error.into();
        }
    };
    match run(cli.command, &i18n) {
        Ok(status) => status.into(),
        Err(err) if is_broken_pipe(&err) => ExitStatus::Clean.into(),
        Err(err) => {
            match err.downcast_ref::<UserError>() {
                Some(user) => report_error(&i18n, &user.0),
                None => {
                    let message = Message::new("error-usage").arg("reason", format!("{err:#}"));
                    report_error(&i18n, &message);
                }
            }
            ExitStatus::Error.into()
        }
    }
}

fn run(command: Command, i18n: &I18n) -> anyhow::Result<ExitStatus> {
    match command {
        Command::Segment(args) => commands::segment::run(&args),
        Command::Align(args) => commands::align::run(&args),
        Command::Check(args) => commands::check::run(&args, i18n),
        Command::Export(args) => commands::export::run(&args, i18n),
        Command::Glossary(command) => commands::glossary::run(command, i18n),
        Command::Explain(args) => commands::explain::run(&args, i18n),
        Command::Completions { shell } => {
            let mut command = help::localize(Cli::command(), i18n);
            clap_complete::generate(shell, &mut command, "glossa", &mut std::io::stdout());
            Ok(ExitStatus::Clean)
        }
        Command::Man => {
            clap_mangen::Man::new(help::localize(Cli::command(), i18n))
                .render(&mut std::io::stdout())?;
            Ok(ExitStatus::Clean)
        }
    }
}

/// True when stdout was closed by the reader (`glossa ... | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

/// The value of `--ui-lang` before clap runs, so that help is localized.
fn requested_ui_lang(argv: &[OsString]) -> Option<String> {
    let mut args = argv.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--ui-lang" {
            return args.next().map(|v| v.to_string());
        }
        if let Some(value) = arg.strip_prefix("--ui-lang=") {
            return Some(value.to_string());
        }
    }
    None
}
