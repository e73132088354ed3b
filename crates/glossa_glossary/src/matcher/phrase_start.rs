//! Where the first phrase of a text may begin, found without folding it.
//!
//! One scan over the runs of ASCII letters, basic Cyrillic letters and
//! digits splits them into words as [`super::tokens`] does, lowers the
//! capitals of a word only when it has some, and looks each word up in the
//! first-word filter ([`WordIndex::may_begin`]); no folded text nor word is
//! written. It stops at the first word that passes: the words before it
//! begin no phrase (and no phrase reaches back before its first word), so
//! the text is folded and split only from the last gap before it. Most
//! texts have no such word and are not folded at all.

use super::lower_runs::{ascii_lower_len, cyrillic_lower_len};
use super::simple::{CLASSES, CYRILLIC, DIGIT, GAP, LOWER, UPPER};
use super::tokens::{Script, is_symbol, is_word_char};
use super::words::WordIndex;
use crate::fold::Folder;

/// The longest word with capitals lowered for a look-up; the scan stops at a
/// longer one.
const MAX_LOWERED: usize = 64;

/// Whether [`phrase_start`] may be used with `folder`: it lowers `A`–`Z`
/// and `А`–`Я` by their fixed offset (not Turkic `I`), keeps `a`–`z`,
/// `а`–`я` and digits, and keeps ASCII symbols and apostrophes.
pub(crate) fn scans_with(folder: &Folder) -> bool {
    let ascii = (0..128u8).all(|b| {
        let c = char::from(b);
        let expected = match b {
            b'A'..=b'Z' => char::from(b.to_ascii_lowercase()),
            b'`' => '\'',
            b'\t' | b'\r' | 0x0b | 0x0c => ' ',
            _ => c,
        };
        folder.fold_simple(c) == Some(expected)
    });
    let cyrillic = ('А'..='Я').all(|c| {
        let lower = char::from_u32(u32::from(c) + 0x20);
        folder.fold_simple(c) == lower && lower.is_some_and(|l| folder.fold_simple(l) == Some(l))
    });
    ascii && cyrillic
}

/// The byte offset from which `text` must be folded and split for every
/// phrase in it to be found: the end of the last gap before the first word
/// that may begin a phrase, or before the first character the scan does
/// not take (apostrophes, letters outside `A`–`Z`, `a`–`z`, `А`–`я`,
/// symbols other than ASCII ones, characters folding does not fold one to
/// one). `None` when no word of `text` may begin a phrase. Only for a
/// folder [`scans_with`] accepts.
pub(crate) fn phrase_start(folder: &Folder, index: &WordIndex, text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    // The end of the last gap: the split begins afresh there.
    let mut after_gap = 0;
    let mut o = 0;
    // The open word (from `word` to `o`, none when `word == o`) and whether
    // it has capitals.
    let mut word = 0;
    let mut capitals = false;
    let mut prev_lower = false;
    let mut prev_script = None;
    while let Some(&b) = bytes.get(o) {
        let rest = bytes.get(o..).unwrap_or_default();
        let class = CLASSES[usize::from(b)];
        // The most frequent words: letters of one script between gaps,
        // capitals (if any) first.
        if word == o {
            let caps = match class {
                UPPER => rest.iter().take_while(|b| b.is_ascii_uppercase()).count(),
                CYRILLIC => cyrillic_capitals_len(rest),
                _ => 0,
            };
            let tail = rest.get(caps..).unwrap_or_default();
            let lows = match class {
                LOWER | UPPER => ascii_lower_len(tail),
                CYRILLIC => cyrillic_lower_len(tail),
                _ => 0,
            };
            let len = caps + lows;
            if len > 0
                && let Some((letters, after)) = rest.split_at_checked(len)
                && after
                    .first()
                    .is_none_or(|&b| CLASSES[usize::from(b)] == GAP)
            {
                if may_begin_lowered(index, letters, caps) {
                    return Some(after_gap);
                }
                o += len
                    + after
                        .iter()
                        .take_while(|&&b| CLASSES[usize::from(b)] == GAP)
                        .count();
                after_gap = o;
                word = o;
                prev_lower = false;
                prev_script = None;
                continue;
            }
        }
        let (script, caps, len) = match class {
            LOWER => (Some(Script::Latin), 0, ascii_lower_len(rest)),
            UPPER => {
                let caps = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
                let lows = ascii_lower_len(rest.get(caps..).unwrap_or_default());
                (Some(Script::Latin), caps, caps + lows)
            }
            CYRILLIC => {
                let caps = cyrillic_capitals_len(rest);
                let lows = cyrillic_lower_len(rest.get(caps..).unwrap_or_default());
                (Some(Script::Cyrillic), caps, caps + lows)
            }
            DIGIT => (
                None,
                0,
                rest.iter().take_while(|b| b.is_ascii_digit()).count(),
            ),
            _ => (None, 0, 0),
        };
        if len > 0 {
            // A capital after a lower-case letter, or another script, begins
            // a word; digits go on with the word before them.
            let extends = word < o
                && script.is_none_or(|s| {
                    prev_script.is_none_or(|p| p == s) && !(caps > 0 && prev_lower)
                });
            if !extends {
                if word < o && may_begin(index, bytes.get(word..o), capitals) {
                    return Some(after_gap);
                }
                word = o;
                capitals = false;
            }
            capitals |= caps > 0;
            prev_lower = script.is_some() && len > caps;
            if script.is_some() {
                prev_script = script;
            }
            o += len;
            continue;
        }
        // A character outside words ends the open word.
        if word < o && may_begin(index, bytes.get(word..o), capitals) {
            return Some(after_gap);
        }
        prev_lower = false;
        prev_script = None;
        o += match class {
            GAP => rest
                .iter()
                .take_while(|&&b| CLASSES[usize::from(b)] == GAP)
                .count(),
            _ if !b.is_ascii() => {
                // Quotes, dashes and spaces folded one to one are gaps.
                let c = text.get(o..)?.chars().next()?;
                match folder.fold_simple(c) {
                    Some(f) if !is_word_char(f) && f != '\'' && !is_symbol(f) => c.len_utf8(),
                    _ => return Some(after_gap),
                }
            }
            _ if b == b'\'' || b == b'`' => return Some(after_gap),
            // A word of its own, folded as it is.
            _ if is_symbol(char::from(b)) => {
                if index.may_begin(&[b]) {
                    return Some(after_gap);
                }
                1
            }
            // Tabs and other spaces.
            _ => 1,
        };
        after_gap = o;
        word = o;
    }
    (word < o && may_begin(index, bytes.get(word..o), capitals)).then_some(after_gap)
}

