//! `glossa segment`: one sentence per line, or JSON with byte offsets.

use std::io::Write;

use glossa_text::segment::{Segmenter, Sentence, Sentences};

use crate::args::{SegmentArgs, SegmentFormat};
use crate::error::{ExitStatus, user_error};
use glossa_text::Lang;

use crate::chunks::{Piece, PieceSizes, Pieces, settled_end};
use crate::input::{LineInput, decode_utf8, open_lines, parse_lang, read_bytes};

/// Runs `glossa segment`: the input is read and cut piece by piece (see
/// [`crate::chunks`]). Without `--lang` the language comes from the path or
/// from the first 20,000 characters, as [`Lang::detect`] reads them.
pub fn run(args: &SegmentArgs) -> anyhow::Result<ExitStatus> {
    let input = open_lines(args.file.as_deref())?;
    let known = match &args.lang {
        Some(tag) => Some(parse_lang(tag)?),
        None => Lang::from_path(&input.display),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let how = PieceOutput {
        plain: args.plain,
        format: args.format,
        builtin_rules: args.rules.is_none(),
        sizes: PieceSizes::default(),
    };
    let setup = |lang: &Lang| segmenter_for(args, lang);
    write_in_pieces(input, known, &setup, how, &mut out)?;
    out.flush()?;
    Ok(ExitStatus::Clean)
}

/// How [`write_in_pieces`] reads and writes.
#[derive(Clone, Copy)]
struct PieceOutput {
    /// Plain text, not Markdown.
    plain: bool,
    /// The output format.
    format: SegmentFormat,
    /// The segmenter has the built-in rules.
    builtin_rules: bool,
    /// How big pieces get.
    sizes: PieceSizes,
}

/// Characters [`Lang::detect`] reads.
const DETECT_CHARS: usize = 20_000;

/// Reads `input` piece by piece and writes its sentences; returns how many
/// pieces it was read in. Without a known language, pieces are held until
/// [`DETECT_CHARS`] characters (or the whole input) are there to detect it
/// from, and `setup` makes the segmenter for it. Pieces may end inside a long
/// line (open pieces) with the built-in rules and line output; not for JSON,
/// which gives each sentence's block kind, and a later line can still change
/// that (a setext heading).
fn write_in_pieces(
    input: LineInput,
    known: Option<Lang>,
    setup: &dyn Fn(&Lang) -> anyhow::Result<Segmenter>,
    how: PieceOutput,
    out: &mut dyn Write,
) -> anyhow::Result<usize> {
    let display = input.display.clone();
    let open_pieces = how.builtin_rules && how.format != SegmentFormat::Json;
    let mut pieces = Pieces::new(input, open_pieces, how.sizes);
    let ready = |lang: Lang| -> anyhow::Result<Cutter> {
        Ok(Cutter {
            segmenter: setup(&lang)?,
            writer: SentenceWriter::new(how.format, &lang),
            plain: how.plain,
        })
    };
    let mut cutter = known.map(ready).transpose()?;
    // Pieces read before the language is known, and their characters.
    let (mut held, mut held_chars): (Vec<Piece>, usize) = (Vec::new(), 0);
    let mut count = 0;
    while let Some(piece) = pieces.next_piece()? {
        count += 1;
        if piece.whole && piece.text.trim().is_empty() {
            return Err(user_error("error-empty-input", &[("path", &display)]));
        }
        if let Some(cutter) = &mut cutter {
            cutter.piece(&mut pieces, piece, out)?;
            continue;
        }
        let chars = piece.text.chars().count();
        if held_chars + chars < DETECT_CHARS {
            match piece.open_line {
                Some(_) => pieces.give_back(piece, 0),
                None => {
                    held_chars += chars;
                    held.push(piece);
                }
            }
            continue;
        }
        held.push(piece);
        let ready = ready(detect(&display, &held)?)?;
        cutter = Some(ready.catch_up(&mut pieces, held.drain(..), out)?);
    }
    let cutter = match cutter {
        Some(cutter) => cutter,
        None => ready(detect(&display, &held)?)?.catch_up(&mut pieces, held.drain(..), out)?,
    };
    cutter.writer.finish(out)?;
    Ok(count)
}

/// The language of the text of the first pieces.
fn detect(display: &str, pieces: &[Piece]) -> anyhow::Result<Lang> {
    let mut head = String::new();
    for piece in pieces {
        head.push_str(&piece.text);
        if head.chars().count() >= DETECT_CHARS {
            break;
        }
    }
    Lang::detect(&head).ok_or_else(|| user_error("error-no-lang", &[("path", display)]))
}

/// Cuts pieces into sentences and writes them.
struct Cutter {
    segmenter: Segmenter,
    writer: SentenceWriter,
    plain: bool,
}

impl Cutter {
    /// Writes the pieces read while the language was not known yet.
    fn catch_up(
        mut self,
        pieces: &mut Pieces,
        held: impl Iterator<Item = Piece>,
        out: &mut dyn Write,
    ) -> anyhow::Result<Self> {
        for piece in held {
            self.piece(pieces, piece, out)?;
        }
        Ok(self)
    }

    /// Writes the sentences of a piece; an open piece's unsettled end goes
    /// back to `pieces`.
    fn piece(
        &mut self,
        pieces: &mut Pieces,
        piece: Piece,
        out: &mut dyn Write,
    ) -> anyhow::Result<()> {
        let sentences = sentences_of(&self.segmenter, self.plain, &piece.text);
        if piece.open_line.is_none() {
            self.writer
                .write(out, piece.start, &piece.text, sentences)?;
            self.writer.end_piece(None);
            return Ok(());
        }
        let sentences: Vec<Sentence> = sentences.collect();
        let settled = settled_end(&piece, &sentences);
        let next_block = sentences
            .iter()
            .find(|s| s.range.start >= settled)
            .map(|s| s.block);
        let done = sentences
            .into_iter()
            .take_while(|s| s.range.start < settled);
        self.writer
            .write(out, piece.start, &piece.text[..settled], done)?;
        self.writer.end_piece(next_block);
        pieces.give_back(piece, settled);
        Ok(())
    }
}

/// The sentences of `text`, as Markdown or as plain text.
fn sentences_of<'a>(segmenter: &'a Segmenter, plain: bool, text: &'a str) -> Sentences<'a> {
    if plain {
        segmenter.sentences_plain(text)
    } else {
        segmenter.sentences(text)
    }
}

/// Sentences written as they are cut: each one's text on a line, its
/// source (`--format raw`), or JSON with byte offsets and block numbers
/// that run on across pieces.
struct SentenceWriter {
    output: Output,
    /// Number of the first block of the current piece.
    block_base: usize,
    /// One past the highest block number written in the current piece.
    blocks_seen: usize,
}

enum Output {
    Text,
    Raw(RawWriter),
    Json(JsonWriter),
}

impl SentenceWriter {
    fn new(format: SegmentFormat, lang: &Lang) -> Self {
        let output = match format {
            SegmentFormat::Text => Output::Text,
            SegmentFormat::Raw => Output::Raw(RawWriter::default()),
            SegmentFormat::Json => Output::Json(JsonWriter {
                lang: lang.as_str().to_string(),
                written: 0,
            }),
        };
        Self {
            output,
            block_base: 0,
            blocks_seen: 0,
        }
    }

    /// Writes the sentences of `input`, which starts at byte `start` of the
    /// whole input.
    fn write(
        &mut self,
        out: &mut dyn Write,
        start: usize,
        input: &str,
        sentences: impl Iterator<Item = Sentence>,
    ) -> std::io::Result<()> {
        match &mut self.output {
            Output::Text => sentences
                .into_iter()
                .try_for_each(|sentence| write_one_line(out, &sentence.text)),
            Output::Raw(raw) => raw.piece(out, input, sentences),
            Output::Json(json) => sentences.into_iter().try_for_each(|sentence| {
                self.blocks_seen = self.blocks_seen.max(sentence.block + 1);
                json.sentence(out, start, self.block_base, &sentence)
            }),
        }
    }

    /// The piece is done; `next_block` is the block the next piece starts
    /// inside, or `None` when it starts a new one.
    fn end_piece(&mut self, next_block: Option<usize>) {
        self.block_base += next_block.unwrap_or(self.blocks_seen);
        self.blocks_seen = 0;
    }

    fn finish(self, out: &mut dyn Write) -> std::io::Result<()> {
        match self.output {
            Output::Text => Ok(()),
            Output::Raw(raw) => raw.finish(out),
            Output::Json(json) => json.finish(out),
        }
    }
}

/// `--format json`: `{"lang": …, "sentences": [{"block", "end", "kind",
/// "start", "text"}, …]}`, pretty-printed, one sentence at a time.
struct JsonWriter {
    lang: String,
    written: usize,
}

/// One sentence of the JSON output (fields in the order they are printed).
#[derive(serde::Serialize)]
struct JsonSentence<'a> {
    block: usize,
    end: usize,
    kind: String,
    start: usize,
    text: &'a str,
}

