//! TMX files streamed by `check`: memory bounded by the largest unit, not the file.
//!
//! A TMX in UTF-8 is read unit by unit ([`glossa_formats::tmx_units_from_reader`]) up to four
//! times, never held whole: [`scan`] learns its languages (and finds any error: then the
//! caller reads the file whole, for the exact message), [`each_pair`] feeds the unit checks,
//! again for the few units the project-wide findings quote ([`fetch`]), and [`excerpt`] keeps
//! the lines the diagnostics point at, for rendering. The file's text is never in memory: with
//! a glossary, [`each_pair_and_unit`] keeps the bytes read ahead of the current unit (the
//! glossary checks quote the file's text at a term's range) and drops them as it goes.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use glossa_checks::{UnitPair, UnitText};
use glossa_diagnostics::{FileId, SourceFile};
use glossa_formats::{FormatKind, TmxUnits, Unit, Variant};
use glossa_text::Lang;

use crate::error::user_error;
use crate::excerpt::excerpt_lines;
use crate::structured::{LangFacts, slot_variant};

/// A TMX file checked by streaming.
#[derive(Debug)]
pub struct StreamedTmx {
    /// Where it is read from.
    pub path: PathBuf,
    /// Path as given.
    pub display: String,
    /// Its id in the source map (a placeholder until [`excerpt`]).
    pub file: FileId,
    /// The language of each variant slot, the source first.
    pub langs: Vec<Lang>,
    /// Variants are matched by position.
    pub by_position: bool,
}

/// What [`scan`] learns about a TMX file.
#[derive(Debug)]
pub struct TmxScan {
    /// Where it is read from.
    pub path: PathBuf,
    /// Path as given.
    pub display: String,
    /// Its languages.
    pub facts: LangFacts,
}

/// Bytes read to decide whether a file is streamed.
const HEAD: usize = 8192;

/// Whether `check` streams this file: a TMX in UTF-8 without a byte-order mark (the offsets
/// of the stream are then those of the decoded text).
pub fn streamable(path: &Path, display: &str) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(HEAD);
    if file.take(HEAD as u64).read_to_end(&mut head).is_err() {
        return false;
    }
    glossa_formats::detect(display, &head) == Some(FormatKind::Tmx) && utf8_without_bom(&head)
}

/// No BOM, no UTF-16, and no XML declaration of another encoding.
fn utf8_without_bom(head: &[u8]) -> bool {
    const OTHERS: [&[u8]; 5] = [b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF", b"<\0", b"\0<"];
    if OTHERS.iter().any(|p| head.starts_with(p)) {
        return false;
    }
    let Some(declaration) = head.strip_prefix(b"<?xml") else {
        return true;
    };
    let end = declaration
        .windows(2)
        .position(|w| w == b"?>")
        .unwrap_or(declaration.len().min(512));
    let declaration = String::from_utf8_lossy(&declaration[..end]);
    let Some(at) = declaration.find("encoding") else {
        return true;
    };
    let value = declaration[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')
        .map(str::trim_start)
        .and_then(|rest| {
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            rest[1..].split(quote).next()
        });
    value.is_some_and(|v| {
        matches!(
            v.to_ascii_lowercase().as_str(),
            "utf-8" | "utf8" | "utf-16" | "utf16"
        )
    })
}

/// The units of a TMX file, read as a stream of UTF-8; the bytes read are also appended to
/// `window` when one is given.
fn units(
    path: &Path,
    window: Option<Rc<RefCell<Window>>>,
) -> io::Result<TmxUnits<'static, BufReader<Recorder<Utf8Checked<File>>>>> {
    let file = File::open(path)?;
    Ok(glossa_formats::tmx_units_from_reader(
        BufReader::with_capacity(
            1 << 16,
            Recorder {
                inner: Utf8Checked::new(file),
                window,
            },
        ),
    ))
}

/// The bytes of a streamed file read and not dropped yet: those of the current unit and the
/// read-ahead.
#[derive(Debug, Default)]
struct Window {
    /// Offset in the file of `bytes[0]`.
    start: usize,
    bytes: Vec<u8>,
}

/// Bytes a term's range may run past the end of its unit's variants (a text with inline
/// markers longer than the codes they stand for).
const SLACK: usize = 256;

impl Window {
    /// The file's text from `start` (a character boundary) to `end` and a little beyond, cut
    /// after the last whole character.
    fn text(&self, start: usize, end: usize) -> &str {
        let Some(from) = start.checked_sub(self.start) else {
            return "";
        };
        let to = (end + SLACK)
            .saturating_sub(self.start)
            .min(self.bytes.len());
        let bytes = self.bytes.get(from..to).unwrap_or_default();
        match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
        }
    }

    /// Drops the bytes before `offset`, once they are many (moving the rest forward at
    /// every unit would copy the read-ahead again and again).
    fn drop_before(&mut self, offset: usize) {
        let dead = offset.saturating_sub(self.start).min(self.bytes.len());
        if dead >= 1 << 20 && dead * 2 >= self.bytes.len() {
            self.bytes.drain(..dead);
            self.start += dead;
        }
    }
}

