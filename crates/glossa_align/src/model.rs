//! The bead score: log prior of the bead shape + length likelihood + anchor
//! and punctuation evidence. Higher is better.

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use crate::ModelParams;
use crate::features::{
    EXCLAIM, Interner, KeyClass, KeyRef, NO_STOP, ODD_QUOTES, PAREN, QUESTION, QUOTE, STARTS_QUOTE,
    Side, combine_punct,
};

/// Bead shapes (source count, target count) searched by the DP.
pub(crate) const SHAPES: [(usize, usize); 8] = [
    (1, 1),
    (1, 0),
    (0, 1),
    (2, 1),
    (1, 2),
    (2, 2),
    (3, 1),
    (1, 3),
];

/// Base weight of a matched key of each class.
fn base_weight(class: KeyClass) -> f32 {
    match class {
        KeyClass::Number => 2.0,
        KeyClass::Date => 3.0,
        KeyClass::Link => 3.0,
        KeyClass::Latin => 1.5,
        KeyClass::Name => 1.2,
        KeyClass::Extra => 1.5,
        KeyClass::Cognate => 0.6,
        KeyClass::Lexicon => 1.0,
    }
}

/// Length model parameters: log target/source ratio and its variance.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LengthModel {
    pub mu: f32,
    pub var: f32,
}

/// Mark flags for the per-key scratch table.
const S_ANY: u8 = 1;
const S_HARD: u8 = 2;
const T_ANY: u8 = 4;
const T_HARD: u8 = 8;
const SEEN: u8 = 16;

/// Scores beads between two documents.
pub(crate) struct Scorer<'a> {
    pub src: &'a Side,
    pub tgt: &'a Side,
    pub length: LengthModel,
    /// Log prior of each shape.
    pub priors: [f32; 8],
    weight: Vec<f32>,
    soft_factor: Vec<f32>,
    /// Penalty [soft, hard] of a key present only on the source side.
    pen_src: Vec<[f32; 2]>,
    /// Source keys that occur somewhere in the target document.
    src_keys: Vec<Vec<KeyRef>>,
    /// Target keys that occur somewhere in the source document.
    tgt_keys: Vec<Vec<KeyRef>>,
    /// Fixed penalty of each source sentence's other keys.
    src_const: Vec<f32>,
    /// Fixed penalty of each target sentence's other keys.
    tgt_const: Vec<f32>,
    /// Penalty [soft, hard] of a key present only on the target side.
    pen_tgt: Vec<[f32; 2]>,
    marks: Vec<(u32, u8)>,
    generation: u32,
    /// `exp(length.mu)`.
    ratio: f32,
    /// Log tail probability of the length deviation, tabulated.
    tail: Arc<TailTable>,
    /// Extra length variance of short beads (divided by their length).
    short_var: f32,
    /// Penalty when one side of a bead leaves a quotation open and the other
    /// does not.
    quote_parity: f32,
    /// Score for both sides opening (or both not opening) with a quotation
    /// mark; its negation when only one does.
    quote_start: f32,
    /// Score for both or neither bead side ending without punctuation.
    no_stop: f32,
    /// Penalty per sentence of difference between the two sides' sentence
    /// counts (units may hold several sentences).
    sentence_count: f32,
}

