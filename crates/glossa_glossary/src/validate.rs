//! Glossary validation: every problem with its line, error or warning.
//!
//! Errors make a glossary unusable ([`crate::from_toml_str`] refuses it);
//! warnings are worth a look but the glossary still works.

use std::collections::{BTreeSet, HashMap};

use glossa_text::Lang;

use crate::error::ErrorKind;
use crate::model::{Glossary, MatchMode, Status};

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProblemSeverity {
    /// The glossary cannot be used as it is.
    Error,
    /// Suspicious but usable.
    Warning,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    /// Two concepts share an id.
    #[error("duplicate concept id `{id}` (first defined on line {first_line})")]
    DuplicateConcept {
        /// The repeated id.
        id: String,
        /// Line of the first definition.
        first_line: usize,
    },
    /// Two styles share an id.
    #[error("duplicate style id `{0}`")]
    DuplicateStyle(String),
    /// A term whose text is empty or only spaces.
    #[error("empty term in concept `{0}`")]
    EmptyTerm(String),
    /// A language tag that does not parse.
    #[error("unknown language tag `{0}`")]
    UnknownLanguage(String),
    /// One text is both preferred and forbidden in one language.
    #[error("`{text}` is both preferred and forbidden in `{lang}` (concept `{concept}`)")]
    PreferredAndForbidden {
        /// The concept.
        concept: String,
        /// The language.
        lang: String,
        /// The term text.
        text: String,
    },
    /// A concept has terms in a language but none preferred.
    #[error("concept `{concept}` has no preferred term in `{lang}`")]
    NoPreferred {
        /// The concept.
        concept: String,
        /// The language.
        lang: String,
    },
    /// A style names a framing that no term carries.
    #[error("style `{style}` names framing `{framing}`, which no term has")]
    UnknownFraming {
        /// The style id.
        style: String,
        /// The framing it names.
        framing: String,
    },
    /// `default-style` names no declared style.
    #[error("default style `{0}` is not declared")]
    UnknownDefaultStyle(String),
    /// `related` names a concept id that does not exist.
    #[error("concept `{concept}` is related to `{related}`, which does not exist")]
    UnknownRelated {
        /// The concept.
        concept: String,
        /// The missing id.
        related: String,
    },
    /// A regex term that does not compile.
    #[error("invalid regular expression `{pattern}`: {reason}")]
    BadRegex {
        /// The pattern.
        pattern: String,
        /// The compiler's message.
        reason: String,
    },
    /// A term in a language the glossary header does not list.
    #[error("term `{text}` is in `{lang}`, which `languages` does not list")]
    UndeclaredLanguage {
        /// The term text.
        text: String,
        /// Its language.
        lang: String,
    },
    /// The same text twice in one language of one concept.
    #[error("term `{text}` appears twice in `{lang}` of concept `{concept}`")]
    DuplicateTerm {
        /// The concept.
        concept: String,
        /// The language.
        lang: String,
        /// The term text.
        text: String,
    },
}

impl ProblemKind {
    /// The closest [`ErrorKind`] (for reporting through [`crate::GlossaryError`]).
    pub fn to_error_kind(&self) -> ErrorKind {
        match self {
            Self::DuplicateConcept { id, first_line } => ErrorKind::DuplicateConcept {
                id: id.clone(),
                first_line: *first_line,
            },
            Self::EmptyTerm(concept) => ErrorKind::EmptyTerm(concept.clone()),
            Self::UnknownLanguage(tag) => ErrorKind::UnknownLanguage(tag.clone()),
            Self::BadRegex { pattern, reason } => ErrorKind::BadRegex {
                pattern: pattern.clone(),
                reason: reason.clone(),
            },
            other => ErrorKind::Invalid(other.to_string()),
        }
    }
}

/// One finding of [`validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the source file (0 when unknown).
    pub line: usize,
    /// Error or warning.
    pub severity: ProblemSeverity,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// Every problem of a glossary, in file order (by line, errors first on a
