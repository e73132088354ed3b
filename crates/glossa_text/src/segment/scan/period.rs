//! The decision after a single period: abbreviations, initials, numbers,
//! ordinals, units and opening phrases.

use std::ops::Range;

use super::super::chars::{is_digit, is_opener};
use super::super::rules::{Abbrev, Rules, normalize_key};
use super::next_word;

/// Longest token examined as a possible abbreviation.
const TOKEN_CAP: usize = 64;

/// A single period followed by a space and a non-lowercase character.
pub(super) fn period_boundary(
    text: &str,
    start: usize,
    term: usize,
    next_at: usize,
    next: char,
    rules: &Rules,
) -> bool {
    let token = token_before(text, start, term);
    let word = &text[token.clone()];
    if word.is_empty() {
        return true;
    }
    if rules.ordinal_before_capital && is_roman_numeral(word) && next.is_uppercase() {
        return false; // Turkish `III. Selim`
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        if text[start..token.start].trim().is_empty() {
            return false; // a list number opening the sentence: `2. Next`
        }
        // Turkish ordinals: `2. Dünya Savaşı`, `17. madde`.
        return !(rules.ordinal_before_capital && word.len() <= 3 && next.is_uppercase());
    }
    if word.chars().any(is_digit) {
        return true; // 17.01.2019, $1.20, a URL
    }
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    let dotted = is_dotted_abbreviation(word);
    if !single_letter && !word.contains('.') && word.chars().count() > rules.longest_key {
        // Longer than any abbreviation (the usual end of a sentence); a
        // compound key (`и др.`) ends in a listed short word anyway.
        return true;
    }
    let last_part = word.rsplit('.').next().unwrap_or(word);
    let compound = compound_key(text, start, token.start, word)
        .filter(|(key, _)| rules.abbrev(key).is_some() || rules.is_after_number(key));
    let abbr_start = compound.as_ref().map_or(token.start, |(_, at)| *at);
    let whole = normalize_key(word);
    let part = (last_part.len() < word.len()).then(|| normalize_key(last_part));
    let keys = [compound.map(|(key, _)| key), Some(whole), part];
    let keys = keys.iter().flatten();
    let kind = keys.clone().find_map(|key| rules.abbrev(key));
    let rest = &text[next_at..];
    let before = &text[start..abbr_start];
    if before.trim().is_empty() && (kind.is_some() || single_letter || dotted) {
        return false; // `A.D. 79 saw…`: an abbreviation is no sentence
    }
    if keys.clone().any(|key| rules.is_after_number(key)) && number_near(before) {
        // `20 тыс. чел. Это…`, `She weighed 5 lb. Tom…`; not `В 1956 г. СССР…`.
        let min = rules.after_number_min_words;
        let late = min == 0 || before.split_whitespace().nth(min - 1).is_some();
        let opening = opening_phrase(before, rules) && !starter_follows(rest, rules);
        if next.is_uppercase() && late && !opening || quoted_start(rest) {
            return true;
        }
        // Early in the sentence: only before a sentence starter (`Это было
        // в 1917 г. Потом…`), whatever other class the entry has.
        return starter_follows(rest, rules);
    }
    match kind {
        Some(Abbrev::Title) => return false,
        Some(Abbrev::Common) => return quoted_start(rest) || starter_follows(rest, rules),
        Some(Abbrev::Final) => {
            return !opening_phrase(before, rules) || starter_follows(rest, rules);
        }
        // `No. 5`, `Art. 107`, `Vol. II`; before anything else a plain word.
        Some(Abbrev::BeforeNumber) if is_digit(next) || is_roman_numeral(next_word(rest)) => {
            return false;
        }
        Some(Abbrev::BeforeNumber) | None => {}
    }
    if single_letter || dotted {
        return !initial_follows(rest) && starter_follows(rest, rules);
    }
    true
}

/// A number just before, or behind short words: `5 lb.`, `49 года до н. э.`
fn number_near(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(4)
        .take_while(|w| w.chars().any(is_digit) || w.chars().count() <= 5)
        .any(|w| w.chars().any(is_digit))
}

/// The clause so far (after the last `:` or `;`) is a short introductory
/// phrase: `At 5 a.m.`, `On Jan. 5, at 6 a.m.`
fn opening_phrase(before: &str, rules: &Rules) -> bool {
    // The last words, back to a word ending in `:` or `;` (not `11:58`);
    // more than eight words is no opening phrase.
    let mut clause = Vec::new();
    for word in before.split_whitespace().rev() {
        if word.ends_with([':', ';']) {
            break;
        }
        if clause.len() == 8 {
            return false;
        }
        clause.push(word);
    }
    let first = clause
        .last()
        .map(|w| next_word(w.trim_start_matches(is_opener)));
    first.is_some_and(|w| rules.is_opening_preposition(&w.to_lowercase()))
}

/// The word before the terminator, opening punctuation excluded.
fn token_before(text: &str, start: usize, term: usize) -> Range<usize> {
    // Tokenized text puts a space before the period: `Mr . Robinson`.
    let term = match text[start..term].strip_suffix(' ') {
        Some(rest) if !rest.ends_with(char::is_whitespace) && !rest.is_empty() => term - 1,
        _ => term,
    };
    let mut from = term;
    for (idx, c) in text[start..term].char_indices().rev() {
        if c.is_whitespace() || is_opener(c) || c == '/' || term - (start + idx) > TOKEN_CAP {
            break;
        }
        from = start + idx;
    }
    from..term
}

/// `т. д.`, `и др.`: a short previous word joined to this one; the key and
/// where the previous word starts.
fn compound_key(
    text: &str,
    start: usize,
    token_start: usize,
    word: &str,
) -> Option<(String, usize)> {
    let before = text[start..token_start].strip_suffix(' ')?;
    let prev_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || is_opener(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let prev = &before[prev_start..];
    let letters = prev.trim_end_matches('.');
    let short = (1..=4).contains(&letters.chars().count());
    (short && letters.chars().all(char::is_alphabetic))
        .then(|| (normalize_key(&format!("{prev}{word}")), start + prev_start))
}

/// `U.S`, `a.m`, `т.е`, `Ph.D`: letter groups of one or two joined by periods.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// An opening quote and a capital: `Art. “I loved it,” he says.`
fn quoted_start(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()),
        (Some(q), Some(c)) if matches!(q, '"' | '“' | '«' | '„') && c.is_uppercase())
}

/// `II`, `XIV`: an upper-case Roman numeral.
fn is_roman_numeral(word: &str) -> bool {
    (1..=7).contains(&word.len()) && word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// The next word is an initial (`С. В. Лавров`).
fn initial_follows(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_alphabetic())
}

/// The next word usually starts a sentence.
fn starter_follows(rest: &str, rules: &Rules) -> bool {
    let word = next_word(rest);
    let tail = &rest[word.len()..];
    !word.is_empty() && !tail.starts_with('.') && rules.is_starter(&word.to_lowercase())
}
