//! Words of a folded text, with their original byte ranges.
//!
//! A word is a run of letters, digits and combining marks; an apostrophe
//! between two letters stays inside (`japonya'nın`, `minister's`). A
//! symbol such as `+` is a word of its own (`2+2` is three words). A run
//! also ends where a lower-case letter meets an upper-case one in the
//! original (`ИмпортИмпорт`, glued UI labels) and where the script changes
//! (`подсказкиC`).

use crate::fold::Folded;

/// One word of a folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte range in the folded text.
    pub start: u32,
    /// End (exclusive) in the folded text.
    pub end: u32,
    /// Byte range in the original text.
    pub orig_start: u32,
    /// End (exclusive) in the original text.
    pub orig_end: u32,
}

impl Token {
    /// The folded word.
    pub fn text<'a>(&self, folded: &'a str) -> &'a str {
        folded
            .get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }

    /// The bytes of the folded word (no check of character boundaries).
    #[inline]
    pub fn bytes<'a>(&self, folded: &'a [u8]) -> &'a [u8] {
        folded
            .get(self.start as usize..self.end as usize)
            .unwrap_or_default()
    }
}

/// The character starting at byte `i` (ASCII without decoding).
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Characters that form one-character words.
pub(crate) const fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '+' | '&' | '%' | '$' | '€' | '£' | '¥' | '₽' | '₺' | '№' | '§' | '#' | '@' | '°' | '='
    )
}

/// Letter scripts whose meeting inside a run splits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Cyrillic,
    Other,
}

/// The script of a word character (`None` for digits and marks).
pub(crate) fn script(c: char) -> Option<Script> {
    match u32::from(c) {
        0x30..=0x39 => None,
        0..=0x7F | 0x00C0..=0x024F => Some(Script::Latin),
        0x0400..=0x04FF => Some(Script::Cyrillic),
        _ if c.is_alphabetic() => Some(Script::Other),
        _ => None,
    }
}

/// Letters, digits and combining marks (the frequent scripts and
/// punctuation without table lookups).
pub(crate) fn is_word_char(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x0400..=0x0481 | 0x048A..=0x04FF => true,
        0x00C0..=0x024F => c != '×' && c != '÷',
        // Guillemets, general punctuation (dashes, quotes, spaces).
        0x00AB | 0x00BB | 0x2000..=0x206F => false,
        _ => c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c),
    }
}

/// Splits a folded text into words. `original` is the text `folded` was
/// made from.
pub(crate) fn tokenize(folded: &Folded, original: &str, tokens: &mut Vec<Token>) {
    let text = folded.text.as_str();
    tokens.clear();
    let mut words = Tokenizer::new(tokens);
    let units = folded.units();
    for (k, &(f, o)) in units.iter().enumerate() {
        let f_end = units.get(k + 1).map_or(text.len() as u32, |u| u.0);
        let o_end = units.get(k + 1).map_or(original.len() as u32, |u| u.1);
        if f == f_end {
            continue;
        }
        let Some(c) = char_at(text, f as usize) else {
            continue;
        };
        let orig = char_at(original, o as usize).unwrap_or(c);
        words.push(Unit {
            f,
            f_end,
            o,
            o_end,
            c,
            orig,
        });
    }
    words.finish();
}

/// One unit of a folded text: its first folded character, the original
/// character it comes from, and their byte ranges.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    /// Byte range in the folded text.
    pub f: u32,
    /// End (exclusive) in the folded text.
    pub f_end: u32,
    /// Byte range in the original text.
    pub o: u32,
    /// End (exclusive) in the original text.
    pub o_end: u32,
    /// The first folded character.
    pub c: char,
    /// The original character.
    pub orig: char,
}

/// Splits a folded text into words one unit at a time.
pub(crate) struct Tokenizer<'a> {
    tokens: &'a mut Vec<Token>,
    /// The last token is a word that may go on (it is extended in place).
    open: bool,
    prev_lower: bool,
    prev_script: Option<Script>,
    /// An apostrophe after a word: inside it if a letter follows.
    apostrophe: Option<Unit>,
}

impl<'a> Tokenizer<'a> {
    /// Splits into `tokens` (appended to).
    pub fn new(tokens: &'a mut Vec<Token>) -> Self {
        Self {
            tokens,
            open: false,
            prev_lower: false,
            prev_script: None,
            apostrophe: None,
        }
    }

    /// Takes the next unit.
    #[inline]
    pub fn push(&mut self, u: Unit) {
        if let Some(apostrophe) = self.apostrophe.take()
            && !u.c.is_alphabetic()
        {
            self.other(apostrophe);
        }
        if is_word_char(u.c) {
            self.word(u);
        } else if u.c == '\'' && self.open {
            self.apostrophe = Some(u);
        } else {
            self.other(u);
        }
    }

    #[inline]
    fn word(&mut self, u: Unit) {
        // Folding changed the letter: it was a capital (or a width or
        // `ё` variant, which `is_uppercase` tells apart).
        let upper = u.orig != u.c && u.orig.is_uppercase();
        let sc = script(u.c);
        let split = (self.prev_lower && upper)
            || matches!((self.prev_script, sc), (Some(a), Some(b)) if a != b);
        self.extend_or_begin(!split, u.f, u.f_end, u.o, u.o_end);
        self.prev_lower = u.orig == u.c && sc.is_some();
        if sc.is_some() {
            self.prev_script = sc;
        }
    }

