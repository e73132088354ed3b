//! Many-way refinement: each translation is aligned to the pivot, then
//! realigned to a pivot enriched with what the other translations say about
//! each pivot sentence (a consensus length and their anchors).

use crate::features::{Interner, KeyRef, Side, script_family};
use crate::pair::{PairFeatures, align_features, doc_side};
use crate::{AlignDoc, AlignOptions, Bead};

/// The pivot side seen through other translations: lengths become the
/// geometric mean of the pivot length and the other translations' lengths
/// (rescaled to pivot units), and their keys are added as borrowed keys.
pub(crate) fn enrich(pivot: &Side, others: &[(&Side, &[Bead])]) -> Side {
    let n = pivot.n();
    let mut log_sum: Vec<f32> = pivot.len.iter().map(|l| (l + 1.0).ln()).collect();
    let mut count = vec![1.0f32; n];
    let mut keys = pivot.keys.clone();
    let total_p: f32 = pivot.len.iter().sum::<f32>().max(1.0);
    for (side, beads) in others {
        let ratio = side.len.iter().sum::<f32>().max(1.0) / total_p;
        for b in beads.iter() {
            if b.src.is_empty() || b.tgt.is_empty() {
                continue;
            }
            let len_t: f32 = side.len[b.tgt.clone()].iter().sum();
            let len_s: f32 = pivot.len[b.src.clone()].iter().sum::<f32>().max(1.0);
            for i in b.src.clone() {
                let share = len_t * pivot.len[i] / len_s / ratio;
                log_sum[i] += (share + 1.0).ln();
                count[i] += 1.0;
                for j in b.tgt.clone() {
                    keys[i].extend(side.keys[j].iter().filter(|k| !k.aux).map(|k| KeyRef {
                        id: k.id,
                        soft: true,
                        aux: true,
                    }));
                }
            }
        }
    }
    for row in &mut keys {
        // Real keys sort first for an id (aux = false < true); keep them.
        row.sort_by_key(|k| (k.id, k.aux));
        row.dedup_by_key(|k| k.id);
    }
    Side {
        len: log_sum
            .iter()
            .zip(&count)
            .map(|(s, c)| ((s / c).exp() - 1.0).max(0.0))
            .collect(),
        keys,
        punct: pivot.punct.clone(),
    }
}

/// Alignments of `docs[1..]` to `docs[0]`, refined with the other
/// translations when there are at least two of them.
pub(crate) fn align_to_pivot(docs: &[AlignDoc<'_>], options: &AlignOptions) -> Vec<Vec<Bead>> {
    let mut interner = Interner::default();
    let sides: Vec<Side> = docs
        .iter()
        .map(|d| doc_side(d, options, script_family(&d.lang) != 0, &mut interner))
        .collect();
    let blocks = |k: usize| docs[k].blocks.as_deref();
    let pair = |src: &Side, k: usize| {
        let f = PairFeatures {
            interner: &interner,
            src,
            tgt: &sides[k],
        };
        align_features(f, blocks(0), blocks(k), options)
    };
    let first: Vec<Vec<Bead>> = (1..docs.len()).map(|k| pair(&sides[0], k)).collect();
    if !options.repair || docs.len() < 3 {
        return first;
    }
    (1..docs.len())
        .map(|k| {
            let others: Vec<(&Side, &[Bead])> = (1..docs.len())
                .filter(|&y| y != k)
                .map(|y| (&sides[y], first[y - 1].as_slice()))
                .collect();
            let enriched = enrich(&sides[0], &others);
            pair(&enriched, k)
        })
        .collect()
}
