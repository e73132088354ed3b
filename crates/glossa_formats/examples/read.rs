//! Print the units of a translation file:
//! `cargo run -p glossa_formats --example read -- FILE [--stream] [--count] [--pair OTHER_LOCALE_FILE]`.
//!
//! One line per variant: `line  id  [lang]  text  (span, codes)`, then flags and notes.
//! `--stream`: a TMX file is read unit by unit from disk (bounded memory).
//! `--count`: print only the number of units and the time taken.
//! `--pair FILE`: pair a monolingual catalog with another locale's and list missing/obsolete ids.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use glossa_formats::{
    FormatError, FormatKind, ParsedFile, Unit, decode, detect, pair_catalogs, parse,
    tmx_units_from_reader,
};

fn print_unit(out: &mut impl Write, unit: &Unit) -> std::io::Result<()> {
    writeln!(out, "{:>6}  {}", unit.line, unit.id.replace('\u{4}', "␄"))?;
    for v in &unit.variants {
        let codes: Vec<String> = v
            .codes
            .iter()
            .map(|c| format!("{}:{}@{:?}", c.kind.name(), c.id, c.range))
            .collect();
        writeln!(
            out,
            "        [{}] {:?}  span {:?}  codes [{}]",
            v.lang.as_deref().unwrap_or("-"),
            v.text,
            v.span,
            codes.join(", ")
        )?;
    }
    if !unit.flags.is_empty() {
        writeln!(out, "        flags: {}", unit.flags.join(", "))?;
    }
    for note in &unit.notes {
        writeln!(out, "        note: {note:?}")?;
    }
    Ok(())
}

fn load(path: &str) -> Result<ParsedFile, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let kind = detect(path, &bytes[..bytes.len().min(4096)])
        .ok_or_else(|| format!("{path}: unknown format"))?;
    decode(&bytes, kind)
        .and_then(|text| parse(kind, &text))
        .map_err(|e: FormatError| format!("{path}:{e}"))
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        // A closed pipe (`read FILE | head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> std::io::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: read FILE [--stream] [--count] [--pair OTHER]");
        return Ok(ExitCode::from(2));
    };
    if args.iter().any(|a| a == "--stream") {
        let file = match std::fs::File::open(path) {
            Ok(f) => std::io::BufReader::new(f),
            Err(e) => {
                eprintln!("{path}: {e}");
                return Ok(ExitCode::from(2));
            }
        };
        let mut count = 0usize;
        let quiet = args.iter().any(|a| a == "--count");
        for unit in tmx_units_from_reader(file) {
            match unit {
                Ok(u) => {
                    count += 1;
                    if !quiet {
                        print_unit(&mut out, &u)?;
                    }
                }
                Err(e) => {
                    eprintln!("{path}:{e}");
                    return Ok(ExitCode::from(2));
                }
            }
        }
        writeln!(out, "{count} units")?;
        return Ok(ExitCode::SUCCESS);
    }
    let started = Instant::now();
    let file = match load(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(2));
        }
    };
    let elapsed = started.elapsed();
    if let Some(other) = args
        .iter()
        .position(|a| a == "--pair")
        .and_then(|i| args.get(i + 1))
    {
        let target = match load(other) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{e}");
                return Ok(ExitCode::from(2));
            }
        };
        let pairing = pair_catalogs(&file, &target);
        writeln!(
            out,
            "pairs={} missing={} obsolete={}",
            pairing.pairs.len(),
            pairing.missing.len(),
            pairing.obsolete.len()
        )?;
        for &i in &pairing.missing {
            writeln!(
                out,
                "missing  {}:{}  {}",
                path, file.units[i].line, file.units[i].id
            )?;
        }
        for &j in &pairing.obsolete {
            writeln!(
                out,
                "obsolete {}:{}  {}",
                other, target.units[j].line, target.units[j].id
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{path}: {} source={} target={} units={} parsed in {:.1} ms",
        file.kind.name(),
        file.source_lang.as_deref().unwrap_or("-"),
        file.target_lang.as_deref().unwrap_or("-"),
        file.units.len(),
        elapsed.as_secs_f64() * 1000.0
    )?;
    if args.iter().any(|a| a == "--count") {
        return Ok(ExitCode::SUCCESS);
    }
    if matches!(file.kind, FormatKind::Markdown | FormatKind::PlainText) {
        writeln!(out, "(monolingual document: no units)")?;
    }
    for unit in &file.units {
        print_unit(&mut out, unit)?;
    }
    Ok(ExitCode::SUCCESS)
}
