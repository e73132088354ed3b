//! The wide layout: one row per concept, columns per language.

use std::collections::HashMap;

use glossa_text::Lang;

use super::Row;
use super::cells::{
    apply_status_token, csv_quote, escape, split_raw, status_token, tsv_escape, unescape,
};
use crate::error::{ErrorKind, GlossaryError};
use crate::model::{Concept, Glossary, Status, Term};

/// What a header column holds.
#[derive(Debug, Clone, PartialEq)]
enum Column {
    Id,
    Domain,
    Definition,
    Note,
    Related,
    Terms(String),
    Statuses(String),
    Forms(String),
    TermNotes(String),
}

/// Classifies a header cell. `id` names the concept id column unless one
/// was already seen (`concept`), so that `id` can also be Indonesian.
fn classify(
    name: &str,
    have_id: bool,
    line: usize,
    column: usize,
) -> Result<Column, GlossaryError> {
    let name = name.trim();
    let lower = name.to_lowercase();
    let fixed = match lower.as_str() {
        "concept" => Some(Column::Id),
        "id" if !have_id => Some(Column::Id),
        "domain" => Some(Column::Domain),
        "definition" => Some(Column::Definition),
        "note" => Some(Column::Note),
        "related" => Some(Column::Related),
        _ => None,
    };
    if let Some(c) = fixed {
        return Ok(c);
    }
    let err = |kind| GlossaryError { line, column, kind };
    let (lang, make): (&str, fn(String) -> Column) = if let Some(l) = name.strip_suffix("-status") {
        (l, Column::Statuses)
    } else if let Some(l) = name.strip_suffix("-forms") {
        (l, Column::Forms)
    } else if let Some(l) = name.strip_suffix("-note") {
        (l, Column::TermNotes)
    } else {
        (name, Column::Terms)
    };
    if lang.is_empty() || Lang::parse(lang).is_err() {
        return Err(err(ErrorKind::UnknownKey(name.to_string())));
    }
    Ok(make(lang.to_string()))
}

/// Reads the wide layout.
pub(super) fn read(header: &Row, body: &[Row]) -> Result<Glossary, GlossaryError> {
    let mut columns = Vec::new();
    for (i, name) in header.fields.iter().enumerate() {
        let col = classify(name, columns.contains(&Column::Id), header.line, i + 1)?;
        if columns.contains(&col) {
            return Err(GlossaryError {
                line: header.line,
                column: i + 1,
                kind: ErrorKind::Invalid(format!("column `{}` appears twice", name.trim())),
            });
        }
        columns.push(col);
    }
    if !columns.contains(&Column::Id) {
        return Err(GlossaryError::at_line(
            header.line,
            ErrorKind::MissingField("id".into()),
        ));
    }
    let mut languages: Vec<String> = Vec::new();
    for c in &columns {
        if let Column::Terms(l) = c {
            languages.push(l.clone());
        }
    }
    for c in &columns {
        if let Column::Statuses(l) | Column::Forms(l) | Column::TermNotes(l) = c
            && !languages.contains(l)
        {
            return Err(GlossaryError::at_line(
                header.line,
                ErrorKind::MissingField(l.clone()),
            ));
        }
    }
    let mut glossary = Glossary {
        languages: languages.clone(),
        ..Glossary::default()
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in body {
        let concept = read_row(&columns, &languages, row)?;
        if let Some(&first_line) = seen.get(&concept.id) {
            return Err(GlossaryError::at_line(
                row.line,
                ErrorKind::DuplicateConcept {
                    id: concept.id,
                    first_line,
                },
            ));
        }
        seen.insert(concept.id.clone(), row.line);
        glossary.concepts.push(concept);
    }
    Ok(glossary)
}

/// The cells of one language in a row.
#[derive(Default)]
struct LangCells<'a> {
    terms: &'a str,
    statuses: &'a str,
    forms: &'a str,
    notes: &'a str,
}

fn read_row(columns: &[Column], languages: &[String], row: &Row) -> Result<Concept, GlossaryError> {
    let at = |kind| GlossaryError::at_line(row.line, kind);
    let mut concept = Concept {
        line: row.line,
        ..Concept::default()
    };
    let mut per_lang: Vec<LangCells<'_>> = languages.iter().map(|_| LangCells::default()).collect();
    let lang_index = |l: &String| languages.iter().position(|x| x == l).unwrap_or(0);
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    for (i, col) in columns.iter().enumerate() {
        let cell = row.fields.get(i).map_or("", String::as_str);
        match col {
            Column::Id => concept.id = cell.trim().to_string(),
            Column::Domain => concept.domain = opt(cell),
            Column::Definition => concept.definition = opt(cell),
            Column::Note => concept.note = opt(cell),
            Column::Related => {
                concept.related = split_raw(cell, '|')
                    .into_iter()
                    .map(|r| unescape(r).trim().to_string())
                    .filter(|r| !r.is_empty())
                    .collect();
            }
            Column::Terms(l) => per_lang[lang_index(l)].terms = cell,
            Column::Statuses(l) => per_lang[lang_index(l)].statuses = cell,
            Column::Forms(l) => per_lang[lang_index(l)].forms = cell,
            Column::TermNotes(l) => per_lang[lang_index(l)].notes = cell,
        }
    }
    if row.fields.len() > columns.len() {
        return Err(at(ErrorKind::Invalid(format!(
            "{} cells but the header has {} columns",
            row.fields.len(),
            columns.len()
        ))));
    }
    if concept.id.is_empty() {
        return Err(at(ErrorKind::MissingField("id".into())));
    }
    for (lang, cells) in languages.iter().zip(&per_lang) {
        read_lang_cells(&mut concept, lang, cells, row.line)?;
    }
    Ok(concept)
}

