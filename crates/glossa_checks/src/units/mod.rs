//! Checks of translation units from structured files (XLIFF, PO, TMX,
//! Fluent, JSON catalogs, CSV): one source text, an optional target text,
//! flags and notes per unit, as a format reader produces them.
//!
//! [`check_units`] runs the per-unit checks (placeholders, inline codes,
//! numbers, URLs, quotes, brackets, spacing, repeated words, final
//! punctuation, empty and copied targets) and the passes over all units given
//! (length-ratio outliers, inconsistent translations). [`check_catalog_coverage`]
//! compares the message ids of a source catalog with those of a locale.
//!
//! Decisions:
//! - A unit without a target (`target: None`) is only seen by the
//!   project-wide passes as absent; messages missing from a locale are
//!   [`check_catalog_coverage`]'s job.
//! - An empty target is reported (U001) unless the unit's flags say it is
//!   expected to be untranslated (`fuzzy`, `new`, `initial`, `needs-translation`,
//!   `untranslated`, also written `state=new`); such units are skipped
//!   entirely, and fuzzy units never count in the project-wide passes.
//! - A note containing `glossa-ignore` suppresses every finding on that unit;
//!   `glossa-ignore: P001, double-space` only those checks (code or name).

mod consistency;
mod coverage;
mod identical;
mod length;
mod numbers;
mod placeholders;
mod punctuation;
mod quotes;
mod repeats;
mod spaces;
mod suppress;
mod tags;
mod urls;

use std::collections::BTreeMap;
use std::ops::Range;

use glossa_diagnostics::{Diagnostic, FileId, Message, Span};
use glossa_text::Lang;

use crate::codes::Check;
use crate::settings::{Finding, Settings};

pub use coverage::{CatalogEntry, check_catalog_coverage};

/// One side (source or target) of a translation unit.
#[derive(Debug, Clone, Copy)]
pub struct UnitText<'a> {
    /// The file in the caller's source map.
    pub file: FileId,
    /// The unit id (msgctxt + msgid, XLIFF `id`, Fluent message id, JSON key path).
    pub id: &'a str,
    /// The language of this text.
    pub lang: &'a Lang,
    /// The text, unescaped.
    pub text: &'a str,
    /// Byte offset of `text[0]` in the file; diagnostic spans are
    /// `span_start + range in text` (best effort when the file escapes characters).
    pub span_start: usize,
    /// Inline-code ids (XLIFF `<ph id>`, `<g>`, `<pc>`, `<x/>`; TMX `<ph x>`), in order.
    pub codes: &'a [String],
}

impl UnitText<'_> {
    /// The span of a byte range of the text in the file.
    pub fn span(&self, range: Range<usize>) -> Span {
        Span {
            file: self.file,
            range: self.span_start + range.start..self.span_start + range.end.max(range.start),
        }
    }

    /// The span of the whole text.
    pub fn whole(&self) -> Span {
        self.span(0..self.text.len())
    }
}

/// A translation unit: source, target when there is one, flags and notes.
#[derive(Debug, Clone, Copy)]
pub struct UnitPair<'a> {
    /// The source text.
    pub source: UnitText<'a>,
    /// The translation, `None` when the unit has none at all.
    pub target: Option<UnitText<'a>>,
    /// Flags and states (`fuzzy`, `c-format`, `state=translated`).
    pub flags: &'a [String],
    /// Translator and developer notes (`#.` / `#` comments, XLIFF `<note>`, Fluent comments).
    pub notes: &'a [String],
}

impl UnitPair<'_> {
    /// True when the flags say the target is not (yet) a real translation.
    pub fn untranslated_expected(&self) -> bool {
        self.flags.iter().any(|flag| {
            let value = flag.rsplit('=').next().unwrap_or(flag).trim();
            UNTRANSLATED_FLAGS
                .iter()
                .any(|known| value.eq_ignore_ascii_case(known))
        })
    }
}

