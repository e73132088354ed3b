//! Per-sentence features: length, interned anchor keys, punctuation flags.

use std::collections::HashMap;

use glossa_anchors::{AnchorKind, extract, romanize, skeleton_keys};
use glossa_text::Lang;

/// Anchor classes with their own base weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyClass {
    Number,
    Date,
    Link,
    Latin,
    Name,
    Extra,
    Cognate,
    Lexicon,
}

impl KeyClass {
    fn of(kind: AnchorKind) -> Self {
        match kind {
            AnchorKind::Number => Self::Number,
            AnchorKind::Date => Self::Date,
            AnchorKind::Url | AnchorKind::Email => Self::Link,
            AnchorKind::Latin => Self::Latin,
            AnchorKind::Name => Self::Name,
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Self::Number => "n",
            Self::Date => "d",
            Self::Link => "u",
            Self::Latin => "l",
            Self::Name => "p",
            Self::Extra => "x",
            Self::Cognate => "c",
            Self::Lexicon => "w",
        }
    }
}

/// One key occurrence in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct KeyRef {
    pub id: u32,
    pub soft: bool,
}

/// Punctuation signals.
pub(crate) const QUESTION: u8 = 1;
pub(crate) const EXCLAIM: u8 = 2;
pub(crate) const QUOTE: u8 = 4;
pub(crate) const PAREN: u8 = 8;
pub(crate) const COLON: u8 = 16;
/// The sentence has an odd number of double quotation marks: a quotation
/// opens or closes in it and continues in a neighbour.
pub(crate) const ODD_QUOTES: u8 = 32;
/// The sentence opens with a quotation mark.
pub(crate) const STARTS_QUOTE: u8 = 64;
/// The sentence ends without punctuation (a heading or title).
pub(crate) const NO_STOP: u8 = 128;

/// Features of the sentences of one document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Side {
    /// Characters without whitespace.
    pub len: Vec<f32>,
    /// Deduplicated key occurrences, sorted by id.
    pub keys: Vec<Vec<KeyRef>>,
    /// Punctuation flags.
    pub punct: Vec<u8>,
    /// Sentences inside the unit beyond the first (a line holding two
    /// sentences has 1), capped at 3.
    pub inner: Vec<u8>,
}

impl Side {
    /// Number of sentences.
    pub fn n(&self) -> usize {
        self.len.len()
    }
}

/// Interns keys shared by several documents and remembers their class.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<String, u32>,
    pub class: Vec<KeyClass>,
}

impl Interner {
    fn id(&mut self, class: KeyClass, key: &str) -> u32 {
        let full = format!("{}:{key}", class.tag());
        if let Some(id) = self.ids.get(&full) {
            return *id;
        }
        let id = u32::try_from(self.class.len()).unwrap_or(u32::MAX);
        self.ids.insert(full, id);
        self.class.push(class);
        id
    }

    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.class.len()
    }
}

/// Length in characters without whitespace, a Han character counting
/// double: it carries about as much as two kana (measured on news, the
/// spread of the Japanese/English length ratio drops from 0.16 to 0.14).
fn weighted_len(text: &str) -> f32 {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => HAN_WEIGHT,
            _ => 1.0,
        })
        .sum()
}

/// Weight of a Han character in `weighted_len`.
const HAN_WEIGHT: f32 = 2.0;

fn punct_flags(text: &str) -> u8 {
    let quotes = text
        .chars()
        .filter(|c| {
            matches!(
                c,
                '"' | '“' | '”' | '«' | '»' | '「' | '」' | '『' | '』' | '„'
            )
        })
        .count();
    let mut f = if quotes % 2 == 1 { ODD_QUOTES } else { 0 };
    if text
        .trim_start()
        .starts_with(['"', '“', '«', '「', '『', '„'])
    {
        f |= STARTS_QUOTE;
    }
    if text
        .trim_end()
        .chars()
        .last()
        .is_some_and(char::is_alphanumeric)
    {
        f |= NO_STOP;
    }
    for c in text.chars() {
        f |= match c {
            '?' | '？' => QUESTION,
            '!' | '！' => EXCLAIM,
            '"' | '“' | '”' | '«' | '»' | '「' | '」' | '『' | '』' | '„' => QUOTE,
            '(' | ')' | '（' | '）' => PAREN,
            ':' | '：' => COLON,
            _ => 0,
        };
    }
    f
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "sen", "gov", "prof", "gen", "rep", "col", "lt",
    "sgt", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "г", "гг", "им", "т", "д", "см", "ул", "проф", "св",
    "vb", "dr", "prof",
];

