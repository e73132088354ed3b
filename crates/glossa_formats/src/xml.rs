//! A safe XML event cursor over quick-xml, shared by the XLIFF and TMX readers.
//!
//! Safety rules: a DOCTYPE declaring entities is refused ([`FormatErrorKind::Dtd`]); only the five
//! predefined entities and character references are resolved (anything else is
//! [`FormatErrorKind::EntityExpansion`]); nesting deeper than [`MAX_DEPTH`] is
//! [`FormatErrorKind::TooDeep`]; an attribute value over [`MAX_ATTR_LEN`] bytes is
//! [`FormatErrorKind::TooLarge`]. Nothing is ever fetched. Memory: one unit subtree at a time.

use std::io::BufRead;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::position::LineIndex;
use crate::{FormatError, FormatErrorKind};

/// Deepest element nesting accepted.
pub(crate) const MAX_DEPTH: usize = 1000;
/// Longest attribute value accepted, in bytes.
pub(crate) const MAX_ATTR_LEN: usize = 1 << 20;

/// An element with its byte positions and (once read with [`XmlCursor::read_children`]) children.
#[derive(Debug, Clone, Default)]
pub(crate) struct Element {
    /// Local name (namespace prefix dropped).
    pub name: String,
    /// Attributes: qualified name and resolved value.
    pub attrs: Vec<(String, String)>,
    /// Offset of the `<` of the start tag.
    pub start: usize,
    /// Offset just after the start tag.
    pub content_start: usize,
    /// Offset of the end tag's `<` (equal to `content_start` for an empty element).
    pub content_end: usize,
    /// Whether it was written `<x/>`.
    pub empty: bool,
    /// Child nodes.
    pub children: Vec<Node>,
}

impl Element {
    /// Attribute by qualified name (`xml:lang`) or local name (`id`).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name || k.rsplit(':').next() == Some(name) && !name.contains(':'))
            .map(|(_, v)| v.as_str())
    }

    /// Child elements named `name`.
    pub fn elements<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter_map(move |n| match n {
            Node::Element(e) if e.name == name => Some(e),
            _ => None,
        })
    }

    /// The first child element named `name`.
    pub fn element(&self, name: &str) -> Option<&Element> {
        self.children.iter().find_map(|n| match n {
            Node::Element(e) if e.name == name => Some(e),
            _ => None,
        })
    }

    /// Concatenated text of all descendants (markup dropped).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        let mut stack: Vec<&Node> = self.children.iter().rev().collect();
        while let Some(node) = stack.pop() {
            match node {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => stack.extend(e.children.iter().rev()),
            }
        }
        out
    }
}

/// A child node.
#[derive(Debug, Clone)]
pub(crate) enum Node {
    /// An element.
    Element(Element),
    /// Text with entities resolved.
    Text(String),
}

/// What the cursor yields.
#[derive(Debug)]
pub(crate) enum XmlEvent {
    /// A start tag (or an empty element, followed by its `End`).
    Start(Element),
    /// An end tag starting at the offset.
    End(usize),
    /// Text (entities resolved).
    Text(String),
    /// End of input.
    Eof,
}

enum Lines<'t> {
    Index(LineIndex<'t>),
    Stream { line: usize, line_start: usize },
}

impl Lines<'_> {
    fn line_col(&self, offset: usize) -> (usize, usize) {
        match self {
            Lines::Index(idx) => idx.line_col(offset),
            Lines::Stream { line, line_start } => (*line, offset.saturating_sub(*line_start) + 1),
        }
    }

    fn error_at(&self, offset: usize, kind: FormatErrorKind) -> FormatError {
        let (line, column) = self.line_col(offset);
        FormatError::new(line, column, kind)
    }

    /// Count the line breaks of raw event text starting at byte `base` (streaming only).
    fn observe(&mut self, base: usize, raw: &str) {
        if let Lines::Stream { line, line_start } = self {
            for (i, b) in raw.bytes().enumerate() {
                if b == b'\n' {
                    *line += 1;
                    *line_start = base + i + 1;
                }
            }
        }
    }
}

/// Safe event cursor with positions.
pub(crate) struct XmlCursor<'t, R> {
    reader: Reader<R>,
    buf: Vec<u8>,
    depth: usize,
    lines: Lines<'t>,
    pending_end: Option<usize>,
}

impl<'t> XmlCursor<'t, &'t [u8]> {
    /// A cursor over a whole text (exact line/column positions).
    pub(crate) fn from_str(text: &'t str) -> Self {
        Self::with_lines(text.as_bytes(), Lines::Index(LineIndex::new(text)))
    }
}

