//! `glossa segment`: one sentence per line, or JSON with byte offsets.

use std::io::Write;

use glossa_text::segment::{Segmenter, Sentence, Sentences};

use crate::args::{SegmentArgs, SegmentFormat};
use crate::error::{ExitStatus, user_error};
use glossa_text::Lang;

use crate::chunks::{Pieces, settled_end};
use crate::input::{
    LineInput, decode_utf8, file_lang, open_lines, parse_lang, read_bytes, read_input,
};

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
    let lang = parse_lang(tag)?;
    let segmenter = segmenter_for(args, &lang)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let how = PieceOutput {
        plain: args.plain,
        raw: args.format == SegmentFormat::Raw,
        builtin_rules: args.rules.is_none(),
    };
    write_in_pieces(input, &segmenter, how, &mut out)?;
    out.flush()?;
    Ok(ExitStatus::Clean)
}

/// How [`write_in_pieces`] reads and writes.
#[derive(Clone, Copy)]
struct PieceOutput {
    /// Plain text, not Markdown.
    plain: bool,
    /// `--format raw` rather than text.
    raw: bool,
    /// The segmenter has the built-in rules (open pieces allowed).
    builtin_rules: bool,
}

/// Reads `input` piece by piece and writes its sentences one per line;
/// returns how many pieces it was read in.
fn write_in_pieces(
    input: LineInput,
    segmenter: &Segmenter,
    how: PieceOutput,
    out: &mut dyn Write,
) -> anyhow::Result<usize> {
    let display = input.display.clone();
    let mut pieces = Pieces::new(input, how.builtin_rules);
    let mut lines = LineWriter::new(how.raw);
    let mut count = 0;
    while let Some(piece) = pieces.next_piece()? {
        count += 1;
        if piece.whole && piece.text.trim().is_empty() {
            return Err(user_error("error-empty-input", &[("path", &display)]));
        }
        let sentences = sentences_of(segmenter, how.plain, &piece.text);
        if piece.open_line.is_none() {
            lines.write(out, &piece.text, sentences)?;
            continue;
        }
        let sentences: Vec<Sentence> = sentences.collect();
        let settled = settled_end(&piece, &sentences);
        let done = sentences
            .into_iter()
            .take_while(|s| s.range.start < settled);
        lines.write(out, &piece.text[..settled], done)?;
        pieces.give_back(piece, settled);
    }
    lines.finish(out)?;
    Ok(count)
}

/// The sentences of `text`, as Markdown or as plain text.
fn sentences_of<'a>(segmenter: &'a Segmenter, plain: bool, text: &'a str) -> Sentences<'a> {
    if plain {
        segmenter.sentences_plain(text)
    } else {
        segmenter.sentences(text)
    }
}

/// Line output: each sentence's text, or its source (`--format raw`).
struct LineWriter {
    raw: Option<RawWriter>,
}

impl LineWriter {
    fn new(raw: bool) -> Self {
        Self {
            raw: raw.then(RawWriter::default),
        }
    }

    fn write(
        &mut self,
        out: &mut dyn Write,
        input: &str,
        sentences: impl Iterator<Item = Sentence>,
    ) -> std::io::Result<()> {
        match &mut self.raw {
            Some(raw) => raw.piece(out, input, sentences),
            None => sentences
                .into_iter()
                .try_for_each(|sentence| write_one_line(out, &sentence.text)),
        }
    }

    fn finish(self, out: &mut dyn Write) -> std::io::Result<()> {
        self.raw.map_or(Ok(()), |raw| raw.finish(out))
    }
}

