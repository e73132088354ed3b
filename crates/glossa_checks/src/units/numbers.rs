//! N001 number-mismatch and N002 date-mismatch on units: numbers missing or
//! added, dates missing or different, with the anchor keys of
//! `glossa_anchors` (`1,000` = `1 000` = `１０００`). Digits inside placeholders
//! (`%1$s`, `{0}`) are not numbers.

use std::borrow::Cow;

use glossa_anchors::{
    Anchor, AnchorKind, LetterPairs, dates_agree, extract_numeric, first_lowercase,
    has_number_word, is_letter, letter_at, letter_pairs, lowercase, may_start_month_name,
};
use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::placeholders::Placeholder;
use crate::units::{Enabled, UnitText, chunks_without};

pub(crate) fn check(
    source: &UnitText<'_>,
    target: &UnitText<'_>,
    source_placeholders: &[Placeholder<'_>],
    target_placeholders: &[Placeholder<'_>],
    enabled: &Enabled,
    out: &mut Vec<Finding>,
) {
    let (source_skeleton, target_skeleton) = (skeleton(source.text), skeleton(target.text));
    // A text with a skeleton has numerals when its skeleton has a number.
    let numerals = |text: &str, skeleton: &Option<Skeleton<'_>>| match skeleton {
        Some(tokens) => !tokens.is_empty(),
        None => has_numerals(text),
    };
    let digits = numerals(source.text, &source_skeleton) || numerals(target.text, &target_skeleton);
    // Numbers written alike cannot disagree: their anchors are not extracted.
    let written_alike = source_skeleton.is_some() && source_skeleton == target_skeleton;
    // Number words are compared only when both sides have some (see `numbers`).
    if (!digits || written_alike)
        && !(has_number_word(source.text, source.lang) && has_number_word(target.text, target.lang))
    {
        return;
    }
    let source_text = masked(source.text, source_placeholders);
    let target_text = masked(target.text, target_placeholders);
    let source_anchors = extract_numeric(&source_text, source.lang);
    let target_anchors = extract_numeric(&target_text, target.lang);
    if enabled.on(Check::NumberMismatch) {
        numbers(source, target, &source_anchors, &target_anchors, out);
    }
    if enabled.on(Check::DateMismatch) {
        dates(source, target, &source_anchors, &target_anchors, out);
    }
}

/// Digits in any script, or kanji numerals.
fn has_numerals(text: &str) -> bool {
    next_digit(text.as_bytes(), 0).is_some()
        || unusual_chars(text).any(|c| other_numeral(c, "〇一二三四五六七八九十百千万億"))
}

/// A numeral other than an ASCII digit (fullwidth digits, `½`, kanji
/// numerals and `extra`), among the characters [`unusual_chars`] gives.
fn other_numeral(c: char, extra: &str) -> bool {
    // Every `extra` character is a CJK character, from U+3007 (`〇`) on.
    c.is_numeric() || (c >= '〇' && extra.contains(c))
}

/// The characters of a text other than ASCII, Latin letters with diacritics
/// and IPA (U+00C0–U+02BF) and Cyrillic (U+0400–U+04FF), none of which is a
/// numeral: found from the UTF-8 lead bytes, without decoding the rest.
fn unusual_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = text.as_bytes();
    let mut i = first_unusual_lead(bytes).unwrap_or(bytes.len());
    std::iter::from_fn(move || {
        while let Some(&lead) = bytes.get(i) {
            match lead {
                0..=0x7F => i += 1,
                0xC3..=0xCA | 0xD0..=0xD3 => i += 2,
                _ => {
                    let c = text.get(i..)?.chars().next()?;
                    i += c.len_utf8();
                    return Some(c);
                }
            }
        }
        None
    })
}

/// True for a byte that leads a character [`unusual_chars`] gives: `0xC2` (U+0080–U+00BF),
/// `0xCB`–`0xCF` (U+02C0–U+03FF) or `0xD4` and above (U+0500 on). Continuation bytes
/// (`0x80`–`0xBF`) are never among them, so no decoding is needed.
fn is_unusual_lead(b: u8) -> bool {
    (b >= 0xD4) | (b == 0xC2) | (0xCB..=0xCF).contains(&b)
}

