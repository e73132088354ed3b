//! Reading the whole glossary back from the tables.

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

    let mut seqs = SeqIndex::default();
    let mut stmt = conn.prepare_cached(
        "SELECT seq, id, domain, definition, note, line FROM concept ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        seqs.seqs.push(r.get(0)?);
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
        if let Some(i) = seqs.find(r.get(0)?) {
            g.concepts[i].related.push(r.get(1)?);
        }
    }
    load_terms(conn, &mut g, &mut seqs)?;
    Ok(g)
}

/// Concept seqs in load order (ascending), to find a concept's index.
#[derive(Default)]
struct SeqIndex {
    seqs: Vec<i64>,
    last: Option<(i64, usize)>,
}

impl SeqIndex {
    /// The index of the concept with this seq; rows of one concept come
    /// together, so the last answer is tried first.
    fn find(&mut self, seq: i64) -> Option<usize> {
        if let Some((s, i)) = self.last
            && s == seq
        {
            return Some(i);
        }
        let i = self.seqs.binary_search(&seq).ok()?;
        self.last = Some((seq, i));
        Some(i)
    }
}

/// Where a loaded term went, in term id order.
struct Placed {
    id: i64,
    concept: usize,
    index: usize,
    pos: i64,
}

/// Reads the terms in table order (a sequential scan, faster than walking
/// the `(concept_seq, pos)` index). A concept's terms are inserted together
/// in `pos` order, so id order is `pos` order; a concept where it is not
/// gets sorted at the end.
fn load_terms(
    conn: &Connection,
    g: &mut Glossary,
    seqs: &mut SeqIndex,
) -> Result<(), TermbaseError> {
    let mut placed: Vec<Placed> = Vec::new();
    let mut unsorted: Vec<usize> = Vec::new();
    let mut last_pos = vec![i64::MIN; g.concepts.len()];
    let mut stmt = conn.prepare_cached(
        "SELECT id, concept_seq, pos, lang, text, status, mention_only, part_of_speech,
                case_sensitive, match_mode, framing, note, line
         FROM term ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(ci) = seqs.find(r.get(1)?) else {
            continue;
        };
        let status = text_ref(r, 5, "status")?;
        let match_mode = text_ref(r, 9, "match mode")?;
        let term = Term {
            lang: r.get(3)?,
            text: r.get(4)?,
            status: Status::parse(status).ok_or_else(|| TermbaseError::Corrupt {
                what: "status",
                value: status.to_string(),
            })?,
            mention_only: r.get(6)?,
            pos: r.get(7)?,
            case_sensitive: r.get(8)?,
            match_mode: parse_match_mode(match_mode).ok_or_else(|| TermbaseError::Corrupt {
                what: "match mode",
                value: match_mode.to_string(),
            })?,
            forms: Vec::new(),
            framing: r.get(10)?,
            note: r.get(11)?,
            line: to_usize(r.get(12)?),
        };
        let pos: i64 = r.get(2)?;
        let terms = &mut g.concepts[ci].terms;
        if pos < last_pos[ci] && !unsorted.contains(&ci) {
            unsorted.push(ci);
        }
        last_pos[ci] = last_pos[ci].max(pos);
        placed.push(Placed {
            id: r.get(0)?,
            concept: ci,
            index: terms.len(),
            pos,
        });
        terms.push(term);
    }
    attach_forms(conn, g, &placed)?;
    for ci in unsorted {
        let mut keyed: Vec<(i64, Term)> = placed
            .iter()
            .filter(|p| p.concept == ci)
            .map(|p| p.pos)
            .zip(std::mem::take(&mut g.concepts[ci].terms))
            .collect();
        keyed.sort_by_key(|(pos, _)| *pos);
        g.concepts[ci].terms = keyed.into_iter().map(|(_, t)| t).collect();
    }
    Ok(())
}

/// Forms come in term id order, like `placed`: a merge join.
fn attach_forms(
    conn: &Connection,
    g: &mut Glossary,
    placed: &[Placed],
) -> Result<(), TermbaseError> {
    let mut stmt =
        conn.prepare_cached("SELECT term_id, form FROM term_form ORDER BY term_id, pos")?;
    let mut rows = stmt.query([])?;
    let mut next = 0;
    while let Some(r) = rows.next()? {
        let term_id: i64 = r.get(0)?;
        while next < placed.len() && placed[next].id < term_id {
            next += 1;
        }
        if let Some(p) = placed.get(next).filter(|p| p.id == term_id) {
            g.concepts[p.concept].terms[p.index].forms.push(r.get(1)?);
        }
    }
    Ok(())
}

/// A TEXT column without copying it.
fn text_ref<'r>(
    r: &'r rusqlite::Row<'_>,
    i: usize,
    what: &'static str,
) -> Result<&'r str, TermbaseError> {
    r.get_ref(i)?.as_str().map_err(|e| TermbaseError::Corrupt {
        what,
        value: e.to_string(),
    })
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
