//! The schema and its migrations, versioned with `PRAGMA user_version`.

use rusqlite::Connection;

use crate::error::TermbaseError;

/// Version 1: the glossary model in tables.
const V1: &str = "
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE style (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    framing     TEXT NOT NULL
);
CREATE TABLE concept (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE CHECK (id <> ''),
    domain     TEXT,
    definition TEXT,
    note       TEXT,
    line       INTEGER NOT NULL
);
CREATE TABLE related (
    concept_seq INTEGER NOT NULL REFERENCES concept(seq) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    target      TEXT NOT NULL,
    PRIMARY KEY (concept_seq, pos)
) WITHOUT ROWID;
CREATE TABLE term (
    id             INTEGER PRIMARY KEY,
    concept_seq    INTEGER NOT NULL REFERENCES concept(seq) ON DELETE CASCADE,
    pos            INTEGER NOT NULL,
    lang           TEXT NOT NULL CHECK (lang <> ''),
    text           TEXT NOT NULL CHECK (trim(text) <> ''),
    status         TEXT NOT NULL
                   CHECK (status IN ('preferred', 'admitted', 'deprecated', 'forbidden')),
    mention_only   INTEGER NOT NULL CHECK (mention_only IN (0, 1)),
    part_of_speech TEXT,
    case_sensitive INTEGER NOT NULL CHECK (case_sensitive IN (0, 1)),
    match_mode     TEXT NOT NULL CHECK (match_mode IN ('morph', 'exact', 'regex')),
    framing        TEXT,
    note           TEXT,
    line           INTEGER NOT NULL,
    folded         TEXT NOT NULL,
    UNIQUE (concept_seq, pos)
);
CREATE TABLE term_form (
    term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
    pos     INTEGER NOT NULL,
    form    TEXT NOT NULL,
    PRIMARY KEY (term_id, pos)
) WITHOUT ROWID;
";

/// Version 2: a trigram full-text index over the folded terms, for
/// `lookup`. Triggers keep the index in sync one
/// row at a time, except while the `fts_bulk` meta row exists: a bulk import
/// sets it and rebuilds the whole index once at the end, which is several
/// times faster than row by row.
const V2: &str = "
CREATE VIRTUAL TABLE term_fts USING fts5(
    folded, content = 'term', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 1'
);
CREATE TRIGGER term_fts_insert AFTER INSERT ON term
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'fts_bulk') BEGIN
    INSERT INTO term_fts(rowid, folded) VALUES (new.id, new.folded);
END;
CREATE TRIGGER term_fts_delete AFTER DELETE ON term
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'fts_bulk') BEGIN
    INSERT INTO term_fts(term_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
END;
CREATE TRIGGER term_fts_update AFTER UPDATE OF folded ON term
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'fts_bulk') BEGIN
    INSERT INTO term_fts(term_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    INSERT INTO term_fts(rowid, folded) VALUES (new.id, new.folded);
END;
INSERT INTO term_fts(term_fts) VALUES ('rebuild');
";

/// The migrations in order: `MIGRATIONS[i]` takes version `i` to `i + 1`.
pub(crate) const MIGRATIONS: [&str; 2] = [V1, V2];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database to [`SCHEMA_VERSION`], each step in its own
/// transaction; refuses a database from a newer glossa.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), TermbaseError> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Migrates up to `target` (tests use it to build an old termbase).
pub(crate) fn migrate_to(conn: &mut Connection, target: i64) -> Result<(), TermbaseError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(TermbaseError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (version, sql) in (1..).zip(MIGRATIONS.iter()) {
        if version <= found || version > target {
            continue;
        }
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}
