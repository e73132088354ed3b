//! Word anchors: number words (soft), Latin-script tokens and transliterated
//! names.

use std::borrow::Cow;

use glossa_text::Lang;

use crate::AnchorKind;
use crate::letter_pairs;
use crate::letter_pairs::LetterPairs;
use crate::tokens::{Kind, Script, Token};
use crate::translit::{romanize, skeletons};

/// One anchor produced from word tokens (before byte ranges are attached).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WordAnchor {
    pub kind: AnchorKind,
    pub key: String,
    pub soft: bool,
}

/// The anchors of one word, on the stack for a few.
pub(crate) type WordAnchors = smallvec::SmallVec<[WordAnchor; 4]>;

/// Languages written in a non-Latin script: every Latin token in them is a
/// hard anchor (a name, brand or code kept in the original).
pub(crate) fn non_latin(lang: &Lang) -> bool {
    matches!(
        lang.primary(),
        "ru" | "uk"
            | "be"
            | "bg"
            | "mk"
            | "sr"
            | "kk"
            | "ky"
            | "mn"
            | "tg"
            | "ja"
            | "zh"
            | "ko"
            | "el"
            | "ar"
            | "fa"
            | "he"
            | "hi"
            | "th"
            | "ka"
            | "hy"
            | "ur"
    )
}

/// Value of a number word of the text's language (`one` in English, `двух`
/// in Russian, `üç` in Turkish); `None` otherwise. Latin-script lists are
/// kept apart: the Turkish `on` (ten) is the English preposition.
pub(crate) fn number_word(lower: &str, lang: &Lang) -> Option<u32> {
    number_word_in(lower, lang.primary())
}

/// [`number_word`] for the primary language subtag `primary`.
fn number_word_in(lower: &str, primary: &str) -> Option<u32> {
    let mut chars = lower.chars();
    if !may_start_number_word(chars.next()?, chars.next()?) {
        return None;
    }
    let latin = if primary == "tr" {
        turkish_number(lower)
    } else {
        english_number(lower)
    };
    // Multiplicatives: `twice a week` is 週2回, `дважды` is `2 раза`.
    let times = || match lower {
        "once" => Some(1),
        "twice" => Some(2),
        "thrice" => Some(3),
        _ => None,
    };
    latin
        .or_else(|| (primary == "en").then(times).flatten())
        .or_else(|| russian_number(lower))
}

/// True when a lowercase word starting with `first` and `second` may be a number word of
/// any of the lists below (every one has two letters or more): most words are ruled out
/// without comparing strings.
const fn may_start_number_word(first: char, second: char) -> bool {
    matches!(
        (first, second),
        // en
        ('o', 'n')
            | ('t', 'w' | 'h' | 'e')
            | ('f', 'o' | 'i')
            | ('s', 'i' | 'e')
            | ('e', 'i' | 'l')
            | ('n', 'i')
            // tr
            | ('b', 'i' | 'e')
            | ('i', 'k')
            | ('ü', 'ç')
            | ('d', 'ö' | 'o')
            | ('a', 'l')
            | ('y', 'e')
            // ru
            | ('о', 'д')
            | ('д', 'в' | 'е')
            | ('т', 'р')
            | ('ч', 'е')
            | ('п', 'я')
            | ('ш', 'е')
            | ('с', 'е')
            | ('в', 'о')
    )
}

fn english_number(lower: &str) -> Option<u32> {
    Some(match lower {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    })
}

fn turkish_number(lower: &str) -> Option<u32> {
    Some(match lower {
        "bir" => 1,
        "iki" => 2,
        "üç" => 3,
        "dört" => 4,
        "beş" => 5,
        "altı" => 6,
        "yedi" => 7,
        "sekiz" => 8,
        "dokuz" => 9,
        "on" => 10,
        _ => return None,
    })
}

