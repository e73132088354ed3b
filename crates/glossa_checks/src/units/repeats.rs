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
    if !census.other && !plain_may_repeat(text.as_bytes()) {
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
}

impl Census {
    /// The census of a text, taken 32 bytes at a time (the pass is vectorized).
    fn of(bytes: &[u8]) -> Self {
        let mut census = Self {
            other: false,
            marks: 0,
        };
        for chunk in bytes.chunks(32) {
            let (other, marks) = chunk.iter().fold((false, 0u8), |(other, marks), &b| {
                (
                    other | leads_other_character(b),
                    marks + u8::from((b == b'%') | (b == b'{') | (b == b'$')),
                )
            });
            census.other |= other;
            census.marks += usize::from(marks);
        }
        census
    }
}

/// False when no two words of a text of ASCII and Cyrillic (U+0400–U+047F) around a run of
/// spaces can be the same (see [`plain_may_repeat`]); true for any other text, which is left
/// to the word-by-word comparison.
#[cfg(test)]
fn may_repeat(text: &str) -> bool {
    Census::of(text.as_bytes()).other || plain_may_repeat(text.as_bytes())
}

/// For a text of ASCII and Cyrillic (U+0400–U+047F), false when no two words around a run of
/// spaces can be the same: the bytes before each run are compared with the word after it,
/// allowing the bits case flips (`0x20` of an ASCII letter, `0x10` or `0x20` of a Cyrillic
/// continuation byte, `0x01` of a Cyrillic lead).
fn plain_may_repeat(bytes: &[u8]) -> bool {
    let alike = |(&a, &b): (&u8, &u8)| {
        a == b
            || match (a.is_ascii(), b.is_ascii()) {
                (true, true) => a ^ b == 0x20 && a.is_ascii_alphabetic(),
                (false, false) => matches!(a ^ b, 0x10 | 0x20) || (a | 1 == 0xD1 && b | 1 == 0xD1),
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
        // `см. см.`: a period may stand before the spaces.
        let end = space - usize::from(space > 0 && bytes[space - 1] == b'.');
        let next = bytes.get(word_start..).unwrap_or_default();
        let len = next
            .iter()
            .position(|&b| !IN_WORD[usize::from(b)])
            .unwrap_or(next.len());
        if len > 0 && len <= end && bytes[end - len..end].iter().zip(next).all(alike) {
            return true;
        }
        i = word_start + len;
    }
    false
}

/// The bytes [`plain_may_repeat`] counts as part of a word: ASCII letters and digits, `-`, `'`
/// and every byte of a character outside ASCII.
static IN_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte >= 0x80 || byte == b'-' || byte == b'\'';
        b += 1;
    }
    table
};

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
