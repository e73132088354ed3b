//! The units of a PO file as the parser hands them over, one at a time, and the
//! [`ParsedFile`] built from them.

use std::ops::Range;

use crate::{FormatKind, ParsedFile, Unit, Variant};

/// Receives the units of a PO file as they are read (see [`po_units`](crate::po_units)).
pub trait PoSink {
    /// About `units` units will come (one per `msgstr` keyword of the file).
    fn reserve(&mut self, units: usize) {
        let _ = units;
    }

    /// Takes one unit (units come in file order, plural forms one by one).
    fn unit(&mut self, unit: PoUnit<'_>);

    /// The id of the `index`-th unit given to [`PoSink::unit`]: duplicate keys are found by
    /// comparing with it (the parser keeps no copy of the ids).
    fn id(&self, index: usize) -> Option<&str>;
}

/// One PO unit, borrowed from the parser: what a [`Unit`] of a PO file holds, without the
/// languages (the file's, see [`PoLangs`]).
#[derive(Debug, Clone)]
pub struct PoUnit<'a> {
    /// `msgid`, or `msgctxt` + `"\u{4}"` + `msgid`; plural forms get a `[N]` suffix.
    pub id: &'a str,
    /// 1-based line of the `msgid` keyword.
    pub line: usize,
    /// The `msgid` (the `msgid_plural` for plural forms N ≥ 1).
    pub source: PoText<'a>,
    /// The `msgstr` (`msgstr[N]`).
    pub target: PoText<'a>,
    /// `#,` flags, `obsolete`, `plural:N`.
    pub flags: &'a [String],
    /// Translator and extracted comments.
    pub notes: &'a [String],
}

/// The text of a PO string and the byte range of its raw form in the file.
#[derive(Debug, Clone)]
pub struct PoText<'a> {
    /// Unescaped and joined.
    pub text: &'a str,
    /// From its first non-empty quoted piece to its last.
    pub span: Range<usize>,
    /// The range of the file that is the text, when it is one piece without escapes (so the
    /// text can be shared with the file rather than copied).
    pub raw: Option<Range<usize>>,
}

/// The languages a PO header names (the last header's, for every unit of the file).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoLangs {
    /// `X-Source-Language:`.
    pub source: Option<String>,
    /// `Language:`.
    pub target: Option<String>,
}

/// Builds the units of a [`ParsedFile`].
#[derive(Debug, Default)]
pub(super) struct UnitList(pub(super) Vec<Unit>);

impl PoSink for UnitList {
    fn reserve(&mut self, units: usize) {
        self.0.reserve_exact(units);
    }

    fn unit(&mut self, unit: PoUnit<'_>) {
        let variant = |text: PoText<'_>| Variant {
            lang: None,
            text: text.text.to_owned(),
            span: text.span,
            codes: Vec::new(),
        };
        self.0.push(Unit {
            id: unit.id.to_owned(),
            line: unit.line,
            variants: vec![variant(unit.source), variant(unit.target)],
            flags: unit.flags.to_vec(),
            notes: unit.notes.to_vec(),
        });
    }

    fn id(&self, index: usize) -> Option<&str> {
        self.0.get(index).map(|u| u.id.as_str())
    }
}

impl UnitList {
    /// The file of these units, every variant tagged with the file's languages.
    pub(super) fn into_file(self, langs: PoLangs) -> ParsedFile {
        let mut units = self.0;
        for unit in &mut units {
            if let [source, target] = unit.variants.as_mut_slice() {
                source.lang.clone_from(&langs.source);
                target.lang.clone_from(&langs.target);
            }
        }
        ParsedFile {
            kind: FormatKind::Po,
            source_lang: langs.source,
            target_lang: langs.target,
            units,
        }
    }
}
