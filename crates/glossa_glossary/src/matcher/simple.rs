//! Folding and splitting into words in one pass, for the texts whose every
//! character is folded one to one without tables (most texts): no offset
//! map is built; runs of ASCII or basic Cyrillic letters (capitals folding
//! lowers, then lower-case letters it keeps), of digits and of gaps are
//! taken whole, and only the capitals are written apart.

use super::lower_runs::{ascii_lower_len, cyrillic_lower_len};
use super::tokens::{Script, Token, Tokenizer, Unit, is_symbol};
use crate::fold::Folder;

/// Folds `text[from..]` into `folded` and splits it into `tokens` (both
/// cleared first), as [`Folder::fold`] and [`super::tokens::tokenize`]
/// would, when every character of it is folded one to one
/// ([`Folder::fold_simple`]); the words' original ranges are in `text`.
/// `from` is where words begin afresh (0, or after a gap). False, with
/// both left unfinished, at the first character that is not folded one to
/// one.
pub(crate) fn fold_simple_tokens(
    folder: &Folder,
    text: &str,
    from: usize,
    folded: &mut String,
    tokens: &mut Vec<Token>,
) -> bool {
    folded.clear();
    tokens.clear();
    let capitals = Capitals::of(folder);
    let mut words = Tokenizer::new(tokens);
    let bytes = text.as_bytes();
    // `text[copied..o]` is folded as it is and not yet copied.
    let mut copied = from;
    let mut o = from;
    while let Some(&b) = bytes.get(o) {
        let f = (folded.len() + o - copied) as u32;
        let rest = bytes.get(o..).unwrap_or_default();
        let class = CLASSES[usize::from(b)];
        let same_class = |bytes: &[u8]| {
            bytes
                .iter()
                .take_while(|&&b| CLASSES[usize::from(b)] == class)
                .count()
        };
        let run = match class {
            GAP => {
                words.gap();
                o += same_class(rest);
                continue;
            }
            DIGIT => Some((None, 0, same_class(rest))),
            LOWER => Some((Some(Script::Latin), 0, ascii_lower_len(rest))),
            UPPER => latin_letters(rest, capitals),
            CYRILLIC => cyrillic_letters(rest, capitals),
            _ => None,
        };
        if let Some((script, caps, len)) = run {
            match script {
                Some(script) => {
                    if caps > 0 {
                        folded.push_str(text.get(copied..o).unwrap_or_default());
                        lower_capitals(rest.get(..caps).unwrap_or_default(), folded);
                        copied = o + caps;
                    }
                    // Capitals and their lower-case letters have the same
                    // length.
                    words.letters(script, caps > 0, len > caps, f, o as u32, len as u32);
                }
                None => words.digits(f, o as u32, len as u32),
            }
            o += len;
            // The space after a word, taken here without a turn of the loop.
            if bytes.get(o) == Some(&b' ') {
                words.gap();
                o += 1;
            }
            continue;
        }
        let orig = if b.is_ascii() {
            char::from(b)
        } else {
            match text.get(o..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                None => return false,
            }
        };
        let Some(c) = folder.fold_simple(orig) else {
            return false;
        };
        let o_end = o + orig.len_utf8();
        let f_end = if c == orig {
            f + orig.len_utf8() as u32
        } else {
            folded.push_str(text.get(copied..o).unwrap_or_default());
            folded.push(c);
            copied = o_end;
            folded.len() as u32
        };
        words.push(Unit {
            f,
            f_end,
            o: o as u32,
            o_end: o_end as u32,
            c,
            orig,
        });
        o = o_end;
    }
    folded.push_str(text.get(copied..).unwrap_or_default());
    words.finish();
    true
}

/// Which capitals a folder lowers by a fixed offset in their script.
#[derive(Debug, Clone, Copy)]
struct Capitals {
    /// `A`–`Z` become `a`–`z` (but see `dotless_i`).
    latin: bool,
    /// `I` becomes `ı` (Turkic): not taken in a run.
    dotless_i: bool,
    /// `А`–`Я` become `а`–`я`.
    cyrillic: bool,
}

