//! Export benchmark: a 5,000-group four-language document in every format.
//!
//! `cargo run --release -p glossa_export --example bench -- [ROWS] [TIMES] [OUT_DIR]`
//! prints the time (best of 5) and size per format; TIMES (default 1)
//! repeats every cell's text that many times (longer, unique groups); with
//! OUT_DIR it also writes the files there.
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
    let times: usize = args
        .next()
        .map_or(1, |a| a.parse().expect("TIMES is a number"));
    let out_dir = args.next();
    let doc = support::widen(support::large(rows), times);
    let text: usize = doc
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .map(|c| c.text.len())
        .sum();
    println!(
        "{rows} groups, {} columns, {:.0} bytes of cell text per group",
        doc.columns.len(),
        text as f64 / rows as f64
    );
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
