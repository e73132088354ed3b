//! Sentence segmentation: Markdown-aware, per-language rules kept as data
//! (`rules/<lang>.toml`), optional SRX 2.0 user rules.
//!
//! Blocks (headings, paragraphs, list items, table cells, code blocks, quote
//! paragraphs) are hard boundaries; inside a block the built-in scanner jumps
//! from one candidate terminator to the next and decides with the language's
//! rules (abbreviations, initials, ordinals, quotes and reporting clauses,
//! brackets, Japanese particles). Input is processed block by block, so
//! memory is bounded by the largest block.
//!
//! ```
//! use glossa_text::{Lang, Segmenter};
//! let seg = Segmenter::new(&Lang::parse("ru").unwrap());
//! let out = seg.segment("## **Итоги**\n\nВ 1956 г. СССР и Япония подписали декларацию. Договора нет.");
//! let texts: Vec<&str> = out.iter().map(|s| s.text.as_str()).collect();
//! assert_eq!(texts, ["Итоги", "В 1956 г. СССР и Япония подписали декларацию.", "Договора нет."]);
//! ```

mod blocks;
mod chars;
mod inline;
mod offsets;
mod rules;
mod scan;
mod srx;

use std::ops::Range;

use crate::lang::Lang;
use crate::shared_text::SentenceText;
use blocks::{Block, Blocks};
use offsets::OffsetMap;
use rules::Rules;

pub use inline::has_markup_byte;
pub use srx::SrxError;

/// Bytes that must follow the start of a sentence, on the first line of a
/// plain paragraph (no inline Markdown, no table bars), for the built-in
/// rules to cut everything before it as they would cut the whole input:
/// decisions look at most 1 KiB ahead and never before the start of their
/// sentence, and a title line is at most 200 characters (the 2 KiB hold at
/// least 512, so a later short line is a title either way). The input may be
/// cut there and the rest segmented on its own.
pub const RESTART_MARGIN: usize = 2 * scan::DECISION_LOOKAHEAD;

/// The kind of Markdown block a sentence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// An ATX (`## x`) or setext heading.
    Heading {
        /// 1 to 6.
        level: u8,
    },
    /// A paragraph (plain text: every paragraph).
    Paragraph,
    /// A list item, bullet or number stripped.
    ListItem,
    /// One cell of a table.
    TableCell,
    /// A fenced code block (one sentence per block, not split).
    CodeBlock,
    /// A paragraph inside a block quote.
    Quote,
    /// Anything else.
    Other,
}

/// One sentence with its place in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the input, from the first to the last character of the
    /// content (block markers such as `## `, `- `, `> ` and a leading `**`
    /// excluded).
    pub range: Range<usize>,
    /// Display text: inline Markdown stripped, lines joined with one space
    /// (none in Japanese or Chinese).
    pub text: SentenceText,
    /// Index of the block the sentence belongs to; sentences never span blocks.
    pub block: usize,
    /// The kind of that block.
    pub kind: BlockKind,
    /// How text offsets map to the input; `None` for the common map, the text copied verbatim
    /// from `range.start` (a sentence takes 64 bytes, not 96: a file of 100,000 units holds
    /// 200,000).
    map: Option<Box<OffsetMap>>,
}

impl Sentence {
    /// A sentence taken as it is: `text` stands at `range` of the input
    /// (a translation unit of a structured file). Offsets map linearly.
    pub fn verbatim(range: Range<usize>, text: impl Into<SentenceText>, block: usize) -> Self {
        Self {
            range,
            text: text.into(),
            block,
            kind: BlockKind::Paragraph,
            map: None,
        }
    }

    /// The input byte offset of byte `text_offset` of [`Sentence::text`]
    /// (`text.len()` maps to `range.end`).
    pub fn source_offset(&self, text_offset: usize) -> usize {
        match &self.map {
            Some(map) => map.source(text_offset),
            None => OffsetMap::identity_source(self.range.start, self.text.len(), text_offset),
        }
    }
}

/// `map`, or `None` when it is the map of a text of `len` bytes copied verbatim from `start`.
fn compact_map(map: OffsetMap, start: usize, len: usize) -> Option<Box<OffsetMap>> {
    (map != OffsetMap::identity(start, len)).then(|| Box::new(map))
}

/// How boundaries inside a block are found.
#[derive(Debug, Clone)]
enum Engine {
    Builtin,
    Srx(srx::SrxRules),
}

/// A sentence segmenter for one language.
#[derive(Debug, Clone)]
pub struct Segmenter {
    rules: Rules,
    engine: Engine,
}

