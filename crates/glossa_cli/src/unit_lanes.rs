//! The unit checks of `check` over every structured file, one lane per language pair: each
//! unit is checked as it comes (from a parsed file, or from a TMX read as a stream), the lane
//! keeps what its project-wide passes need (hashes and ratios, not texts), and the few units
//! they report are read again for their texts. With a glossary, a streamed TMX also gets the
//! glossary checks here, unit by unit in the same pass (a parsed file gets them per document).
//!
//! Memory that grows with the number of units: about 44 bytes a unit of a lane (see
//! [`UnitChecker`]) and the diagnostics found; a streamed TMX adds no text to that.

use std::collections::{HashMap, HashSet};

use glossa_checks::{
    AlignedPair, Document, PairInput, Settings, TermContext, TermState, UnitChecker, UnitPair,
    check_part_terms,
};
use std::ops::Range;

use glossa_diagnostics::{Diagnostic, FileId};
use glossa_formats::Variant;
use glossa_text::Lang;
use glossa_text::segment::Sentence;

use crate::excerpt::{excerpt_lines, ranges_in};
use crate::pipeline::{DocSet, SetKind, Workspace};
use crate::stream::{OwnedPair, RawUnit, StreamedTmx, each_pair_and_unit, excerpt, fetch};

/// Translation `k` of a parsed structured set and its alignment with the source: the unit
/// pairs, built as they are checked ([`crate::pipeline::DocSet::unit_pair`]).
pub type AlignedUnits = (usize, Vec<AlignedPair>);

/// Where the units of a lane come from, from its unit `start` on.
enum Origin {
    /// Units of the parsed set `set`: those of the aligned pairs listed of its translation
    /// `part` (an index into its [`AlignedUnits`]).
    Memory {
        set: usize,
        part: usize,
        picks: Vec<usize>,
    },
    /// Translation slot `k` of the streamed set `set`.
    Stream { set: usize, k: usize },
    /// Translation `k` of set `set`, read again when it is needed (see
    /// [`Workspace::reread`]).
    Reread { set: usize, k: usize },
}

/// The units of one language pair.
struct Lane<'a> {
    langs: (&'a Lang, &'a Lang),
    checker: UnitChecker,
    count: usize,
    /// `(first unit, origin)`, in order.
    segments: Vec<(usize, Origin)>,
}

/// The lane of a language pair (its index), opened when first seen.
fn lane<'a>(
    lanes: &mut Vec<Lane<'a>>,
    source: &'a Lang,
    target: &'a Lang,
    settings: &Settings,
) -> usize {
    // The units of a set share their documents' languages: the same ones, most often.
    let same = |a: &Lang, b: &Lang| std::ptr::eq(a, b) || a == b;
    match lanes
        .iter()
        .position(|l| same(l.langs.0, source) && same(l.langs.1, target))
    {
        Some(at) => at,
        None => {
            lanes.push(Lane {
                langs: (source, target),
                checker: UnitChecker::new(settings),
                count: 0,
                segments: Vec::new(),
            });
            lanes.len() - 1
        }
    }
}

/// Diagnostics kept in lists of [`Found::CHUNK`], gathered once at the end: one growing list
/// would be copied at every doubling.
#[derive(Default)]
pub struct Found(Vec<Vec<Diagnostic>>);

impl Found {
    const CHUNK: usize = 1024;

    fn extend(&mut self, diagnostics: Vec<Diagnostic>) {
        for diagnostic in diagnostics {
            match self.0.last_mut() {
                Some(chunk) if chunk.len() < Self::CHUNK => chunk.push(diagnostic),
                _ => {
                    let mut chunk = Vec::with_capacity(Self::CHUNK);
                    chunk.push(diagnostic);
                    self.0.push(chunk);
                }
            }
        }
    }

    /// The number of diagnostics.
    pub fn count(&self) -> usize {
        self.0.iter().map(Vec::len).sum()
    }

    /// Moves the diagnostics to the end of `all`.
    pub fn append_to(self, all: &mut Vec<Diagnostic>) {
        for mut chunk in self.0 {
            all.append(&mut chunk);
        }
    }
}

