//! The glossary model: concepts, their terms per language, and styles.
//!
//! A [`Concept`] is one referent (the southern Kuril Islands, the peace
//! treaty). It has [`Term`]s in each language, each with a [`Status`]. Rival
//! designations of one referent (*Southern Kurils* / *Northern Territories*)
//! are terms of the same concept tagged with a different `framing`; a
//! [`Style`] names the framing that is preferred, and terms of every other
//! framing are then allowed only as quoted mentions.

use serde::{Deserialize, Serialize};

/// A whole glossary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Glossary {
    /// Short identifier (`russia-japan`).
    pub id: String,
    /// Human title.
    pub title: String,
    /// Languages the glossary covers (BCP 47 tags).
    pub languages: Vec<String>,
    /// The language source texts are written in, when fixed.
    pub source_language: Option<String>,
    /// The style applied when the user names none.
    pub default_style: Option<String>,
    /// Declared styles (framing choices).
    pub styles: Vec<Style>,
    /// The concepts, in file order.
    pub concepts: Vec<Concept>,
}

/// An editorial choice between rival framings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Style {
    /// Identifier used by `--style`.
    pub id: String,
    /// What the style is for.
    pub description: String,
    /// The framing whose terms are preferred; terms of other framings become
    /// mention-only.
    pub framing: String,
}

/// One referent with its designations in every language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Concept {
    /// Unique identifier (`southern-kurils`).
    pub id: String,
    /// Subject field (`territory`, `diplomacy`).
    pub domain: Option<String>,
    /// Definition, in English.
    pub definition: Option<String>,
    /// Usage note for translators.
    pub note: Option<String>,
    /// Ids of related concepts.
    pub related: Vec<String>,
    /// The designations.
    pub terms: Vec<Term>,
    /// 1-based line of the concept in the file it was read from (0 if unknown).
    pub line: usize,
}

/// One designation of a concept in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// BCP 47 language tag.
    pub lang: String,
    /// The term in its dictionary form.
    pub text: String,
    /// Normative status.
    pub status: Status,
    /// Allowed only as a quoted mention.
    pub mention_only: bool,
    /// Part of speech (`noun`, `adjective`, `proper-noun`, `phrase`).
    pub pos: Option<String>,
    /// Match letter case exactly.
    pub case_sensitive: bool,
    /// How the term is matched.
    pub match_mode: MatchMode,
    /// Extra surface forms (inflected forms, spelling and width variants)
    /// that must match as this term.
    pub forms: Vec<String>,
    /// The framing this designation belongs to (`russian`, `japanese`), for
    /// rival designations of one referent.
    pub framing: Option<String>,
    /// Usage note for this term.
    pub note: Option<String>,
    /// 1-based line of the term in the file it was read from (0 if unknown).
    pub line: usize,
}

impl Term {
    /// A preferred, morphologically matched term with no extras.
    pub fn new(lang: &str, text: &str, status: Status) -> Self {
        Self {
            lang: lang.to_string(),
            text: text.to_string(),
            status,
            mention_only: false,
            pos: None,
            case_sensitive: false,
            match_mode: MatchMode::Morph,
            forms: Vec::new(),
            framing: None,
            note: None,
            line: 0,
        }
    }
}

/// Normative status of a term (TBX `administrativeStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The term to use.
    Preferred,
    /// Acceptable.
    Admitted,
    /// Outdated; use the preferred term.
    Deprecated,
    /// Must not be used.
    Forbidden,
}

impl Status {
    /// The lowercase name (`preferred`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Preferred => "preferred",
            Self::Admitted => "admitted",
            Self::Deprecated => "deprecated",
            Self::Forbidden => "forbidden",
        }
    }

    /// Parses a lowercase name.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "preferred" => Some(Self::Preferred),
            "admitted" => Some(Self::Admitted),
            "deprecated" => Some(Self::Deprecated),
            "forbidden" => Some(Self::Forbidden),
            _ => None,
        }
    }

    /// True for preferred and admitted terms.
    pub fn is_allowed(self) -> bool {
        matches!(self, Self::Preferred | Self::Admitted)
    }
}

/// How a term is found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchMode {
    /// Through inflection (the default).
    #[default]
    Morph,
    /// The exact surface form (after case/width folding unless case-sensitive).
    Exact,
    /// `text` is a regular expression.
    Regex,
}

impl Glossary {
    /// The concept with this id.
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.concepts.iter().find(|c| c.id == id)
    }

    /// The style with this id.
    pub fn style(&self, id: &str) -> Option<&Style> {
        self.styles.iter().find(|s| s.id == id)
    }
}

impl Concept {
    /// Terms in one language (by primary subtag: `ja` matches `ja-JP`).
    pub fn terms_in<'a, 'l>(
        &'a self,
        lang: &'l str,
    ) -> impl Iterator<Item = &'a Term> + use<'a, 'l> {
        let primary = lang.split('-').next().unwrap_or(lang);
        self.terms
            .iter()
            .filter(move |t| t.lang.split('-').next().unwrap_or(&t.lang) == primary)
    }

    /// The first preferred term in a language.
    pub fn preferred_in(&self, lang: &str) -> Option<&Term> {
        self.terms_in(lang).find(|t| t.status == Status::Preferred)
    }
}
