//! English: plurals and possessives of the head noun, and spelling
//! variants of whole terms (`two-plus-two` = `two plus two` = `2+2`,
//! `e-mail` = `email`). Hyphens and spaces are already equivalent in the
//! matcher, which treats both as word gaps.

use super::{Morphology, TermWord, dedup, dedup_slots, push_form, strip_chars};

/// English morphology.
pub(super) struct English;

const NUMBERS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

impl Morphology for English {
    fn word_forms(&self, words: &[TermWord<'_>]) -> Vec<Vec<String>> {
        dedup_slots(phrase_forms(words))
    }

    fn variants(&self, term: &str) -> Vec<String> {
        let mut out = Vec::new();
        let words: Vec<&str> = term.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        let digits: Vec<String> = words
            .iter()
            .map(|w| match NUMBERS.iter().position(|n| n == w) {
                Some(n) => n.to_string(),
                None if *w == "plus" => "+".to_string(),
                None => (*w).to_string(),
            })
            .collect();
        push_form(&mut out, digits.join(" "));
        let spelled: Vec<String> = term
            .split_inclusive(|c: char| !c.is_ascii_digit())
            .flat_map(|chunk| {
                let (num, rest) = chunk.split_at(
                    chunk
                        .find(|c: char| !c.is_ascii_digit())
                        .unwrap_or(chunk.len()),
                );
                let num = num
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| NUMBERS.get(n))
                    .map_or(num.to_string(), |w| format!(" {w} "));
                let rest = if rest == "+" {
                    " plus ".to_string()
                } else {
                    rest.to_string()
                };
                [num, rest]
            })
            .collect();
        let spelled = spelled
            .concat()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        push_form(&mut out, spelled);
        if term.contains('-') {
            push_form(&mut out, term.replace('-', ""));
        }
        out.retain(|v| v != term);
        dedup(out)
    }
}

/// The forms of each word of a term (duplicates not yet removed).
fn phrase_forms(words: &[TermWord<'_>]) -> Vec<Vec<String>> {
    let last = words.len().saturating_sub(1);
    // The head is the word before a post-modifier (`minister of
    // foreign affairs`), else the last word.
    let head = words
        .iter()
        .position(|w| matches!(w.text, "of" | "for" | "on" | "in" | "to"))
        .filter(|&i| i > 0)
        .map_or(last, |i| i - 1);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == head {
                noun_forms(w.text, w.capitalized)
            } else if i == last {
                possessive(w.text)
            } else {
                vec![w.text.to_string()]
            }
        })
        .collect()
}

/// Singular and plural, each with its possessive.
fn noun_forms(word: &str, capitalized: bool) -> Vec<String> {
    let mut bases = vec![word.to_string()];
    if !word.chars().any(|c| c.is_alphabetic()) {
        return possessive(word);
    }
    let s1 = strip_chars(word, 1);
    let prev = s1.chars().next_back();
    if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        push_form(&mut bases, format!("{word}es"));
    }
    if word.ends_with('y') && prev.is_some_and(|c| !"aeiou".contains(c)) {
        push_form(&mut bases, format!("{s1}ies"));
    }
    if word.ends_with("man") {
        push_form(&mut bases, format!("{}men", strip_chars(word, 3)));
    }
    if word.ends_with('f') {
        push_form(&mut bases, format!("{s1}ves"));
    } else if word.ends_with("fe") {
        push_form(&mut bases, format!("{}ves", strip_chars(word, 2)));
    }
    push_form(&mut bases, format!("{word}s"));
    // A term given in the plural also matches its singular (`Kurils` →
    // `Kuril`); not short common words, often plurals with a meaning of
    // their own (`news`, `arms`, `goods`).
    if capitalized || word.chars().count() >= 6 {
        bases.extend(singular(word));
    }
    let mut forms = Vec::new();
    for base in bases {
        for form in possessive(&base) {
            push_form(&mut forms, form);
        }
    }
    forms
}

/// The singular of a plural word, if it looks like one.
fn singular(word: &str) -> Option<String> {
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    if let Some(stem) = word
        .strip_suffix("es")
        .filter(|s| ["s", "x", "z", "ch", "sh"].iter().any(|e| s.ends_with(e)))
    {
        return Some(stem.to_string());
    }
    word.strip_suffix('s')
        .filter(|s| !s.ends_with('s') && s.chars().count() > 2)
        .map(str::to_string)
}

/// The word and its `'s` possessive (`Kurils'` ends in an apostrophe the
/// tokenizer leaves out, so the plain form covers it).
fn possessive(word: &str) -> Vec<String> {
    vec![word.to_string(), format!("{word}'s")]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(term: &str) -> Vec<Vec<String>> {
        let words: Vec<TermWord<'_>> = term
            .split(' ')
            .map(|text| TermWord {
                text,
                capitalized: false,
                hyphen_after: false,
            })
            .collect();
        English.word_forms(&words)
    }

    #[test]
    fn plurals_and_possessives() {
        let f = forms("foreign minister");
        assert_eq!(f[0], ["foreign"]);
        for form in ["minister", "ministers", "minister's"] {
            assert!(f[1].iter().any(|x| x == form), "{form}");
        }
        assert!(!forms("news")[0].iter().any(|x| x == "new"));
        let f = forms("sanction");
        assert!(f[0].iter().any(|x| x == "sanctions"));
        let f = forms("territory");
        assert!(f[0].iter().any(|x| x == "territories"));
        let f = forms("southern kurils");
        assert!(f[1].iter().any(|x| x == "kuril"));
        let f = forms("minister of foreign affairs");
        assert!(f[0].iter().any(|x| x == "ministers"));
        assert!(f[3].iter().any(|x| x == "affairs's"));
    }

    #[test]
    fn number_and_hyphen_variants() {
        let v = English.variants("two-plus-two");
        assert!(v.contains(&"2 + 2".to_string()), "{v:?}");
        assert!(v.contains(&"twoplustwo".to_string()));
        let v = English.variants("2+2");
        assert!(v.contains(&"two plus two".to_string()), "{v:?}");
        let v = English.variants("e-mail");
        assert!(v.contains(&"email".to_string()));
    }
}
