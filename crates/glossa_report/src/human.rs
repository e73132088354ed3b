//! Compiler-style text for people.
//!
//! ```text
//! warning[T001/term-missing]: glossary term “peace treaty” has no approved translation here; expected “мирный договор”
//!  --> ru.md:3:19
//!   |
//! 3 | Министры обсудили мирное соглашение 14 января.
//!   |                   ^^^^^^^^^^^^^^^^^
//!   |
//!  ::: en.md:3:29
//!   |
//! 3 | The ministers discussed the peace treaty on January 14.
//!   |                             ------------ source
//!   = help: use “мирный договор”
//! ```
//!
//! Columns in the `-->` line count characters; underlines are placed by display
//! width, so they stay under the words with Cyrillic and with double-width
//! Japanese text. Very long lines (whole Markdown paragraphs) are cut to a window
//! around the underlined words; an underline wider than [`MAX_SPAN_WIDTH`] columns is
//! cut too, after its first columns.

use std::collections::BTreeMap;
use std::io::{self, Write};

use glossa_diagnostics::{Diagnostic, FileId, Label, Localizer, Severity, SourceMap};
use unicode_width::UnicodeWidthChar;

use crate::RenderOptions;
use crate::location::Location;
use crate::summary::{severity_word, summary};

/// Lines wider than this are shown as a window around the underlined words.
const MAX_LINE_WIDTH: usize = 100;
/// Display columns of an underline shown after its start; a longer one is cut.
const MAX_SPAN_WIDTH: usize = 400;
/// Display columns of context kept on each side of the underlined words.
const CONTEXT_WIDTH: usize = 32;
/// Marks a cut line end.
const ELLIPSIS: &str = "...";

pub(crate) fn render(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    l10n: &dyn Localizer,
    options: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let paint = Painter {
        color: options.color,
    };
    for diagnostic in diagnostics {
        write_diagnostic(diagnostic, sources, l10n, &paint, out)?;
    }
    let line = summary(diagnostics, sources.files().count(), l10n);
    writeln!(out, "{}", paint.paint(Style::Bold, &line))
}

fn write_diagnostic(
    diagnostic: &Diagnostic,
    sources: &SourceMap,
    l10n: &dyn Localizer,
    paint: &Painter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let style = Style::of(diagnostic.severity);
    let head = format!(
        "{}[{}/{}]",
        severity_word(diagnostic.severity, l10n),
        diagnostic.code,
        diagnostic.name
    );
    let message = format!(": {}", l10n.format(&diagnostic.message));
    writeln!(
        out,
        "{}{}",
        paint.paint(style, &head),
        paint.paint(Style::Bold, &message)
    )?;

    let blocks = file_blocks(diagnostic, sources);
    let width = blocks
        .iter()
        .flat_map(|block| block.iter().map(|(location, _)| location.line))
        .max()
        .map_or(1, |line| line.to_string().len());
    let pad = " ".repeat(width);
    let gutter = paint.paint(Style::Gutter, &format!("{pad} |"));
    for (index, block) in blocks.iter().enumerate() {
        let Some((first, _)) = block.first() else {
            continue;
        };
        let arrow = if index == 0 { "-->" } else { ":::" };
        if index > 0 {
            writeln!(out, "{gutter}")?;
        }
        writeln!(
            out,
            "{pad}{} {}:{}:{}",
            paint.paint(Style::Gutter, arrow),
            first.file.path,
            first.line,
            first.column
        )?;
        writeln!(out, "{gutter}")?;
        write_block(block, diagnostic.severity, l10n, paint, width, out)?;
    }
    if !blocks.is_empty() && !diagnostic.help.is_empty() {
        writeln!(out, "{gutter}")?;
    }
    for help in &diagnostic.help {
        writeln!(
            out,
            "{pad} {} {}",
            paint.paint(Style::Gutter, "="),
            paint.paint(Style::Bold, &format!("help: {}", l10n.format(help)))
        )?;
    }
    writeln!(out)
}

/// A label with its resolved location.
type Placed<'a> = (Location<'a>, &'a Label);