fn russian_number(lower: &str) -> Option<u32> {
    Some(match lower {
        "один" | "одна" | "одно" | "одного" | "одной" | "одному" | "одним" | "одну" => {
            1
        }
        "два" | "две" | "двух" | "двум" | "двумя" | "дважды" | "двое" => {
            2
        }
        "три" | "трёх" | "трех" | "трём" | "трем" | "тремя" | "трижды" | "трое" => {
            3
        }
        "четыре" | "четырёх" | "четырех" | "четырьмя" | "четверо" => {
            4
        }
        "пять" | "пяти" | "пятью" | "пятеро" => 5,
        "шесть" | "шести" => 6,
        "семь" | "семи" => 7,
        "восемь" | "восьми" => 8,
        "девять" | "девяти" => 9,
        "десять" | "десяти" | "десятки" | "десятков" => 10,
        "одиннадцать" | "одиннадцати" => 11,
        "двенадцать" | "двенадцати" => 12,
        _ => return None,
    })
}

/// `char::is_alphabetic`, answered without a table lookup for ASCII and
/// Cyrillic (U+0482–U+0489 are a sign and combining marks).
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        '\u{0400}'..='\u{0481}' | '\u{048a}'..='\u{04ff}' => true,
        _ => c.is_alphabetic(),
    }
}

/// True when the text has a number word of its language (`two`, `двух`, `üç`, `twice`): a cheap
/// test, before extracting anchors, for texts without digits.
pub fn has_number_word(text: &str, lang: &Lang) -> bool {
    let primary = lang.primary();
    if text.is_ascii() {
        return any_short_ascii_word(text.as_bytes(), |start, len| {
            let word = text.as_bytes().get(start..start + len).unwrap_or_default();
            letters_may_be_number_word(word)
                && text
                    .get(start..start + len)
                    .is_some_and(|word| is_number_word_of(word, primary))
        });
    }
    letter_runs(text).any(|word| {
        (2..=24).contains(&word.len())
            && may_be_number_word(word)
            && is_number_word_of(word, primary)
    })
}

/// Calls `found` with the start and the length of each word (a run of letters) of two to
/// [`LONGEST_ASCII_NUMBER_WORD`] letters of ASCII text, in order, until it returns true; true
/// then. The letters of 64 bytes at a time are one bit each ([`letter_bits`]), from the byte
/// before the first 56 whose words are looked at: those words and their lengths are read from
/// the bits, other words are passed over together.
fn any_short_ascii_word(bytes: &[u8], mut found: impl FnMut(usize, usize) -> bool) -> bool {
    const SHORT: usize = LONGEST_ASCII_NUMBER_WORD;
    // Bit `k` is the byte `at + k - 1`: words may start at the `STEP` bits from 1 on, whose runs
    // of `SHORT + 1` letters end within the 64 bits.
    const STEP: usize = 64 - SHORT - 2;
    const STARTS: u64 = ((1 << STEP) - 1) << 1;
    let mut at = 0;
    while at < bytes.len() {
        let from = at.saturating_sub(1);
        let block = bytes.get(from..).unwrap_or_default();
        let letters = letter_bits(block.get(..64).unwrap_or(block)) << (1 + from - at);
        // The letters that start a run of `SHORT + 1` letters.
        let two = letters & (letters >> 1);
        let four = two & (two >> 2);
        let long = four & (four >> (SHORT + 1 - 4));
        let mut starts = letters & !(letters << 1) & (letters >> 1) & !long & STARTS;
        while starts != 0 {
            let bit = starts.trailing_zeros();
            starts &= starts - 1;
            let len = (letters >> bit).trailing_ones() as usize;
            if found(at + bit as usize - 1, len) {
                return true;
            }
        }
        at += STEP;
    }
    false
}

/// Bit `k` set for each byte `k` of `block` (64 bytes at most) that is an ASCII letter, eight
/// bytes at a time.
fn letter_bits(block: &[u8]) -> u64 {
    let chunks = block.chunks_exact(8);
    // From the last bytes to the first, eight bits at a time.
    let tail = chunks.remainder();
    let tail = tail
        .iter()
        .rev()
        .fold(0, |word, &b| (word << 8) | u64::from(b));
    let mut bits = high_bits(ascii_letters(tail));
    for chunk in chunks.rev() {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        bits = (bits << 8) | high_bits(ascii_letters(word));
    }
    bits
}

