//! Glossary checks: T001 term-missing, T002 forbidden-term, T003
//! deprecated-term, T004 mention-only-term, T005 mixed-framing, T006
//! inconsistent-term.

use std::collections::{BTreeMap, BTreeSet};

use glossa_diagnostics::{Fix, Message, Span};
use glossa_glossary::Status;

use crate::codes::Check;
use crate::quotes::quoted_ranges;
use crate::rules::sentences::is_untranslated;
use crate::rules::{matched_pairs, sentences_span};
use crate::settings::Finding;
use crate::terms::{Occurrence, TermContext};
use crate::{AlignedPair, Document, PairInput};

mod preferred;
mod runs;

use preferred::PreferredTerms;
use runs::Runs;

/// What the glossary checks of one translation carry from one part of it to the next: a
/// document checked unit by unit (a streamed TMX) gets the same findings as checked whole.
/// Bounded by the glossary: per concept, the framing first used and the first allowed term.
#[derive(Debug, Default)]
pub struct TermState {
    /// Byte offset in the file of `text[0]` of the documents checked (0: the whole file).
    pub(crate) text_start: usize,
    /// The framing of the first unquoted framed designation of each concept (T005).
    first_framing: BTreeMap<usize, String>,
    /// The first allowed term of each concept (T006).
    first_use: BTreeMap<usize, FirstUse>,
}

/// Where a concept was first rendered by an allowed term.
#[derive(Debug)]
struct FirstUse {
    term: usize,
    range: std::ops::Range<usize>,
    surface: String,
}

/// `units`: the sentences are translation units of a structured file, each quoted on its own.
/// `state`: what earlier parts of the same translation left (empty for a whole document).
pub(crate) fn check(
    input: &PairInput<'_>,
    terms: &TermContext,
    units: bool,
    state: &mut TermState,
    out: &mut Vec<Finding>,
) {
    let (source, target) = if units {
        (
            terms.occurrences_per_unit(&input.source),
            terms.occurrences_per_unit(&input.target),
        )
    } else {
        (
            terms.occurrences_quoted(&input.source, &quoted_ranges(input.source.text)),
            terms.occurrences(&input.target),
        )
    };
    let groups = group_of_target_sentence(input);
    term_missing(input, terms, &source, &target, state, out);
    term_usage(input, terms, &target, &groups, state, out);
    inconsistent_terms(input, terms, &target, &groups, state, out);
}

/// Group index of every target sentence.
fn group_of_target_sentence(input: &PairInput<'_>) -> Vec<usize> {
    let mut groups = vec![0; input.target.sentences.len()];
    for pair in input.pairs {
        for index in pair.tgt.clone() {
            if let Some(slot) = groups.get_mut(index) {
                *slot = pair.group;
            }
        }
    }
    groups
}

fn span(doc: &Document<'_>, occurrence: &Occurrence) -> Span {
    Span {
        file: doc.file,
        range: occurrence.range.clone(),
    }
}

/// The text of an occurrence; `text_start`: the file offset of `doc.text`.
fn surface<'a>(doc: &Document<'a>, occurrence: &Occurrence, text_start: usize) -> &'a str {
    let start = occurrence.range.start.checked_sub(text_start);
    let end = occurrence.range.end.checked_sub(text_start);
    start
        .zip(end)
        .and_then(|(start, end)| doc.text.get(start..end))
        .unwrap_or_default()
}

/// T001: a concept of the source sentences is absent from their translation.
fn term_missing(
    input: &PairInput<'_>,
    terms: &TermContext,
    source: &[Occurrence],
    target: &[Occurrence],
    state: &TermState,
    out: &mut Vec<Finding>,
) {
    let mut preferred = PreferredTerms::new(terms, input.target.lang.as_str());
    let (mut source_runs, mut target_runs) = (Runs::new(source), Runs::new(target));
    // The concepts of the target sentences of a pair, sorted.
    let mut present = Vec::new();
    for pair in matched_pairs(input.pairs) {
        let sources = source_runs.get(&pair.src);
        if sources.is_empty() {
            continue;
        }
        present.clear();
        present.extend(target_runs.get(&pair.tgt).iter().map(|o| o.concept));
        present.sort_unstable();
        let mut reported = BTreeSet::new();
        // Asked only of a pair that lacks a concept (a comparison of words).
        let mut untranslated = None;
        for occurrence in sources {
            if present.binary_search(&occurrence.concept).is_ok()
                || !reported.insert(occurrence.concept)
            {
                continue;
            }
            if *untranslated.get_or_insert_with(|| not_translated(input, pair)) {
                break;
            }
            let Some((concept, _)) = terms.term_of(occurrence) else {
                continue;
            };
            let Some(expected) = preferred.get(occurrence.concept) else {
                continue;
            };
            let Some(target_span) = sentences_span(&input.target, &pair.tgt) else {
                continue;
            };
            let message = Message::new("term-missing")
                .arg("concept", concept.id.as_str())
                .arg(
                    "source",
                    surface(&input.source, occurrence, state.text_start),
                )
                .arg("expected", expected.text.as_str());
            out.push(Finding::new(Check::TermMissing, message).with(|d| {
                d.primary(target_span, None)
                    .secondary(
                        span(&input.source, occurrence),
                        Some(Message::new("label-source")),
                    )
                    .with_help(
                        Message::new("help-use-preferred").arg("preferred", expected.text.as_str()),
                    )
                    .in_group(pair.group)
            }));
        }
    }
}

