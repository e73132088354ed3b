//! Terms' tooltips and styles, stored once per distinct (tooltip, status,
//! flag): a term is `<mark class=tN>`, its tooltip `<span id="tN">` in a hidden
//! element, its style a selector added to the status rule of the page's CSS.
//! This keeps a 5,000-row page small (no tooltip repeated on every term).

use std::collections::HashMap;

use super::status_class;
use crate::escape::push_escaped;
use crate::labels::Labels;
use crate::model::Highlight;

/// One distinct term style.
#[derive(Debug)]
struct Tip {
    text: String,
    status: &'static str,
    flagged: bool,
}

/// Distinct tooltips in first-use order (deterministic).
#[derive(Debug, Default)]
pub struct Tips {
    tips: Vec<Tip>,
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
        let id = self.tips.len();
        self.index.insert(text.clone(), id);
        self.tips.push(Tip {
            text,
            status: status_class(&h.status),
            flagged: h.flagged,
        });
        id
    }

    /// `css` with each term class added to the rule of its status
    /// (`mark.sp{` becomes `mark.sp,mark.t0,mark.t4{`) and of the flag (`mark.fl{`).
    pub fn style(&self, css: &str) -> String {
        let mut out = css.to_string();
        for class in ["sp", "sa", "sd", "sf", "fl"] {
            let selectors: String = self
                .tips
                .iter()
                .enumerate()
                .filter(|(_, t)| {
                    if class == "fl" {
                        t.flagged
                    } else {
                        t.status == class
                    }
                })
                .map(|(id, _)| format!(",mark.t{id}"))
                .collect();
            let rule = format!("mark.{class}{{");
            out = out.replacen(&rule, &format!("mark.{class}{selectors}{{"), 1);
        }
        out
    }

    /// Appends the hidden element holding every tooltip (`<span id="tN">`).
    pub fn render(&self, out: &mut String) {
        out.push_str("<div id=\"tips\" hidden>");
        for (id, tip) in self.tips.iter().enumerate() {
            out.push_str("<span id=\"t");
            out.push_str(&id.to_string());
            out.push_str("\">");
            push_escaped(out, &tip.text);
            out.push_str("</span>");
        }
        out.push_str("</div>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_same_id_and_status_rules() {
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
            status: "forbidden".into(),
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
             <span id=\"t1\">peace-treaty · en: peace treaty · ja: 平和条約 · forbidden · flagged</span></div>\n"
        );
        assert_eq!(
            tips.style("mark.sp{a}mark.sa{b}mark.sf{c}mark.fl{d}"),
            "mark.sp,mark.t0{a}mark.sa{b}mark.sf,mark.t1{c}mark.fl,mark.t1{d}"
        );
    }
}