/// Labels grouped by file: the primary label's file first, then by file id; within a
/// file by line, the primary label first on its line, then by position.
fn file_blocks<'a>(diagnostic: &'a Diagnostic, sources: &'a SourceMap) -> Vec<Vec<Placed<'a>>> {
    let primary = diagnostic
        .labels
        .iter()
        .position(|label| label.primary)
        .unwrap_or(0);
    let primary_file = diagnostic.labels.get(primary).map(|label| label.span.file);
    let mut by_file: BTreeMap<(bool, FileId), Vec<(usize, Placed<'a>)>> = BTreeMap::new();
    for (index, label) in diagnostic.labels.iter().enumerate() {
        if let Some(location) = Location::resolve(sources, &label.span) {
            let key = (Some(label.span.file) != primary_file, label.span.file);
            by_file
                .entry(key)
                .or_default()
                .push((index, (location, label)));
        }
    }
    by_file
        .into_values()
        .map(|mut labels| {
            labels.sort_by_key(|(index, (location, _))| {
                (
                    location.line,
                    *index != primary,
                    location.range.start,
                    location.range.end,
                )
            });
            labels.into_iter().map(|(_, placed)| placed).collect()
        })
        .collect()
}

fn write_block(
    block: &[Placed<'_>],
    severity: Severity,
    l10n: &dyn Localizer,
    paint: &Painter,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let pad = " ".repeat(width);
    let gutter = paint.paint(Style::Gutter, &format!("{pad} |"));
    let mut previous: Option<usize> = None;
    let mut rest = block;
    while let Some((first, _)) = rest.first() {
        let line_number = first.line;
        let count = rest
            .iter()
            .take_while(|(l, _)| l.line == line_number)
            .count();
        let (on_line, after) = rest.split_at(count);
        rest = after;
        if previous.is_some_and(|p| line_number > p + 1) {
            writeln!(out, "{}", paint.paint(Style::Gutter, ELLIPSIS))?;
        }
        previous = Some(line_number);

        let line_range = first.line_range();
        let line = first.file.slice(line_range.clone()).unwrap_or_default();
        let relative =
            |offset: usize| offset.clamp(line_range.start, line_range.end) - line_range.start;
        let spans: Vec<(usize, usize)> = on_line
            .iter()
            .map(|(l, _)| (relative(l.range.start), relative(l.range.end)))
            .collect();
        let shown = Window::around(line, &spans);
        writeln!(
            out,
            "{} {}",
            paint.paint(Style::Gutter, &format!("{line_number:>width$} |")),
            shown.text(line)
        )?;
        for ((_, label), (start, end)) in on_line.iter().zip(&spans) {
            let (offset, length) = shown.underline(line, *start, *end);
            let (mark, style) = if label.primary {
                ('^', Style::of(severity))
            } else {
                ('-', Style::Gutter)
            };
            let mut marks: String = std::iter::repeat_n(mark, length).collect();
            if let Some(message) = &label.message {
                marks.push(' ');
                marks.push_str(&l10n.format(message));
            }
            writeln!(
                out,
                "{gutter} {}{}",
                " ".repeat(offset),
                paint.paint(style, &marks)
            )?;
        }
    }
    Ok(())
}

/// The part of a line that is shown, as byte offsets into the line.
struct Window {
    start: usize,
    end: usize,
}

impl Window {
    /// The whole line when it is short, else the underlined spans with some context.
    fn around(line: &str, spans: &[(usize, usize)]) -> Self {
        if !wider_than(line, MAX_LINE_WIDTH) || spans.is_empty() {
            return Self {
                start: 0,
                end: line.len(),
            };
        }
        let low = spans.iter().map(|s| s.0).min().unwrap_or(0);
        let high = spans.iter().map(|s| s.1).max().unwrap_or(line.len());
        let mut start = low;
        let mut width = 0;
        for (index, c) in line[..low].char_indices().rev() {
            width += char_width(c);
            if width > CONTEXT_WIDTH {
                break;
            }
            start = index;
        }
        // An underline running far past the last span start (a 10 MB span) is cut.
        let last = spans.iter().map(|s| s.0).max().unwrap_or(low).min(high);
        let mut width = 0;
        for (index, c) in line[last..high].char_indices() {
            width += char_width(c);
            if width > MAX_SPAN_WIDTH {
                return Self {
                    start,
                    end: last + index,
                };
            }
        }
        let mut end = high;
        let mut width = 0;
        for (index, c) in line[high..].char_indices() {
            width += char_width(c);
            if width > CONTEXT_WIDTH {
                break;
            }
            end = high + index + c.len_utf8();
        }
        Self { start, end }
    }

    fn prefix(&self) -> &'static str {
        if self.start > 0 { ELLIPSIS } else { "" }
    }

    /// The shown text, with tabs expanded and cut ends marked.
    fn text(&self, line: &str) -> String {
        let suffix = if self.end < line.len() { ELLIPSIS } else { "" };
        let body: String = line[self.start..self.end]
            .chars()
            .flat_map(|c| match c {
                '\t' => "    ".chars().collect::<Vec<_>>(),
                c if c.is_control() => Vec::new(),
                c => vec![c],
            })
            .collect();
        format!("{}{body}{suffix}", self.prefix())
    }

    /// Display offset and length (at least 1) of the underline for a span of the line.
    fn underline(&self, line: &str, start: usize, end: usize) -> (usize, usize) {
        let start = start.clamp(self.start, self.end);
        let end = end.clamp(start, self.end);
        let offset = self.prefix().len() + display_width(&line[self.start..start]);
        (offset, display_width(&line[start..end]).max(1))
    }
}

fn char_width(c: char) -> usize {
    match c {
        '\t' => 4,
        c if c.is_control() => 0,
        c => c.width().unwrap_or(0),
    }
}

fn display_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// Whether `text` is wider than `limit` columns, reading only as far as needed: measuring a
/// long line in full for each of its diagnostics made rendering quadratic.
fn wider_than(text: &str, limit: usize) -> bool {
    let mut width = 0;
    text.chars().any(|c| {
        width += char_width(c);
        width > limit
    })
}

/// Text styles of the human output.
#[derive(Debug, Clone, Copy)]
enum Style {
    Error,
    Warning,
    Info,
    Gutter,
    Bold,
}

impl Style {
    fn of(severity: Severity) -> Self {
        match severity {
            Severity::Error => Self::Error,
            Severity::Warning => Self::Warning,
            Severity::Info => Self::Info,
        }
    }

    fn ansi(self) -> &'static str {
        match self {
            Self::Error => "\x1b[1;31m",
            Self::Warning => "\x1b[1;33m",
            Self::Info => "\x1b[1;36m",
            Self::Gutter => "\x1b[1;34m",
            Self::Bold => "\x1b[1m",
        }
    }
}

