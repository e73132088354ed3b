//! Concept-oriented glossaries: the model, exchange formats (TOML, TBX,
//! CSV/TSV) and term matching through inflection. No SQLite here: the
//! termbase lives in `glossa_termbase`.

pub mod csv_io;
pub mod error;
pub mod fold;
pub mod matcher;
pub mod model;
pub mod morph;
pub mod tbx;
pub mod toml_io;
pub mod validate;

pub use csv_io::{from_csv_str, to_csv_string};
pub use error::{ErrorKind, GlossaryError};
pub use matcher::{MatchVia, Matcher, TermMatch, keep_leftmost_longest, resolve_overlaps};
pub use model::{Concept, Glossary, MatchMode, Status, Style, Term};
pub use tbx::{from_tbx_str, to_tbx_string};
pub use toml_io::{from_toml_str, to_toml_string};
pub use validate::{Problem, ProblemKind, ProblemSeverity, validate};
