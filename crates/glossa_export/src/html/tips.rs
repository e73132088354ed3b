//! Tooltip texts, stored once per distinct text and referenced by id, so a
//! 5,000-row page does not repeat the same long tooltip thousands of times.

use std::collections::HashMap;

use crate::escape::push_escaped;
use crate::labels::Labels;
use crate::model::Highlight;

/// Distinct tooltip texts in first-use order (deterministic).
#[derive(Debug, Default)]
pub struct Tips {
    texts: Vec<String>,
    index: HashMap<String, usize>,
}

impl Tips {
    /// The id of the tooltip of `h` (its text, status and flag).
    pub fn id(&mut self, h: &Highlight, labels: &Labels) -> usize {
        let mut text = h.tooltip.clone();
        if !text.is_empty() {
            text.push_str(" · ");
        }
        text.push_str(labels.status(&h.status));
        if h.flagged {
            text.push_str(" · ");
            text.push_str(&labels.flagged);
        }
        if let Some(&id) = self.index.get(&text) {
            return id;
        }
        let id = self.texts.len();
        self.index.insert(text.clone(), id);
        self.texts.push(text);
        id
    }

    /// Appends the hidden element holding every tooltip (`<span id="tN">`),
    /// referenced by `data-t="N"` on the terms.
    pub fn render(&self, out: &mut String) {
        out.push_str("<div id=\"tips\" hidden>");
        for (id, text) in self.texts.iter().enumerate() {
            out.push_str("<span id=\"t");
            out.push_str(&id.to_string());
            out.push_str("\">");
            push_escaped(out, text);
            out.push_str("</span>");
        }
        out.push_str("</div>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_same_id() {
        let labels = Labels::default();
        let mut tips = Tips::default();
        let h = Highlight {
            range: 0..4,
            concept: "peace-treaty".into(),
            status: "preferred".into(),
            tooltip: "peace-treaty · en: peace treaty · ja: 平和条約".into(),
            flagged: false,
        };
        let flagged = Highlight {
            flagged: true,
            ..h.clone()
        };
        assert_eq!(tips.id(&h, &labels), 0);
        assert_eq!(tips.id(&flagged, &labels), 1);
        assert_eq!(tips.id(&h, &labels), 0);
        let mut out = String::new();
        tips.render(&mut out);
        assert_eq!(
            out,
            "<div id=\"tips\" hidden><span id=\"t0\">peace-treaty · en: peace treaty · ja: 平和条約 · preferred</span>\
             <span id=\"t1\">peace-treaty · en: peace treaty · ja: 平和条約 · preferred · flagged</span></div>\n"
        );
    }
}
