//! Reading and writing glossaries in glossa's TOML format
//! (schema: `docs/glossary-format.md`).
//!
//! Reading keeps positions: every concept and term gets the 1-based line it
//! was defined on, and every error (syntax, unknown key, wrong type, unknown
//! status, and the error-level findings of [`crate::validate`]) carries its
//! line and column.

use std::fmt::Write as _;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::error::{ErrorKind, GlossaryError};
use crate::model::{Concept, Glossary, MatchMode, Status, Style, Term};
use crate::validate::{ProblemSeverity, validate};

const TOP_KEYS: &[&str] = &["glossary", "style", "concept"];
const GLOSSARY_KEYS: &[&str] = &[
    "id",
    "title",
    "languages",
    "source-language",
    "default-style",
];
const STYLE_KEYS: &[&str] = &["id", "description", "framing"];
const CONCEPT_KEYS: &[&str] = &["id", "domain", "definition", "note", "related", "term"];
const TERM_KEYS: &[&str] = &[
    "lang",
    "text",
    "status",
    "mention-only",
    "framing",
    "forms",
    "pos",
    "case-sensitive",
    "match",
    "note",
];

/// Parses a glossary from TOML text and validates it.
///
/// Fails on malformed TOML, unknown keys, values of the wrong type, unknown
/// statuses or match modes, and on every error-level problem that
/// [`validate`] finds (duplicate concept ids, empty terms, unknown language
/// tags, ...). The error carries the 1-based line and column.
pub fn from_toml_str(text: &str) -> Result<Glossary, GlossaryError> {
    let glossary = parse_unvalidated(text)?;
    if let Some(problem) = validate(&glossary)
        .into_iter()
        .find(|p| p.severity == ProblemSeverity::Error)
    {
        return Err(GlossaryError::at_line(
            problem.line,
            problem.kind.to_error_kind(),
        ));
    }
    Ok(glossary)
}

/// Parses a glossary from TOML text without running [`validate`]: only the
/// syntax and the schema (keys, types, statuses) are checked. Useful to list
/// every validation problem of a file at once.
pub fn parse_unvalidated(text: &str) -> Result<Glossary, GlossaryError> {
    let root = DeTable::parse(text).map_err(|e| {
        let pos = e.span().map_or(0, |s| s.start);
        error_at(text, pos, ErrorKind::Syntax(e.message().trim().to_string()))
    })?;
    Reader {
        text,
        newlines: text.match_indices('\n').map(|(i, _)| i).collect(),
    }
    .glossary(root.get_ref())
}

struct Reader<'t> {
    text: &'t str,
    /// Offsets of every `\n`: line numbers by binary search, not by rescanning the text for each
    /// concept and term (which made reading a large glossary quadratic).
    newlines: Vec<usize>,
}

