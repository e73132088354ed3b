//! A small element tree built with quick-xml, without entity expansion.

use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

use crate::error::{ErrorKind, GlossaryError};

/// An element: local name, attributes (qualified names), children, and the
/// byte offset of its `<`.
#[derive(Debug)]
pub(super) struct Node {
    pub(super) name: String,
    pub(super) attrs: Vec<(String, String)>,
    pub(super) children: Vec<Child>,
    pub(super) pos: usize,
}

/// Element content.
#[derive(Debug)]
pub(super) enum Child {
    Elem(Node),
    Text(String),
}

/// Deepest element nesting accepted. TBX needs about ten levels; the limit keeps the recursive
/// walks (and the drop) of the tree off the end of the stack on hostile input.
pub(super) const MAX_DEPTH: usize = 256;

/// Parses `text` into the tree of its root element.
pub(super) fn parse_dom(text: &str) -> Result<Node, GlossaryError> {
    let lines = LineMap::new(text);
    let text_err = |pos: usize, kind: ErrorKind| lines.error(pos, kind);
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Node> = Vec::new();
    let mut root: Option<Node> = None;
    loop {
        let pos = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|e| {
            let at = usize::try_from(reader.error_position()).unwrap_or(usize::MAX);
            text_err(at, ErrorKind::Syntax(e.to_string()))
        })?;
        match event {
            Event::Start(_) if stack.len() >= MAX_DEPTH => {
                return Err(text_err(
                    pos,
                    ErrorKind::Syntax(format!("elements nested deeper than {MAX_DEPTH} levels")),
                ));
            }
            Event::Start(e) => stack.push(start_node(&e, pos).map_err(|k| text_err(pos, k))?),
            Event::Empty(e) => {
                let node = start_node(&e, pos).map_err(|k| text_err(pos, k))?;
                attach(node, &mut stack, &mut root).map_err(|k| text_err(pos, k))?;
            }
            Event::End(_) => {
                let node = stack
                    .pop()
                    .ok_or_else(|| text_err(pos, ErrorKind::Syntax("unexpected end tag".into())))?;
                attach(node, &mut stack, &mut root).map_err(|k| text_err(pos, k))?;
            }
            Event::Text(t) => push_text(&mut stack, &t.xml10_content()),
            Event::CData(t) => push_text(&mut stack, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = r.xml10_content();
                        resolve_predefined_entity(&name)
                            .ok_or_else(|| {
                                text_err(
                                    pos,
                                    ErrorKind::Syntax(format!(
                                        "unknown entity `&{name};` (entities are never expanded)"
                                    )),
                                )
                            })?
                            .to_string()
                    }
                    Err(e) => return Err(text_err(pos, ErrorKind::Syntax(e.to_string()))),
                };
                push_text(&mut stack, &resolved);
            }
            Event::DocType(d) => {
                if d.xml10_content().contains("<!ENTITY") {
                    return Err(text_err(
                        pos,
                        ErrorKind::Syntax(
                            "the DOCTYPE declares entities; glossa never expands entities".into(),
                        ),
                    ));
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(text_err(
            open.pos,
            ErrorKind::Syntax(format!("element <{}> is not closed", open.name)),
        ));
    }
    root.ok_or_else(|| text_err(0, ErrorKind::Syntax("no root element".into())))
}

fn start_node(e: &BytesStart<'_>, pos: usize) -> Result<Node, ErrorKind> {
    let mut attrs = Vec::new();
    for attr in e.attributes() {
        let attr = attr.map_err(|err| ErrorKind::Syntax(err.to_string()))?;
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|err| ErrorKind::Syntax(err.to_string()))?;
        attrs.push((attr.key.as_ref().to_string(), value.into_owned()));
    }
    Ok(Node {
        name: e.local_name().as_ref().to_string(),
        attrs,
        children: Vec::new(),
        pos,
    })
}

fn attach(node: Node, stack: &mut [Node], root: &mut Option<Node>) -> Result<(), ErrorKind> {
    match stack.last_mut() {
        Some(parent) => parent.children.push(Child::Elem(node)),
        None if root.is_none() => *root = Some(node),
        None => return Err(ErrorKind::Syntax("more than one root element".into())),
    }
    Ok(())
}

fn push_text(stack: &mut [Node], text: &str) {
    if let Some(parent) = stack.last_mut() {
        if let Some(Child::Text(last)) = parent.children.last_mut() {
            last.push_str(text);
        } else {
            parent.children.push(Child::Text(text.to_string()));
        }
    }
}

impl Node {
    pub(super) fn elements(&self) -> impl Iterator<Item = &Node> {
        self.children.iter().filter_map(|c| match c {
            Child::Elem(n) => Some(n),
            Child::Text(_) => None,
        })
    }

    pub(super) fn child(&self, names: &[&str]) -> Option<&Node> {
        self.elements().find(|e| names.contains(&e.name.as_str()))
    }

    pub(super) fn attr(&self, qname: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == qname)
            .map(|(_, v)| v.as_str())
    }

    /// The text content (descendants included), trimmed.
    pub(super) fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out.trim().to_string()
    }

    fn collect_text(&self, out: &mut String) {
        for c in &self.children {
            match c {
                Child::Text(t) => out.push_str(t),
                Child::Elem(n) => n.collect_text(out),
            }
        }
    }
}

/// Byte offset → 1-based line and column (in characters).
pub(super) struct LineMap<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineMap<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    pub(super) fn line_col(&self, pos: usize) -> (usize, usize) {
        let pos = pos.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= pos);
        let start = self.starts[line.saturating_sub(1)];
        let column = self
            .text
            .get(start..pos)
            .map_or(1, |prefix| prefix.chars().count() + 1);
        (line, column)
    }

    pub(super) fn line(&self, pos: usize) -> usize {
        self.line_col(pos).0
    }

    pub(super) fn error(&self, pos: usize, kind: ErrorKind) -> GlossaryError {
        let (line, column) = self.line_col(pos);
        GlossaryError { line, column, kind }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_before_the_stack_runs_out() {
        // 100,000 nested elements overflowed the stack (found by the malformed-input corpus).
        let depth = 100_000;
        let text = format!(
            "<tbx>{}{}</tbx>",
            "<note>".repeat(depth),
            "</note>".repeat(depth)
        );
        let err = parse_dom(&text).unwrap_err();
        assert_eq!((err.line, err.column), (1, 6 + 6 * (MAX_DEPTH - 1)));
        assert!(err.to_string().contains("nested deeper than 256"), "{err}");
        let text = format!("<tbx>{}Паром{}</tbx>", "<p>".repeat(20), "</p>".repeat(20));
        assert_eq!(parse_dom(&text).unwrap().text(), "Паром");
    }
}
