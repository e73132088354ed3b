//! Splitting a cell's text into plain runs and highlighted terms.

use crate::model::{Cell, Highlight};

/// A run of a cell's text: plain, or a glossary term.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Span<'a> {
    /// Text outside any term.
    Plain(&'a str),
    /// A highlighted term and its highlight.
    Term(&'a str, &'a Highlight),
}

/// The runs of `cell` in text order. Highlights whose range is empty, out of
/// bounds, not on character boundaries or overlapping an earlier one are
/// dropped (the text still shows, unhighlighted).
pub fn spans(cell: &Cell) -> Vec<Span<'_>> {
    let text = cell.text.as_str();
    let mut valid: Vec<&Highlight> = cell
        .highlights
        .iter()
        .filter(|h| h.range.start < h.range.end && text.get(h.range.start..h.range.end).is_some())
        .collect();
    valid.sort_by_key(|h| (h.range.start, h.range.end));
    let mut out = Vec::with_capacity(valid.len() * 2 + 1);
    let mut pos = 0;
    for h in valid {
        if h.range.start < pos {
            continue;
        }
        if h.range.start > pos {
            out.push(Span::Plain(&text[pos..h.range.start]));
        }
        out.push(Span::Term(&text[h.range.clone()], h));
        pos = h.range.end;
    }
    if pos < text.len() {
        out.push(Span::Plain(&text[pos..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hl(range: std::ops::Range<usize>, concept: &str) -> Highlight {
        Highlight {
            range,
            concept: concept.into(),
            status: "preferred".into(),
            ..Highlight::default()
        }
    }

    fn render(cell: &Cell) -> String {
        spans(cell)
            .iter()
            .map(|s| match s {
                Span::Plain(t) => (*t).to_string(),
                Span::Term(t, _) => format!("[{t}]"),
            })
            .collect()
    }

    #[test]
    fn russian_terms_in_order() {
        let text = "Переговоры о мирном договоре касаются Южных Курил.";
        let a = text.find("мирном договоре").unwrap_or(0);
        let b = text.find("Южных Курил").unwrap_or(0);
        let cell = Cell {
            text: text.into(),
            highlights: vec![
                hl(b..b + "Южных Курил".len(), "southern-kurils"),
                hl(a..a + "мирном договоре".len(), "peace-treaty"),
            ],
        };
        assert_eq!(
            render(&cell),
            "Переговоры о [мирном договоре] касаются [Южных Курил]."
        );
    }

    #[test]
    fn bad_ranges_are_dropped_not_panicking() {
        // "平和条約" is 12 bytes; 1..4 cuts a character, 0..99 is out of bounds.
        let text = "平和条約の交渉";
        let cell = Cell {
            text: text.into(),
            highlights: vec![
                hl(1..4, "x"),
                hl(0..99, "y"),
                hl(3..3, "z"),
                hl(0..12, "peace-treaty"),
                hl(6..15, "overlap"),
            ],
        };
        assert_eq!(render(&cell), "[平和条約]の交渉");
    }

    #[test]
    fn turkish_term_at_the_end() {
        let text = "Taraflar barış antlaşmasını";
        let start = text.find("barış").unwrap_or(0);
        let cell = Cell {
            text: text.into(),
            highlights: vec![hl(start..text.len(), "peace-treaty")],
        };
        assert_eq!(render(&cell), "Taraflar [barış antlaşmasını]");
    }
}