const UNTRANSLATED_FLAGS: [&str; 6] = [
    "fuzzy",
    "new",
    "initial",
    "needs-translation",
    "untranslated",
    "needs-l10n",
];

/// Which checks are enabled, looked up once per run.
pub(crate) struct Enabled([bool; CHECK_SLOTS]);

const CHECK_SLOTS: usize = 64;

impl Enabled {
    fn new(settings: &Settings) -> Self {
        let mut on = [false; CHECK_SLOTS];
        for check in Check::all() {
            if let Some(slot) = on.get_mut(check as usize) {
                *slot = settings.severity(check).is_some();
            }
        }
        Self(on)
    }

    /// True when the check runs.
    pub(crate) fn on(&self, check: Check) -> bool {
        self.0.get(check as usize).copied().unwrap_or(false)
    }
}

/// Runs every enabled unit check on each pair, then the project-wide passes
/// (length ratio per language pair, inconsistent translations) over all pairs.
pub fn check_units(pairs: &[UnitPair<'_>], settings: &Settings) -> Vec<Diagnostic> {
    let mut checker = UnitChecker::new(settings);
    let mut found: Vec<Diagnostic> = pairs.iter().flat_map(|pair| checker.add(pair)).collect();
    let pending = checker.finish();
    found.extend(checker.complete(&pending, |index| pairs.get(index).copied()));
    found
}

/// The unit checks over a stream of units, in bounded memory: [`UnitChecker::add`] runs the
/// per-unit checks on one unit and keeps what the project-wide passes need (hashes and
/// ratios, about 44 bytes a unit, plus the parsed `glossa-ignore` notes), so the caller can
/// drop the unit's texts; [`UnitChecker::finish`] runs the project-wide passes and names the
/// units they report ([`Pending`]); [`UnitChecker::complete`] turns those into diagnostics
/// given the units again (by index: the order of `add`).
pub struct UnitChecker {
    settings: Settings,
    enabled: Enabled,
    count: usize,
    ignores: BTreeMap<usize, suppress::Ignore>,
    ratios: length::Ratios,
    entries: Vec<consistency::Entry>,
    scratch: Vec<Finding>,
    normalized: Vec<u8>,
}

/// A project-wide finding on unit [`Pending::index`], before its texts are known again.
#[derive(Debug, Clone)]
pub struct Pending {
    check: Check,
    index: usize,
    detail: Detail,
}

#[derive(Debug, Clone)]
enum Detail {
    /// U003: log length ratio of the unit and the usual one.
    Ratio(f64, f64),
    /// C001/C002: the unit holding the reference text.
    Reference(usize),
}

impl Pending {
    fn length(index: usize, ratio: f64, center: f64) -> Self {
        Self {
            check: Check::LengthRatio,
            index,
            detail: Detail::Ratio(ratio, center),
        }
    }

    fn reference(check: Check, index: usize, reference: usize) -> Self {
        Self {
            check,
            index,
            detail: Detail::Reference(reference),
        }
    }

    /// The reported unit.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The units whose texts the diagnostic needs: the reported one, and the reference.
    pub fn units(&self) -> impl Iterator<Item = usize> + '_ {
        let reference = match self.detail {
            Detail::Reference(unit) => Some(unit),
            Detail::Ratio(..) => None,
        };
        std::iter::once(self.index).chain(reference)
    }
}

impl UnitChecker {
    /// A checker with these settings.
    pub fn new(settings: &Settings) -> Self {
        Self {
            settings: settings.clone(),
            enabled: Enabled::new(settings),
            count: 0,
            ignores: BTreeMap::new(),
            ratios: length::Ratios::default(),
            entries: Vec::new(),
            scratch: Vec::new(),
            normalized: Vec::new(),
        }
    }

    /// Makes room for `units` more units in the project-wide passes.
    pub fn reserve(&mut self, units: usize) {
        if self.enabled.on(Check::InconsistentTarget) || self.enabled.on(Check::InconsistentSource)
        {
            self.entries.reserve(units);
        }
    }

