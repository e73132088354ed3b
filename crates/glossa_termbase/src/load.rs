//! Reading the whole glossary back from the tables.

use std::collections::HashMap;

use glossa_glossary::{Concept, Glossary, MatchMode, Status, Style, Term};
use rusqlite::Connection;

use crate::error::TermbaseError;
use crate::store::{
    META_DEFAULT_STYLE, META_ID, META_LANGUAGES, META_SOURCE_LANGUAGE, META_TITLE, split_languages,
};

/// Loads every table into a [`Glossary`], in stored order.
pub(crate) fn load(conn: &Connection) -> Result<Glossary, TermbaseError> {
    let mut g = Glossary::default();
    let mut stmt = conn.prepare_cached("SELECT key, value FROM meta")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let key: String = r.get(0)?;
        let value: String = r.get(1)?;
        match key.as_str() {
            META_ID => g.id = value,
            META_TITLE => g.title = value,
            META_LANGUAGES => g.languages = split_languages(&value),
            META_SOURCE_LANGUAGE => g.source_language = Some(value),
            META_DEFAULT_STYLE => g.default_style = Some(value),
            _ => {}
        }
    }
    let mut stmt =
        conn.prepare_cached("SELECT id, description, framing FROM style ORDER BY seq")?;
    g.styles = stmt
        .query_map([], |r| {
            Ok(Style {
                id: r.get(0)?,
                description: r.get(1)?,
                framing: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;

    let mut index: HashMap<i64, usize> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT seq, id, domain, definition, note, line FROM concept ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        index.insert(r.get(0)?, g.concepts.len());
        g.concepts.push(Concept {
            id: r.get(1)?,
            domain: r.get(2)?,
            definition: r.get(3)?,
            note: r.get(4)?,
            related: Vec::new(),
            terms: Vec::new(),
            line: to_usize(r.get(5)?),
        });
    }
    let mut stmt =
        conn.prepare_cached("SELECT concept_seq, target FROM related ORDER BY concept_seq, pos")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            g.concepts[i].related.push(r.get(1)?);
        }
    }
    load_terms(conn, &mut g, &index)?;
    Ok(g)
}

fn load_terms(
    conn: &Connection,
    g: &mut Glossary,
    index: &HashMap<i64, usize>,
) -> Result<(), TermbaseError> {
    // term id → (concept index, term index), for the forms.
    let mut where_is: HashMap<i64, (usize, usize)> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, concept_seq, lang, text, status, mention_only, part_of_speech,
                case_sensitive, match_mode, framing, note, line
         FROM term ORDER BY concept_seq, pos",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(&ci) = index.get(&r.get::<_, i64>(1)?) else {
            continue;
        };
        let status: String = r.get(4)?;
        let match_mode: String = r.get(8)?;
        let term = Term {
            lang: r.get(2)?,
            text: r.get(3)?,
            status: Status::parse(&status).ok_or(TermbaseError::Corrupt {
                what: "status",
                value: status,
            })?,
            mention_only: r.get(5)?,
            pos: r.get(6)?,
            case_sensitive: r.get(7)?,
            match_mode: parse_match_mode(&match_mode).ok_or(TermbaseError::Corrupt {
                what: "match mode",
                value: match_mode,
            })?,
            forms: Vec::new(),
            framing: r.get(9)?,
            note: r.get(10)?,
            line: to_usize(r.get(11)?),
        };
        let terms = &mut g.concepts[ci].terms;
        where_is.insert(r.get(0)?, (ci, terms.len()));
        terms.push(term);
    }
    let mut stmt =
        conn.prepare_cached("SELECT term_id, form FROM term_form ORDER BY term_id, pos")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(&(ci, ti)) = where_is.get(&r.get::<_, i64>(0)?) {
            g.concepts[ci].terms[ti].forms.push(r.get(1)?);
        }
    }
    Ok(())
}

fn parse_match_mode(s: &str) -> Option<MatchMode> {
    match s {
        "morph" => Some(MatchMode::Morph),
        "exact" => Some(MatchMode::Exact),
        "regex" => Some(MatchMode::Regex),
        _ => None,
    }
}

fn to_usize(v: i64) -> usize {
    usize::try_from(v).unwrap_or(0)
}