impl<'a> Scorer<'a> {
    /// Builds a scorer; key weights fall with the key's document frequency.
    pub fn new(
        src: &'a Side,
        tgt: &'a Side,
        interner: &Interner,
        length: LengthModel,
        params: &ModelParams,
    ) -> Self {
        let n = interner.len();
        let mut df_s = vec![0u32; n];
        let mut df_t = vec![0u32; n];
        for keys in &src.keys {
            for k in keys {
                df_s[k.id as usize] += 1;
            }
        }
        for keys in &tgt.keys {
            for k in keys {
                df_t[k.id as usize] += 1;
            }
        }
        let weight: Vec<f32> = (0..n)
            .map(|i| {
                let df = df_s[i].max(df_t[i]).max(1) as f32;
                base_weight(interner.class[i]) / (1.0 + df.ln())
            })
            .collect();
        let soft_factor = interner
            .class
            .iter()
            .map(|c| if *c == KeyClass::Number { 0.3 } else { 1.0 })
            .collect();
        // Penalty of a key found on one side of a bead only. A key the other
        // document has somewhere is strong evidence against the bead; a key
        // it never has (a different spelling, an untranslated word) is weak.
        let (hard_seen, hard_unseen, soft_seen) =
            (params.hard_seen, params.hard_unseen, params.soft_seen);
        let penalty = |id: usize, other_df: u32| -> [f32; 2] {
            let soft = match interner.class[id] {
                _ if other_df == 0 => 0.0,
                KeyClass::Name | KeyClass::Latin => soft_seen,
                KeyClass::Lexicon => params.lexicon_seen,
                _ => 0.0,
            };
            let hard = if other_df > 0 { hard_seen } else { hard_unseen };
            [soft, hard]
        };
        let pen_src: Vec<[f32; 2]> = (0..n).map(|i| penalty(i, df_t[i])).collect();
        let pen_tgt: Vec<[f32; 2]> = (0..n).map(|i| penalty(i, df_s[i])).collect();
        let (src_keys, src_const) = live_keys(&src.keys, &df_t, &pen_src, &weight);
        let (tgt_keys, tgt_const) = live_keys(&tgt.keys, &df_s, &pen_tgt, &weight);
        Self {
            src_keys,
            tgt_keys,
            src_const,
            tgt_const,
            src,
            tgt,
            length,
            priors: params.priors.map(|p| p.max(1e-6).ln()),
            weight,
            soft_factor,
            pen_src,
            pen_tgt,
            marks: vec![(0, 0); n],
            generation: 0,
            ratio: length.mu.exp(),
            tail: TailTable::shared(params.tail_mix, params.tail_width),
            short_var: params.short_var,
            quote_parity: params.quote_parity,
            quote_start: params.quote_start,
            no_stop: params.no_stop,
            sentence_count: params.sentence_count,
        }
    }

    /// Score of aligning `s` with `t` as one bead of shape `shape`.
    pub fn score(&mut self, shape: usize, s: Range<usize>, t: Range<usize>) -> f32 {
        let prior = self.priors[shape];
        if s.is_empty() || t.is_empty() {
            return prior;
        }
        prior
            + self.length_score(s.clone(), t.clone())
            + self.anchor_score(s.clone(), t.clone())
            + self.punct_score(s, t)
    }

    /// Log of the two-sided tail probability of the length ratio.
    pub fn length_score(&self, s: Range<usize>, t: Range<usize>) -> f32 {
        let ls: f32 = self.src.len[s].iter().sum();
        let lt: f32 = self.tgt.len[t].iter().sum();
        let ratio = self.ratio;
        let k = 6.0;
        let d = ((lt + k * ratio) / (ls + k)).ln() - self.length.mu;
        let total = ls + lt / ratio;
        let var = self.length.var + self.short_var / (total + 4.0);
        let z = d.abs() / var.sqrt();
        self.tail.get(z)
    }