    /// Runs the per-unit checks on the next unit and returns their diagnostics.
    pub fn add(&mut self, pair: &UnitPair<'_>) -> Vec<Diagnostic> {
        let index = self.count;
        self.count += 1;
        // Most units have no notes: no call.
        let ignore = match pair.notes {
            [] => suppress::Ignore::Nothing,
            notes => suppress::parse(notes),
        };
        self.scratch.clear();
        check_pair(pair, &self.enabled, &mut self.scratch);
        // The consistency pass prefers clean units as the reference.
        let clean = self.scratch.is_empty();
        if self.enabled.on(Check::LengthRatio) {
            self.ratios.add(pair, index);
        }
        if self.enabled.on(Check::InconsistentTarget) || self.enabled.on(Check::InconsistentSource)
        {
            self.entries
                .extend(consistency::entry(pair, index, clean, &mut self.normalized));
        }
        // Most units have no finding: no list.
        let found = match clean {
            true => Vec::new(),
            false => {
                (self.settings).apply(self.scratch.drain(..).filter(|f| !ignore.covers(f.check)))
            }
        };
        if ignore != suppress::Ignore::Nothing {
            self.ignores.insert(index, ignore);
        }
        found
    }

    /// Runs the project-wide passes over the units added, sorted by unit and check; frees the
    /// per-unit state.
    pub fn finish(&mut self) -> Vec<Pending> {
        let mut pending = Vec::new();
        self.ratios.check(&mut pending);
        self.ratios = length::Ratios::default();
        consistency::check(&mut self.entries, &self.enabled, &mut pending);
        self.entries = Vec::new();
        pending.retain(|p| {
            self.ignores
                .get(&p.index)
                .is_none_or(|ignore| !ignore.covers(p.check))
        });
        pending.sort_by_key(|p| (p.index, p.check));
        pending
    }

    /// The diagnostics of `pending`, given the units by index.
    pub fn complete<'a>(
        &self,
        pending: &[Pending],
        unit: impl Fn(usize) -> Option<UnitPair<'a>>,
    ) -> Vec<Diagnostic> {
        let found: Vec<Finding> = pending
            .iter()
            .filter_map(|p| {
                let pair = unit(p.index)?;
                match p.detail {
                    Detail::Ratio(ratio, center) => length::finding(&pair, ratio, center),
                    Detail::Reference(reference) => {
                        consistency::finding(&pair, &unit(reference)?, p.check)
                    }
                }
            })
            .collect();
        self.settings.apply(found)
    }
}

fn check_pair(pair: &UnitPair<'_>, enabled: &Enabled, out: &mut Vec<Finding>) {
    let Some(target) = &pair.target else {
        return;
    };
    if trimmed(target.text).is_empty() {
        if !pair.untranslated_expected() && !trimmed(pair.source.text).is_empty() {
            add(
                out,
                enabled,
                Check::EmptyTarget,
                Message::new("empty-target"),
                target.whole(),
            );
        }
        return;
    }
    let source = &pair.source;
    if enabled.on(Check::TargetSameAsSource) {
        identical::check(source, target, out);
    }
    let mut source_placeholders = placeholders::scan(source.text);
    let mut target_placeholders = placeholders::scan(target.text);
    placeholders::mark_inline_codes(source.text, source.codes, &mut source_placeholders);
    placeholders::mark_inline_codes(target.text, target.codes, &mut target_placeholders);
    placeholders::drop_by_flags(pair.flags, &mut source_placeholders);
    placeholders::drop_by_flags(pair.flags, &mut target_placeholders);
    placeholders::allow_message_variables(
        pair.flags,
        &source_placeholders,
        &mut target_placeholders,
    );
    placeholders::drop_turkish_percentages(
        target.lang,
        &mut target_placeholders,
        &source_placeholders,
    );
    placeholders::drop_turkish_percentages(
        source.lang,
        &mut source_placeholders,
        &target_placeholders,
    );
    if enabled.on(Check::PlaceholderMismatch) {
        placeholders::compare(
            source,
            target,
            &source_placeholders,
            &target_placeholders,
            out,
        );
    }
    if enabled.on(Check::InlineTagMismatch) {
        if source.codes.is_empty() && target.codes.is_empty() {
            tags::compare_markup(source, target, out);
        } else {
            tags::compare_codes(source, target, out);
        }
    }
    if enabled.on(Check::NumberMismatch) || enabled.on(Check::DateMismatch) {
        numbers::check(
            source,
            target,
            &source_placeholders,
            &target_placeholders,
            enabled,
            out,
        );
    }
    if enabled.on(Check::UrlMismatch) {
        urls::check(source, target, out);
    }
    if enabled.on(Check::UnpairedQuote) || enabled.on(Check::UnpairedBracket) {
        quotes::check(source, target, enabled, out);
    }
    if enabled.on(Check::DoubleSpace) {
        spaces::double_space(source, target, out);
    }
    if enabled.on(Check::EdgeWhitespace) {
        spaces::edges(source, target, out);
    }
    if enabled.on(Check::RepeatedWord) {
        repeats::check(source, target, out);
    }
    if enabled.on(Check::EndPunctuation) {
        punctuation::check(source, target, out);
    }
}

