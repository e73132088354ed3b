//! The long layout: `concept, lang, status, term`, one term per row (the
//! output of `glossa glossary list` and the harness's `glossary.tsv`).

use std::collections::HashMap;

use super::Row;
use super::cells::apply_status_token;
use crate::error::{ErrorKind, GlossaryError};
use crate::model::{Concept, Glossary, Status, Term};

const HEADER: [&str; 4] = ["concept", "lang", "status", "term"];

/// True when the header names the long layout's four columns.
pub(super) fn is_long_header(fields: &[String]) -> bool {
    fields.len() == HEADER.len()
        && fields
            .iter()
            .zip(HEADER)
            .all(|(f, h)| f.trim().eq_ignore_ascii_case(h))
}

/// Reads the rows after the header. Concepts keep the order of their first
/// row; an empty status gives the default (first term of a language in the
/// concept preferred, later ones admitted).
pub(super) fn read(body: &[Row]) -> Result<Glossary, GlossaryError> {
    let mut glossary = Glossary::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in body {
        let at = |kind| GlossaryError::at_line(row.line, kind);
        let [concept_id, lang, status, text] = row.fields.as_slice() else {
            return Err(at(ErrorKind::Invalid(format!(
                "{} fields, expected 4 (concept, lang, status, term)",
                row.fields.len()
            ))));
        };
        let concept_id = concept_id.trim();
        let lang = lang.trim();
        if concept_id.is_empty() {
            return Err(at(ErrorKind::MissingField("concept".into())));
        }
        if lang.is_empty() {
            return Err(at(ErrorKind::MissingField("lang".into())));
        }
        let text = text.trim();
        if text.is_empty() {
            return Err(at(ErrorKind::EmptyTerm(concept_id.to_string())));
        }
        let i = *index.entry(concept_id.to_string()).or_insert_with(|| {
            glossary.concepts.push(Concept {
                id: concept_id.to_string(),
                line: row.line,
                ..Concept::default()
            });
            glossary.concepts.len() - 1
        });
        let concept = &mut glossary.concepts[i];
        let mut term = Term::new(lang, text, Status::Preferred);
        term.line = row.line;
        let explicit = apply_status_token(status, &mut term).map_err(at)?;
        let first_in_lang = !concept.terms.iter().any(|t| t.lang == lang);
        term.status = explicit.unwrap_or(if first_in_lang {
            Status::Preferred
        } else {
            Status::Admitted
        });
        concept.terms.push(term);
        if !glossary.languages.iter().any(|l| l == lang) {
            glossary.languages.push(lang.to_string());
        }
    }
    Ok(glossary)
}