/// Number of sentence ends inside the text (not at its end): `.`, `!`, `?`
/// followed by a space and an uppercase letter or an opening quote, or a
/// Japanese `。！？` followed by more text. Capped at 3.
fn inner_sentences(text: &str) -> u8 {
    let chars: Vec<(usize, char)> = text.trim_end().char_indices().collect();
    let mut count = 0u8;
    for (k, &(pos, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|x| x.1);
        let ends = match c {
            '。' | '！' | '？' => next.is_some_and(|n| !matches!(n, '」' | '』' | '）' | ')')),
            '.' | '!' | '?' => {
                let after = chars.get(k + 2).map(|x| x.1);
                let word: String = text[..pos]
                    .chars()
                    .rev()
                    .take_while(|ch| ch.is_alphabetic())
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<String>()
                    .to_lowercase();
                next == Some(' ')
                    && after.is_some_and(|a| a.is_uppercase() || matches!(a, '"' | '«' | '“'))
                    && !(c == '.'
                        && (word.chars().count() == 1 || ABBREVIATIONS.contains(&word.as_str())))
            }
            _ => false,
        };
        if ends {
            count = count.saturating_add(1);
        }
    }
    count.min(3)
}

/// Punctuation flags of several sentences taken together: any sign present,
/// and the quote parity of the whole.
pub(crate) fn combine_punct(flags: &[u8]) -> u8 {
    let any = flags.iter().fold(0, |a, b| a | b) & !(ODD_QUOTES | STARTS_QUOTE | NO_STOP);
    let parity = flags.iter().fold(0, |a, b| a ^ (b & ODD_QUOTES));
    let start = flags.first().map_or(0, |f| f & STARTS_QUOTE);
    let end = flags.last().map_or(0, |f| f & NO_STOP);
    any | parity | start | end
}

/// Script family used to decide whether cognates can be compared.
pub(crate) fn script_family(lang: &Lang) -> u8 {
    match lang.primary() {
        "ja" | "zh" | "ko" | "th" => 0,
        "ru" | "uk" | "be" | "bg" | "mk" | "sr" | "kk" => 1,
        _ => 2,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum WordScript {
    Latin,
    Cyrillic,
    Katakana,
}

fn word_script(c: char) -> Option<WordScript> {
    match c {
        'ー' | '\u{30A1}'..='\u{30FA}' => Some(WordScript::Katakana),
        '\u{0400}'..='\u{04FF}' => Some(WordScript::Cyrillic),
        c if c.is_alphabetic() && (c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)) => {
            Some(WordScript::Latin)
        }
        _ => None,
    }
}

/// Words of the sentence in Latin, Cyrillic or katakana script.
fn words(text: &str) -> Vec<(&str, WordScript)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, WordScript)> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let script = word_script(c);
        if let Some((start, a)) = cur {
            if script == Some(a) {
                continue;
            }
            out.push((&text[start..i], a));
        }
        cur = script.map(|b| (i, b));
    }
    out
}

/// Cognate keys of a sentence: the first four consonant classes of every
/// longer word (loanwords and names meet across scripts: `technology`,
/// `технологии`, `テクノロジー`), and, when both languages share a script,
/// the first five romanized letters.
fn cognates(text: &str, same_script: bool, out: &mut Vec<String>) {
    for (word, script) in words(text) {
        let letters = word.chars().count();
        let min = if script == WordScript::Katakana { 3 } else { 4 };
        if letters < min {
            continue;
        }
        for skel in skeleton_keys(word) {
            if skel.len() >= 3 {
                out.push(format!("k{}", &skel[..skel.len().min(4)]));
            }
        }
        if same_script && letters >= 5 {
            let r = romanize(word);
            if r.len() >= 5 {
                out.push(format!("p{}", &r[..5]));
            }
        }
    }
}