impl<R: BufRead> XmlCursor<'static, R> {
    /// A cursor over a stream (lines counted as it goes, columns in bytes).
    pub(crate) fn from_reader(reader: R) -> Self {
        Self::with_lines(
            reader,
            Lines::Stream {
                line: 1,
                line_start: 0,
            },
        )
    }
}

fn offset(position: u64) -> usize {
    usize::try_from(position).unwrap_or(usize::MAX)
}

impl<'t, R: BufRead> XmlCursor<'t, R> {
    fn with_lines(source: R, lines: Lines<'t>) -> Self {
        let mut reader = Reader::from_reader(source);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.expand_empty_elements = false;
        config.trim_text(false);
        Self {
            reader,
            buf: Vec::new(),
            depth: 0,
            lines,
            pending_end: None,
        }
    }

    /// 1-based line of a byte offset (streaming: the current line).
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.lines.line_col(offset).0
    }

    /// An error at a byte offset.
    pub(crate) fn error_at(&self, offset: usize, kind: FormatErrorKind) -> FormatError {
        self.lines.error_at(offset, kind)
    }

    /// The next event.
    pub(crate) fn next(&mut self) -> Result<XmlEvent, FormatError> {
        if let Some(at) = self.pending_end.take() {
            return Ok(XmlEvent::End(at));
        }
        let Self {
            reader,
            buf,
            depth,
            lines,
            pending_end,
        } = self;
        loop {
            let start = offset(reader.buffer_position());
            buf.clear();
            let event = match reader.read_event_into(buf) {
                Ok(e) => e,
                Err(e) => {
                    let kind = match e {
                        quick_xml::Error::Io(io) => FormatErrorKind::Io(io.to_string()),
                        quick_xml::Error::Encoding(enc) => {
                            FormatErrorKind::Encoding(enc.to_string())
                        }
                        other => FormatErrorKind::Syntax(other.to_string()),
                    };
                    return Err(lines.error_at(offset(reader.error_position()), kind));
                }
            };
            let end = offset(reader.buffer_position());
            match event {
                Event::Start(tag) => {
                    lines.observe(start + 1, &tag);
                    *depth += 1;
                    if *depth > MAX_DEPTH {
                        return Err(lines.error_at(start, FormatErrorKind::TooDeep(MAX_DEPTH)));
                    }
                    return Ok(XmlEvent::Start(element(lines, &tag, start, end, false)?));
                }
                Event::Empty(tag) => {
                    lines.observe(start + 1, &tag);
                    if *depth + 1 > MAX_DEPTH {
                        return Err(lines.error_at(start, FormatErrorKind::TooDeep(MAX_DEPTH)));
                    }
                    *pending_end = Some(end);
                    return Ok(XmlEvent::Start(element(lines, &tag, start, end, true)?));
                }
                Event::End(_) => {
                    *depth = depth.saturating_sub(1);
                    return Ok(XmlEvent::End(start));
                }
                Event::Text(text) => {
                    lines.observe(start, &text);
                    if let Some(nul) = text.find('\0') {
                        return Err(lines.error_at(
                            start + nul,
                            FormatErrorKind::Syntax("a NUL character is not allowed in XML".into()),
                        ));
                    }
                    return Ok(XmlEvent::Text(text.xml10_content().into_owned()));
                }
                Event::CData(data) => {
                    lines.observe(start + 9, &data);
                    return Ok(XmlEvent::Text(data.xml10_content().into_owned()));
                }
                Event::GeneralRef(reference) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => c,
                        Ok(None) => match &*reference {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            "apos" => '\'',
                            name => {
                                return Err(lines.error_at(
                                    start,
                                    FormatErrorKind::EntityExpansion(name.to_owned()),
                                ));
                            }
                        },
                        Err(e) => {
                            return Err(
                                lines.error_at(start, FormatErrorKind::Syntax(e.to_string()))
                            );
                        }
                    };
                    return Ok(XmlEvent::Text(resolved.to_string()));
                }
                Event::DocType(doctype) => {
                    if doctype.contains("<!ENTITY") {
                        return Err(lines.error_at(start, FormatErrorKind::Dtd));
                    }
                    lines.observe(start + 9, &doctype);
                }
                Event::Comment(c) => lines.observe(start + 4, &c),
                Event::PI(pi) => lines.observe(start + 2, &pi),
                Event::Decl(decl) => lines.observe(start + 2, &decl),
                Event::Eof => {
                    if *depth > 0 {
                        return Err(lines.error_at(
                            end,
                            FormatErrorKind::Syntax(
                                "unexpected end of file inside an element".into(),
                            ),
                        ));
                    }
                    return Ok(XmlEvent::Eof);
                }
            }
        }
    }

    /// Read the children of `element` (just returned by [`Self::next`] as `Start`) up to its end tag.
    pub(crate) fn read_children(&mut self, mut element: Element) -> Result<Element, FormatError> {
        let mut stack: Vec<Element> = Vec::new();
        loop {
            match self.next()? {
                XmlEvent::Start(child) => {
                    stack.push(element);
                    element = child;
                }
                XmlEvent::Text(text) => match element.children.last_mut() {
                    Some(Node::Text(prev)) => prev.push_str(&text),
                    _ => element.children.push(Node::Text(text)),
                },
                XmlEvent::End(at) => {
                    element.content_end = if element.empty {
                        element.content_start
                    } else {
                        at
                    };
                    match stack.pop() {
                        Some(mut parent) => {
                            parent.children.push(Node::Element(element));
                            element = parent;
                        }
                        None => return Ok(element),
                    }
                }
                XmlEvent::Eof => {
                    let at = offset(self.reader.buffer_position());
                    return Err(
                        self.error_at(at, FormatErrorKind::Syntax("unexpected end of file".into()))
                    );
                }
            }
        }
    }
}

