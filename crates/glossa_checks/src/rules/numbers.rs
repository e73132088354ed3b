//! N001 number-mismatch and N002 date-mismatch: the numbers and dates of
//! aligned sentences must agree, whatever their local spelling
//! (`1,000` = `1 000` = `１０００`, `20th century` = `XX века`,
//! `January 14` = `14 января` = `1月14日` = `14 Ocak`).

use glossa_anchors::{Anchor, AnchorKind, dates_agree, extract};
use glossa_diagnostics::{Message, Span};

use crate::codes::Check;
use crate::rules::{matched_pairs, sentences_span};
use crate::settings::Finding;
use crate::{AlignedPair, Document, PairInput};

/// An anchor with its span in the original document.
struct Located {
    anchor: Anchor,
    span: Span,
    text: String,
}

pub(crate) fn check(input: &PairInput<'_>, out: &mut Vec<Finding>) {
    for pair in matched_pairs(input.pairs) {
        let source = anchors(&input.source, pair, true);
        let target = anchors(&input.target, pair, false);
        numbers(input, pair, &source, &target, out);
        dates(input, pair, &source, &target, out);
    }
}

fn anchors(doc: &Document<'_>, pair: &AlignedPair, source_side: bool) -> Vec<Located> {
    let indices = if source_side {
        pair.src.clone()
    } else {
        pair.tgt.clone()
    };
    let mut located = Vec::new();
    for sentence in indices.filter_map(|i| doc.sentences.get(i)) {
        for anchor in extract(&sentence.text, doc.lang) {
            if !matches!(anchor.kind, AnchorKind::Number | AnchorKind::Date) {
                continue;
            }
            let start = sentence.source_offset(anchor.range.start);
            let end = sentence.source_offset(anchor.range.end).max(start);
            let text = sentence
                .text
                .get(anchor.range.clone())
                .unwrap_or_default()
                .to_string();
            located.push(Located {
                span: Span {
                    file: doc.file,
                    range: start..end,
                },
                anchor,
                text,
            });
        }
    }
    located
}

/// N001 in both directions: a source number with no counterpart, a target
/// number the source does not have. Number words (`two`, `два`) are soft:
/// they can stand for a digit but are never required.
fn numbers(
    input: &PairInput<'_>,
    pair: &AlignedPair,
    source: &[Located],
    target: &[Located],
    out: &mut Vec<Finding>,
) {
    let is_number = |l: &&Located| l.anchor.kind == AnchorKind::Number;
    let mut unmatched_target: Vec<&Located> = target.iter().filter(is_number).collect();
    let mut missing = Vec::new();
    let mut missing_words = Vec::new();
    // Digits first: a soft number word must not take the counterpart of a
    // required number (`on 9 March with 10` / `9 марта с 10`).
    let by_hardness = source
        .iter()
        .filter(is_number)
        .filter(|l| !l.anchor.soft)
        .chain(source.iter().filter(is_number).filter(|l| l.anchor.soft));
    for src in by_hardness {
        match unmatched_target
            .iter()
            .position(|t| t.anchor.key == src.anchor.key)
        {
            Some(i) => {
                unmatched_target.remove(i);
            }
            None if !src.anchor.soft => missing.push(src),
            None => missing_words.push(src),
        }
    }
    // Number words on both sides that disagree (`two ships` → `три корабля`) are a changed
    // number; `one` is left out (also a pronoun or an article), as in the unit check.
    let changed_word = |l: &Located| l.anchor.soft && l.anchor.key != "1";
    missing_words.retain(|l| changed_word(l));
    let words_changed =
        !missing_words.is_empty() && unmatched_target.iter().any(|l| changed_word(l));
    if words_changed {
        missing.extend(missing_words);
    }
    let source_keys: Vec<&str> = source
        .iter()
        .filter(is_number)
        .map(|l| l.anchor.key.as_str())
        .collect();
    for src in missing {
        let Some(target_span) = sentences_span(&input.target, &pair.tgt) else {
            continue;
        };
        let message = Message::new("number-missing").arg("number", src.text.as_str());
        out.push(Finding::new(Check::NumberMismatch, message).with(|d| {
            d.primary(target_span, None)
                .secondary(src.span.clone(), Some(Message::new("label-source")))
                .in_group(pair.group)
        }));
    }
    for tgt in unmatched_target {
        let soft = tgt.anchor.soft && !(words_changed && changed_word(tgt));
        if soft || source_keys.contains(&tgt.anchor.key.as_str()) {
            continue;
        }
        let message = Message::new("number-added").arg("number", tgt.text.as_str());
        out.push(
            Finding::new(Check::NumberMismatch, message)
                .with(|d| d.primary(tgt.span.clone(), None).in_group(pair.group)),
        );
    }
}

