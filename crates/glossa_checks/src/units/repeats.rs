//! Q004 repeated-word: the same word twice in a row (`the the`, `в в`),
//! reported when the source has no repeat of its own to excuse it.
//!
//! Legitimate repeats are allowed per language: en `had had`, `that that`;
//! ru `так так`, `да да`, `еле-еле` (hyphenated: one word); tr
//! reduplication (`yavaş yavaş`, `ara ara`, `güle güle`, converbs in -a/-e
//! like `koşa koşa`); ja writes no spaces, so only a doubled particle
//! (`をを`, `がが`) or a doubled kanji word (`設定設定`) is a repeat (`人々`,
//! `どんどん`, `いろいろ` are words).

use std::ops::Range;

use glossa_diagnostics::Message;
use glossa_text::Lang;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::{UnitText, leads_other_character};

const EN: &[&str] = &["had", "that", "bye", "ha", "no", "very", "knock", "is"];
const RU: &[&str] = &[
    "так",
    "да",
    "нет",
    "ну",
    "вот",
    "ой",
    "ах",
    "ох",
    "ха",
    "очень",
    "чуть",
    "еле",
    "много",
    "долго",
    "тук",
    "кап",
];
const TR: &[&str] = &[
    "yavaş", "ara", "güle", "evet", "tek", "bol", "sık", "ayrı", "kat", "yer", "zaman", "çabuk",
    "çok", "hızlı", "kısa", "uzun", "dolu", "iki", "bir", "ikişer", "birer", "sıra", "parça",
    "renk", "türlü", "adım", "kapı", "damla", "derin", "ince", "büyük", "küçük", "tatlı", "gün",
    "saat",
];

/// Words of a spaced text with their byte ranges: letters, digits, `'`, `’` and `-`.
fn words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let (len, class) = class_at(text, i)?;
            if class == Class::Word {
                break;
            }
            i += len;
        }
        let start = i;
        while let Some((len, Class::Word | Class::Joiner)) = class_at(text, i) {
            i += len;
        }
        Some((start..i, text.get(start..i).unwrap_or_default()))
    })
}

/// What a character is to [`words`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    /// Joins the letters of a word: `-`, `'`, `’`.
    Joiner,
    Other,
}

/// The length and class of the character at byte `i`, `None` at the end; ASCII and Russian
/// are told from their first byte.
fn class_at(text: &str, i: usize) -> Option<(usize, Class)> {
    let lead = *text.as_bytes().get(i)?;
    if lead.is_ascii() {
        let class = match lead {
            b'-' | b'\'' => Class::Joiner,
            _ if lead.is_ascii_alphanumeric() => Class::Word,
            _ => Class::Other,
        };
        return Some((1, class));
    }
    // U+0400–U+047F: Cyrillic letters.
    if matches!(lead, 0xD0 | 0xD1) {
        return Some((2, Class::Word));
    }
    // U+0080–U+00BF: marks (`«`, `»`, `©`) but for `ª`, `²`, `³`, `µ`, `¹`, `º`, `¼`–`¾`.
    if lead == 0xC2 {
        let second = *text.as_bytes().get(i + 1)?;
        let word = matches!(
            second,
            0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE
        );
        return Some((2, if word { Class::Word } else { Class::Other }));
    }
    let c = text.get(i..)?.chars().next()?;
    let class = if c.is_alphanumeric() {
        Class::Word
    } else if c == '’' {
        Class::Joiner
    } else {
        Class::Other
    };
    Some((c.len_utf8(), class))
}

/// Repeated words (range of the second occurrence, the word), separated by spaces only.
fn repeats_spaced<'a>(text: &'a str, lang: &Lang) -> Vec<(Range<usize>, &'a str)> {
    let census = Census::of(text.as_bytes());
    if !census.other && !census.may_repeat {
        return repeated_placeholders(text, &census);
    }
    let mut found = Vec::new();
    let mut prev: Option<(Range<usize>, &str)> = None;
    for (range, word) in words(text) {
        if let Some((prev_range, prev_word)) = &prev
            && separated_by_space(text, prev_range, &range)
            && same_word(prev_word, word)
            && !word.bytes().all(|b| b.is_ascii_digit())
            && !allowed(word, lang)
            && !turkish_idiom(&text[range.end..], lang)
        {
            found.push((range.clone(), word));
        }
        prev = Some((range, word));
    }
    found.extend(repeated_placeholders(text, &census));
    found
}