/// A reader that appends what it reads to a [`Window`].
struct Recorder<R> {
    inner: R,
    window: Option<Rc<RefCell<Window>>>,
}

impl<R: Read> Read for Recorder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(window) = &self.window {
            window
                .borrow_mut()
                .bytes
                .extend_from_slice(buf.get(..n).unwrap_or_default());
        }
        Ok(n)
    }
}

/// One unit of a streamed TMX as the glossary checks see it.
pub struct RawUnit<'u> {
    /// Its index among the units of the file (the group of its texts).
    pub index: usize,
    /// The variant of each language slot.
    pub slots: Vec<Option<&'u Variant>>,
    /// The file's text from `start` on, covering the variants.
    pub text: &'u str,
    /// Byte offset in the file of `text[0]`.
    pub start: usize,
}

/// Reads a TMX file once for its languages; `None` when it cannot be read or has an error
/// anywhere (invalid UTF-8 included): the caller then reads it whole for the exact message.
pub fn scan(path: &Path, display: &str) -> Option<TmxScan> {
    let mut units = units(path, None).ok()?;
    let mut facts = LangFacts::default();
    let mut by_position = true;
    for unit in units.by_ref() {
        let unit = unit.ok()?;
        by_position &= unit.variants.iter().all(|v| v.lang.is_none());
        facts.add(&unit);
    }
    facts.source_lang = units.source_lang().map(str::to_string);
    facts.by_position = by_position;
    Some(TmxScan {
        path: path.to_path_buf(),
        display: display.to_string(),
        facts,
    })
}

/// A read error in a later pass (the file changed since it was scanned).
fn read_error(tmx: &StreamedTmx, reason: &str) -> anyhow::Error {
    user_error("error-read", &[("path", &tmx.display), ("reason", reason)])
}

