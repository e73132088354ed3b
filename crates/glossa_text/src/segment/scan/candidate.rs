//! A candidate boundary: the run of terminators and what closes it.

use super::super::chars::{is_bracket_closer, is_closer, is_quote, is_terminator};

/// A run of terminators and the closers after it.
pub(super) struct Candidate {
    /// Offset of the first terminator.
    pub(super) term: usize,
    /// Offset just past the closers: where the sentence would end.
    pub(super) end: usize,
    /// The last terminator of the run.
    pub(super) last: char,
    /// Number of terminators; `all_dots` when every one is `.`.
    pub(super) count: usize,
    pub(super) all_dots: bool,
    /// Closers were absorbed; of them, quotes and brackets.
    pub(super) closers: bool,
    pub(super) quote_closed: bool,
    pub(super) bracket_closers: u32,
}

impl Candidate {
    pub(super) fn at(text: &str, start: usize, term: usize) -> Self {
        let mut cand = Candidate {
            term,
            end: term,
            last: '.',
            count: 0,
            all_dots: true,
            closers: false,
            quote_closed: false,
            bracket_closers: 0,
        };
        let mut j = cand.run(text, term);
        // Then closers: attached (`."`, `。」`, `.)`), footnote marks (`.[1]`,
        // `. [1][2]`), quotes detached by a space in tokenized text (`! ''`),
        // and a terminator after them (`'' .`).
        loop {
            let before = j;
            while let Some(c) = text[j..].chars().next() {
                if is_closer(c) {
                    cand.closers = true;
                    cand.quote_closed |= is_quote(c);
                    cand.bracket_closers += u32::from(is_bracket_closer(c));
                    j += c.len_utf8();
                } else if let Some(len) = footnote_len(&text[j..]) {
                    j += len;
                } else {
                    break;
                }
            }
            let rest = &text[j..];
            if let Some(marks) = rest.strip_prefix(' ') {
                if let Some(len) = footnote_len(marks) {
                    j += 1 + len;
                } else if let Some(len) =
                    detached_quote_len(marks, || cand.last != '.' || open_quote(&text[start..term]))
                {
                    cand.closers = true;
                    cand.quote_closed = true;
                    j += 1 + len;
                } else if marks.starts_with(is_terminator) && lone_mark(marks) {
                    j = cand.run(text, j + 1);
                }
            }
            if j == before {
                break;
            }
        }
        cand.end = j;
        cand
    }

    /// Consumes a run of terminators from `j`, single spaces between them
    /// included (`. . .`, `? ? ?`, `! ?`); returns where it stops.
    fn run(&mut self, text: &str, mut j: usize) -> usize {
        while let Some(c) = text[j..].chars().next() {
            if is_terminator(c) {
                self.all_dots &= c == '.';
                self.last = c;
                self.count += 1;
                j += c.len_utf8();
            } else if c == ' ' && self.count > 0 && lone_mark(&text[j + 1..]) {
                j += 1;
            } else {
                break;
            }
        }
        j
    }
}

/// A terminator standing alone: followed by a space, a closer, another
/// terminator or the end (`! ?`, not `.NET`).
fn lone_mark(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_terminator)
        && chars
            .next()
            .is_none_or(|c| c.is_whitespace() || is_closer(c) || is_terminator(c))
}

/// A run of quote marks after a terminator and a space, in tokenized text:
/// a closer when a lowercase word, a comma, a terminator or the end follows
/// (`boy? ' he said`, `Dad ! '' .`), or when `closing` (after `?` or `!`, or
/// with a quote open); otherwise it opens the next sentence
/// (`singer . ' Blessings…'`).
fn detached_quote_len(s: &str, closing: impl FnOnce() -> bool) -> Option<usize> {
    let len = s
        .char_indices()
        .find(|&(_, c)| !matches!(c, '\'' | '"' | '”' | '’'))
        .map_or(s.len(), |(i, _)| i);
    let mut after = s[len..].chars();
    let closes = match after.next() {
        None => true,
        Some(c) if c.is_whitespace() => match s[len..].trim_start().chars().next() {
            None => true,
            Some(n) => n.is_lowercase() || n == ',' || is_terminator(n) || closing(),
        },
        Some(',') => true,
        Some(_) => false,
    };
    (len > 0 && closes).then_some(len)
}

/// Whether the text has an odd number of quotation marks standing as their
/// own tokens or at a word's edge (apostrophes inside words do not count).
fn open_quote(text: &str) -> bool {
    let mut count = 0usize;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let quote = match c {
            '"' | '“' | '”' | '«' | '»' => true,
            '\'' | '’' | '‘' => {
                let before = prev.is_none_or(|p| !p.is_alphanumeric());
                let after = chars.peek().is_none_or(|n| !n.is_alphanumeric());
                before || after
            }
            _ => false,
        };
        // `''` counts once.
        if quote && !(matches!(c, '\'' | '’') && prev == Some(c)) {
            count += 1;
        }
        prev = Some(c);
    }
    count % 2 == 1
}

/// Length of a footnote mark `[12]` at the start of `s`.
fn footnote_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('[')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=3).contains(&digits) && rest[digits..].starts_with(']')).then_some(digits + 2)
}
