//! The preferred term of each concept, looked up once per document.

use std::collections::BTreeMap;

use glossa_glossary::Term;

use crate::terms::TermContext;

/// The preferred term of each concept in one language, looked up once per
/// concept.
pub(super) struct PreferredTerms<'a> {
    terms: &'a TermContext,
    lang: &'a str,
    /// By concept index, those looked up so far.
    known: BTreeMap<usize, Option<&'a Term>>,
}

impl<'a> PreferredTerms<'a> {
    pub(super) fn new(terms: &'a TermContext, lang: &'a str) -> Self {
        Self {
            terms,
            lang,
            known: BTreeMap::new(),
        }
    }

    /// [`TermContext::preferred_term`] of concept `concept`.
    pub(super) fn get(&mut self, concept: usize) -> Option<&'a Term> {
        let (terms, lang) = (self.terms, self.lang);
        *self
            .known
            .entry(concept)
            .or_insert_with(|| terms.preferred_term(terms.glossary().concepts.get(concept)?, lang))
    }
}
