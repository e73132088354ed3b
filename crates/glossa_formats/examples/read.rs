//! Print the units of a translation file: `cargo run -p glossa_formats --example read -- FILE [--stream]`.
//!
//! One line per variant: `line  id  [lang]  text  (span, codes)`, then flags and notes.
//! With `--stream` a TMX file is read unit by unit from disk (bounded memory).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use glossa_formats::{FormatKind, Unit, decode, detect, parse, tmx_units_from_reader};

fn print_unit(unit: &Unit) {
    println!("{:>6}  {}", unit.line, unit.id.replace('\u{4}', "␄"));
    for v in &unit.variants {
        let codes: Vec<String> = v
            .codes
            .iter()
            .map(|c| format!("{}:{}@{:?}", c.kind.name(), c.id, c.range))
            .collect();
        println!(
            "        [{}] {:?}  span {:?}  codes [{}]",
            v.lang.as_deref().unwrap_or("-"),
            v.text,
            v.span,
            codes.join(", ")
        );
    }
    if !unit.flags.is_empty() {
        println!("        flags: {}", unit.flags.join(", "));
    }
    for note in &unit.notes {
        println!("        note: {note:?}");
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: read FILE [--stream]");
        return ExitCode::from(2);
    };
    if args.iter().any(|a| a == "--stream") {
        let file = match std::fs::File::open(path) {
            Ok(f) => std::io::BufReader::new(f),
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::from(2);
            }
        };
        let mut count = 0usize;
        for unit in tmx_units_from_reader(file) {
            match unit {
                Ok(u) => {
                    count += 1;
                    print_unit(&u);
                }
                Err(e) => {
                    eprintln!("{path}:{e}");
                    return ExitCode::from(2);
                }
            }
        }
        println!("{count} units");
        return ExitCode::SUCCESS;
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let Some(kind) = detect(path, &bytes[..bytes.len().min(4096)]) else {
        eprintln!("{path}: unknown format");
        return ExitCode::from(2);
    };
    let parsed = decode(&bytes, kind).and_then(|text| parse(kind, &text));
    match parsed {
        Ok(file) => {
            println!(
                "{path}: {} source={} target={} units={}",
                kind.name(),
                file.source_lang.as_deref().unwrap_or("-"),
                file.target_lang.as_deref().unwrap_or("-"),
                file.units.len()
            );
            if matches!(kind, FormatKind::Markdown | FormatKind::PlainText) {
                println!("(monolingual document: no units)");
            }
            file.units.iter().for_each(print_unit);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}:{e}");
            ExitCode::from(2)
        }
    }
}
