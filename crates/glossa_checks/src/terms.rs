//! Glossary terms found in documents: one matcher per language, the active
//! style, and term occurrences with their quotation status.

use std::ops::Range;

use glossa_glossary::matcher::{Matcher, Scratch, keep_leftmost_longest};
use glossa_glossary::{Concept, Glossary, GlossaryError, Term};
use glossa_text::Lang;

use crate::Document;
use crate::quotes::{is_quoted, quoted_ranges};

/// A glossary prepared for checking documents in some languages.
#[derive(Debug)]
pub struct TermContext {
    glossary: Glossary,
    framing: Option<String>,
    matchers: Vec<(String, Matcher)>,
}

/// Why a glossary cannot be used for checking.
#[derive(Debug, thiserror::Error)]
pub enum TermContextError {
    /// `--style` names a style the glossary does not declare.
    #[error("unknown style `{0}`")]
    UnknownStyle(String),
    /// A term cannot be compiled (a bad regex, say).
    #[error(transparent)]
    Glossary(#[from] GlossaryError),
}

/// One glossary term found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Index of the concept in the glossary.
    pub concept: usize,
    /// Index of the term in the concept.
    pub term: usize,
    /// Byte range in the sentence's display text.
    pub text_range: Range<usize>,
    /// Byte range in the original document.
    pub range: Range<usize>,
    /// Inside quotation marks.
    pub quoted: bool,
}

impl TermContext {
    /// Builds matchers for `langs`. `style` picks the preferred framing;
    /// without it the glossary's default style applies, if any.
    pub fn new(
        glossary: Glossary,
        style: Option<&str>,
        langs: &[Lang],
    ) -> Result<Self, TermContextError> {
        let style_id = style
            .map(str::to_string)
            .or_else(|| glossary.default_style.clone());
        let framing = match style_id {
            Some(id) => Some(
                glossary
                    .style(&id)
                    .ok_or(TermContextError::UnknownStyle(id.clone()))?
                    .framing
                    .clone(),
            ),
            None => None,
        };
        let mut matchers = Vec::new();
        for lang in langs {
            let primary = lang.primary().to_string();
            if matchers.iter().all(|(known, _)| *known != primary) {
                matchers.push((primary, Matcher::new(&glossary, lang)?));
            }
        }
        Ok(Self {
            glossary,
            framing,
            matchers,
        })
    }

    /// The glossary.
    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The framing the active style prefers, if a style is active.
    pub fn preferred_framing(&self) -> Option<&str> {
        self.framing.as_deref()
    }

    /// The concept and term of an occurrence.
    pub fn term_of(&self, occurrence: &Occurrence) -> Option<(&Concept, &Term)> {
        let concept = self.glossary.concepts.get(occurrence.concept)?;
        Some((concept, concept.terms.get(occurrence.term)?))
    }

    /// The term a translator should use for a concept in a language: the
    /// preferred term of the preferred framing (or of no framing).
    pub fn preferred_term<'a>(&'a self, concept: &'a Concept, lang: &str) -> Option<&'a Term> {
        let fits_framing = |t: &&Term| match (&t.framing, &self.framing) {
            (Some(framing), Some(preferred)) => framing == preferred,
            _ => !t.mention_only,
        };
        concept
            .terms_in(lang)
            .filter(fits_framing)
            .find(|t| t.status == glossa_glossary::Status::Preferred)
            .or_else(|| {
                concept
                    .terms_in(lang)
                    .filter(fits_framing)
                    .find(|t| t.status.is_allowed())
            })
            .or_else(|| concept.preferred_in(lang))
    }

    /// Every term occurrence in a document, overlaps resolved (longest wins),
    /// in document order.
    pub fn occurrences(&self, doc: &Document<'_>) -> Vec<Occurrence> {
        self.occurrences_quoted(doc, &quoted_ranges(doc.text))
    }

    /// [`Self::occurrences`] with the quoted ranges of `doc.text` given
    /// (computed once for documents sharing one text, as both sides of a
    /// bilingual file do).
    pub fn occurrences_quoted(
        &self,
        doc: &Document<'_>,
        quoted: &[Range<usize>],
    ) -> Vec<Occurrence> {
        let Some(matcher) = self.matcher(doc.lang) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let mut scratch = Scratch::default();
        let mut matches = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            matcher.find_into(&sentence.text, &mut scratch, &mut matches);
            keep_leftmost_longest(&mut matches);
            for m in &matches {
                let start = sentence.source_offset(m.range.start);
                let end = sentence.source_offset(m.range.end).max(start);
                let range = start..end;
                found.push(Occurrence {
                    sentence: index,
                    concept: m.concept,
                    term: m.term,
                    text_range: m.range.clone(),
                    quoted: is_quoted(quoted, &range),
                    range,
                });
            }
        }
        found
    }

    /// [`Self::occurrences`] of a document whose sentences are translation units of a
    /// structured file: quotation marks are paired within each unit, so a quote left open in
    /// one unit does not cover the next, and the file's syntax (JSON string quotes, XML
    /// attribute quotes) between the units is not taken for quotation marks.
    pub fn occurrences_per_unit(&self, doc: &Document<'_>) -> Vec<Occurrence> {
        let mut found = self.occurrences_quoted(doc, &[]);
        let mut quoted: Option<(usize, Vec<Range<usize>>)> = None;
        for occurrence in &mut found {
            let Some(sentence) = doc.sentences.get(occurrence.sentence) else {
                continue;
            };
            let ranges = match &quoted {
                Some((index, ranges)) if *index == occurrence.sentence => ranges,
                _ => {
                    let ranges = quoted_ranges(&sentence.text);
                    &quoted.insert((occurrence.sentence, ranges)).1
                }
            };
            occurrence.quoted = is_quoted(ranges, &occurrence.text_range);
        }
        found
    }

    /// The ids of the concepts found in each sentence (sorted, unique): the
    /// alignment anchors a glossary contributes.
    pub fn concepts_per_sentence(
        &self,
        lang: &Lang,
        sentences: &[impl AsRef<str>],
    ) -> Vec<Vec<String>> {
        let Some(matcher) = self.matcher(lang) else {
            return vec![Vec::new(); sentences.len()];
        };
        let mut scratch = Scratch::default();
        let mut matches = Vec::new();
        sentences
            .iter()
            .map(|sentence| {
                matcher.find_into(sentence.as_ref(), &mut scratch, &mut matches);
                let mut ids: Vec<String> = matches
                    .iter()
                    .filter_map(|m| self.glossary.concepts.get(m.concept))
                    .map(|c| c.id.clone())
                    .collect();
                ids.sort();
                ids.dedup();
                ids
            })
            .collect()
    }

    fn matcher(&self, lang: &Lang) -> Option<&Matcher> {
        self.matchers
            .iter()
            .find(|(primary, _)| primary == lang.primary())
            .map(|(_, matcher)| matcher)
    }
}