/// The high bits of the eight bytes of `word` (and no other bit set) as the eight low bits.
fn high_bits(word: u64) -> u64 {
    // The bit of byte `k`, moved to bit 0 of the byte, is multiplied into bit `56 + k`; no two
    // products meet, so nothing carries.
    ((word >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The high bit of each byte of eight ASCII bytes that is a letter.
fn ascii_letters(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Letters become `a`–`z`; no byte reaches the high bit, nor carries into the next one.
    let lower = word | (ONES * 0x20);
    let at_least = |k: u64| lower + (0x80 - k) * ONES;
    at_least(u64::from(b'a')) & !at_least(u64::from(b'z') + 1) & HIGH
}

/// The length of the longest number word in ASCII letters (`thrice`, `eleven`, `twelve`).
const LONGEST_ASCII_NUMBER_WORD: usize = 6;

/// True when the word, lowercased, is a number word of the language `primary`.
fn is_number_word_of(word: &str, primary: &str) -> bool {
    if is_simple_lowercase(word) {
        return number_word_in(word, primary).is_some();
    }
    let mut buffer = [0; 64];
    number_word_in(&lowercase(word, &mut buffer), primary).is_some()
}

/// The first character of `c` lowercased (`İ` → `i`), fast for ASCII and Russian.
pub fn first_lowercase(c: char) -> char {
    simple_lowercase(c)
        .or_else(|| c.to_lowercase().next())
        .unwrap_or(c)
}

/// True when the word is lowercase ASCII and Russian letters only (`а`–`я`, `ѐ`–`џ`), which
/// lowercasing leaves as they are.
fn is_simple_lowercase(word: &str) -> bool {
    let mut bytes = word.bytes();
    while let Some(b) = bytes.next() {
        let simple = match b {
            b'a'..=b'z' => true,
            0xD0 => bytes.next().is_some_and(|b| (0xB0..=0xBF).contains(&b)),
            0xD1 => bytes.next().is_some_and(|b| (0x80..=0x9F).contains(&b)),
            _ => false,
        };
        if !simple {
            return false;
        }
    }
    true
}

/// The byte length of the character at byte `i` and whether it is a letter ([`is_letter`]),
/// `None` at the end; ASCII and Russian letters are told from their first byte.
pub fn letter_at(text: &str, i: usize) -> Option<(usize, bool)> {
    let lead = *text.as_bytes().get(i)?;
    Some(match lead {
        b'a'..=b'z' | b'A'..=b'Z' => (1, true),
        0..=0x7F => (1, false),
        // U+0400–U+047F, all letters
        0xD0 | 0xD1 => (2, true),
        _ => {
            let c = text.get(i..)?.chars().next()?;
            (c.len_utf8(), is_letter(c))
        }
    })
}

/// The runs of letters ([`is_letter`]) of a text; ASCII and Russian letters are told from
/// their first byte.
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let letter_at = move |i: usize| letter_at(text, i);
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let (len, letter) = letter_at(i)?;
            if letter {
                break;
            }
            i += len;
        }
        let start = i;
        loop {
            // Runs of ASCII letters and of Cyrillic letters (U+0400–U+047F) without a lookup.
            while let Some(&b) = bytes.get(i) {
                match b {
                    b'a'..=b'z' | b'A'..=b'Z' => i += 1,
                    0xD0 | 0xD1 => i += 2,
                    _ => break,
                }
            }
            match letter_at(i) {
                Some((len, true)) => i += len,
                _ => break,
            }
        }
        text.get(start..i)
    })
}

/// The word lowercased, in `buffer` when it fits (`str::to_lowercase` but for a final Greek
/// sigma; fast for ASCII and Russian).
pub fn lowercase<'a>(word: &'a str, buffer: &'a mut [u8]) -> Cow<'a, str> {
    if is_simple_lowercase(word) {
        return Cow::Borrowed(word);
    }
    match lowercase_into(word, buffer) {
        Some(lower) => Cow::Borrowed(lower),
        None => Cow::Owned(word.to_lowercase()),
    }
}

/// The word lowercased character by character into `buffer` (no allocation), `None` when it
/// does not fit. Differs from `str::to_lowercase` only for a final Greek sigma, which no
/// number word has.
fn lowercase_into<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    let mut push = |c: char| {
        let end = len + c.len_utf8();
        c.encode_utf8(buffer.get_mut(len..end)?);
        len = end;
        Some(())
    };
    for c in word.chars() {
        match simple_lowercase(c) {
            Some(lower) => push(lower)?,
            None => c.to_lowercase().try_for_each(&mut push)?,
        }
    }
    std::str::from_utf8(buffer.get(..len)?).ok()
}

