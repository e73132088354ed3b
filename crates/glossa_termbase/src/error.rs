//! Termbase errors.

/// Something went wrong opening, reading or writing a termbase.
#[derive(Debug, thiserror::Error)]
pub enum TermbaseError {
    /// SQLite refused an operation (file not a database, constraint, I/O).
    #[error("termbase: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// SQLite refused to store a concept (a constraint such as an empty
    /// term or an unknown status).
    #[error("concept `{id}`: {source}")]
    Concept {
        /// The concept being written.
        id: String,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// The file was written by a newer glossa.
    #[error(
        "termbase schema version {found} is newer than this glossa supports ({supported}); \
         upgrade glossa"
    )]
    NewerSchema {
        /// The file's `user_version`.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// The glossary to import has the same concept id twice.
    #[error("duplicate concept id `{0}` in the imported glossary")]
    DuplicateConcept(String),
    /// A stored value this build cannot read.
    #[error("termbase holds an invalid {what}: `{value}`")]
    Corrupt {
        /// Which field.
        what: &'static str,
        /// The stored value.
        value: String,
    },
}