impl Capitals {
    fn of(folder: &Folder) -> Self {
        Self {
            latin: folder.fold_simple('A') == Some('a'),
            dotless_i: folder.fold_simple('I') != Some('i'),
            cyrillic: folder.fold_simple('А') == Some('а'),
        }
    }

    /// The ASCII capital `b` is lowered by folding.
    #[inline]
    fn latin(self, b: u8) -> bool {
        self.latin && b.is_ascii_uppercase() && !(self.dotless_i && b == b'I')
    }
}

/// A run of letters of a script (`None` for digits), the byte length of
/// its capitals, and its byte length.
type LetterRun = (Option<Script>, usize, usize);

/// The run of ASCII letters `bytes` begins with, if any: capitals that
/// folding lowers, then lower-case letters.
#[inline]
fn latin_letters(bytes: &[u8], capitals: Capitals) -> Option<LetterRun> {
    let caps = bytes.iter().take_while(|&&b| capitals.latin(b)).count();
    let lows = ascii_lower_len(bytes.get(caps..).unwrap_or_default());
    (caps + lows > 0).then_some((Some(Script::Latin), caps, caps + lows))
}

/// [`latin_letters`] for the letters `А`–`Я`, `а`–`я`.
#[inline]
fn cyrillic_letters(bytes: &[u8], capitals: Capitals) -> Option<LetterRun> {
    let mut rest = bytes;
    while capitals.cyrillic
        && let [0xD0, 0x90..=0xAF, tail @ ..] = rest
    {
        rest = tail;
    }
    let caps = bytes.len() - rest.len();
    let lows = cyrillic_lower_len(bytes.get(caps..).unwrap_or_default());
    (caps + lows > 0).then_some((Some(Script::Cyrillic), caps, caps + lows))
}

/// Appends the folding of capitals `A`–`Z`, `А`–`Я` (lowered by a fixed
/// offset; Cyrillic ones as UTF-8 pairs).
fn lower_capitals(capitals: &[u8], folded: &mut String) {
    if capitals.first().is_some_and(u8::is_ascii) {
        for &b in capitals {
            folded.push(char::from(b.to_ascii_lowercase()));
        }
        return;
    }
    for pair in capitals.chunks_exact(2) {
        if let [0xD0, low] = pair {
            let lowered = 0x0410 + u32::from(low - 0x90) + 0x20;
            folded.push(char::from_u32(lowered).unwrap_or_default());
        }
    }
}

const NONE: u8 = 0;
pub(super) const LOWER: u8 = 1;
pub(super) const DIGIT: u8 = 2;
pub(super) const GAP: u8 = 3;
pub(super) const UPPER: u8 = 4;
pub(super) const CYRILLIC: u8 = 5;

