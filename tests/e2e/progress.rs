//! The progress bar of `glossa check`: drawn on stderr only when stderr is a
//! terminal (a pseudo-terminal from util-linux `script` here), never mixed
//! into the report on stdout, absent without a terminal or with `NO_COLOR`.
//! `GLOSSA_PROGRESS_DELAY_MS=0` removes the one-second delay, so no test
//! depends on how long a run takes.

use std::path::Path;
use std::process::Command;

use crate::util::{fixture, glossa, root, run, shipped_glossary};

fn sample_args() -> Vec<String> {
    vec![
        "check".into(),
        "--glossary".into(),
        shipped_glossary(),
        fixture("sample/en.md"),
        fixture("sample/flawed/ru.md"),
        fixture("sample/flawed/ja.md"),
    ]
}

fn quote(arg: &str) -> String {
    format!("'{}'", arg.replace('\'', r"'\''"))
}

/// Runs glossa under `script` with stderr on a pseudo-terminal and stdout in
/// `out`; returns what the terminal showed, or None when `script` is missing.
fn under_pty(args: &[String], env: &[(&str, &str)], out: &Path) -> Option<String> {
    // Without util-linux `script` the terminal tests are skipped.
    Command::new("script").arg("--version").output().ok()?;
    let mut line = quote(env!("CARGO_BIN_EXE_glossa"));
    for arg in args {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    line.push_str(" > ");
    line.push_str(&quote(&out.display().to_string()));
    let mut command = Command::new("script");
    command
        .args(["-qfec", &line, "/dev/null"])
        .current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CI")
        .env_remove("GLOSSA_NO_PROGRESS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("TERM", "xterm");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("script runs");
    assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn progress_is_drawn_on_a_terminal_and_the_report_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.txt");
    let Some(terminal) = under_pty(&sample_args(), &[("GLOSSA_PROGRESS_DELAY_MS", "0")], &out)
    else {
        return;
    };
    assert!(
        terminal.contains("glossa "),
        "no progress drawn: {terminal:?}"
    );
    assert!(
        terminal.contains('\u{1b}'),
        "no terminal control: {terminal:?}"
    );
    let report = std::fs::read_to_string(&out).unwrap();
    let owned = sample_args();
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    let plain = glossa(&refs);
    assert_eq!(report, plain.stdout, "the bar leaked into the report");
}

#[test]
fn no_progress_with_no_color_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.txt");
    let Some(terminal) = under_pty(
        &sample_args(),
        &[("GLOSSA_PROGRESS_DELAY_MS", "0"), ("NO_COLOR", "1")],
        &out,
    ) else {
        return;
    };
    assert_eq!(terminal, "", "printed on the terminal despite NO_COLOR");
}

#[test]
fn no_progress_when_stderr_is_not_a_terminal() {
    let owned = sample_args();
    let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
    let out = run(
        &refs,
        &[("GLOSSA_PROGRESS_DELAY_MS", "0"), ("NO_COLOR", "")],
        None,
    );
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stderr, "", "progress written to a pipe");
}
