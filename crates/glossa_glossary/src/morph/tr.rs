//! Turkish: suffix chains (plural, possessive, case, `-ki`) with vowel
//! harmony, buffer letters (`y`, `n`, `s`), `d`/`t` assimilation and final
//! consonant softening; proper nouns take their suffixes after an
//! apostrophe (`Japonya'nın`, `Kuril Adaları'na`).
//!
//! Turkish phrases are head-final: only the last word of a term inflects.
//! When that word carries the compound marker (`barış antlaşması`, `Kuril
//! Adaları`), case suffixes follow it with the buffer `n`
//! (`antlaşmasının`, `Adaları'nda`).

use std::sync::OnceLock;

use super::{Morphology, TermWord, dedup_slots, extend_forms, last_char, strip_chars};

/// Turkish morphology.
pub(super) struct Turkish;

/// Case endings after a bare noun or a first/second-person possessive.
/// Letters: `A` a/e, `I` ı/i/u/ü, `D` d/t, `Y`/`N` buffers after a vowel.
const CASES: &[&str] = &["", "NIn", "YI", "YA", "DA", "DAn", "YlA", "DAki"];
/// Case endings after a third-person possessive (buffer `n`).
const CASES_AFTER_3RD: &[&str] = &["", "nIn", "nI", "nA", "ndA", "ndAn", "ylA", "ndAki"];
/// Possessives of a singular noun (`H` = high vowel after a consonant,
/// `S` = `s` after a vowel); the bool marks the third person.
const POSSESSIVES: &[(&str, bool)] = &[
    ("", false),
    ("Hm", false),
    ("Hn", false),
    ("SI", true),
    ("HmIz", false),
    ("HnIz", false),
    ("lArI", true),
];
/// Possessives after the plural `-lAr`.
const PLURAL_POSSESSIVES: &[(&str, bool)] = &[
    ("", false),
    ("Im", false),
    ("In", false),
    ("I", true),
    ("ImIz", false),
    ("InIz", false),
];
/// Possessives that can replace a compound marker (`antlaşmamız`).
const COMPOUND_POSSESSIVES: &[(&str, bool)] = &[
    ("SI", true),
    ("lArI", true),
    ("Hm", false),
    ("Hn", false),
    ("HmIz", false),
    ("HnIz", false),
];

impl Morphology for Turkish {
    fn word_forms(&self, words: &[TermWord<'_>]) -> Vec<Vec<String>> {
        dedup_slots(phrase_forms(words))
    }
}

/// The forms of each word of a term (duplicates not yet removed).
fn phrase_forms(words: &[TermWord<'_>]) -> Vec<Vec<String>> {
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == last {
                // Names, numbers and acronyms take their suffixes after
                // an apostrophe (`Japonya'nın`, `Madde 107'ye`).
                let proper = w.capitalized || w.text.starts_with(|c: char| c.is_ascii_digit());
                noun_forms(w.text, proper, words.len() > 1)
            } else {
                vec![w.text.to_string()]
            }
        })
        .collect()
}

fn is_vowel(c: char) -> bool {
    "aeıioöuüâîû".contains(c)
}

fn is_voiceless(c: char) -> bool {
    "çfhkpsşt".contains(c)
}

/// Last letter, ignoring apostrophes.
fn last_letter(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| c != '\'')
}

fn last_vowel(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| is_vowel(c))
}

fn ends_in_vowel(s: &str) -> bool {
    last_letter(s).is_some_and(is_vowel)
}

/// `a`/`e` by the last vowel.
fn low(s: &str) -> char {
    match last_vowel(s) {
        Some('e' | 'i' | 'ö' | 'ü' | 'î') => 'e',
        _ => 'a',
    }
}

/// `ı`/`i`/`u`/`ü` by the last vowel.
fn high(s: &str) -> char {
    match last_vowel(s) {
        Some('e' | 'i' | 'î') => 'i',
        Some('o' | 'u' | 'û') => 'u',
        Some('ö' | 'ü') => 'ü',
        _ => 'ı',
    }
}

/// Realizes a suffix template after `context` (the stem as pronounced),
/// returning only the suffix.
fn realize(context: &str, template: &str) -> String {
    let mut current = context.to_string();
    let start = current.len();
    for t in template.chars() {
        match t {
            'Y' | 'N' | 'S' => {
                if ends_in_vowel(&current) {
                    current.push(t.to_ascii_lowercase());
                }
            }
            'H' => {
                if !ends_in_vowel(&current) {
                    let v = high(&current);
                    current.push(v);
                }
            }
            'I' => {
                let v = high(&current);
                current.push(v);
            }
            'A' => {
                let v = low(&current);
                current.push(v);
            }
            'D' => {
                let d = if last_letter(&current).is_some_and(is_voiceless) {
                    't'
                } else {
                    'd'
                };
                current.push(d);
            }
            c => current.push(c),
        }
    }
    current.split_off(start)
}

