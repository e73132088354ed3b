//! Block structure: a streaming, line-based splitter for Markdown (headings,
//! list items, table cells, fenced code, block quotes, thematic breaks,
//! paragraphs) and for plain text (blank-line paragraphs).
//!
//! A block is a list of content ranges, one per source line, with the block
//! markers (`## `, `- `, `> `, `| `) already excluded. Blocks never overlap
//! and come out in input order; memory is bounded by the largest block.

use std::collections::VecDeque;
use std::ops::Range;

use super::BlockKind;

/// One block of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub(crate) kind: BlockKind,
    /// Content of each line (byte ranges into the input), trimmed.
    pub(crate) lines: Vec<Range<usize>>,
    quote: usize,
}

/// An open fenced code block: the fence character and its length.
#[derive(Debug, Clone, Copy)]
struct Fence {
    ch: u8,
    len: usize,
}

/// Iterator over the blocks of an input.
pub(crate) struct Blocks<'a> {
    input: &'a str,
    pos: usize,
    markdown: bool,
    open: Option<Block>,
    fence: Option<Fence>,
    /// A blank line was seen after the open paragraph.
    blank_after_open: bool,
    /// Inside a multi-line HTML comment.
    comment: bool,
    table_quote: Option<usize>,
    ready: VecDeque<Block>,
}

impl<'a> Blocks<'a> {
    pub(crate) fn new(input: &'a str, markdown: bool) -> Self {
        let mut blocks = Self {
            input,
            pos: 0,
            markdown,
            open: None,
            fence: None,
            blank_after_open: false,
            comment: false,
            table_quote: None,
            ready: VecDeque::new(),
        };
        if markdown {
            blocks.pos = blocks.front_matter_end();
        }
        blocks
    }

    /// Where YAML front matter (`---`, `key: value` lines, `---` or `...`)
    /// at the very start ends; 0 when there is none.
    fn front_matter_end(&self) -> usize {
        let Some((first, mut pos)) = self.line_at(0) else {
            return 0;
        };
        let yaml_next = self
            .line_at(pos)
            .is_some_and(|(l, _)| self.input[l].contains(':'));
        if &self.input[first] != "---" || !yaml_next {
            return 0;
        }
        while let Some((line, next)) = self.line_at(pos) {
            if matches!(self.input[line].trim_end(), "---" | "...") {
                return next;
            }
            pos = next;
        }
        0
    }

    /// The next line (without its line break) at `from`, and where the one
    /// after it starts.
    fn line_at(&self, from: usize) -> Option<(Range<usize>, usize)> {
        if from >= self.input.len() {
            return None;
        }
        let rest = &self.input[from..];
        let (len, next) = match rest.find('\n') {
            Some(n) => (n, from + n + 1),
            None => (rest.len(), self.input.len()),
        };
        let mut end = from + len;
        if self.input[from..end].ends_with('\r') {
            end -= 1;
        }
        Some((from..end, next))
    }

    fn flush(&mut self) {
        self.blank_after_open = false;
        let Some(mut block) = self.open.take() else {
            return;
        };
        if matches!(block.kind, BlockKind::Paragraph | BlockKind::Quote) {
            // A title line inside a paragraph becomes a block of its own.
            while let Some(at) = title_line(self.input, &block.lines) {
                let rest = block.lines.split_off(at + 1);
                self.ready.push_back(block.clone());
                block.lines = rest;
            }
        }
        if !block.lines.is_empty() {
            self.ready.push_back(block);
        }
    }

    fn emit(&mut self, kind: BlockKind, lines: Vec<Range<usize>>, quote: usize) {
        self.flush();
        if !lines.is_empty() {
            self.ready.push_back(Block { kind, lines, quote });
        }
    }

    fn feed(&mut self, line: Range<usize>) {
        if self.markdown {
            self.feed_markdown(line);
        } else {
            self.feed_plain(line);
        }
    }

    fn feed_plain(&mut self, line: Range<usize>) {
        let content = trim(self.input, line);
        if content.is_empty() {
            self.flush();
            return;
        }
        self.add_paragraph_line(content, BlockKind::Paragraph, 0);
    }

