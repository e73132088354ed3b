//! Configuration and baseline errors, each with the file and position.

use crate::location::Location;

/// Why a configuration or baseline could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML, or a value has the wrong type.
    #[error("{location}: {message}")]
    Syntax {
        /// Where.
        location: Location,
        /// The TOML parser's explanation.
        message: String,
    },
    /// A key the schema does not have.
    #[error("{location}: unknown key `{key}`")]
    UnknownKey {
        /// Where.
        location: Location,
        /// The key as written.
        key: String,
    },
    /// A `[checks]` key that is neither a check code nor a check name.
    #[error("{location}: unknown check `{key}`")]
    UnknownCheck {
        /// Where.
        location: Location,
        /// The key as written.
        key: String,
    },
    /// A severity other than `error`, `warning`, `info` (or `off` for a check).
    #[error("{location}: `{value}` is not a severity (error, warning, info or off)")]
    BadSeverity {
        /// Where.
        location: Location,
        /// The value as written.
        value: String,
    },
    /// A language tag that does not parse.
    #[error("{location}: unknown language tag `{tag}`")]
    BadLanguage {
        /// Where.
        location: Location,
        /// The tag as written.
        tag: String,
    },
    /// A glob that does not parse.
    #[error("{location}: bad glob `{glob}`: {reason}")]
    BadGlob {
        /// Where.
        location: Location,
        /// The glob as written.
        glob: String,
        /// What is wrong.
        reason: String,
    },
    /// A pairing pattern without `{lang}` or `{path}`.
    #[error("{location}: pairing pattern `{pattern}` needs {{lang}} and {{path}} once each")]
    BadPairing {
        /// Where.
        location: Location,
        /// The pattern as written.
        pattern: String,
    },
    /// A baseline file that is not a glossa baseline.
    #[error("bad baseline: {message}")]
    Baseline {
        /// What is wrong.
        message: String,
    },
}
