//! A small EN/RU/JA/TR concept lexicon (`lexicon.tsv`): frequent news words
//! (days, institutions, places, events) found in a sentence become soft
//! anchor keys, so `Friday` meets `пятницу`, `金曜日` and `Cuma`.

use std::collections::HashMap;
use std::sync::OnceLock;

use glossa_text::Lang;

const DATA: &str = include_str!("lexicon.tsv");

/// Patterns of one spaced language.
#[derive(Default)]
struct Words {
    exact: HashMap<String, Vec<u32>>,
    prefix: HashMap<String, Vec<u32>>,
}

impl Words {
    fn add(&mut self, pattern: &str, concept: u32) {
        let (map, word) = match pattern.strip_prefix('=') {
            Some(w) => (&mut self.exact, w),
            None => (&mut self.prefix, pattern),
        };
        if !word.is_empty() {
            map.entry(word.to_string()).or_default().push(concept);
        }
    }

    fn find(&self, word: &str, out: &mut Vec<u32>) {
        if let Some(c) = self.exact.get(word) {
            out.extend(c);
        }
        for (i, _) in word.char_indices().skip(2) {
            if let Some(c) = self.prefix.get(&word[..i]) {
                out.extend(c);
            }
        }
        if let Some(c) = self.prefix.get(word) {
            out.extend(c);
        }
    }
}

/// The parsed lexicon.
#[derive(Default)]
struct Lexicon {
    /// English, Russian, Turkish.
    spaced: [Words; 3],
    /// Japanese substrings.
    japanese: Vec<(String, u32)>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = Lexicon::default();
        let rows = DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for (id, row) in rows.enumerate() {
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            let cols: Vec<&str> = row.split('\t').collect();
            for (col, words) in [(0, 0), (1, 1), (3, 2)] {
                for p in cols.get(col).unwrap_or(&"").split(',') {
                    lex.spaced[words].add(p.trim(), id);
                }
            }
            for p in cols.get(2).unwrap_or(&"").split(',') {
                let p = p.trim();
                if !p.is_empty() {
                    lex.japanese.push((p.to_string(), id));
                }
            }
        }
        lex
    })
}

/// Lowercases a word; Turkish `İ` loses its combining dot.
fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| *c != '\u{307}')
        .collect()
}

/// Concept ids found in a sentence (sorted, deduplicated); none for
/// languages the lexicon does not cover.
pub(crate) fn concepts(text: &str, lang: &Lang) -> Vec<u32> {
    let lex = lexicon();
    let mut out = Vec::new();
    let words = match lang.primary() {
        "en" => Some(&lex.spaced[0]),
        "ru" => Some(&lex.spaced[1]),
        "tr" => Some(&lex.spaced[2]),
        _ => None,
    };
    if let Some(words) = words {
        for w in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            words.find(&fold(w), &mut out);
        }
    } else if lang.primary() == "ja" {
        for (p, id) in &lex.japanese {
            if text.contains(p.as_str()) {
                out.push(*id);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str, tag: &str) -> Vec<u32> {
        concepts(text, &Lang::parse(tag).expect("tag"))
    }

    #[test]
    fn one_concept_in_four_languages() {
        let en = ids("Police arrested him on Friday.", "en");
        let ru = ids("В пятницу полиция задержала его.", "ru");
        let ja = ids("金曜日に警察が彼を逮捕した。", "ja");
        let tr = ids("Polis onu Cuma günü gözaltına aldı.", "tr");
        assert_eq!(en.len(), 3, "{en:?}");
        assert_eq!(en, ru);
        assert_eq!(en, ja);
        assert_eq!(en, tr);
    }

    #[test]
    fn exact_entries_do_not_match_longer_words() {
        assert!(ids("The manager said so.", "en").is_empty());
        let yesterday = ids("Dün geldi.", "tr");
        let world = ids("Dünya büyük.", "tr");
        assert!(!yesterday.is_empty() && !world.is_empty());
        assert!(yesterday.iter().all(|i| !world.contains(i)));
        assert!(!ids("İngiltere kazandı.", "tr").is_empty());
    }
}
