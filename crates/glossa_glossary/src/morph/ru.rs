//! Russian: noun and adjective declension, verb conjugation, and the
//! structure of multi-word terms (agreeing adjectives before the head noun,
//! a fixed genitive complement after it).
//!
//! The class of a word is guessed from its dictionary form's ending; where
//! the ending is ambiguous (`-ь` masculine or feminine, `-ий` noun or
//! adjective) the union of the candidate paradigms is generated.

use super::{
    Morphology, TermWord, attach, dedup, dedup_slots, extend_forms, last_char, push_form,
    strip_chars,
};

/// Russian morphology.
pub(super) struct Russian;

/// Every adjective ending (hard, soft and velar/sibilant stems together).
const ADJ: &[&str] = &[
    "ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя", "ую", "юю",
    "ою", "ею", "ей", "ое", "ее", "ые", "ие", "ых", "их", "ыми", "ими",
];
/// Short adjective / passive participle forms.
const SHORT: &[&str] = &["а", "о", "ы", "и"];

const VOWELS: &str = "аеёиоуыэюя";
const HUSHING: &str = "жшчщ";
const VELAR: &str = "гкх";

/// Grammatical number and gender an adjective's dictionary form shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

/// Noun and adjective endings that may follow a Snowball stem (not the
/// bare stem, `-ь` or `-о`: those only give the dictionary form, which
/// always matches, and otherwise reach other parts of speech: `изменен`,
/// `открыть`).
const NOMINAL: &[&str] = &[
    "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ой", "ей", "ою", "ею", "ью", "ов", "ев", "ам",
    "ям", "ами", "ями", "ах", "ях", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его",
    "ому", "ему", "ым", "им", "ых", "их", "ыми", "ими", "ую", "юю",
];

