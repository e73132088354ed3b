//! Near-linear search: full DP for small regions, otherwise a band around a
//! length-proportional guide that widens until the path stays inside it.

use crate::dp::{Band, Path, run};
use crate::features::Side;
use crate::model::Scorer;

/// Search settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SearchParams {
    pub full_cells: usize,
    pub band: usize,
}

/// The guide column for each source prefix: the target prefix whose share of
/// the target characters equals the source prefix's share.
fn length_guide(src: &Side, tgt: &Side, s0: usize, t0: usize, n: usize, m: usize) -> Vec<usize> {
    let ls: Vec<f32> = src.len[s0..s0 + n].iter().map(|l| l + 1.0).collect();
    let lt: Vec<f32> = tgt.len[t0..t0 + m].iter().map(|l| l + 1.0).collect();
    let total_s: f32 = ls.iter().sum::<f32>().max(1.0);
    let total_t: f32 = lt.iter().sum::<f32>().max(1.0);
    let mut guide = Vec::with_capacity(n + 1);
    let (mut acc_s, mut acc_t, mut j) = (0.0f32, 0.0f32, 0usize);
    guide.push(0);
    for l in &ls {
        acc_s += l;
        let share = acc_s / total_s;
        while j < m && (acc_t + lt[j] / 2.0) / total_t < share {
            acc_t += lt[j];
            j += 1;
        }
        guide.push(j);
    }
    guide
}

/// Lowest and highest target prefix the path visits on each source row.
fn path_bounds(path: &Path, n: usize) -> (Vec<usize>, Vec<usize>) {
    let mut lo = vec![usize::MAX; n + 1];
    let mut hi = vec![0; n + 1];
    lo[0] = 0;
    for b in &path.beads {
        for i in b.src.start..=b.src.end {
            lo[i] = lo[i].min(b.tgt.start);
            hi[i] = hi[i].max(b.tgt.end);
        }
    }
    for i in 1..=n {
        if lo[i] == usize::MAX {
            lo[i] = lo[i - 1];
            hi[i] = hi[i].max(hi[i - 1]);
        }
    }
    (lo, hi)
}

/// Aligns the region `s0..s0+n` × `t0..t0+m`.
pub(crate) fn align_region(
    scorer: &mut Scorer<'_>,
    s0: usize,
    t0: usize,
    n: usize,
    m: usize,
    params: SearchParams,
    posteriors: bool,
) -> Path {
    if (n + 1) * (m + 1) <= params.full_cells {
        return run(scorer, s0, t0, n, m, &Band::full(n, m), posteriors);
    }
    let guide = length_guide(scorer.src, scorer.tgt, s0, t0, n, m);
    let mut width = params.band.max(4);
    let mut band = Band::around(&guide, &guide, width, m);
    loop {
        let path = run(scorer, s0, t0, n, m, &band, posteriors);
        if !path.touches_edge || width > n.max(m) {
            return path;
        }
        width *= 2;
        let (lo, hi) = path_bounds(&path, n);
        band = Band::around(&lo, &hi, width, m);
    }
}