/// Whether a word of ASCII and basic Cyrillic letters and digits, folded,
/// may begin a phrase.
fn may_begin(index: &WordIndex, word: Option<&[u8]>, capitals: bool) -> bool {
    let word = word.unwrap_or_default();
    may_begin_lowered(index, word, if capitals { word.len() } else { 0 })
}

/// Whether a word of ASCII and basic Cyrillic letters and digits whose
/// capitals are all in its first `caps` bytes may begin a phrase: they are
/// lowered in a copy (a word too long for it may begin one).
#[inline]
fn may_begin_lowered(index: &WordIndex, word: &[u8], caps: usize) -> bool {
    if caps == 0 {
        index.may_begin(word)
    } else {
        may_begin_with_capitals(index, word, caps)
    }
}

/// [`may_begin_lowered`] for a word with capitals.
#[inline(never)]
fn may_begin_with_capitals(index: &WordIndex, word: &[u8], caps: usize) -> bool {
    let mut buf = [0; MAX_LOWERED];
    let Some(lowered) = buf.get_mut(..word.len()) else {
        return true;
    };
    lowered.copy_from_slice(word);
    let mut rest = lowered.get_mut(..caps).unwrap_or_default();
    loop {
        match rest {
            [b @ b'A'..=b'Z', tail @ ..] => {
                *b |= 0x20;
                rest = tail;
            }
            // `А`–`П` (`D0 90`–`D0 9F`) become `а`–`п` (`D0 B0`–`D0 BF`),
            // `Р`–`Я` (`D0 A0`–`D0 AF`) become `р`–`я` (`D1 80`–`D1 8F`).
            [lead @ 0xD0, second @ 0x90..=0xAF, tail @ ..] => {
                if *second >= 0xA0 {
                    *lead = 0xD1;
                    *second -= 0x20;
                } else {
                    *second += 0x20;
                }
                rest = tail;
            }
            [_, tail @ ..] => rest = tail,
            [] => break,
        }
    }
    index.may_begin(lowered)
}

/// The byte length of the capitals `А`–`Я` `bytes` begins with.
fn cyrillic_capitals_len(bytes: &[u8]) -> usize {
    let mut rest = bytes;
    while let [0xD0, 0x90..=0xAF, tail @ ..] = rest {
        rest = tail;
    }
    bytes.len() - rest.len()
}
