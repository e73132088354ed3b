//! Language-independent anchor keys found in one sentence: numbers, dates,
//! URLs, e-mails, Latin-script tokens and transliterated names.
//!
//! Keys are comparable across English, Russian, Japanese and Turkish:
//! `1,000` (en), `1 000` (ru), `1.000` (tr) and `１０００` (ja) all give the key
//! `1000`; `January 17, 2019`, `17 января 2019 г.`, `2019年1月17日` and
//! `17 Ocak 2019` all give `date:2019-01-17`. Used by the aligner and by the
//! number and date checks. Pure: no I/O.

mod dates;
mod letter_pairs;
mod numbers;
mod numeric_gate;
mod tokens;
mod translit;
mod urls;
mod value;
mod words;

use std::ops::Range;

use glossa_text::Lang;

pub use dates::{dates_agree, may_start_month_name};
pub use letter_pairs::LetterPairs;
use tokens::{Folded, Kind};
pub use words::{first_lowercase, has_number_word, is_letter, letter_at, lowercase};

/// Lowercase ASCII romanization of a word in Latin (diacritics folded),
/// Cyrillic or katakana script (`Çavuşoğlu` → `cavusoglu`, `Лавров` →
/// `lavrov`, `ラブロフ` → `rabufu`); other characters are dropped.
pub fn romanize(word: &str) -> String {
    translit::romanize(word)
}

/// Coarse consonant-skeleton keys of a word in Latin, Cyrillic or katakana
/// script, equal across transliterations (`Lavrov`, `Лаврова`, `ラブロフ` →
/// `RBRB`). Russian case endings are stripped first; a Cyrillic `х` gives a
/// second key. Used for names and for loanword cognates.
pub fn skeleton_keys(word: &str) -> Vec<String> {
    translit::skeletons(word)
}

/// What an anchor stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnchorKind {
    /// A number (`1000`, `3.5`) or a century (`century:20`).
    Number,
    /// A date: `date:2019-01-17`, `date:--01-14` (no year), `date:2019-01`.
    Date,
    /// A URL or bare domain, lowercased, without scheme, `www.` or final `/`.
    Url,
    /// An e-mail address, lowercased.
    Email,
    /// A Latin-script token: an acronym or code (`NATO`, `G20`), a
    /// capitalized name, or any Latin word inside non-Latin text; key in
    /// ASCII capitals (`CAVUSOGLU`).
    Latin,
    /// A transliteration key (`name:RBRB` for `Лавров`, `Lavrov`, `ラブロフ`).
    Name,
}

/// One anchor found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// What the anchor is.
    pub kind: AnchorKind,
    /// The language-independent key.
    pub key: String,
    /// Byte range in the sentence.
    pub range: Range<usize>,
    /// A soft anchor may satisfy a hard one on the other side (`two` for `2`)
    /// but its absence there is no evidence of a mismatch: number words,
    /// small kanji numerals, names and capitalized words.
    pub soft: bool,
}

impl Anchor {
    /// True for numbers and dates, the anchors the number/date checks compare.
    pub fn is_numeric(&self) -> bool {
        matches!(self.kind, AnchorKind::Number | AnchorKind::Date)
    }
}

/// Extracts the anchors of one sentence, in text order.
///
/// A date consumes its numbers (they are not also Number anchors); a year
/// alone (`1956`, `1956 года`, `1956年`, `1956'da`) is a Number.
pub fn extract(text: &str, lang: &Lang) -> Vec<Anchor> {
    extract_with(text, lang, false)
}

/// The numbers and dates of [`extract`] only (what a number check compares),
/// without building the other anchors.
pub fn extract_numeric(text: &str, lang: &Lang) -> Vec<Anchor> {
    let mut anchors = extract_with(text, lang, true);
    anchors.retain(Anchor::is_numeric);
    anchors
}

fn extract_with(text: &str, lang: &Lang, numeric_only: bool) -> Vec<Anchor> {
    let mut out: Vec<Anchor> = Vec::with_capacity(4);
    let links = urls::find_links(text);
    for link in links.iter().filter(|_| !numeric_only) {
        out.push(Anchor {
            kind: if link.email {
                AnchorKind::Email
            } else {
                AnchorKind::Url
            },
            key: link.key.clone(),
            range: link.range.clone(),
            soft: false,
        });
    }
    let in_link = |r: &Range<usize>| {
        links
            .iter()
            .any(|l| r.start < l.range.end && l.range.start < r.end)
    };
    let folded = Folded::new(text);
    let tokens = folded.tokens();
    let shouting = !numeric_only && words::shouting(&tokens);
    let mut word_anchors = words::WordAnchors::new();
    let mut i = 0;
    while i < tokens.len() {
        let tok = &tokens[i];
        if matches!(tok.kind, Kind::Space | Kind::Punct) || in_link(&tok.range) {
            i += 1;
            continue;
        }
        if numeric_only
            && matches!(tok.kind, Kind::Word(_))
            && !numeric_gate::word_may_be_numeric(&tokens, i)
        {
            i += 1;
            continue;
        }
        let span = |end: usize| tok.range.start..tokens[end.max(i + 1) - 1].range.end;
        if let Some(date) = dates::date_at(&tokens, i, lang) {
            out.push(Anchor {
                kind: AnchorKind::Date,
                key: date.key,
                range: span(date.end),
                soft: date.soft,
            });
            i = date.end.max(i + 1);
            continue;
        }
        if let Some((n, end)) = numbers::century(&tokens, i) {
            out.push(Anchor {
                kind: AnchorKind::Number,
                key: format!("century:{n}"),
                range: span(end),
                soft: false,
            });
            i = end.max(i + 1);
            continue;
        }
        let number = match tok.kind {
            Kind::Digits => numbers::digits_number(&tokens, i, lang),
            Kind::KanjiNum => numbers::kanji_number(&tokens, i),
            _ => None,
        };
        if let Some(p) = number {
            out.push(Anchor {
                kind: AnchorKind::Number,
                key: p.value.key(),
                range: span(p.end),
                soft: p.soft,
            });
            i = p.end.max(i + 1);
            continue;
        }
        if matches!(tok.kind, Kind::Word(_)) {
            let used =
                words::word_anchors(&tokens, i, lang, shouting, numeric_only, &mut word_anchors);
            let range = span(i + used);
            out.extend(word_anchors.drain(..).map(|a| Anchor {
                kind: a.kind,
                key: a.key,
                range: range.clone(),
                soft: a.soft,
            }));
            i += used.max(1);
            continue;
        }
        i += 1;
    }
    out.sort_by_key(|a| (a.range.start, a.kind));
    out
}

#[cfg(test)]
mod tests;
