//! The diagnostic value shared by checks, renderers and exports.
//!
//! A [`Diagnostic`] holds a stable check code, a severity, a localizable
//! [`Message`] (a Fluent message id plus arguments) and labelled byte spans
//! into [`SourceFile`]s. Line and column are computed only when rendering,
//! from the [`SourceMap`]. Nothing here prints or knows a UI language.

mod args;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use glossa_text::{LineCol, LineIndex};
use serde::{Deserialize, Serialize};

pub use args::Args;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; never fails a run with the default `--fail-on`.
    Info,
    /// Probably wrong.
    Warning,
    /// Certainly wrong.
    Error,
}

impl Severity {
    /// The lowercase name used in configs, JSON and SARIF (`error`, `warning`, `info`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }

    /// Parses `error`, `warning` or `info`.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "info" => Some(Self::Info),
            "warning" => Some(Self::Warning),
            "error" => Some(Self::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A message argument: text or an integer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    /// An integer (counts, line numbers).
    Int(i64),
    /// A piece of text (a term, a number as written, a language tag).
    Str(String),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Int(n) => write!(f, "{n}"),
            Self::Str(s) => f.write_str(s),
        }
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Str(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Str(value)
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Self::Int(value)
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Self::Int(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

/// A localizable message: a Fluent message id and its named arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Fluent message id, e.g. `term-missing` (borrowed when it is a literal).
    pub id: Cow<'static, str>,
    /// Named arguments, sorted by name so output is deterministic.
    #[serde(default, skip_serializing_if = "Args::is_empty")]
    pub args: Args,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Args::default(),
        }
    }

    /// Adds an argument (builder style).
    #[must_use]
    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Self {
        self.args.insert(name, value.into());
        self
    }
}

/// Turns a [`Message`] into text in some UI language.
pub trait Localizer {
    /// The formatted message.
    fn format(&self, message: &Message) -> String;

    /// [`Self::format`] appended to `out` (a renderer reuses one buffer for every message).
    fn format_into(&self, message: &Message, out: &mut String) {
        out.push_str(&self.format(message));
    }
}

/// A [`Localizer`] that prints `id(name=value, ...)`, for tests and fallbacks.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainLocalizer;

impl Localizer for PlainLocalizer {
    fn format(&self, message: &Message) -> String {
        if message.args.is_empty() {
            return message.id.to_string();
        }
        let args: Vec<String> = message
            .args
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        format!("{}({})", message.id, args.join(", "))
    }
}

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FileId(pub usize);

/// A byte range in one source file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// Byte offsets into the file's original text.
    pub range: Range<usize>,
}

/// A span with an optional label text; exactly one label of a diagnostic is primary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// The primary label is the one the diagnostic's position refers to.
    pub primary: bool,
    /// Text shown next to the underline.
    pub message: Option<Message>,
}

/// A suggested replacement of a span's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    /// The text to replace.
    pub span: Span,
    /// The replacement.
    pub replacement: String,
}

/// One finding of one check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable check code (`T001`).
    pub code: Cow<'static, str>,
    /// Kebab-case check name (`term-missing`).
    pub name: Cow<'static, str>,
    /// Severity after configuration.
    pub severity: Severity,
    /// The main message.
    pub message: Message,
    /// Labelled spans; the first primary one gives the position.
    pub labels: Vec<Label>,
    /// `help:` lines (for example the preferred term).
    pub help: Vec<Message>,
    /// A machine-applicable fix, if there is one.
    pub fix: Option<Fix>,
    /// Index of the aligned group (row) the finding belongs to, when known.
    pub group: Option<usize>,
}

impl Diagnostic {
    /// A diagnostic without labels, help or fix.
    pub fn new(
        code: impl Into<Cow<'static, str>>,
        name: impl Into<Cow<'static, str>>,
        severity: Severity,
        message: Message,
    ) -> Self {
        Self {
            code: code.into(),
            name: name.into(),
            severity,
            message,
            labels: Vec::new(),
            help: Vec::new(),
            fix: None,
            group: None,
        }
    }

    /// Adds the primary label.
    #[must_use]
    pub fn primary(mut self, span: Span, message: Option<Message>) -> Self {
        self.reserve_label();
        self.labels.push(Label {
            span,
            primary: true,
            message,
        });
        self
    }

    /// Adds a secondary label.
    #[must_use]
    pub fn secondary(mut self, span: Span, message: Option<Message>) -> Self {
        self.reserve_label();
        self.labels.push(Label {
            span,
            primary: false,
            message,
        });
        self
    }

    /// Room for one more label: a diagnostic has one or two, not the four a vector makes
    /// room for at first.
    fn reserve_label(&mut self) {
        self.labels.reserve_exact(1);
    }

    /// Adds a `help:` line.
    #[must_use]
    pub fn with_help(mut self, help: Message) -> Self {
        self.help.reserve_exact(1);
        self.help.push(help);
        self
    }

    /// Sets the fix.
    #[must_use]
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// Sets the aligned group index.
    #[must_use]
    pub fn in_group(mut self, group: usize) -> Self {
        self.group = Some(group);
        self
    }