    /// Adds a line to the open paragraph, or opens one. A line without any
    /// letter (a date, a number) stands alone: `17.01.2019`.
    fn add_paragraph_line(&mut self, content: Range<usize>, kind: BlockKind, quote: usize) {
        let letterless = !has_letter(&self.input[content.clone()]);
        if let Some(open) = &mut self.open {
            let continues = matches!(
                open.kind,
                BlockKind::Paragraph | BlockKind::Quote | BlockKind::ListItem
            ) && open.quote == quote;
            let last_letterless = open
                .lines
                .last()
                .is_some_and(|l| !has_letter(&self.input[l.clone()]));
            let rejoin = !self.blank_after_open || broken_paragraph(self.input, open, &content);
            if continues && rejoin && !letterless && !last_letterless {
                open.lines.push(content);
                self.blank_after_open = false;
                return;
            }
        }
        self.flush();
        self.open = Some(Block {
            kind,
            lines: vec![content],
            quote,
        });
    }

    fn feed_markdown(&mut self, line: Range<usize>) {
        let input = self.input;
        if let Some(fence) = self.fence {
            let text = input[line.clone()].trim_start();
            let closes = text.len() - text.trim_start_matches(fence.ch as char).len() >= fence.len
                && text.trim_start_matches(fence.ch as char).trim().is_empty();
            if closes {
                self.fence = None;
                self.flush();
            } else if let Some(open) = &mut self.open {
                let content = trim(input, line);
                if !content.is_empty() {
                    open.lines.push(content);
                }
            }
            return;
        }
        if self.comment {
            self.comment = !input[line].contains("-->");
            return;
        }
        let (quote, body) = strip_quotes(input, line);
        let content = trim(input, body.clone());
        let text = &input[content.clone()];
        if let Some(rest) = text.strip_prefix("<!--") {
            // An HTML comment is no content; it may span lines.
            self.flush();
            self.comment = !rest.contains("-->");
            return;
        }
        if is_html_tag_line(text) {
            self.emit(BlockKind::Other, vec![content], quote);
            return;
        }
        if text.is_empty() {
            self.table_quote = None;
            if self
                .open
                .as_ref()
                .is_some_and(|b| b.kind == BlockKind::Paragraph)
            {
                self.blank_after_open = true; // decided by the next line
            } else {
                self.flush();
            }
            return;
        }
        if self.open.as_ref().is_some_and(|b| b.quote != quote) {
            self.flush();
        }
        if let Some(fence) = fence_open(text) {
            self.flush();
            self.fence = Some(fence);
            self.open = Some(Block {
                kind: BlockKind::CodeBlock,
                lines: Vec::new(),
                quote,
            });
            return;
        }
        if let Some((level, heading)) = atx_heading(input, content.clone()) {
            self.emit(BlockKind::Heading { level }, vec![heading], quote);
            return;
        }
        if let Some(level) = setext_underline(text) {
            let open_paragraph = self
                .open
                .as_ref()
                .is_some_and(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote));
            if open_paragraph && !self.blank_after_open && (level == 1 || text.len() >= 2) {
                if let Some(open) = &mut self.open {
                    open.kind = BlockKind::Heading { level };
                }
                self.flush();
                return;
            }
        }
        if is_thematic_break(text) {
            self.flush();
            return;
        }
        if self.table_row(quote, content.clone()) {
            return;
        }
        let interrupting = self
            .open
            .as_ref()
            .is_some_and(|b| b.kind != BlockKind::ListItem)
            && !self.blank_after_open;
        if let Some(item) = list_item(input, content.clone(), interrupting) {
            self.flush();
            self.open = Some(Block {
                kind: BlockKind::ListItem,
                lines: vec![item],
                quote,
            });
            return;
        }
        let kind = if quote > 0 {
            BlockKind::Quote
        } else {
            BlockKind::Paragraph
        };
        self.add_paragraph_line(content, kind, quote);
    }

    /// Handles a table row (header, delimiter or body); false if the line
    /// is not part of a table.
    fn table_row(&mut self, quote: usize, content: Range<usize>) -> bool {
        let text = &self.input[content.clone()];
        if !text.contains('|') {
            self.table_quote = None;
            return false;
        }
        let in_table = self.table_quote == Some(quote);
        if !in_table {
            let next = self.line_at(self.pos).map(|(l, _)| {
                let (_, body) = strip_quotes(self.input, l);
                self.input[body].trim().to_string()
            });
            if !next.is_some_and(|n| is_delimiter_row(&n)) {
                return false;
            }
            self.table_quote = Some(quote);
        }
        self.flush();
        if is_delimiter_row(text) {
            return true;
        }
        for cell in table_cells(self.input, content) {
            self.emit(BlockKind::TableCell, vec![cell], quote);
        }
        true
    }
}

