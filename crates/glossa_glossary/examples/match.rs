#![allow(clippy::print_stderr)] // a command-line example reports its errors on stderr
//! `glossa glossary match` as a stand-alone example: every term match in a
//! text file, one per line.
//!
//! ```text
//! cargo run --release -p glossa_glossary --example match -- \
//!     --glossary G.toml|G.tsv --lang ru [--format tsv|text] [FILE]
//! ```
//!
//! `tsv` prints `LINE<TAB>CONCEPT<TAB>START<TAB>END<TAB>SURFACE` (1-based
//! line, character offsets in the line, END exclusive); `text` adds how each
//! match was made. The glossary format comes from its extension: `.toml`,
//! `.tbx`, `.csv`, else TSV (for example the `concept lang status term`
//! form of `glossa glossary list`).

use std::io::{Read, Write};
use std::process::ExitCode;

use glossa_glossary::{Matcher, from_csv_str, from_tbx_str, from_toml_str};
use glossa_text::Lang;

struct Args {
    glossary: String,
    lang: String,
    tsv: bool,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut glossary = None;
    let mut lang = None;
    let mut tsv = false;
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--glossary" => glossary = args.next(),
            "--lang" => lang = args.next(),
            "--format" => match args.next().as_deref() {
                Some("tsv") => tsv = true,
                Some("text") => tsv = false,
                other => return Err(format!("unknown format {other:?}")),
            },
            "-" => file = None,
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other => file = Some(other.to_string()),
        }
    }
    Ok(Args {
        glossary: glossary.ok_or("missing --glossary")?,
        lang: lang.ok_or("missing --lang")?,
        tsv,
        file,
    })
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let source =
        std::fs::read_to_string(&args.glossary).map_err(|e| format!("{}: {e}", args.glossary))?;
    let read = match args.glossary.rsplit('.').next() {
        Some("toml") => from_toml_str(&source),
        Some("tbx" | "xml") => from_tbx_str(&source),
        Some("csv") => from_csv_str(&source, b','),
        _ => from_csv_str(&source, b'\t'),
    };
    let glossary = read.map_err(|e| format!("{}:{e}", args.glossary))?;
    let lang = Lang::parse(&args.lang).map_err(|e| e.to_string())?;
    let matcher = Matcher::new(&glossary, &lang).map_err(|e| e.to_string())?;
    let mut text = String::new();
    match &args.file {
        Some(path) => text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?,
        None => {
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| e.to_string())?;
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in text.split('\n').enumerate() {
        for m in matcher.find_all(line) {
            let start = line[..m.range.start].chars().count();
            let end = start + line[m.range.clone()].chars().count();
            let concept = &glossary.concepts[m.concept];
            let surface = &line[m.range.clone()];
            let written = if args.tsv {
                writeln!(out, "{}\t{}\t{start}\t{end}\t{surface}", n + 1, concept.id)
            } else {
                let term = &concept.terms[m.term];
                writeln!(
                    out,
                    "{}:{}\t{}\t{surface}\t({} `{}`, {})",
                    n + 1,
                    start + 1,
                    concept.id,
                    m.via.as_str(),
                    term.text,
                    term.status.as_str()
                )
            };
            written.map_err(|e| e.to_string())?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