/// N002: every date must have a counterpart on the other side. A date
/// without a year matches the same day and month with a year.
fn dates(
    input: &PairInput<'_>,
    pair: &AlignedPair,
    source: &[Located],
    target: &[Located],
    out: &mut Vec<Finding>,
) {
    let is_date = |l: &&Located| l.anchor.kind == AnchorKind::Date;
    let has_counterpart = |date: &Located, others: &[Located]| {
        others
            .iter()
            .filter(is_date)
            .any(|other| dates_agree(&date.anchor.key, &other.anchor.key))
    };
    // A soft date (`12月`, a month alone) may stand for a date on the other
    // side but is never required.
    for src in source.iter().filter(is_date) {
        if src.anchor.soft || has_counterpart(src, target) {
            continue;
        }
        let Some(target_span) = sentences_span(&input.target, &pair.tgt) else {
            continue;
        };
        let message = Message::new("date-mismatch").arg("date", src.text.as_str());
        out.push(Finding::new(Check::DateMismatch, message).with(|d| {
            d.primary(target_span, None)
                .secondary(src.span.clone(), Some(Message::new("label-source")))
                .in_group(pair.group)
        }));
    }
    for tgt in target.iter().filter(is_date) {
        if tgt.anchor.soft || has_counterpart(tgt, source) {
            continue;
        }
        let message = Message::new("date-added").arg("date", tgt.text.as_str());
        out.push(
            Finding::new(Check::DateMismatch, message)
                .with(|d| d.primary(tgt.span.clone(), None).in_group(pair.group)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::units::test_support::{lang, messages};
    use crate::{AlignedPair, Document, PairInput, Settings, check_pair};
    use glossa_diagnostics::FileId;
    use glossa_text::segment::Sentence;

    /// N001 of one aligned sentence pair of two documents.
    fn numbers(source: &str, target_lang: &str, target: &str) -> Vec<String> {
        let (en, tl) = (lang("en"), lang(target_lang));
        let source_sentences = [Sentence::verbatim(0..source.len(), source.to_string(), 0)];
        let target_sentences = [Sentence::verbatim(0..target.len(), target.to_string(), 0)];
        let pairs = [AlignedPair {
            src: 0..1,
            tgt: 0..1,
            confidence: 1.0,
            low_confidence: false,
            group: 0,
        }];
        let input = PairInput {
            source: Document {
                file: FileId(0),
                lang: &en,
                text: source,
                sentences: &source_sentences,
            },
            target: Document {
                file: FileId(1),
                lang: &tl,
                text: target,
                sentences: &target_sentences,
            },
            pairs: &pairs,
            terms: None,
        };
        messages(&check_pair(&input, &Settings::default()))
            .into_iter()
            .filter(|m| m.starts_with("N001"))
            .collect()
    }

    #[test]
    fn number_words_that_disagree_are_a_changed_number() {
        assert_eq!(
            numbers(
                "Two frigates entered the port.",
                "ru",
                "Три фрегата вошли в порт."
            ),
            [
                "N001 number-missing(number=Two)",
                "N001 number-added(number=Три)"
            ]
        );
        assert!(
            numbers(
                "Two frigates entered the port.",
                "ru",
                "Два фрегата вошли в порт."
            )
            .is_empty()
        );
        assert!(
            numbers(
                "Two ships met a tanker.",
                "tr",
                "İki gemi bir tankerle karşılaştı."
            )
            .is_empty()
        );
    }
}
