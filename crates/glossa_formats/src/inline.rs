//! Rendering XML segment content to checkable text with inline-code markers.

use crate::model::{CodeKind, InlineCode};
use crate::xml::{Element, Node};

/// Text and codes of a segment element (`<source>`, `<target>`, `<seg>`, `<mrk>`).
pub(crate) fn render(element: &Element) -> (String, Vec<InlineCode>) {
    let mut out = Rendered::default();
    out.children(element);
    (out.text, out.codes)
}

#[derive(Default)]
struct Rendered {
    text: String,
    codes: Vec<InlineCode>,
}

fn code_kind(name: &str) -> Option<CodeKind> {
    Some(match name {
        "ph" => CodeKind::Ph,
        "g" => CodeKind::G,
        "pc" => CodeKind::Pc,
        "x" => CodeKind::X,
        "bx" => CodeKind::Bx,
        "ex" => CodeKind::Ex,
        "sc" => CodeKind::Sc,
        "ec" => CodeKind::Ec,
        "it" => CodeKind::It,
        "bpt" => CodeKind::Bpt,
        "ept" => CodeKind::Ept,
        "hi" => CodeKind::Hi,
        "ut" => CodeKind::Ut,
        _ => return None,
    })
}

fn code_id(element: &Element, kind: CodeKind) -> String {
    let keys: &[&str] = if kind == CodeKind::Ec {
        &["startRef", "id"]
    } else {
        &["id", "i", "x"]
    };
    keys.iter()
        .find_map(|k| element.attr(k))
        .unwrap_or_default()
        .to_owned()
}

fn marker(kind: CodeKind, id: &str, closing: bool) -> String {
    let slash = if closing { "/" } else { "" };
    if id.is_empty() {
        format!("{{{slash}{}}}", kind.name())
    } else {
        format!("{{{slash}{}:{id}}}", kind.name())
    }
}

impl Rendered {
    fn children(&mut self, element: &Element) {
        for child in &element.children {
            match child {
                Node::Text(t) => self.text.push_str(t),
                Node::Element(e) => self.element(e),
            }
        }
    }

    fn element(&mut self, e: &Element) {
        if e.name == "cp" {
            if let Some(c) = e
                .attr("hex")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32)
            {
                self.text.push(c);
            }
            return;
        }
        let Some(kind) = code_kind(&e.name) else {
            // <mrk>, <sub> outside a code, unknown elements: transparent.
            self.children(e);
            return;
        };
        let id = code_id(e, kind);
        let start = self.text.len();
        self.text.push_str(&marker(kind, &id, false));
        let index = self.codes.len();
        self.codes.push(InlineCode {
            id,
            kind,
            range: start..start,
        });
        if kind.is_paired() {
            self.children(e);
            let closing = marker(kind, &self.codes[index].id, true);
            self.text.push_str(&closing);
        }
        // Native code content of standalone codes (`<ph>&lt;br/&gt;</ph>`) is not text.
        self.codes[index].range.end = self.text.len();
    }
}