impl Morphology for Russian {
    fn stem_endings(&self, word: &TermWord<'_>) -> Option<(String, &'static [&'static str])> {
        // Names are where stems go wrong (`курилы` → `курил`, `курил` →
        // `кур`); verbs are conjugated by the rules (a verb stem plus noun
        // endings reaches nouns: `вводить` → `вводов`); short stems start
        // too many unrelated words.
        if word.capitalized || !verb_forms(word.text).is_empty() {
            return None;
        }
        let stem = frostem::Stemmer::new(frostem::Algorithm::Russian).stem(word.text);
        (stem.chars().count() >= 4).then(|| (stem.into_owned(), NOMINAL))
    }

    fn derived(&self, words: &[TermWord<'_>]) -> Vec<Vec<String>> {
        match words {
            [word] => derived(word.text).into_iter().map(dedup).collect(),
            _ => Vec::new(),
        }
    }

    fn word_forms(&self, words: &[TermWord<'_>]) -> Vec<Vec<String>> {
        dedup_slots(phrase_forms(words))
    }
}

/// The forms of each word of a term (duplicates not yet removed).
fn phrase_forms(words: &[TermWord<'_>]) -> Vec<Vec<String>> {
    if let [word] = words {
        return vec![single_word(word.text, !word.capitalized)];
    }
    // Hyphenated prefixes (`сан` in `Сан-Францисский`) stay as they are
    // and do not take part in finding the head.
    let content: Vec<usize> = (0..words.len())
        .filter(|&i| !words[i].hyphen_after)
        .collect();
    let mut head = None;
    let mut plural = false;
    for (k, &i) in content.iter().enumerate() {
        let next = content.get(k + 1).map(|&j| words[j].text);
        match (adjective_agreement(words[i].text), next) {
            (Some(agr), Some(next)) if agrees(agr, next) => {
                plural |= agr == Agreement::Plural;
            }
            _ => {
                head = Some(i);
                break;
            }
        }
    }
    let head = head.unwrap_or(words.len() - 1);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if w.hyphen_after {
                vec![w.text.to_string()]
            } else if i > head {
                genitive_number(w.text)
            } else if i < head {
                adjective_forms(w.text)
            } else {
                head_forms(w.text, plural, !w.capitalized)
            }
        })
        .collect()
}

/// A one-word term: every paradigm its ending allows.
fn single_word(word: &str, common: bool) -> Vec<String> {
    let mut forms = noun_forms(word, false, common);
    if looks_adjectival(word) {
        extend_forms(&mut forms, adjective_forms(word));
    }
    if ends_with_any(word, &["то", "но"]) && word.chars().count() >= 5 {
        // A short form (`открыто`, `неактивно`) declines as the full
        // adjective or participle.
        let stem = strip_chars(word, 1);
        extend_forms(&mut forms, attach(word, stem, ADJ));
        extend_forms(&mut forms, attach(word, stem, SHORT));
    }
    extend_forms(&mut forms, verb_forms(word));
    forms
}

/// Prefixes that make a perfective verb of the same meaning
/// (`печатать` → `распечатать`, `редактировать` → `отредактировать`).
const PERFECTIVE_PREFIXES: &[&str] = &[
    "по", "на", "за", "с", "от", "рас", "раз", "вы", "про", "у", "о", "об",
];
/// Suffixes of relational adjectives made from a noun (`вход` →
/// `входной`, `баланс` → `балансовый`, `предел` → `предельный`).
const RELATIONAL: &[&str] = &["н", "ов", "ев", "ьн", "ск", "ьск"];

/// Words derived from a one-word term.
fn derived(word: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let verbs = verb_forms(word);
    if !verbs.is_empty() && vowel_count(word) >= 2 {
        for prefix in PERFECTIVE_PREFIXES {
            out.push(verbs.iter().map(|f| format!("{prefix}{f}")).collect());
        }
        return out;
    }
    let stem = match last_char(word) {
        Some(c) if is_consonant(c) => word,
        Some('а' | 'я' | 'о' | 'е' | 'ь' | 'й' | 'ы' | 'и') => strip_chars(word, 1),
        _ => return out,
    };
    // Short roots are too often the start of unrelated words (`мир` /
    // `мирный`, `вид` / `видный`): only stems of four letters or more.
    if stem.chars().count() < 4 || adjective_agreement(word).is_some() {
        return out;
    }
    let stem = stem
        .strip_suffix('и')
        .filter(|_| word.ends_with("ия"))
        .unwrap_or(stem);
    for suffix in RELATIONAL {
        let base = format!("{stem}{suffix}");
        out.push(attach(&format!("{base}ый"), &base, ADJ));
    }
    if word.ends_with("ция") {
        let base = format!("{}ционн", strip_chars(word, 3));
        out.push(attach(&format!("{base}ый"), &base, ADJ));
    }
    out
}

/// A word of a genitive complement (`вид` *позиции*, `группировка`
/// *деловых партнеров*) keeps its case but may change number with the
/// meaning (`виды позиций`): the word, and its genitive in the other number.
fn genitive_number(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_string()];
    if word.chars().count() < 3 {
        return forms;
    }
    let s1 = strip_chars(word, 1);
    let s2 = strip_chars(word, 2);
    let swap = |stem: &str, endings: &[&str]| -> Vec<String> {
        endings.iter().map(|e| format!("{stem}{e}")).collect()
    };
    let more = if ends_with_any(word, &["ого", "его"]) {
        swap(strip_chars(word, 3), &["ых", "их"])
    } else if ends_with_any(word, &["ых", "их"]) {
        swap(s2, &["ого", "его"])
    } else if ends_with_any(word, &["ии", "ия"]) {
        swap(s1, &["й"])
    } else if word.ends_with("ий") {
        swap(s1, &["и", "я"])
    } else if word.ends_with("ов") || word.ends_with("ев") {
        swap(s2, &["а", "я"])
    } else if word.ends_with("ей") {
        swap(s2, &["и", "я", "ы"])
    } else {
        match last_char(word) {
            Some('ы' | 'и') => {
                let mut out = vec![s1.to_string()];
                out.extend(genitive_plural_insert(s1));
                out
            }
            Some('а') if s1.chars().next_back().is_some_and(|c| HUSHING.contains(c)) => {
                swap(s1, &["ей"])
            }
            Some('а') => swap(s1, &["ов"]),
            Some('я') => swap(s1, &["ей", "ев"]),
            Some(c) if is_consonant(c) => swap(word, &["и", "ы", "а"]),
            _ => Vec::new(),
        }
    };
    forms.extend(more);
    forms
}

/// The head of a phrase: a noun (a substantivized adjective or a verb when
/// its ending says so).
fn head_forms(word: &str, plural: bool, common: bool) -> Vec<String> {
    let mut forms = noun_forms(word, plural, common);
    if adjective_agreement(word).is_some() {
        extend_forms(&mut forms, adjective_forms(word));
    }
    extend_forms(&mut forms, verb_forms(word));
    forms
}

fn ends_with_any(word: &str, endings: &[&str]) -> bool {
    endings.iter().any(|e| word.ends_with(e))
}

fn is_vowel(c: char) -> bool {
    VOWELS.contains(c)
}

fn is_consonant(c: char) -> bool {
    ('а'..='я').contains(&c) && !is_vowel(c) && c != 'ь' && c != 'ъ' && c != 'й'
}

fn vowel_count(word: &str) -> usize {
    word.chars().filter(|&c| is_vowel(c)).count()
}

/// The char `n` places from the end (0 = last).
fn nth_back(word: &str, n: usize) -> Option<char> {
    word.chars().rev().nth(n)
}

/// The agreement an adjective's nominative ending shows, when the word
/// looks like an adjective rather than a noun (`использование` is a noun,
/// `курильские` an adjective).
fn adjective_agreement(word: &str) -> Option<Agreement> {
    if word.chars().count() < 4 {
        return None;
    }
    let before_ending = nth_back(word, 2);
    let soft_adjective = || match before_ending {
        Some(c) if VELAR.contains(c) || HUSHING.contains(c) => true,
        Some('н') => nth_back(word, 3).is_some_and(|c| !is_vowel(c) || c == 'и'),
        _ => false,
    };
    if ends_with_any(word, &["ый", "ой"]) {
        Some(Agreement::Masculine)
    } else if word.ends_with("ий") {
        soft_adjective().then_some(Agreement::Masculine)
    } else if ends_with_any(word, &["ая", "яя"]) {
        Some(Agreement::Feminine)
    } else if ends_with_any(word, &["ое", "ее"]) {
        Some(Agreement::Neuter)
    } else if word.ends_with("ые") {
        Some(Agreement::Plural)
    } else if word.ends_with("ие") {
        soft_adjective().then_some(Agreement::Plural)
    } else {
        None
    }
}

/// Loose test for one-word terms: any adjective ending.
fn looks_adjectival(word: &str) -> bool {
    word.chars().count() >= 4
        && ends_with_any(
            word,
            &["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"],
        )
}

/// Whether an adjective of this agreement can modify the next word.
fn agrees(agr: Agreement, next: &str) -> bool {
    if adjective_agreement(next).is_some() {
        return true;
    }
    let Some(last) = last_char(next) else {
        return false;
    };
    match agr {
        Agreement::Masculine => is_consonant(last) || matches!(last, 'й' | 'ь'),
        Agreement::Feminine => matches!(last, 'а' | 'я' | 'ь'),
        Agreement::Neuter => matches!(last, 'о' | 'е') || next.ends_with("мя"),
        Agreement::Plural => matches!(last, 'ы' | 'и' | 'а' | 'я'),
    }
}

/// All forms of an adjective (or participle) given in any nominative form.
fn adjective_forms(word: &str) -> Vec<String> {
    if adjective_agreement(word).is_none() && !looks_adjectival(word) {
        return vec![word.to_string()];
    }
    let stem = strip_chars(word, 2);
    let mut forms = attach(word, stem, ADJ);
    extend_forms(&mut forms, attach(word, stem, SHORT));
    if stem.ends_with('н') {
        // Short masculine with an inserted vowel: неактивен.
        let n = strip_chars(stem, 1);
        push_form(&mut forms, format!("{n}ен"));
    }
    forms
}

/// All case and number forms of a noun given in the nominative (singular,
/// or plural for plural-only names such as `Курилы`).
fn noun_forms(word: &str, plural_context: bool, common: bool) -> Vec<String> {
    let Some(last) = last_char(word) else {
        return Vec::new();
    };
    if !('а'..='я').contains(&last) {
        return vec![word.to_string()];
    }
    let s1 = strip_chars(word, 1);
    let mut forms = vec![word.to_string()];
    let mut add =
        |stem: &str, endings: &[&str]| extend_forms(&mut forms, attach(word, stem, endings));
    if plural_context && matches!(last, 'а' | 'я') {
        // Nominative plural in -а/-я after a plural adjective: острова.
        add(
            s1,
            &[
                "а", "я", "ов", "ев", "ей", "ам", "ями", "ами", "ах", "ях", "", "у", "ом", "е",
            ],
        );
        return forms;
    }
    match last {
        'е' if word.ends_with("ие") || word.ends_with("ье") => {
            add(
                s1,
                &["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях", "ев"],
            );
        }
        'е' => add(s1, &["е", "я", "ю", "ем", "ей", "ям", "ями", "ях", "и"]),
        'я' if word.ends_with("мя") && vowel_count(word) >= 2 => {
            let s2 = strip_chars(word, 2);
            add(
                s2,
                &[
                    "мя",
                    "мени",
                    "менем",
                    "мена",
                    "мен",
                    "менам",
                    "менами",
                    "менах",
                ],
            );
        }
        'я' if word.ends_with("ия") => {
            add(s1, &["я", "и", "ю", "ей", "ею", "й", "ям", "ями", "ях"])
        }
        'я' => {
            add(
                s1,
                &["я", "и", "е", "ю", "ей", "ею", "ь", "ям", "ями", "ях"],
            );
        }
        'а' => {
            add(
                s1,
                &[
                    "а", "ы", "и", "е", "у", "ой", "ою", "ей", "ею", "", "ам", "ами", "ах",
                ],
            );
            if let Some(inserted) = genitive_plural_insert(s1) {
                push_form(&mut forms, inserted);
            }
        }
        'о' => add(s1, &["о", "а", "у", "ом", "е", "", "ам", "ами", "ах"]),
        'ы' if common => add(s1, &["ы", "ов", "", "ам", "ами", "ах", "а", "у", "ом", "е"]),
        // A plural-only name (`Курилы`): no singular.
        'ы' => add(s1, &["ы", "ов", "", "ам", "ами", "ах"]),
        'и' => {
            add(
                s1,
                &[
                    "и", "ей", "ев", "ов", "й", "", "ам", "ами", "ах", "ям", "ями", "ях",
                ],
            );
            if let Some(inserted) = genitive_plural_insert(s1) {
                push_form(&mut forms, inserted);
            }
            if word.ends_with("ии") {
                extend_forms(&mut forms, attach(word, s1, &["я", "ю", "ей", "ею"]));
            } else if nth_back(word, 1).is_some_and(|c| VELAR.contains(c) || HUSHING.contains(c)) {
                extend_forms(&mut forms, attach(word, s1, &["а", "у", "е", "ой"]));
            }
        }
        'й' if word.ends_with("ий") => {
            add(s1, &["й", "я", "ю", "ем", "и", "ев", "ям", "ями", "ях"])
        }
        'й' => add(
            s1,
            &["й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"],
        ),
        'ь' => {
            add(
                s1,
                &["ь", "я", "ю", "ем", "е", "и", "ей", "ью", "ям", "ями", "ях"],
            );
            if let Some(short) = fleeting(s1) {
                add(&short, &["я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"]);
            }
        }
        c if is_consonant(c) => {
            add(
                word,
                &[
                    "а", "у", "ом", "ем", "е", "ы", "и", "ов", "ев", "ей", "ам", "ами", "ах",
                ],
            );
            if let Some(short) = fleeting(word) {
                add(
                    &short,
                    &[
                        "а", "у", "ом", "ем", "е", "ы", "и", "ов", "ев", "ей", "ам", "ами", "ах",
                    ],
                );
            }
            if ends_with_any(word, &["анин", "янин"]) {
                add(strip_chars(word, 2), &["е", "", "ам", "ами", "ах"]);
            }
        }
        _ => {}
    }
    forms
}

/// The stem without a fleeting vowel (`рынок` → `рынк`, `уровен` →
/// `уровн`), for words of two or more syllables.
fn fleeting(stem: &str) -> Option<String> {
    if vowel_count(stem) < 2 {
        return None;
    }
    let last = last_char(stem)?;
    let vowel = nth_back(stem, 1)?;
    let fits = matches!((vowel, last), ('о' | 'е', 'к') | ('е', 'ц' | 'н' | 'л'));
    fits.then(|| format!("{}{last}", strip_chars(stem, 2)))
}

/// Genitive plural with an inserted vowel: `ошибк` → `ошибок`,
/// `настройк` → `настроек`.
fn genitive_plural_insert(stem: &str) -> Option<String> {
    if !stem.ends_with('к') {
        return None;
    }
    let before = strip_chars(stem, 1);
    let prev = last_char(before)?;
    if is_vowel(prev) {
        return None;
    }
    Some(match prev {
        'ь' | 'й' => format!("{}ек", strip_chars(before, 1)),
        c if HUSHING.contains(c) => format!("{before}ек"),
        _ => format!("{before}ок"),
    })
}

/// Finite forms, imperatives, gerunds and participles of a verb given in
/// the infinitive; reflexive forms included.
fn verb_forms(word: &str) -> Vec<String> {
    let (base, reflexive) = match word.strip_suffix("ся").or_else(|| word.strip_suffix("сь")) {
        Some(base) if base.ends_with("ть") || base.ends_with("ти") => (base, true),
        _ => (word, false),
    };
    let mut plain = vec![base.to_string()];
    let mut add =
        |stem: &str, endings: &[&str]| extend_forms(&mut plain, attach(base, stem, endings));
    let participle = |stem: &str, suffixes: &[&str]| -> Vec<String> {
        let mut out = Vec::new();
        for suffix in suffixes {
            for ending in ADJ {
                out.push(format!("{stem}{suffix}{ending}"));
            }
        }
        out
    };
    let mut participles = Vec::new();
    if ends_with_any(base, &["овать", "евать"]) && vowel_count(base) >= 3 {
        let stem = strip_chars(base, 5);
        let v = if base.ends_with("евать") {
            "е"
        } else {
            "о"
        };
        let u = if v == "е" { "ю" } else { "у" };
        let endings: Vec<String> = [
            "вать", "вал", "вала", "вало", "вали", "вав", "ванн", "ван", "вана", "вано", "ваны",
        ]
        .iter()
        .map(|e| format!("{v}{e}"))
        .chain(
            ["ю", "ешь", "ет", "ем", "ете", "ют", "й", "йте", "я"]
                .iter()
                .map(|e| format!("{u}{e}")),
        )
        .collect();
        let refs: Vec<&str> = endings.iter().map(String::as_str).collect();
        add(stem, &refs);
        participles.extend(participle(
            stem,
            &[
                &format!("{v}ванн"),
                &format!("{u}ющ"),
                &format!("{u}ем"),
                &format!("{v}вавш"),
            ],
        ));
    } else if ends_with_any(base, &["ать", "ять"]) {
        let stem = strip_chars(base, 3);
        let v = if base.ends_with("ять") { "я" } else { "а" };
        let endings: Vec<String> = [
            "ть", "ю", "ешь", "ет", "ем", "ете", "ют", "й", "йте", "л", "ла", "ло", "ли", "в", "я",
            "н", "на", "но", "ны",
        ]
        .iter()
        .map(|e| format!("{v}{e}"))
        .collect();
        let refs: Vec<&str> = endings.iter().map(String::as_str).collect();
        add(stem, &refs);
        participles.extend(participle(
            stem,
            &[
                &format!("{v}нн"),
                &format!("{v}ющ"),
                &format!("{v}ем"),
                &format!("{v}вш"),
            ],
        ));
    } else if ends_with_any(base, &["ить", "еть"]) && vowel_count(base) >= 2 {
        let stem = strip_chars(base, 3);
        let v = if base.ends_with("еть") { "е" } else { "и" };
        add(
            stem,
            &[
                "ю", "у", "ишь", "ит", "им", "ите", "ят", "ат", "и", "ь", "ьте", "я", "а",
            ],
        );
        let past: Vec<String> = ["ть", "л", "ла", "ло", "ли", "в"]
            .iter()
            .map(|e| format!("{v}{e}"))
            .collect();
        let refs: Vec<&str> = past.iter().map(String::as_str).collect();
        add(stem, &refs);
        if v == "е" {
            add(
                stem,
                &["ею", "еешь", "еет", "еем", "еете", "еют", "ей", "ейте"],
            );
        }
        let mut stems = vec![stem.to_string()];
        stems.extend(alternations(stem));
        for s in &stems {
            add(s, &["ю", "у", "ен", "ена", "ено", "ены"]);
            participles.extend(participle(s, &["енн"]));
        }
        participles.extend(participle(stem, &["ящ", "ащ", "им", &format!("{v}вш")]));
    } else if base.ends_with("йти") && base.chars().count() > 3 {
        // Prefixed `идти`: перейти → перейдите, перешёл.
        let stem = strip_chars(base, 3);
        add(
            stem,
            &[
                "йду",
                "йдешь",
                "йдет",
                "йдем",
                "йдете",
                "йдут",
                "йди",
                "йдите",
                "шел",
                "шла",
                "шло",
                "шли",
                "йдя",
                "йден",
                "йдено",
            ],
        );
        participles.extend(participle(stem, &["йденн", "шедш"]));
    } else if base.ends_with("уть") && vowel_count(base) >= 2 {
        let stem = strip_chars(base, 3);
        add(
            stem,
            &[
                "у", "ю", "ешь", "ет", "ем", "ете", "ут", "ют", "и", "ите", "ул", "ула", "уло",
                "ули", "ув", "ут",
            ],
        );
        participles.extend(participle(stem, &["ут", "увш"]));
    }
    extend_forms(&mut plain, participles);
    if plain.len() == 1 {
        return Vec::new();
    }
    let mut forms = Vec::with_capacity(plain.len() * 3);
    for form in plain {
        if !reflexive {
            forms.push(form.clone());
        }
        let vowel_final = last_char(&form).is_some_and(is_vowel);
        forms.push(format!("{form}ся"));
        if vowel_final {
            forms.push(format!("{form}сь"));
        }
    }
    if reflexive {
        forms.insert(0, word.to_string());
    }
    let mut unique = Vec::with_capacity(forms.len());
    extend_forms(&mut unique, forms);
    unique
}

/// Consonant alternations of second-conjugation stems before `-ю`/`-енный`
/// (`приостанов` → `приостановл`, `отраз` → `отраж`).
fn alternations(stem: &str) -> Vec<String> {
    let s1 = strip_chars(stem, 1);
    if stem.ends_with("ст") {
        return vec![format!("{}щ", strip_chars(stem, 2))];
    }
    match last_char(stem) {
        Some(c @ ('б' | 'п' | 'в' | 'ф' | 'м')) => vec![format!("{s1}{c}л")],
        Some('д') => vec![format!("{s1}ж"), format!("{s1}жд")],
        Some('т') => vec![format!("{s1}ч"), format!("{s1}щ")],
        Some('з') => vec![format!("{s1}ж")],
        Some('с') => vec![format!("{s1}ш")],
        _ => Vec::new(),
    }
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
        Russian.word_forms(&words)
    }

