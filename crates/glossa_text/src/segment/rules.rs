//! Per-language segmentation rules, kept as data in `rules/<lang>.toml` and
//! embedded at compile time.
//!
//! Schema (every table and key optional, unknown keys rejected):
//!
//! ```toml
//! [abbreviations]
//! titles = ["Mr", "Prof"]      # never end a sentence
//! common = ["St", "см", "г"]   # end one only before a sentence starter
//! final  = ["etc", "т. д."]    # end one before any capitalized word
//! before_number = ["No", "p"]  # abbreviations only before a number
//! after_number = ["г", "ft"]   # after a number: end one before a capital
//!                              # (may repeat a `common` entry, used otherwise)
//! [words]
//! sentence_starters = ["The"]  # capitalized words that usually open a sentence
//! reporting_verbs = ["said"]   # `"Why?" Lavrov asked.` stays one sentence
//! always_capitalized = ["I"]   # no evidence of a new sentence after `...`
//! opening_prepositions = ["at"] # `At 6 a.m. Mr. Smith …`: no boundary inside
//! [options]
//! ordinal_before_capital = true  # Turkish: `2. Dünya Savaşı` is no boundary
//! after_number_min_words = 5     # words before an `after_number` boundary
//! unspaced = true                # no space between joined lines (ja)
//! quote_particles = "と"         # after `。」`: the quote continues (ja)
//! bare_particles = "は"          # after a bare `。`: a lone particle continues (ja)
//! ```
//!
//! Entries are matched case-insensitively, without their final period and
//! with inner spaces ignored (`т. е.` = `т.е.`).

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::lang::Lang;

/// The built-in rule files: (name, TOML source).
pub(crate) const BUILTIN: [(&str, &str); 5] = [
    ("en", include_str!("../../rules/en.toml")),
    ("ru", include_str!("../../rules/ru.toml")),
    ("ja", include_str!("../../rules/ja.toml")),
    ("tr", include_str!("../../rules/tr.toml")),
    ("default", include_str!("../../rules/default.toml")),
];