/// The lowercase of an ASCII or basic Cyrillic letter without a table search (`None` for
/// other characters).
fn simple_lowercase(c: char) -> Option<char> {
    match c {
        'A'..='Z' | 'А'..='Я' => char::from_u32(u32::from(c) + 32),
        'Ѐ'..='Џ' => char::from_u32(u32::from(c) + 80),
        '\0'..='\u{7f}' | 'а'..='џ' => Some(c),
        _ => None,
    }
}

const STOP: &[&str] = &[
    // English
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "there",
    "their",
    "they",
    "he",
    "she",
    "it",
    "its",
    "we",
    "our",
    "you",
    "your",
    "i",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "to",
    "of",
    "as",
    "and",
    "but",
    "or",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "because",
    "although",
    "however",
    "also",
    "so",
    "then",
    "now",
    "here",
    "what",
    "who",
    "which",
    "where",
    "why",
    "how",
    "all",
    "some",
    "many",
    "most",
    "more",
    "no",
    "not",
    "mr",
    "mrs",
    "ms",
    "dr",
    "last",
    "next",
    "new",
    "according",
    "despite",
    "during",
    "under",
    "over",
    "about",
    "his",
    "her",
    "him",
    "them",
    "is",
    "was",
    "it's",
    "yet",
    "still",
    "even",
    "just",
    "both",
    "each",
    "every",
    "other",
    "such",
    "only",
    "one",
    "my",
    "me",
    "do",
    "did",
    "does",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    // Russian
    "в",
    "во",
    "на",
    "по",
    "с",
    "со",
    "к",
    "у",
    "о",
    "об",
    "от",
    "до",
    "из",
    "за",
    "для",
    "при",
    "это",
    "этот",
    "эта",
    "эти",
    "он",
    "она",
    "они",
    "но",
    "и",
    "а",
    "если",
    "когда",
    "как",
    "так",
    "также",
    "однако",
    "после",
    // Turkish
    "bu",
    "şu",
    "o",
    "ve",
    "ama",
    "fakat",
    "ancak",
    "ile",
    "için",
    "bunun",
    "ayrıca",
    "daha",
];

fn is_stopword(lower: &str) -> bool {
    STOP.contains(&lower)
}

/// Uppercase ASCII-folded key of a Latin token (`Çavuşoğlu` → `CAVUSOGLU`).
fn latin_key(text: &str) -> String {
    romanize(text).to_ascii_uppercase()
}

fn name_anchors(word: &str) -> impl Iterator<Item = WordAnchor> {
    skeletons(word)
        .into_iter()
        .filter(|skel| skel.chars().count() >= 2)
        .map(|skel| WordAnchor {
            kind: AnchorKind::Name,
            key: format!("name:{skel}"),
            soft: true,
        })
}

fn is_capitalized(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(text: &str) -> bool {
    text.chars().count() >= 2 && text.chars().all(char::is_uppercase)
}

/// True when most Latin words of the sentence are in capitals (a heading in
/// capitals): acronyms there are not special.
pub(crate) fn shouting(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind == Kind::Word(Script::Latin) && t.char_len() >= 2)
        .collect();
    let caps = words.iter().filter(|t| is_all_caps(t.text)).count();
    words.len() >= 3 && caps * 5 >= words.len() * 3
}

/// True for a lowercase word right after an apostrophe that follows a word:
/// a Turkish case suffix (`Lavrov'un`) or English `'s`.
/// The digits of a code (`G7`, `G20`, `MH17`, `A320`) when the Latin word token at `i` starts
/// one: up to four capitals followed by digits.
fn code_digits<'t, 'a>(tokens: &'t [Token<'a>], i: usize) -> Option<&'t Token<'a>> {
    let tok = tokens.get(i)?;
    let digits = tokens.get(i + 1).filter(|t| t.kind == Kind::Digits)?;
    let code_letters = is_all_caps(tok.text) || (tok.char_len() == 1 && is_capitalized(tok.text));
    (tok.kind == Kind::Word(Script::Latin) && code_letters && tok.char_len() <= 4).then_some(digits)
}

/// [`may_start_number_word`] for two ASCII or two Russian letters.
static NUMBER_WORD_PAIRS: LetterPairs = letter_pairs!(|a, b| may_start_number_word(a, b));

