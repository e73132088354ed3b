//! Folding and splitting into words in one pass, for the texts whose every
//! character is folded one to one without tables (most texts): no offset
//! map is built, and runs of lower-case ASCII or basic Cyrillic letters,
//! which folding keeps, are copied whole.

use super::tokens::{Run, Script, Token, Tokenizer, Unit, is_symbol};
use crate::fold::Folder;

/// Folds `text` into `folded` and splits it into `tokens` (both cleared
/// first), as [`Folder::fold`] and [`super::tokens::tokenize`] would, when
/// every character of it is folded one to one ([`Folder::fold_simple`]).
/// False, with both left unfinished, at the first character that is not.
pub(crate) fn fold_simple_tokens(
    folder: &Folder,
    text: &str,
    folded: &mut String,
    tokens: &mut Vec<Token>,
) -> bool {
    folded.clear();
    tokens.clear();
    let mut words = Tokenizer::new(tokens);
    let bytes = text.as_bytes();
    // `text[copied..o]` is folded as it is and not yet copied.
    let mut copied = 0;
    let mut o = 0;
    while let Some(&b) = bytes.get(o) {
        let f = (folded.len() + o - copied) as u32;
        if let Some((kind, len)) = run(bytes.get(o..).unwrap_or_default()) {
            let end = o + len;
            words.run(kind, f, f + len as u32, o as u32, end as u32);
            o = end;
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

/// The kind and byte length of the run of characters that folding keeps
/// that `bytes` begins with, if any: lower-case letters `a`–`z` or
/// `а`–`я`, digits, or ASCII characters outside words other than symbols,
/// apostrophes and the spaces folded to `' '`.
#[inline]
fn run(bytes: &[u8]) -> Option<(Run, usize)> {
    let first = *bytes.first()?;
    let class = CLASSES[usize::from(first)];
    if class != NONE {
        let len = bytes
            .iter()
            .take_while(|&&b| CLASSES[usize::from(b)] == class)
            .count();
        let kind = match class {
            LOWER => Run::Lower(Script::Latin),
            DIGIT => Run::Digits,
            _ => Run::Gap,
        };
        return Some((kind, len));
    }
    let cyrillic = bytes
        .chunks_exact(2)
        .take_while(|pair| matches!(pair, [0xD0, 0xB0..=0xBF] | [0xD1, 0x80..=0x8F]))
        .count();
    (cyrillic > 0).then_some((Run::Lower(Script::Cyrillic), 2 * cyrillic))
}

const NONE: u8 = 0;
const LOWER: u8 = 1;
const DIGIT: u8 = 2;
const GAP: u8 = 3;

/// The run class of every byte: ASCII characters outside words are gaps
/// unless they are symbols, apostrophes, or changed by folding (capitals,
/// `` ` ``, the spaces folded to `' '`).
const CLASSES: [u8; 256] = {
    let mut classes = [NONE; 256];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            b'a'..=b'z' => LOWER,
            b'0'..=b'9' => DIGIT,
            b'A'..=b'Z' | b'\'' | b'`' | b'\t' | b'\r' | 0x0b | 0x0c => NONE,
            _ if is_symbol(b as u8 as char) => NONE,
            _ => GAP,
        };
        b += 1;
    }
    classes
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::tokens::tokenize;
    use glossa_text::Lang;

    /// Characters of every class the tokenizer tells apart, folded one to
    /// one or not (and every ASCII character, added in the test).
    const ALPHABET: &str = "aI ’‘–—\u{A0}„“№§«»жяЖЯёЁеıİğŞşéÉß×のカヵ日ーＧ２\u{301}\u{AD}ѣβΩ";

    /// Whole words of the shipped glossaries' kinds.
    const WORDS: &[&str] = &[
        "peace",
        "Мирный",
        "договор",
        "rock'n'roll",
        "ИмпортИмпорт",
        "G7",
    ];

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
                    let simple = fold_simple_tokens(&folder, &text, &mut folded, &mut tokens);
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