fn run_whole(args: &SegmentArgs) -> anyhow::Result<ExitStatus> {
    let input = read_input(args.file.as_deref())?;
    let lang = file_lang(&input, args.lang.as_deref())?;
    let segmenter = segmenter_for(args, &lang)?;
    let sentences = sentences_of(&segmenter, args.plain, &input.text);
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match args.format {
        SegmentFormat::Text | SegmentFormat::Raw => {
            let mut lines = LineWriter::new(args.format == SegmentFormat::Raw);
            lines.write(&mut out, &input.text, sentences)?;
            lines.finish(&mut out)?;
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
    while let Some(i) = memchr::memchr2(b'\n', b'\r', rest) {
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

    /// Output of `text` cut whole and read in pieces, and the number of pieces.
    fn whole_and_in_pieces(text: &str, lang: &str, how: PieceOutput) -> (String, String, usize) {
        let segmenter = Segmenter::new(&Lang::parse(lang).expect("valid tag"));
        let mut whole = Vec::new();
        let mut lines = LineWriter::new(how.raw);
        lines
            .write(&mut whole, text, sentences_of(&segmenter, how.plain, text))
            .expect("write");
        lines.finish(&mut whole).expect("write");
        let mut cut = Vec::new();
        let count = write_in_pieces(reader(text.as_bytes().to_vec()), &segmenter, how, &mut cut)
            .expect("valid input");
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
        (text(whole), text(cut), count)
    }

    /// Bytes read 8 KiB at a time, as from standard input or a file.
    fn reader(bytes: Vec<u8>) -> LineInput {
        LineInput {
            display: "t.md".to_string(),
            reader: Box::new(std::io::BufReader::with_capacity(
                8192,
                std::io::Cursor::new(bytes),
            )),
            size: 0,
        }
    }

    const RAW: PieceOutput = PieceOutput {
        plain: false,
        raw: true,
        builtin_rules: true,
    };
    const TEXT: PieceOutput = PieceOutput { raw: false, ..RAW };

    #[test]
    fn a_document_cut_in_pieces_prints_what_it_prints_whole() {
        let paragraph = "Лавров и Мотэги обсудили мирный договор. Встреча прошла в Москве, \
                         и стороны договорились\nпродолжить переговоры. **Итоги** — в докладе.\n\n";
        let document: String = (0..400)
            .map(|i| format!("## Раздел {i}\n\n{paragraph}- пункт {i}\n- ещё пункт\n\n"))
            .collect();
        let (whole, cut, pieces) = whole_and_in_pieces(&document, "ru", RAW);
        assert!(pieces > 1, "{pieces}");
        assert_eq!(whole, cut);
    }

    /// One paragraph on a single line of about 300 KB: `sentences` repeated
    /// with a running number.
    fn long_line(sentences: &str) -> String {
        let mut line = String::new();
        for i in 0.. {
            if line.len() > 300_000 {
                break;
            }
            line.push_str(&sentences.replace("{n}", &i.to_string()));
            line.push(' ');
        }
        line
    }

    #[test]
    fn a_long_line_is_cut_inside_and_prints_what_it_prints_whole() {
        let samples = [
            (
                "en",
                "Mr. Lavrov met Prof. Dr. Kono on Jan. {n}, 2019 (see No. {n}). \
                 \"Why?\" he asked. \"The talks went well,\" Kono said. The U.S. \
                 side was not present... It rained.",
            ),
            (
                "ru",
                "«Мы готовы», — сказал С. В. Лавров. В {n} г. стороны, т. е. Россия \
                 и Япония, подписали декларацию (ст. {n}). Договора нет!",
            ),
            (
                "ja",
                "「日本は南クリルを北方領土と呼ぶ。」と述べた。交渉は第{n}回目だった。\
                 モーニング娘。は歌った！価格は３．２９ドル（約{n}円）。",
            ),
            (
                "tr",
                "Dışişleri Bakanı {n}. madde hakkında konuştu. 2. Dünya Savaşı \
                 sonrasında vb. konular görüşüldü. İstanbul'da toplantı yapıldı.",
            ),
        ];
        for (lang, sentences) in samples {
            let text = format!(
                "# Başlık\n\n{}\nNext line here.\n\nAfter.\n",
                long_line(sentences)
            );
            for how in [
                RAW,
                TEXT,
                PieceOutput {
                    plain: true,
                    ..TEXT
                },
            ] {
                let (whole, cut, pieces) = whole_and_in_pieces(&text, lang, how);
                assert!(pieces > 3, "{lang}: {pieces} pieces");
                assert_eq!(whole, cut, "{lang}");
            }
        }
    }

    #[test]
    fn a_line_with_inline_markdown_or_without_a_cut_point_is_read_whole() {
        let emphasis = long_line("Лавров *встретился* с Мотэги {n} раз.");
        let (whole, cut, pieces) = whole_and_in_pieces(&emphasis, "ru", RAW);
        assert_eq!((whole, pieces), (cut, 1));
        // No sentence boundary at all: each attempt gives the piece back and
        // waits for twice as much of the line.
        let one_sentence = long_line("и снова {n}");
        let (whole, cut, pieces) = whole_and_in_pieces(&one_sentence, "ru", TEXT);
        assert_eq!((whole, pieces), (cut, 1));
    }

    #[test]
    fn an_error_inside_a_long_line_names_its_line_and_column() {
        let line = long_line("Япония и Россия ведут переговоры {n}.");
        let mut bytes = format!("Заголовок\n\n{line}").into_bytes();
        bytes.extend_from_slice(b"\xff tail.\n");
        let segmenter = Segmenter::new(&Lang::parse("ru").expect("valid tag"));
        let error = write_in_pieces(reader(bytes), &segmenter, TEXT, &mut Vec::new())
            .expect_err("invalid UTF-8");
        let column = line.chars().count() + 1;
        assert!(error.to_string().contains("line=3"), "{error}");
        assert!(
            error.to_string().contains(&format!("column={column}")),
            "{error}"
        );
    }
}
