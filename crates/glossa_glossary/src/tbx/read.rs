//! Reading TBX: TBX-Basic 2019 (`tbx`/`conceptEntry`/`langSec`/`termSec`)
//! and TBX 2008 (`martif`/`termEntry`/`langSet`/`tig`/`ntig`).

use std::collections::HashMap;

use super::dom::{LineMap, Node, parse_dom};
use super::{EXT_PREFIX, P_DEFAULT_STYLE, P_ID, P_LANGUAGES, P_SOURCE_LANGUAGE};
use super::{P_STYLE_DESCRIPTION, P_STYLE_FRAMING, P_STYLE_ID};
use crate::error::{ErrorKind, GlossaryError};
use crate::model::{Concept, Glossary, MatchMode, Status, Style, Term};

/// Reads a TBX document (TBX-Basic 2019 or TBX 2008) into a glossary.
///
/// Never expands entities: a DOCTYPE that declares entities is refused, and
/// only the five predefined entities and character references are resolved.
pub fn from_tbx_str(text: &str) -> Result<Glossary, GlossaryError> {
    let root = parse_dom(text)?;
    let lines = LineMap::new(text);
    if !matches!(root.name.as_str(), "tbx" | "martif") {
        return Err(lines.error(
            root.pos,
            ErrorKind::Syntax(format!(
                "not a TBX file: the root element is <{}>, expected <tbx> or <martif>",
                root.name
            )),
        ));
    }
    let mut glossary = Glossary::default();
    let mut header = Header::default();
    if let Some(h) = root.child(&["tbxHeader", "martifHeader"]) {
        read_header(h, &mut header);
    }
    glossary.id = header.id.unwrap_or_default();
    glossary.title = header.title.or(header.fallback_title).unwrap_or_default();
    glossary.source_language = header.source_language;
    glossary.default_style = header.default_style;
    glossary.styles = header.styles;

    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut langs_seen: Vec<String> = Vec::new();
    if let Some(body) = root.child(&["text"]).and_then(|t| t.child(&["body"])) {
        for entry in body.elements() {
            if !matches!(entry.name.as_str(), "conceptEntry" | "termEntry") {
                continue;
            }
            let concept = read_concept(entry, &lines)?;
            if let Some(&first_line) = seen.get(&concept.id) {
                return Err(lines.error(
                    entry.pos,
                    ErrorKind::DuplicateConcept {
                        id: concept.id,
                        first_line,
                    },
                ));
            }
            seen.insert(concept.id.clone(), concept.line);
            for term in &concept.terms {
                if !langs_seen.contains(&term.lang) {
                    langs_seen.push(term.lang.clone());
                }
            }
            glossary.concepts.push(concept);
        }
    }
    glossary.languages = header.languages.unwrap_or(langs_seen);
    Ok(glossary)
}

#[derive(Default)]
struct Header {
    id: Option<String>,
    title: Option<String>,
    fallback_title: Option<String>,
    languages: Option<Vec<String>>,
    source_language: Option<String>,
    default_style: Option<String>,
    styles: Vec<Style>,
}

fn read_header(header: &Node, out: &mut Header) {
    let Some(file_desc) = header.child(&["fileDesc"]) else {
        return;
    };
    if let Some(title) = file_desc
        .child(&["titleStmt"])
        .and_then(|t| t.child(&["title"]))
    {
        out.title = Some(title.text());
    }
    for source in file_desc.elements().filter(|e| e.name == "sourceDesc") {
        let mut style: Option<Style> = None;
        for p in source.elements().filter(|e| e.name == "p") {
            let value = p.text();
            match p.attr("type").unwrap_or_default() {
                P_ID => out.id = Some(value),
                P_LANGUAGES => {
                    out.languages = Some(value.split_whitespace().map(str::to_string).collect());
                }
                P_SOURCE_LANGUAGE => out.source_language = Some(value),
                P_DEFAULT_STYLE => out.default_style = Some(value),
                P_STYLE_ID => style.get_or_insert_with(Style::default).id = value,
                P_STYLE_FRAMING => style.get_or_insert_with(Style::default).framing = value,
                P_STYLE_DESCRIPTION => {
                    style.get_or_insert_with(Style::default).description = value;
                }
                _ => {
                    if out.fallback_title.is_none() && !value.is_empty() {
                        out.fallback_title = Some(value);
                    }
                }
            }
        }
        out.styles.extend(style);
    }
}