impl Iterator for Blocks<'_> {
    type Item = Block;

    fn next(&mut self) -> Option<Block> {
        loop {
            if let Some(block) = self.ready.pop_front() {
                return Some(block);
            }
            match self.line_at(self.pos) {
                Some((line, next)) => {
                    self.pos = next;
                    self.feed(line);
                }
                None => {
                    self.flush();
                    return self.ready.pop_front();
                }
            }
        }
    }
}

/// The first line of a paragraph that reads as a title or a dateline rather
/// than part of a wrapped sentence: no final punctuation (it ends in a letter
/// or digit), less than half as long as the longest line (at least 40
/// characters), and followed by a line starting with a capital:
/// `Kuril Islands issue\nJapan's demand runs counter to …`.
fn title_line(input: &str, lines: &[Range<usize>]) -> Option<usize> {
    if lines.len() < 2 {
        return None;
    }
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| input[l.clone()].chars().count())
        .collect();
    let longest = widths.iter().copied().max().unwrap_or(0);
    if longest < 40 {
        return None;
    }
    (0..lines.len() - 1).find(|&i| {
        let line = &input[lines[i].clone()];
        let next = input[lines[i + 1].clone()].chars().next();
        widths[i] * 2 < longest
            && line.chars().next_back().is_some_and(char::is_alphanumeric)
            && next.is_some_and(char::is_uppercase)
    })
}

/// A paragraph cut by a stray blank line: it ends in a lowercase letter
/// and the next one starts with one (`runs counter to the\n\ncountry's`).
fn broken_paragraph(input: &str, open: &Block, next: &Range<usize>) -> bool {
    let last = open
        .lines
        .last()
        .and_then(|l| input[l.clone()].chars().next_back());
    let first = input[next.clone()].chars().next();
    open.kind == BlockKind::Paragraph
        && last.is_some_and(char::is_lowercase)
        && first.is_some_and(char::is_lowercase)
}

/// A line opening with a block-level HTML tag (`<div …>`, `</p>`); inline
/// tags (`<b>`) and autolinks stay in their paragraph.
fn is_html_tag_line(text: &str) -> bool {
    const BLOCK_TAGS: &str = "address article aside blockquote body center details dialog dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html iframe legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul";
    let Some(rest) = text.strip_prefix('<') else {
        return false;
    };
    let name = rest.strip_prefix('/').unwrap_or(rest);
    let len = name
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    let tag = name[..len].to_ascii_lowercase();
    len > 0
        && BLOCK_TAGS.split(' ').any(|t| t == tag)
        && matches!(
            name.as_bytes().get(len),
            Some(b' ' | b'>' | b'/' | b'\t') | None
        )
}

