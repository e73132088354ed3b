//! `glossa align`: many-way sentence alignment through the first file.

use std::io::Write;

use glossa_align::{AlignDoc, AlignOptions, align_many, format_vecalign};
use glossa_text::Lang;
use glossa_text::segment::Segmenter;

use crate::args::{AlignArgs, AlignFormat, AlignInput};
use crate::error::{ExitStatus, user_error};
use crate::input::{InputFile, decode_utf8, file_lang, read_bytes};
use crate::pipeline::term_context;

/// One input of the alignment.
struct Side {
    lang: Lang,
    sentences: Vec<String>,
    blocks: Vec<usize>,
}

/// Runs `glossa align`.
pub fn run(args: &AlignArgs) -> anyhow::Result<ExitStatus> {
    if !args.langs.is_empty() && args.langs.len() != args.files.len() {
        return Err(user_error(
            "error-langs-count",
            &[
                ("expected", &args.files.len().to_string()),
                ("got", &args.langs.len().to_string()),
            ],
        ));
    }
    let mut sides = Vec::new();
    for (i, path) in args.files.iter().enumerate() {
        let display = path.display().to_string();
        let text = decode_utf8(&display, read_bytes(path)?)?;
        let file = InputFile { display, text };
        let lang = file_lang(&file, args.langs.get(i).map(String::as_str))?;
        sides.push(read_side(file, lang, args.input));
    }
    let langs: Vec<Lang> = sides.iter().map(|s| s.lang.clone()).collect();
    let terms = match &args.glossary {
        Some(path) => Some(term_context(path, None, &langs)?),
        None => None,
    };
    let extra: Vec<Option<Vec<Vec<String>>>> = sides
        .iter()
        .map(|side| {
            terms
                .as_ref()
                .map(|t| t.concepts_per_sentence(&side.lang, &side.sentences))
        })
        .collect();
    let docs: Vec<AlignDoc<'_>> = sides
        .iter()
        .zip(extra)
        .map(|(side, extra_anchors)| AlignDoc {
            lang: side.lang.clone(),
            sentences: side.sentences.iter().map(String::as_str).collect(),
            blocks: (args.input == AlignInput::Text).then(|| side.blocks.clone()),
            extra_anchors,
        })
        .collect();
    let groups = align_many(&docs, &AlignOptions::default());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        AlignFormat::Vecalign => write!(out, "{}", format_vecalign(&groups))?,
        AlignFormat::Tsv => {
            for group in &groups {
                let cells: Vec<String> = group
                    .members
                    .iter()
                    .zip(&sides)
                    .map(|(range, side)| joined(side, range.clone()).replace(['\t', '\n'], " "))
                    .collect();
                writeln!(out, "{}\t{:.3}", cells.join("\t"), group.confidence)?;
            }
        }
        AlignFormat::Json => {
            let items: Vec<serde_json::Value> = groups
                .iter()
                .map(|group| {
                    let members: Vec<serde_json::Value> = group
                        .members
                        .iter()
                        .zip(&sides)
                        .map(|(range, side)| {
                            serde_json::json!({
                                "lang": side.lang.as_str(),
                                "sentences": range.clone().collect::<Vec<usize>>(),
                                "text": joined(side, range.clone()),
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "members": members,
                        "confidence": group.confidence,
                        "low_confidence": group.low_confidence,
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "groups": items }))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitStatus::Clean)
}

fn read_side(file: InputFile, lang: Lang, input: AlignInput) -> Side {
    match input {
        AlignInput::Lines => {
            let sentences: Vec<String> = file.text.lines().map(str::to_string).collect();
            let blocks = vec![0; sentences.len()];
            Side {
                lang,
                sentences,
                blocks,
            }
        }
        AlignInput::Text => {
            let segmented = Segmenter::new(&lang).segment(&file.text);
            Side {
                sentences: segmented.iter().map(|s| s.text.to_string()).collect(),
                blocks: segmented.iter().map(|s| s.block).collect(),
                lang,
            }
        }
    }
}

fn joined(side: &Side, range: std::ops::Range<usize>) -> String {
    let separator = if side.lang.is_unspaced() { "" } else { " " };
    range
        .filter_map(|i| side.sentences.get(i))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(separator)
}
