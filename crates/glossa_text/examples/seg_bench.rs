//! Throughput of glossa's segmenter against plain UAX #29
//! (`unicode-segmentation`'s `split_sentence_bounds`) on the same file, in
//! the same run. Prints MB/s for both (best of N runs).
//!
//! `cargo run --release -p glossa_text --example seg_bench -- FILE --lang en [--repeat 5]`

// A command-line example: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use glossa_text::{Lang, Segmenter};
use unicode_segmentation::UnicodeSegmentation;

fn main() -> ExitCode {
    let mut file = None;
    let mut lang = "en".to_string();
    let mut repeat = 5usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => lang = args.next().unwrap_or(lang),
            "--repeat" => repeat = args.next().and_then(|r| r.parse().ok()).unwrap_or(repeat),
            _ => file = Some(arg),
        }
    }
    let Some(file) = file else {
        eprintln!("usage: seg_bench FILE [--lang XX] [--repeat N]");
        return ExitCode::from(2);
    };
    let (text, lang) = match (std::fs::read_to_string(&file), Lang::parse(&lang)) {
        (Ok(text), Ok(lang)) => (text, lang),
        (Err(e), _) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
        (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mb = text.len() as f64 / 1e6;
    let segmenter = Segmenter::new(&lang);
    let best = |f: &dyn Fn() -> usize| {
        let mut best = Duration::MAX;
        let mut count = 0;
        for _ in 0..repeat.max(1) {
            let t = Instant::now();
            count = black_box(f());
            best = best.min(t.elapsed());
        }
        (best, count)
    };
    let (uax, uax_n) = best(&|| {
        text.split_sentence_bounds()
            .filter(|s| !s.trim().is_empty())
            .count()
    });
    let (md, md_n) = best(&|| segmenter.sentences(&text).count());
    let (plain, plain_n) = best(&|| segmenter.sentences_plain(&text).count());
    let rate = |d: Duration| mb / d.as_secs_f64();
    println!("{file}: {mb:.2} MB, lang {lang}, best of {repeat}");
    println!(
        "uax29 (unicode-segmentation) {:>9.1} MB/s  {uax_n} sentences",
        rate(uax)
    );
    println!(
        "glossa segment (markdown)    {:>9.1} MB/s  {md_n} sentences  {:.1}x",
        rate(md),
        rate(md) / rate(uax)
    );
    println!(
        "glossa segment_plain         {:>9.1} MB/s  {plain_n} sentences  {:.1}x",
        rate(plain),
        rate(plain) / rate(uax)
    );
    ExitCode::SUCCESS
}
