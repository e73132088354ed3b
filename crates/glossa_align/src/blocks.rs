//! Block structure (headings, paragraphs): the regions a bead may not cross.

use std::ops::Range;

use crate::AlignOptions;
use crate::features::{Side, combine_punct};
use crate::model::{Scorer, estimate_length};
use crate::pair::{PairFeatures, block_params};
use crate::search::align_region;

/// Runs of equal block ids: the sentence range of each block.
fn runs(ids: &[usize]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        match out.last_mut() {
            Some(last) if ids[last.start] == *id => last.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// One unit per block: summed lengths, merged keys and punctuation.
fn aggregate(side: &Side, blocks: &[Range<usize>]) -> Side {
    let mut out = Side::default();
    for r in blocks {
        out.len.push(side.len[r.clone()].iter().sum());
        out.punct.push(combine_punct(&side.punct[r.clone()]));
        out.inner.push(0);
        let mut keys: Vec<_> = side.keys[r.clone()].iter().flatten().copied().collect();
        keys.sort();
        keys.dedup_by_key(|k| k.id);
        out.keys.push(keys);
    }
    out
}

/// Regions to align independently. Without block ids on both sides, the
/// whole pair. With the same number of blocks on both sides, block k with
/// block k. Otherwise blocks are aligned as units first and the boundaries
/// between block beads are the shared ones.
pub(crate) fn block_regions(
    f: PairFeatures<'_>,
    src_blocks: Option<&[usize]>,
    tgt_blocks: Option<&[usize]>,
    options: &AlignOptions,
) -> Vec<(Range<usize>, Range<usize>)> {
    let whole = vec![(0..f.src.n(), 0..f.tgt.n())];
    let (Some(bs), Some(bt)) = (src_blocks, tgt_blocks) else {
        return whole;
    };
    if bs.len() != f.src.n() || bt.len() != f.tgt.n() || bs.is_empty() || bt.is_empty() {
        return whole;
    }
    let rs = runs(bs);
    let rt = runs(bt);
    if rs.len() == rt.len() {
        return rs.into_iter().zip(rt).collect();
    }
    let src = aggregate(f.src, &rs);
    let tgt = aggregate(f.tgt, &rt);
    let length = estimate_length(&src, &tgt, &[], options.model.length_sigma);
    let mut scorer = Scorer::new(&src, &tgt, f.interner, length, &options.model);
    let path = align_region(
        &mut scorer,
        0,
        0,
        rs.len(),
        rt.len(),
        block_params(options),
        false,
    );
    let start_s = |k: usize| rs.get(k).map_or(f.src.n(), |r| r.start);
    let start_t = |k: usize| rt.get(k).map_or(f.tgt.n(), |r| r.start);
    path.beads
        .iter()
        .map(|b| {
            (
                start_s(b.src.start)..start_s(b.src.end),
                start_t(b.tgt.start)..start_t(b.tgt.end),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_block_ids() {
        assert_eq!(runs(&[0, 0, 1, 2, 2, 2]), vec![0..2, 2..3, 3..6]);
        assert!(runs(&[]).is_empty());
    }
}