/// An [`Element`] (without children) from a start tag, attributes resolved and size-checked.
fn element(
    lines: &Lines<'_>,
    tag: &BytesStart<'_>,
    start: usize,
    end: usize,
    empty: bool,
) -> Result<Element, FormatError> {
    let name = tag.local_name().as_ref().to_owned();
    let mut attrs = Vec::new();
    for attr in tag.attributes() {
        let attr =
            attr.map_err(|e| lines.error_at(start, FormatErrorKind::Syntax(e.to_string())))?;
        if attr.value.len() > MAX_ATTR_LEN {
            return Err(lines.error_at(start, FormatErrorKind::TooLarge(MAX_ATTR_LEN)));
        }
        let key = attr.key.as_ref().to_owned();
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| {
                let kind = match e {
                    quick_xml::Error::Escape(
                        quick_xml::escape::EscapeError::UnrecognizedEntity(_, name),
                    ) => FormatErrorKind::EntityExpansion(name),
                    other => FormatErrorKind::Syntax(other.to_string()),
                };
                lines.error_at(start, kind)
            })?;
        attrs.push((key, value.into_owned()));
    }
    Ok(Element {
        name,
        attrs,
        start,
        content_start: end,
        content_end: end,
        empty,
        children: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(text: &str) -> Vec<String> {
        let mut cursor = XmlCursor::from_str(text);
        let mut out = Vec::new();
        loop {
            match cursor.next() {
                Ok(XmlEvent::Start(e)) => out.push(format!("<{} {:?}>", e.name, e.attrs)),
                Ok(XmlEvent::End(_)) => out.push("</>".into()),
                Ok(XmlEvent::Text(t)) => out.push(t),
                Ok(XmlEvent::Eof) => return out,
                Err(e) => {
                    out.push(format!("error {e}"));
                    return out;
                }
            }
        }
    }

    #[test]
    fn entities_and_prefixes() {
        let got =
            events("<x:seg xml:lang=\"ru\" a=\"&lt;&#x44F;\">Мир &amp; дружба&#12354;</x:seg>");
        assert_eq!(
            got,
            [
                "<seg [(\"xml:lang\", \"ru\"), (\"a\", \"<я\")]>",
                "Мир ",
                "&",
                " дружба",
                "あ",
                "</>"
            ]
        );
    }

    #[test]
    fn children_and_positions() {
        let text = "<a>\n  <b id=\"1\">Türkçe <c/> metin</b>\n</a>";
        let mut cursor = XmlCursor::from_str(text);
        let Ok(XmlEvent::Start(a)) = cursor.next() else {
            panic!("no root")
        };
        let a = cursor.read_children(a).unwrap_or_default();
        let b = a.element("b").cloned().unwrap_or_default();
        assert_eq!(&text[b.content_start..b.content_end], "Türkçe <c/> metin");
        assert_eq!(cursor.line(b.start), 2);
        assert_eq!(b.plain_text(), "Türkçe  metin");
        assert_eq!(b.attr("id"), Some("1"));
    }
}
