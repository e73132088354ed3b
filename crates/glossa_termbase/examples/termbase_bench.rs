//! Times import, load and lookup on a generated 10,000-concept × 4-language
//! glossary.
//!
//! `cargo run --release -p glossa_termbase --example termbase_bench [CONCEPTS [DB]]`
#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::time::{Duration, Instant};

use glossa_glossary::{Concept, Glossary, Status, Term};
use glossa_termbase::{ImportMode, Termbase};

const EN: [&str; 10] = [
    "treaty",
    "island",
    "minister",
    "border",
    "summit",
    "sanction",
    "charter",
    "fishery",
    "visa",
    "declaration",
];
const RU: [&str; 10] = [
    "договор",
    "остров",
    "министр",
    "граница",
    "саммит",
    "санкция",
    "устав",
    "промысел",
    "виза",
    "декларация",
];
const JA: [&str; 10] = [
    "条約", "島", "大臣", "国境", "首脳", "制裁", "憲章", "漁業", "査証", "宣言",
];
const TR: [&str; 10] = [
    "antlaşma",
    "ada",
    "bakan",
    "sınır",
    "zirve",
    "yaptırım",
    "şart",
    "balıkçılık",
    "vize",
    "bildiri",
];

/// A word made of the digits of `i`, each picked from `words`.
fn name(words: &[&str; 10], i: usize, sep: &str) -> String {
    let digits = format!("{i:04}");
    digits
        .bytes()
        .map(|d| words[usize::from(d - b'0')])
        .collect::<Vec<_>>()
        .join(sep)
}

fn generate(n: usize) -> Glossary {
    let mut concepts = Vec::with_capacity(n);
    for i in 0..n {
        let mut ru = Term::new("ru", &name(&RU, i, " "), Status::Preferred);
        ru.forms = vec![format!("{}а", ru.text), format!("{}у", ru.text)];
        let mut terms = vec![
            Term::new("en", &name(&EN, i, " "), Status::Preferred),
            ru,
            Term::new("ja", &name(&JA, i, ""), Status::Preferred),
            Term::new("tr", &name(&TR, i, " "), Status::Preferred),
        ];
        if i % 3 == 0 {
            let mut alt = Term::new("en", &format!("{} {i}", EN[i % 10]), Status::Deprecated);
            alt.mention_only = i % 2 == 0;
            terms.push(alt);
        }
        concepts.push(Concept {
            id: format!("c{i:05}"),
            domain: Some("diplomacy".into()),
            definition: Some(format!("Generated concept number {i}.")),
            terms,
            ..Concept::default()
        });
    }
    Glossary {
        id: "bench".into(),
        title: "Generated".into(),
        languages: ["en", "ru", "ja", "tr"].map(String::from).to_vec(),
        concepts,
        ..Glossary::default()
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let g = generate(n);
    let terms: usize = g.concepts.iter().map(|c| c.terms.len()).sum();
    let dir = tempfile::TempDir::new().unwrap();
    // An optional second argument keeps the database there.
    let path = std::env::args()
        .nth(2)
        .map_or_else(|| dir.path().join("bench.db"), std::path::PathBuf::from);
    let mut tb = Termbase::open(&path).unwrap();

    let t = Instant::now();
    tb.import(&g, ImportMode::Replace).unwrap();
    println!("import  {n} concepts, {terms} terms: {}", ms(t.elapsed()));
    let t = Instant::now();
    tb.import(&g, ImportMode::Merge).unwrap();
    println!(
        "merge   same glossary again (all replaced): {}",
        ms(t.elapsed())
    );

    // What the CLI does: open the file, load everything.
    let mut fresh = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        let tb = Termbase::open(&path).unwrap();
        let back = tb.load().unwrap();
        fresh.push(t.elapsed());
        assert_eq!(back.concepts.len(), n);
    }
    println!(
        "open+load, fresh connection, 10 runs: median {}, min {}",
        ms(median(fresh.clone())),
        ms(fresh.iter().min().copied().unwrap_or_default())
    );
    const RUNS: u32 = 50;
    let mut loads = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let back = tb.load().unwrap();
        loads.push(t.elapsed());
        assert_eq!(back.concepts.len(), n);
    }
    println!(
        "load    wall, {RUNS} runs: median {}, min {}",
        ms(median(loads.clone())),
        ms(loads.iter().min().copied().unwrap_or_default())
    );

    let t = Instant::now();
    let tbx = glossa_glossary::to_tbx_string(&g);
    let written = t.elapsed();
    let t = Instant::now();
    let back = glossa_glossary::from_tbx_str(&tbx).unwrap();
    println!(
        "tbx     write {} ({} MB), read {}",
        ms(written),
        tbx.len() / 1_000_000,
        ms(t.elapsed())
    );
    assert_eq!(back.concepts.len(), n);
    let t = Instant::now();
    let tsv = glossa_glossary::to_csv_string(&g, b'\t');
    let written = t.elapsed();
    let t = Instant::now();
    let back = glossa_glossary::from_csv_str(&tsv, b'\t').unwrap();
    println!("tsv     write {}, read {}", ms(written), ms(t.elapsed()));
    assert_eq!(back.concepts.len(), n);

    let t = Instant::now();
    let rows = tb.list().unwrap();
    println!("list    {} rows: {}", rows.len(), ms(t.elapsed()));

    for q in [
        "島",
        "条約",
        "договор остров",
        "ОСТРОВ",
        "ı",
        "sınır zirve",
        "treaty island minister",
    ] {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..5 {
            let t = Instant::now();
            hits = tb.lookup(q).unwrap().len();
            times.push(t.elapsed());
        }
        println!("lookup  {q:?}: {hits} rows, median {}", ms(median(times)));
    }
}