/// True when no target sentence of the pair is a translation: each is empty (an empty or
/// untranslated unit, reported as U001 or not at all) or still the source text (S003, U002).
/// Such a pair gets that finding only, not T001 for every term as well.
fn not_translated(input: &PairInput<'_>, pair: &AlignedPair) -> bool {
    let sources: Vec<&str> = pair
        .src
        .clone()
        .filter_map(|i| input.source.sentences.get(i))
        .map(|s| s.text.as_str())
        .collect();
    pair.tgt
        .clone()
        .filter_map(|i| input.target.sentences.get(i))
        .all(|target| {
            target.text.trim().is_empty()
                || sources.iter().any(|source| {
                    is_untranslated(source, input.source.lang, &target.text, input.target.lang)
                })
        })
}

/// T002–T005: how each target term is used.
fn term_usage(
    input: &PairInput<'_>,
    terms: &TermContext,
    target: &[Occurrence],
    groups: &[usize],
    state: &mut TermState,
    out: &mut Vec<Finding>,
) {
    let mut preferred_terms = PreferredTerms::new(terms, input.target.lang.as_str());
    note_first_framings(terms, target, &mut state.first_framing);
    let first_framing = &state.first_framing;
    // At most one finding per occurrence.
    out.reserve(target.len());
    for occurrence in target {
        let Some((_, term)) = terms.term_of(occurrence) else {
            continue;
        };
        let group = groups.get(occurrence.sentence).copied().unwrap_or(0);
        let here = span(&input.target, occurrence);
        let used = || surface(&input.target, occurrence, state.text_start);
        let preferred = preferred_terms.get(occurrence.concept);
        let preferred_text = preferred.map_or("", |t| t.text.as_str());
        let status_check = match term.status {
            Status::Forbidden => Some(Check::ForbiddenTerm),
            Status::Deprecated => Some(Check::DeprecatedTerm),
            Status::Preferred | Status::Admitted => None,
        };
        let finding = if let Some(check) = status_check {
            let message = Message::new(check.info().name)
                .arg("term", used())
                .arg("preferred", preferred_text);
            let mut finding = Finding::new(check, message).with(|d| d.primary(here.clone(), None));
            if let Some(preferred) = preferred {
                finding = finding.with(|d| {
                    d.with_help(
                        Message::new("help-use-preferred")
                            .arg("preferred", preferred.text.as_str()),
                    )
                    .with_fix(Fix {
                        span: here.clone(),
                        replacement: preferred.text.clone(),
                    })
                });
            }
            finding
        } else if occurrence.quoted {
            continue;
        } else if term.mention_only {
            let message = Message::new("mention-only-term")
                .arg("term", used())
                .arg("preferred", preferred_text);
            Finding::new(Check::MentionOnlyTerm, message).with(|d| {
                d.primary(here.clone(), None)
                    .with_help(Message::new("help-quote-mention").arg("term", used()))
            })
        } else {
            let preferred_framing = terms
                .preferred_framing()
                .or_else(|| first_framing.get(&occurrence.concept).map(String::as_str));
            match (&term.framing, preferred_framing) {
                (Some(framing), Some(expected)) if framing != expected => {
                    let message = Message::new("mixed-framing")
                        .arg("term", used())
                        .arg("other", preferred_text);
                    Finding::new(Check::MixedFraming, message).with(|d| {
                        d.primary(here.clone(), None).with_help(
                            Message::new("help-use-preferred").arg("preferred", preferred_text),
                        )
                    })
                }
                _ => continue,
            }
        };
        out.push(finding.with(|d| d.in_group(group)));
    }
}

/// Records the framing of the first unquoted framed designation of each concept not seen
/// before. (An occurrence the framing is asked of is such a designation itself, so the first
/// one is known by then, also when a document comes unit by unit.)
fn note_first_framings(
    terms: &TermContext,
    occurrences: &[Occurrence],
    first: &mut BTreeMap<usize, String>,
) {
    for occurrence in occurrences.iter().filter(|o| !o.quoted) {
        if let Some((_, term)) = terms.term_of(occurrence)
            && let Some(framing) = &term.framing
            && !term.mention_only
        {
            first
                .entry(occurrence.concept)
                .or_insert_with(|| framing.clone());
        }
    }
}

/// T006: a concept rendered by different allowed terms in one document.
/// Quotations count too: a translated quotation is still the translator's wording.
fn inconsistent_terms(
    input: &PairInput<'_>,
    terms: &TermContext,
    target: &[Occurrence],
    groups: &[usize],
    state: &mut TermState,
    out: &mut Vec<Finding>,
) {
    for occurrence in target {
        let Some((concept, term)) = terms.term_of(occurrence) else {
            continue;
        };
        if !term.status.is_allowed() || term.mention_only {
            continue;
        }
        let text_start = state.text_start;
        let used = || surface(&input.target, occurrence, text_start);
        let first = state
            .first_use
            .entry(occurrence.concept)
            .or_insert_with(|| FirstUse {
                term: occurrence.term,
                range: occurrence.range.clone(),
                surface: used().to_string(),
            });
        let Some(first_term) = concept.terms.get(first.term) else {
            continue;
        };
        if first.term == occurrence.term || first_term.framing != term.framing {
            continue;
        }
        let message = Message::new("inconsistent-term")
            .arg("concept", concept.id.as_str())
            .arg("term", used())
            .arg("first", first.surface.as_str());
        let group = groups.get(occurrence.sentence).copied().unwrap_or(0);
        let first_span = Span {
            file: input.target.file,
            range: first.range.clone(),
        };
        out.push(Finding::new(Check::InconsistentTerm, message).with(|d| {
            d.primary(span(&input.target, occurrence), None)
                .secondary(first_span, Some(Message::new("label-first-use")))
                .in_group(group)
        }));
    }
}
