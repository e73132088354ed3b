//! Writing a glossary into the tables (inside the caller's transaction).

use std::collections::HashSet;

use glossa_glossary::{Concept, Glossary, MatchMode, Term};
use rusqlite::{OptionalExtension, Transaction, params};

use crate::error::TermbaseError;
use crate::fold::fold;

/// How an import treats what the termbase already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ImportMode {
    /// Keep other concepts; a concept with an existing id is replaced whole
    /// (it keeps its place in the concept order). Header fields the
    /// imported glossary sets overwrite the stored ones, languages are
    /// united, styles are replaced by id.
    #[default]
    Merge,
    /// Empty the termbase first.
    Replace,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportStats {
    /// Concepts that were not in the termbase.
    pub added: usize,
    /// Concepts that replaced one with the same id.
    pub replaced: usize,
    /// Terms written.
    pub terms: usize,
}

pub(crate) const META_ID: &str = "id";
pub(crate) const META_TITLE: &str = "title";
pub(crate) const META_LANGUAGES: &str = "languages";
pub(crate) const META_SOURCE_LANGUAGE: &str = "source_language";
pub(crate) const META_DEFAULT_STYLE: &str = "default_style";
/// Present only inside a bulk import (see the v2 schema).
const META_FTS_BULK: &str = "fts_bulk";