/// The run class of every byte (runs of lower-case letters, digits or
/// gaps are of one class): ASCII characters outside words are gaps
/// unless they are symbols, apostrophes, or changed by folding (`` ` ``,
/// the spaces folded to `' '`); `0xD0` and `0xD1` may begin Cyrillic
/// letters.
pub(super) const CLASSES: [u8; 256] = {
    let mut classes = [NONE; 256];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            b'\'' | b'`' | b'\t' | b'\r' | 0x0b | 0x0c => NONE,
            _ if is_symbol(b as u8 as char) => NONE,
            _ => GAP,
        };
        b += 1;
    }
    classes[0xD0] = CYRILLIC;
    classes[0xD1] = CYRILLIC;
    classes
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::tokens::tokenize;
    use glossa_text::Lang;

    /// Characters of every class the tokenizer tells apart, folded one to
    /// one or not (and every ASCII character, added in the test).
    const ALPHABET: &str = "aIZ ’‘–—\u{A0}„“№§«»жяЖЯёЁеıİğŞşéÉß×のカヵ日ーＧ２\u{301}\u{AD}ѣβΩ";

    /// Whole words of the shipped glossaries' kinds.
    const WORDS: &[&str] = &[
        "peace",
        "Мирный",
        "договор",
        "rock'n'roll",
        "ИмпортИмпорт",
        "G7",
        "МИДа",
        "PEACE",
        "İSTANBUL'da",
        "Istanbul",
        "ЯпонияJapan",
        "2+2",
    ];

    /// Real sentences in the four languages, most of them folded one to
    /// one (capitals, digits, quotes, apostrophes, full-width forms).
    const SENTENCES: &[&str] = &[
        "The meeting of the 656 ministers took place in Moscow on 4.01.2019.",
        "The two-plus-two talks will resume in 2021; the minister's PEACE TREATY.",
        "Hello, {name}! You have 576 new messages. See https://example.org/docs.",
        "Встреча 656 министров состоялась в Москве 4.01.2019.",
        "Переговоры в формате «два плюс два» возобновятся в 2021 году.",
        "МИД России: Мирный договор, ИмпортИмпорт и подсказкиC_X, ёлка.",
        "Barış antlaşması İSTANBUL'da, ISTANBUL değil; Japonya’nın Kuril adaları.",
        "Dışişleri Bakanı 2+2 görüşmesine katıldı.",
        "日露平和条約の締結と平和条約交渉。Ｇ７、７ヵ国。",
        "「２＋２」協議は2021年に再開される。",
    ];

    /// On real sentences, the one-pass split gives the words of folding
    /// then splitting, with the case folded or kept.
    #[test]
    fn real_sentences_split_as_fold_then_tokenize() {
        let mut checked = 0;
        for tag in ["en", "ru", "tr", "ja"] {
            let lang = Lang::parse(tag).expect("tag");
            for folder in [Folder::new(&lang), Folder::new(&lang).keep_case()] {
                for text in SENTENCES {
                    let (mut folded, mut tokens) = (String::new(), Vec::new());
                    if !fold_simple_tokens(&folder, text, 0, &mut folded, &mut tokens) {
                        assert!(text.chars().any(|c| folder.fold_simple(c).is_none()));
                        continue;
                    }
                    let reference = folder.fold(text);
                    let mut expected = Vec::new();
                    tokenize(&reference, text, &mut expected);
                    assert_eq!(folded, reference.text, "{tag}: {text:?}");
                    assert_eq!(tokens, expected, "{tag}: {text:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 50, "{checked}");
    }

    /// xorshift64*: deterministic texts without a dependency.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// The one-pass split gives exactly the words of folding then splitting,
    /// and turns away exactly the texts folding does not fold one to one.
    #[test]
    fn same_words_as_fold_then_tokenize() {
        let mut state = 0x9E37_79B9_7F4A_7C15;
        let mut checked = 0;
        let alphabet: Vec<char> = ALPHABET.chars().collect();
        for tag in ["en", "ru", "tr", "ja"] {
            let lang = Lang::parse(tag).expect("tag");
            for folder in [Folder::new(&lang), Folder::new(&lang).keep_case()] {
                for _ in 0..3000 {
                    let len = next(&mut state) % 12;
                    let text: String = (0..len)
                        .map(|_| {
                            let pick = next(&mut state) as usize;
                            match pick % 3 {
                                0 => char::from((pick >> 8) as u8 & 0x7F).to_string(),
                                1 => WORDS[(pick >> 8) % WORDS.len()].to_string(),
                                _ => alphabet[(pick >> 8) % alphabet.len()].to_string(),
                            }
                        })
                        .collect();
                    let (mut folded, mut tokens) = (String::new(), Vec::new());
                    let simple = fold_simple_tokens(&folder, &text, 0, &mut folded, &mut tokens);
                    let all_simple = text.chars().all(|c| folder.fold_simple(c).is_some());
                    assert_eq!(simple, all_simple, "{tag}: {text:?}");
                    if simple {
                        let reference = folder.fold(&text);
                        let mut expected = Vec::new();
                        tokenize(&reference, &text, &mut expected);
                        assert_eq!(folded, reference.text, "{tag}: {text:?}");
                        assert_eq!(tokens, expected, "{tag}: {text:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 5000, "{checked}");
    }
}