    fn anchor_score(&mut self, s: Range<usize>, t: Range<usize>) -> f32 {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.marks.iter_mut().for_each(|m| *m = (0, 0));
            self.generation = 1;
        }
        let g = self.generation;
        let fixed: f32 = self.src_const[s.clone()].iter().sum::<f32>()
            + self.tgt_const[t.clone()].iter().sum::<f32>();
        let mut any = false;
        for i in s.clone() {
            for k in &self.src_keys[i] {
                let m = &mut self.marks[k.id as usize];
                if m.0 != g {
                    *m = (g, 0);
                }
                m.1 |= S_ANY | if k.soft { 0 } else { S_HARD };
                any = true;
            }
        }
        for j in t.clone() {
            for k in &self.tgt_keys[j] {
                let m = &mut self.marks[k.id as usize];
                if m.0 != g {
                    *m = (g, 0);
                }
                m.1 |= T_ANY | if k.soft { 0 } else { T_HARD };
                any = true;
            }
        }
        if !any {
            return -fixed;
        }
        let mut total = -fixed;
        let keys = s
            .flat_map(|i| self.src_keys[i].iter())
            .chain(t.flat_map(|j| self.tgt_keys[j].iter()));
        for k in keys {
            let id = k.id as usize;
            let flags = self.marks[id].1;
            if flags & SEEN != 0 {
                continue;
            }
            self.marks[id].1 |= SEEN;
            let w = self.weight[id];
            if flags & S_ANY != 0 && flags & T_ANY != 0 {
                let hard = flags & (S_HARD | T_HARD) != 0;
                total += if hard { w } else { w * self.soft_factor[id] };
            } else if flags & S_ANY != 0 {
                total -= self.pen_src[id][usize::from(flags & S_HARD != 0)] * w;
            } else {
                total -= self.pen_tgt[id][usize::from(flags & T_HARD != 0)] * w;
            }
        }
        total
    }

    fn punct_score(&self, s: Range<usize>, t: Range<usize>) -> f32 {
        let count = |inner: &[u8]| inner.iter().map(|&k| 1 + i32::from(k)).sum::<i32>();
        let diff = (count(&self.src.inner[s.clone()]) - count(&self.tgt.inner[t.clone()])).abs();
        let fs = combine_punct(&self.src.punct[s]);
        let ft = combine_punct(&self.tgt.punct[t]);
        let mut total = -self.sentence_count * diff as f32;
        if (fs ^ ft) & ODD_QUOTES != 0 {
            total -= self.quote_parity;
        }
        for (flag, w) in [
            (QUESTION, 1.0),
            (EXCLAIM, 0.6),
            (QUOTE, 0.3),
            (PAREN, 0.4),
            (STARTS_QUOTE, self.quote_start),
            (NO_STOP, self.no_stop),
        ] {
            let (a, b) = (fs & flag != 0, ft & flag != 0);
            if a && b {
                total += w;
            } else if a != b {
                total -= w;
            }
        }
        total
    }
}

/// Splits each sentence's keys into those that can match the other document
/// (its key occurs there) and a fixed penalty for the rest (hard keys the
/// other document never has).
fn live_keys(
    keys: &[Vec<KeyRef>],
    other_df: &[u32],
    penalty: &[[f32; 2]],
    weight: &[f32],
) -> (Vec<Vec<KeyRef>>, Vec<f32>) {
    let mut live = Vec::with_capacity(keys.len());
    let mut fixed = Vec::with_capacity(keys.len());
    for row in keys {
        let mut kept = Vec::new();
        let mut pen = 0.0;
        for k in row {
            let id = k.id as usize;
            if other_df[id] > 0 {
                kept.push(*k);
            } else {
                pen += penalty[id][usize::from(!k.soft)] * weight[id];
            }
        }
        live.push(kept);
        fixed.push(pen);
    }
    (live, fixed)
}

/// `log_tail` of a two-component length model (a narrow normal and a wide
/// one for outliers), tabulated for speed.
pub(crate) struct TailTable {
    values: Vec<f32>,
    wide_slope: f32,
}

impl TailTable {
    const STEP: f32 = 0.01;
    const MAX: f32 = 40.0;

    fn exact(z: f32, mix: f32, width: f32) -> f32 {
        if mix <= 0.0 {
            return log_tail(z);
        }
        let a = log_tail(z);
        let b = log_tail(z / width);
        let m = a.max(b);
        m + ((1.0 - mix) * (a - m).exp() + mix * (b - m).exp()).ln()
    }