/// Writes `g` into the termbase. The caller commits.
pub(crate) fn import(
    tx: &Transaction<'_>,
    g: &Glossary,
    mode: ImportMode,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportStats, TermbaseError> {
    let mut ids = HashSet::new();
    for c in &g.concepts {
        if !ids.insert(c.id.as_str()) {
            return Err(TermbaseError::DuplicateConcept(c.id.clone()));
        }
    }
    let bulk = is_bulk(tx, g, mode)?;
    if mode == ImportMode::Replace {
        tx.execute_batch("DELETE FROM style; DELETE FROM meta;")?;
    }
    if bulk {
        set_meta(tx, META_FTS_BULK, "1")?;
    }
    if mode == ImportMode::Replace {
        tx.execute_batch("DELETE FROM concept;")?;
    }
    write_header(tx, g)?;
    let mut stats = ImportStats::default();
    for (i, concept) in g.concepts.iter().enumerate() {
        let old_seq: Option<i64> = if mode == ImportMode::Merge {
            tx.prepare_cached("SELECT seq FROM concept WHERE id = ?1")?
                .query_row([&concept.id], |r| r.get(0))
                .optional()?
        } else {
            None
        };
        if let Some(seq) = old_seq {
            tx.prepare_cached("DELETE FROM concept WHERE seq = ?1")?
                .execute([seq])?;
            stats.replaced += 1;
        } else {
            stats.added += 1;
        }
        stats.terms +=
            write_concept(tx, concept, old_seq).map_err(|source| TermbaseError::Concept {
                id: concept.id.clone(),
                source,
            })?;
        progress(i + 1);
    }
    if bulk {
        tx.execute("DELETE FROM meta WHERE key = ?1", [META_FTS_BULK])?;
        tx.execute_batch("INSERT INTO term_fts(term_fts) VALUES ('rebuild');")?;
    }
    Ok(stats)
}

/// Whether to rebuild the lookup index once at the end instead of row by
/// row: always on replace, and on a merge that writes at least an eighth of
/// the terms the termbase will hold (a rebuild costs about an eighth of a
/// row-by-row update per term).
fn is_bulk(tx: &Transaction<'_>, g: &Glossary, mode: ImportMode) -> Result<bool, TermbaseError> {
    if mode == ImportMode::Replace {
        return Ok(true);
    }
    let stored: i64 = tx.query_row("SELECT count(*) FROM term", [], |r| r.get(0))?;
    let stored = usize::try_from(stored).unwrap_or(usize::MAX);
    let imported: usize = g.concepts.iter().map(|c| c.terms.len()).sum();
    Ok(imported.saturating_mul(8) >= stored.saturating_add(imported))
}

fn set_meta(tx: &Transaction<'_>, key: &str, value: &str) -> Result<(), TermbaseError> {
    tx.prepare_cached(
        "INSERT INTO meta(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])?;
    Ok(())
}

fn get_meta(tx: &Transaction<'_>, key: &str) -> Result<Option<String>, TermbaseError> {
    Ok(tx
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// Header fields: set ones overwrite, languages are united.
fn write_header(tx: &Transaction<'_>, g: &Glossary) -> Result<(), TermbaseError> {
    let had_header = get_meta(tx, META_LANGUAGES)?.is_some();
    if !g.id.is_empty() || !had_header {
        set_meta(tx, META_ID, &g.id)?;
    }
    if !g.title.is_empty() || !had_header {
        set_meta(tx, META_TITLE, &g.title)?;
    }
    let mut languages: Vec<String> = get_meta(tx, META_LANGUAGES)?
        .map(|s| split_languages(&s))
        .unwrap_or_default();
    for l in &g.languages {
        if !languages.contains(l) {
            languages.push(l.clone());
        }
    }
    set_meta(tx, META_LANGUAGES, &languages.join("\n"))?;
    if let Some(l) = &g.source_language {
        set_meta(tx, META_SOURCE_LANGUAGE, l)?;
    }
    if let Some(s) = &g.default_style {
        set_meta(tx, META_DEFAULT_STYLE, s)?;
    }
    for style in &g.styles {
        tx.prepare_cached(
            "INSERT INTO style(id, description, framing) VALUES (?1, ?2, ?3)
             ON CONFLICT(id) DO UPDATE
             SET description = excluded.description, framing = excluded.framing",
        )?
        .execute([&style.id, &style.description, &style.framing])?;
    }
    Ok(())
}

/// The stored language list (one tag per line).
pub(crate) fn split_languages(s: &str) -> Vec<String> {
    s.lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Inserts one concept (at `seq` when it replaces one); returns its term count.
fn write_concept(tx: &Transaction<'_>, c: &Concept, seq: Option<i64>) -> rusqlite::Result<usize> {
    tx.prepare_cached(
        "INSERT INTO concept(seq, id, domain, definition, note, line)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        seq,
        c.id,
        c.domain,
        c.definition,
        c.note,
        i64::try_from(c.line).unwrap_or(0)
    ])?;
    let seq = tx.last_insert_rowid();
    for (pos, target) in (0_i64..).zip(&c.related) {
        tx.prepare_cached("INSERT INTO related(concept_seq, pos, target) VALUES (?1, ?2, ?3)")?
            .execute(params![seq, pos, target])?;
    }
    for (pos, t) in (0_i64..).zip(&c.terms) {
        write_term(tx, seq, pos, t)?;
    }
    Ok(c.terms.len())
}

fn write_term(tx: &Transaction<'_>, seq: i64, pos: i64, t: &Term) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO term(concept_seq, pos, lang, text, status, mention_only, part_of_speech,
                          case_sensitive, match_mode, framing, note, line, folded)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        seq,
        pos,
        t.lang,
        t.text,
        t.status.as_str(),
        t.mention_only,
        t.pos,
        t.case_sensitive,
        match_mode_str(t.match_mode),
        t.framing,
        t.note,
        i64::try_from(t.line).unwrap_or(0),
        fold(&t.text, &t.lang),
    ])?;
    let term_id = tx.last_insert_rowid();
    for (pos, form) in (0_i64..).zip(&t.forms) {
        tx.prepare_cached("INSERT INTO term_form(term_id, pos, form) VALUES (?1, ?2, ?3)")?
            .execute(params![term_id, pos, form])?;
    }
    Ok(())
}

pub(crate) fn match_mode_str(m: MatchMode) -> &'static str {
    match m {
        MatchMode::Morph => "morph",
        MatchMode::Exact => "exact",
        MatchMode::Regex => "regex",
    }
}