fn has_letter(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// The range without surrounding whitespace.
fn trim(input: &str, range: Range<usize>) -> Range<usize> {
    let text = &input[range.clone()];
    let start = range.start + (text.len() - text.trim_start().len());
    start..start + text.trim().len()
}

/// Strips `>` markers: (nesting level, the rest of the line).
fn strip_quotes(input: &str, line: Range<usize>) -> (usize, Range<usize>) {
    let mut level = 0;
    let mut pos = line.start;
    loop {
        let rest = &input[pos..line.end];
        let indent = rest.len() - rest.trim_start_matches(' ').len();
        if indent <= 3 && rest[indent..].starts_with('>') {
            level += 1;
            pos += indent + 1;
            if input[pos..line.end].starts_with(' ') {
                pos += 1;
            }
        } else {
            return (level, pos..line.end);
        }
    }
}

fn fence_open(text: &str) -> Option<Fence> {
    for ch in [b'`', b'~'] {
        let len = text.bytes().take_while(|&b| b == ch).count();
        if len >= 3 && !(ch == b'`' && text[len..].contains('`')) {
            return Some(Fence { ch, len });
        }
    }
    None
}

/// `## Title ##` → (2, `Title`).
fn atx_heading(input: &str, content: Range<usize>) -> Option<(u8, Range<usize>)> {
    let text = &input[content.clone()];
    let level = text.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &text[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let mut body = rest.trim();
    let closing = body.trim_end_matches('#');
    if closing.is_empty() || closing.ends_with([' ', '\t']) {
        body = closing.trim_end();
    }
    let start = content.start + level + (rest.len() - rest.trim_start().len());
    let level = u8::try_from(level).unwrap_or(6);
    Some((level, start..start + body.len()))
}

/// `===` → 1, `---` → 2.
fn setext_underline(text: &str) -> Option<u8> {
    if text.bytes().all(|b| b == b'=') {
        Some(1)
    } else if text.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

/// `---`, `***`, `___` (spaces allowed), and a lone `-`, `*` or `+`.
fn is_thematic_break(text: &str) -> bool {
    if matches!(text, "-" | "*" | "+") {
        return true;
    }
    let Some(mark) = text
        .bytes()
        .next()
        .filter(|b| matches!(b, b'-' | b'*' | b'_'))
    else {
        return false;
    };
    let mut count = 0;
    for b in text.bytes() {
        if b == mark {
            count += 1;
        } else if !b.is_ascii_whitespace() {
            return false;
        }
    }
    count >= 3
}

/// A list item: the content after `- `, `* ` or `+ `; an ordered item keeps
/// its number (`1. `, `2) `: it is content, and `2. Dünya Savaşı` may well
/// be a Turkish sentence). An ordered item interrupts a paragraph only when
/// it starts at 1.
fn list_item(input: &str, content: Range<usize>, interrupting: bool) -> Option<Range<usize>> {
    let text = &input[content.clone()];
    let bytes = text.as_bytes();
    let (marker, keep) = if matches!(bytes.first(), Some(b'-' | b'*' | b'+')) {
        (1, false)
    } else {
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let ordered = (1..=9).contains(&digits) && matches!(bytes.get(digits), Some(b'.' | b')'));
        if !ordered || (interrupting && &text[..digits] != "1") {
            return None;
        }
        (digits + 1, true)
    };
    if !matches!(bytes.get(marker), Some(b' ' | b'\t')) {
        return None;
    }
    let start = if keep {
        content.start
    } else {
        content.start + marker
    };
    Some(trim(input, start..content.end))
}

/// `|---|:--:|`
fn is_delimiter_row(text: &str) -> bool {
    text.contains('-')
        && text.contains('|')
        && text
            .bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
}

/// The non-empty cells of a table row.
fn table_cells(input: &str, content: Range<usize>) -> Vec<Range<usize>> {
    let text = &input[content.clone()];
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'\\' if !escaped => {
                escaped = true;
                continue;
            }
            b'|' if !escaped => {
                cells.push(trim(input, content.start + start..content.start + i));
                start = i + 1;
            }
            _ => {}
        }
        escaped = false;
    }
    cells.push(trim(input, content.start + start..content.end));
    cells.retain(|c| !c.is_empty());
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(input: &str, markdown: bool) -> Vec<(BlockKind, Vec<&str>)> {
        Blocks::new(input, markdown)
            .map(|b| {
                let lines = b.lines.iter().map(|l| &input[l.clone()]).collect();
                (b.kind, lines)
            })
            .collect()
    }

    #[test]
    fn markdown_blocks() {
        let doc = "## **Title**\n\n-\n\n17.01.2019\n\n---\n\nFirst line\nsecond line.\n\n- item one\n  continued\n* item two\n1. third\n\n> quoted\n> text\n\n```\nlet x = 1;\n```\n";
        let got = blocks(doc, true);
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading { level: 2 }, vec!["**Title**"]),
                (BlockKind::Paragraph, vec!["17.01.2019"]),
                (BlockKind::Paragraph, vec!["First line", "second line."]),
                (BlockKind::ListItem, vec!["item one", "continued"]),
                (BlockKind::ListItem, vec!["item two"]),
                (BlockKind::ListItem, vec!["1. third"]),
                (BlockKind::Quote, vec!["quoted", "text"]),
                (BlockKind::CodeBlock, vec!["let x = 1;"]),
            ]
        );
    }

    #[test]
    fn tables_setext_and_datelines() {
        let doc = "| Город | Население |\n|---|---:|\n| Москва | 13 млн |\n\nBaşlık\n======\nMoskova\n17.01.2019\nMetin burada.";
        let got = blocks(doc, true);
        assert_eq!(
            got,
            vec![
                (BlockKind::TableCell, vec!["Город"]),
                (BlockKind::TableCell, vec!["Население"]),
                (BlockKind::TableCell, vec!["Москва"]),
                (BlockKind::TableCell, vec!["13 млн"]),
                (BlockKind::Heading { level: 1 }, vec!["Başlık"]),
                (BlockKind::Paragraph, vec!["Moskova"]),
                (BlockKind::Paragraph, vec!["17.01.2019"]),
                (BlockKind::Paragraph, vec!["Metin burada."]),
            ]
        );
    }

    #[test]
    fn plain_text_joins_lines_and_breaks_at_blank_lines() {
        let doc = "# not a heading\nsecond line\n\n- not a list\n\n\n平和条約。";
        let got = blocks(doc, false);
        assert_eq!(
            got,
            vec![
                (BlockKind::Paragraph, vec!["# not a heading", "second line"]),
                (BlockKind::Paragraph, vec!["- not a list"]),
                (BlockKind::Paragraph, vec!["平和条約。"]),
            ]
        );
    }

    #[test]
    fn front_matter_comments_and_html_lines() {
        let doc = "---\ntitle: Мирный договор\nlang: ru\n---\n\n<!-- draft\nnote -->\n<div align=\"center\">\n\n<b>Текст.</b> <https://x.org>\n";
        let got = blocks(doc, true);
        assert_eq!(
            got,
            vec![
                (BlockKind::Other, vec!["<div align=\"center\">"]),
                (BlockKind::Paragraph, vec!["<b>Текст.</b> <https://x.org>"]),
            ]
        );
        let no_yaml = "---\n\nText.\n\n---\n";
        assert_eq!(
            blocks(no_yaml, true),
            vec![(BlockKind::Paragraph, vec!["Text."])]
        );
    }

    #[test]
    fn title_lines_inside_a_paragraph_stand_alone() {
        let doc = "Kuril Islands issue\nJapan's demand runs counter to the UN Charter, Lavrov\nsaid on Monday in Moscow at a news conference.";
        assert_eq!(
            blocks(doc, false),
            vec![
                (BlockKind::Paragraph, vec!["Kuril Islands issue"]),
                (
                    BlockKind::Paragraph,
                    vec![
                        "Japan's demand runs counter to the UN Charter, Lavrov",
                        "said on Monday in Moscow at a news conference."
                    ]
                ),
            ]
        );
        // A wrapped sentence whose short line ends mid-phrase stays whole.
        let wrapped = "Переговоры в Москве продолжились во вторник, и министры\nобсудили договор.";
        assert_eq!(blocks(wrapped, false).len(), 1);
    }

    #[test]
    fn a_stray_blank_line_inside_a_sentence_is_bridged() {
        let doc = "The demand runs counter to the\n\ncountry's obligations.\n\nNext one.";
        let got = blocks(doc, true);
        assert_eq!(
            got,
            vec![
                (
                    BlockKind::Paragraph,
                    vec!["The demand runs counter to the", "country's obligations."]
                ),
                (BlockKind::Paragraph, vec!["Next one."]),
            ]
        );
    }
}
