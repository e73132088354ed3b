//! Translation checks. Input: segmented documents, their sentence
//! alignment and (optionally) a glossary; output: [`Diagnostic`]s.
//!
//! This crate never sees a file format and never formats a message: every
//! diagnostic carries a Fluent message id and arguments.

pub mod codes;
pub mod quotes;
mod rules;
pub mod settings;
pub mod terms;
pub mod units;

use std::ops::Range;

use glossa_diagnostics::{Diagnostic, FileId, Span};
use glossa_text::Lang;
use glossa_text::segment::Sentence;

pub use codes::{Check, CheckInfo};
pub use rules::terms::TermState;
pub use settings::Settings;
pub use terms::{Occurrence, TermContext};
pub use units::{
    CatalogEntry, Pending, UnitChecker, UnitPair, UnitText, check_catalog_coverage, check_units,
};

/// One segmented document.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// The file in the caller's source map.
    pub file: FileId,
    /// Its language.
    pub lang: &'a Lang,
    /// The original text.
    pub text: &'a str,
    /// Its sentences.
    pub sentences: &'a [Sentence],
}

impl Document<'_> {
    /// The span of a sentence in the original file.
    pub fn sentence_span(&self, index: usize) -> Option<Span> {
        self.sentences.get(index).map(|s| Span {
            file: self.file,
            range: s.range.clone(),
        })
    }
}

/// Sentences of the source and the target that translate each other.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignedPair {
    /// Source sentence indices.
    pub src: Range<usize>,
    /// Target sentence indices.
    pub tgt: Range<usize>,
    /// Aligner confidence, 0 to 1.
    pub confidence: f32,
    /// The aligner flags this pair as doubtful.
    pub low_confidence: bool,
    /// Index of the aligned group (row) in a many-way alignment.
    pub group: usize,
}

/// Everything the checks of one source/target pair need.
#[derive(Debug, Clone, Copy)]
pub struct PairInput<'a> {
    /// The source document.
    pub source: Document<'a>,
    /// The translation.
    pub target: Document<'a>,
    /// The alignment, in order; every sentence of both documents in exactly one pair.
    pub pairs: &'a [AlignedPair],
    /// Glossary terms, when a glossary is given.
    pub terms: Option<&'a TermContext>,
}

/// Runs only the glossary checks (T001–T006) on one pair: for structured
/// files, whose other checks work on units (see [`units::check_units`]).
pub fn check_pair_terms(input: &PairInput<'_>, settings: &Settings) -> Vec<Diagnostic> {
    check_part_terms(input, &mut TermState::default(), 0, settings)
}

/// [`check_pair_terms`] on one part (units) of a translation checked part by part, in order:
/// `state` carries what T005 and T006 need from the parts before, so a translation checked
/// unit by unit gets the findings it gets checked whole. `text_start` is the byte offset in
/// the file of `text[0]` of both documents (their sentences keep their file ranges).
pub fn check_part_terms(
    input: &PairInput<'_>,
    state: &mut TermState,
    text_start: usize,
    settings: &Settings,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if let Some(terms) = input.terms {
        state.text_start = text_start;
        rules::terms::check(input, terms, true, state, &mut found);
    }
    settings.apply(found)
}

/// Runs every enabled check on one source/target pair.
pub fn check_pair(input: &PairInput<'_>, settings: &Settings) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    rules::sentences::check(input, &mut found);
    rules::numbers::check(input, &mut found);
    if let Some(terms) = input.terms {
        rules::terms::check(input, terms, false, &mut TermState::default(), &mut found);
    }
    settings.apply(found)
}
