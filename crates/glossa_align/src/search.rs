//! Near-linear search: full DP for small regions; otherwise a band around a
//! guide through anchor points (hard keys found once on each side), length-
//! proportional between them, that widens until the path stays inside it.

use std::collections::HashMap;

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

/// Anchor points: sentence pairs sharing a hard key that occurs exactly once
/// in each side of the region, reduced to the longest chain increasing on
/// both sides (so a stray match cannot bend the guide backwards).
fn anchor_points(
    src: &Side,
    tgt: &Side,
    s0: usize,
    t0: usize,
    n: usize,
    m: usize,
) -> Vec<(usize, usize)> {
    let mut seen: HashMap<u32, (u32, usize, u32, usize)> = HashMap::new();
    for i in 0..n {
        for k in src.keys[s0 + i].iter().filter(|k| !k.soft) {
            let e = seen.entry(k.id).or_insert((0, i, 0, 0));
            e.0 += 1;
            e.1 = i;
        }
    }
    for j in 0..m {
        for k in tgt.keys[t0 + j].iter().filter(|k| !k.soft) {
            if let Some(e) = seen.get_mut(&k.id) {
                e.2 += 1;
                e.3 = j;
            }
        }
    }
    let mut points: Vec<(usize, usize)> = seen
        .values()
        .filter(|e| e.0 == 1 && e.2 == 1)
        .map(|e| (e.1, e.3))
        .collect();
    points.sort_unstable();
    longest_chain(&points)
}

/// Longest subsequence strictly increasing in both coordinates (input sorted).
fn longest_chain(points: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k] = index of the smallest last j of a chain of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev = vec![usize::MAX; points.len()];
    let mut k = 0;
    while k < points.len() {
        // Points sharing a source sentence: compute their places first, then insert.
        let mut end = k;
        while end < points.len() && points[end].0 == points[k].0 {
            end += 1;
        }
        let places: Vec<usize> = (k..end)
            .map(|p| tails.partition_point(|&t| points[t].1 < points[p].1))
            .collect();
        for (p, place) in (k..end).zip(places) {
            if place > 0 {
                prev[p] = tails[place - 1];
            }
            if place == tails.len() {
                tails.push(p);
            } else if points[p].1 < points[tails[place]].1 {
                tails[place] = p;
            }
        }
        k = end;
    }
    let mut chain = Vec::new();
    let mut cur = tails.last().copied().unwrap_or(usize::MAX);
    while cur != usize::MAX {
        chain.push(points[cur]);
        cur = prev[cur];
    }
    chain.reverse();
    chain
}

/// The guide through anchor points, length-proportional between them.
fn anchored_guide(src: &Side, tgt: &Side, s0: usize, t0: usize, n: usize, m: usize) -> Vec<usize> {
    let mut points = vec![(0, 0)];
    points.extend(
        anchor_points(src, tgt, s0, t0, n, m)
            .into_iter()
            .filter(|&(i, j)| i > 0 && j > 0),
    );
    points.push((n, m));
    let mut guide = vec![0];
    for w in points.windows(2) {
        let ((ia, ja), (ib, jb)) = (w[0], w[1]);
        let part = length_guide(src, tgt, s0 + ia, t0 + ja, ib - ia, jb - ja);
        guide.extend(part.iter().skip(1).map(|j| ja + j));
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
    let guide = anchored_guide(scorer.src, scorer.tgt, s0, t0, n, m);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_skips_stray_points() {
        let points = [(1, 1), (2, 9), (3, 3), (4, 4), (5, 2), (6, 7)];
        assert_eq!(longest_chain(&points), vec![(1, 1), (3, 3), (4, 4), (6, 7)]);
        assert_eq!(longest_chain(&[(1, 1), (1, 2)]).len(), 1);
    }
}
