//! XLIFF 1.2 (also 1.0/1.1) and 2.x reader.
//!
//! Ids: the `trans-unit`/`unit` id; a unit split into several segments (`<seg-source>` with
//! `<mrk mtype="seg" mid>` in 1.2, several `<segment>`s in 2.x) gives one [`Unit`] per segment with
//! id `unit-id/segment-id` (segment id = `mid`, the `<segment id>`, or its 1-based index).
//! Variants: `[source, target]`, the target only when a `<target>` element exists.
//! Flags: the target `state` (1.2) or segment `state` (2.x); `approved` for `approved="yes"`;
//! `no-translate` for `translate="no"`. Notes: `<note>` texts.

use std::collections::HashSet;

use crate::inline::render;
use crate::xml::{Element, Node, XmlCursor, XmlEvent};
use crate::{FormatError, FormatErrorKind, FormatKind, ParsedFile, Unit, Variant};

#[derive(PartialEq, Eq, Clone, Copy)]
enum Version {
    V1,
    V2,
}

/// Parse an XLIFF document.
pub(crate) fn parse(text: &str) -> Result<ParsedFile, FormatError> {
    let mut cursor = XmlCursor::from_str(text);
    let root = loop {
        match cursor.next()? {
            XmlEvent::Start(e) => break e,
            XmlEvent::Eof => {
                return Err(FormatError::syntax(1, 1, "no <xliff> root element found"));
            }
            _ => {}
        }
    };
    if root.name != "xliff" {
        return Err(cursor.error_at(
            root.start,
            FormatErrorKind::Syntax(format!(
                "expected an <xliff> root element, found <{}>",
                root.name
            )),
        ));
    }
    let version = match root.attr("version") {
        Some("1.0" | "1.1" | "1.2") => Version::V1,
        Some(v) if v.starts_with("2.") => Version::V2,
        Some(v) => {
            return Err(cursor.error_at(
                root.start,
                FormatErrorKind::UnsupportedVersion(format!("XLIFF {v}")),
            ));
        }
        None if root.attr("xmlns").is_some_and(|ns| ns.contains(":2.")) => Version::V2,
        None => Version::V1,
    };
    let mut file = ParsedFile {
        kind: FormatKind::Xliff,
        source_lang: None,
        target_lang: None,
        units: Vec::new(),
    };
    if version == Version::V2 {
        file.source_lang = root.attr("srcLang").map(str::to_owned);
        file.target_lang = root.attr("trgLang").map(str::to_owned);
    }
    let mut reader = Reader {
        cursor,
        version,
        langs: (file.source_lang.clone(), file.target_lang.clone()),
        ids: HashSet::new(),
        units: Vec::new(),
    };
    if root.empty {
        return Ok(file);
    }
    reader.walk(&mut file)?;
    file.units = reader.units;
    Ok(file)
}

struct Reader<'t> {
    cursor: XmlCursor<'t, &'t [u8]>,
    version: Version,
    langs: (Option<String>, Option<String>),
    ids: HashSet<String>,
    units: Vec<Unit>,
}

