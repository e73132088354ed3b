//! Thin command-line wrapper used by the evaluation harness:
//! `align_lines --input lines --format vecalign --langs en,ja FILE FILE [FILE...]`.
//! Each file holds one sentence per line; prints vecalign lines (`--scores`
//! appends each group's confidence, `[0]:[0]:0.9876`).

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use glossa_align::{AlignDoc, AlignOptions, Group, align_many, align_pair, format_vecalign};
use glossa_text::Lang;

fn main() -> ExitCode {
    match run() {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("align_lines: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<String, String> {
    let mut langs: Vec<String> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    let mut scores = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--langs" => {
                let v = args.next().ok_or("--langs needs a value")?;
                langs = v.split(',').map(str::to_string).collect();
            }
            "--scores" => scores = true,
            "--input" | "--format" => {
                let v = args.next().ok_or("option needs a value")?;
                if v != "lines" && v != "vecalign" {
                    return Err(format!("unsupported value `{v}`"));
                }
            }
            _ => files.push(arg),
        }
    }
    if files.len() < 2 {
        return Err("need at least two files".into());
    }
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}")))
        .collect::<Result<_, _>>()?;
    let mut docs = Vec::new();
    for (k, text) in texts.iter().enumerate() {
        let lang = match langs.get(k) {
            Some(tag) => Lang::parse(tag).map_err(|e| e.to_string())?,
            None => Lang::from_path(&files[k])
                .or_else(|| Lang::detect(text))
                .ok_or_else(|| format!("{}: language unknown; use --langs", files[k]))?,
        };
        docs.push(AlignDoc::new(lang, text.lines().collect()));
    }
    let options = AlignOptions::default();
    let groups: Vec<Group> = if docs.len() == 2 {
        align_pair(&docs[0], &docs[1], &options)
            .iter()
            .map(Group::from)
            .collect()
    } else {
        align_many(&docs, &options)
    };
    if !scores {
        return Ok(format_vecalign(&groups));
    }
    // One group per line, with its confidence after the lists.
    let lines = format_vecalign(&groups);
    Ok(lines
        .lines()
        .zip(&groups)
        .map(|(line, g)| format!("{line}:{:.4}\n", g.confidence))
        .collect())
}