    /// The table for these parameters, built once per process: building
    /// one costs more than aligning a short document.
    fn shared(mix: f32, width: f32) -> Arc<Self> {
        type Tables = Mutex<Vec<((u32, u32), Arc<TailTable>)>>;
        static TABLES: OnceLock<Tables> = OnceLock::new();
        let key = (mix.to_bits(), width.to_bits());
        let mut tables = TABLES
            .get_or_init(Tables::default)
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some((_, table)) = tables.iter().find(|(k, _)| *k == key) {
            return Arc::clone(table);
        }
        let table = Arc::new(Self::new(mix, width));
        tables.push((key, Arc::clone(&table)));
        table
    }

    fn new(mix: f32, width: f32) -> Self {
        let n = (Self::MAX / Self::STEP) as usize + 2;
        let values: Vec<f32> = (0..n)
            .map(|i| Self::exact(i as f32 * Self::STEP, mix, width))
            .collect();
        let last = values[n - 1];
        let before = values[n - 2];
        Self {
            values,
            wide_slope: (last - before) / Self::STEP,
        }
    }

    fn get(&self, z: f32) -> f32 {
        let x = z / Self::STEP;
        let i = x as usize;
        if i + 1 >= self.values.len() {
            let last = self.values[self.values.len() - 1];
            return last + self.wide_slope * (z - Self::MAX);
        }
        let f = x - i as f32;
        self.values[i] * (1.0 - f) + self.values[i + 1] * f
    }
}

/// `ln(erfc(z / √2))`: log probability that a standard normal exceeds `|z|`
/// on either side.
pub(crate) fn log_tail(z: f32) -> f32 {
    let x = f64::from(z) / std::f64::consts::SQRT_2;
    let v = if x < 3.0 {
        // Abramowitz & Stegun 7.1.26.
        let t = 1.0 / (1.0 + 0.327_591_1 * x);
        let poly = t
            * (0.254_829_592
                + t * (-0.284_496_736
                    + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
        (poly * (-x * x).exp()).max(1e-300).ln()
    } else {
        // Asymptotic expansion for large arguments.
        -x * x - (x * std::f64::consts::PI.sqrt()).ln() + (1.0 - 0.5 / (x * x)).ln()
    };
    v as f32
}

/// Estimates the length model from aligned 1-1 beads (median and robust
/// spread of the log ratio), falling back to the document totals.
pub(crate) fn estimate_length(
    src: &Side,
    tgt: &Side,
    pairs: &[(usize, usize)],
    prior_sigma: f32,
) -> LengthModel {
    let total_s: f32 = src.len.iter().sum::<f32>().max(1.0);
    let total_t: f32 = tgt.len.iter().sum::<f32>().max(1.0);
    let global = (total_t / total_s).ln();
    let mut logs: Vec<f32> = pairs
        .iter()
        .filter(|(i, j)| src.len[*i] >= 10.0 && tgt.len[*j] >= 5.0)
        .map(|(i, j)| (tgt.len[*j] / src.len[*i]).ln())
        .collect();
    if logs.len() < 8 {
        return LengthModel {
            mu: global,
            var: prior_sigma.powi(2),
        };
    }
    logs.sort_by(f32::total_cmp);
    let median = logs[logs.len() / 2];
    let mut dev: Vec<f32> = logs.iter().map(|x| (x - median).abs()).collect();
    dev.sort_by(f32::total_cmp);
    let sigma = (dev[dev.len() / 2] * 1.4826).clamp(0.08, 0.5);
    // Shrink towards the prior when there are few pairs.
    let n = logs.len() as f32;
    let sigma = (sigma * n + prior_sigma * 8.0) / (n + 8.0);
    LengthModel {
        mu: (median * n + global * 4.0) / (n + 4.0),
        var: sigma * sigma,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_is_monotone_and_zero_at_center() {
        assert!(log_tail(0.0).abs() < 1e-3);
        assert!(log_tail(1.0) > log_tail(2.0));
        assert!(log_tail(2.9) > log_tail(4.3));
        assert!((log_tail(1.96) - 0.05f32.ln()).abs() < 0.02);
    }
}