/// The unit diagnostics of all structured sets: `aligned[i]` are the translations of the
/// parsed set `workspace.sets[i]` (empty for a streamed one), in set order.
pub fn check_lanes<'a>(
    workspace: &'a Workspace,
    aligned: &[Vec<AlignedUnits>],
    settings: &Settings,
) -> anyhow::Result<Found> {
    let mut lanes: Vec<Lane<'a>> = Vec::new();
    let mut found = Found::default();
    for (index, (set, parts)) in workspace.sets.iter().zip(aligned).enumerate() {
        if let Some(tmx) = &set.stream {
            let Some((source, targets)) = tmx.langs.split_first() else {
                continue;
            };
            // Lane of each translation slot (slot 0, the source, has none).
            let mut slots = vec![usize::MAX];
            for (k, target) in targets.iter().enumerate() {
                let at = lane(&mut lanes, source, target, settings);
                if let Some(lane) = lanes.get_mut(at) {
                    let origin = Origin::Stream {
                        set: index,
                        k: k + 1,
                    };
                    lane.segments.push((lane.count, origin));
                }
                slots.push(at);
            }
            // The glossary checks, unit by unit, with what each translation carries along.
            let mut states: Vec<TermState> =
                tmx.langs.iter().map(|_| TermState::default()).collect();
            let mut term_found = Vec::new();
            let mut check_terms = |unit: &RawUnit<'_>| {
                if let Some(terms) = &workspace.terms {
                    term_found.extend(unit_terms(tmx, terms, unit, &mut states, settings));
                }
            };
            let whole: Option<&mut dyn FnMut(&RawUnit<'_>)> = match workspace.terms {
                Some(_) => Some(&mut check_terms),
                None => None,
            };
            each_pair_and_unit(
                tmx,
                |k, _, pair| {
                    if let Some(lane) = slots.get(k).and_then(|&at| lanes.get_mut(at)) {
                        found.extend(lane.checker.add(pair));
                        lane.count += 1;
                    }
                },
                whole,
            )?;
            found.extend(term_found);
            continue;
        }
        if set.reread.is_some() && set.kind != SetKind::Documents {
            let loaded = workspace.reread(set)?;
            for k in 1..loaded.docs.len() {
                let (Some(source), Some(target)) = (set.docs.first(), set.docs.get(k)) else {
                    continue;
                };
                let at = lane(&mut lanes, &source.lang, &target.lang, settings);
                let Some(lane) = lanes.get_mut(at) else {
                    continue;
                };
                let origin = Origin::Reread { set: index, k };
                lane.segments.push((lane.count, origin));
                for pair in translated_pairs(&loaded, k) {
                    found.extend(lane.checker.add(&pair));
                    lane.count += 1;
                }
            }
            continue;
        }
        let pairs = parts.iter().enumerate().flat_map(|(part, (k, pairs))| {
            pairs
                .iter()
                .enumerate()
                .filter_map(move |(at, aligned)| Some((part, at, set.unit_pair(*k, aligned)?)))
        });
        // Room for every unit of the set in the lane its first unit opens (most sets have one).
        let mut room = parts.iter().map(|(_, pairs)| pairs.len()).sum::<usize>();
        for (part, at_pair, pair) in pairs {
            // A unit without a translation has no finding of its own nor a part in the
            // project-wide passes.
            let Some(target) = pair.target else {
                continue;
            };
            let at = lane(&mut lanes, pair.source.lang, target.lang, settings);
            let Some(lane) = lanes.get_mut(at) else {
                continue;
            };
            if room > 0 {
                lane.checker.reserve(std::mem::take(&mut room));
            }
            found.extend(lane.checker.add(&pair));
            match lane.segments.last_mut() {
                Some((
                    _,
                    Origin::Memory {
                        set,
                        part: p,
                        picks,
                    },
                )) if *set == index && *p == part => {
                    picks.push(at_pair);
                }
                _ => {
                    let origin = Origin::Memory {
                        set: index,
                        part,
                        picks: vec![at_pair],
                    };
                    lane.segments.push((lane.count, origin));
                }
            }
            lane.count += 1;
        }
    }
    for mut lane in lanes {
        let pending = lane.checker.finish();
        // The streamed units the findings quote, read again.
        let mut wanted: HashMap<usize, HashSet<(usize, usize)>> = HashMap::new();
        for unit in pending.iter().flat_map(|p| p.units()) {
            if let Some((start, Origin::Stream { set, k } | Origin::Reread { set, k })) =
                segment(&lane.segments, unit)
            {
                wanted.entry(*set).or_default().insert((*k, unit - start));
            }
        }
        let mut fetched: HashMap<usize, HashMap<(usize, usize), OwnedPair>> = HashMap::new();
        for (index, wanted) in wanted {
            let Some(set) = workspace.sets.get(index) else {
                continue;
            };
            if let Some(tmx) = &set.stream {
                fetched.insert(index, fetch(tmx, &wanted)?);
            } else if set.reread.is_some() {
                let loaded = workspace.reread(set)?;
                let mut owned = HashMap::new();
                let mut slots: Vec<usize> = wanted.iter().map(|&(k, _)| k).collect();
                slots.sort_unstable();
                slots.dedup();
                for k in slots {
                    for (n, pair) in translated_pairs(&loaded, k).iter().enumerate() {
                        if wanted.contains(&(k, n)) {
                            owned.extend(OwnedPair::of(pair).map(|pair| ((k, n), pair)));
                        }
                    }
                }
                fetched.insert(index, owned);
            }
        }
        found.extend(lane.checker.complete(&pending, |unit| {
            match segment(&lane.segments, unit)? {
                (start, Origin::Memory { set, part, picks }) => {
                    let (k, pairs) = aligned.get(*set)?.get(*part)?;
                    let pair = pairs.get(*picks.get(unit - start)?)?;
                    workspace.sets.get(*set)?.unit_pair(*k, pair)
                }
                (start, Origin::Stream { set, k } | Origin::Reread { set, k }) => fetched
                    .get(set)?
                    .get(&(*k, unit - start))
                    .map(OwnedPair::pair),
            }
        }));
    }
    Ok(found)
}

