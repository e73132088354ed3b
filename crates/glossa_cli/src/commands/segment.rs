//! `glossa segment`: one sentence per line, or JSON with byte offsets.

use std::io::Write;

use glossa_text::segment::{Segmenter, Sentence};

use crate::args::{SegmentArgs, SegmentFormat};
use crate::error::{ExitStatus, user_error};
use glossa_text::Lang;

use crate::chunks::Pieces;
use crate::input::{decode_utf8, file_lang, open_lines, parse_lang, read_bytes, read_input};

/// Runs `glossa segment`. With `--lang` and line output the input is read
/// and cut piece by piece (see [`crate::chunks`]); JSON and language
/// detection need the whole input.
pub fn run(args: &SegmentArgs) -> anyhow::Result<ExitStatus> {
    match (&args.lang, args.format) {
        (Some(tag), SegmentFormat::Text | SegmentFormat::Raw) => run_in_pieces(args, tag),
        _ => run_whole(args),
    }
}

fn run_in_pieces(args: &SegmentArgs, tag: &str) -> anyhow::Result<ExitStatus> {
    let input = open_lines(args.file.as_deref())?;
    let display = input.display.clone();
    let lang = parse_lang(tag)?;
    let segmenter = segmenter_for(args, &lang)?;
    let mut pieces = Pieces::new(input);
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut raw = RawWriter::default();
    while let Some(piece) = pieces.next_piece()? {
        if piece.whole && piece.text.trim().is_empty() {
            return Err(user_error("error-empty-input", &[("path", &display)]));
        }
        let sentences = if args.plain {
            segmenter.sentences_plain(&piece.text)
        } else {
            segmenter.sentences(&piece.text)
        };
        if args.format == SegmentFormat::Raw {
            raw.piece(&mut out, &piece.text, sentences)?;
        } else {
            for sentence in sentences {
                write_one_line(&mut out, &sentence.text)?;
            }
        }
    }
    if args.format == SegmentFormat::Raw {
        raw.finish(&mut out)?;
    }
    out.flush()?;
    Ok(ExitStatus::Clean)
}

fn run_whole(args: &SegmentArgs) -> anyhow::Result<ExitStatus> {
    let input = read_input(args.file.as_deref())?;
    let lang = file_lang(&input, args.lang.as_deref())?;
    let segmenter = segmenter_for(args, &lang)?;
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
        SegmentFormat::Raw => {
            let mut raw = RawWriter::default();
            raw.piece(&mut out, &input.text, sentences)?;
            raw.finish(&mut out)?;
        }
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

/// The built-in segmenter for `lang`, or the user's SRX rules.
fn segmenter_for(args: &SegmentArgs, lang: &Lang) -> anyhow::Result<Segmenter> {
    let Some(path) = &args.rules else {
        return Ok(Segmenter::new(lang));
    };
    let display = path.display().to_string();
    let srx = decode_utf8(&display, read_bytes(path)?)?;
    Segmenter::with_srx(lang, &srx).map_err(|e| {
        user_error(
            "error-srx",
            &[("path", &display), ("reason", &e.to_string())],
        )
    })
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

/// `--format raw`: each sentence's source. The gap before a sentence is
/// split at its first line break, the part before it closes the previous
/// sentence (a closing `**`), the rest opens this one (`### `, `- `).
/// Whitespace is collapsed, so every non-space character of the input is
/// printed once. Gaps may run across pieces of the input.
#[derive(Default)]
struct RawWriter {
    /// The sentence being written, with what belongs to it so far.
    pending: String,
    /// Input after the last sentence seen.
    carry: String,
}

impl RawWriter {
    fn piece(
        &mut self,
        out: &mut dyn Write,
        input: &str,
        sentences: impl Iterator<Item = Sentence>,
    ) -> std::io::Result<()> {
        let mut previous_end = 0;
        for sentence in sentences {
            self.carry.push_str(
                input
                    .get(previous_end..sentence.range.start)
                    .unwrap_or_default(),
            );
            let gap = std::mem::take(&mut self.carry);
            let (head, tail) = gap.split_at(gap.find('\n').unwrap_or(gap.len()));
            self.pending.push_str(head);
            write_collapsed(out, &self.pending)?;
            self.pending.clear();
            self.pending.push_str(tail);
            self.pending
                .push_str(input.get(sentence.range.clone()).unwrap_or_default());
            previous_end = sentence.range.end;
        }
        self.carry
            .push_str(input.get(previous_end..).unwrap_or_default());
        Ok(())
    }

    fn finish(mut self, out: &mut dyn Write) -> std::io::Result<()> {
        self.pending.push_str(&self.carry);
        write_collapsed(out, &self.pending)
    }
}

fn write_collapsed(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::LineInput;

    /// Raw output of `text` cut whole and cut in pieces.
    fn raw_whole_and_in_pieces(text: &str, lang: &str) -> (String, String, usize) {
        let segmenter = Segmenter::new(&Lang::parse(lang).expect("valid tag"));
        let mut whole = Vec::new();
        let mut raw = RawWriter::default();
        raw.piece(&mut whole, text, segmenter.sentences(text))
            .expect("write");
        raw.finish(&mut whole).expect("write");
        let mut pieces = Pieces::new(LineInput {
            display: "t.md".to_string(),
            reader: Box::new(std::io::Cursor::new(text.as_bytes().to_vec())),
            size: 0,
        });
        let (mut cut, mut count) = (Vec::new(), 0);
        let mut raw = RawWriter::default();
        while let Some(piece) = pieces.next_piece().expect("valid input") {
            raw.piece(&mut cut, &piece.text, segmenter.sentences(&piece.text))
                .expect("write");
            count += 1;
        }
        raw.finish(&mut cut).expect("write");
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
        (text(whole), text(cut), count)
    }

    #[test]
    fn a_document_cut_in_pieces_prints_what_it_prints_whole() {
        let paragraph = "Лавров и Мотэги обсудили мирный договор. Встреча прошла в Москве, \
                         и стороны договорились\nпродолжить переговоры. **Итоги** — в докладе.\n\n";
        let document: String = (0..400)
            .map(|i| format!("## Раздел {i}\n\n{paragraph}- пункт {i}\n- ещё пункт\n\n"))
            .collect();
        let (whole, cut, pieces) = raw_whole_and_in_pieces(&document, "ru");
        assert!(pieces > 1, "{pieces}");
        assert_eq!(whole, cut);
    }
}