fn read_concept(entry: &Node, lines: &LineMap<'_>) -> Result<Concept, GlossaryError> {
    let id = entry
        .attr("id")
        .filter(|id| !id.trim().is_empty())
        .ok_or_else(|| lines.error(entry.pos, ErrorKind::MissingField("id".into())))?;
    let mut concept = Concept {
        id: id.trim().to_string(),
        line: lines.line(entry.pos),
        ..Concept::default()
    };
    let mut notes: Vec<String> = Vec::new();
    let mut lang_definition: Option<String> = None;
    let mut pending: Vec<PendingTerm> = Vec::new();
    for child in entry.elements() {
        match child.name.as_str() {
            "langSec" | "langSet" => {
                let lang = child
                    .attr("xml:lang")
                    .or_else(|| child.attr("lang"))
                    .filter(|l| !l.trim().is_empty())
                    .ok_or_else(|| {
                        lines.error(child.pos, ErrorKind::MissingField("xml:lang".into()))
                    })?;
                read_lang_sec(
                    child,
                    lang.trim(),
                    lines,
                    &mut pending,
                    &mut lang_definition,
                )?;
            }
            _ => read_concept_info(child, &mut concept, &mut notes),
        }
    }
    if concept.definition.is_none() {
        concept.definition = lang_definition;
    }
    if !notes.is_empty() {
        concept.note = Some(notes.join("\n"));
    }
    concept.terms = resolve_statuses(pending);
    Ok(concept)
}

/// Concept-level data categories (also inside `descripGrp`).
fn read_concept_info(node: &Node, concept: &mut Concept, notes: &mut Vec<String>) {
    match node.name.as_str() {
        "descrip" => match node.attr("type").unwrap_or_default() {
            "subjectField" if concept.domain.is_none() => concept.domain = Some(node.text()),
            "definition" if concept.definition.is_none() => {
                concept.definition = Some(node.text());
            }
            _ => {}
        },
        "descripGrp" => {
            for inner in node.elements() {
                read_concept_info(inner, concept, notes);
            }
        }
        "note" => notes.push(node.text()),
        "ref" | "xref" if node.attr("type") == Some("crossReference") => {
            let text = node.text();
            let target = if text.is_empty() {
                node.attr("target").unwrap_or_default().trim().to_string()
            } else {
                text
            };
            if !target.is_empty() {
                concept.related.push(target);
            }
        }
        _ => {}
    }
}

