//! Export benchmark: a 5,000-group four-language document in every format.
//!
//! `cargo run --release -p glossa_export --example bench -- [ROWS] [OUT_DIR]`
//! prints the time (best of 5) and size per format; with OUT_DIR it also
//! writes the files there.
#![allow(clippy::print_stdout, clippy::unwrap_used, missing_docs)]

#[path = "../tests/export/support.rs"]
mod support;

use std::time::{Duration, Instant};

use glossa_export::{ExportFormat, export};

fn main() {
    let mut args = std::env::args().skip(1);
    let rows: usize = args
        .next()
        .map_or(5000, |a| a.parse().expect("ROWS is a number"));
    let out_dir = args.next();
    let doc = support::large(rows);
    println!("{rows} groups, {} columns", doc.columns.len());
    for format in ExportFormat::ALL {
        let mut best = Duration::MAX;
        let mut bytes = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            bytes = export(&doc, format).expect("export");
            best = best.min(start.elapsed());
        }
        println!(
            "{:<5} {:>8.1} ms {:>10} bytes ({:.2} MB)",
            format.name(),
            best.as_secs_f64() * 1000.0,
            bytes.len(),
            bytes.len() as f64 / 1_000_000.0
        );
        if let Some(dir) = &out_dir {
            std::fs::write(format!("{dir}/large-{rows}.{}", format.name()), &bytes).expect("write");
        }
    }
}