/// Builds the features of one document's sentences.
pub(crate) fn side(
    sentences: &[&str],
    lang: &Lang,
    extra: Option<&[Vec<String>]>,
    cognate_mode: Option<bool>,
    interner: &mut Interner,
) -> Side {
    let mut out = Side::default();
    let mut words = Vec::new();
    for (i, text) in sentences.iter().enumerate() {
        out.len.push(weighted_len(text));
        out.punct.push(punct_flags(text));
        out.inner.push(inner_sentences(text));
        let mut keys: Vec<KeyRef> = extract(text, lang)
            .into_iter()
            .map(|a| KeyRef {
                id: interner.id(KeyClass::of(a.kind), &a.key),
                soft: a.soft,
            })
            .collect();
        if let Some(extra) = extra.and_then(|e| e.get(i)) {
            for key in extra {
                keys.push(KeyRef {
                    id: interner.id(KeyClass::Extra, key),
                    soft: true,
                });
            }
        }
        for concept in crate::lexicon::concepts(text, lang) {
            keys.push(KeyRef {
                id: interner.id(KeyClass::Lexicon, &concept.to_string()),
                soft: true,
            });
        }
        if let Some(same_script) = cognate_mode {
            words.clear();
            cognates(text, same_script, &mut words);
            for w in &words {
                keys.push(KeyRef {
                    id: interner.id(KeyClass::Cognate, w),
                    soft: true,
                });
            }
        }
        // One entry per id; a hard occurrence wins over a soft one.
        keys.sort();
        keys.dedup_by(|b, a| {
            if a.id == b.id {
                a.soft &= b.soft;
                true
            } else {
                false
            }
        });
        out.keys.push(keys);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_keys_get_one_id_across_languages() {
        let mut interner = Interner::default();
        let en = side(
            &["Lavrov met Kono on January 14, 2019."],
            &Lang::parse("en").unwrap(),
            None,
            None,
            &mut interner,
        );
        let ja = side(
            &["ラブロフ外相は2019年1月14日に河野外相と会談した。"],
            &Lang::parse("ja").unwrap(),
            None,
            None,
            &mut interner,
        );
        let shared = en.keys[0]
            .iter()
            .filter(|k| ja.keys[0].iter().any(|j| j.id == k.id))
            .count();
        assert!(shared >= 2, "{en:?} {ja:?}");
        assert!(ja.len[0] > 0.0 && en.len[0] > 0.0);
    }

    #[test]
    fn punctuation_flags() {
        assert_eq!(punct_flags("Почему? «Нет»!"), QUESTION | QUOTE | EXCLAIM);
        assert_eq!(punct_flags("なぜか？"), QUESTION);
        assert_eq!(
            punct_flags("«Мы продолжим."),
            QUOTE | ODD_QUOTES | STARTS_QUOTE
        );
        assert_eq!(punct_flags("「続けます」と述べた。"), QUOTE | STARTS_QUOTE);
        assert_eq!(punct_flags("Bakan \"devam\" dedi."), QUOTE);
        assert_eq!(punct_flags("Мирные переговоры"), NO_STOP);
        assert_eq!(
            inner_sentences("Talks resumed. Mr. Lavrov met Kono in Moscow."),
            1
        );
        assert_eq!(
            inner_sentences("交渉が再開した。ラブロフ外相が河野外相と会談した。"),
            1
        );
        assert_eq!(
            inner_sentences("«Мы продолжим», — сказал он. Встреча прошла 14 января."),
            1
        );
        assert_eq!(inner_sentences("Görüşme 14 Ocak'ta yapıldı."), 0);
    }
}
