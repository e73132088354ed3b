//! `glossa segment`: one sentence per line, or JSON with byte offsets.

use std::io::Write;

use glossa_text::segment::{Segmenter, Sentence};

use crate::args::{SegmentArgs, SegmentFormat};
use crate::error::{ExitStatus, user_error};
use crate::input::{decode_utf8, file_lang, read_bytes, read_input};

/// Runs `glossa segment`.
pub fn run(args: &SegmentArgs) -> anyhow::Result<ExitStatus> {
    let input = read_input(args.file.as_deref())?;
    let lang = file_lang(&input, args.lang.as_deref())?;
    let segmenter = match &args.rules {
        None => Segmenter::new(&lang),
        Some(path) => {
            let display = path.display().to_string();
            let srx = decode_utf8(&display, read_bytes(path)?)?;
            Segmenter::with_srx(&lang, &srx).map_err(|e| {
                user_error(
                    "error-srx",
                    &[("path", &display), ("reason", &e.to_string())],
                )
            })?
        }
    };
    let sentences = if args.plain {
        segmenter.sentences_plain(&input.text)
    } else {
        segmenter.sentences(&input.text)
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match args.format {
        SegmentFormat::Text => {
            for sentence in sentences {
                write_one_line(&mut out, &sentence.text)?;
            }
        }
        SegmentFormat::Raw => write_raw(&mut out, &input.text, sentences)?,
        SegmentFormat::Json => {
            let items: Vec<serde_json::Value> = sentences
                .map(|s| {
                    serde_json::json!({
                        "start": s.range.start,
                        "end": s.range.end,
                        "text": s.text,
                        "block": s.block,
                        "kind": format!("{:?}", s.kind),
                    })
                })
                .collect();
            let doc = serde_json::json!({ "lang": lang.as_str(), "sentences": items });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitStatus::Clean)
}

/// A sentence on one line: its line breaks written as spaces, without
/// building a copy.
fn write_one_line(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    let mut rest = text.as_bytes();
    while let Some(i) = rest.iter().position(|&b| b == b'\n' || b == b'\r') {
        out.write_all(&rest[..i])?;
        out.write_all(b" ")?;
        rest = &rest[i + 1..];
    }
    out.write_all(rest)?;
    out.write_all(b"\n")
}

/// Each sentence's source: the gap before a sentence is split at its first
/// line break, the part before it closes the previous sentence (a closing
/// `**`), the rest opens this one (`### `, `- `). Whitespace is collapsed, so
/// every non-space character of the input is printed once.
fn write_raw(
    out: &mut dyn Write,
    input: &str,
    sentences: impl Iterator<Item = Sentence>,
) -> std::io::Result<()> {
    let mut pending = String::new();
    let mut previous_end = 0;
    for sentence in sentences {
        let gap = input
            .get(previous_end..sentence.range.start)
            .unwrap_or_default();
        let (head, tail) = gap.split_at(gap.find('\n').unwrap_or(gap.len()));
        pending.push_str(head);
        write_collapsed(out, &pending)?;
        pending.clear();
        pending.push_str(tail);
        pending.push_str(input.get(sentence.range.clone()).unwrap_or_default());
        previous_end = sentence.range.end;
    }
    pending.push_str(input.get(previous_end..).unwrap_or_default());
    write_collapsed(out, &pending)
}

fn write_collapsed(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", words.join(" "))
}
