//! Many-way groups from alignments of every document to the pivot.

use std::ops::Range;

use crate::features::{Interner, Side, script_family};
use crate::pair::{PairFeatures, align_features, doc_side};
use crate::{AlignDoc, AlignOptions, Bead, Group};

/// Alignments of `docs[1..]` to `docs[0]`, with one key table for all
/// documents (features are extracted once per document).
pub(crate) fn align_to_pivot(docs: &[AlignDoc<'_>], options: &AlignOptions) -> Vec<Vec<Bead>> {
    let mut interner = Interner::default();
    let sides: Vec<Side> = docs
        .iter()
        .map(|d| doc_side(d, options, script_family(&d.lang) != 0, &mut interner))
        .collect();
    (1..docs.len())
        .map(|k| {
            let f = PairFeatures {
                interner: &interner,
                src: &sides[0],
                tgt: &sides[k],
            };
            align_features(
                f,
                docs[0].blocks.as_deref(),
                docs[k].blocks.as_deref(),
                options,
            )
        })
        .collect()
}

/// Builds groups from `beads[k]` = alignment of doc k+1 to the pivot
/// (pivot on the source side). Pivot sentences joined by any bead form one
/// group; sentences with no pivot counterpart join the group they fall
/// inside, or form their own group at that position.
pub(crate) fn groups_from_pivot(n_pivot: usize, beads: &[Vec<Bead>], low: f32) -> Vec<Group> {
    // joined[p] = pivot boundary p (between p-1 and p) lies inside a group.
    let mut joined = vec![false; n_pivot + 1];
    for doc in beads {
        for b in doc {
            if b.src.len() >= 2 {
                joined[b.src.start + 1..b.src.end].fill(true);
            }
        }
    }
    // Pivot groups: maximal runs not separated by a free boundary.
    let mut pivot_groups: Vec<Range<usize>> = Vec::new();
    for (p, &join) in joined.iter().enumerate().take(n_pivot) {
        match pivot_groups.last_mut() {
            Some(g) if join => g.end = p + 1,
            _ => pivot_groups.push(p..p + 1),
        }
    }
    let k = beads.len() + 1;
    // Each slot: a group with pivot range, or an insertion slot at a boundary.
    struct Slot {
        members: Vec<Range<usize>>,
        confidence: f32,
        low: bool,
        used: bool,
    }
    let new_slot = |pivot: Range<usize>| {
        let mut members = vec![0..0; k];
        members[0] = pivot;
        Slot {
            members,
            confidence: 1.0,
            low: false,
            used: false,
        }
    };
    // Slot order: insertion slot before each group, then the group; one final insertion slot.
    let mut slots: Vec<Slot> = Vec::new();
    let mut group_of = vec![0usize; n_pivot];
    let mut insert_at = vec![0usize; n_pivot + 1];
    for g in &pivot_groups {
        insert_at[g.start] = slots.len();
        slots.push(new_slot(g.start..g.start));
        let idx = slots.len();
        for p in g.clone() {
            group_of[p] = idx;
        }
        let mut slot = new_slot(g.clone());
        slot.used = true;
        slots.push(slot);
    }
    insert_at[n_pivot] = slots.len();
    slots.push(new_slot(n_pivot..n_pivot));
    for (d, doc) in beads.iter().enumerate() {
        for b in doc {
            let slot_idx = if b.src.is_empty() {
                let p = b.src.start;
                if p < n_pivot && joined[p] {
                    group_of[p]
                } else {
                    insert_at[p.min(n_pivot)]
                }
            } else {
                group_of[b.src.start]
            };
            let slot = &mut slots[slot_idx];
            let member = &mut slot.members[d + 1];
            if b.tgt.start < b.tgt.end {
                if member.start >= member.end {
                    *member = b.tgt.clone();
                } else {
                    member.start = member.start.min(b.tgt.start);
                    member.end = member.end.max(b.tgt.end);
                }
            }
            slot.confidence = slot.confidence.min(b.confidence);
            slot.low |= b.confidence < low;
            slot.used |= !b.tgt.is_empty() || !b.src.is_empty();
        }
    }
    slots
        .into_iter()
        .filter(|s| s.used && s.members.iter().any(|m| !m.is_empty()))
        .map(|s| Group {
            members: s
                .members
                .into_iter()
                .map(|m| if m.is_empty() { 0..0 } else { m })
                .collect(),
            confidence: s.confidence,
            low_confidence: s.low,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bead(s: Range<usize>, t: Range<usize>) -> Bead {
        Bead {
            src: s,
            tgt: t,
            confidence: 0.9,
            low_confidence: false,
        }
    }

    #[test]
    fn merges_join_pivot_groups_and_insertions_get_slots() {
        // doc1: 0-0, (1,2)-1, 3-[] ; doc2: 0-0, 1-1, []-2, 2-3, 3-4
        let d1 = vec![bead(0..1, 0..1), bead(1..3, 1..2), bead(3..4, 2..2)];
        let d2 = vec![
            bead(0..1, 0..1),
            bead(1..2, 1..2),
            bead(2..2, 2..3),
            bead(2..3, 3..4),
            bead(3..4, 4..5),
        ];
        let groups = groups_from_pivot(4, &[d1, d2], 0.5);
        let m: Vec<Vec<Range<usize>>> = groups.iter().map(|g| g.members.clone()).collect();
        assert_eq!(
            m,
            vec![
                vec![0..1, 0..1, 0..1],
                vec![1..3, 1..2, 1..4],
                vec![3..4, 0..0, 4..5],
            ]
        );
    }
}
