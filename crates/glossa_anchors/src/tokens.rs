//! A small tokenizer over width-folded characters that keeps byte ranges into
//! the original sentence.

use std::borrow::Cow;
use std::ops::Range;

/// Writing system of a word token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Cyrillic,
    Katakana,
    Hiragana,
    Han,
    Other,
}

/// Token classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// ASCII digits (full-width digits are folded).
    Digits,
    /// A run of letters of one script (Han characters are one token each).
    Word(Script),
    /// A run of Japanese/Chinese numeral characters (〇一二…十百千万億兆).
    KanjiNum,
    /// Whitespace (including NBSP, thin and ideographic spaces).
    Space,
    /// Any other single character.
    Punct,
}

/// One token: its class, its byte range in the sentence and its folded text.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub kind: Kind,
    pub range: Range<usize>,
    /// The token in the folded sentence (the sentence itself when folding changed nothing).
    pub text: &'a str,
}

impl Token<'_> {
    /// The single character of a punctuation or space token.
    pub fn ch(&self) -> char {
        self.text.chars().next().unwrap_or('\0')
    }

    /// True for a punctuation token holding `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.ch() == c
    }

    /// True for an apostrophe (ASCII or typographic).
    pub fn is_apostrophe(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.ch(), '\'' | '’' | 'ʼ')
    }

    /// Character count of the folded text.
    pub fn char_len(&self) -> usize {
        self.text.chars().count()
    }
}

/// Folds full-width ASCII forms and the ideographic space to ASCII.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Characters used as Japanese/Chinese numerals.
pub(crate) fn is_kanji_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '億'
            | '兆'
    )
}

fn script_of(c: char) -> Option<Script> {
    match c {
        '\u{30FB}' => None,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
            Some(Script::Katakana)
        }
        '\u{3040}'..='\u{309F}' => Some(Script::Hiragana),
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々' => Some(Script::Han),
        '\u{0400}'..='\u{04FF}' => Some(Script::Cyrillic),
        c if c.is_ascii_alphabetic() => Some(Script::Latin),
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' if c.is_alphabetic() => {
            Some(Script::Latin)
        }
        c if c.is_alphabetic() => Some(Script::Other),
        _ => None,
    }
}

fn kind_of(c: char) -> Kind {
    // ASCII and Cyrillic first, without the Unicode tables.
    match c {
        '0'..='9' => return Kind::Digits,
        'a'..='z' | 'A'..='Z' => return Kind::Word(Script::Latin),
        '\u{0400}'..='\u{04FF}' => return Kind::Word(Script::Cyrillic),
        '\0'..='\u{7F}' if c.is_whitespace() => return Kind::Space,
        '\0'..='\u{7F}' => return Kind::Punct,
        // Latin-1 signs and quotes (`«`, `»`, `½`): three letters, two spaces, punctuation.
        '\u{85}' | '\u{A0}' => return Kind::Space,
        'ª' | 'µ' | 'º' => return Kind::Word(Script::Other),
        '\u{80}'..='\u{BF}' => return Kind::Punct,
        _ => {}
    }
    if c.is_ascii_digit() {
        Kind::Digits
    } else if c.is_whitespace() {
        Kind::Space
    } else if is_kanji_numeral(c) {
        Kind::KanjiNum
    } else if let Some(script) = script_of(c) {
        Kind::Word(script)
    } else {
        Kind::Punct
    }
}

/// A sentence with full-width ASCII forms and the ideographic space folded ([`fold_char`]),
/// and the byte of the sentence where each byte of the folded text starts.
pub(crate) struct Folded<'a> {
    text: Cow<'a, str>,
    /// Empty when folding changed nothing; else one entry per folded byte and one for the end.
    origin: Vec<usize>,
}

impl<'a> Folded<'a> {
    /// Folds the sentence once; most are borrowed as they are.
    pub fn new(text: &'a str) -> Self {
        // Folding changes only characters led by `0xEF` (U+FF01–U+FF5E) or `0xE3` (U+3000).
        if memchr::memchr2(0xEF, 0xE3, text.as_bytes()).is_none() {
            return Self {
                text: Cow::Borrowed(text),
                origin: Vec::new(),
            };
        }
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        for (at, c) in text.char_indices() {
            let c = fold_char(c);
            folded.push(c);
            origin.resize(folded.len(), at);
        }
        if folded.len() == text.len() {
            origin.clear();
        } else {
            origin.push(text.len());
        }
        Self {
            text: Cow::Owned(folded),
            origin,
        }
    }