/// True when a word's first two letters, lowercased, may start a number word.
#[inline(always)]
pub(crate) fn may_be_number_word(word: &str) -> bool {
    if let Some(pass) = NUMBER_WORD_PAIRS.first_two(word) {
        return pass && may_go_on_as_number_word(word.as_bytes());
    }
    let mut chars = word.chars().map(first_lowercase);
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if may_start_number_word(a, b))
}

/// For a word starting with two ASCII letters, false when its third byte rules out every
/// number word starting so (`the`, `for`, `set` are not `three`, `four`, `seven`); true for
/// other words and a non-ASCII or missing third letter.
#[inline]
fn may_go_on_as_number_word(word: &[u8]) -> bool {
    let [a, b, third, ..] = word else {
        return true;
    };
    if !(a.is_ascii_alphabetic() && b.is_ascii_alphabetic() && third.is_ascii()) {
        return true;
    }
    may_go_on(
        a.to_ascii_lowercase(),
        b.to_ascii_lowercase(),
        third.to_ascii_lowercase(),
    )
}

/// [`may_go_on_as_number_word`] for the lowercase ASCII letters `a` and `b` and the ASCII
/// byte `c` after them.
const fn may_go_on(a: u8, b: u8, c: u8) -> bool {
    match (a, b) {
        (b'o', b'n') => matches!(c, b'e' | b'c'),
        (b't', b'w') => matches!(c, b'o' | b'e' | b'i'),
        (b't', b'h') | (b'b', b'i') => c == b'r',
        (b't', b'e') | (b'n', b'i') => c == b'n',
        (b'f', b'o') => c == b'u',
        (b'f', b'i') => c == b'v',
        (b's', b'i') => c == b'x',
        (b's', b'e') => matches!(c, b'v' | b'k'),
        (b'e', b'i') => c == b'g',
        (b'e', b'l') => c == b'e',
        (b'i', b'k') => c == b'i',
        (b'd', b'o') => c == b'k',
        (b'a', b'l') => c == b't',
        (b'y', b'e') => c == b'd',
        _ => true,
    }
}

/// The bit of [`NUMBER_WORD_TRIPLES`] for a word of two letters.
const TWO_LETTERS: u32 = 1 << 26;

/// For the lowercase ASCII letters `a` and `b` (row `26 * a + b`, from `a`), the third letters
/// `c` with which a word may be a number word (bit `c`, from `a`), and [`TWO_LETTERS`] when
/// a word of these two letters may be one: [`may_start_number_word`] and
/// [`may_go_on_as_number_word`] in one look-up.
static NUMBER_WORD_TRIPLES: [u32; 676] = {
    let mut rows = [0u32; 676];
    let mut a = 0;
    while a < 26 {
        let mut b = 0;
        while b < 26 {
            let (first, second) = (b'a' + a, b'a' + b);
            if may_start_number_word(first as char, second as char) {
                let mut row = TWO_LETTERS;
                let mut c = 0;
                while c < 26 {
                    if may_go_on(first, second, b'a' + c) {
                        row |= 1 << c;
                    }
                    c += 1;
                }
                rows[26 * a as usize + b as usize] = row;
            }
            b += 1;
        }
        a += 1;
    }
    rows
};

/// True when a word of ASCII letters only may be a number word ([`may_be_number_word`]), from
/// its first three letters (or two) in one look-up.
#[inline]
fn letters_may_be_number_word(word: &[u8]) -> bool {
    let [a, b, rest @ ..] = word else {
        return false;
    };
    // The offset from `a` of a letter in either case.
    let offset = |letter: u8| u32::from((letter | 0x20).wrapping_sub(b'a'));
    let row = (26 * offset(*a) + offset(*b)) as usize;
    let row = NUMBER_WORD_TRIPLES.get(row).copied().unwrap_or(0);
    let bit = rest.first().map_or(TWO_LETTERS, |&c| 1 << (offset(c) & 31));
    row & bit != 0
}

fn is_apostrophe_suffix(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].is_apostrophe()
        && matches!(tokens[i - 2].kind, Kind::Word(_) | Kind::Digits)
        && !is_capitalized(tokens[i].text)
}

/// The decimal key of a number word's value: one digit without the formatting machinery.
fn decimal_key(value: u32) -> String {
    char::from_digit(value, 10).map_or_else(|| value.to_string(), String::from)
}