/// What one pass over the bytes of a text tells the quick tests of this check.
struct Census {
    /// A byte leads a character outside ASCII and U+0400–U+047F ([`leads_other_character`]).
    other: bool,
    /// How many bytes are `%`, `{` or `$` (placeholder marks).
    marks: usize,
    /// Some run of spaces has the same bytes before it (and before a period ending it,
    /// `см. см.`) as the word after it, allowing case flips (see [`alike`]). In a text of
    /// ASCII and Cyrillic (U+0400–U+047F) a repeated word always does.
    may_repeat: bool,
}

/// How many bytes [`Census::of`] takes at a time.
const CHUNK: usize = 16;

impl Census {
    /// The census of a text, taken [`CHUNK`] bytes at a time (the pass over a chunk is
    /// vectorized); only the bytes that break words are visited one by one.
    #[inline(never)]
    fn of(bytes: &[u8]) -> Self {
        let mut scan = Scan {
            bytes,
            marks: 0,
            may_repeat: false,
            word_start: 0,
            before: 0,
        };
        let mut other = [false; CHUNK];
        let (chunks, rest) = bytes.as_chunks::<CHUNK>();
        for (k, chunk) in chunks.iter().enumerate() {
            scan.chunk(k * CHUNK, chunk, &mut other);
        }
        // The bytes past the end are continuation bytes: neither breaks nor other.
        let mut tail = [0x80; CHUNK];
        tail[..rest.len()].copy_from_slice(rest);
        scan.chunk(chunks.len() * CHUNK, &tail, &mut other);
        scan.word_end(bytes.len());
        Self {
            other: other.contains(&true),
            marks: scan.marks,
            may_repeat: scan.may_repeat,
        }
    }
}

/// The state of [`Census::of`] between the bytes that break words.
struct Scan<'a> {
    bytes: &'a [u8],
    marks: usize,
    may_repeat: bool,
    /// Where the current word (run of bytes but [`breaks_words`]) starts.
    word_start: usize,
    /// The end of the bytes before the last run of spaces while the word after it is read,
    /// otherwise 0 (no bytes stand before it to compare).
    before: usize,
}

impl Scan<'_> {
    /// Takes the chunk at `base`, noting in `other` the places of bytes that lead other
    /// characters.
    #[inline(always)]
    fn chunk(&mut self, base: usize, chunk: &[u8; CHUNK], other: &mut [bool; CHUNK]) {
        let mut breaks = [0u8; CHUNK];
        for ((brk, lead), &b) in breaks.iter_mut().zip(other.iter_mut()).zip(chunk) {
            *brk = if breaks_words(b) { 0x80 } else { 0 };
            *lead |= leads_other_character(b);
        }
        let (halves, _) = breaks.as_chunks::<8>();
        for (half, eight) in halves.iter().enumerate() {
            let mut mask = u64::from_le_bytes(*eight);
            while mask != 0 {
                let at = base + half * 8 + mask.trailing_zeros() as usize / 8;
                mask &= mask - 1;
                self.break_at(at);
            }
        }
    }

    /// Takes the byte that breaks words at `at`: it ends the current word.
    #[inline(always)]
    fn break_at(&mut self, at: usize) {
        let b = self.bytes[at];
        self.marks += usize::from(matches!(b, b'%' | b'{' | b'$'));
        self.word_end(at);
        // A word ends before `at` unless the byte before breaks words too.
        let previous = self.bytes.get(at.wrapping_sub(1)).copied().unwrap_or(b' ');
        if previous != b' ' {
            self.before = at - usize::from(previous == b'.');
        }
        if b != b' ' {
            self.before = 0;
        }
        self.word_start = at + 1;
    }

    /// The current word ends at `end`: compares it with the bytes before the spaces in front
    /// of it, if any.
    #[inline(always)]
    fn word_end(&mut self, end: usize) {
        let (start, before, bytes) = (self.word_start, self.before, self.bytes);
        if (end - start).wrapping_sub(1) < before
            // The last bytes reject most pairs: `alike` bytes differ in no other bits.
            && (bytes[before - 1] ^ bytes[end - 1]) & 0xCE == 0
        {
            self.may_repeat |= repeats_before(bytes, before, start..end);
        }
    }
}