impl Reader<'_> {
    fn walk(&mut self, file: &mut ParsedFile) -> Result<(), FormatError> {
        loop {
            let element = match self.cursor.next()? {
                XmlEvent::Start(e) => e,
                XmlEvent::Eof => return Ok(()),
                _ => continue,
            };
            match (self.version, element.name.as_str()) {
                (Version::V1, "file") => {
                    self.ids.clear();
                    self.langs = (
                        element.attr("source-language").map(str::to_owned),
                        element.attr("target-language").map(str::to_owned),
                    );
                    if file.source_lang.is_none() {
                        file.source_lang.clone_from(&self.langs.0);
                        file.target_lang.clone_from(&self.langs.1);
                    }
                }
                (Version::V2, "file") => self.ids.clear(),
                (Version::V1, "trans-unit") => {
                    let tu = self.cursor.read_children(element)?;
                    self.trans_unit(&tu)?;
                }
                (Version::V2, "unit") => {
                    let unit = self.cursor.read_children(element)?;
                    self.unit_v2(&unit)?;
                }
                (_, "header" | "bin-unit" | "skeleton" | "originalData") => {
                    self.cursor.read_children(element)?;
                }
                _ => {}
            }
        }
    }

    fn unique_id(
        &mut self,
        element: &Element,
        index_fallback: usize,
    ) -> Result<String, FormatError> {
        let Some(id) = element.attr("id") else {
            return Ok(format!("#{index_fallback}"));
        };
        if !self.ids.insert(id.to_owned()) {
            return Err(self
                .cursor
                .error_at(element.start, FormatErrorKind::DuplicateId(id.to_owned())));
        }
        Ok(id.to_owned())
    }

    fn variant(&self, element: &Element, default_lang: Option<&String>) -> Variant {
        let (text, codes) = render(element);
        let lang = element
            .attr("xml:lang")
            .map(str::to_owned)
            .or_else(|| default_lang.cloned());
        Variant {
            lang,
            text,
            span: element.content_start..element.content_end,
            codes,
        }
    }

    fn trans_unit(&mut self, tu: &Element) -> Result<(), FormatError> {
        let id = self.unique_id(tu, self.units.len() + 1)?;
        let notes: Vec<String> = tu
            .elements("note")
            .map(|n| n.plain_text().trim().to_owned())
            .collect();
        let target = tu.element("target");
        let mut flags = Vec::new();
        if let Some(state) = target.and_then(|t| t.attr("state")) {
            flags.push(state.to_owned());
        }
        if tu.attr("approved") == Some("yes") {
            flags.push("approved".to_owned());
        }
        if tu.attr("translate") == Some("no") {
            flags.push("no-translate".to_owned());
        }
        let (source_lang, target_lang) = (self.langs.0.clone(), self.langs.1.clone());
        if let Some(seg_source) = tu.element("seg-source") {
            let sources = segments(seg_source);
            let targets = target.map(segments).unwrap_or_default();
            let single = sources.len() == 1;
            for source in sources {
                let mid = source.attr("mid").unwrap_or_default();
                let mut variants = vec![self.variant(source, source_lang.as_ref())];
                if let Some(t) = targets.iter().find(|t| t.attr("mid") == Some(mid)) {
                    variants.push(self.variant(t, target_lang.as_ref()));
                }
                self.units.push(Unit {
                    id: if single {
                        id.clone()
                    } else {
                        format!("{id}/{mid}")
                    },
                    line: self.cursor.line(source.start),
                    variants,
                    flags: flags.clone(),
                    notes: notes.clone(),
                });
            }
            return Ok(());
        }
        let source = tu.element("source").ok_or_else(|| {
            self.cursor.error_at(
                tu.start,
                FormatErrorKind::Syntax(format!("<trans-unit id=\"{id}\"> has no <source>")),
            )
        })?;
        let mut variants = vec![self.variant(source, source_lang.as_ref())];
        if let Some(t) = target {
            variants.push(self.variant(t, target_lang.as_ref()));
        }
        self.units.push(Unit {
            id,
            line: self.cursor.line(tu.start),
            variants,
            flags,
            notes,
        });
        Ok(())
    }

    fn unit_v2(&mut self, unit: &Element) -> Result<(), FormatError> {
        let id = self.unique_id(unit, self.units.len() + 1)?;
        let notes: Vec<String> = unit
            .elements("notes")
            .flat_map(|n| n.elements("note"))
            .map(|n| n.plain_text().trim().to_owned())
            .collect();
        let mut unit_flags = Vec::new();
        if unit.attr("translate") == Some("no") {
            unit_flags.push("no-translate".to_owned());
        }
        let segments: Vec<&Element> = unit.elements("segment").collect();
        let single = segments.len() == 1;
        let (source_lang, target_lang) = (self.langs.0.clone(), self.langs.1.clone());
        for (index, segment) in segments.into_iter().enumerate() {
            let source = segment.element("source").ok_or_else(|| {
                self.cursor.error_at(
                    segment.start,
                    FormatErrorKind::Syntax(format!(
                        "a <segment> of unit \"{id}\" has no <source>"
                    )),
                )
            })?;
            let mut variants = vec![self.variant(source, source_lang.as_ref())];
            if let Some(t) = segment.element("target") {
                variants.push(self.variant(t, target_lang.as_ref()));
            }
            let mut flags = unit_flags.clone();
            if let Some(state) = segment.attr("state") {
                flags.push(state.to_owned());
            }
            let seg_id = segment
                .attr("id")
                .map_or_else(|| (index + 1).to_string(), str::to_owned);
            self.units.push(Unit {
                id: if single {
                    id.clone()
                } else {
                    format!("{id}/{seg_id}")
                },
                line: self.cursor.line(segment.start),
                variants,
                flags,
                notes: notes.clone(),
            });
        }
        Ok(())
    }
}

/// `<mrk mtype="seg">` elements anywhere under `element`, in document order.
fn segments(element: &Element) -> Vec<&Element> {
    let mut found = Vec::new();
    let mut stack: Vec<&Element> = vec![element];
    while let Some(e) = stack.pop() {
        for child in e.children.iter().rev() {
            if let Node::Element(c) = child {
                if c.name == "mrk" && c.attr("mtype") == Some("seg") {
                    found.push(c);
                } else {
                    stack.push(c);
                }
            }
        }
    }
    found.sort_by_key(|e| e.start);
    found
}
