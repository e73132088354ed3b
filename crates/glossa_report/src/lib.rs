//! Renderers for glossa diagnostics.
//!
//! [`render`] writes a run's diagnostics in one [`OutputFormat`]: compiler-style
//! text for people, or JSON, SARIF 2.1.0, GitHub workflow commands and JUnit XML
//! for machines. Diagnostics are sorted with
//! [`glossa_diagnostics::sort_diagnostics`] first, so the same input always gives
//! the same bytes. Messages are localized through a [`Localizer`].

mod format;
mod github;
mod human;
mod json;
mod junit;
mod location;
mod sarif;
mod summary;

use std::io::{self, Write};

use glossa_diagnostics::{Diagnostic, Localizer, SourceMap, sort_diagnostics};

pub use format::{OutputFormat, UnknownFormat};
pub use summary::{Counts, summary, summary_message};

/// Settings shared by the renderers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Use ANSI colours (human output only); the caller decides (TTY, `NO_COLOR`).
    pub color: bool,
    /// glossa's version, written into SARIF and JSON.
    pub tool_version: String,
}

/// Writes `diagnostics` about the files of `sources` in `format`.
///
/// Human output ends with the localized [`summary`] line; the other formats carry
/// no free text besides the messages (JSON has the counts in its `summary` object).
pub fn render(
    format: OutputFormat,
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    l10n: &dyn Localizer,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut sorted = diagnostics.to_vec();
    sort_diagnostics(&mut sorted);
    match format {
        OutputFormat::Human => human::render(&sorted, sources, l10n, options, out),
        OutputFormat::Json => json::render(&sorted, sources, l10n, options, out),
        OutputFormat::Sarif => sarif::render(&sorted, sources, l10n, options, out),
        OutputFormat::Github => github::render(&sorted, sources, l10n, out),
        OutputFormat::Junit => junit::render(&sorted, sources, l10n, out),
    }
}
