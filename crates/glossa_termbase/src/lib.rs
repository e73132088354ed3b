//! SQLite termbase for glossa glossaries.
//!
//! One file holds one glossary: header, styles, concepts and every field of
//! their terms, so `load` after `import` gives the glossary back. The schema
//! is versioned with `PRAGMA user_version` and migrated on open; the file
//! runs in WAL mode; every import is one transaction.

mod error;
mod fold;
mod load;
mod query;
mod schema;
mod store;

use std::path::Path;

use glossa_glossary::Glossary;
use rusqlite::Connection;

pub use error::TermbaseError;
pub use query::{ListedTerm, format_list_line};
pub use schema::SCHEMA_VERSION;
pub use store::{ImportMode, ImportStats};

/// An open termbase file.
#[derive(Debug)]
pub struct Termbase {
    conn: Connection,
}

impl Termbase {
    /// Opens the termbase at `path`, creating it if missing and migrating it
    /// to the current schema. A termbase from a newer glossa is refused.
    pub fn open(path: &Path) -> Result<Termbase, TermbaseError> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        schema::migrate(&mut conn)?;
        Ok(Termbase { conn })
    }

    /// Imports a glossary in one transaction: on any error the termbase is
    /// left as it was.
    pub fn import(
        &mut self,
        glossary: &Glossary,
        mode: ImportMode,
    ) -> Result<ImportStats, TermbaseError> {
        self.import_with_progress(glossary, mode, &mut |_| {})
    }

    /// Like [`Termbase::import`], calling `progress` with the number of
    /// concepts written so far after each concept.
    pub fn import_with_progress(
        &mut self,
        glossary: &Glossary,
        mode: ImportMode,
        progress: &mut dyn FnMut(usize),
    ) -> Result<ImportStats, TermbaseError> {
        let tx = self.conn.transaction()?;
        let stats = store::import(&tx, glossary, mode, progress)?;
        tx.commit()?;
        Ok(stats)
    }

    /// The whole glossary.
    pub fn load(&self) -> Result<Glossary, TermbaseError> {
        load::load(&self.conn)
    }

    /// Every term, sorted by concept id, language and term.
    pub fn list(&self) -> Result<Vec<ListedTerm>, TermbaseError> {
        query::list(&self.conn)
    }

    /// Every term of the concepts that have a term containing `query` in
    /// any language (any substring, case-folded per language), sorted like
    /// [`Termbase::list`].
    pub fn lookup(&self, query: &str) -> Result<Vec<ListedTerm>, TermbaseError> {
        query::lookup(&self.conn, query)
    }

    /// Removes a concept and its terms; `false` when there was none.
    pub fn remove(&mut self, concept_id: &str) -> Result<bool, TermbaseError> {
        let n = self
            .conn
            .execute("DELETE FROM concept WHERE id = ?1", [concept_id])?;
        Ok(n > 0)
    }
}

/// WAL journal, foreign keys (for the cascades), a busy timeout, and a
/// memory-mapped file with a page cache large enough for `load` to read a
/// big termbase without copying every page through `read`.
fn configure(conn: &Connection) -> Result<(), TermbaseError> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    let _mode: String = conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "mmap_size", 256_i64 << 20)?;
    conn.pragma_update(None, "cache_size", -(64_i64 << 10))?;
    Ok(())
}

#[cfg(test)]
mod tests;