/// How an abbreviation behaves before a capitalized word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence.
    Title,
    /// Ends a sentence only before a sentence starter.
    Common,
    /// Ends a sentence before any capitalized word, unless the sentence so
    /// far is an opening prepositional phrase (`At 6 a.m. Mr. Smith left.`).
    Final,
    /// An abbreviation only before a number (`No. 5`, `p. 55`); otherwise
    /// a plain word (`I said no. Then…`).
    BeforeNumber,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RuleFile {
    abbreviations: AbbrevLists,
    words: WordLists,
    options: Options,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct AbbrevLists {
    titles: Vec<String>,
    common: Vec<String>,
    #[serde(rename = "final")]
    final_: Vec<String>,
    before_number: Vec<String>,
    after_number: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct WordLists {
    sentence_starters: Vec<String>,
    reporting_verbs: Vec<String>,
    always_capitalized: Vec<String>,
    opening_prepositions: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct Options {
    ordinal_before_capital: bool,
    after_number_min_words: usize,
    unspaced: bool,
    quote_particles: String,
    bare_particles: String,
}

/// A rule file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum RulesError {
    /// Not valid TOML for the schema.
    #[error("rule file `{file}`: {reason}")]
    Syntax { file: String, reason: String },
    /// An entry that is empty or listed twice.
    #[error("rule file `{file}`: entry `{entry}` is {problem}")]
    Entry {
        file: String,
        entry: String,
        problem: &'static str,
    },
}

/// Compiled rules for one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rules {
    abbrevs: HashMap<String, Abbrev>,
    starters: HashSet<String>,
    reporting: HashSet<String>,
    always_capitalized: HashSet<String>,
    after_number: HashSet<String>,
    opening: HashSet<String>,
    /// Words a sentence must have before an `AfterNumber` abbreviation
    /// for it to end the sentence.
    pub(crate) after_number_min_words: usize,
    /// A short number with a period before a capital is an ordinal.
    pub(crate) ordinal_before_capital: bool,
    /// Characters in the longest abbreviation key: longer words are no
    /// abbreviation.
    pub(crate) longest_key: usize,
    /// Lines are joined without a space.
    pub(crate) unspaced: bool,
    quote_particles: Vec<char>,
    bare_particles: Vec<char>,
}

/// Normal form of an abbreviation key: lowercase, no spaces, no final period.
pub(crate) fn normalize_key(entry: &str) -> String {
    let trimmed = entry.trim().trim_end_matches('.');
    trimmed
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Rules {
    /// Parses and validates one rule file.
    pub(crate) fn parse(file: &str, source: &str) -> Result<Self, RulesError> {
        let parsed: RuleFile = toml::from_str(source).map_err(|e| RulesError::Syntax {
            file: file.to_string(),
            reason: e.message().to_string(),
        })?;
        let mut rules = Rules {
            ordinal_before_capital: parsed.options.ordinal_before_capital,
            after_number_min_words: parsed.options.after_number_min_words,
            unspaced: parsed.options.unspaced,
            quote_particles: parsed.options.quote_particles.chars().collect(),
            bare_particles: parsed.options.bare_particles.chars().collect(),
            ..Rules::default()
        };
        let lists = [
            (Abbrev::Title, &parsed.abbreviations.titles),
            (Abbrev::Common, &parsed.abbreviations.common),
            (Abbrev::Final, &parsed.abbreviations.final_),
            (Abbrev::BeforeNumber, &parsed.abbreviations.before_number),
        ];
        for (kind, list) in lists {
            for entry in list {
                let key = checked_key(file, entry)?;
                if rules.abbrevs.insert(key, kind).is_some() {
                    return Err(duplicate(file, entry));
                }
            }
        }
        rules.longest_key = rules
            .abbrevs
            .keys()
            .map(|k| k.chars().count())
            .max()
            .unwrap_or(0);
        // A unit, year or era after a number (`1956 г.`, `5 ft.`): may also be
        // listed in another class, which applies when no number precedes it.
        for entry in &parsed.abbreviations.after_number {
            if !rules.after_number.insert(checked_key(file, entry)?) {
                return Err(duplicate(file, entry));
            }
        }
        let after_longest = rules.after_number.iter().map(|k| k.chars().count()).max();
        rules.longest_key = rules.longest_key.max(after_longest.unwrap_or(0));
        for (set, list) in [
            (&mut rules.starters, &parsed.words.sentence_starters),
            (&mut rules.reporting, &parsed.words.reporting_verbs),
            (
                &mut rules.always_capitalized,
                &parsed.words.always_capitalized,
            ),
            (&mut rules.opening, &parsed.words.opening_prepositions),
        ] {
            for entry in list {
                if !set.insert(checked_key(file, entry)?) {
                    return Err(duplicate(file, entry));
                }
            }
        }
        Ok(rules)
    }

    /// The built-in rules for a language; generic rules for languages
    /// without a file of their own.
    pub(crate) fn builtin(lang: &Lang) -> Self {
        let primary = lang.primary();
        let (name, source) = BUILTIN
            .iter()
            .find(|(name, _)| *name == primary)
            .or_else(|| BUILTIN.iter().find(|(name, _)| *name == "default"))
            .copied()
            .unwrap_or(("default", ""));
        // The embedded files are validated by a unit test; a failure here can
        // only come from an edited build and degrades to generic behaviour.
        let mut rules = Self::parse(name, source).unwrap_or_default();
        rules.unspaced |= lang.is_unspaced();
        rules
    }

    /// The class of an abbreviation key (already normalized).
    pub(crate) fn abbrev(&self, key: &str) -> Option<Abbrev> {
        self.abbrevs.get(key).copied()
    }

    /// Whether a (lowercased) word usually starts a sentence.
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// Whether a (lowercased) word is a verb of a reporting clause.
    pub(crate) fn is_reporting_verb(&self, word: &str) -> bool {
        self.reporting.contains(word)
    }

    /// Whether an abbreviation key is a unit, year or era after a number.
    pub(crate) fn is_after_number(&self, key: &str) -> bool {
        self.after_number.contains(key)
    }

    /// Whether a (lowercased) word opens an introductory phrase (`At`, `В`).
    pub(crate) fn is_opening_preposition(&self, word: &str) -> bool {
        self.opening.contains(word)
    }

    /// Whether a (lowercased) word is always capitalized (`I`), so its
    /// capital says nothing about a new sentence.
    pub(crate) fn is_always_capitalized(&self, word: &str) -> bool {
        self.always_capitalized.contains(word)
    }

    /// Whether `c` after a closing quote attaches the quote to what follows.
    pub(crate) fn is_quote_particle(&self, c: char) -> bool {
        self.quote_particles.contains(&c)
    }

    /// Whether `c` after a bare `。` may be a particle continuing the sentence.
    pub(crate) fn is_bare_particle(&self, c: char) -> bool {
        self.bare_particles.contains(&c)
    }
}

fn checked_key(file: &str, entry: &str) -> Result<String, RulesError> {
    let key = normalize_key(entry);
    if key.is_empty() || entry.trim() != entry {
        return Err(RulesError::Entry {
            file: file.to_string(),
            entry: entry.to_string(),
            problem: "empty or padded with spaces",
        });
    }
    Ok(key)
}

fn duplicate(file: &str, entry: &str) -> RulesError {
    RulesError::Entry {
        file: file.to_string(),
        entry: entry.to_string(),
        problem: "listed twice",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_rule_file_is_valid() {
        for (name, source) in BUILTIN {
            let rules = Rules::parse(name, source);
            assert!(rules.is_ok(), "{name}: {rules:?}");
        }
    }

    #[test]
    fn builtin_rules_know_their_abbreviations() {
        let en = Rules::builtin(&Lang::known(crate::lang::Known::En));
        assert_eq!(en.abbrev("mr"), Some(Abbrev::Title));
        assert_eq!(en.abbrev("etc"), Some(Abbrev::Final));
        assert_eq!(en.abbrev("no"), Some(Abbrev::BeforeNumber));
        let ru = Rules::builtin(&Lang::known(crate::lang::Known::Ru));
        assert_eq!(ru.abbrev(&normalize_key("т. д.")), Some(Abbrev::Final));
        assert_eq!(ru.abbrev("г"), Some(Abbrev::Common));
        assert!(ru.is_after_number("г") && en_opens_with_at(&en));
        let tr = Rules::builtin(&Lang::known(crate::lang::Known::Tr));
        assert_eq!(tr.abbrev("yrd"), Some(Abbrev::Title));
        assert!(tr.ordinal_before_capital);
        let ja = Rules::builtin(&Lang::known(crate::lang::Known::Ja));
        assert!(ja.unspaced && ja.is_quote_particle('と'));
        let de = Rules::builtin(&Lang::parse("de").unwrap());
        assert_eq!(de.abbrev("usw"), Some(Abbrev::Final));
    }

    fn en_opens_with_at(en: &Rules) -> bool {
        en.is_opening_preposition("at") && en.is_always_capitalized("i")
    }

    #[test]
    fn rejects_bad_rule_files() {
        assert!(matches!(
            Rules::parse("x", "[abbreviations]\ntitles = [\"Mr\", \"mr.\"]"),
            Err(RulesError::Entry {
                problem: "listed twice",
                ..
            })
        ));
        assert!(matches!(
            Rules::parse("x", "[abbreviations]\ncommon = [\" \"]"),
            Err(RulesError::Entry { .. })
        ));
        assert!(matches!(
            Rules::parse("x", "[options]\nunknown = 1"),
            Err(RulesError::Syntax { .. })
        ));
    }
}