/// The position of the first byte that [`is_unusual_lead`], looked for eight bytes at a time.
fn first_unusual_lead(bytes: &[u8]) -> Option<usize> {
    // ASCII text (most sources) is told by the quicker test of the standard library.
    if bytes.is_ascii() {
        return None;
    }
    next_of::<false, true>(bytes, 0)
}

/// The high bit of each of eight bytes that [`is_unusual_lead`].
fn unusual_leads(word: u64) -> u64 {
    // For a byte of `0x80` and above, the high bit of `at_least(k)` tells whether its low
    // seven bits are `k` or more (they never carry into the next one).
    let low = word & !HIGH;
    let at_least = |k: u64| low + (0x80 - k) * ONES;
    let unusual = at_least(0x54) | (at_least(0x4B) & !at_least(0x50));
    (unusual | (at_least(0x42) & !at_least(0x43))) & word & HIGH
}

/// The high bit of the first of eight bytes that is an ASCII digit, and maybe of later bytes
/// (whatever they are): the lowest bit set is always a digit's.
fn first_digit_and_more(word: u64) -> u64 {
    // Digits become the bytes below 10; a byte below 10 leaves a borrow, which may only mark
    // a later byte.
    let word = word ^ (ONES * u64::from(b'0'));
    word.wrapping_sub(ONES * 10) & !word & HIGH
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The position of the first byte at or after `from` that is an ASCII digit (when `DIGITS`) or
/// [`is_unusual_lead`] (when `UNUSUAL`), looked for eight bytes at a time.
fn next_of<const DIGITS: bool, const UNUSUAL: bool>(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let mut found = 0;
        if DIGITS {
            found |= first_digit_and_more(word);
        }
        if UNUSUAL {
            found |= unusual_leads(word);
        }
        if found != 0 {
            let byte = usize::try_from(found.trailing_zeros() / 8).unwrap_or(0);
            return Some(from + k * 8 + byte);
        }
    }
    let tail = chunks.remainder();
    let at = tail
        .iter()
        .position(|&b| (DIGITS && b.is_ascii_digit()) || (UNUSUAL && is_unusual_lead(b)))?;
    Some(from + rest.len() - tail.len() + at)
}

/// Month names and stems of en, ru and tr (lowercase prefixes; generous:
/// a false match only costs the full comparison).
const MONTH_PREFIXES: [&str; 33] = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "ocak",
    "şubat",
    "subat",
    "nisan",
    "haziran",
    "temmuz",
    "ağustos",
    "agustos",
    "eyl",
];
const MORE_MONTHS: [&str; 4] = ["ekim", "kasım", "kasim", "aralı"];

/// The numeric tokens of a text, on the stack for up to four.
type Skeleton<'a> = smallvec::SmallVec<[&'a str; 4]>;

/// The sorted numeric tokens of a text (digit runs with their inner separators), or `None`
/// when a numeral other than ASCII digits or a month name next to a number may hide a number
/// or a date. Two texts with the same skeleton write the same numbers in the same way.
fn skeleton(text: &str) -> Option<Skeleton<'_>> {
    // Digits and unusual characters are found in one pass (ASCII text has no unusual ones).
    if text.is_ascii() {
        skeleton_of::<false>(text)
    } else {
        skeleton_of::<true>(text)
    }
}