/// True for a byte that leads a character outside ASCII and U+0400–U+047F: a text without one
/// is "plain" to the byte-level quick paths of the checks.
pub(crate) fn leads_other_character(b: u8) -> bool {
    (b >= 0xC0) & (b != 0xD0) & (b != 0xD1)
}

/// How many bytes at the start of `bytes` lie in whole 16-byte chunks without a byte `wanted`
/// holds for (the bytes of a chunk tested together, vectorized): where a byte-by-byte search
/// for one may begin.
#[inline(always)]
pub(crate) fn chunks_without(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> usize {
    let (chunks, _) = bytes.as_chunks::<16>();
    let mut skipped = 0;
    for chunk in chunks {
        let mut found = 0u8;
        for &b in chunk {
            found |= u8::from(wanted(b));
        }
        if found != 0 {
            break;
        }
        skipped += 16;
    }
    skipped
}

/// The first byte of `bytes` that `wanted` holds for, the bytes tested 16 at a time
/// (vectorized): a chunk of flags read as one number, a text shorter than a chunk padded with
/// zeros (`wanted(0)` must be false), the bytes after the last whole chunk tested as the last
/// 16 bytes of the text.
#[inline(always)]
pub(crate) fn first_byte_where(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> Option<usize> {
    let first_in = |chunk: &[u8; 16]| {
        let mut flags = [0u8; 16];
        for (flag, &b) in flags.iter_mut().zip(chunk) {
            *flag = u8::from(wanted(b));
        }
        let word = u128::from_le_bytes(flags);
        (word != 0).then(|| word.trailing_zeros() as usize / 8)
    };
    let (chunks, tail) = bytes.as_chunks::<16>();
    for (n, chunk) in chunks.iter().enumerate() {
        if let Some(at) = first_in(chunk) {
            return Some(n * 16 + at);
        }
    }
    if tail.is_empty() {
        return None;
    }
    // The bytes before the tail were tested already: a byte found is in the tail.
    if let Some(last) = bytes.last_chunk::<16>() {
        return first_in(last).map(|at| bytes.len() - 16 + at);
    }
    let mut padded = [0u8; 16];
    for (to, &b) in padded.iter_mut().zip(tail) {
        *to = b;
    }
    first_in(&padded)
}

/// True when two languages are the same: their tags compared byte by byte, inline (tags are a
/// few bytes: a call to compare memory would cost more).
pub(crate) fn same_lang(a: &Lang, b: &Lang) -> bool {
    let (a, b) = (a.as_str().as_bytes(), b.as_str().as_bytes());
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// `str::trim`, without decoding a text that starts with visible ASCII or a Cyrillic letter
/// and ends with visible ASCII (most texts).
pub(crate) fn trimmed(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(&first), Some(&last))
            if (first.is_ascii_graphic() || (0xD0..=0xD3).contains(&first))
                && last.is_ascii_graphic() =>
        {
            text
        }
        _ => text.trim(),
    }
}

/// Pushes a finding with one primary span when its check is enabled.
fn add(out: &mut Vec<Finding>, enabled: &Enabled, check: Check, message: Message, span: Span) {
    if enabled.on(check) {
        out.push(Finding::new(check, message).with(|d| d.primary(span, None)));
    }
}

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::test_support::{lang, messages, unit};

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_check_has_an_enabled_slot() {
        assert!(Check::all().all(|check| (check as usize) < CHECK_SLOTS));
        let mut settings = Settings::default();
        settings.set(Check::ObsoleteMessage, None);
        let enabled = Enabled::new(&settings);
        assert!(enabled.on(Check::PlaceholderMismatch) && !enabled.on(Check::ObsoleteMessage));
    }

    /// The chunked search finds the first wanted byte wherever it stands, in texts of every
    /// length around a chunk's.
    #[test]
    fn first_byte_where_is_the_first_one() {
        for len in 0..50 {
            for at in 0..=len {
                let mut bytes = vec![b'x'; len];
                if let Some(b) = bytes.get_mut(at) {
                    *b = b'(';
                }
                if let Some(b) = bytes.get_mut(at + 7) {
                    *b = b'(';
                }
                let naive = bytes.iter().position(|&b| b == b'(');
                assert_eq!(first_byte_where(&bytes, |b| b == b'('), naive, "{len} {at}");
            }
        }
    }

    #[test]
    fn trimmed_is_trim() {
        for text in [
            "",
            " ",
            "Save",
            " Save ",
            "Сохранить?",
            "\u{a0}Сохранить\u{a0}",
            "Сохранить\u{3000}",
            "a\u{2003}",
            "\u{2003}a",
            "設定",
            "Ҷ ",
            "x\n",
        ] {
            assert_eq!(trimmed(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn empty_targets_unless_flagged_untranslated() {
        let (en, ru) = (lang("en"), lang("ru"));
        let fuzzy = strings(&["fuzzy", "c-format"]);
        let state = strings(&["state=needs-translation"]);
        let pair = |flags| UnitPair {
            source: unit(0, &en, "Open the file"),
            target: Some(unit(1, &ru, "")),
            flags,
            notes: &[],
        };
        let found = check_units(
            &[pair(&[]), pair(&fuzzy), pair(&state)],
            &Settings::default(),
        );
        assert_eq!(messages(&found), ["U001 empty-target"]);
        let none = UnitPair {
            target: None,
            ..pair(&[])
        };
        assert!(check_units(&[none], &Settings::default()).is_empty());
    }

    #[test]
    fn format_flags_say_what_is_a_placeholder() {
        let (en, ru) = (lang("en"), lang("ru"));
        let no_c = strings(&["no-c-format"]);
        let pair = |flags| UnitPair {
            source: unit(0, &en, "Progress: 100%d done"),
            target: Some(unit(1, &ru, "Выполнено на 100%")),
            flags,
            notes: &[],
        };
        let found = check_units(&[pair(&[]), pair(&no_c)], &Settings::default());
        assert_eq!(
            messages(&found),
            ["P001 placeholder-missing(placeholder=%d)"]
        );
    }

    #[test]
    fn notes_suppress_findings() {
        let (en, tr) = (lang("en"), lang("tr"));
        let all = strings(&["Marka adı, çevrilmez. glossa-ignore"]);
        let some = strings(&["glossa-ignore: U002"]);
        let other = strings(&["glossa-ignore: double-space"]);
        let pair = |notes| UnitPair {
            source: unit(0, &en, "Glossa Studio Pro"),
            target: Some(unit(1, &tr, "Glossa Studio Pro")),
            flags: &[],
            notes,
        };
        let found = check_units(
            &[pair(&all), pair(&some), pair(&other)],
            &Settings::default(),
        );
        assert_eq!(messages(&found), ["U002 target-same-as-source(lang=en)"]);
    }

    #[test]
    fn inline_codes_and_spans() {
        let (en, ja) = (lang("en"), lang("ja"));
        let source_codes = strings(&["1", "2", "3"]);
        let target_codes = strings(&["1", "3", "4"]);
        let mut source = unit(0, &en, "Click <b>Save</b> to <i>keep</i> the %s file.");
        source.codes = &source_codes;
        let mut target = unit(
            1,
            &ja,
            "ファイルを保存するには<b>保存</b>をクリックします。",
        );
        target.codes = &target_codes;
        target.span_start = 100;
        let pair = UnitPair {
            source,
            target: Some(target),
            flags: &[],
            notes: &[],
        };
        let found = check_units(&[pair], &Settings::default());
        assert_eq!(
            messages(&found),
            [
                "P001 placeholder-missing(placeholder=%s)",
                "P002 inline-tag-missing(tag=2)",
                "P002 inline-tag-added(tag=4)"
            ]
        );
        let span = &found[0].labels[0].span;
        assert_eq!((span.file, span.range.start), (FileId(1), 100));
        assert_eq!(span.range.len(), target.text.len());
    }

    /// Random texts of tricky characters: no panic, every span inside its text.
    #[test]
    fn random_texts_never_panic_and_spans_stay_inside() {
        const PIECES: [&str; 40] = [
            "%",
            "%s",
            "%1$",
            "{",
            "}",
            "{{",
            "$",
            "-",
            "->",
            "[one]",
            "*[other]",
            ",",
            " plural,",
            "<",
            "</",
            ">",
            "b",
            "«",
            "»",
            "„",
            "“",
            "”",
            "’",
            "'",
            "\"",
            "(",
            ")",
            "。",
            "？",
            "...",
            "  ",
            "\n",
            "7",
            "１",
            "三",
            "января",
            "İ",
            "https://",
            "@x.ru",
            ".",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(seed >> 33).unwrap_or(0) % n
        };
        let texts: Vec<String> = (0..10_000)
            .map(|_| (0..next(12)).map(|_| PIECES[next(PIECES.len())]).collect())
            .collect();
        let langs = [lang("en"), lang("ru"), lang("ja"), lang("tr")];
        let pairs: Vec<UnitPair<'_>> = texts
            .chunks(2)
            .enumerate()
            .map(|(i, pair)| UnitPair {
                source: unit(0, &langs[0], &pair[0]),
                target: Some(unit(1, &langs[1 + i % 3], &pair[1])),
                flags: &[],
                notes: &[],
            })
            .collect();
        let longest = texts.iter().map(String::len).max().unwrap_or(0);
        for diagnostic in check_units(&pairs, &Settings::default()) {
            for label in &diagnostic.labels {
                assert!(label.span.range.start <= label.span.range.end);
                assert!(label.span.range.end <= longest, "{diagnostic:?}");
            }
        }
    }

    #[test]
    fn settings_turn_checks_off_and_change_severity() {
        let (en, ru) = (lang("en"), lang("ru"));
        let pair = UnitPair {
            source: unit(0, &en, "Open the file."),
            target: Some(unit(1, &ru, "Открыть  файл")),
            flags: &[],
            notes: &[],
        };
        let mut settings = Settings::default();
        settings.set(Check::DoubleSpace, None);
        settings.set(
            Check::EndPunctuation,
            Some(glossa_diagnostics::Severity::Error),
        );
        let found = check_units(&[pair], &settings);
        assert_eq!(
            messages(&found),
            ["Q005 end-punctuation-missing(expected=.)"]
        );
        assert_eq!(found[0].severity, glossa_diagnostics::Severity::Error);
    }
}
