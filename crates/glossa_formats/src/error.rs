//! The error every reader returns: a kind plus the 1-based line and column where it applies.

/// A reader or decoder failure, located at a 1-based `line` and `column` (column counted in
/// characters; 1:1 when the problem concerns the whole file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {kind}")]
pub struct FormatError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// What went wrong.
    pub kind: FormatErrorKind,
}

impl FormatError {
    /// A new error at `line`:`column`.
    pub fn new(line: usize, column: usize, kind: FormatErrorKind) -> Self {
        Self { line, column, kind }
    }

    /// A syntax error at `line`:`column`.
    pub(crate) fn syntax(line: usize, column: usize, message: impl Into<String>) -> Self {
        Self::new(line, column, FormatErrorKind::Syntax(message.into()))
    }
}

/// The kinds of [`FormatError`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatErrorKind {
    /// The text does not follow the format's grammar.
    #[error("syntax error: {0}")]
    Syntax(String),
    /// The bytes are not valid in the file's encoding, or the encoding is unknown.
    #[error("encoding error: {0}")]
    Encoding(String),
    /// A format version this reader does not handle.
    #[error("unsupported version: {0}")]
    UnsupportedVersion(String),
    /// A DOCTYPE declaring entities (a possible entity-expansion or external-entity attack).
    #[error("a DOCTYPE that declares entities is refused")]
    Dtd,
    /// A reference to an entity other than the five predefined XML ones; glossa never expands them.
    #[error(
        "reference to entity &{0}; refused: only predefined entities and character references are resolved"
    )]
    EntityExpansion(String),
    /// Elements nested deeper than the limit (the limit is given).
    #[error("elements nested deeper than {0} levels")]
    TooDeep(usize),
    /// An attribute value or token longer than the limit in bytes (the limit is given).
    #[error("value longer than the limit of {0} bytes")]
    TooLarge(usize),
    /// Two units share one id where the format requires ids to be unique.
    #[error("duplicate id {0:?}")]
    DuplicateId(String),
    /// Neither the extension nor the content identifies a supported format.
    #[error("unrecognised file format")]
    UnknownFormat,
    /// Reading the underlying stream failed (streaming readers only).
    #[error("read error: {0}")]
    Io(String),
}

impl FormatErrorKind {
    /// A stable kebab-case name of the kind (`syntax`, `encoding`, `unsupported-version`, `dtd`,
    /// `entity-expansion`, `too-deep`, `too-large`, `duplicate-id`, `unknown-format`, `io`) for snapshots and JSON.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Syntax(_) => "syntax",
            Self::Encoding(_) => "encoding",
            Self::UnsupportedVersion(_) => "unsupported-version",
            Self::Dtd => "dtd",
            Self::EntityExpansion(_) => "entity-expansion",
            Self::TooDeep(_) => "too-deep",
            Self::TooLarge(_) => "too-large",
            Self::DuplicateId(_) => "duplicate-id",
            Self::UnknownFormat => "unknown-format",
            Self::Io(_) => "io",
        }
    }
}
