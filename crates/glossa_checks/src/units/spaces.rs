//! Q003 double-space and Q006 edge-whitespace.
//!
//! A double space is two or more spaces between two visible characters of
//! the target when the source has none; indentation after a line break is
//! not one, and Japanese targets (written without spaces) are not checked.
//! Edge whitespace: the leading and trailing whitespace of source and target
//! must be the same (it is often significant when strings are concatenated).

use std::ops::Range;

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::UnitText;

/// Runs of two or more spaces between visible characters.
fn double_spaces(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = text[i..].find("  ").map(|p| p + i) {
        let mut end = at + 2;
        while bytes.get(end) == Some(&b' ') {
            end += 1;
        }
        let after_line_start = at == 0 || matches!(bytes[at - 1], b'\n' | b'\r' | b' ' | b'\t');
        let before_line_end = end >= bytes.len() || matches!(bytes[end], b'\n' | b'\r' | b'\t');
        if !after_line_start && !before_line_end {
            found.push(at..end);
        }
        i = end;
    }
    found
}

pub(crate) fn double_space(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    if target.lang.is_unspaced()
        || !target.text.contains("  ")
        || !double_spaces(source.text).is_empty()
    {
        return;
    }
    for range in double_spaces(target.text) {
        out.push(
            Finding::new(Check::DoubleSpace, Message::new("double-space"))
                .with(|d| d.primary(target.span(range), None)),
        );
    }
}

pub(crate) fn edges(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    let lead = |t: &'_ str| t.len() - t.trim_start().len();
    let trail = |t: &'_ str| t.len() - t.trim_end().len();
    let (source_lead, target_lead) = (lead(source.text), lead(target.text));
    if source.text[..source_lead] != target.text[..target_lead] {
        let message = Message::new("leading-whitespace-mismatch");
        out.push(Finding::new(Check::EdgeWhitespace, message).with(|d| {
            d.primary(
                target.span(0..target_lead.max(1).min(target.text.len())),
                None,
            )
        }));
    }
    let (source_trail, target_trail) = (trail(source.text), trail(target.text));
    let target_end = target.text.len() - target_trail;
    if source.text[source.text.len() - source_trail..] != target.text[target_end..] {
        let start = if target_trail == 0 {
            target
                .text
                .len()
                .saturating_sub(target.text.chars().last().map_or(0, char::len_utf8))
        } else {
            target_end
        };
        out.push(
            Finding::new(
                Check::EdgeWhitespace,
                Message::new("trailing-whitespace-mismatch"),
            )
            .with(|d| d.primary(target.span(start..target.text.len()), None)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::test_support::{check, messages};

    #[test]
    fn double_spaces_inside_text_only() {
        let found = double_spaces("Встреча  состоялась");
        assert_eq!((found.len(), found[0].clone()), (1, 14..16));
        assert!(double_spaces("  indented\n    code  \nend").is_empty());
        assert_eq!(
            messages(&check(
                "en",
                "The meeting took place.",
                "ru",
                "Встреча  состоялась."
            )),
            ["Q003 double-space"]
        );
        assert_eq!(
            messages(&check(
                "en",
                "The meeting took place.",
                "tr",
                "Toplantı  yapıldı."
            )),
            ["Q003 double-space"]
        );
        assert!(check("en", "One.  Two.", "ru", "Раз.  Два.").is_empty());
        assert!(check("en", "Done", "ja", "完了  しました").is_empty());
    }

    #[test]
    fn leading_and_trailing_whitespace_must_match() {
        assert_eq!(
            messages(&check("en", "Total: ", "ru", "Итого:")),
            ["Q006 trailing-whitespace-mismatch"]
        );
        assert_eq!(
            messages(&check("en", "files", "tr", " dosya")),
            ["Q006 leading-whitespace-mismatch"]
        );
        assert!(check("en", " of ", "ja", " の ").is_empty());
    }
}
