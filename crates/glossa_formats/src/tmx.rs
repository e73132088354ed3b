//! TMX 1.x reader, streaming unit by unit.
//!
//! Ids: the `tuid` attribute, else the 1-based index of the `<tu>`. Variants: one per `<tuv>`
//! (language from `xml:lang`, or `lang` in TMX 1.1), text of its `<seg>`. Notes: `<note>` of the `<tu>`.

use std::io::BufRead;

use crate::inline::render;
use crate::xml::{Element, XmlCursor, XmlEvent};
use crate::{FormatError, FormatErrorKind, FormatKind, ParsedFile, Unit, Variant};

/// Iterator over the units of a TMX document, reading one `<tu>` at a time (memory is bounded by
/// the largest unit). After the first error it yields that error and then ends.
pub struct TmxUnits<'t, R> {
    cursor: XmlCursor<'t, R>,
    seen_root: bool,
    index: usize,
    source_lang: Option<String>,
    done: bool,
}

/// Stream the units of a TMX text (exact line and character-column positions).
pub fn tmx_units(text: &str) -> TmxUnits<'_, &[u8]> {
    TmxUnits::new(XmlCursor::from_str(text))
}

/// Stream the units of a UTF-8 TMX read from `reader` (for files too large to hold in memory).
/// Spans are byte offsets in the stream; lines are counted as it goes; error columns are in bytes.
pub fn tmx_units_from_reader<R: BufRead>(reader: R) -> TmxUnits<'static, R> {
    TmxUnits::new(XmlCursor::from_reader(reader))
}

impl<'t, R: BufRead> TmxUnits<'t, R> {
    fn new(cursor: XmlCursor<'t, R>) -> Self {
        Self {
            cursor,
            seen_root: false,
            index: 0,
            source_lang: None,
            done: false,
        }
    }

    /// The header's `srclang` (`None` before the header is read or when it is `*all*`).
    pub fn source_lang(&self) -> Option<&str> {
        self.source_lang.as_deref()
    }

    fn next_unit(&mut self) -> Result<Option<Unit>, FormatError> {
        loop {
            let element = match self.cursor.next()? {
                XmlEvent::Start(e) => e,
                XmlEvent::Eof if !self.seen_root => {
                    return Err(FormatError::syntax(1, 1, "no <tmx> root element found"));
                }
                XmlEvent::Eof => return Ok(None),
                _ => continue,
            };
            if !self.seen_root {
                self.check_root(&element)?;
                self.seen_root = true;
                continue;
            }
            match element.name.as_str() {
                "header" => {
                    let header = self.cursor.read_children(element)?;
                    self.source_lang = header
                        .attr("srclang")
                        .filter(|l| !l.eq_ignore_ascii_case("*all*"))
                        .map(str::to_owned);
                }
                "tu" => {
                    let line = self.cursor.line(element.start);
                    let tu = self.cursor.read_children(element)?;
                    self.index += 1;
                    return self.unit(&tu, line).map(Some);
                }
                _ => {}
            }
        }
    }

    fn check_root(&self, root: &Element) -> Result<(), FormatError> {
        if root.name != "tmx" {
            return Err(self.cursor.error_at(
                root.start,
                FormatErrorKind::Syntax(format!(
                    "expected a <tmx> root element, found <{}>",
                    root.name
                )),
            ));
        }
        match root.attr("version") {
            Some(v) if !v.starts_with("1.") => Err(self.cursor.error_at(
                root.start,
                FormatErrorKind::UnsupportedVersion(format!("TMX {v}")),
            )),
            _ => Ok(()),
        }
    }

    fn unit(&self, tu: &Element, line: usize) -> Result<Unit, FormatError> {
        let id = tu
            .attr("tuid")
            .map_or_else(|| self.index.to_string(), str::to_owned);
        let mut variants = Vec::new();
        for tuv in tu.elements("tuv") {
            let seg = tuv.element("seg").ok_or_else(|| {
                self.cursor.error_at(
                    tuv.start,
                    FormatErrorKind::Syntax(format!("a <tuv> of tu \"{id}\" has no <seg>")),
                )
            })?;
            let (text, codes) = render(seg);
            let lang = tuv
                .attr("xml:lang")
                .or_else(|| tuv.attr("lang"))
                .map(str::to_owned);
            variants.push(Variant {
                lang,
                text,
                span: seg.content_start..seg.content_end,
                codes,
            });
        }
        let notes = tu
            .elements("note")
            .map(|n| n.plain_text().trim().to_owned())
            .collect();
        Ok(Unit {
            id,
            line,
            variants,
            flags: Vec::new(),
            notes,
        })
    }
}

impl<R: BufRead> Iterator for TmxUnits<'_, R> {
    type Item = Result<Unit, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_unit() {
            Ok(Some(unit)) => Some(Ok(unit)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Parse a whole TMX text.
pub(crate) fn parse(text: &str) -> Result<ParsedFile, FormatError> {
    let mut iter = tmx_units(text);
    let mut units = Vec::new();
    for unit in iter.by_ref() {
        units.push(unit?);
    }
    Ok(ParsedFile {
        kind: FormatKind::Tmx,
        source_lang: iter.source_lang().map(str::to_owned),
        target_lang: None,
        units,
    })
}