    /// A character outside words: ends the current word; a symbol is a word
    /// of its own.
    #[inline]
    fn other(&mut self, u: Unit) {
        self.open = false;
        self.prev_lower = false;
        self.prev_script = None;
        if is_symbol(u.c) {
            self.tokens.push(Token {
                start: u.f,
                end: u.f_end,
                orig_start: u.o,
                orig_end: u.o_end,
            });
        }
    }

    /// Takes a run of letters of one script: capitals that folding lowers
    /// (`capitals`), then lower-case letters that it keeps (`lower`: at
    /// least one), `len` bytes long at `f` in the folded text and `o` in the
    /// original (folding keeps its length). The same as pushing them one by
    /// one.
    #[inline]
    pub fn letters(
        &mut self,
        script: Script,
        capitals: bool,
        lower: bool,
        f: u32,
        o: u32,
        len: u32,
    ) {
        // An apostrophe before a letter is inside the word.
        self.apostrophe = None;
        // A capital after a lower-case letter, or another script, begins a
        // word.
        let extends =
            self.prev_script.is_none_or(|s| s == script) && !(capitals && self.prev_lower);
        self.extend_or_begin(extends, f, f + len, o, o + len);
        self.prev_lower = lower;
        self.prev_script = Some(script);
    }

    /// Takes a run of ASCII digits (as [`Self::letters`]).
    #[inline]
    pub fn digits(&mut self, f: u32, o: u32, len: u32) {
        self.end_apostrophe();
        self.extend_or_begin(true, f, f + len, o, o + len);
        self.prev_lower = false;
    }

    /// Takes a run of characters outside words that are no symbols nor
    /// apostrophes.
    #[inline]
    pub fn gap(&mut self) {
        self.end_apostrophe();
        self.open = false;
        self.prev_lower = false;
        self.prev_script = None;
    }

    /// An apostrophe after a word and before no letter is outside it.
    #[inline]
    fn end_apostrophe(&mut self) {
        if self.apostrophe.is_some()
            && let Some(apostrophe) = self.apostrophe.take()
        {
            self.other(apostrophe);
        }
    }

    /// Extends the open word to the given ends if `extends`, else begins a
    /// word there.
    #[inline]
    fn extend_or_begin(&mut self, extends: bool, f: u32, f_end: u32, o: u32, o_end: u32) {
        match self.tokens.last_mut() {
            Some(tok) if extends && self.open => {
                tok.end = f_end;
                tok.orig_end = o_end;
            }
            _ => {
                self.tokens.push(Token {
                    start: f,
                    end: f_end,
                    orig_start: o,
                    orig_end: o_end,
                });
                self.open = true;
            }
        }
    }

    /// Ends the text.
    pub fn finish(mut self) {
        if let Some(apostrophe) = self.apostrophe.take() {
            self.other(apostrophe);
        }
    }
}

/// True when the text between two words is only spaces and hyphens (or
/// nothing), the gap a multi-word term allows; otherwise the gap's other
/// characters must equal the term's.
pub(crate) fn gap_matches(gap: &str, expected: &str) -> bool {
    let mut rest = gap.chars().filter(|&c| !is_soft_gap(c));
    let mut want = expected.chars();
    loop {
        match (rest.next(), want.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a == b => {}
            _ => return false,
        }
    }
}

/// Characters that separate words without meaning: spaces, line breaks,
/// hyphens.
pub(crate) fn is_soft_gap(c: char) -> bool {
    c.is_whitespace() || c == '-'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::Folder;
    use glossa_text::Lang;

    fn words(tag: &str, text: &str) -> Vec<String> {
        let folded = Folder::new(&Lang::parse(tag).expect("tag")).fold(text);
        let mut tokens = Vec::new();
        tokenize(&folded, text, &mut tokens);
        tokens
            .iter()
            .map(|t| text[t.orig_start as usize..t.orig_end as usize].to_string())
            .collect()
    }

    #[test]
    fn splits_words_symbols_and_glued_labels() {
        assert_eq!(
            words("en", "Two-plus-two (2+2) talks"),
            ["Two", "plus", "two", "2", "+", "2", "talks"]
        );
        assert_eq!(
            words("tr", "Japonya’nın 'Kuril' adaları"),
            ["Japonya’nın", "Kuril", "adaları"]
        );
        assert_eq!(
            words("en", "the minister's office"),
            ["the", "minister's", "office"]
        );
        assert_eq!(
            words("ru", "ИмпортИмпорт и подсказкиC_X"),
            ["Импорт", "Импорт", "и", "подсказки", "C", "X"]
        );
        assert_eq!(words("ru", "G7 и G20"), ["G7", "и", "G20"]);
    }

    /// The fast paths of the character classes agree with the tables.
    #[test]
    fn character_classes_agree_with_the_tables() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let word = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            assert_eq!(is_word_char(c), word, "{c:?}");
        }
    }

    #[test]
    fn gaps() {
        assert!(gap_matches(" ", ""));
        assert!(gap_matches(" - ", ""));
        assert!(gap_matches("\n", ""));
        assert!(!gap_matches(". ", ""));
        assert!(gap_matches(". ", "."));
    }
}
