//! Renderers for glossa diagnostics.
//!
//! [`render`] writes a run's diagnostics in one [`OutputFormat`]: compiler-style
//! text for people, or JSON, SARIF 2.1.0, GitHub workflow commands and JUnit XML
//! for machines. Diagnostics are sorted with
//! [`glossa_diagnostics::sort_diagnostics`] first, so the same input always gives
//! the same bytes. Messages are localized through a [`Localizer`].
//!
//! # JSON schema, version 1
//!
//! One pretty-printed document:
//!
//! ```text
//! {
//!   "version": 1,                      // schema version; bumped on incompatible change
//!   "tool": { "name": "glossa", "version": "0.1.0" },
//!   "diagnostics": [ {
//!     "code": "T001", "name": "term-missing",
//!     "severity": "error" | "warning" | "info",
//!     "message": "…",                  // in the UI language
//!     "message_id": "term-missing",    // Fluent id of the message
//!     "args": { "source": "peace treaty", "expected": "мирный договор" },
//!     "file": "ru.md" | null,          // path as given; null when no span
//!     "lang": "ru" | null,
//!     "line": 3, "column": 19,         // 1-based; column counts characters
//!     "end_line": 3, "end_column": 36, // exclusive end (the character after)
//!     "byte_start": 72, "byte_end": 105, // byte offsets into the file
//!     "labels": [ { "primary": true, "file", "line", "column", "end_line",
//!                   "end_column", "byte_start", "byte_end",
//!                   "message": "…" | null, "message_id": "…" | null } ],
//!     "help": [ { "message": "…", "message_id": "help-use-preferred", "args": {…} } ],
//!     "fix": { "file", "line", "column", "end_line", "end_column",
//!              "byte_start", "byte_end", "replacement": "…" } | null,
//!     "group": 4 | null                // aligned group (row) index, when known
//!   } ],
//!   "summary": { "errors": 1, "warnings": 2, "infos": 0, "files": 4, "text": "…" }
//! }
//! ```
//!
//! Position fields are `null` when the diagnostic has no span.
//!
//! # SARIF
//!
//! SARIF 2.1.0 with one run: `tool.driver.rules` holds the checks that fired (id =
//! code, name, `shortDescription` and `help` from `glossa explain`), every result
//! has `ruleId`, `ruleIndex`, `level` (`error`, `warning`, `note`), `message.text`,
//! a physical location with a region in lines and character columns
//! (`columnKind: unicodeCodePoints`) plus byte offsets, `relatedLocations` for
//! secondary labels, `fixes`, `partialFingerprints` (`glossa/v1`, independent of
//! line numbers) and `properties` (`name`, `messageId`, `args`, `group`).

mod format;
mod github;
mod human;
mod json;
mod junit;
mod location;
mod sarif;
mod summary;

use std::io::{self, Write};

use glossa_diagnostics::{Diagnostic, Localizer, SourceMap, diagnostics_sorted, sort_diagnostics};

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
    // Callers usually sort already (`check` does): then no copy is made.
    let sorted: std::borrow::Cow<'_, [Diagnostic]> = if diagnostics_sorted(diagnostics) {
        std::borrow::Cow::Borrowed(diagnostics)
    } else {
        let mut sorted = diagnostics.to_vec();
        sort_diagnostics(&mut sorted);
        std::borrow::Cow::Owned(sorted)
    };
    match format {
        OutputFormat::Human => human::render(&sorted, sources, l10n, options, out),
        OutputFormat::Json => json::render(&sorted, sources, l10n, options, out),
        OutputFormat::Sarif => sarif::render(&sorted, sources, l10n, options, out),
        OutputFormat::Github => github::render(&sorted, sources, l10n, out),
        OutputFormat::Junit => junit::render(&sorted, sources, l10n, out),
    }
}