fn read_lang_cells(
    concept: &mut Concept,
    lang: &str,
    cells: &LangCells<'_>,
    line: usize,
) -> Result<(), GlossaryError> {
    let at = |kind| GlossaryError::at_line(line, kind);
    let texts = split_raw(cells.terms, '|');
    let count_check = |what: &str, n: usize| {
        if n == 0 || n == texts.len() {
            Ok(())
        } else {
            Err(at(ErrorKind::Invalid(format!(
                "`{lang}{what}` has {n} entries for {} terms",
                texts.len()
            ))))
        }
    };
    let statuses = split_raw(cells.statuses, '|');
    let forms = split_raw(cells.forms, '|');
    let notes = split_raw(cells.notes, '|');
    count_check("-status", statuses.len())?;
    count_check("-forms", forms.len())?;
    count_check("-note", notes.len())?;
    for (i, raw) in texts.iter().enumerate() {
        let text = unescape(raw).trim().to_string();
        if text.is_empty() {
            return Err(at(ErrorKind::EmptyTerm(concept.id.clone())));
        }
        let mut term = Term::new(lang, &text, Status::Preferred);
        term.line = line;
        let explicit = match statuses.get(i) {
            Some(token) => apply_status_token(token, &mut term).map_err(at)?,
            None => None,
        };
        term.status = explicit.unwrap_or(if i == 0 {
            Status::Preferred
        } else {
            Status::Admitted
        });
        if let Some(group) = forms.get(i) {
            term.forms = split_raw(group, ';')
                .into_iter()
                .map(unescape)
                .filter(|f| !f.is_empty())
                .collect();
        }
        if let Some(n) = notes.get(i) {
            let n = unescape(n);
            term.note = (!n.is_empty()).then_some(n);
        }
        concept.terms.push(term);
    }
    Ok(())
}

/// Writes the wide layout (see `docs/glossary-exchange.md`): terms grouped
/// by language in column order; `xx-forms` and `xx-note` columns appear only
/// for languages that use them.
pub fn to_csv_string<'a>(g: &'a Glossary, delimiter: u8) -> String {
    let delim = char::from(delimiter);
    let mut languages: Vec<&str> = g.languages.iter().map(String::as_str).collect();
    for t in g.concepts.iter().flat_map(|c| &c.terms) {
        if !languages.contains(&t.lang.as_str()) {
            languages.push(&t.lang);
        }
    }
    let in_lang = |c: &'a Concept, l: &str| -> Vec<&'a Term> {
        c.terms.iter().filter(|t| t.lang == l).collect()
    };
    let uses = |l: &str, f: fn(&Term) -> bool| {
        g.concepts
            .iter()
            .flat_map(|c| &c.terms)
            .any(|t| t.lang == l && f(t))
    };
    // With an Indonesian (`id`) column, the concept id column is `concept`.
    let id_column = if languages.iter().any(|l| l.eq_ignore_ascii_case("id")) {
        "concept"
    } else {
        "id"
    };
    let mut header: Vec<String> = [id_column, "domain", "definition", "note", "related"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut layout: Vec<(&str, bool, bool)> = Vec::new();
    for l in &languages {
        let forms = uses(l, |t| !t.forms.is_empty());
        let notes = uses(l, |t| t.note.is_some());
        header.push(l.to_string());
        header.push(format!("{l}-status"));
        if forms {
            header.push(format!("{l}-forms"));
        }
        if notes {
            header.push(format!("{l}-note"));
        }
        layout.push((l, forms, notes));
    }
    let mut out = String::new();
    push_row(&mut out, &header, delim);
    for c in &g.concepts {
        let related: Vec<String> = c.related.iter().map(|r| escape(r, &[])).collect();
        let mut row = vec![
            c.id.clone(),
            c.domain.clone().unwrap_or_default(),
            c.definition.clone().unwrap_or_default(),
            c.note.clone().unwrap_or_default(),
            related.join("|"),
        ];
        for &(l, forms, notes) in &layout {
            let terms = in_lang(c, l);
            row.push(join(&terms, |t| escape(&t.text, &[])));
            row.push(join(&terms, status_token));
            if forms {
                row.push(join(&terms, |t| {
                    t.forms
                        .iter()
                        .map(|f| escape(f, &[';']))
                        .collect::<Vec<_>>()
                        .join(";")
                }));
            }
            if notes {
                row.push(join(&terms, |t| {
                    t.note
                        .as_deref()
                        .map(|n| escape(n, &[]))
                        .unwrap_or_default()
                }));
            }
        }
        push_row(&mut out, &row, delim);
    }
    out
}

fn join(terms: &[&Term], f: impl Fn(&Term) -> String) -> String {
    terms.iter().map(|t| f(t)).collect::<Vec<_>>().join("|")
}

fn push_row(out: &mut String, fields: &[String], delim: char) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(delim);
        }
        if delim == '\t' {
            out.push_str(&tsv_escape(f));
        } else {
            out.push_str(&csv_quote(f, delim));
        }
    }
    out.push('\n');
}