/// Wraps text in ANSI styles when colour is on.
struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{text}\x1b[0m", style.ansi())
        } else {
            text.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_of_the_four_scripts() {
        assert_eq!(display_width("peace treaty"), 12);
        assert_eq!(display_width("мирный договор"), 14);
        assert_eq!(display_width("barış antlaşması"), 16);
        assert_eq!(display_width("平和条約"), 8);
        assert_eq!(display_width("２プラス２"), 10);
        assert_eq!(display_width("a\tb"), 6);
        assert!(!wider_than("平和条約", 8));
        assert!(wider_than("平和条約", 7));
        assert!(wider_than(&"мирный договор ".repeat(100_000), 100));
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let line = format!(
            "{}Северные территории{}",
            "слово ".repeat(30),
            " ещё".repeat(30)
        );
        let start = line.find("Северные").unwrap();
        let end = start + "Северные территории".len();
        let window = Window::around(&line, &[(start, end)]);
        let shown = window.text(&line);
        assert!(
            shown.starts_with("...") && shown.ends_with("..."),
            "{shown}"
        );
        let (offset, length) = window.underline(&line, start, end);
        let under: String = shown.chars().skip(offset).take(length).collect();
        assert_eq!(under, "Северные территории");
    }

    #[test]
    fn a_huge_span_is_cut_after_its_start() {
        let line = format!("{}{}", "слово ".repeat(30), "паром ".repeat(1_000_000));
        let start = line.find("паром").unwrap();
        let window = Window::around(&line, &[(start, line.len())]);
        let shown = window.text(&line);
        assert!(shown.starts_with("...") && shown.ends_with("..."));
        assert!(
            shown.chars().count() < MAX_SPAN_WIDTH + 2 * CONTEXT_WIDTH,
            "{shown}"
        );
        let (offset, length) = window.underline(&line, start, line.len());
        assert_eq!(length, MAX_SPAN_WIDTH);
        assert!(
            shown
                .chars()
                .skip(offset)
                .collect::<String>()
                .starts_with("паром")
        );
    }
}
