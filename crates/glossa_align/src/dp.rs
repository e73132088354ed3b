//! Banded dynamic programming over beads: Viterbi path plus forward-backward
//! posteriors of the chosen beads.

use std::ops::Range;

use crate::model::{SHAPES, Scorer};

/// Allowed cells: for each source prefix `i` (0..=n), target prefixes
/// `lo[i]..=hi[i]`. Both bounds never decrease and consecutive rows overlap,
/// so a path from (0, 0) to (n, m) always exists.
#[derive(Debug, Clone)]
pub(crate) struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    offset: Vec<usize>,
    m: usize,
}

impl Band {
    /// Every cell.
    pub fn full(n: usize, m: usize) -> Self {
        Self::from_bounds(vec![0; n + 1], vec![m; n + 1], m)
    }

    /// Cells within `width` columns of `guide[i]` (one column per row).
    pub fn around(lo_guide: &[usize], hi_guide: &[usize], width: usize, m: usize) -> Self {
        let lo = lo_guide.iter().map(|g| g.saturating_sub(width)).collect();
        let hi = hi_guide.iter().map(|g| (g + width).min(m)).collect();
        Self::from_bounds(lo, hi, m)
    }

    fn from_bounds(mut lo: Vec<usize>, mut hi: Vec<usize>, m: usize) -> Self {
        let n = lo.len() - 1;
        lo[0] = 0;
        hi[n] = m;
        for i in 1..=n {
            lo[i] = lo[i].max(lo[i - 1]);
            hi[i] = hi[i].max(hi[i - 1]);
        }
        for i in (0..n).rev() {
            // Overlap: row i must reach row i + 1 with a 1-0 step.
            hi[i] = hi[i].max(lo[i + 1]).min(m);
            lo[i] = lo[i].min(hi[i]);
        }
        let mut offset = Vec::with_capacity(n + 2);
        let mut acc = 0;
        for i in 0..=n {
            offset.push(acc);
            acc += hi[i] - lo[i] + 1;
        }
        offset.push(acc);
        Self { lo, hi, offset, m }
    }

    fn cells(&self) -> usize {
        self.offset[self.offset.len() - 1]
    }

    fn index(&self, i: usize, j: usize) -> Option<usize> {
        (j >= self.lo[i] && j <= self.hi[i]).then(|| self.offset[i] + j - self.lo[i])
    }

    /// True when the path runs along an inner edge of the band (the band may
    /// have cut off a better path).
    fn touches_edge(&self, path: &[(usize, usize)]) -> bool {
        path.iter().any(|&(i, j)| {
            (self.lo[i] > 0 && j < self.lo[i] + 2) || (self.hi[i] < self.m && j + 2 > self.hi[i])
        })
    }
}

/// One bead of the best path, in region coordinates.
#[derive(Debug, Clone)]
pub(crate) struct PathBead {
    pub src: Range<usize>,
    pub tgt: Range<usize>,
    pub posterior: f32,
}

/// Result of one DP run.
pub(crate) struct Path {
    pub beads: Vec<PathBead>,
    pub touches_edge: bool,
}

fn log_add(a: f32, b: f32) -> f32 {
    if a == f32::NEG_INFINITY {
        return b;
    }
    if b == f32::NEG_INFINITY {
        return a;
    }
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    hi + (lo - hi).exp().ln_1p()
}

