//! Sentence-level checks from the alignment: S001 omitted-sentence, S002
//! added-sentence, S003 untranslated-sentence, S004 low-confidence-alignment.

use glossa_diagnostics::Message;
use glossa_text::Lang;
use glossa_text::segment::BlockKind;

use crate::codes::Check;
use crate::rules::{matched_pairs, sentences_span};
use crate::settings::Finding;
use crate::{Document, PairInput};

pub(crate) fn check(input: &PairInput<'_>, out: &mut Vec<Finding>) {
    for pair in input.pairs {
        if pair.tgt.is_empty() && !only_code(&input.source, &pair.src) {
            if let Some(span) = sentences_span(&input.source, &pair.src) {
                let sentence = preview(&input.source, pair.src.start);
                let message = Message::new("omitted-sentence")
                    .arg("sentence", sentence)
                    .arg("lang", input.target.lang.as_str());
                out.push(
                    Finding::new(Check::OmittedSentence, message)
                        .with(|d| d.primary(span, None).in_group(pair.group)),
                );
            }
        } else if pair.src.is_empty()
            && !only_code(&input.target, &pair.tgt)
            && let Some(span) = sentences_span(&input.target, &pair.tgt)
        {
            let message = Message::new("added-sentence");
            out.push(
                Finding::new(Check::AddedSentence, message)
                    .with(|d| d.primary(span, None).in_group(pair.group)),
            );
        }
    }
    for pair in matched_pairs(input.pairs) {
        let mut untranslated = false;
        for index in pair.tgt.clone() {
            let Some(target) = input.target.sentences.get(index) else {
                continue;
            };
            if target.kind == BlockKind::CodeBlock {
                continue;
            }
            let same_as_source = pair
                .src
                .clone()
                .filter_map(|i| input.source.sentences.get(i))
                .any(|source| {
                    is_untranslated(
                        &source.text,
                        input.source.lang,
                        &target.text,
                        input.target.lang,
                    )
                });
            if same_as_source {
                untranslated = true;
                let message =
                    Message::new("untranslated-sentence").arg("lang", input.source.lang.as_str());
                if let Some(span) = input.target.sentence_span(index) {
                    out.push(
                        Finding::new(Check::UntranslatedSentence, message).with(|d| {
                            d.primary(span, None)
                                .with_help(Message::new("help-translate"))
                                .in_group(pair.group)
                        }),
                    );
                }
            }
        }
        if pair.low_confidence
            && !untranslated
            && let Some(span) = sentences_span(&input.target, &pair.tgt)
        {
            let confidence = format!("{:.2}", pair.confidence);
            let message = Message::new("low-confidence-alignment").arg("confidence", confidence);
            out.push(
                Finding::new(Check::LowConfidenceAlignment, message)
                    .with(|d| d.primary(span, None).in_group(pair.group)),
            );
        }
    }
}

fn only_code(doc: &Document<'_>, sentences: &std::ops::Range<usize>) -> bool {
    sentences
        .clone()
        .filter_map(|i| doc.sentences.get(i))
        .all(|s| s.kind == BlockKind::CodeBlock || !s.text.chars().any(char::is_alphanumeric))
}

/// The first words of a sentence, for messages.
fn preview(doc: &Document<'_>, index: usize) -> String {
    let text = doc.sentences.get(index).map_or("", |s| s.text.as_str());
    let mut preview: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        preview.push('…');
    }
    preview
}

/// Words made of letters, lowercased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

/// The writing system a sentence is mostly in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Japanese,
    Other,
}

fn dominant_script(text: &str) -> Option<Script> {
    let (mut latin, mut cyrillic, mut japanese, mut other) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => latin += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF66}'..='\u{FF9F}' => {
                japanese += 1
            }
            _ => other += 1,
        }
    }
    let total = latin + cyrillic + japanese + other;
    if total == 0 {
        return None;
    }
    [
        (latin, Script::Latin),
        (cyrillic, Script::Cyrillic),
        (japanese, Script::Japanese),
        (other, Script::Other),
    ]
    .into_iter()
    .max_by_key(|&(count, _)| count)
    .filter(|&(count, _)| count * 10 >= total * 7)
    .map(|(_, script)| script)
}

fn script_of_lang(lang: &Lang) -> Option<Script> {
    match lang.primary() {
        "en" | "tr" | "de" | "fr" | "es" | "it" | "pt" | "pl" | "nl" => Some(Script::Latin),
        "ru" | "uk" | "be" | "bg" | "sr" | "kk" => Some(Script::Cyrillic),
        "ja" => Some(Script::Japanese),
        _ => None,
    }
}

/// True when `target` is the source sentence left as it was: the same words,
/// or (when the languages use different scripts) a sentence in the source's
/// script with several words. Short labels, names and numbers are ignored.
pub(crate) fn is_untranslated(
    source: &str,
    source_lang: &Lang,
    target: &str,
    target_lang: &Lang,
) -> bool {
    let target_words = words(target);
    if target_words.len() < 4 {
        return false;
    }
    let source_script = script_of_lang(source_lang);
    if source_script.is_some() && source_script != script_of_lang(target_lang) {
        return dominant_script(target) == source_script;
    }
    let source_words = words(source);
    let shared = target_words
        .iter()
        .filter(|w| source_words.contains(w))
        .count();
    shared * 10 >= target_words.len() * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    #[test]
    fn detects_untranslated_sentences() {
        let en = "The talks on a peace treaty will continue in Moscow.";
        assert!(is_untranslated(en, &lang("en"), en, &lang("ru")));
        assert!(is_untranslated(en, &lang("en"), en, &lang("tr")));
        assert!(is_untranslated(en, &lang("en"), en, &lang("ja")));
        assert!(!is_untranslated(
            en,
            &lang("en"),
            "Переговоры о мирном договоре продолжатся в Москве.",
            &lang("ru")
        ));
        assert!(!is_untranslated(
            en,
            &lang("en"),
            "Barış antlaşması görüşmeleri Moskova'da sürecek.",
            &lang("tr")
        ));
        assert!(!is_untranslated(
            en,
            &lang("en"),
            "平和条約に関する協議はモスクワで続く。",
            &lang("ja")
        ));
        // Names and acronyms inside a translation are not untranslated text.
        assert!(!is_untranslated(
            "G7 and G20",
            &lang("en"),
            "G7 и G20",
            &lang("ru")
        ));
    }
}