/// Calls `f(k, n, pair)` for every unit with a source and a translation in slot `k`: the
/// `n`-th such pair of slot `k`.
pub fn each_pair(
    tmx: &StreamedTmx,
    f: impl FnMut(usize, usize, &UnitPair<'_>),
) -> anyhow::Result<()> {
    each_pair_and_unit(tmx, f, None)
}

/// [`each_pair`], and `whole` called before the pairs of every unit that has a variant in a
/// language slot.
pub fn each_pair_and_unit(
    tmx: &StreamedTmx,
    mut f: impl FnMut(usize, usize, &UnitPair<'_>),
    mut whole: Option<&mut dyn FnMut(&RawUnit<'_>)>,
) -> anyhow::Result<()> {
    let window = whole.is_some().then(Rc::<RefCell<Window>>::default);
    let units = units(&tmx.path, window.clone()).map_err(|e| read_error(tmx, &e.to_string()))?;
    let mut counts = vec![0usize; tmx.langs.len()];
    for (index, unit) in units.enumerate() {
        let unit = unit.map_err(|e| read_error(tmx, &e.to_string()))?;
        let slots = slot_codes(tmx, &unit);
        if let (Some(whole), Some(window)) = (whole.as_mut(), &window) {
            let variants: Vec<Option<&Variant>> = slots
                .iter()
                .map(|slot| slot.as_ref().map(|(variant, _)| *variant))
                .collect();
            let start = variants.iter().flatten().map(|v| v.span.start).min();
            let end = variants.iter().flatten().map(|v| v.span.end).max();
            if let (Some(start), Some(end)) = (start, end) {
                let window = window.borrow();
                whole(&RawUnit {
                    index,
                    slots: variants,
                    text: window.text(start, end),
                    start,
                });
            }
        }
        if let Some(window) = &window
            && let Some(end) = unit.variants.iter().map(|v| v.span.end).max()
        {
            window.borrow_mut().drop_before(end);
        }
        let texts: Vec<Option<UnitText<'_>>> = slots
            .iter()
            .zip(&tmx.langs)
            .map(|(slot, lang)| {
                let (variant, codes) = slot.as_ref()?;
                Some(UnitText {
                    file: tmx.file,
                    id: &unit.id,
                    lang,
                    text: &variant.text,
                    span_start: variant.span.start,
                    codes,
                })
            })
            .collect();
        let Some(Some(source)) = texts.first() else {
            continue;
        };
        for (k, target) in texts.iter().enumerate().skip(1) {
            let Some(target) = target else {
                continue;
            };
            let pair = UnitPair {
                source: *source,
                target: Some(*target),
                flags: &unit.flags,
                notes: &unit.notes,
            };
            f(k, counts[k], &pair);
            counts[k] += 1;
        }
    }
    Ok(())
}

/// The variant of each slot of a unit and its inline-code ids.
fn slot_codes<'u>(tmx: &StreamedTmx, unit: &'u Unit) -> Vec<Option<(&'u Variant, Vec<String>)>> {
    (0..tmx.langs.len())
        .map(|slot| {
            let variant = slot_variant(unit, slot, &tmx.langs, tmx.by_position)?;
            Some((
                variant,
                variant.codes.iter().map(|c| c.id.clone()).collect(),
            ))
        })
        .collect()
}

/// A unit pair kept after its stream moved on.
#[derive(Debug)]
pub struct OwnedPair {
    source: OwnedText,
    target: OwnedText,
    flags: Vec<String>,
    notes: Vec<String>,
}

#[derive(Debug)]
struct OwnedText {
    file: FileId,
    id: String,
    lang: Lang,
    text: String,
    span_start: usize,
    codes: Vec<String>,
}

impl OwnedText {
    fn of(text: &UnitText<'_>) -> Self {
        Self {
            file: text.file,
            id: text.id.to_string(),
            lang: text.lang.clone(),
            text: text.text.to_string(),
            span_start: text.span_start,
            codes: text.codes.to_vec(),
        }
    }

    fn borrow(&self) -> UnitText<'_> {
        UnitText {
            file: self.file,
            id: &self.id,
            lang: &self.lang,
            text: &self.text,
            span_start: self.span_start,
            codes: &self.codes,
        }
    }
}

impl OwnedPair {
    /// An owned copy of a pair with a translation.
    pub fn of(pair: &UnitPair<'_>) -> Option<Self> {
        Some(Self {
            source: OwnedText::of(&pair.source),
            target: OwnedText::of(pair.target.as_ref()?),
            flags: pair.flags.to_vec(),
            notes: pair.notes.to_vec(),
        })
    }

    /// The pair, borrowed.
    pub fn pair(&self) -> UnitPair<'_> {
        UnitPair {
            source: self.source.borrow(),
            target: Some(self.target.borrow()),
            flags: &self.flags,
            notes: &self.notes,
        }
    }
}

/// Reads the pairs `(k, n)` of [`each_pair`] again.
pub fn fetch(
    tmx: &StreamedTmx,
    wanted: &HashSet<(usize, usize)>,
) -> anyhow::Result<HashMap<(usize, usize), OwnedPair>> {
    let mut found = HashMap::new();
    if wanted.is_empty() {
        return Ok(found);
    }
    each_pair(tmx, |k, n, pair| {
        if wanted.contains(&(k, n))
            && let Some(owned) = OwnedPair::of(pair)
        {
            found.insert((k, n), owned);
        }
    })?;
    Ok(found)
}