/// Runs the DP on the region `s0..s0+n` × `t0..t0+m` inside `band`.
pub(crate) fn run(
    scorer: &mut Scorer<'_>,
    s0: usize,
    t0: usize,
    n: usize,
    m: usize,
    band: &Band,
    posteriors: bool,
) -> Path {
    let k = SHAPES.len();
    let cells = band.cells();
    let mut vit = vec![f32::NEG_INFINITY; cells];
    let mut fwd = vec![f32::NEG_INFINITY; if posteriors { cells } else { 0 }];
    let mut back = vec![u8::MAX; cells];
    let mut trans = vec![f32::NEG_INFINITY; if posteriors { cells * k } else { 0 }];
    vit[0] = 0.0;
    if posteriors {
        fwd[0] = 0.0;
    }
    for i in 0..=n {
        for j in band.lo[i]..=band.hi[i] {
            if i == 0 && j == 0 {
                continue;
            }
            let Some(cur) = band.index(i, j) else {
                continue;
            };
            let mut best = f32::NEG_INFINITY;
            let mut best_k = u8::MAX;
            let mut acc = f32::NEG_INFINITY;
            for (shape, &(a, b)) in SHAPES.iter().enumerate() {
                if a > i || b > j {
                    continue;
                }
                let (pi, pj) = (i - a, j - b);
                let Some(prev) = band.index(pi, pj) else {
                    continue;
                };
                let pv = vit[prev];
                if pv == f32::NEG_INFINITY {
                    continue;
                }
                let s = scorer.score(shape, s0 + pi..s0 + i, t0 + pj..t0 + j);
                if pv + s > best {
                    best = pv + s;
                    best_k = shape as u8;
                }
                if posteriors {
                    trans[cur * k + shape] = s;
                    acc = log_add(acc, fwd[prev] + s);
                }
            }
            vit[cur] = best;
            back[cur] = best_k;
            if posteriors {
                fwd[cur] = acc;
            }
        }
    }
    // Trace back.
    let mut beads = Vec::new();
    let mut points = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        points.push((i, j));
        let Some(cur) = band.index(i, j) else { break };
        let shape = back[cur] as usize;
        let Some(&(a, b)) = SHAPES.get(shape) else {
            break;
        };
        beads.push((i - a..i, j - b..j, shape, cur));
        i -= a;
        j -= b;
    }
    points.push((0, 0));
    beads.reverse();
    let touches_edge = band.touches_edge(&points);
    let post = if posteriors {
        backward_posteriors(band, &trans, &fwd, n, m, &beads)
    } else {
        vec![1.0; beads.len()]
    };
    Path {
        beads: beads
            .into_iter()
            .zip(post)
            .map(|((src, tgt, _, _), posterior)| PathBead {
                src,
                tgt,
                posterior,
            })
            .collect(),
        touches_edge,
    }
}

/// Posterior probability of each Viterbi bead (forward × backward / total).
fn backward_posteriors(
    band: &Band,
    trans: &[f32],
    fwd: &[f32],
    n: usize,
    m: usize,
    beads: &[(Range<usize>, Range<usize>, usize, usize)],
) -> Vec<f32> {
    let k = SHAPES.len();
    let mut bwd = vec![f32::NEG_INFINITY; band.cells()];
    let Some(end) = band.index(n, m) else {
        return vec![0.0; beads.len()];
    };
    bwd[end] = 0.0;
    for i in (0..=n).rev() {
        for j in (band.lo[i]..=band.hi[i]).rev() {
            let Some(cur) = band.index(i, j) else {
                continue;
            };
            if cur == end {
                continue;
            }
            let mut acc = f32::NEG_INFINITY;
            for (shape, &(a, b)) in SHAPES.iter().enumerate() {
                let (ni, nj) = (i + a, j + b);
                if ni > n || nj > m {
                    continue;
                }
                let Some(next) = band.index(ni, nj) else {
                    continue;
                };
                let s = trans[next * k + shape];
                if s == f32::NEG_INFINITY || bwd[next] == f32::NEG_INFINITY {
                    continue;
                }
                acc = log_add(acc, s + bwd[next]);
            }
            bwd[cur] = acc;
        }
    }
    let total = fwd[end];
    beads
        .iter()
        .map(|(src, tgt, shape, cur)| {
            let Some(prev) = band.index(src.start, tgt.start) else {
                return 0.0;
            };
            let lp = fwd[prev] + trans[cur * k + shape] + bwd[*cur] - total;
            lp.exp().clamp(0.0, 1.0)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_rows_overlap_and_reach_the_corner() {
        let band = Band::around(&[0, 5, 30, 31], &[0, 5, 30, 31], 2, 40);
        assert_eq!(band.lo[0], 0);
        assert_eq!(band.hi[3], 40);
        for i in 0..3 {
            assert!(band.lo[i + 1] <= band.hi[i]);
        }
    }
}
