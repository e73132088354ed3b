//! The progress bar of `glossa check` on stderr: files read, then sets
//! checked (documents are segmented and aligned then), of their totals,
//! labelled in the UI language.
//!
//! It is shown only when stderr is a terminal and no quiet mode asks for plain
//! output ([`should_show`]), and only once a run has lasted a second: a timer
//! thread attaches the bar to stderr then, so short runs print nothing. Stdout
//! (the report) is never touched; the bar is cleared when the run ends.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

use glossa_i18n::I18n;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run lasts before the bar appears.
const DELAY: Duration = Duration::from_secs(1);
/// How often the bar is redrawn once shown.
const TICK: Duration = Duration::from_millis(120);

/// Whether a progress bar may be drawn: stderr is a terminal, `TERM` is not
/// `dumb`, and none of `NO_COLOR`, `CI`, `GLOSSA_NO_PROGRESS` is set (to a
/// non-empty value).
pub fn should_show(stderr_is_terminal: bool, env: &dyn Fn(&str) -> Option<OsString>) -> bool {
    let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
    stderr_is_terminal
        && !set("NO_COLOR")
        && !set("CI")
        && !set("GLOSSA_NO_PROGRESS")
        && env("TERM").is_none_or(|t| t != "dumb")
}

/// A progress bar that draws nothing until [`DELAY`] has passed
/// (`GLOSSA_PROGRESS_DELAY_MS` overrides it).
pub struct Progress {
    bar: ProgressBar,
    timer: Option<(Sender<()>, JoinHandle<()>)>,
    /// Labels of the phases: reading files, checking sets.
    labels: [String; 2],
}

impl Progress {
    /// A bar that never draws.
    pub fn hidden() -> Self {
        Self {
            bar: ProgressBar::hidden(),
            timer: None,
            labels: Default::default(),
        }
    }

    /// Starts the clock: a bar on stderr after [`DELAY`] when [`should_show`]
    /// allows it, else a hidden one. Until [`Progress::reading`] it is a spinner.
    pub fn start(i18n: &I18n) -> Self {
        let show = should_show(std::io::stderr().is_terminal(), &|name| {
            std::env::var_os(name)
        });
        if !show {
            return Self::hidden();
        }
        let labels = [
            i18n.tr("progress-reading", &[]),
            i18n.tr("progress-checking", &[]),
        ];
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(spinner_style());
        // For tests: `GLOSSA_PROGRESS_DELAY_MS=0` draws at once.
        let delay = std::env::var("GLOSSA_PROGRESS_DELAY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(DELAY, Duration::from_millis);
        if delay.is_zero() {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(TICK);
            bar.tick();
            return Self {
                bar,
                timer: None,
                labels,
            };
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let shown = bar.clone();
        let handle = std::thread::spawn(move || {
            if let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(delay) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(TICK);
            }
        });
        Self {
            bar,
            timer: Some((stop, handle)),
            labels,
        }
    }

    /// The number of files to read: the spinner becomes a bar.
    pub fn reading(&self, files: usize) {
        self.phase(0, files);
    }

    /// The number of sets to check: the bar starts again.
    pub fn checking(&self, sets: usize) {
        self.phase(1, sets);
    }

    fn phase(&self, label: usize, total: usize) {
        self.bar.set_position(0);
        self.bar.set_length(total as u64);
        self.bar.set_message(self.labels[label].clone());
        self.bar.set_style(bar_style());
    }

    /// One more file read or set checked.
    pub fn inc(&self) {
        self.bar.inc(1);
    }

    /// Stops the clock and erases the bar, before the report is printed.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if let Some((stop, handle)) = self.timer.take() {
            let _ = stop.send(());
            let _ = handle.join();
        }
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop();
    }
}

fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("glossa {spinner} {elapsed}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

fn bar_style() -> ProgressStyle {
    ProgressStyle::with_template("glossa {spinner} {msg} [{bar:40}] {pos}/{len} {elapsed}")
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn shown_only_on_a_terminal_without_quiet_modes() {
        assert!(should_show(true, &env_of(&[])));
        assert!(should_show(true, &env_of(&[("TERM", "xterm-256color")])));
        assert!(!should_show(false, &env_of(&[])));
        assert!(!should_show(true, &env_of(&[("NO_COLOR", "1")])));
        assert!(!should_show(true, &env_of(&[("CI", "true")])));
        assert!(!should_show(true, &env_of(&[("GLOSSA_NO_PROGRESS", "1")])));
        assert!(!should_show(true, &env_of(&[("TERM", "dumb")])));
        // An empty value does not count as set (the NO_COLOR convention).
        assert!(should_show(true, &env_of(&[("NO_COLOR", "")])));
    }

    #[test]
    fn a_hidden_bar_counts_files_then_sets_silently() {
        let progress = Progress::hidden();
        progress.reading(3);
        progress.inc();
        progress.inc();
        assert_eq!(progress.bar.position(), 2);
        progress.checking(5);
        assert_eq!(
            (progress.bar.position(), progress.bar.length()),
            (0, Some(5))
        );
        progress.inc();
        assert_eq!(progress.bar.position(), 1);
        progress.finish();
    }
}
