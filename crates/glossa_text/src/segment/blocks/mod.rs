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
use syntax::{
    Fence, atx_heading, fence_open, has_letter, is_delimiter_row, is_html_tag_line,
    is_thematic_break, list_item, setext_underline, strip_quotes, table_cells, trim,
};

mod syntax;

/// One block of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub(crate) kind: BlockKind,
    /// Content of each line (byte ranges into the input), trimmed.
    pub(crate) lines: Vec<Range<usize>>,
    quote: usize,
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

/// Longest line (in characters) that may be a title or a dateline.
const TITLE_MAX_CHARS: usize = 200;

/// The first line of a paragraph that reads as a title or a dateline rather
/// than part of a wrapped sentence: no final punctuation (it ends in a letter
/// or digit), at most [`TITLE_MAX_CHARS`] long and less than half as long as
/// the longest line (at least 40 characters), and followed by a line starting
/// with a capital: `Kuril Islands issue\nJapan's demand runs counter to …`.
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
        widths[i] <= TITLE_MAX_CHARS
            && widths[i] * 2 < longest
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

#[cfg(test)]
mod tests;