/// [`skeleton`], for a text with characters that [`unusual_chars`] gives only when `UNUSUAL`.
fn skeleton_of<const UNUSUAL: bool>(text: &str) -> Option<Skeleton<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Skeleton::new();
    let mut i = 0;
    while let Some(start) = next_numeral_byte::<UNUSUAL>(bytes, i) {
        i = start;
        if UNUSUAL && !bytes[i].is_ascii_digit() {
            let c = text.get(i..)?.chars().next()?;
            if other_numeral(c, "〇一二三四五六七八九十百千万億年月日") {
                return None;
            }
            i += c.len_utf8();
            continue;
        }
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b'.' | b',' | b':' | b'/' | b'-')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let token = &text[start..i];
        if may_be_day_or_year(token) && month_next_to(text, start, i) {
            return None;
        }
        tokens.push(token);
    }
    // Any fixed order will do for comparing skeletons: shorter first spares most comparisons
    // of the bytes.
    tokens.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    Some(tokens)
}

/// The position of the first byte at or after `from` that is an ASCII digit or (when
/// `UNUSUAL`) [`is_unusual_lead`]: sixteen bytes without one are passed over at a time
/// ([`chunks_without`]), then [`next_of`] finds it.
fn next_numeral_byte<const UNUSUAL: bool>(bytes: &[u8], from: usize) -> Option<usize> {
    let skipped = chunks_without(bytes.get(from..)?, |b| {
        b.is_ascii_digit() | (UNUSUAL && is_unusual_lead(b))
    });
    next_of::<true, UNUSUAL>(bytes, from + skipped)
}

/// The position of the first ASCII digit at or after `from`, looked for eight bytes at a time.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    next_of::<true, false>(bytes, from)
}

/// False for a numeric token that no date with a month name can use: digits alone, three of
/// them or more than four (a day next to a month name has one or two, a year four); a token
/// with separators (`2019,14`) may end or start with one.
fn may_be_day_or_year(token: &str) -> bool {
    !(token.len() == 3 || token.len() > 4) || !token.bytes().all(|b| b.is_ascii_digit())
}

/// True when the word before `start` or after `end` (across spaces, commas
/// and periods) may be a month name.
fn month_next_to(text: &str, start: usize, end: usize) -> bool {
    if may_be_month(word_before(text, start)) {
        return true;
    }
    // The gate reads the first two letters only: the word after is found when it passes.
    let after = text.get(skip_separators(text, end)..).unwrap_or_default();
    month_gate(after) && starts_with_month(word_after(text, end))
}

/// The letters ([`is_letter`]) that end just before byte `start`, across spaces, commas, periods
/// and no-break spaces.
fn word_before(text: &str, start: usize) -> &str {
    let bytes = text.as_bytes();
    let mut end = start.min(bytes.len());
    loop {
        match bytes.get(..end).unwrap_or_default() {
            [.., b' ' | b',' | b'.'] => end -= 1,
            [.., 0xC2, 0xA0] => end -= 2,
            _ => break,
        }
    }
    let mut begin = end;
    loop {
        let len = match bytes.get(..begin).unwrap_or_default() {
            [.., b] if b.is_ascii() => usize::from(b.is_ascii_alphabetic()),
            // U+0400–U+047F, all letters
            [.., 0xD0 | 0xD1, 0x80..=0xBF] => 2,
            _ => match text.get(..begin).and_then(|s| s.chars().next_back()) {
                Some(c) if is_letter(c) => c.len_utf8(),
                _ => 0,
            },
        };
        if len == 0 {
            break;
        }
        begin -= len;
    }
    text.get(begin..end).unwrap_or_default()
}

/// The letters ([`is_letter`]) that start at byte `end` or after it, across spaces, commas,
/// periods and no-break spaces.
fn word_after(text: &str, end: usize) -> &str {
    let start = skip_separators(text, end);
    let mut stop = start;
    while let Some((len, true)) = letter_at(text, stop) {
        stop += len;
    }
    text.get(start..stop).unwrap_or_default()
}

/// The first byte at or after `end` that is not a space, comma, period or no-break space.
fn skip_separators(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = end;
    loop {
        match bytes.get(start..).unwrap_or_default() {
            [b' ' | b',' | b'.', ..] => start += 1,
            [0xC2, 0xA0, ..] => start += 2,
            _ => break,
        }
    }
    start
}

/// True when the word, lowercased, starts with one of the month prefixes.
fn may_be_month(word: &str) -> bool {
    month_gate(word) && starts_with_month(word)
}

