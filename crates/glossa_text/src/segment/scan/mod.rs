//! The built-in boundary scanner: byte scanning to candidate terminators,
//! then a small decision procedure around each candidate.
//!
//! `candidate` reads the terminator run and its closers, `period` decides
//! after a single period (abbreviations, initials, numbers); this module
//! holds the scanning loop and the decisions for the other cases.

mod candidate;
mod period;

use std::ops::Range;

use super::chars::{
    INTERESTING, is_bracket_closer, is_bracket_opener, is_cjk, is_cjk_terminator, is_dash,
    is_digit, is_hiragana, is_terminator,
};
use super::rules::{Rules, normalize_key};
use candidate::Candidate;
use period::period_boundary;

/// How far (in bytes) an open bracket may hold a sentence together: past
/// this, an unclosed `(` no longer suppresses a boundary.
const BRACKET_CAP: usize = 250;

/// How far (in bytes) past a terminator the decision about it may look.
/// Decisions look back no further than the start of their sentence, so the
/// scan restarted at a sentence start gives the same boundaries as the scan
/// of the whole block once this much text follows that start.
pub(crate) const DECISION_LOOKAHEAD: usize = 1024;

/// Splits one block of display text into sentence ranges (trimmed, non-empty).
pub(crate) fn split(text: &str, rules: &Rules, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let (mut start, mut depth, mut i) = (0usize, 0u32, 0usize);
    while i < bytes.len() {
        let byte = bytes[i];
        if !INTERESTING[byte as usize] {
            // Continuation bytes are never interesting, so these steps keep
            // `i` on character boundaries whenever it is looked at; a CJK
            // character is skipped whole.
            i += if byte >= 0xE0 { 3 } else { 1 };
            continue;
        }
        if let Some(skip) = uninteresting_len(bytes, i) {
            i += skip; // kana, most of the General Punctuation block, …
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_terminator(c) {
            let view = &text[..char_floor(text, i + DECISION_LOOKAHEAD)];
            let cand = Candidate::at(view, start, i);
            if decide(view, start, &cand, depth, rules) {
                push_trimmed(text, start, cand.end, out);
                start = cand.end;
                depth = 0;
            } else {
                depth = depth.saturating_sub(cand.bracket_closers);
            }
            i = cand.end;
            continue;
        }
        if is_bracket_opener(c) {
            depth += 1;
        } else if is_bracket_closer(c) {
            depth = depth.saturating_sub(1);
        }
        i += c.len_utf8();
    }
    push_trimmed(text, start, bytes.len(), out);
}

/// The largest character boundary of `text` at or before `at`.
fn char_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Length of the character at `i` when its lead byte is interesting but
/// the character cannot be a terminator or a bracket: the CJK lead bytes
/// cover whole blocks of letters (kana under `E3 81..E3 83`).
fn uninteresting_len(bytes: &[u8], i: usize) -> Option<usize> {
    let second = *bytes.get(i + 1)?;
    let relevant = match bytes[i] {
        0xE2 => matches!(second, 0x80 | 0x81),
        0xE3 => second == 0x80,
        0xEF => matches!(second, 0xBC | 0xBD),
        _ => true,
    };
    (!relevant).then_some(3)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(start + lead..start + lead + trimmed.len());
    }
}

/// Whether the candidate ends a sentence.
fn decide(text: &str, start: usize, cand: &Candidate, depth: u32, rules: &Rules) -> bool {
    let after = &text[cand.end..];
    let Some(first) = after.chars().next() else {
        return true;
    };
    if depth > cand.bracket_closers && bracket_closes_soon(after) {
        return false;
    }
    if !first.is_whitespace() {
        return unspaced_boundary(text, start, cand, first, rules);
    }
    let mut k = cand.end + (after.len() - after.trim_start().len());
    let Some(mut next) = text[k..].chars().next() else {
        return true;
    };
    // A dash before a reporting clause: `«…?» — спросил он.`
    if is_dash(next) {
        let rest = &text[k + next.len_utf8()..];
        k = text.len() - rest.trim_start().len();
        match text[k..].chars().next() {
            Some(c) => next = c,
            None => return true,
        }
    }
    // Nothing starts a sentence with a comma or a slash (`17. /TASS/.`).
    if next.is_lowercase() || matches!(next, ',' | ';' | ':' | '/') {
        return false;
    }
    let rest = &text[k..];
    if cand.quote_closed && (reporting_clause(rest, rules) || citation(rest)) {
        return false;
    }
    let ellipsis = cand.last == '…' || (cand.all_dots && cand.count > 1);
    if ellipsis && rules.is_always_capitalized(&next_word(rest).to_lowercase()) {
        return false; // `I thought... I would go.`
    }
    if !cand.all_dots || cand.count > 1 || cand.closers {
        return true;
    }
    period_boundary(text, start, cand.term, k, next, rules)
}

