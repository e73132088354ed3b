//! The unit checks of `check` over every structured file, one lane per language pair: each
//! unit is checked as it comes (from a parsed file, or from a TMX read as a stream), the lane
//! keeps what its project-wide passes need (hashes and ratios, not texts), and the few units
//! they report are read again for their texts.
//!
//! Memory that grows with the number of units: about 44 bytes a unit of a lane (see
//! [`UnitChecker`]) and the diagnostics found; a streamed TMX adds no text to that.

use std::collections::{HashMap, HashSet};

use glossa_checks::{Settings, UnitChecker, UnitPair};
use glossa_diagnostics::Diagnostic;
use glossa_text::Lang;

use crate::pipeline::Workspace;
use crate::stream::{OwnedPair, each_pair, excerpt, fetch};

/// Where the units of a lane come from, from its unit `start` on.
enum Origin<'a> {
    /// Units of a parsed file.
    Memory(Vec<UnitPair<'a>>),
    /// Translation slot `k` of the streamed set `set`.
    Stream { set: usize, k: usize },
}

/// The units of one language pair.
struct Lane<'a> {
    langs: (&'a Lang, &'a Lang),
    checker: UnitChecker,
    count: usize,
    /// `(first unit, origin)`, in order.
    segments: Vec<(usize, Origin<'a>)>,
}

/// The lane of a language pair (its index), opened when first seen.
fn lane<'a>(
    lanes: &mut Vec<Lane<'a>>,
    source: &'a Lang,
    target: &'a Lang,
    settings: &Settings,
) -> usize {
    match lanes
        .iter()
        .position(|l| l.langs.0 == source && l.langs.1 == target)
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

/// The unit diagnostics of all structured sets: `units[i]` are the unit pairs of the parsed
/// set `workspace.sets[i]` (empty for a streamed one), in set order.
pub fn check_lanes<'a>(
    workspace: &'a Workspace,
    units: Vec<Vec<UnitPair<'a>>>,
    settings: &Settings,
) -> anyhow::Result<Vec<Diagnostic>> {
    let mut lanes: Vec<Lane<'a>> = Vec::new();
    let mut found = Vec::new();
    for (index, (set, pairs)) in workspace.sets.iter().zip(units).enumerate() {
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
            each_pair(tmx, |k, _, pair| {
                if let Some(lane) = slots.get(k).and_then(|&at| lanes.get_mut(at)) {
                    found.extend(lane.checker.add(pair));
                    lane.count += 1;
                }
            })?;
            continue;
        }
        for pair in pairs {
            // A unit without a translation has no finding of its own nor a part in the
            // project-wide passes.
            let Some(target) = pair.target else {
                continue;
            };
            let at = lane(&mut lanes, pair.source.lang, target.lang, settings);
            let Some(lane) = lanes.get_mut(at) else {
                continue;
            };
            found.extend(lane.checker.add(&pair));
            match lane.segments.last_mut() {
                Some((_, Origin::Memory(units))) => units.push(pair),
                _ => lane.segments.push((lane.count, Origin::Memory(vec![pair]))),
            }
            lane.count += 1;
        }
    }
    for mut lane in lanes {
        let pending = lane.checker.finish();
        // The streamed units the findings quote, read again.
        let mut wanted: HashMap<usize, HashSet<(usize, usize)>> = HashMap::new();
        for unit in pending.iter().flat_map(|p| p.units()) {
            if let Some((start, Origin::Stream { set, k })) = segment(&lane.segments, unit) {
                wanted.entry(*set).or_default().insert((*k, unit - start));
            }
        }
        let mut fetched: HashMap<usize, HashMap<(usize, usize), OwnedPair>> = HashMap::new();
        for (set, wanted) in wanted {
            if let Some(tmx) = workspace.sets.get(set).and_then(|s| s.stream.as_ref()) {
                fetched.insert(set, fetch(tmx, &wanted)?);
            }
        }
        found.extend(lane.checker.complete(&pending, |unit| {
            match segment(&lane.segments, unit)? {
                (start, Origin::Memory(units)) => units.get(unit - start).copied(),
                (start, Origin::Stream { set, k }) => fetched
                    .get(set)?
                    .get(&(*k, unit - start))
                    .map(OwnedPair::pair),
            }
        }));
    }
    Ok(found)
}

/// The segment holding unit `unit`: its first unit and origin.
fn segment<'s, 'a>(
    segments: &'s [(usize, Origin<'a>)],
    unit: usize,
) -> Option<(usize, &'s Origin<'a>)> {
    let after = segments.partition_point(|(start, _)| *start <= unit);
    let (start, origin) = segments.get(after.checked_sub(1)?)?;
    Some((*start, origin))
}

/// Replaces the placeholder of every streamed file by the lines the diagnostics point at.
pub fn attach_excerpts(
    workspace: &mut Workspace,
    diagnostics: &[Diagnostic],
) -> anyhow::Result<()> {
    for set in &workspace.sets {
        let Some(tmx) = &set.stream else {
            continue;
        };
        let ranges: Vec<_> = diagnostics
            .iter()
            .flat_map(|d| {
                d.labels
                    .iter()
                    .map(|l| &l.span)
                    .chain(d.fix.iter().map(|f| &f.span))
            })
            .filter(|span| span.file == tmx.file)
            .map(|span| span.range.clone())
            .collect();
        if !ranges.is_empty() {
            workspace.sources.replace(tmx.file, excerpt(tmx, ranges)?);
        }
    }
    Ok(())
}
