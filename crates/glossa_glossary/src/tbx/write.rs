//! Writing TBX-Basic (ISO 30042:2019, DCA style).

use std::fmt::Write as _;

use quick_xml::escape::escape;

use super::{EXT_PREFIX, P_DEFAULT_STYLE, P_ID, P_LANGUAGES, P_SOURCE_LANGUAGE};
use super::{P_STYLE_DESCRIPTION, P_STYLE_FRAMING, P_STYLE_ID, TBX_NAMESPACE};
use crate::model::{Concept, Glossary, MatchMode, Status, Term};

/// Parts of speech TBX-Basic allows in `partOfSpeech`.
const TBX_BASIC_POS: [&str; 5] = ["noun", "verb", "adjective", "adverb", "other"];

/// Writes the glossary as a TBX-Basic document (see `docs/glossary-exchange.md`).
pub fn to_tbx_string(g: &Glossary) -> String {
    let mut w = Out::default();
    let doc_lang = g
        .source_language
        .as_deref()
        .or(g.languages.first().map(String::as_str))
        .unwrap_or("en");
    w.line(0, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    w.line(
        0,
        &format!(
            r#"<tbx type="TBX-Basic" style="dca" xml:lang="{}" xmlns="{TBX_NAMESPACE}">"#,
            escape(doc_lang)
        ),
    );
    write_header(&mut w, g);
    w.line(1, "<text>");
    w.line(2, "<body>");
    for concept in &g.concepts {
        write_concept(&mut w, g, concept);
    }
    w.line(2, "</body>");
    w.line(1, "</text>");
    w.line(0, "</tbx>");
    w.0
}

#[derive(Default)]
struct Out(String);

impl Out {
    fn line(&mut self, depth: usize, s: &str) {
        for _ in 0..depth {
            self.0.push_str("  ");
        }
        self.0.push_str(s);
        self.0.push('\n');
    }

    /// `<name attrs>text</name>` on one line.
    fn elem(&mut self, depth: usize, name: &str, attrs: &str, text: &str) {
        let mut s = String::new();
        let _ = write!(s, "<{name}{attrs}>{}</{name}>", escape(text));
        self.line(depth, &s);
    }
}

fn type_attr(t: &str) -> String {
    format!(r#" type="{}""#, escape(t))
}

fn write_header(w: &mut Out, g: &Glossary) {
    w.line(1, "<tbxHeader>");
    w.line(2, "<fileDesc>");
    if !g.title.is_empty() {
        w.line(3, "<titleStmt>");
        w.elem(4, "title", "", &g.title);
        w.line(3, "</titleStmt>");
    }
    w.line(3, "<sourceDesc>");
    w.elem(4, "p", &type_attr(P_ID), &g.id);
    w.elem(4, "p", &type_attr(P_LANGUAGES), &g.languages.join(" "));
    if let Some(l) = &g.source_language {
        w.elem(4, "p", &type_attr(P_SOURCE_LANGUAGE), l);
    }
    if let Some(s) = &g.default_style {
        w.elem(4, "p", &type_attr(P_DEFAULT_STYLE), s);
    }
    w.line(3, "</sourceDesc>");
    for style in &g.styles {
        w.line(3, "<sourceDesc>");
        w.elem(4, "p", &type_attr(P_STYLE_ID), &style.id);
        w.elem(4, "p", &type_attr(P_STYLE_FRAMING), &style.framing);
        if !style.description.is_empty() {
            w.elem(4, "p", &type_attr(P_STYLE_DESCRIPTION), &style.description);
        }
        w.line(3, "</sourceDesc>");
    }
    w.line(2, "</fileDesc>");
    w.line(1, "</tbxHeader>");
}

fn write_concept(w: &mut Out, g: &Glossary, c: &Concept) {
    w.line(3, &format!(r#"<conceptEntry id="{}">"#, escape(&c.id)));
    if let Some(d) = &c.domain {
        w.elem(4, "descrip", &type_attr("subjectField"), d);
    }
    if let Some(d) = &c.definition {
        w.elem(4, "descrip", &type_attr("definition"), d);
    }
    if let Some(n) = &c.note {
        w.elem(4, "note", "", n);
    }
    for r in &c.related {
        // `target` is an IDREF: only valid when the concept is in this file.
        let attrs = if g.concept(r).is_some() {
            format!(r#" type="crossReference" target="{}""#, escape(r))
        } else {
            type_attr("crossReference")
        };
        w.elem(4, "ref", &attrs, r);
    }
    // Consecutive terms of one language share a langSec, so the order of
    // the terms survives a round trip.
    let mut i = 0;
    while i < c.terms.len() {
        let lang = &c.terms[i].lang;
        let run = c.terms[i..].iter().take_while(|t| &t.lang == lang).count();
        w.line(4, &format!(r#"<langSec xml:lang="{}">"#, escape(lang)));
        for t in &c.terms[i..i + run] {
            write_term(w, t);
        }
        w.line(4, "</langSec>");
        i += run;
    }
    w.line(3, "</conceptEntry>");
}

fn write_term(w: &mut Out, t: &Term) {
    w.line(5, "<termSec>");
    w.elem(6, "term", "", &t.text);
    if let Some(pos) = &t.pos {
        w.elem(6, "termNote", &type_attr("partOfSpeech"), tbx_pos(pos));
    }
    w.elem(
        6,
        "termNote",
        &type_attr("administrativeStatus"),
        status_to_tbx(t.status),
    );
    for ext in extensions(t) {
        w.elem(6, "note", "", &format!("{EXT_PREFIX}{ext}"));
    }
    if let Some(n) = &t.note {
        w.elem(6, "note", "", n);
    }
    w.line(5, "</termSec>");
}

/// The TBX-Basic `partOfSpeech` value for our part of speech.
fn tbx_pos(pos: &str) -> &str {
    if TBX_BASIC_POS.contains(&pos) {
        pos
    } else if pos == "proper-noun" {
        "noun"
    } else {
        "other"
    }
}

fn status_to_tbx(status: Status) -> &'static str {
    match status {
        Status::Preferred => "preferredTerm-admn-sts",
        Status::Admitted => "admittedTerm-admn-sts",
        Status::Deprecated | Status::Forbidden => "deprecatedTerm-admn-sts",
    }
}

/// Our fields without a TBX-Basic data category, as `glossa:` notes.
fn extensions(t: &Term) -> Vec<String> {
    let mut out = Vec::new();
    if t.status == Status::Forbidden {
        out.push("forbidden".to_string());
    }
    if t.mention_only {
        out.push("mention-only".to_string());
    }
    if let Some(pos) = &t.pos
        && tbx_pos(pos) != pos
    {
        out.push(format!("pos={pos}"));
    }
    if t.case_sensitive {
        out.push("case-sensitive".to_string());
    }
    match t.match_mode {
        MatchMode::Morph => {}
        MatchMode::Exact => out.push("match=exact".to_string()),
        MatchMode::Regex => out.push("match=regex".to_string()),
    }
    if let Some(f) = &t.framing {
        out.push(format!("framing={f}"));
    }
    out.extend(t.forms.iter().map(|f| format!("form={f}")));
    out
}
