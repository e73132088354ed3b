//! Segments stdin into sentences, one display text per line.
//!
//! `cargo run --release -p glossa_text --example segment -- --lang ru [--plain] [--rules F.srx] < in.md`

use std::io::{BufWriter, Read, Write};
use std::process::ExitCode;

use glossa_text::{Lang, Segmenter};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("segment: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut lang = None;
    let mut plain = false;
    let mut rules = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => lang = args.next(),
            "--plain" => plain = true,
            "--rules" => rules = args.next(),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    let lang = match lang {
        Some(tag) => Lang::parse(&tag).map_err(|e| e.to_string())?,
        None => Lang::detect(&input).unwrap_or_else(|| Lang::known(glossa_text::lang::Known::En)),
    };
    let segmenter = match rules {
        Some(path) => {
            let srx = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            Segmenter::with_srx(&lang, &srx).map_err(|e| format!("{path}: {e}"))?
        }
        None => Segmenter::new(&lang),
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let sentences = if plain {
        segmenter.sentences_plain(&input)
    } else {
        segmenter.sentences(&input)
    };
    for sentence in sentences {
        writeln!(out, "{}", sentence.text).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}