    /// The span the diagnostic's position refers to.
    pub fn primary_span(&self) -> Option<&Span> {
        self.labels
            .iter()
            .find(|label| label.primary)
            .or(self.labels.first())
            .map(|label| &label.span)
    }
}

/// One input file as the renderers see it: a display path and its text, whole or as
/// excerpts (the lines that carry diagnostics of a file too large to keep in memory).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as given by the user (used in output).
    pub path: String,
    /// Language tag of the file's text, when known.
    pub lang: Option<String>,
    /// The file's text (shared with the pipeline's documents); empty for a file kept as
    /// excerpts (read it with [`SourceFile::slice`]).
    pub text: Arc<String>,
    index: LineIndex,
    /// Whole lines of an excerpted file, sorted and disjoint; empty for a whole file.
    excerpts: Vec<Excerpt>,
    /// Length of the file in bytes.
    len: usize,
}

/// Consecutive whole lines of a file (with their terminators).
#[derive(Debug, Clone)]
struct Excerpt {
    /// Byte offset of the first line in the file.
    start: usize,
    /// 1-based number of the first line.
    first_line: usize,
    text: String,
    index: LineIndex,
}

impl Excerpt {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

impl SourceFile {
    /// Indexes a file's text.
    pub fn new(path: impl Into<String>, lang: Option<String>, text: impl Into<String>) -> Self {
        Self::shared(path, lang, Arc::new(text.into()))
    }

    /// Indexes a file's text, shared with its other users.
    pub fn shared(path: impl Into<String>, lang: Option<String>, text: Arc<String>) -> Self {
        let index = LineIndex::new(&text);
        Self::indexed(path, lang, text, index)
    }

    /// A file's text, shared with its other users, and its line index (`LineIndex::new(&text)`,
    /// found while the text was read).
    pub fn indexed(
        path: impl Into<String>,
        lang: Option<String>,
        text: Arc<String>,
        index: LineIndex,
    ) -> Self {
        Self {
            path: path.into(),
            lang,
            len: text.len(),
            text,
            index,
            excerpts: Vec::new(),
        }
    }

    /// A file of `len` bytes known only by some of its lines: `(byte offset of the first line,
    /// its 1-based number, whole consecutive lines with their terminators)`, sorted and disjoint.
    pub fn excerpted(
        path: impl Into<String>,
        lang: Option<String>,
        len: usize,
        excerpts: Vec<(usize, usize, String)>,
    ) -> Self {
        Self {
            path: path.into(),
            lang,
            text: Arc::default(),
            index: LineIndex::new(""),
            excerpts: excerpts
                .into_iter()
                .map(|(start, first_line, text)| Excerpt {
                    start,
                    first_line,
                    index: LineIndex::new(&text),
                    text,
                })
                .collect(),
            len,
        }
    }

    /// Length of the file in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True for an empty file.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The excerpt holding `offset` (an end offset belongs to it too).
    fn excerpt(&self, offset: usize) -> Option<&Excerpt> {
        let after = self.excerpts.partition_point(|e| e.start <= offset);
        self.excerpts
            .get(after.checked_sub(1)?)
            .filter(|e| offset <= e.end())
    }

    /// The text of a byte range, when it is known (always for a whole file) and falls on
    /// character boundaries.
    pub fn slice(&self, range: Range<usize>) -> Option<&str> {
        if self.excerpts.is_empty() {
            return self.text.get(range);
        }
        let excerpt = self.excerpt(range.start)?;
        excerpt
            .text
            .get(range.start - excerpt.start..range.end.checked_sub(excerpt.start)?)
    }

    /// `offset` clamped to the file and moved back to a character boundary.
    pub fn floor_boundary(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        let (text, base) = match self.excerpt(offset) {
            Some(e) if !self.excerpts.is_empty() => (e.text.as_str(), e.start),
            _ => (self.text.as_str(), 0),
        };
        let mut local = offset.saturating_sub(base).min(text.len());
        while local > 0 && !text.is_char_boundary(local) {
            local -= 1;
        }
        base + local
    }

    /// Line and character column of a byte offset (line 1, column 1 for an offset outside
    /// the excerpts of an excerpted file).
    pub fn line_col(&self, offset: usize) -> LineCol {
        if self.excerpts.is_empty() {
            return self.index.line_col(&self.text, offset);
        }
        match self.excerpt(offset) {
            Some(e) => {
                let at = e.index.line_col(&e.text, offset - e.start);
                LineCol {
                    line: at.line + e.first_line - 1,
                    col: at.col,
                }
            }
            None => LineCol { line: 1, col: 1 },
        }
    }

    /// Byte range of a 1-based line, without its terminator, when it is known.
    pub fn line_range(&self, line: usize) -> Option<Range<usize>> {
        if self.excerpts.is_empty() {
            return self.index.line_range(&self.text, line);
        }
        let after = self.excerpts.partition_point(|e| e.first_line <= line);
        let e = self.excerpts.get(after.checked_sub(1)?)?;
        let range = e.index.line_range(&e.text, line - e.first_line + 1)?;
        Some(e.start + range.start..e.start + range.end)
    }

