//! Concept-oriented glossaries: the model, exchange formats (TOML, TBX,
//! CSV/TSV) and term matching through inflection. No SQLite here: the
//! termbase lives in `glossa_termbase`.

pub mod error;
pub mod model;

pub use error::{ErrorKind, GlossaryError};
pub use model::{Concept, Glossary, MatchMode, Status, Style, Term};