    fn has(forms: &[String], form: &str) -> bool {
        forms.iter().any(|f| f == form)
    }

    #[test]
    fn peace_treaty_declines_with_agreement() {
        let f = forms("мирный договор");
        for form in [
            "мирного",
            "мирному",
            "мирным",
            "мирном",
            "мирные",
            "мирных",
            "мирными",
        ] {
            assert!(has(&f[0], form), "{form}");
        }
        for form in [
            "договора",
            "договору",
            "договором",
            "договоре",
            "договоры",
            "договоров",
            "договорам",
            "договорами",
            "договорах",
        ] {
            assert!(has(&f[1], form), "{form}");
        }
    }

    #[test]
    fn plural_only_islands() {
        let f = forms("южные курилы");
        assert!(has(&f[0], "южных") && has(&f[0], "южным") && has(&f[0], "южными"));
        for form in ["курил", "курилам", "курилами", "курилах"] {
            assert!(has(&f[1], form), "{form}");
        }
        let f = forms("курильские острова");
        assert!(has(&f[0], "курильских"));
        assert!(has(&f[1], "островов") && has(&f[1], "островах"));
    }

    #[test]
    fn genitive_complement_keeps_its_case() {
        let f = forms("период активного хранения");
        assert!(has(&f[0], "периода") && has(&f[0], "периодом"));
        assert!(f[1][0] == "активного" && has(&f[1], "активных"));
        assert_eq!(f[2], ["хранения", "хранений"]);
        let f = forms("использование ресурсов");
        assert!(has(&f[0], "использования") && has(&f[0], "использовании"));
        assert!(f[1][0] == "ресурсов" && has(&f[1], "ресурса"));
        let f = forms("вид позиции");
        assert!(has(&f[1], "позиций"));
        let f = forms("группировка деловых партнеров");
        assert!(has(&f[1], "делового") && has(&f[2], "партнера"));
        let f = forms("поставщик услуг");
        assert!(has(&f[1], "услуги"));
    }