/// False when the first two characters of `text` (a word, or a text that starts with one)
/// cannot start a month name, as most words next to a number (every prefix has two letters or
/// more); told from a table for ASCII and Russian letters.
#[inline]
fn month_gate(text: &str) -> bool {
    MONTH_PAIRS
        .first_two(text)
        .unwrap_or_else(|| may_start_month_slowly(text))
}

/// [`may_start_month`] for two ASCII or two Russian letters.
static MONTH_PAIRS: LetterPairs =
    letter_pairs!(|first, second| may_start_month(first, Some(second)));

/// True when the word, lowercased, starts with one of the month prefixes (the comparison of
/// strings behind the gate of [`may_be_month`]).
fn starts_with_month(word: &str) -> bool {
    // The first eight characters (as long as the longest prefix), lowercased on the stack.
    let end = word.char_indices().nth(8).map_or(word.len(), |(i, _)| i);
    let mut buffer = [0u8; 64];
    let folded = lowercase(word.get(..end).unwrap_or(word), &mut buffer);
    // The first byte rules out most prefixes without a comparison of strings.
    let first = folded.as_bytes().first();
    MONTH_PREFIXES
        .iter()
        .chain(&MORE_MONTHS)
        .any(|prefix| prefix.as_bytes().first() == first && folded.starts_with(prefix))
}

/// The month gate of [`may_be_month`] for any two first letters (decoded and lowercased).
#[inline(never)]
fn may_start_month_slowly(word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    // A letter whose lowercase is longer than one character is left to the full comparison.
    let second = match second {
        'Ѐ'..='џ' | '\0'..='\u{7f}' => Some(first_lowercase(second)),
        _ => match second.to_lowercase() {
            mut lower if lower.len() == 1 => lower.next(),
            _ => None,
        },
    };
    may_start_month(first_lowercase(first), second)
}

/// True when [`MONTH_PREFIXES`] or [`MORE_MONTHS`] has a prefix starting with the lowercase
/// letters `first` and `second` (`None`: any second letter).
const fn may_start_month(first: char, second: Option<char>) -> bool {
    let Some(second) = second else {
        return may_start_month_name(first);
    };
    matches!(
        (first, second),
        ('j', 'a' | 'u')
            | ('f', 'e')
            | ('m', 'a')
            | ('a', 'p' | 'u' | 'ğ' | 'g' | 'r')
            | ('s', 'e' | 'u')
            | ('o', 'c')
            | ('n', 'o' | 'i')
            | ('d', 'e')
            | ('h', 'a')
            | ('t', 'e')
            | ('e', 'y' | 'k')
            | ('k', 'a')
            | ('ş', 'u')
            | ('я', 'н')
            | ('ф', 'е')
            | ('м', 'а')
            | ('а', 'п' | 'в')
            | ('и', 'ю')
            | ('с', 'е')
            | ('о', 'к')
            | ('н', 'о')
            | ('д', 'е')
    )
}

/// The text with placeholders that contain digits blanked out (same length).
fn masked<'a>(text: &'a str, placeholders: &[Placeholder<'_>]) -> Cow<'a, str> {
    let with_digits: Vec<&Placeholder<'_>> = placeholders
        .iter()
        .filter(|p| {
            text.get(p.range.clone())
                .is_some_and(|s| s.bytes().any(|b| b.is_ascii_digit()))
        })
        .collect();
    if with_digits.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for placeholder in with_digits {
        // Placeholders are ASCII, so blanking them keeps the text valid UTF-8.
        if let Some(slice) = bytes.get_mut(placeholder.range.clone())
            && slice.is_ascii()
        {
            slice.fill(b' ');
        }
    }
    Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

fn text_of<'a>(text: &'a str, anchor: &Anchor) -> &'a str {
    text.get(anchor.range.clone()).unwrap_or_default()
}

