//! U003 length-ratio: a target much longer or shorter than the usual ratio
//! of its language pair, learned from the units given: the median of
//! `ln(target chars / source chars)` and its median absolute deviation (MAD);
//! a unit is flagged beyond four robust standard deviations (1.4826 × MAD),
//! and never within a factor of 1.8 of the median. Only sources of more than
//! 20 characters count, and a language pair needs 20 such units.

use std::collections::HashMap;

use glossa_diagnostics::Message;
use glossa_text::Lang;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::UnitPair;

const MIN_CHARS: usize = 20;
const MIN_UNITS: usize = 20;
const K: f64 = 4.0;
const MAD_TO_SIGMA: f64 = 1.4826;

/// Median of a non-empty slice (reorders it).
fn median(values: &mut [f64]) -> f64 {
    let mid = values.len() / 2;
    let (_, m, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    *m
}

pub(crate) fn check(pairs: &[UnitPair<'_>], out: &mut Vec<(usize, Finding)>) {
    let mut groups: HashMap<(&Lang, &Lang), Vec<(usize, f64)>> = HashMap::new();
    for (index, pair) in pairs.iter().enumerate() {
        let Some(target) = &pair.target else {
            continue;
        };
        if pair.untranslated_expected() || pair.source.text.len() <= MIN_CHARS {
            continue;
        }
        let source_chars = pair.source.text.trim().chars().count();
        let target_chars = target.text.trim().chars().count();
        if source_chars <= MIN_CHARS || target_chars == 0 {
            continue;
        }
        let ratio = (target_chars as f64 / source_chars as f64).ln();
        groups
            .entry((pair.source.lang, target.lang))
            .or_default()
            .push((index, ratio));
    }
    for units in groups.values() {
        if units.len() < MIN_UNITS {
            continue;
        }
        let mut values: Vec<f64> = units.iter().map(|&(_, r)| r).collect();
        let center = median(&mut values);
        for value in &mut values {
            *value = (*value - center).abs();
        }
        let spread = median(&mut values) * MAD_TO_SIGMA;
        let limit = (K * spread).max(1.8f64.ln());
        for &(index, ratio) in units {
            if (ratio - center).abs() <= limit {
                continue;
            }
            let Some(target) = pairs.get(index).and_then(|p| p.target.as_ref()) else {
                continue;
            };
            let message = Message::new("length-ratio")
                .arg("ratio", format!("{:.2}", ratio.exp()))
                .arg("usual", format!("{:.2}", center.exp()));
            out.push((
                index,
                Finding::new(Check::LengthRatio, message).with(|d| d.primary(target.whole(), None)),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use glossa_diagnostics::Localizer;

    use crate::settings::Settings;
    use crate::units::test_support::{lang, unit};
    use crate::units::{UnitPair, check_units};

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