    /// The tokens of the sentence ([`tokens_of`]), with byte ranges into the sentence itself.
    pub fn tokens(&self) -> Vec<Token<'_>> {
        let mut tokens = tokens_of(&self.text);
        if !self.origin.is_empty() {
            for token in &mut tokens {
                let at = |i: usize| self.origin.get(i).copied().unwrap_or_default();
                token.range = at(token.range.start)..at(token.range.end);
            }
        }
        tokens
    }
}

/// Splits a folded sentence into tokens, with byte ranges into it. Runs of one kind are
/// merged, except punctuation and Han characters, which are one token per character.
fn tokens_of(text: &str) -> Vec<Token<'_>> {
    // Room for a token every two bytes (a word and a space): the vector seldom grows.
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(text.len() / 2 + 2);
    let mut rest = text;
    let mut start = 0;
    while let Some((kind, len)) = token_at(rest) {
        let Some((token, after)) = rest.split_at_checked(len) else {
            break;
        };
        tokens.push(Token {
            kind,
            range: start..start + len,
            text: token,
        });
        start += len;
        rest = after;
    }
    tokens
}

/// The kind and the byte length of the token that a folded text starts with; `None` when it
/// is empty. Digits, Russian letters and ASCII punctuation are told from their first byte.
#[inline(always)]
fn token_at(text: &str) -> Option<(Kind, usize)> {
    let bytes = text.as_bytes();
    let lead = *bytes.first()?;
    Some(match lead {
        // Every digit is ASCII and every Cyrillic letter (U+0400–U+04FF) led by `0xD0`–`0xD3`:
        // their runs end with the bytes.
        b'0'..=b'9' => (Kind::Digits, run_of(bytes, 0, u8::is_ascii_digit)),
        0xD0..=0xD3 => (Kind::Word(Script::Cyrillic), cyrillic_run(bytes)),
        0..=0x7F => match ascii_kind(lead) {
            Kind::Punct => (Kind::Punct, 1),
            kind => (kind, merged_run(text, kind, 0)),
        },
        _ => {
            let c = text.chars().next()?;
            match kind_of(c) {
                kind @ (Kind::Punct | Kind::Word(Script::Han)) => (kind, c.len_utf8()),
                kind => (kind, merged_run(text, kind, c.len_utf8())),
            }
        }
    })
}

/// The end of the run of characters of `kind` that goes on from byte `i` of a folded text (ASCII
/// letters and spaces are passed over by their bytes).
#[inline(always)]
fn merged_run(text: &str, kind: Kind, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i = match kind {
            Kind::Word(Script::Latin) => ascii_letter_run(bytes, i),
            Kind::Space => run_of(bytes, i, |b| is_ascii_space(*b)),
            _ => i,
        };
        // The run goes on only with a character that is not ASCII.
        if bytes.get(i).is_none_or(u8::is_ascii) {
            return i;
        }
        match kind_at(text, i) {
            Some((next, len)) if next == kind => i += len,
            _ => return i,
        }
    }
}

/// The end of the run of bytes that pass `test` from byte `i` on.
#[inline(always)]
fn run_of(bytes: &[u8], mut i: usize, test: impl Fn(&u8) -> bool) -> usize {
    while bytes.get(i).is_some_and(&test) {
        i += 1;
    }
    i
}

/// The length of the run of Cyrillic letters (U+0400–U+04FF) that `bytes` starts with.
fn cyrillic_run(bytes: &[u8]) -> usize {
    // Four letters at a time: the lead bytes (0, 2, 4, 6) of eight, one in each 16-bit lane.
    const LANES: u64 = 0x0001_0001_0001_0001;
    let mut len = 0;
    while let Some(eight) = eight_bytes(bytes, len) {
        // A lane is zero for a lead of `0xD0`–`0xD3`, else its bit 7 is set below.
        let leads = (eight & (0xFC * LANES)) ^ (0xD0 * LANES);
        let others = (leads | (leads + 0x7F * LANES)) & (0x80 * LANES);
        if others != 0 {
            return len + 2 * (others.trailing_zeros() / 16) as usize;
        }
        len += 8;
    }
    while let [0xD0..=0xD3, _, ..] = bytes.get(len..).unwrap_or_default() {
        len += 2;
    }
    len
}

