//! `list` and `lookup`: terms as flat rows.

use std::collections::BTreeSet;

use glossa_glossary::Status;
use rusqlite::{Connection, Row, params};

use crate::error::TermbaseError;
use crate::fold::FoldClass;

/// One term as `glossa glossary list` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedTerm {
    /// Concept id.
    pub concept: String,
    /// Language tag.
    pub lang: String,
    /// Normative status.
    pub status: Status,
    /// Allowed only as a quoted mention.
    pub mention_only: bool,
    /// The term.
    pub term: String,
}

/// `concept<TAB>lang<TAB>status<TAB>term`, with `+mention-only` appended to
/// the status where flagged.
pub fn format_list_line(t: &ListedTerm) -> String {
    let flag = if t.mention_only { "+mention-only" } else { "" };
    format!(
        "{}\t{}\t{}{flag}\t{}",
        t.concept,
        t.lang,
        t.status.as_str(),
        t.term
    )
}

const LIST_SELECT: &str = "SELECT c.id, t.lang, t.status, t.mention_only, t.text
     FROM term t JOIN concept c ON c.seq = t.concept_seq";
const LIST_ORDER: &str = "ORDER BY c.id, t.lang, t.text, t.status, t.pos";

fn listed(r: &Row<'_>) -> rusqlite::Result<(String, String, String, bool, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn to_listed(
    (concept, lang, status, mention_only, term): (String, String, String, bool, String),
) -> Result<ListedTerm, TermbaseError> {
    Ok(ListedTerm {
        concept,
        lang,
        status: Status::parse(&status).ok_or(TermbaseError::Corrupt {
            what: "status",
            value: status,
        })?,
        mention_only,
        term,
    })
}

/// Every term, sorted by concept id, language, term.
pub(crate) fn list(conn: &Connection) -> Result<Vec<ListedTerm>, TermbaseError> {
    let mut stmt = conn.prepare_cached(&format!("{LIST_SELECT} {LIST_ORDER}"))?;
    let rows = stmt.query_map([], listed)?;
    rows.map(|r| to_listed(r?)).collect()
}

/// Every term of each concept that has a term containing `query` (folded
/// per language), sorted like [`list`].
pub(crate) fn lookup(conn: &Connection, query: &str) -> Result<Vec<ListedTerm>, TermbaseError> {
    let needles = FoldClass::ALL.map(|class| class.fold(query));
    if needles.iter().any(String::is_empty) {
        return Ok(Vec::new());
    }
    let seqs = matching_concepts(conn, &needles)?;
    if seqs.is_empty() {
        return Ok(Vec::new());
    }
    let json = format!(
        "[{}]",
        seqs.iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut stmt = conn.prepare_cached(&format!(
        "{LIST_SELECT} WHERE t.concept_seq IN (SELECT value FROM json_each(?1)) {LIST_ORDER}"
    ))?;
    let rows = stmt.query_map([json], listed)?;
    rows.map(|r| to_listed(r?)).collect()
}

/// Concept seqs with a matching term. Queries of three characters or more
/// go through the FTS5 trigram index; shorter ones (`平和`, `ı`) scan the
/// folded column. Candidates are checked against the fold of their own
/// language either way.
fn matching_concepts(
    conn: &Connection,
    needles: &[String; 3],
) -> Result<BTreeSet<i64>, TermbaseError> {
    let mut out = BTreeSet::new();
    let mut distinct: Vec<&str> = needles.iter().map(String::as_str).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let short = distinct.iter().any(|n| n.chars().count() < 3);
    let mut stmt = if short {
        conn.prepare_cached(
            "SELECT concept_seq, lang, folded FROM term
             WHERE instr(folded, ?1) > 0 OR instr(folded, ?2) > 0 OR instr(folded, ?3) > 0",
        )?
    } else {
        conn.prepare_cached(
            "SELECT t.concept_seq, t.lang, t.folded
             FROM term_fts JOIN term t ON t.id = term_fts.rowid
             WHERE term_fts MATCH ?1",
        )?
    };
    let mut rows = if short {
        stmt.query(params![needles[0], needles[1], needles[2]])?
    } else {
        let fts = distinct
            .iter()
            .map(|n| format!("\"{}\"", n.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" OR ");
        stmt.query([fts])?
    };
    while let Some(r) = rows.next()? {
        let lang = r.get_ref(1)?.as_str().unwrap_or_default();
        let class = FoldClass::of(lang);
        let Some(i) = FoldClass::ALL.iter().position(|c| *c == class) else {
            continue;
        };
        let folded = r.get_ref(2)?.as_str().unwrap_or_default();
        if folded.contains(needles[i].as_str()) {
            out.insert(r.get(0)?);
        }
    }
    Ok(out)
}