/// The root with its final consonant softened before a vowel
/// (`kitap` → `kitab`, `renk` → `reng`, `ittifak` → `ittifağ`).
fn softened(root: &str) -> Option<String> {
    let last = last_char(root)?;
    let before = strip_chars(root, 1);
    let soft = match last {
        'p' => 'b',
        'ç' => 'c',
        't' => 'd',
        'k' if before.ends_with('n') => 'g',
        'k' => 'ğ',
        _ => return None,
    };
    (last_vowel(root).is_some() && before.chars().any(is_vowel)).then(|| format!("{before}{soft}"))
}

/// The root a softened stem comes from (`anlaşmazlığ` → `anlaşmazlık`,
/// `grub` → `grup`), before a consonant-initial suffix.
fn hardened(stem: &str) -> Option<String> {
    let before = strip_chars(stem, 1);
    let hard = match last_char(stem)? {
        'ğ' => 'k',
        'b' => 'p',
        'c' => 'ç',
        'd' => 't',
        'g' if before.ends_with('n') => 'k',
        _ => return None,
    };
    Some(format!("{before}{hard}"))
}

/// Pronunciation stand-ins for roots whose harmony the spelling does not
/// show (acronyms and numbers: `G7'ye`, `AB'nin`, `NATO'nun`).
fn contexts(root: &str) -> Vec<String> {
    let opaque = last_char(root).is_some_and(|c| c.is_ascii_digit()) || last_vowel(root).is_none();
    if opaque {
        ["a", "e", "o", "ö", "ak", "ek", "ok", "ök"]
            .iter()
            .map(|tail| format!("{root}{tail}"))
            .collect()
    } else {
        vec![root.to_string()]
    }
}

/// Adds `root + suffix` for each template, with and without softening
/// (common nouns) or with and without an apostrophe (proper nouns).
fn add_chains(forms: &mut Vec<String>, root: &str, templates: &[String], proper: bool) {
    let soft = if proper { None } else { softened(root) };
    let opaque: Vec<String> = contexts(root).iter().map(|c| sound(c)).collect();
    for template in templates {
        for context in &opaque {
            let suffix = realize(context, template);
            if suffix.is_empty() {
                continue;
            }
            let starts_with_vowel = suffix.chars().next().is_some_and(is_vowel);
            match &soft {
                Some(soft) if starts_with_vowel => {
                    forms.push(format!("{soft}{suffix}"));
                    forms.push(format!("{root}{suffix}"));
                }
                _ => forms.push(format!("{root}{suffix}")),
            }
            if proper {
                let suffix = realize(context, &format!("'{template}"));
                forms.push(format!("{root}{suffix}"));
            }
        }
    }
}

/// What suffixes depend on in a stem: its last vowel and its last letter
/// (`antlaşma` → `a`, `barış` → `aş`). Realizing after this short stand-in
/// gives the same suffix as after the whole stem, with less work.
fn sound(stem: &str) -> String {
    let mut out = String::new();
    if let Some(v) = last_vowel(stem) {
        out.push(v);
    }
    match last_letter(stem) {
        Some(c) if !is_vowel(c) => out.push(c),
        _ => {}
    }
    out
}

/// The templates of plain nouns (any number, possessive and case).
fn plain_templates() -> &'static [String] {
    static PLAIN: OnceLock<Vec<String>> = OnceLock::new();
    PLAIN.get_or_init(|| {
        let mut plain = templates(POSSESSIVES, "");
        plain.extend(templates(PLURAL_POSSESSIVES, "lAr"));
        plain
    })
}

/// The templates that replace a compound marker.
fn compound_templates() -> &'static [String] {
    static COMPOUND: OnceLock<Vec<String>> = OnceLock::new();
    COMPOUND.get_or_init(|| {
        let mut replaced = templates(COMPOUND_POSSESSIVES, "");
        replaced.extend(templates(&PLURAL_POSSESSIVES[1..], "lAr"));
        replaced
    })
}

/// Templates: (plural) + possessive + case.
fn templates(possessives: &[(&str, bool)], prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (possessive, third) in possessives {
        let cases = if *third { CASES_AFTER_3RD } else { CASES };
        for case in cases {
            out.push(format!("{prefix}{possessive}{case}"));
        }
    }
    out
}

/// The stem without a compound marker (`antlaşması` → `antlaşma`,
/// `adaları` → `adalar`, `bakanı` → `bakan`), when the word ends in one.
fn without_compound_marker(word: &str) -> Option<&str> {
    let last = last_char(word)?;
    if !matches!(last, 'ı' | 'i' | 'u' | 'ü') {
        return None;
    }
    let before = strip_chars(word, 1);
    let prev = last_char(before)?;
    let base = if prev == 's'
        && strip_chars(before, 1)
            .chars()
            .next_back()
            .is_some_and(is_vowel)
    {
        strip_chars(before, 1)
    } else if is_vowel(prev) {
        return None;
    } else {
        before
    };
    base.chars().any(is_vowel).then_some(base)
}