impl Segmenter {
    /// The built-in rules for `lang` (generic rules for a language without
    /// its own rule file).
    pub fn new(lang: &Lang) -> Segmenter {
        Segmenter {
            rules: Rules::builtin(lang),
            engine: Engine::Builtin,
        }
    }

    /// User rules in SRX 2.0 for `lang`, replacing the built-in boundary
    /// rules (block structure still applies). Every rule must compile as a
    /// Rust regular expression; the error names the one that does not.
    pub fn with_srx(lang: &Lang, srx: &str) -> Result<Segmenter, SrxError> {
        let rules = srx::SrxRules::parse(srx, lang.as_str())?;
        Ok(Segmenter {
            rules: Rules::builtin(lang),
            engine: Engine::Srx(rules),
        })
    }

    /// Segments Markdown: block structure first, then sentences in each block.
    pub fn segment(&self, input: &str) -> Vec<Sentence> {
        self.sentences(input).collect()
    }

    /// Segments plain text: blank lines are hard breaks, single newlines
    /// inside a paragraph are joined, no Markdown syntax is interpreted.
    pub fn segment_plain(&self, input: &str) -> Vec<Sentence> {
        self.sentences_plain(input).collect()
    }

    /// Streaming form of [`Segmenter::segment`]: one block at a time.
    pub fn sentences<'a>(&'a self, input: &'a str) -> Sentences<'a> {
        Sentences::new(self, input, true)
    }

    /// Streaming form of [`Segmenter::segment_plain`].
    pub fn sentences_plain<'a>(&'a self, input: &'a str) -> Sentences<'a> {
        Sentences::new(self, input, false)
    }

    /// Display text, offset map and sentence ranges of one block.
    fn prepare<'a>(&self, input: &'a str, block: &Block, markdown: bool) -> Prepared<'a> {
        let mut ranges = Vec::new();
        if block.kind == BlockKind::CodeBlock {
            let (text, map) = inline::join_lines(input, &block.lines, false);
            if !text.trim().is_empty() {
                ranges.push(0..text.len());
            }
            return Prepared { text, map, ranges };
        }
        let (text, map) = inline::block_text(input, &block.lines, markdown, self.rules.unspaced);
        match &self.engine {
            Engine::Builtin => scan::split(&text, &self.rules, &mut ranges),
            Engine::Srx(srx) => srx.split(&text, &mut ranges),
        }
        Prepared { text, map, ranges }
    }
}

/// A block ready to be cut into sentences.
struct Prepared<'a> {
    text: std::borrow::Cow<'a, str>,
    map: OffsetMap,
    ranges: Vec<Range<usize>>,
}

fn make_sentence(
    text: &str,
    map: &OffsetMap,
    range: Range<usize>,
    block: usize,
    kind: BlockKind,
) -> Option<Sentence> {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    let last = trimmed.chars().next_back()?;
    let start = range.start + lead;
    let end = start + trimmed.len();
    let last_at = end - last.len_utf8();
    let range = map.source(start)..map.source(last_at) + last.len_utf8();
    let map = compact_map(map.slice(start, end), range.start, trimmed.len());
    Some(Sentence {
        range,
        text: trimmed.into(),
        block,
        kind,
        map,
    })
}

/// Iterator over the sentences of an input, block by block: memory is
/// bounded by the largest block, and sentences are built one at a time.
pub struct Sentences<'a> {
    segmenter: &'a Segmenter,
    input: &'a str,
    blocks: Blocks<'a>,
    markdown: bool,
    /// Index the next non-empty block gets.
    index: usize,
    current: Option<Current<'a>>,
}

/// The block being cut.
struct Current<'a> {
    prepared: Prepared<'a>,
    next: usize,
    index: usize,
    kind: BlockKind,
}

impl<'a> Sentences<'a> {
    fn new(segmenter: &'a Segmenter, input: &'a str, markdown: bool) -> Self {
        Self {
            segmenter,
            input,
            blocks: Blocks::new(input, markdown),
            markdown,
            index: 0,
            current: None,
        }
    }
}

impl Iterator for Sentences<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        loop {
            if let Some(cur) = &mut self.current {
                while let Some(range) = cur.prepared.ranges.get(cur.next).cloned() {
                    cur.next += 1;
                    let p = &cur.prepared;
                    if let Some(s) = make_sentence(&p.text, &p.map, range, cur.index, cur.kind) {
                        return Some(s);
                    }
                }
                self.current = None;
            }
            let block = self.blocks.next()?;
            let prepared = self.segmenter.prepare(self.input, &block, self.markdown);
            if !prepared.ranges.is_empty() {
                self.current = Some(Current {
                    prepared,
                    next: 0,
                    index: self.index,
                    kind: block.kind,
                });
                self.index += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests;