/// ASCII bytes but letters, digits, `-` and `'`: they end words (all other bytes, of
/// characters outside ASCII too, are inside words).
fn breaks_words(b: u8) -> bool {
    b.is_ascii() & !(b.is_ascii_alphanumeric() | (b == b'-') | (b == b'\''))
}

/// True when the bytes ending at `before` are the word at `word` (in the same bytes) but for
/// case flips.
#[inline(never)]
fn repeats_before(bytes: &[u8], before: usize, word: Range<usize>) -> bool {
    let len = word.len();
    bytes[before - len..before]
        .iter()
        .zip(&bytes[word])
        .all(|(&a, &b)| alike(a, b))
}

/// Bytes equal but for a case flip: the bit `0x20` of an ASCII letter, `0x10` or `0x20` of a
/// Cyrillic continuation byte, `0x01` of a Cyrillic lead.
fn alike(a: u8, b: u8) -> bool {
    a == b
        || match (a.is_ascii(), b.is_ascii()) {
            (true, true) => a ^ b == 0x20 && a.is_ascii_alphabetic(),
            (false, false) => matches!(a ^ b, 0x10 | 0x20) || (a | 1 == 0xD1 && b | 1 == 0xD1),
            _ => false,
        }
}

/// Space-separated tokens with a placeholder, written twice (`%s, %s,`,
/// `{name}! {name}!`); shown without the trailing punctuation.
fn repeated_placeholders<'a>(text: &'a str, census: &Census) -> Vec<(Range<usize>, &'a str)> {
    let mut found = Vec::new();
    // A placeholder written twice has its mark twice.
    if census.marks < 2 {
        return found;
    }
    let mut prev: Option<&str> = None;
    let mut offset = 0;
    for token in text.split(' ') {
        if !token.is_empty() {
            if prev == Some(token) && token.contains(['%', '{', '$']) {
                let shown = token.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '}');
                found.push((offset..offset + token.len(), shown));
            }
            prev = Some(token);
        }
        offset += token.len() + 1;
    }
    found
}

/// Only spaces between two words, or a repeated abbreviation (`см. см.`).
fn separated_by_space(text: &str, first: &Range<usize>, second: &Range<usize>) -> bool {
    let gap = &text[first.end..second.start];
    let spaces = |s: &str| !s.is_empty() && s.bytes().all(|b| b == b' ');
    spaces(gap)
        || (gap.strip_prefix('.').is_some_and(spaces) && text[second.end..].starts_with('.'))
}

fn same_word(a: &str, b: &str) -> bool {
    a == b
        || (a.len() == b.len()
            && a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase)))
}

fn allowed(word: &str, lang: &Lang) -> bool {
    let lower = word.to_lowercase();
    let list = match lang.primary() {
        "en" => EN,
        "ru" => RU,
        "tr" => TR,
        _ => &[],
    };
    if list.contains(&lower.as_str()) {
        return true;
    }
    // Turkish converbs reduplicate freely: `koşa koşa`, `düşüne düşüne`.
    lang.primary() == "tr"
        && lower.chars().count() >= 4
        && (lower.ends_with('a') || lower.ends_with('e'))
}

/// Turkish `X X etmek` / `X X olmak` idioms (`diken diken eden`, `paramparça olmak`).
fn turkish_idiom(after: &str, lang: &Lang) -> bool {
    lang.primary() == "tr" && {
        let next = after.trim_start().split(' ').next().unwrap_or_default();
        ["et", "ed", "ol"].iter().any(|stem| next.starts_with(stem))
    }
}