/// Every form of a noun given in the nominative.
fn noun_forms(word: &str, proper: bool, compound: bool) -> Vec<String> {
    let mut forms = vec![word.to_string()];
    add_chains(&mut forms, word, plain_templates(), proper);
    if let Some(base) = without_compound_marker(word) {
        // The compound marker: case suffixes attach with buffer `n`; a
        // proper name's apostrophe comes after the marker.
        let marker = realize(base, "SI");
        let marked = format!("{base}{marker}");
        let mut after_marker = Vec::new();
        for case in CASES_AFTER_3RD.iter().filter(|c| !c.is_empty()) {
            after_marker.push(format!("{marked}{}", realize(&marked, case)));
            if proper {
                after_marker.push(format!("{marked}{}", realize(&marked, &format!("'{case}"))));
            }
        }
        extend_forms(&mut forms, after_marker);
        let replaced = compound_templates();
        let mut more = Vec::new();
        add_chains(&mut more, base, replaced, proper && !compound);
        if let Some(hard) = hardened(base) {
            // `anlaşmazlığı` → `anlaşmazlıkları`, `grubu` → `grupları`.
            add_chains(&mut more, &hard, replaced, proper && !compound);
        }
        if proper && compound {
            // `Kuril Adaları'nın`: apostrophe after the whole name.
            for case in CASES_AFTER_3RD.iter().filter(|c| !c.is_empty()) {
                let plural_marked = format!("{base}{}", realize(base, "lArI"));
                more.push(format!(
                    "{plural_marked}{}",
                    realize(&plural_marked, &format!("'{case}"))
                ));
            }
        }
        extend_forms(&mut forms, more);
    }
    let mut unique = Vec::with_capacity(forms.len());
    extend_forms(&mut unique, forms);
    unique
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(term: &str) -> Vec<String> {
        let words: Vec<TermWord<'_>> = term
            .split(' ')
            .map(|text| TermWord {
                text,
                capitalized: false,
                hyphen_after: false,
            })
            .collect();
        Turkish.word_forms(&words).pop().unwrap_or_default()
    }

    fn proper(term: &str) -> Vec<String> {
        let words: Vec<TermWord<'_>> = term
            .split(' ')
            .map(|text| TermWord {
                text,
                capitalized: true,
                hyphen_after: false,
            })
            .collect();
        Turkish.word_forms(&words).pop().unwrap_or_default()
    }

    fn has(forms: &[String], form: &str) -> bool {
        forms.iter().any(|f| f == form)
    }

    #[test]
    fn sound_stand_in_realizes_like_the_stem() {
        for (stem, template) in [
            ("antlaşma", "SInIn"),
            ("barış", "lArDAn"),
            ("g7e", "'NIn"),
            ("kitap", "DA"),
        ] {
            assert_eq!(
                realize(stem, template),
                realize(&sound(stem), template),
                "{stem}"
            );
        }
    }

    #[test]
    fn harmony_and_buffers() {
        assert_eq!(realize("antlaşma", "NIn"), "nın");
        assert_eq!(realize("barış", "NIn"), "ın");
        assert_eq!(realize("görüşme", "lArDA"), "lerde");
        assert_eq!(realize("japonya", "'YA"), "'ya");
        assert_eq!(realize("paris", "'DA"), "'te");
        assert_eq!(realize("kuzey", "DAn"), "den");
        assert_eq!(realize("okul", "HmIz"), "umuz");
    }

    #[test]
    fn compound_head_cases() {
        let f = forms("barış antlaşması");
        for form in [
            "antlaşmasının",
            "antlaşmasına",
            "antlaşmasında",
            "antlaşmasından",
            "antlaşmasını",
            "antlaşmasıyla",
            "antlaşmaları",
            "antlaşmalarının",
            "antlaşmamız",
            "antlaşmamızın",
        ] {
            assert!(has(&f, form), "{form}");
        }
    }

    #[test]
    fn proper_names_take_an_apostrophe() {
        let f = proper("kuril adaları");
        for form in [
            "adaları'nın",
            "adaları'na",
            "adaları'nda",
            "adaları'ndan",
            "adaları'nı",
            "adalarının",
            "adalarına",
        ] {
            assert!(has(&f, form), "{form}");
        }
        let f = proper("japonya");
        for form in [
            "japonya'nın",
            "japonya'ya",
            "japonya'da",
            "japonya'dan",
            "japonya'yı",
            "japonya'daki",
        ] {
            assert!(has(&f, form), "{form}");
        }
        assert!(has(&proper("rusya"), "rusya'ya"));
        assert!(has(&proper("g7"), "g7'nin") && has(&proper("g7"), "g7'de"));
    }

    #[test]
    fn softening_and_plurals() {
        let f = forms("yaptırım");
        for form in [
            "yaptırımlar",
            "yaptırımların",
            "yaptırımları",
            "yaptırımlara",
            "yaptırımı",
            "yaptırımın",
        ] {
            assert!(has(&f, form), "{form}");
        }
        let f = forms("ittifak");
        assert!(has(&f, "ittifakı") && has(&f, "ittifağı"));
        let f = forms("toprak anlaşmazlığı");
        assert!(has(&f, "anlaşmazlıkları") && has(&f, "anlaşmazlığının"));
        let f = forms("kitap");
        assert!(has(&f, "kitabı") && has(&f, "kitapta"));
    }
}
