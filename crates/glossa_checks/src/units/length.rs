//! U003 length-ratio: a target much longer or shorter than the usual ratio
//! of its language pair, learned from the units given: the median of
//! `ln(target chars / source chars)` and its median absolute deviation (MAD);
//! a unit is flagged beyond four robust standard deviations (1.4826 × MAD),
//! and never within a factor of 1.8 of the median. Only sources of more than
//! 20 characters count, and a language pair needs 20 such units.

use glossa_diagnostics::Message;
use glossa_text::Lang;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::{Pending, UnitPair, same_lang, trimmed};

const MIN_CHARS: usize = 20;
const MIN_UNITS: usize = 20;
const K: f64 = 4.0;
const MAD_TO_SIGMA: f64 = 1.4826;

/// The number of characters of `text`: its length when it is ASCII (most source texts; the
/// test is a word-at-a-time pass that stops at the first other byte), else counted.
fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// Median of a non-empty slice (reorders it).
fn median(values: &mut [f64]) -> f64 {
    let mid = values.len() / 2;
    let (_, m, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    *m
}

/// A language pair, the indices of its units that count and their log ratios.
type Group = (Lang, Lang, Vec<u32>, Vec<f64>);

/// The log ratios of the units that count, per language pair: 12 bytes a unit.
#[derive(Debug, Default)]
pub(crate) struct Ratios {
    groups: Vec<Group>,
}

impl Ratios {
    /// Records unit `index` when it counts.
    pub(crate) fn add(&mut self, pair: &UnitPair<'_>, index: usize) {
        let Some(target) = &pair.target else {
            return;
        };
        if pair.untranslated_expected() || pair.source.text.len() <= MIN_CHARS {
            return;
        }
        let source_chars = char_count(trimmed(pair.source.text));
        let target_chars = char_count(trimmed(target.text));
        if source_chars <= MIN_CHARS || target_chars == 0 {
            return;
        }
        let ratio = (target_chars as f64 / source_chars as f64).ln();
        let at = match self
            .groups
            .iter()
            .position(|g| same_lang(&g.0, pair.source.lang) && same_lang(&g.1, target.lang))
        {
            Some(at) => at,
            None => {
                let (source, target) = (pair.source.lang.clone(), target.lang.clone());
                self.groups.push((source, target, Vec::new(), Vec::new()));
                self.groups.len() - 1
            }
        };
        if let Some(group) = self.groups.get_mut(at) {
            group.2.push(u32::try_from(index).unwrap_or(u32::MAX));
            group.3.push(ratio);
        }
    }

    /// The outliers of every language pair with enough units.
    pub(crate) fn check(&self, out: &mut Vec<Pending>) {
        for (_, _, indices, ratios) in &self.groups {
            if ratios.len() < MIN_UNITS {
                continue;
            }
            let mut values = ratios.clone();
            let center = median(&mut values);
            for value in &mut values {
                *value = (*value - center).abs();
            }
            let spread = median(&mut values) * MAD_TO_SIGMA;
            drop(values);
            let limit = (K * spread).max(1.8f64.ln());
            for (&index, &ratio) in indices.iter().zip(ratios) {
                if (ratio - center).abs() > limit {
                    out.push(Pending::length(index as usize, ratio, center));
                }
            }
        }
    }
}

/// The finding on a unit whose log length ratio is `ratio`, the usual one `center`.
pub(crate) fn finding(pair: &UnitPair<'_>, ratio: f64, center: f64) -> Option<Finding> {
    let target = pair.target.as_ref()?;
    let message = Message::new("length-ratio")
        .arg("ratio", format!("{:.2}", ratio.exp()))
        .arg("usual", format!("{:.2}", center.exp()));
    Some(Finding::new(Check::LengthRatio, message).with(|d| d.primary(target.whole(), None)))
}

#[cfg(test)]
mod tests {
    use glossa_diagnostics::Localizer;

    use super::char_count;

    use crate::settings::Settings;
    use crate::units::test_support::{lang, unit};
    use crate::units::{UnitPair, check_units};

    #[test]
    fn characters_are_counted_in_every_script() {
        for text in [
            "",
            "The peace treaty was discussed.",
            "Мирный договор обсуждался.",
            "平和条約が議論された。",
            "Barış antlaşması görüşüldü.",
            "a«б»c 𝟗",
        ] {
            assert_eq!(char_count(text), text.chars().count(), "{text}");
        }
    }

    #[test]
    fn learns_the_ratio_and_flags_outliers() {
        let (en, ru) = (lang("en"), lang("ru"));
        let mut texts: Vec<(String, String)> = (0..30)
            .map(|i| {
                (
                    format!("The delegation number {i} arrived in Moscow today."),
                    format!("Делегация номер {i} сегодня прибыла в Москву утром."),
                )
            })
            .collect();
        texts.push((
            "The delegation arrived in Moscow today.".into(),
            "Делегация.".into(),
        ));
        let pairs: Vec<UnitPair<'_>> = texts
            .iter()
            .map(|(s, t)| UnitPair {
                source: unit(0, &en, s),
                target: Some(unit(1, &ru, t)),
                flags: &[],
                notes: &[],
            })
            .collect();
        let found: Vec<String> = check_units(&pairs, &Settings::default())
            .iter()
            .filter(|d| d.code == "U003")
            .map(|d| glossa_diagnostics::PlainLocalizer.format(&d.message))
            .collect();
        assert_eq!(found, ["length-ratio(ratio=0.26, usual=1.02)"]);
    }
}