fn numbers(
    source: &UnitText<'_>,
    target: &UnitText<'_>,
    src: &[Anchor],
    tgt: &[Anchor],
    out: &mut Vec<Finding>,
) {
    let is_number = |a: &&Anchor| a.kind == AnchorKind::Number;
    let mut unmatched: Vec<&Anchor> = tgt.iter().filter(is_number).collect();
    let mut missing = Vec::new();
    let mut missing_words = Vec::new();
    for anchor in src.iter().filter(is_number) {
        match unmatched.iter().position(|t| t.key == anchor.key) {
            Some(i) => {
                unmatched.remove(i);
            }
            None if !anchor.soft => missing.push(anchor),
            None => missing_words.push(anchor),
        }
    }
    // Number words are never required, but number words on both sides that disagree
    // (`Two frigates` → `Üç fırkateyn`) are a changed number. `one` is left out: it is also a
    // pronoun or an article (`bir`, `один`).
    let changed_word = |a: &Anchor| a.soft && a.key != "1";
    missing_words.retain(|a| changed_word(a));
    let words_changed = !missing_words.is_empty() && unmatched.iter().any(|a| changed_word(a));
    if words_changed {
        missing.extend(missing_words);
        missing.sort_by_key(|a| a.range.start);
    }
    for anchor in missing {
        let message = Message::new("number-missing").arg("number", text_of(source.text, anchor));
        out.push(Finding::new(Check::NumberMismatch, message).with(|d| {
            d.primary(target.whole(), None).secondary(
                source.span(anchor.range.clone()),
                Some(Message::new("label-source")),
            )
        }));
    }
    // Counted as a multiset: a number written twice where the source has it
    // once is added.
    for anchor in unmatched {
        if anchor.soft && !(words_changed && changed_word(anchor)) {
            continue;
        }
        let message = Message::new("number-added").arg("number", text_of(target.text, anchor));
        out.push(
            Finding::new(Check::NumberMismatch, message)
                .with(|d| d.primary(target.span(anchor.range.clone()), None)),
        );
    }
}