/// The glossary findings of one streamed unit in every translation slot: the unit's texts as
/// one-sentence documents, checked as the same file read whole would be (the unit's index is
/// its group; `states[k]` carries translation `k` from unit to unit).
fn unit_terms(
    tmx: &StreamedTmx,
    terms: &TermContext,
    unit: &RawUnit<'_>,
    states: &mut [TermState],
    settings: &Settings,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let Some(source_lang) = tmx.langs.first() else {
        return found;
    };
    let sentence = |v: &Variant| Sentence::verbatim(v.span.clone(), v.text.clone(), unit.index);
    let source: Vec<Sentence> = unit
        .slots
        .first()
        .copied()
        .flatten()
        .map(sentence)
        .into_iter()
        .collect();
    for (k, target) in unit.slots.iter().enumerate().skip(1) {
        let (Some(target), Some(lang), Some(state)) = (target, tmx.langs.get(k), states.get_mut(k))
        else {
            continue;
        };
        let target = [sentence(target)];
        let pairs = [AlignedPair {
            src: 0..source.len(),
            tgt: 0..1,
            confidence: 1.0,
            low_confidence: false,
            group: unit.index,
        }];
        let document = |lang, sentences| Document {
            file: tmx.file,
            lang,
            text: unit.text,
            sentences,
        };
        let input = PairInput {
            source: document(source_lang, &source),
            target: document(lang, &target),
            pairs: &pairs,
            terms: Some(terms),
        };
        found.extend(check_part_terms(&input, state, unit.start, settings));
    }
    found
}

/// The unit pairs of translation `k` of a structured set that have a
/// translation: the ones the project-wide passes see, in order.
fn translated_pairs(set: &DocSet, k: usize) -> Vec<UnitPair<'_>> {
    set.pairs_with(k)
        .iter()
        .filter_map(|pair| set.unit_pair(k, pair))
        .filter(|pair| pair.target.is_some())
        .collect()
}

/// The segment holding unit `unit`: its first unit and origin.
fn segment(segments: &[(usize, Origin)], unit: usize) -> Option<(usize, &Origin)> {
    let after = segments.partition_point(|(start, _)| *start <= unit);
    let (start, origin) = segments.get(after.checked_sub(1)?)?;
    Some((*start, origin))
}

/// Replaces the placeholder of every streamed file, and of every structured file read again
/// when it was checked, by the lines the diagnostics point at.
pub fn attach_excerpts(
    workspace: &mut Workspace,
    diagnostics: &[Diagnostic],
) -> anyhow::Result<()> {
    let mut excerpts = Vec::new();
    for set in &workspace.sets {
        if let Some(tmx) = &set.stream {
            let ranges = ranges_in(diagnostics, tmx.file);
            if !ranges.is_empty() {
                excerpts.push((tmx.file, excerpt(tmx, ranges)?));
            }
            continue;
        }
        if set.reread.is_none() || set.kind == SetKind::Documents {
            continue;
        }
        // A bilingual file's documents share one file.
        let mut files: Vec<FileId> = set.docs.iter().map(|d| d.file).collect();
        files.dedup();
        let quoted: Vec<(FileId, Vec<Range<usize>>)> = files
            .into_iter()
            .map(|file| (file, ranges_in(diagnostics, file)))
            .filter(|(_, ranges)| !ranges.is_empty())
            .collect();
        if quoted.is_empty() {
            continue;
        }
        let loaded = workspace.reread(set)?;
        for (file, ranges) in quoted {
            let (Some(doc), Some(source)) = (
                loaded.docs.iter().find(|d| d.file == file),
                workspace.sources.get(file),
            ) else {
                continue;
            };
            let excerpt = excerpt_lines(
                doc.text.as_bytes(),
                source.path.clone(),
                source.lang.clone(),
                ranges,
            )?;
            excerpts.push((file, excerpt));
        }
    }
    for (file, excerpt) in excerpts {
        workspace.sources.replace(file, excerpt);
    }
    Ok(())
}