/// An open bracket holds the sentence together if it closes within the cap.
fn bracket_closes_soon(after: &str) -> bool {
    after[..char_floor(after, BRACKET_CAP)].contains([')', ']', '）'])
}

/// A terminator directly followed by a non-space character.
fn unspaced_boundary(
    text: &str,
    start: usize,
    cand: &Candidate,
    next: char,
    rules: &Rules,
) -> bool {
    if is_cjk_terminator(cand.last) {
        if cand.last == '．' {
            let prev = text[start..cand.term].chars().next_back();
            if prev.is_some_and(is_digit) && is_digit(next) {
                return false; // ３．２９
            }
        }
        if cand.closers {
            return !rules.is_quote_particle(next); // 「…。」と述べた
        }
        if rules.is_bare_particle(next) {
            // モーニング娘。は… : a lone particle continues the sentence.
            let after = text[cand.end + next.len_utf8()..].chars().next();
            return after.is_some_and(is_hiragana);
        }
        return true;
    }
    // `?`/`!` glued to CJK text in an unspaced language (not `…`: it
    // often marks a pause inside a Japanese sentence).
    if rules.unspaced {
        return matches!(cand.last, '!' | '?' | '‼' | '⁇' | '⁈' | '⁉') && is_cjk(next);
    }
    glued_sentences(text, start, cand, rules)
}

/// `world.Today is`, `1,000.That`: a missing space after a period between
/// a lowercase word (or a number) and a capitalized word. Not in URLs,
/// e-mails, file or code names (`System.Console.WriteLine`).
fn glued_sentences(text: &str, start: usize, cand: &Candidate, rules: &Rules) -> bool {
    if !(cand.all_dots && cand.count == 1 && !cand.closers) {
        return false;
    }
    let before = &text[start..cand.term];
    let token_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &before[token_start..];
    let part_ok = token.chars().count() >= 2
        && token
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    if !part_ok || token.contains(['/', '@', ':', '\\', '_', '.']) {
        return false;
    }
    let rest = &text[cand.end..];
    let word = next_word(rest);
    let mut letters = word.chars();
    let shaped = letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_some_and(char::is_lowercase)
        && !letters.any(char::is_uppercase); // not `WriteLine`
    let tail = rest[word.len()..].chars().next();
    let plain_follow = match tail {
        Some('.') => rules.abbrev(&normalize_key(word)).is_some(),
        Some('(' | '_' | '/' | '@') => false,
        _ => true,
    };
    shaped && plain_follow
}

/// A short bracketed citation closed by a terminator: `"…" (Smith 55).`
fn citation(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix('(') else {
        return false;
    };
    let limit = inner.char_indices().nth(40).map_or(inner.len(), |(i, _)| i);
    inner[..limit]
        .find(')')
        .is_some_and(|close| inner[close + 1..].starts_with(is_terminator))
}

/// The letters at the start of `rest`.
fn next_word(rest: &str) -> &str {
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

/// After a closing quote: `"Why?" Lavrov asked.` (names, then a verb).
fn reporting_clause(rest: &str, rules: &Rules) -> bool {
    for word in rest.split(' ').take(4) {
        let word: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
        let Some(first) = word.chars().next() else {
            return false;
        };
        if first.is_lowercase() {
            return rules.is_reporting_verb(&word);
        }
    }
    false
}

#[cfg(test)]
mod tests;