fn read_lang_sec(
    sec: &Node,
    lang: &str,
    lines: &LineMap<'_>,
    pending: &mut Vec<PendingTerm>,
    definition: &mut Option<String>,
) -> Result<(), GlossaryError> {
    for child in sec.elements() {
        match child.name.as_str() {
            "termSec" | "tig" | "ntig" => pending.push(read_term_sec(child, lang, lines)?),
            "descrip" if child.attr("type") == Some("definition") && definition.is_none() => {
                *definition = Some(child.text());
            }
            "descripGrp" => {
                if let Some(d) = child
                    .elements()
                    .find(|d| d.name == "descrip" && d.attr("type") == Some("definition"))
                    && definition.is_none()
                {
                    *definition = Some(d.text());
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// A term whose status may still be unknown (foreign TBX without
/// `administrativeStatus`).
struct PendingTerm {
    term: Term,
    status: Option<Status>,
    forbidden: bool,
}

fn read_term_sec(
    sec: &Node,
    lang: &str,
    lines: &LineMap<'_>,
) -> Result<PendingTerm, GlossaryError> {
    let mut term = Term::new(lang, "", Status::Preferred);
    term.line = lines.line(sec.pos);
    let mut pending = PendingTerm {
        term,
        status: None,
        forbidden: false,
    };
    let mut notes: Vec<String> = Vec::new();
    let mut pos_override: Option<String> = None;
    let mut found_term = false;
    // `ntig` wraps `term` and its `termNote`s in a `termGrp`.
    let flattened = sec.elements().flat_map(|e| {
        if e.name == "termGrp" {
            e.elements().collect::<Vec<_>>()
        } else {
            vec![e]
        }
    });
    for child in flattened {
        match child.name.as_str() {
            "term" => {
                pending.term.text = child.text();
                found_term = true;
            }
            "termNote" | "termNoteGrp" => {
                let note = if child.name == "termNoteGrp" {
                    match child.child(&["termNote"]) {
                        Some(n) => n,
                        None => continue,
                    }
                } else {
                    child
                };
                read_term_note(note, &mut pending, &mut notes, lines)?;
            }
            "note" => {
                let text = child.text();
                match text.strip_prefix(EXT_PREFIX) {
                    Some(ext) => {
                        read_extension(ext, &mut pending, &mut pos_override)
                            .map_err(|kind| lines.error(child.pos, kind))?;
                    }
                    None => notes.push(text),
                }
            }
            _ => {}
        }
    }
    if !found_term {
        return Err(lines.error(sec.pos, ErrorKind::MissingField("term".into())));
    }
    if pos_override.is_some() {
        pending.term.pos = pos_override;
    }
    if !notes.is_empty() {
        pending.term.note = Some(notes.join("\n"));
    }
    Ok(pending)
}

fn read_term_note(
    note: &Node,
    pending: &mut PendingTerm,
    notes: &mut Vec<String>,
    lines: &LineMap<'_>,
) -> Result<(), GlossaryError> {
    let value = note.text();
    match note.attr("type").unwrap_or_default() {
        "administrativeStatus" => {
            let status = status_from_tbx(&value)
                .ok_or_else(|| lines.error(note.pos, ErrorKind::UnknownStatus(value.clone())))?;
            pending.status = Some(status);
        }
        "normativeAuthorization" => {
            if matches!(
                value.as_str(),
                "forbidden" | "forbiddenTerm" | "forbiddenTerm-admn-sts"
            ) {
                pending.forbidden = true;
            }
        }
        "usageNote" => {
            if value == "mention-only" {
                pending.term.mention_only = true;
            } else {
                notes.push(value);
            }
        }
        "partOfSpeech" => pending.term.pos = Some(value),
        _ => {}
    }
    Ok(())
}

/// Maps an `administrativeStatus` value (TBX 2019 and 2008 spellings).
fn status_from_tbx(value: &str) -> Option<Status> {
    match value {
        "preferredTerm-admn-sts" | "preferred" => Some(Status::Preferred),
        "admittedTerm-admn-sts" | "admitted" => Some(Status::Admitted),
        "deprecatedTerm-admn-sts" | "supersededTerm-admn-sts" | "deprecated" | "superseded" => {
            Some(Status::Deprecated)
        }
        "forbidden" => Some(Status::Forbidden),
        _ => None,
    }
}

/// One `glossa:` extension note (the prefix already removed).
fn read_extension(
    ext: &str,
    pending: &mut PendingTerm,
    pos: &mut Option<String>,
) -> Result<(), ErrorKind> {
    let (key, value) = match ext.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (ext, None),
    };
    let term = &mut pending.term;
    match (key, value) {
        ("mention-only", None) => term.mention_only = true,
        ("forbidden", None) => pending.forbidden = true,
        ("case-sensitive", None) => term.case_sensitive = true,
        ("match", Some("morph")) => term.match_mode = MatchMode::Morph,
        ("match", Some("exact")) => term.match_mode = MatchMode::Exact,
        ("match", Some("regex")) => term.match_mode = MatchMode::Regex,
        ("form", Some(v)) => term.forms.push(v.to_string()),
        ("framing", Some(v)) => term.framing = Some(v.to_string()),
        ("pos", Some(v)) => *pos = Some(v.to_string()),
        _ => return Err(ErrorKind::UnknownKey(format!("{EXT_PREFIX}{ext}"))),
    }
    Ok(())
}

/// Applies the forbidden flag and the default status rule: a term without a
/// status is preferred when it is the first term of its language in the
/// concept, admitted otherwise.
fn resolve_statuses(pending: Vec<PendingTerm>) -> Vec<Term> {
    let mut langs_with_term: Vec<String> = Vec::new();
    pending
        .into_iter()
        .map(|p| {
            let mut term = p.term;
            let first_in_lang = !langs_with_term.contains(&term.lang);
            if first_in_lang {
                langs_with_term.push(term.lang.clone());
            }
            term.status = if p.forbidden {
                Status::Forbidden
            } else {
                p.status.unwrap_or(if first_in_lang {
                    Status::Preferred
                } else {
                    Status::Admitted
                })
            };
            term
        })
        .collect()
}
