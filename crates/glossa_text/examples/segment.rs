//! Segments stdin into sentences, one display text per line.
//!
//! `cargo run --release -p glossa_text --example segment -- --lang ru [--plain] [--raw] [--rules F.srx] < in.md`
//!
//! `--raw` prints the source of each sentence instead of its display text:
//! the markup before it on its line (`### `, `- `, `**`) and after it on its
//! last line (a closing `**`) included, whitespace collapsed. The printed
//! lines then hold every non-space character of the input, which is what
//! character-aligned scorers expect.

// A command-line example: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

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
    let mut raw = false;
    let mut rules = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => lang = args.next(),
            "--plain" => plain = true,
            "--raw" => raw = true,
            "--rules" => rules = args.next(),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    // Reserve generously: untouched capacity costs no memory, and reading a
    // large input then needs no copy-on-grow.
    let mut bytes = Vec::with_capacity(16 << 20);
    std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    let input = String::from_utf8(bytes).map_err(|e| format!("stdin is not UTF-8: {e}"))?;
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
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let sentences = if plain {
        segmenter.sentences_plain(&input)
    } else {
        segmenter.sentences(&input)
    };
    if !raw {
        // Display texts hold no line breaks: print them as they are.
        for sentence in sentences {
            out.write_all(sentence.text.as_bytes())
                .and_then(|()| out.write_all(b"\n"))
                .map_err(|e| e.to_string())?;
        }
        return out.flush().map_err(|e| e.to_string());
    }
    let write = |out: &mut BufWriter<_>, line: &str| -> Result<(), String> {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else {
            return Ok(());
        };
        out.write_all(first.as_bytes()).map_err(|e| e.to_string())?;
        for word in words {
            write!(out, " {word}").map_err(|e| e.to_string())?;
        }
        writeln!(out).map_err(|e| e.to_string())
    };
    // Raw: the gap before a sentence is split at its first line break; the
    // part before it closes the previous sentence, the rest opens this one.
    let mut pending = String::new();
    let mut prev_end = 0;
    for sentence in sentences {
        let gap = &input[prev_end..sentence.range.start];
        let (head, tail) = gap.split_at(gap.find('\n').unwrap_or(gap.len()));
        pending.push_str(head);
        write(&mut out, &pending)?;
        pending.clear();
        pending.push_str(tail);
        pending.push_str(&input[sentence.range.clone()]);
        prev_end = sentence.range.end;
    }
    pending.push_str(&input[prev_end..]);
    write(&mut out, &pending)?;
    out.flush().map_err(|e| e.to_string())
}
