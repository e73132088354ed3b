//! The format-neutral values every reader returns.

use std::ops::Range;

/// A file format glossa reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormatKind {
    /// XLIFF 1.2 or 2.x (the version is read from the root element).
    Xliff,
    /// gettext PO / POT.
    Po,
    /// TMX 1.4 translation memory.
    Tmx,
    /// Project Fluent `.ftl`.
    Fluent,
    /// JSON message catalog (nested keys, i18next plural suffixes).
    JsonCatalog,
    /// Comma-separated bilingual table.
    Csv,
    /// Tab-separated bilingual table.
    Tsv,
    /// Markdown document (monolingual; detection only).
    Markdown,
    /// Plain text document (monolingual; detection only).
    PlainText,
}

impl FormatKind {
    /// A short lowercase name: `xliff`, `po`, `tmx`, `fluent`, `json`, `csv`, `tsv`, `markdown`, `text`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Xliff => "xliff",
            Self::Po => "po",
            Self::Tmx => "tmx",
            Self::Fluent => "fluent",
            Self::JsonCatalog => "json",
            Self::Csv => "csv",
            Self::Tsv => "tsv",
            Self::Markdown => "markdown",
            Self::PlainText => "text",
        }
    }
}

/// The kind of an inline code (XLIFF 1.2, XLIFF 2.x and TMX elements).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// `<ph>` placeholder (XLIFF 1.2/2.x, TMX).
    Ph,
    /// `<g>` paired group (XLIFF 1.2).
    G,
    /// `<pc>` paired code (XLIFF 2.x).
    Pc,
    /// `<x/>` standalone (XLIFF 1.2).
    X,
    /// `<bx/>` begin of a paired code (XLIFF 1.2).
    Bx,
    /// `<ex/>` end of a paired code (XLIFF 1.2).
    Ex,
    /// `<sc/>` start code (XLIFF 2.x).
    Sc,
    /// `<ec/>` end code (XLIFF 2.x).
    Ec,
    /// `<it>` isolated tag (XLIFF 1.2, TMX).
    It,
    /// `<bpt>` begin paired tag (XLIFF 1.2, TMX).
    Bpt,
    /// `<ept>` end paired tag (XLIFF 1.2, TMX).
    Ept,
    /// `<hi>` highlight (TMX).
    Hi,
    /// `<ut>` unknown tag (TMX 1.4, deprecated).
    Ut,
}

impl CodeKind {
    /// The element name, also used in the marker text (`{ph:1}`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Ph => "ph",
            Self::G => "g",
            Self::Pc => "pc",
            Self::X => "x",
            Self::Bx => "bx",
            Self::Ex => "ex",
            Self::Sc => "sc",
            Self::Ec => "ec",
            Self::It => "it",
            Self::Bpt => "bpt",
            Self::Ept => "ept",
            Self::Hi => "hi",
            Self::Ut => "ut",
        }
    }

    /// Whether the code encloses text (`<g>`, `<pc>`, `<hi>`).
    pub fn is_paired(self) -> bool {
        matches!(self, Self::G | Self::Pc | Self::Hi)
    }
}

/// An inline code inside a [`Variant`]'s text.
///
/// A standalone code is written into the text as the marker `{kind:id}` (`{ph:1}`, `{bpt:2}`;
/// `{kind}` without an id). A paired code (`g`, `pc`, `hi`) is written as `{g:1}` … `{/g:1}` around
/// its content, and its `range` covers both markers and the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineCode {
    /// The code's id (`id`, `i`, `x` or `startRef` attribute; empty when absent).
    pub id: String,
    /// The element it came from.
    pub kind: CodeKind,
    /// Byte range of the marker(s) in [`Variant::text`].
    pub range: Range<usize>,
}

/// One language version of a unit's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// BCP 47 language tag when the file says it.
    pub lang: Option<String>,
    /// Plain text for checking: entities and escapes resolved, inline codes replaced by markers.
    pub text: String,
    /// Byte range of the raw text in the decoded file (start of the content to its end).
    pub span: Range<usize>,
    /// Inline codes found in `text`, in order.
    pub codes: Vec<InlineCode>,
}

/// One translatable unit with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Identity of the unit within its file (see the crate docs for each format's scheme).
    pub id: String,
    /// 1-based line of the unit in the decoded file.
    pub line: usize,
    /// Bilingual formats: `[source, target]` (target absent when the file has none);
    /// TMX: one per `<tuv>`; monolingual catalogs: exactly one.
    pub variants: Vec<Variant>,
    /// Flags: `fuzzy`, `obsolete`, XLIFF states, `plural:N`, `variant:KEY`, ...
    pub flags: Vec<String>,
    /// Translator/developer notes and comments (`glossa-ignore: CODE` is found here).
    pub notes: Vec<String>,
}

impl Unit {
    /// The first variant (the source in bilingual formats).
    pub fn source(&self) -> Option<&Variant> {
        self.variants.first()
    }

    /// The second variant (the target in bilingual formats).
    pub fn target(&self) -> Option<&Variant> {
        self.variants.get(1)
    }

    /// Whether `flag` is set.
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// A parsed file: its kind, languages and units in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedFile {
    /// The format.
    pub kind: FormatKind,
    /// Source language declared by the file.
    pub source_lang: Option<String>,
    /// Target language declared by the file.
    pub target_lang: Option<String>,
    /// Units in file order.
    pub units: Vec<Unit>,
}