/// The end of the run of ASCII letters from byte `i` on, eight bytes at a time.
fn ascii_letter_run(bytes: &[u8], mut i: usize) -> usize {
    while let Some(eight) = eight_bytes(bytes, i) {
        let others = !ascii_letters(eight) & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    run_of(bytes, i, u8::is_ascii_alphabetic)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x80 * ONES;

/// The high bit of each of eight bytes that is an ASCII letter (and no other bit); unlike the
/// number-word gate's test of ASCII text, any byte may be there.
fn ascii_letters(eight: u64) -> u64 {
    // Letters of seven bits become `a`–`z`; no byte carries into the next one.
    let lower = (eight & !HIGH) | (0x20 * ONES);
    let at_least = |k: u8| lower + u64::from(0x80 - k) * ONES;
    at_least(b'a') & !at_least(b'z' + 1) & !eight & HIGH
}

/// The eight bytes from byte `i` on as a little-endian word, if there are eight.
fn eight_bytes(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk = bytes.get(i..i.checked_add(8)?)?;
    Some(u64::from_le_bytes(chunk.try_into().ok()?))
}

/// True for an ASCII whitespace character (`char::is_whitespace`).
const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// The kind of an ASCII character ([`kind_of`]).
fn ascii_kind(b: u8) -> Kind {
    ASCII_KINDS[usize::from(b & 0x7F)]
}

/// [`kind_of`] for each ASCII character.
static ASCII_KINDS: [Kind; 128] = {
    let mut kinds = [Kind::Punct; 128];
    let mut b = 0;
    while b < 128 {
        kinds[b] = match b as u8 {
            b'0'..=b'9' => Kind::Digits,
            b'a'..=b'z' | b'A'..=b'Z' => Kind::Word(Script::Latin),
            b if is_ascii_space(b) => Kind::Space,
            _ => Kind::Punct,
        };
        b += 1;
    }
    kinds
};

/// The kind and byte length of the character at byte `i` of a folded text; `None` at the end.
/// ASCII and Cyrillic are told from their first byte.
#[inline(always)]
fn kind_at(text: &str, i: usize) -> Option<(Kind, usize)> {
    let lead = *text.as_bytes().get(i)?;
    match lead {
        0..=0x7F => Some((ascii_kind(lead), 1)),
        // U+0400–U+04FF
        0xD0..=0xD3 => Some((Kind::Word(Script::Cyrillic), 2)),
        _ => {
            let c = text.get(i..)?.chars().next()?;
            Some((kind_of(c), c.len_utf8()))
        }
    }
}

/// The tokens of a sentence (tests: the folded text is leaked to outlive them).
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token<'static>> {
    let folded: &'static Folded<'static> = Box::leak(Box::new(Folded::new(Box::leak(
        text.to_string().into_boxed_str(),
    ))));
    folded.tokens()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_kinds_are_those_of_kind_of() {
        for b in 0..0x80u8 {
            assert_eq!(ascii_kind(b), kind_of(char::from(b)), "{b}");
        }
    }

    #[test]
    fn kinds_of_ascii_and_cyrillic_are_those_of_the_tables() {
        for c in ('\0'..='\u{BF}').chain('\u{0400}'..='\u{04FF}') {
            let slow = if c.is_ascii_digit() {
                Kind::Digits
            } else if c.is_whitespace() {
                Kind::Space
            } else {
                script_of(c).map_or(Kind::Punct, Kind::Word)
            };
            assert_eq!(kind_of(c), slow, "{c:?}");
        }
    }

    #[test]
    fn tokens_are_folded_with_ranges_into_the_sentence() {
        let text = "Ｇ７ summit, ２０２３年 «два» 10\u{3000}000";
        let tokens = tokenize(text);
        for token in &tokens {
            let raw = &text[token.range.clone()];
            let folded: String = raw.chars().map(fold_char).collect();
            assert_eq!(token.text, folded);
        }
        let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            [
                "G", "7", " ", "summit", ",", " ", "2023", "年", " ", "«", "два", "»", " ", "10",
                " ", "000"
            ]
        );
    }

    #[test]
    fn tokens_are_maximal_runs_of_one_kind() {
        let text = "Ｇ７ саммит 2023年3月 «два» İstanbul’da x\u{3000}ё ½ 東京タワー 〇一 $5 \t\n";
        let tokens = tokenize(text);
        let mut end = 0;
        for (k, token) in tokens.iter().enumerate() {
            assert_eq!(token.range.start, end, "no gap before {token:?}");
            end = token.range.end;
            let kinds: Vec<Kind> = text[token.range.clone()]
                .chars()
                .map(|c| kind_of(fold_char(c)))
                .collect();
            assert!(kinds.iter().all(|&k| k == token.kind), "{token:?}");
            let single = matches!(token.kind, Kind::Punct | Kind::Word(Script::Han));
            assert!(!single || kinds.len() == 1, "{token:?}");
            if let Some(next) = tokens.get(k + 1) {
                assert!(single || next.kind != token.kind, "{token:?} {next:?}");
            }
        }
        assert_eq!(end, text.len());
    }

    #[test]
    fn folded_tokens_are_those_of_the_folded_text_with_ranges_mapped_back() {
        for text in [
            "Ｇ７\u{3000}サミット ２０２３年",
            "１ ０００ руб.",
            "plain text 1,000",
        ] {
            let folded: String = text.chars().map(fold_char).collect();
            let direct = tokens_of(&folded);
            let tokens = tokenize(text);
            assert_eq!(tokens.len(), direct.len(), "{text}");
            for (token, plain) in tokens.iter().zip(&direct) {
                assert_eq!((token.kind, token.text), (plain.kind, plain.text));
                let raw: String = text[token.range.clone()].chars().map(fold_char).collect();
                assert_eq!(raw, plain.text);
            }
        }
    }

    #[test]
    fn runs_of_letters_eight_bytes_at_a_time_are_those_byte_by_byte() {
        let text = "Переговоры в «два» ЁёѐЀӿ҂ѣ plusLetters_AZaz@[`{ İstanbul Ağustos longerwordthan16bytes";
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            let letters = bytes[from..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            assert_eq!(ascii_letter_run(bytes, from), from + letters, "{from}");
            let pairs = bytes[from..]
                .chunks_exact(2)
                .take_while(|pair| matches!(pair[0], 0xD0..=0xD3))
                .count();
            assert_eq!(cyrillic_run(&bytes[from..]), 2 * pairs, "{from}");
        }
        for byte in 0..=255u8 {
            let letters = ascii_letters(u64::from_le_bytes([byte; 8]));
            assert_eq!(letters, if byte.is_ascii_alphabetic() { HIGH } else { 0 });
            let bytes = [byte; 9];
            let letters = if byte.is_ascii_alphabetic() { 9 } else { 0 };
            assert_eq!(ascii_letter_run(&bytes, 0), letters, "{byte}");
        }
    }

    #[test]
    fn folds_full_width_and_keeps_byte_ranges() {
        let text = "価格は１０００円";
        let tokens = tokenize(text);
        let digits = tokens.iter().find(|t| t.kind == Kind::Digits).unwrap();
        assert_eq!(digits.text, "1000");
        assert_eq!(&text[digits.range.clone()], "１０００");
    }

    #[test]
    fn splits_scripts_and_apostrophes() {
        let tokens = tokenize("Lavrov'un Москве ラブロフ外相");
        let kinds: Vec<Kind> = tokens.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[0], Kind::Word(Script::Latin));
        assert!(tokens[1].is_apostrophe());
        assert_eq!(kinds[4], Kind::Word(Script::Cyrillic));
        assert_eq!(kinds[6], Kind::Word(Script::Katakana));
        assert_eq!(tokens[7].text, "外");
    }
}
