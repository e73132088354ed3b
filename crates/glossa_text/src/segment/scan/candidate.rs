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
                } else if let Some(len) = detached_quote_len(marks, |mark, after| {
                    cand.last != '.'
                        || opens_quotation(mark, after)
                            .map_or_else(|| open_quote(&text[start..term]), |opens| !opens)
                }) {
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
/// (`boy? ' he said`, `Dad ! '' .`), or when `closing(mark, after)` (after
/// `?` or `!`, with a quote open, or when the quote marks after it do not
/// make it an opener); otherwise it opens the next sentence
/// (`singer . ' Blessings…'`).
fn detached_quote_len(s: &str, closing: impl FnOnce(&str, &str) -> bool) -> Option<usize> {
    let len = s
        .char_indices()
        .find(|&(_, c)| !matches!(c, '\'' | '"' | '”' | '’'))
        .map_or(s.len(), |(i, _)| i);
    let mut after = s[len..].chars();
    let closes = match after.next() {
        None => true,
        Some(c) if c.is_whitespace() => match s[len..].trim_start().chars().next() {
            None => true,
            Some(n) => {
                n.is_lowercase() || n == ',' || is_terminator(n) || closing(&s[..len], &s[len..])
            }
        },
        Some(',') => true,
        Some(_) => false,
    };
    (len > 0 && closes).then_some(len)
}

/// How far (in bytes) the quote marks after a detached one are read.
const QUOTE_LOOKAHEAD: usize = 2000;

/// The part a quote mark plays, from its shape and its neighbours.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Opener,
    Closer,
    /// Spaces on both sides and a capital after: either.
    Either,
}

/// Whether a detached quote `mark` (spaces on both sides, a capital after,
/// `after` the text following it in the block) opens a quotation. Quote
/// marks alternate: the next mark of the same kind (single or double) that
/// shows its part by its shape (`'Well`, `sir,'`, `boy? ' he`) decides,
/// marks between that could be either counting as alternating steps
/// (`home. ' The dog … door. ' Want some? ' he said`: the second mark
/// opens, so the first closes). `None` when no such mark follows within
/// `QUOTE_LOOKAHEAD` bytes.
fn opens_quotation(mark: &str, after: &str) -> Option<bool> {
    let double = is_double(mark);
    let mut limit = QUOTE_LOOKAHEAD.min(after.len());
    while !after.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &after[..limit];
    // The mark itself counts as the first step: a mark of the opposite
    // part after an even number of steps means this one is an opener.
    let mut steps = 0usize;
    let mut prev = ' ';
    let mut iter = window.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_quote_char(c) {
            prev = c;
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if !is_quote_char(d) {
                break;
            }
            end = j + d.len_utf8();
            iter.next();
        }
        let run = &window[i..end];
        let before = prev;
        prev = run.chars().next_back().unwrap_or(c);
        if is_double(run) != double {
            continue;
        }
        let rest = &window[end..];
        let Some(role) = quote_role(before, rest, double) else {
            continue;
        };
        steps += 1;
        match role {
            Role::Either => {}
            Role::Opener => return Some(steps.is_multiple_of(2)),
            Role::Closer => return Some(!steps.is_multiple_of(2)),
        }
    }
    None
}

/// A straight or curly quotation mark (or a backtick used as one).
fn is_quote_char(c: char) -> bool {
    matches!(c, '\'' | '"' | '`' | '‘' | '’' | '“' | '”')
}

/// A double quotation mark: `"`, `“`, `”`, or two single marks (`''`, ``` `` ```).
fn is_double(run: &str) -> bool {
    run.contains(['"', '“', '”']) || run.chars().count() > 1
}

/// The part of a quote mark between `before` and `rest`; `None` when it is
/// no quotation mark (`don't`, `the councillors' pay`, `'90s`).
fn quote_role(before: char, rest: &str, double: bool) -> Option<Role> {
    let next = rest.chars().next();
    let left_space = before.is_whitespace();
    let right_space = next.is_none_or(char::is_whitespace);
    match (left_space, right_space) {
        (false, false) => {
            if before.is_alphanumeric() && next.is_some_and(char::is_alphanumeric) {
                None
            } else if next.is_some_and(char::is_alphabetic) {
                Some(Role::Opener)
            } else {
                Some(Role::Closer)
            }
        }
        (false, true) => (double || !before.is_alphanumeric()).then_some(Role::Closer),
        (true, false) => next
            .is_some_and(|n| n.is_alphabetic() || (double && n.is_alphanumeric()))
            .then_some(Role::Opener),
        (true, true) => Some(match rest.trim_start().chars().next() {
            None => Role::Closer,
            Some(n) if n.is_lowercase() || n == ',' || is_terminator(n) => Role::Closer,
            Some(_) => Role::Either,
        }),
    }
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
