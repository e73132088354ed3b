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
use super::str_table::{hash, hash_patched};
use super::tokens::{Script, is_symbol, is_word_char};
use super::words::WordIndex;
use crate::fold::Folder;

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
                if let Some(h) = first_word_hash(index, letters, caps)
                    && may_begin_before(index, h, after)
                {
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
#[inline]
fn may_begin(index: &WordIndex, word: Option<&[u8]>, capitals: bool) -> bool {
    let word = word.unwrap_or_default();
    first_word_hash(index, word, if capitals { word.len() } else { 0 }).is_some()
}

/// The hash ([`hash`]) of a word of ASCII and basic Cyrillic letters and
/// digits whose capitals are all in its first `caps` bytes, folded, when
/// it may begin a phrase.
#[inline]
fn first_word_hash(index: &WordIndex, word: &[u8], caps: usize) -> Option<u64> {
    let h = if caps == 0 {
        hash(word)
    } else {
        lowered_hash(word, caps)
    };
    index.may_begin_hash(h).then_some(h)
}

/// Whether a word of hash `h` that may begin a phrase may still begin one
/// before `after` (the rest of the text, gaps first): most first words
/// begin only phrases of several words, which the beginning of the next
/// word rules out.
#[inline(never)]
fn may_begin_before(index: &WordIndex, h: u64, after: &[u8]) -> bool {
    let gaps = after
        .iter()
        .take_while(|&&b| CLASSES[usize::from(b)] == GAP)
        .count();
    next_word_start(after.get(gaps..).unwrap_or_default())
        .is_none_or(|next| index.may_begin_before(h, next))
}

/// The first two folded bytes of the word that `rest` (the text after a
/// gap) begins with: `Some(None)` when no word follows, `None` when the
/// scan does not tell them (other characters, a word shorter than two
/// bytes, a lower-case letter before a capital, a character after them
/// that may be a combining mark).
fn next_word_start(rest: &[u8]) -> Option<Option<[u8; 2]>> {
    if rest
        .get(2)
        .is_some_and(|&b| !b.is_ascii() && b != 0xD0 && b != 0xD1)
    {
        return None;
    }
    match *rest {
        [] => Some(None),
        [a, b, ..]
            if a.is_ascii_alphanumeric()
                && b.is_ascii_alphanumeric()
                && !(a.is_ascii_lowercase() && b.is_ascii_uppercase()) =>
        {
            Some(Some([a.to_ascii_lowercase(), b.to_ascii_lowercase()]))
        }
        [0xD0, b @ 0x90..=0x9F, ..] => Some(Some([0xD0, b + 0x20])),
        [0xD0, b @ 0xA0..=0xAF, ..] => Some(Some([0xD1, b - 0x20])),
        [0xD0, b @ 0xB0..=0xBF, ..] => Some(Some([0xD0, b])),
        [0xD1, b @ 0x80..=0x8F, ..] => Some(Some([0xD1, b])),
        _ => None,
    }
}

/// The hash ([`hash`]) of a word of ASCII and basic Cyrillic letters and
/// digits with the capitals in its first `caps` bytes lowered: the bytes
/// the hash reads are lowered as they are read.
#[inline(never)]
fn lowered_hash(word: &[u8], caps: usize) -> u64 {
    let lower = |chunk: &mut [u8], at: usize| {
        for (b, i) in chunk.iter_mut().zip(at..caps) {
            *b = lowered_capital(word, i);
        }
    };
    hash_patched(word, lower)
}

/// Byte `i` of `word` with the capitals `A`–`Z`, `А`–`Я` lowered: `А`–`П`
/// (`D0 90`–`D0 9F`) become `а`–`п` (`D0 B0`–`D0 BF`), `Р`–`Я` (`D0
/// A0`–`D0 AF`) become `р`–`я` (`D1 80`–`D1 8F`). Only for `i` among the
/// capitals, which end with a whole letter.
#[inline]
fn lowered_capital(word: &[u8], i: usize) -> u8 {
    let b = word.get(i).copied().unwrap_or_default();
    match b {
        b'A'..=b'Z' => b | 0x20,
        0xD0 if word.get(i + 1).is_some_and(|s| (0xA0..=0xAF).contains(s)) => 0xD1,
        0x90..=0xAF if i > 0 && word.get(i - 1) == Some(&0xD0) => {
            if b >= 0xA0 {
                b - 0x20
            } else {
                b + 0x20
            }
        }
        _ => b,
    }
}

/// The byte length of the capitals `А`–`Я` `bytes` begins with.
fn cyrillic_capitals_len(bytes: &[u8]) -> usize {
    let mut rest = bytes;
    while let [0xD0, 0x90..=0xAF, tail @ ..] = rest {
        rest = tail;
    }
    bytes.len() - rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash of a word with its capitals lowered as it is read is the
    /// hash of the lowered word, for words of every length and mix.
    #[test]
    fn lowered_hash_is_the_hash_of_the_lowered_word() {
        let words = [
            "G",
            "Я",
            "МИД",
            "G7",
            "Мирный",
            "ДОГОВОРА",
            "ИмпортИмпорт",
            "Peace",
            "PEACE",
            "МИНИСТРОВ",
            "Р2Д2",
            "ЯпонскоеМоре",
            "МЕЖГОСУДАРСТВЕННОГО",
        ];
        for word in words {
            let bytes = word.as_bytes();
            let upper: String = word.chars().take_while(|c| !c.is_lowercase()).collect();
            for caps in [upper.len(), bytes.len()] {
                let (head, tail) = word.split_at(caps);
                let lowered = head.to_lowercase() + tail;
                assert_eq!(
                    lowered_hash(bytes, caps),
                    hash(lowered.as_bytes()),
                    "{word}"
                );
            }
        }
    }

    #[test]
    fn next_word_starts_are_folded() {
        assert_eq!(next_word_start(b""), Some(None));
        assert_eq!(next_word_start(b"Plus two"), Some(Some(*b"pl")));
        assert_eq!(
            next_word_start("Высшем".as_bytes()),
            Some(Some([0xD0, 0xB2]))
        );
        assert_eq!(
            next_word_start("Рынок".as_bytes()),
            Some(Some([0xD1, 0x80]))
        );
        // One letter, a lower-case letter before a capital, an accent.
        assert_eq!(next_word_start(b"a b"), None);
        assert_eq!(next_word_start(b"aB"), None);
        assert_eq!(next_word_start("ab\u{301}".as_bytes()), None);
    }
}