/// Japanese: doubled object/subject particles and doubled kanji words.
fn repeats_unspaced(text: &str) -> Vec<(Range<usize>, &str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let kanji = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |&(i, _)| i);
    let mut found = Vec::new();
    let mut k = 0;
    while k + 1 < chars.len() {
        let (i, c) = chars[k];
        if matches!(c, 'を' | 'が') && chars[k + 1].1 == c {
            found.push((end_of(k + 1)..end_of(k + 2), &text[i..end_of(k + 1)]));
            k += 2;
            continue;
        }
        let mut matched = false;
        for len in 2..=4 {
            let Some(second) = chars.get(k + len..k + 2 * len) else {
                break;
            };
            let first = &chars[k..k + len];
            if first.iter().all(|&(_, c)| kanji(c))
                && first.iter().zip(second).all(|(a, b)| a.1 == b.1)
                && (k == 0 || !kanji(chars[k - 1].1))
                && !chars.get(k + 2 * len).is_some_and(|&(_, c)| kanji(c))
            {
                found.push((
                    end_of(k + len)..end_of(k + 2 * len),
                    &text[i..end_of(k + len)],
                ));
                k += 2 * len;
                matched = true;
                break;
            }
        }
        if !matched {
            k += 1;
        }
    }
    found
}

fn repeats<'a>(text: &'a str, lang: &Lang) -> Vec<(Range<usize>, &'a str)> {
    if lang.primary() == "ja" {
        repeats_unspaced(text)
    } else {
        repeats_spaced(text, lang)
    }
}