/// line).
pub fn validate(g: &Glossary) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut push = |line: usize, severity: ProblemSeverity, kind: ProblemKind| {
        problems.push(Problem {
            line,
            severity,
            kind,
        });
    };
    use ProblemSeverity::{Error, Warning};

    for tag in &g.languages {
        if Lang::parse(tag).is_err() {
            push(1, Error, ProblemKind::UnknownLanguage(tag.clone()));
        }
    }
    let declared: Vec<String> = g.languages.iter().map(|l| primary(l)).collect();

    let mut styles = BTreeSet::new();
    for style in &g.styles {
        if !styles.insert(style.id.as_str()) {
            push(0, Error, ProblemKind::DuplicateStyle(style.id.clone()));
        }
    }
    if let Some(default) = &g.default_style
        && !styles.contains(default.as_str())
    {
        push(1, Error, ProblemKind::UnknownDefaultStyle(default.clone()));
    }
    let framings: BTreeSet<&str> = g
        .concepts
        .iter()
        .flat_map(|c| c.terms.iter().filter_map(|t| t.framing.as_deref()))
        .collect();
    for style in &g.styles {
        if !framings.contains(style.framing.as_str()) {
            push(
                0,
                Error,
                ProblemKind::UnknownFraming {
                    style: style.id.clone(),
                    framing: style.framing.clone(),
                },
            );
        }
    }

    let mut first_line: HashMap<&str, usize> = HashMap::new();
    for concept in &g.concepts {
        match first_line.get(concept.id.as_str()) {
            Some(&first) => push(
                concept.line,
                Error,
                ProblemKind::DuplicateConcept {
                    id: concept.id.clone(),
                    first_line: first,
                },
            ),
            None => {
                first_line.insert(&concept.id, concept.line);
            }
        }
    }

    for concept in &g.concepts {
        for related in &concept.related {
            if !first_line.contains_key(related.as_str()) {
                push(
                    concept.line,
                    Error,
                    ProblemKind::UnknownRelated {
                        concept: concept.id.clone(),
                        related: related.clone(),
                    },
                );
            }
        }
        let mut langs: Vec<String> = Vec::new();
        let mut seen: BTreeSet<(String, String, bool)> = BTreeSet::new();
        for term in &concept.terms {
            let lang = primary(&term.lang);
            if term.text.trim().is_empty() {
                push(term.line, Error, ProblemKind::EmptyTerm(concept.id.clone()));
            }
            if Lang::parse(&term.lang).is_err() {
                push(
                    term.line,
                    Error,
                    ProblemKind::UnknownLanguage(term.lang.clone()),
                );
            } else if !declared.is_empty() && !declared.contains(&lang) {
                push(
                    term.line,
                    Warning,
                    ProblemKind::UndeclaredLanguage {
                        text: term.text.clone(),
                        lang: term.lang.clone(),
                    },
                );
            }
            if term.match_mode == MatchMode::Regex
                && let Err(e) = regex::Regex::new(&term.text)
            {
                push(
                    term.line,
                    Error,
                    ProblemKind::BadRegex {
                        pattern: term.text.clone(),
                        reason: e.to_string(),
                    },
                );
            }
            if !langs.contains(&lang) {
                langs.push(lang.clone());
            }
            let key = (lang.clone(), term.text.clone(), term.mention_only);
            let conflict = concept.terms_in(&lang).any(|other| {
                other.text == term.text
                    && term.status == Status::Forbidden
                    && other.status == Status::Preferred
            });
            if conflict {
                push(
                    term.line,
                    Error,
                    ProblemKind::PreferredAndForbidden {
                        concept: concept.id.clone(),
                        lang: term.lang.clone(),
                        text: term.text.clone(),
                    },
                );
            } else if !seen.insert(key) {
                push(
                    term.line,
                    Warning,
                    ProblemKind::DuplicateTerm {
                        concept: concept.id.clone(),
                        lang: term.lang.clone(),
                        text: term.text.clone(),
                    },
                );
            }
        }
        for lang in langs {
            if concept.preferred_in(&lang).is_none() {
                push(
                    concept.line,
                    Warning,
                    ProblemKind::NoPreferred {
                        concept: concept.id.clone(),
                        lang,
                    },
                );
            }
        }
    }
    problems.sort_by_key(|p| (p.line, p.severity));
    problems
}

fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase()
}
