//! The aligned groups of a set: listed, or (a PO file read straight into sentences) one per
//! unit, which needs no list.

use std::borrow::Cow;

use glossa_align::Group;
use glossa_checks::AlignedPair;

/// The aligned groups of a set, one sentence range per document (the export's rows).
#[derive(Debug, Clone)]
pub enum SetGroups {
    /// Groups listed one by one.
    Listed(Vec<Group>),
    /// Group `i` holds sentence `i` of every document that has the units' text
    /// (`holds[doc]`), and no sentence of the others: a PO file of 100,000 units would
    /// otherwise list 100,000 groups of one sentence per document.
    PerUnit {
        /// Number of units (of groups).
        count: usize,
        /// Per document, whether it holds one sentence per unit.
        holds: Vec<bool>,
    },
}

impl Default for SetGroups {
    fn default() -> Self {
        Self::Listed(Vec::new())
    }
}

impl SetGroups {
    /// The groups, listed (built for a set of units).
    pub fn listed(&self) -> Cow<'_, [Group]> {
        match self {
            Self::Listed(groups) => Cow::Borrowed(groups),
            Self::PerUnit { count, holds } => Cow::Owned(
                (0..*count)
                    .map(|index| Group {
                        members: holds.iter().map(|&h| unit_range(h, index)).collect(),
                        confidence: 1.0,
                        low_confidence: false,
                    })
                    .collect(),
            ),
        }
    }
}

/// The sentences of unit `index` in a document that holds one per unit (`holds`), or none.
fn unit_range(holds: bool, index: usize) -> std::ops::Range<usize> {
    match holds {
        true => index..index + 1,
        false => 0..0,
    }
}

/// The pairs of translation `k` (1-based index among `holds`) of a set grouped per unit: what
/// the beads of the listed groups give, each unit its own group.
pub fn per_unit_pairs(count: usize, holds: &[bool], k: usize) -> Vec<AlignedPair> {
    let (Some(&source), Some(&target)) = (holds.first(), holds.get(k)) else {
        return Vec::new();
    };
    if k == 0 || !(source || target) {
        return Vec::new();
    }
    (0..count)
        .map(|index| AlignedPair {
            src: unit_range(source, index),
            tgt: unit_range(target, index),
            confidence: 1.0,
            low_confidence: false,
            group: index,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_pair_with_themselves_in_their_own_group() {
        let pairs = |holds: &[bool], k| {
            per_unit_pairs(2, holds, k)
                .into_iter()
                .map(|p| (p.src, p.tgt, p.group))
                .collect::<Vec<_>>()
        };
        assert_eq!(pairs(&[true, true], 1), [(0..1, 0..1, 0), (1..2, 1..2, 1)]);
        assert_eq!(pairs(&[true, false], 1), [(0..1, 0..0, 0), (1..2, 0..0, 1)]);
        assert!(pairs(&[false, false], 1).is_empty());
        assert!(pairs(&[true, true], 0).is_empty() && pairs(&[true, true], 2).is_empty());
        let groups = SetGroups::PerUnit {
            count: 2,
            holds: vec![true, false],
        };
        let members: Vec<_> = groups.listed().iter().map(|g| g.members.clone()).collect();
        assert_eq!(members, [vec![0..1, 0..0], vec![1..2, 0..0]]);
    }
}