pub(crate) fn check(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    let found = repeats(target.text, target.lang);
    if found.is_empty() {
        return;
    }
    // A repeat of the source excuses one repeat of the target: the same
    // word, or a transliterated one (`Roa Roa` → `Роа Роа`).
    let mut in_source = repeats(source.text, source.lang);
    for (range, word) in found {
        let excused = in_source
            .iter()
            .position(|(_, w)| same_word(w, word))
            .or((!in_source.is_empty()).then_some(0));
        if let Some(i) = excused {
            in_source.remove(i);
            continue;
        }
        let message = Message::new("repeated-word").arg("word", word);
        out.push(
            Finding::new(Check::RepeatedWord, message)
                .with(|d| d.primary(target.span(range), None)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::test_support::{check, lang, messages};

    fn repeated(text: &str, tag: &str) -> Vec<String> {
        repeats(text, &lang(tag))
            .into_iter()
            .map(|(_, w)| w.to_string())
            .collect()
    }

    /// The word-by-word comparison [`Census::may_repeat`] must agree with.
    fn may_repeat_oracle(bytes: &[u8]) -> bool {
        let in_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80 || b == b'-' || b == b'\'';
        let alike = |(&a, &b): (&u8, &u8)| {
            a == b
                || match (a.is_ascii(), b.is_ascii()) {
                    (true, true) => a ^ b == 0x20 && a.is_ascii_alphabetic(),
                    (false, false) => {
                        matches!(a ^ b, 0x10 | 0x20) || (a | 1 == 0xD1 && b | 1 == 0xD1)
                    }
                    _ => false,
                }
        };
        let mut i = 0;
        while let Some(offset) = bytes
            .get(i..)
            .and_then(|rest| rest.iter().position(|&b| b == b' '))
        {
            let space = i + offset;
            let rest = bytes.get(space..).unwrap_or_default();
            let word_start = space + rest.iter().position(|&b| b != b' ').unwrap_or(rest.len());
            let end = space - usize::from(space > 0 && bytes[space - 1] == b'.');
            let next = bytes.get(word_start..).unwrap_or_default();
            let len = next.iter().position(|&b| !in_word(b)).unwrap_or(next.len());
            if len > 0 && len <= end && bytes[end - len..end].iter().zip(next).all(alike) {
                return true;
            }
            i = word_start + len;
        }
        false
    }

    /// The quick classes of U+0080–U+00BF are those of the characters.
    #[test]
    fn latin1_marks_are_told_from_their_bytes() {
        for c in '\u{80}'..='\u{BF}' {
            let text = c.to_string();
            let word = class_at(&text, 0) == Some((2, Class::Word));
            assert_eq!(word, c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_are_runs_of_letters_digits_and_joiners() {
        let words = |text| words(text).map(|(_, w)| w).collect::<Vec<_>>();
        assert_eq!(
            words("«Два-три» don't, İstanbul’da ½ ѣ҂ё  x"),
            ["Два-три", "don't", "İstanbul’da", "½", "ѣ", "ё", "x"]
        );
        assert_eq!(words("-'’ ab-"), ["ab-"]);
        let text = "Ｆｕｌｌ ｗｉｄｔｈ ＡＢＣ 東京 Ελλάδα";
        let ranges: Vec<_> = super::words(text).map(|(r, _)| r).collect();
        assert_eq!(ranges.len(), 5);
        assert!(
            ranges
                .iter()
                .all(|r| text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        );
    }

    #[test]
    fn quick_test_never_misses_a_repeat() {
        let may_repeat = |text: &str| {
            let census = Census::of(text.as_bytes());
            census.other || census.may_repeat
        };
        let texts = [
            "Open the the file",
            "Open THE the file",
            "Встреча в в Москве",
            "Встреча ЁЖ  ёж Р р Москве",
            "Подробности см. см. на сайте",
            "Нажмите кнопку, чтобы открыть",
            "don't don't stop",
            "ab- ab-",
            "x",
            "",
            " ",
        ];
        for text in texts {
            let exact = !repeats_spaced_words(text).is_empty();
            assert!(!exact || may_repeat(text), "{text:?}");
        }
        assert!(!may_repeat("Нажмите кнопку, чтобы открыть файл."));
        assert!(!may_repeat("The meeting of the 656 ministers took place."));
        assert!(may_repeat("Open the the file") && may_repeat("İstanbul İstanbul"));
    }

    /// A small deterministic generator (xorshift) for the agreement tests.
    fn pseudo_random(seed: u64) -> impl FnMut(usize) -> usize {
        let mut state = seed;
        move |below| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        }
    }

    /// The scan agrees with the word-by-word version on texts of words, case flips, periods,
    /// joiners, digits and runs of spaces, and on all their prefixes and suffixes.
    #[test]
    fn may_repeat_agrees_with_the_word_by_word_version() {
        let pieces = [
            "в",
            "В",
            "см",
            "См",
            "СМ",
            "значение",
            "Значение",
            "ЗНАЧЕНИЕ",
            "ёж",
            "Ёж",
            "ЁЖ",
            "Москве",
            "москве",
            "the",
            "The",
            "THE",
            "a",
            "A",
            "don't",
            "Don't",
            "ab-",
            "-",
            "'",
            "1",
            "10",
            "2019",
            "4.01.2019",
            "%s",
            "{name}",
            "«",
            "»",
            "yavaş",
            "Yavaş",
            "ara",
            "İstanbul",
            "ı",
            "ş",
            "設定",
            "を",
            "https://example.org/docs",
            "пр",
            "Пр",
        ];
        let gaps = [
            " ", " ", " ", "  ", "   ", ". ", ", ", ".  ", "-", "", "!", " (", "\t",
        ];
        let mut random = pseudo_random(0x9E37_79B9_7F4A_7C15);
        let mut agreed = [0; 2];
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..random(14) {
                text.push_str(pieces[random(pieces.len())]);
                text.push_str(gaps[random(gaps.len())]);
            }
            let bytes = text.as_bytes();
            for cut in 0..=bytes.len() {
                for part in [&bytes[..cut], &bytes[cut..]] {
                    let expected = may_repeat_oracle(part);
                    assert_eq!(
                        Census::of(part).may_repeat,
                        expected,
                        "{:?}",
                        String::from_utf8_lossy(part)
                    );
                    agreed[usize::from(expected)] += 1;
                }
            }
        }
        assert!(agreed.iter().all(|&n| n > 10_000), "{agreed:?}");
    }

    /// The census agrees with the word-by-word comparison and with counting byte by byte on any
    /// bytes, split UTF-8 included.
    #[test]
    fn census_agrees_on_random_bytes() {
        let alphabet = [
            b' ', b' ', b' ', b'.', b'a', b'A', b'b', b'-', b',', b'1', b'%', b'{', b'$', 0xD0,
            0xD1, 0xD0, 0xD1, 0xB0, 0x90, 0x80, 0xA0, 0xC2, 0xCF, 0xD2, 0xE3, 0xFF,
        ];
        let mut random = pseudo_random(0x2545_F491_4F6C_DD1D);
        for _ in 0..200_000 {
            let bytes: Vec<u8> = (0..random(40))
                .map(|_| alphabet[random(alphabet.len())])
                .collect();
            let census = Census::of(&bytes);
            assert_eq!(census.may_repeat, may_repeat_oracle(&bytes), "{bytes:?}");
            let marks = bytes.iter().filter(|b| b"%{$".contains(b)).count();
            assert_eq!(census.marks, marks, "{bytes:?}");
            let other = bytes.iter().any(|&b| leads_other_character(b));
            assert_eq!(census.other, other, "{bytes:?}");
        }
    }

    /// The census counts the placeholder marks and tells the characters the quick test cannot
    /// compare, in texts longer than its blocks too.
    #[test]
    fn census_counts_marks_and_other_characters() {
        let long = "Нажмите %s, чтобы открыть {name} и ${x}, ".repeat(3);
        for text in [
            "",
            "%s",
            "Нажмите %s, %s",
            "{a} {b}",
            long.as_str(),
            "設定 %",
            "İ",
        ] {
            let census = Census::of(text.as_bytes());
            let marks = text
                .bytes()
                .filter(|b| matches!(b, b'%' | b'{' | b'$'))
                .count();
            assert_eq!(census.marks, marks, "{text:?}");
            let other = text.bytes().any(leads_other_character);
            assert_eq!(census.other, other, "{text:?}");
        }
    }

    /// Neighbouring words that are the same, whatever the language's exceptions.
    fn repeats_spaced_words(text: &str) -> Vec<&str> {
        let all: Vec<(Range<usize>, &str)> = words(text).collect();
        all.windows(2)
            .filter(|pair| {
                separated_by_space(text, &pair[0].0, &pair[1].0) && same_word(pair[0].1, pair[1].1)
            })
            .map(|pair| pair[1].1)
            .collect()
    }

    #[test]
    fn finds_accidental_repeats() {
        assert_eq!(repeated("Open the the file", "en"), ["the"]);
        assert_eq!(repeated("Встреча в в Москве", "ru"), ["в"]);
        assert_eq!(repeated("Подробности см. см. на сайте", "ru"), ["см"]);
        assert_eq!(repeated("Нажмите %s, %s, чтобы открыть", "ru"), ["%s"]);
        assert_eq!(
            repeated("Merhaba, {name}! {name}! Nasılsın?", "tr"),
            ["{name}"]
        );
        assert_eq!(repeated("Dosyayı kaydet kaydet", "tr"), ["kaydet"]);
        assert_eq!(repeated("ファイルをを開く", "ja"), ["を"]);
        assert_eq!(repeated("設定設定を開く", "ja"), ["設定"]);
    }

    #[test]
    fn allows_legitimate_repeats() {
        assert!(repeated("What he had had was enough; that that is true.", "en").is_empty());
        assert!(repeated("Так так, еле-еле успели. Да да.", "ru").is_empty());
        assert!(repeated("Yavaş yavaş, ara ara, koşa koşa geldi.", "tr").is_empty());
        assert!(repeated("Tüylerini diken diken eden şarkı", "tr").is_empty());
        assert!(repeated("人々はどんどん、いろいろ、時々", "ja").is_empty());
        assert!(repeated("Wait. Wait, please, 10 10", "en").is_empty());
    }

    #[test]
    fn a_repeat_in_the_source_excuses_one_in_the_target() {
        assert!(
            check(
                "en",
                "The Roa Roa Hotel collapsed.",
                "ru",
                "Отель Роа Роа обрушился."
            )
            .is_empty()
        );
        assert_eq!(
            messages(&check(
                "en",
                "The Roa Roa Hotel.",
                "ru",
                "Отель Роа Роа в в Палу."
            )),
            ["Q004 repeated-word(word=в)"]
        );
    }

    #[test]
    fn reports_on_the_second_occurrence() {
        let found = check(
            "en",
            "The meeting took place in Moscow.",
            "ru",
            "Встреча состоялась в в Москве.",
        );
        assert_eq!(messages(&found), ["Q004 repeated-word(word=в)"]);
        let span = &found[0].labels[0].span;
        assert_eq!(
            span.range,
            "Встреча состоялась в ".len().."Встреча состоялась в в".len()
        );
    }
}