    #[test]
    fn feminine_and_neuter_nouns() {
        let f = single_word("группировка", true);
        assert!(has(&f, "группировки") && has(&f, "группировок") && has(&f, "группировкой"));
        let f = single_word("настройка", true);
        assert!(has(&f, "настроек"));
        let f = single_word("декларация", true);
        assert!(has(&f, "декларации") && has(&f, "декларацию") && has(&f, "декларацией"));
        let f = single_word("пространство", true);
        assert!(has(&f, "пространства") && has(&f, "пространстве"));
        let f = single_word("время", true);
        assert!(has(&f, "времени") && has(&f, "временем"));
    }

    #[test]
    fn soft_sign_and_fleeting_vowels() {
        let f = single_word("связь", true);
        assert!(has(&f, "связи") && has(&f, "связью") && has(&f, "связей"));
        let f = single_word("уровень", true);
        assert!(has(&f, "уровня") && has(&f, "уровнем"));
        let f = single_word("рынок", true);
        assert!(has(&f, "рынка") && has(&f, "рынке"));
        // One syllable: no fleeting vowel.
        assert!(!has(&single_word("ток", true), "тка"));
    }

    #[test]
    fn verbs_conjugate() {
        let f = single_word("приостановить", true);
        for form in [
            "приостановите",
            "приостановил",
            "приостановлен",
            "приостановленный",
            "приостановленного",
            "приостановлю",
        ] {
            assert!(has(&f, form), "{form}");
        }
        let f = single_word("перейти", true);
        assert!(has(&f, "перейдите") && has(&f, "перешли"));
        assert!(has(&single_word("пройти", true), "пройденный"));
        let f = single_word("печатать", true);
        assert!(has(&f, "печатайте") && has(&f, "печатает") && has(&f, "печатается"));
        let f = single_word("использовать", true);
        assert!(has(&f, "используйте") && has(&f, "используется") && has(&f, "использованных"));
        let f = single_word("определить", true);
        assert!(has(&f, "определите"));
        assert!(!has(&f, "определяет"));
    }