impl JsonWriter {
    fn sentence(
        &mut self,
        out: &mut dyn Write,
        offset: usize,
        block_base: usize,
        sentence: &Sentence,
    ) -> std::io::Result<()> {
        if self.written == 0 {
            self.header(out)?;
            out.write_all(b"[\n")?;
        } else {
            out.write_all(b",\n")?;
        }
        let item = JsonSentence {
            block: block_base + sentence.block,
            end: offset + sentence.range.end,
            kind: format!("{:?}", sentence.kind),
            start: offset + sentence.range.start,
            text: &sentence.text,
        };
        let pretty = serde_json::to_string_pretty(&item)?;
        for (i, line) in pretty.lines().enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            write!(out, "    {line}")?;
        }
        self.written += 1;
        Ok(())
    }

    fn header(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let lang = serde_json::to_string(&self.lang)?;
        write!(out, "{{\n  \"lang\": {lang},\n  \"sentences\": ")
    }

    fn finish(self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.written == 0 {
            self.header(out)?;
            out.write_all(b"[]\n}\n")
        } else {
            out.write_all(b"\n  ]\n}\n")
        }
    }
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
        let lang = Lang::parse(lang).expect("valid tag");
        let segmenter = Segmenter::new(&lang);
        let mut whole = Vec::new();
        let mut lines = SentenceWriter::new(how.format, &lang);
        lines
            .write(
                &mut whole,
                0,
                text,
                sentences_of(&segmenter, how.plain, text),
            )
            .expect("write");
        lines.finish(&mut whole).expect("write");
        let mut cut = Vec::new();
        let input = reader(text.as_bytes().to_vec());
        let count =
            write_in_pieces(input, Some(lang), &builtin, how, &mut cut).expect("valid input");
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
        (text(whole), text(cut), count)
    }

    fn builtin(lang: &Lang) -> anyhow::Result<Segmenter> {
        Ok(Segmenter::new(lang))
    }

    #[test]
    fn without_a_language_the_first_pieces_are_held_until_it_is_detected() {
        let samples = [
            (
                "ja",
                "「日本は北方領土と呼ぶ。」と述べた。交渉は第{n}回目だった。",
            ),
            ("ru", "В {n} г. стороны подписали декларацию. Договора нет!"),
        ];
        for (tag, sentences) in samples {
            // Short (detected from the whole input) and long (from the first pieces).
            for text in [sentences.replace("{n}", "1"), long_line(sentences)] {
                let lang = Lang::parse(tag).expect("valid tag");
                for how in [TEXT, JSON] {
                    let mut known = Vec::new();
                    let input = reader(text.clone().into_bytes());
                    write_in_pieces(input, Some(lang.clone()), &builtin, how, &mut known)
                        .expect("valid input");
                    let mut detected = Vec::new();
                    let input = reader(text.clone().into_bytes());
                    write_in_pieces(input, None, &builtin, how, &mut detected)
                        .expect("valid input");
                    assert_eq!(known, detected, "{tag}");
                }
            }
        }
        let digits = reader(b"12 34 56\n".to_vec());
        let error = write_in_pieces(digits, None, &builtin, TEXT, &mut Vec::new())
            .expect_err("no language");
        assert!(error.to_string().contains("t.md"), "{error}");
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
        format: SegmentFormat::Raw,
        builtin_rules: true,
        sizes: PieceSizes {
            piece: 64 * 1024,
            open: 64 * 1024,
        },
    };
    const TEXT: PieceOutput = PieceOutput {
        format: SegmentFormat::Text,
        ..RAW
    };
    const JSON: PieceOutput = PieceOutput {
        format: SegmentFormat::Json,
        ..RAW
    };

    #[test]
    fn a_document_cut_in_pieces_prints_what_it_prints_whole() {
        let paragraph = "Лавров и Мотэги обсудили мирный договор. Встреча прошла в Москве, \
                         и стороны договорились\nпродолжить переговоры. **Итоги** — в докладе.\n\n";
        let document: String = (0..400)
            .map(|i| format!("## Раздел {i}\n\n{paragraph}- пункт {i}\n- ещё пункт\n\n"))
            .collect();
        for how in [RAW, TEXT, JSON] {
            let (whole, cut, pieces) = whole_and_in_pieces(&document, "ru", how);
            assert!(pieces > 1, "{pieces}");
            assert_eq!(whole, cut);
        }
    }

    #[test]
    fn json_is_the_pretty_printed_document_with_offsets_into_the_input() {
        let text = "## Итоги\n\nОдин. «Два»\n";
        let lang = Lang::parse("ru").expect("valid tag");
        let segmenter = Segmenter::new(&lang);
        let mut printed = Vec::new();
        let mut json = SentenceWriter::new(SegmentFormat::Json, &lang);
        json.write(&mut printed, 0, text, segmenter.sentences(text))
            .expect("write");
        json.finish(&mut printed).expect("write");
        let expected = serde_json::json!({
            "lang": "ru",
            "sentences": [
                {"start": 3, "end": 13, "text": "Итоги", "block": 0, "kind": "Heading { level: 2 }"},
                {"start": 15, "end": 24, "text": "Один.", "block": 1, "kind": "Paragraph"},
                {"start": 25, "end": 35, "text": "«Два»", "block": 1, "kind": "Paragraph"},
            ]
        });
        let expected = serde_json::to_string_pretty(&expected).expect("JSON") + "\n";
        assert_eq!(String::from_utf8(printed).expect("UTF-8"), expected);
        let mut empty = Vec::new();
        SentenceWriter::new(SegmentFormat::Json, &lang)
            .finish(&mut empty)
            .expect("write");
        let expected = serde_json::json!({"lang": "ru", "sentences": []});
        let expected = serde_json::to_string_pretty(&expected).expect("JSON") + "\n";
        assert_eq!(String::from_utf8(empty).expect("UTF-8"), expected);
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
        let lang = Lang::parse("ru").expect("valid tag");
        let error = write_in_pieces(reader(bytes), Some(lang), &builtin, TEXT, &mut Vec::new())
            .expect_err("invalid UTF-8");
        let column = line.chars().count() + 1;
        assert!(error.to_string().contains("line=3"), "{error}");
        assert!(
            error.to_string().contains(&format!("column={column}")),
            "{error}"
        );
    }

    /// Random documents of tricky pieces in all four languages, mostly long
    /// lines of sentences, read in small pieces (paragraph pieces from 512
    /// bytes, open pieces from 3 KiB, reader buffers of 1 to 64 bytes): every
    /// format prints what the whole input prints.
    #[test]
    fn random_documents_read_in_small_pieces_print_what_they_print_whole() {
        const PARTS: [&str; 24] = [
            "Лавров встретился с Мотэги. ",
            "В 1956 г. СССР и Япония подписали декларацию. ",
            "«Мы готовы? – спросил он. – Да». ",
            "С. В. Лавров и т. е. др. ",
            "The U.S. and Japan met on Jan. 5. ",
            "\"Why?\" he asked. ",
            "Mr. Kono (see No. 5) left... It rained! ",
            "「日本は北方領土と呼ぶ。」と述べた。",
            "交渉は第3回目だった。",
            "価格は３．２９ドル（約300円）。",
            "17. madde ve 2. Dünya Savaşı konuşuldu. ",
            "İstanbul'da toplantı yapıldı vb. konular. ",
            "\n",
            "\n\n",
            "\n\nJapan ",
            "\n\n## Heading\n\n",
            "\n- item one\n- item two\n",
            "\n> quoted text. More.\n",
            "**bold** text. ",
            "a | b\n",
            "\n===\n",
            "(an open bracket ",
            "   ",
            "\r\n",
        ];
        proptest::proptest!(
            proptest::prelude::ProptestConfig::with_cases(48),
            |(parts in proptest::collection::vec(
                proptest::prop_oneof![97 => 0..12usize, 3 => 12..PARTS.len()],
                50..1200,
            ),
              lang in 0..4usize,
              capacity in 1..64usize)| {
                let mut text: String = parts.iter().map(|&i| PARTS[i]).collect();
                if parts.len() % 5 == 0 {
                    text.insert(0, '\u{feff}'); // a byte-order mark
                }
                let lang = Lang::parse(["en", "ru", "ja", "tr"][lang]).expect("valid tag");
                let segmenter = Segmenter::new(&lang);
                for format in [SegmentFormat::Text, SegmentFormat::Raw, SegmentFormat::Json] {
                    let how = PieceOutput {
                        format,
                        sizes: PieceSizes { piece: 512, open: 3 * 1024 },
                        ..RAW
                    };
                    // Reading drops the byte-order mark, as reading whole does.
                    let read = text.strip_prefix('\u{feff}').unwrap_or(&text);
                    let mut whole = Vec::new();
                    let mut lines = SentenceWriter::new(format, &lang);
                    lines
                        .write(&mut whole, 0, read, sentences_of(&segmenter, false, read))
                        .expect("write");
                    lines.finish(&mut whole).expect("write");
                    let input = LineInput {
                        display: "t.md".to_string(),
                        reader: Box::new(std::io::BufReader::with_capacity(
                            capacity,
                            std::io::Cursor::new(text.clone().into_bytes()),
                        )),
                        size: 0,
                    };
                    let mut cut = Vec::new();
                    match write_in_pieces(input, Some(lang.clone()), &builtin, how, &mut cut) {
                        Ok(_) => proptest::prop_assert_eq!(
                            String::from_utf8_lossy(&whole),
                            String::from_utf8_lossy(&cut)
                        ),
                        // Only an input of whitespace is refused.
                        Err(_) => proptest::prop_assert!(text.trim().is_empty()),
                    }
                }
            }
        );
    }
}
