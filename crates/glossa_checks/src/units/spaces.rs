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

/// True when two spaces follow each other in `bytes`: each chunk of 16 pairs of neighbours
/// tested at once (vectorized), the pairs after the last whole chunk as the last 16 pairs.
fn has_double_space(bytes: &[u8]) -> bool {
    let both = |first: &[u8; 16], second: &[u8; 16]| {
        let mut found = 0u8;
        for (&a, &b) in first.iter().zip(second) {
            found |= u8::from((a == b' ') & (b == b' '));
        }
        found != 0
    };
    let Some(seconds) = bytes.get(1..) else {
        return false;
    };
    let (firsts, _) = bytes.as_chunks::<16>();
    let (second_chunks, rest) = seconds.as_chunks::<16>();
    if firsts.iter().zip(second_chunks).any(|(a, b)| both(a, b)) {
        return true;
    }
    if rest.is_empty() {
        return false;
    }
    // The last 16 pairs hold those after the whole chunks.
    let last = seconds.len().checked_sub(16).and_then(|start| {
        Some((
            bytes.get(start..)?.first_chunk::<16>()?,
            seconds.last_chunk::<16>()?,
        ))
    });
    match last {
        Some((first, second)) => both(first, second),
        None => bytes.windows(2).any(|pair| pair == b"  "),
    }
}

pub(crate) fn double_space(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    if !has_double_space(target.text.as_bytes())
        || target.lang.is_unspaced()
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
    fn double_spaces_are_found_wherever_they_stand() {
        for len in 0..40 {
            for at in 0..len {
                let mut bytes = vec![b'x'; len];
                bytes[at] = b' ';
                assert!(!has_double_space(&bytes));
                if at + 1 < len {
                    bytes[at + 1] = b' ';
                    assert!(has_double_space(&bytes), "{len} {at}");
                    bytes[at] = b'y';
                    assert!(!has_double_space(&bytes), "{len} {at}");
                }
            }
        }
    }

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