/// The lines of the streamed file that `ranges` touch, for rendering.
pub fn excerpt(tmx: &StreamedTmx, ranges: Vec<Range<usize>>) -> anyhow::Result<SourceFile> {
    let file = File::open(&tmx.path).map_err(|e| read_error(tmx, &e.to_string()))?;
    let reader = BufReader::with_capacity(1 << 16, file);
    let lang = tmx.langs.get(1).map(ToString::to_string);
    excerpt_lines(reader, tmx.display.clone(), lang, ranges)
        .map_err(|e| read_error(tmx, &e.to_string()))
}

/// A reader that fails on invalid UTF-8, as reading the file whole does.
struct Utf8Checked<R> {
    inner: R,
    /// The first bytes of a character split between two reads.
    carry: Vec<u8>,
}

impl<R> Utf8Checked<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            carry: Vec::new(),
        }
    }

    fn check(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        let invalid = || io::Error::new(io::ErrorKind::InvalidData, "invalid UTF-8");
        while !self.carry.is_empty() {
            let Some((&byte, rest)) = bytes.split_first() else {
                return Ok(());
            };
            self.carry.push(byte);
            bytes = rest;
            match std::str::from_utf8(&self.carry) {
                Ok(_) => self.carry.clear(),
                Err(e) if e.error_len().is_none() => {}
                Err(_) => return Err(invalid()),
            }
        }
        match std::str::from_utf8(bytes) {
            Ok(_) => Ok(()),
            Err(e) if e.error_len().is_none() => {
                self.carry.extend_from_slice(&bytes[e.valid_up_to()..]);
                Ok(())
            }
            Err(_) => Err(invalid()),
        }
    }
}

impl<R: Read> Read for Utf8Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !self.carry.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "invalid UTF-8 at the end",
            ));
        }
        self.check(&buf[..n])?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_checked_across_reads() {
        let text = "Мир 平和 ok".as_bytes();
        for split in 0..text.len() {
            let mut checked = Utf8Checked::new(io::empty());
            assert!(checked.check(&text[..split]).is_ok());
            assert!(checked.check(&text[split..]).is_ok(), "{split}");
            assert!(checked.carry.is_empty());
        }
        let mut checked = Utf8Checked::new(io::empty());
        assert!(checked.check(b"ab\xff").is_err());
    }

    #[test]
    fn lines_end_like_the_line_index() {
        use crate::excerpt::read_line;
        let text = b"one\r\ntwo\rthree\n\nfour";
        for capacity in [1, 2, 3, 64] {
            let mut reader = BufReader::with_capacity(capacity, &text[..]);
            let mut lines = Vec::new();
            loop {
                let mut line = Vec::new();
                if read_line(&mut reader, &mut line).unwrap_or(0) == 0 {
                    break;
                }
                lines.push(String::from_utf8(line).unwrap_or_default());
            }
            assert_eq!(lines, ["one\r\n", "two\r", "three\n", "\n", "four"]);
        }
    }

    #[test]
    fn the_window_quotes_whole_characters_and_drops_what_was_read_long_ago() {
        let mut window = Window::default();
        window.bytes.extend_from_slice("ab Мир".as_bytes());
        assert_eq!(window.text(3, 5), "Мир");
        // A character cut by the end of what was read is left out.
        window.bytes.truncate(6);
        assert_eq!(window.text(3, 5), "М");
        window.drop_before(5);
        assert_eq!(window.start, 0, "a few bytes are not worth moving");
        window.bytes = vec![b'x'; 3 << 20];
        window.drop_before(2 << 20);
        assert_eq!((window.start, window.bytes.len()), (2 << 20, 1 << 20));
        assert_eq!(window.text((2 << 20) - 1, 2 << 20), "");
        assert_eq!(window.text(2 << 20, (2 << 20) + 1).len(), 1 + SLACK);
    }

    #[test]
    fn encodings_that_stream() {
        assert!(utf8_without_bom(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx>"
        ));
        assert!(utf8_without_bom(b"<tmx version=\"1.4\">"));
        assert!(!utf8_without_bom(
            b"<?xml version='1.0' encoding='windows-1251'?>"
        ));
        assert!(!utf8_without_bom(b"\xEF\xBB\xBF<tmx>"));
    }
}