    /// The line index of a whole file (empty for an excerpted one).
    pub fn line_index(&self) -> &LineIndex {
        &self.index
    }
}

/// All files of a run, addressed by [`FileId`].
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() - 1)
    }

    /// The file with this id.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0)
    }

    /// Replaces the file with this id (a placeholder by its excerpts, once known).
    pub fn replace(&mut self, id: FileId, file: SourceFile) {
        if let Some(slot) = self.files.get_mut(id.0) {
            *slot = file;
        }
    }

    /// All files in insertion order.
    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i), f))
    }
}

/// Sorts diagnostics by file, position, code: the order every renderer uses.
pub fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    // The indices are sorted (stable, 4 bytes each) and each diagnostic is then moved along its
    // cycle of the permutation: a stable sort of the diagnostics themselves would copy them all
    // into a scratch buffer as large as the list.
    let mut order: Vec<usize> = (0..diagnostics.len()).collect();
    order.sort_by(|&a, &b| diagnostic_order(&diagnostics[a], &diagnostics[b]));
    for start in 0..order.len() {
        // `order[at]`: the diagnostic that belongs at `at`; `at` once placed.
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            diagnostics.swap(at, from);
            at = from;
        }
    }
}

/// True when `diagnostics` are in the order [`sort_diagnostics`] gives.
pub fn diagnostics_sorted(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.is_sorted_by(|a, b| diagnostic_order(a, b).is_le())
}

fn diagnostic_order(a: &Diagnostic, b: &Diagnostic) -> std::cmp::Ordering {
    let key = |d: &Diagnostic| {
        d.primary_span()
            .map(|s| (s.file, s.range.start, s.range.end))
            .unwrap_or((FileId(usize::MAX), 0, 0))
    };
    key(a).cmp(&key(b)).then_with(|| a.code.cmp(&b.code))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sort moves each diagnostic to where a stable sort puts it, ties in their first order.
    #[test]
    fn sorting_is_stable() {
        let diagnostic = |n: usize| {
            let (code, file, start) = (["N001", "C001", "T003"][n % 3], FileId(n % 2), n % 4);
            Diagnostic::new(code, "x", Severity::Warning, Message::new("m").arg("n", n)).primary(
                Span {
                    file,
                    range: start..start + 1,
                },
                None,
            )
        };
        for len in [0, 1, 2, 7, 40] {
            // A shuffled list (a fixed multiplicative walk), with many equal keys.
            let mut list: Vec<_> = (0..len).map(|n| diagnostic((n * 7 + 3) % 41)).collect();
            let mut expected = list.clone();
            expected.sort_by(diagnostic_order);
            sort_diagnostics(&mut list);
            assert_eq!(list, expected);
            assert!(diagnostics_sorted(&list));
        }
    }

    #[test]
    fn positions_and_plain_messages() {
        let mut map = SourceMap::new();
        let file = map.add(SourceFile::new(
            "ru.md",
            Some("ru".into()),
            "# Тема\nо Северных территориях",
        ));
        let text = &map.get(file).unwrap().text;
        let start = text.find("Северных").unwrap();
        let diagnostic = Diagnostic::new(
            "T003",
            "mention-only-term",
            Severity::Warning,
            Message::new("mention-only-term").arg("term", "Северные территории"),
        )
        .primary(
            Span {
                file,
                range: start..start + "Северных".len(),
            },
            None,
        );
        let span = diagnostic.primary_span().unwrap();
        let pos = map.get(span.file).unwrap().line_col(span.range.start);
        assert_eq!((pos.line, pos.col), (2, 3));
        assert_eq!(
            PlainLocalizer.format(&diagnostic.message),
            "mention-only-term(term=Северные территории)"
        );
        let json = serde_json::to_string(&diagnostic.message).unwrap();
        assert_eq!(
            json,
            r#"{"id":"mention-only-term","args":{"term":"Северные территории"}}"#
        );
    }

    #[test]
    fn an_excerpted_file_answers_like_the_whole_one() {
        let text = "one\r\ntwo Мир\nthree\rfour\nfive";
        let whole = SourceFile::new("x", None, text);
        let start = text.find("two").unwrap();
        let end = text.find("four").unwrap();
        let last = text.find("five").unwrap();
        let part = SourceFile::excerpted(
            "x",
            None,
            text.len(),
            vec![
                (start, 2, text[start..end].to_string()),
                (last, 5, text[last..].to_string()),
            ],
        );
        for offset in [start, start + 5, start + 8, end - 1, last, text.len()] {
            assert_eq!(whole.line_col(offset), part.line_col(offset), "{offset}");
            assert_eq!(whole.floor_boundary(offset), part.floor_boundary(offset));
        }
        for line in [2, 3, 5] {
            assert_eq!(whole.line_range(line), part.line_range(line), "{line}");
        }
        let range = start..start + "two Мир".len();
        assert_eq!(part.slice(range.clone()), whole.slice(range));
        assert_eq!(part.slice(0..3), None);
        assert_eq!(part.len(), whole.len());
    }
}
