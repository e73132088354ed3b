//! Errors from reading, validating and converting glossaries.

/// What went wrong, without the position.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    /// The file is not well-formed (TOML, XML, CSV syntax).
    #[error("syntax error: {0}")]
    Syntax(String),
    /// A key or element the format does not define.
    #[error("unknown key `{0}`")]
    UnknownKey(String),
    /// A required field is absent.
    #[error("missing field `{0}`")]
    MissingField(String),
    /// Two concepts share an id.
    #[error("duplicate concept id `{id}` (first defined on line {first_line})")]
    DuplicateConcept {
        /// The repeated id.
        id: String,
        /// Where the first one is.
        first_line: usize,
    },
    /// A term with no text.
    #[error("empty term in concept `{0}`")]
    EmptyTerm(String),
    /// A language tag that is not BCP 47 or not a known language.
    #[error("unknown language tag `{0}`")]
    UnknownLanguage(String),
    /// A status other than preferred/admitted/deprecated/forbidden.
    #[error("unknown status `{0}`")]
    UnknownStatus(String),
    /// A regex term that does not compile.
    #[error("invalid regular expression `{pattern}`: {reason}")]
    BadRegex {
        /// The pattern.
        pattern: String,
        /// Why it failed.
        reason: String,
    },
    /// Anything else that makes the glossary unusable.
    #[error("{0}")]
    Invalid(String),
}

/// A glossary error with its position in the file (1-based; 0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {kind}")]
pub struct GlossaryError {
    /// 1-based line, 0 if unknown.
    pub line: usize,
    /// 1-based column in characters, 0 if unknown.
    pub column: usize,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl GlossaryError {
    /// An error at a line (column unknown).
    pub fn at_line(line: usize, kind: ErrorKind) -> Self {
        Self {
            line,
            column: 0,
            kind,
        }
    }
}