type Table<'i> = DeTable<'i>;
type Value<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    fn err(&self, span: Range<usize>, kind: ErrorKind) -> GlossaryError {
        error_at(self.text, span.start, kind)
    }

    fn line(&self, span: &Range<usize>) -> usize {
        self.line_at(span.start)
    }

    /// 1-based line of a byte offset (the same line [`line_col`] gives).
    fn line_at(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&i| i < offset) + 1
    }

    fn check_keys(&self, table: &Table<'_>, allowed: &[&str]) -> Result<(), GlossaryError> {
        for key in table.keys() {
            if !allowed.contains(&key.get_ref().as_ref()) {
                return Err(self.err(key.span(), ErrorKind::UnknownKey(key.get_ref().to_string())));
            }
        }
        Ok(())
    }

    fn glossary(&self, root: &Table<'_>) -> Result<Glossary, GlossaryError> {
        self.check_keys(root, TOP_KEYS)?;
        let mut glossary = Glossary::default();
        match root.get("glossary") {
            Some(value) => {
                let header = self.table(value, "glossary")?;
                self.check_keys(header, GLOSSARY_KEYS)?;
                glossary.id = self.req_str(header, value, "id")?;
                glossary.title = self.opt_str(header, "title")?.unwrap_or_default();
                glossary.languages = self.str_list(header, "languages")?;
                glossary.source_language = self.opt_str(header, "source-language")?;
                glossary.default_style = self.opt_str(header, "default-style")?;
            }
            None => {
                return Err(GlossaryError::at_line(
                    1,
                    ErrorKind::MissingField("glossary".to_string()),
                ));
            }
        }
        for value in self.tables(root, "style")? {
            glossary.styles.push(self.style(value)?);
        }
        for value in self.tables(root, "concept")? {
            glossary.concepts.push(self.concept(value)?);
        }
        Ok(glossary)
    }

    fn style(&self, value: &Value<'_>) -> Result<Style, GlossaryError> {
        let table = self.table(value, "style")?;
        self.check_keys(table, STYLE_KEYS)?;
        Ok(Style {
            id: self.req_str(table, value, "id")?,
            description: self.opt_str(table, "description")?.unwrap_or_default(),
            framing: self.req_str(table, value, "framing")?,
        })
    }

    fn concept(&self, value: &Value<'_>) -> Result<Concept, GlossaryError> {
        let table = self.table(value, "concept")?;
        self.check_keys(table, CONCEPT_KEYS)?;
        let mut terms = Vec::new();
        for term in self.tables(table, "term")? {
            terms.push(self.term(term)?);
        }
        Ok(Concept {
            id: self.req_str(table, value, "id")?,
            domain: self.opt_str(table, "domain")?,
            definition: self.opt_str(table, "definition")?,
            note: self.opt_str(table, "note")?,
            related: self.str_list(table, "related")?,
            terms,
            line: self.entry_line(table, value),
        })
    }

    fn term(&self, value: &Value<'_>) -> Result<Term, GlossaryError> {
        let table = self.table(value, "term")?;
        self.check_keys(table, TERM_KEYS)?;
        let status_text = self.req_str(table, value, "status")?;
        let status = Status::parse(&status_text).ok_or_else(|| {
            let span = table.get("status").map_or(value.span(), Spanned::span);
            self.err(span, ErrorKind::UnknownStatus(status_text.clone()))
        })?;
        let match_mode = match self.opt_str(table, "match")?.as_deref() {
            None | Some("morph") => MatchMode::Morph,
            Some("exact") => MatchMode::Exact,
            Some("regex") => MatchMode::Regex,
            Some(other) => {
                let span = table.get("match").map_or(value.span(), Spanned::span);
                return Err(self.err(
                    span,
                    ErrorKind::Invalid(format!(
                        "unknown match mode `{other}` (expected morph, exact or regex)"
                    )),
                ));
            }
        };
        Ok(Term {
            lang: self.req_str(table, value, "lang")?,
            text: self.req_str(table, value, "text")?,
            status,
            mention_only: self.opt_bool(table, "mention-only")?,
            pos: self.opt_str(table, "pos")?,
            case_sensitive: self.opt_bool(table, "case-sensitive")?,
            match_mode,
            forms: self.str_list(table, "forms")?,
            framing: self.opt_str(table, "framing")?,
            note: self.opt_str(table, "note")?,
            line: self.entry_line(table, value),
        })
    }

    /// The line of an array-of-tables entry: its `[[header]]` when the span
    /// covers it, else its first key.
    fn entry_line(&self, table: &Table<'_>, value: &Value<'_>) -> usize {
        let span = value.span();
        let at_header = self
            .text
            .get(span.start..)
            .is_some_and(|rest| rest.starts_with('['));
        if at_header {
            return self.line(&span);
        }
        table
            .keys()
            .map(|k| k.span().start)
            .min()
            .map_or_else(|| self.line(&span), |key| self.line_at(key))
    }

    fn table<'v, 'i>(
        &self,
        value: &'v Value<'i>,
        name: &str,
    ) -> Result<&'v Table<'i>, GlossaryError> {
        value.get_ref().as_table().ok_or_else(|| {
            self.err(
                value.span(),
                ErrorKind::Invalid(format!("`{name}` must be a table")),
            )
        })
    }

    fn tables<'v, 'i>(
        &self,
        table: &'v Table<'i>,
        name: &str,
    ) -> Result<Vec<&'v Value<'i>>, GlossaryError> {
        match table.get(name) {
            None => Ok(Vec::new()),
            Some(value) => match value.get_ref() {
                DeValue::Array(items) => Ok(items.iter().collect()),
                _ => Err(self.err(
                    value.span(),
                    ErrorKind::Invalid(format!(
                        "`{name}` must be an array of tables (`[[{name}]]`)"
                    )),
                )),
            },
        }
    }

    fn req_str(
        &self,
        table: &Table<'_>,
        owner: &Value<'_>,
        key: &str,
    ) -> Result<String, GlossaryError> {
        self.opt_str(table, key)?.ok_or_else(|| {
            let line = self.entry_line(table, owner);
            GlossaryError::at_line(line, ErrorKind::MissingField(key.to_string()))
        })
    }

    fn opt_str(&self, table: &Table<'_>, key: &str) -> Result<Option<String>, GlossaryError> {
        match table.get(key) {
            None => Ok(None),
            Some(value) => match value.get_ref() {
                DeValue::String(s) => Ok(Some(s.to_string())),
                _ => Err(self.type_error(value, key, "a string")),
            },
        }
    }

    fn opt_bool(&self, table: &Table<'_>, key: &str) -> Result<bool, GlossaryError> {
        match table.get(key) {
            None => Ok(false),
            Some(value) => match value.get_ref() {
                DeValue::Boolean(b) => Ok(*b),
                _ => Err(self.type_error(value, key, "true or false")),
            },
        }
    }

    fn str_list(&self, table: &Table<'_>, key: &str) -> Result<Vec<String>, GlossaryError> {
        let Some(value) = table.get(key) else {
            return Ok(Vec::new());
        };
        let DeValue::Array(items) = value.get_ref() else {
            return Err(self.type_error(value, key, "an array of strings"));
        };
        items
            .iter()
            .map(|item| match item.get_ref() {
                DeValue::String(s) => Ok(s.to_string()),
                _ => Err(self.type_error(item, key, "an array of strings")),
            })
            .collect()
    }

    fn type_error(&self, value: &Value<'_>, key: &str, expected: &str) -> GlossaryError {
        self.err(
            value.span(),
            ErrorKind::Invalid(format!("`{key}` must be {expected}")),
        )
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

fn error_at(text: &str, offset: usize, kind: ErrorKind) -> GlossaryError {
    let (line, column) = line_col(text, offset);
    GlossaryError { line, column, kind }
}

/// Writes a glossary as TOML in the documented schema. Optional fields that
/// are unset (or `false`) are omitted; [`from_toml_str`] reads the result
/// back to an equal glossary (apart from the `line` fields).
pub fn to_toml_string(g: &Glossary) -> String {
    let mut out = String::from("[glossary]\n");
    kv(&mut out, "id", &g.id);
    kv(&mut out, "title", &g.title);
    list(&mut out, "languages", &g.languages);
    opt(&mut out, "source-language", g.source_language.as_deref());
    opt(&mut out, "default-style", g.default_style.as_deref());
    for style in &g.styles {
        out.push_str("\n[[style]]\n");
        kv(&mut out, "id", &style.id);
        kv(&mut out, "description", &style.description);
        kv(&mut out, "framing", &style.framing);
    }
    for concept in &g.concepts {
        out.push_str("\n[[concept]]\n");
        kv(&mut out, "id", &concept.id);
        opt(&mut out, "domain", concept.domain.as_deref());
        opt(&mut out, "definition", concept.definition.as_deref());
        opt(&mut out, "note", concept.note.as_deref());
        if !concept.related.is_empty() {
            list(&mut out, "related", &concept.related);
        }
        for term in &concept.terms {
            write_term(&mut out, term);
        }
    }
    out
}

fn write_term(out: &mut String, term: &Term) {
    out.push_str("\n[[concept.term]]\n");
    kv(out, "lang", &term.lang);
    kv(out, "text", &term.text);
    kv(out, "status", term.status.as_str());
    if term.mention_only {
        out.push_str("mention-only = true\n");
    }
    opt(out, "framing", term.framing.as_deref());
    if !term.forms.is_empty() {
        list(out, "forms", &term.forms);
    }
    opt(out, "pos", term.pos.as_deref());
    if term.case_sensitive {
        out.push_str("case-sensitive = true\n");
    }
    match term.match_mode {
        MatchMode::Morph => {}
        MatchMode::Exact => kv(out, "match", "exact"),
        MatchMode::Regex => kv(out, "match", "regex"),
    }
    opt(out, "note", term.note.as_deref());
}

fn kv(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "{key} = {}", quote(value));
}

fn opt(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        kv(out, key, value);
    }
}

fn list(out: &mut String, key: &str, values: &[String]) {
    let items: Vec<String> = values.iter().map(|v| quote(v)).collect();
    let _ = writeln!(out, "{key} = [{}]", items.join(", "));
}

/// A TOML basic string literal.
fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