/// Pushes the anchors of the word token at `i` to `out`; returns how many tokens they used.
pub(crate) fn word_anchors(
    tokens: &[Token],
    i: usize,
    lang: &Lang,
    shouting: bool,
    numeric_only: bool,
    out: &mut WordAnchors,
) -> usize {
    let tok = &tokens[i];
    if is_apostrophe_suffix(tokens, i) {
        return 1;
    }
    // Numbers only: a word that cannot be a number word matters only as a code.
    if numeric_only && !may_be_number_word(tok.text) {
        return if code_digits(tokens, i).is_some() {
            2
        } else {
            1
        };
    }
    let mut buffer = [0; 64];
    let lower = lowercase(tok.text, &mut buffer);
    let lower = lower.as_ref();
    if let Some(v) = number_word(lower, lang) {
        // Turkish `on bir` … `on dokuz`.
        let mut value = v;
        let mut used = 1;
        if lower == "on"
            && tokens.get(i + 1).is_some_and(|t| t.kind == Kind::Space)
            && let Some(unit) = tokens
                .get(i + 2)
                .and_then(|t| number_word(&t.text.to_lowercase(), lang))
            && unit < 10
        {
            value = 10 + unit;
            used = 3;
        }
        let is_name = is_capitalized(tok.text) && lang.primary() == "tr" && lower == "on";
        if !is_name {
            out.push(WordAnchor {
                kind: AnchorKind::Number,
                key: decimal_key(value),
                soft: true,
            });
            return used;
        }
    }
    match tok.kind {
        Kind::Word(Script::Latin) => {
            if let Some(d) = code_digits(tokens, i) {
                // A code consumes its digits, also when only numbers are wanted.
                if !numeric_only {
                    out.push(WordAnchor {
                        kind: AnchorKind::Latin,
                        key: format!("{}{}", latin_key(tok.text), d.text),
                        soft: false,
                    });
                }
                return 2;
            }
            if numeric_only {
                return 1;
            }
            let key = latin_key(tok.text);
            if non_latin(lang) {
                if tok.char_len() >= 2 {
                    out.push(WordAnchor {
                        kind: AnchorKind::Latin,
                        key,
                        soft: false,
                    });
                }
            } else if is_all_caps(tok.text) && !is_stopword(lower) {
                out.push(WordAnchor {
                    kind: AnchorKind::Latin,
                    key,
                    soft: shouting,
                });
                out.extend(name_anchors(tok.text));
            } else if is_capitalized(tok.text) && tok.char_len() >= 2 && !is_stopword(lower) {
                out.push(WordAnchor {
                    kind: AnchorKind::Latin,
                    key,
                    soft: true,
                });
                out.extend(name_anchors(tok.text));
            }
        }
        _ if numeric_only => {}
        Kind::Word(Script::Cyrillic) => {
            let proper = is_capitalized(tok.text) && tok.char_len() >= 2 && !is_stopword(lower);
            if proper {
                out.extend(name_anchors(tok.text));
            }
        }
        Kind::Word(Script::Katakana) => {
            let letters = tok.text.chars().filter(|c| *c != 'ー').count();
            if letters >= 2 {
                out.extend(name_anchors(tok.text));
            }
        }
        _ => {}
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn keys(text: &str, lang: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let lang = Lang::parse(lang).unwrap();
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if matches!(tokens[i].kind, Kind::Word(_)) {
                let mut anchors = WordAnchors::new();
                let used = word_anchors(&tokens, i, &lang, false, false, &mut anchors);
                out.extend(anchors.into_iter().map(|a| a.key));
                i += used;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn latin_tokens_and_codes() {
        let ru = keys("Лидеры G7 и НАТО", "ru");
        assert!(ru.contains(&"G7".to_string()) && ru.contains(&"name:NT".to_string()));
        assert_eq!(
            keys("G20サミットでNATOが", "ja"),
            vec!["G20", "name:SNT", "NATO"]
        );
        assert!(keys("The UN said Lavrov met them.", "en").contains(&"UN".to_string()));
        assert!(keys("Lavrov'un açıklaması", "tr").contains(&"LAVROV".to_string()));
    }

    #[test]
    fn number_words_are_soft_numbers() {
        assert_eq!(keys("two ministers", "en"), vec!["2"]);
        assert_eq!(keys("двух министров", "ru"), vec!["2"]);
        assert_eq!(keys("on iki ada", "tr"), vec!["12"]);
        assert!(!keys("talks began on time", "en").contains(&"10".to_string()));
        assert!(!keys("two ministers", "tr").contains(&"2".to_string()));
        assert_eq!(keys("The ferry runs twice a week.", "en"), vec!["2"]);
        let lang = |tag| Lang::parse(tag).unwrap();
        assert!(has_number_word("Üç fırkateyn limana girdi.", &lang("tr")));
        assert!(has_number_word("Two frigates.", &lang("en")));
        assert!(!has_number_word("Frigates entered the port.", &lang("en")));
        assert!(keys("Паром ходит дважды в неделю.", "ru").contains(&"2".to_string()));
        assert!(has_number_word("ДВА фрегата", &lang("ru")));
    }

    #[test]
    fn simple_lowercase_agrees_with_char_lowercase() {
        for c in ('\0'..='\u{7f}').chain('Ѐ'..='џ') {
            let lower: Vec<char> = c.to_lowercase().collect();
            assert_eq!(simple_lowercase(c).map(|l| vec![l]), Some(lower), "{c}");
        }
    }

    #[test]
    fn every_number_word_passes_the_first_letters_gate() {
        let words = [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "once",
            "twice",
            "thrice",
            "bir",
            "iki",
            "üç",
            "dört",
            "beş",
            "altı",
            "yedi",
            "sekiz",
            "dokuz",
            "on",
            "один",
            "одна",
            "одно",
            "одного",
            "одной",
            "одному",
            "одним",
            "одну",
            "два",
            "две",
            "двух",
            "двум",
            "двумя",
            "дважды",
            "двое",
            "три",
            "трёх",
            "трех",
            "трём",
            "трем",
            "тремя",
            "трижды",
            "трое",
            "четыре",
            "четырёх",
            "четырех",
            "четырьмя",
            "четверо",
            "пять",
            "пяти",
            "пятью",
            "пятеро",
            "шесть",
            "шести",
            "семь",
            "семи",
            "восемь",
            "восьми",
            "девять",
            "девяти",
            "десять",
            "десяти",
            "десятки",
            "десятков",
            "одиннадцать",
            "одиннадцати",
            "двенадцать",
            "двенадцати",
        ];
        for word in words {
            let found = ["en", "tr", "ru"]
                .iter()
                .any(|p| number_word_in(word, p).is_some());
            assert!(found, "{word}");
            let mut chars = word.chars();
            let (first, second) = (chars.next().unwrap(), chars.next().unwrap());
            assert!(may_start_number_word(first, second), "{word}");
            assert!(may_be_number_word(word), "{word}");
            assert!(may_be_number_word(&word.to_uppercase()), "{word}");
            assert!(
                !word.is_ascii() || word.len() <= LONGEST_ASCII_NUMBER_WORD,
                "{word}"
            );
        }
        for word in ["Два", "ДВУХ", "двенадцать", "Одному"] {
            assert!(may_be_number_word(word), "{word}");
        }
        for word in ["Москва", "министров", "в", "Ѣх"] {
            assert!(!may_be_number_word(word), "{word}");
        }
        for word in [
            "the", "For", "SET", "then", "often", "since", "Text", "eighth",
        ] {
            assert_eq!(
                may_be_number_word(word),
                word.eq_ignore_ascii_case("eighth"),
                "{word}"
            );
        }
        assert!(!has_number_word(
            "The meeting took place in Moscow",
            &Lang::parse("en").unwrap()
        ));
        assert!(has_number_word(
            "Встреча ДВУХ министров",
            &Lang::parse("ru").unwrap()
        ));
        assert!(has_number_word("Üç bakan", &Lang::parse("tr").unwrap()));
    }

    #[test]
    fn pair_tables_are_the_first_letters_gate() {
        let letters = ('a'..='z').chain('A'..='Z').chain('Ѐ'..='ѿ');
        for first in letters.clone() {
            for second in letters.clone() {
                let word = format!("{first}{second}");
                let lower = |c: char| first_lowercase(c);
                let gate = may_start_number_word(lower(first), lower(second));
                assert_eq!(may_be_number_word(&word), gate, "{word}");
            }
        }
    }

    #[test]
    fn number_words_of_ascii_texts_are_found_byte_by_byte() {
        let en = Lang::parse("en").unwrap();
        for (text, found) in [
            ("The two-plus-two talks", true),
            ("TWELVE", true),
            ("twelve2", true),
            ("Three.", true),
            ("There are none; often tenth", false),
            ("o n", false),
            ("", false),
        ] {
            assert_eq!(has_number_word(text, &en), found, "{text}");
            // The same text with a non-ASCII character goes through the letter runs.
            assert_eq!(has_number_word(&format!("{text} «»"), &en), found, "{text}");
        }
    }

    #[test]
    fn number_word_triples_are_the_pair_gate_and_the_third_letter() {
        let letters: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        let third = letters.iter().map(|&c| Some(c)).chain([None]);
        for &a in &letters {
            assert!(!letters_may_be_number_word(&[a]));
            for &b in &letters {
                for next in third.clone() {
                    let mut word = vec![a, b];
                    word.extend(next);
                    let gate =
                        NUMBER_WORD_PAIRS.ascii_pair(a, b) && may_go_on_as_number_word(&word);
                    assert_eq!(letters_may_be_number_word(&word), gate, "{word:?}");
                    if next.is_some() {
                        word.extend(b"xyz");
                        assert_eq!(letters_may_be_number_word(&word), gate, "{word:?}");
                    }
                }
            }
        }
        assert!(!letters_may_be_number_word(b""));
    }

    #[test]
    fn short_words_of_ascii_texts_are_those_of_the_letter_runs() {
        let text = "Two-plus-two [talks] @ 10:30, Zz`{az AZ@ twelve2 x y --- longwordacrosschunks \
                    and a longer word: twoooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo \
                    ooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo \
                    a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh a bb ccc dddd eeeee ffffff ggggggg hhhhhh \
                    a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh a bb ccc dddd eeeee ffffff ggggggg hhhhhh.";
        for from in 0..text.len() {
            let text = &text[from..];
            let mut words = Vec::new();
            any_short_ascii_word(text.as_bytes(), |start, len| {
                words.push(&text[start..start + len]);
                false
            });
            let runs: Vec<&str> = letter_runs(text)
                .filter(|run| (2..=LONGEST_ASCII_NUMBER_WORD).contains(&run.len()))
                .collect();
            assert_eq!(words, runs, "{text}");
        }
        for byte in 0..0x80u8 {
            let letters = ascii_letters(u64::from_le_bytes([byte; 8]));
            assert_eq!(letters != 0, byte.is_ascii_alphabetic(), "{byte}");
        }
        for k in 0..8 {
            assert_eq!(high_bits(0x80 << (8 * k)), 1 << k);
        }
        assert_eq!(high_bits(0x8080_8080_8080_8080), 0xFF);
    }

    #[test]
    fn letter_runs_split_where_letters_end() {
        let text = "Два-три G7 ministers, 東京で «üç» ҂ѣ x";
        let runs: Vec<&str> = letter_runs(text).collect();
        let split: Vec<&str> = text
            .split(|c: char| !is_letter(c))
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(runs, split);
        assert_eq!(
            runs,
            ["Два", "три", "G", "ministers", "東京で", "üç", "ѣ", "x"]
        );
    }

    #[test]
    fn simple_lowercase_words_are_their_own_lowercase() {
        for word in [
            "двумя",
            "ёлки",
            "two",
            "üç",
            "İki",
            "Два",
            "ДВА",
            "ѣ",
            "two2",
            "ǆ",
        ] {
            if is_simple_lowercase(word) {
                assert_eq!(word.to_lowercase(), word);
            }
        }
        assert!(is_simple_lowercase("двумя") && is_simple_lowercase("ёлки"));
        assert!(!is_simple_lowercase("Два") && !is_simple_lowercase("üç"));
    }

    #[test]
    fn lowercase_on_the_stack_is_str_lowercase() {
        let mut buffer = [0; 64];
        for word in ["ДВУМЯ", "ЁЛКИ", "İKİ", "Üç", "ŞUBAT", "Twelve", "ǅ", "ѢѲ"] {
            assert_eq!(
                lowercase_into(word, &mut buffer),
                Some(word.to_lowercase().as_str())
            );
        }
        let mut small = [0; 4];
        assert_eq!(lowercase_into("ДВУМЯ", &mut small), None);
    }
}
