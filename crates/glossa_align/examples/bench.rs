//! Speed benchmark: aligns a synthetic 10,000 × 10,000-sentence pair
//! (`cargo run --release -p glossa_align --example bench [N [BAND]]`) and prints the
//! wall time, the bead accuracy against the known answer and the peak memory.
//! The target side has 5% of sentences dropped, 5% merged in pairs, 5% split
//! in two and 5% added, so the path leaves the diagonal and the band has to
//! follow it.

#![allow(clippy::print_stdout)]

use std::time::Instant;

use glossa_align::{AlignDoc, AlignOptions, align_pair};
use glossa_text::Lang;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const EN: [&str; 12] = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "continue",
    "after",
    "islands",
    "treaty",
    "officials",
    "meeting",
    "government",
];
const RU: [&str; 12] = [
    "министр",
    "заявил",
    "переговоры",
    "продолжатся",
    "после",
    "островов",
    "договора",
    "чиновники",
    "встречи",
    "правительство",
    "также",
    "более",
];
const NAMES: [(&str, &str); 6] = [
    ("Lavrov", "Лавров"),
    ("Kono", "Коно"),
    ("Moscow", "Москве"),
    ("Tokyo", "Токио"),
    ("Putin", "Путин"),
    ("Abe", "Абэ"),
];

fn sentence(rng: &mut Rng, words: &[&str], len: usize, extra: &[String]) -> String {
    let mut out: Vec<String> = (0..len)
        .map(|_| words[rng.below(words.len() as u64) as usize].to_string())
        .collect();
    for (k, e) in extra.iter().enumerate() {
        let at = (k * 3 + 1).min(out.len());
        out.insert(at, e.clone());
    }
    let mut s = out.join(" ");
    s.push('.');
    s
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut src = Vec::with_capacity(n);
    let mut tgt_units: Vec<String> = Vec::with_capacity(n);
    for i in 0..n {
        let len = 4 + rng.below(20) as usize;
        let mut en_extra = Vec::new();
        let mut ru_extra = Vec::new();
        if rng.below(3) == 0 {
            let num = (rng.below(5000) + 2).to_string();
            en_extra.push(num.clone());
            ru_extra.push(num);
        }
        if rng.below(4) == 0 {
            let (e, r) = NAMES[(i + rng.below(6) as usize) % NAMES.len()];
            en_extra.push(e.to_string());
            ru_extra.push(r.to_string());
        }
        src.push(sentence(&mut rng, &EN, len, &en_extra));
        let tlen = (len as f64 * (0.8 + rng.below(40) as f64 / 100.0)).round() as usize;
        tgt_units.push(sentence(&mut rng, &RU, tlen.max(2), &ru_extra));
    }
    // Perturb the target: drop 5%, merge 5% in pairs, split 5% in two, add 5%.
    let mut tgt: Vec<String> = Vec::with_capacity(n);
    let mut gold = Vec::new();
    let mut i = 0;
    while i < n {
        let r = rng.below(100);
        let t = tgt.len();
        if r < 5 {
            gold.push((i..i + 1, t..t));
            i += 1;
        } else if r < 10 && i + 1 < n {
            gold.push((i..i + 2, t..t + 1));
            tgt.push(format!("{} {}", tgt_units[i], tgt_units[i + 1]));
            i += 2;
        } else if r < 15 && tgt_units[i].matches(' ').count() >= 5 {
            let words: Vec<&str> = tgt_units[i].split(' ').collect();
            let half = words.len() / 2;
            gold.push((i..i + 1, t..t + 2));
            tgt.push(format!("{}.", words[..half].join(" ")));
            tgt.push(words[half..].join(" "));
            i += 1;
        } else if r < 20 {
            let len = 3 + rng.below(15) as usize;
            gold.push((i..i, t..t + 1));
            tgt.push(sentence(&mut rng, &RU, len, &[]));
        } else {
            gold.push((i..i + 1, t..t + 1));
            tgt.push(tgt_units[i].clone());
            i += 1;
        }
    }
    let src_doc = AlignDoc::new(
        Lang::parse("en").unwrap_or_else(|_| unreachable!()),
        src.iter().map(String::as_str).collect(),
    );
    let tgt_doc = AlignDoc::new(
        Lang::parse("ru").unwrap_or_else(|_| unreachable!()),
        tgt.iter().map(String::as_str).collect(),
    );
    let start = Instant::now();
    let mut options = AlignOptions::default();
    if let Some(band) = std::env::args().nth(2).and_then(|a| a.parse().ok()) {
        options.band = band;
    }
    let beads = align_pair(&src_doc, &tgt_doc, &options);
    let elapsed = start.elapsed();
    let gold_set: std::collections::HashSet<_> = gold.iter().cloned().collect();
    let correct = beads
        .iter()
        .filter(|b| gold_set.contains(&(b.src.clone(), b.tgt.clone())))
        .count();
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("?").to_string())
        })
        .unwrap_or_else(|| "?".into());
    println!(
        "{} x {} sentences: {:.3} s, {} beads, {:.2}% exactly right, peak RSS {} kB",
        src.len(),
        tgt.len(),
        elapsed.as_secs_f64(),
        beads.len(),
        100.0 * correct as f64 / gold.len() as f64,
        peak
    );
}