fn dates(
    source: &UnitText<'_>,
    target: &UnitText<'_>,
    src: &[Anchor],
    tgt: &[Anchor],
    out: &mut Vec<Finding>,
) {
    let is_date = |a: &&Anchor| a.kind == AnchorKind::Date && !a.soft;
    let counterpart = |date: &Anchor, others: &[Anchor]| {
        others
            .iter()
            .any(|o| o.kind == AnchorKind::Date && dates_agree(&date.key, &o.key))
    };
    for anchor in src.iter().filter(is_date) {
        if !counterpart(anchor, tgt) {
            let message = Message::new("date-mismatch").arg("date", text_of(source.text, anchor));
            out.push(Finding::new(Check::DateMismatch, message).with(|d| {
                d.primary(target.whole(), None).secondary(
                    source.span(anchor.range.clone()),
                    Some(Message::new("label-source")),
                )
            }));
        }
    }
    for anchor in tgt.iter().filter(is_date) {
        if !counterpart(anchor, src) {
            let message = Message::new("date-added").arg("date", text_of(target.text, anchor));
            out.push(
                Finding::new(Check::DateMismatch, message)
                    .with(|d| d.primary(target.span(anchor.range.clone()), None)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        MONTH_PREFIXES, MORE_MONTHS, first_unusual_lead, is_unusual_lead, may_be_month,
        may_start_month, may_start_month_slowly, unusual_chars, word_after, word_before,
    };

    #[test]
    fn characters_skipped_by_lead_byte_are_never_numerals() {
        for c in ('\u{80}'..='\u{FFFF}').chain(['𝟗', '𐄇']) {
            let text = format!("a{c}б");
            let seen: Vec<char> = unusual_chars(&text).collect();
            assert!(seen.is_empty() || seen == [c], "{c:?}");
            assert_eq!(
                first_unusual_lead(text.as_bytes()).is_some(),
                !seen.is_empty(),
                "{c:?}"
            );
            if c.is_numeric() {
                assert_eq!(seen, [c], "{c:?} is a numeral");
            }
        }
        assert_eq!(
            unusual_chars("Москва ½ 東京 Ağustos").collect::<String>(),
            "½東京"
        );
    }

    #[test]
    fn unusual_leads_found_eight_bytes_at_a_time() {
        for byte in 0..=255u8 {
            for at in 0..19 {
                let mut bytes = vec![b'a'; 19];
                bytes[at] = byte;
                bytes[at.saturating_sub(3)] = 0xD0;
                let naive = bytes.iter().position(|&b| is_unusual_lead(b));
                assert_eq!(first_unusual_lead(&bytes), naive, "{byte:#x} at {at}");
            }
        }
    }

    #[test]
    fn words_next_to_a_number_across_separators() {
        let text = "Meeting on\u{a0}14, января. 2019 in «Москве»";
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(word_before(text, at("14")), "on");
        assert_eq!(word_after(text, at("14") + 2), "января");
        assert_eq!(word_before(text, at("2019")), "января");
        assert_eq!(word_after(text, at("2019") + 4), "in");
        assert_eq!(word_before(text, 0), "");
        assert_eq!(word_after(text, text.len()), "");
        assert_eq!(word_after(text, at("«")), "");
        for text in [
            "Ѐякѿ 5 ѿкяЀ",
            "ЯНВАРЯ 5 мая",
            "Ağustos 5 İyun",
            "東京 5 ½x",
            "ab҂ 5 ҂ab",
        ] {
            let five = text.find('5').unwrap();
            let letters = |s: &str| s.chars().all(glossa_anchors::is_letter);
            let (before, after) = (word_before(text, five), word_after(text, five + 1));
            assert!(letters(before) && letters(after), "{text}");
            let outside_before = text[..five - 1 - before.len()].chars().next_back();
            let outside_after = text[five + 2 + after.len()..].chars().next();
            assert!(
                !outside_before.is_some_and(glossa_anchors::is_letter),
                "{text}"
            );
            assert!(
                !outside_after.is_some_and(glossa_anchors::is_letter),
                "{text}"
            );
        }
    }

    #[test]
    fn month_words_by_prefix_whatever_the_case() {
        for word in ["Января", "ŞUBAT", "Ağustos'ta", "sept", "KASIM", "Мая"] {
            assert!(may_be_month(word), "{word}");
        }
        for word in ["Москве", "hours", "on", "Ekran", "Şu"] {
            assert!(!may_be_month(word), "{word}");
        }
    }

    /// What `check` decides from the two skeletons.
    fn written_alike(source: &str, target: &str) -> bool {
        let source = super::skeleton(source);
        source.is_some() && source == super::skeleton(target)
    }

    /// The skeleton by its definition: unusual characters first, then the digit runs.
    fn skeleton_by_definition(text: &str) -> Option<Vec<&str>> {
        if unusual_chars(text)
            .any(|c| super::other_numeral(c, "〇一二三四五六七八九十百千万億年月日"))
        {
            return None;
        }
        let bytes = text.as_bytes();
        let mut tokens = Vec::new();
        let mut i = 0;
        while let Some(start) = (i..bytes.len()).find(|&k| bytes[k].is_ascii_digit()) {
            i = start;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (b".,:/-".contains(&bytes[i])
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            let token = &text[start..i];
            if super::may_be_day_or_year(token) && super::month_next_to(text, start, i) {
                return None;
            }
            tokens.push(token);
        }
        tokens.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        Some(tokens)
    }

    #[test]
    fn skeleton_in_one_pass_is_the_skeleton_by_definition() {
        let texts = [
            "The meeting of the 656 ministers took place in Moscow on 4.01.2019.",
            "Встреча 656 министров состоялась в Москве 4.01.2019.",
            "Переговоры в формате «два плюс два» возобновятся в 2021 году.",
            "Ошибка: значение должно быть от 7 до 244.",
            "Цена ½ от 1 000 руб. — 3,5%",
            "会談は2019年1月17日に 10 回",
            "Встреча 14 января 2019 г.",
            "ЯНВАРЯ 5, 2019 «x» 12",
            "Ağustos'ta 17 Ocak 2019 — ¹²",
            "١٢٣ and 7",
            "",
            "no digits at all «»",
            "Sale ends Jan. 14, 2024 at 10:30; 1,000.50 items, 3/4 and 12-15 — see 2019.",
            "17 января 2019 г. в 10:00 (МСК) было продано 1 234 567,89 т; см. стр. 5–7.",
            "Toplantı 4.01.2019 tarihinde, 17 Ocak'ta 12,5% ile Şubat 3 — ağustos 2020",
            "価格は１２３４円、２０１９年１月１７日、第3回 〇 です。12:30 に。",
            "The two-plus-two talks will resume in 2021. Error: between 7 and 244.",
            "Мирный договор обсуждался в течение 756 часов, с 1 по 31 марта 2020 года.",
            "Ⅻ ¾ 𝟗 — ١٢ — 1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17 — 9999999999999999",
            "ноябрь 5 December 31 may 2 MAR. 7 aralık 2019 EYLÜL 3",
        ];
        for text in texts {
            for from in 0..text.len() {
                let Some(text) = text.get(from..) else {
                    continue;
                };
                let one_pass = super::skeleton(text).map(|s| s.to_vec());
                assert_eq!(one_pass, skeleton_by_definition(text), "{text}");
            }
        }
    }

    #[test]
    fn digits_found_eight_bytes_at_a_time() {
        let text = "Встреча 656 министров: 4.01.2019; ½ 東京 0 and 9/";
        let naive = |from: usize| {
            text.as_bytes()[from..]
                .iter()
                .position(u8::is_ascii_digit)
                .map(|p| p + from)
        };
        for from in 0..=text.len() + 1 {
            assert_eq!(
                super::next_digit(text.as_bytes(), from),
                naive(from.min(text.len())).filter(|_| from <= text.len()),
                "{from}"
            );
        }
        for byte in 0..=255u8 {
            let bytes = [b'a', b'b', byte, 0xD0, 0x9F, b' ', b'x', 0xFF, b'y'];
            assert_eq!(
                super::next_digit(&bytes, 0),
                byte.is_ascii_digit().then_some(2),
                "{byte}"
            );
        }
    }

    #[test]
    fn month_pair_tables_are_the_first_letters_gate() {
        let letters: Vec<char> = ('a'..='z').chain('A'..='Z').chain('Ѐ'..='ѿ').collect();
        let words = letters
            .iter()
            .flat_map(|a| letters.iter().map(move |b| format!("{a}{b}xyz")));
        for word in words {
            let passes = may_be_month(&word);
            assert!(may_start_month_slowly(&word) || !passes, "{word}");
            let lower = word.to_lowercase();
            let month = MONTH_PREFIXES
                .iter()
                .chain(&MORE_MONTHS)
                .any(|m| lower.starts_with(m));
            assert_eq!(passes, month, "{word}");
        }
        for word in ["мая", "Март", "ЯНВАРЯ", "Şubat", "Ağustos", "Jan"] {
            assert!(may_be_month(word), "{word}");
        }
    }

    #[test]
    fn month_gate_knows_every_first_two_letters() {
        for prefix in MONTH_PREFIXES.iter().chain(&MORE_MONTHS) {
            let mut letters = prefix.chars();
            let (first, second) = (letters.next().unwrap_or(' '), letters.next());
            assert!(may_start_month(first, second), "{prefix}");
            assert!(may_start_month(first, None), "{prefix}");
            // `may_be_month` compares the first eight characters.
            assert!(prefix.chars().count() <= 8, "{prefix}");
        }
        assert!(!may_start_month('t', Some('h')) && !may_start_month('м', Some('и')));
    }

    use crate::units::test_support::{check, messages};

    #[test]
    fn numbers_missing_and_added_in_local_formats() {
        assert!(
            check(
                "en",
                "The treaty has 1,000 pages.",
                "ru",
                "В договоре 1 000 страниц."
            )
            .is_empty()
        );
        assert!(
            check(
                "en",
                "The treaty has 1,000 pages.",
                "ja",
                "条約は１０００ページある。"
            )
            .is_empty()
        );
        assert_eq!(
            messages(&check(
                "en",
                "Talks lasted 12 hours.",
                "tr",
                "Görüşmeler 21 saat sürdü."
            )),
            [
                "N001 number-missing(number=12)",
                "N001 number-added(number=21)"
            ]
        );
        assert_eq!(
            messages(&check(
                "en",
                "Save changes?",
                "ru",
                "Сохранить 7 изменений?"
            )),
            ["N001 number-added(number=7)"]
        );
        // Digits of placeholders are not numbers.
        assert!(check("en", "Moved %1$s to %2$s.", "ru", "%1$s перемещён в %2$s.").is_empty());
    }

    #[test]
    fn numbers_written_alike_skip_the_anchors_but_not_months() {
        assert!(written_alike(
            "Meeting at 10:30 on 4.01.2019, room 7.",
            "Встреча в 10:30 4.01.2019, комната 7."
        ));
        assert!(!written_alike(
            "Meeting on 14 January.",
            "Встреча 14 февраля."
        ));
        assert!(!written_alike("On 14 March 2019.", "14 Mart 2019'da."));
        assert!(!written_alike("Room 7.", "７号室。"));
        // Only one or two digits, four, or digits with separators make a date with a month.
        assert!(written_alike("Flight 656 March.", "Flight 656 March."));
        assert!(written_alike("March 12345.", "March 12345."));
        for text in [
            "On 14 March.",
            "March 2019.",
            "On 2019,14 March.",
            "March 14.",
        ] {
            assert!(!written_alike(text, text), "{text}");
        }
        assert!(!written_alike("Room 7 and 8.", "Комната 7."));
        assert_eq!(
            messages(&check(
                "en",
                "Meeting on 14 January.",
                "ru",
                "Встреча 14 февраля."
            )),
            [
                "N002 date-mismatch(date=14 January)",
                "N002 date-added(date=14 февраля)"
            ]
        );
        assert_eq!(
            messages(&check(
                "en",
                "Room 7, please.",
                "tr",
                "Oda 7, kat 7 lütfen."
            )),
            ["N001 number-added(number=7)"]
        );
    }

    #[test]
    fn dates_must_agree() {
        assert!(
            check(
                "en",
                "Signed on 17.01.2019.",
                "ru",
                "Подписан 17 января 2019 г."
            )
            .is_empty()
        );
        let found = messages(&check(
            "en",
            "Signed on 17.01.2019.",
            "tr",
            "18 Ocak 2019'da imzalandı.",
        ));
        assert!(found.iter().any(|m| m.starts_with("N002")), "{found:?}");
    }

    #[test]
    fn number_words_that_disagree_are_a_changed_number() {
        assert_eq!(
            messages(&check(
                "en",
                "Two frigates entered the port of Vladivostok.",
                "tr",
                "Üç fırkateyn Vladivostok limanına girdi."
            )),
            [
                "N001 number-missing(number=Two)",
                "N001 number-added(number=Üç)"
            ]
        );
        // Agreeing words, a word for a digit, and `one` as an article are fine.
        for (source, lang, target) in [
            (
                "Two frigates entered the port.",
                "ru",
                "Два фрегата вошли в порт.",
            ),
            (
                "Two frigates entered the port.",
                "tr",
                "2 fırkateyn limana girdi.",
            ),
            (
                "Three ships left; one stayed.",
                "tr",
                "Üç gemi ayrıldı, bir tanesi kaldı.",
            ),
            (
                "Two ships met a tanker.",
                "tr",
                "İki gemi bir tankerle karşılaştı.",
            ),
        ] {
            let found = check("en", source, lang, target);
            assert!(found.is_empty(), "{target}: {:?}", messages(&found));
        }
    }
}