    #[test]
    fn derived_words() {
        let all = |w: &str| derived(w).concat();
        assert!(has(&all("вход"), "входных") && has(&all("вход"), "входные"));
        assert!(has(&all("баланс"), "балансовой"));
        assert!(has(&all("предел"), "предельной"));
        assert!(has(&all("редактировать"), "отредактировать"));
        assert!(has(&all("печатать"), "распечатать"));
        assert!(has(&all("декларация"), "декларационного"));
        // Short roots derive nothing.
        assert!(derived("мир").is_empty());
        let f = single_word("открыто", true);
        assert!(has(&f, "открытого") && has(&f, "открытой"));
    }

    #[test]
    fn snowball_fallback_for_common_words_only() {
        let word = |text, capitalized| TermWord {
            text,
            capitalized,
            hyphen_after: false,
        };
        let (stem, endings) = Russian
            .stem_endings(&word("переговоры", false))
            .expect("a stem");
        assert_eq!(stem, "переговор");
        assert!(endings.contains(&"ах"));
        assert!(Russian.stem_endings(&word("курилы", true)).is_none());
        assert!(Russian.stem_endings(&word("мир", false)).is_none());
        assert!(Russian.stem_endings(&word("вводить", false)).is_none());
    }

    #[test]
    fn no_form_is_a_longer_unrelated_word() {
        // `мир` declines, but never to `мирный`.
        let f = single_word("мир", true);
        assert!(has(&f, "мира") && has(&f, "миром"));
        assert!(!has(&f, "мирный") && !has(&f, "мирного"));
    }
}
