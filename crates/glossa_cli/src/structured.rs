//! Structured files in the pipeline: bilingual files (XLIFF, PO, TMX,
//! CSV/TSV) stand alone as a set of one document per language; message
//! catalogs (Fluent, JSON) of several locales form a set matched by message id.
//! Every unit becomes one verbatim sentence, so the glossary checks and the
//! exports treat units like aligned sentences.

use std::sync::Arc;

use glossa_align::Group;
use glossa_diagnostics::{FileId, SourceFile};
use glossa_formats::{ParsedFile, Unit, Variant, pair_catalogs};
use glossa_text::Lang;
use glossa_text::segment::Sentence;

use crate::error::user_error;
use crate::input::parse_lang;
use crate::pipeline::{CatalogGaps, DocSet, LoadedDoc, SetKind, UnitInfo};
use crate::po_set::PoUnits;
use crate::set_groups::SetGroups;
use crate::stream::{StreamedTmx, TmxScan};

/// A parsed structured file, before it joins a set.
#[derive(Debug)]
pub struct StructuredInput<P = ParsedFile> {
    /// Path as given.
    pub display: String,
    /// Decoded text (shared with the sentences of a PO file).
    pub text: Arc<String>,
    /// Its units.
    pub parsed: P,
}

/// The units of a bilingual file: parsed, or (PO) read into sentences already.
#[derive(Debug)]
pub enum BilingualUnits {
    /// Parsed units.
    Parsed(ParsedFile),
    /// The sentences and facts of a PO file's units.
    Po(PoUnits),
}

impl BilingualUnits {
    /// What the file says about its languages.
    pub fn facts(&self) -> LangFacts {
        match self {
            Self::Parsed(parsed) => LangFacts::of(parsed),
            Self::Po(po) => po.facts(),
        }
    }
}

/// Puts a file in the source map and gives its id (or gives the id it
/// already has, when a set is read again).
pub type Register<'r> = &'r mut dyn FnMut(SourceFile) -> FileId;

/// A bilingual file (or a many-language TMX) as one set.
pub fn bilingual_set(
    register: Register<'_>,
    input: StructuredInput<BilingualUnits>,
    source_lang: &Lang,
    given_target: Option<&str>,
) -> anyhow::Result<DocSet> {
    let facts = input.parsed.facts();
    let langs = slot_langs(&input.display, &facts, source_lang, given_target)?;
    let text = input.text;
    let mut parsed = input.parsed;
    let lang = langs.get(1).map(ToString::to_string);
    let display = input.display.clone();
    let file = register(match &mut parsed {
        // The parser found the line starts already.
        BilingualUnits::Po(po) => {
            SourceFile::indexed(display, lang, Arc::clone(&text), po.take_line_index())
        }
        BilingualUnits::Parsed(_) => SourceFile::shared(display, lang, Arc::clone(&text)),
    });
    let primaries = Primaries::of(&facts.tags);
    let (docs, groups, units) = match parsed {
        BilingualUnits::Parsed(parsed) => {
            let mut docs = slot_docs(&langs, file, &input.display, &text, parsed.units.len());
            let (groups, units) =
                fill_slots(&mut docs, parsed, &langs, facts.by_position, &primaries);
            let units = units.into_iter().map(Arc::new).collect();
            (docs, SetGroups::Listed(groups), units)
        }
        BilingualUnits::Po(po) => {
            let mut docs = slot_docs(&langs, file, &input.display, &text, 0);
            let template = po.template();
            let picks: Vec<Option<usize>> = (0..langs.len())
                .map(|slot| slot_index(&template, slot, &langs, facts.by_position, &primaries))
                .collect();
            let (groups, units) = po_slots(&mut docs, po, &picks);
            (docs, groups, units)
        }
    };
    Ok(structured_set(docs, groups, units, SetKind::Bilingual))
}

/// Moves the variants of parsed units into the documents of their languages: the groups
/// and the facts of each document's units.
fn fill_slots(
    docs: &mut [LoadedDoc],
    parsed: ParsedFile,
    langs: &[Lang],
    by_position: bool,
    primaries: &Primaries,
) -> (Vec<Group>, Vec<Vec<UnitInfo>>) {
    // Sized once: growing vectors of 100,000 sentences cost more than filling them.
    let count = parsed.units.len();
    let mut units: Vec<Vec<UnitInfo>> = langs.iter().map(|_| Vec::with_capacity(count)).collect();
    let mut groups = Vec::with_capacity(count);
    let mut picks = Vec::with_capacity(langs.len());
    for (index, mut unit) in parsed.units.into_iter().enumerate() {
        picks.clear();
        picks.extend(
            (0..langs.len()).map(|slot| slot_index(&unit, slot, langs, by_position, primaries)),
        );
        let mut members = Vec::with_capacity(langs.len());
        let mut id: Option<Arc<str>> = None;
        for (slot, &pick) in picks.iter().enumerate() {
            let start = docs[slot].sentences.len();
            // The unit's texts and facts are moved into the slot that uses them last.
            let last = !picks[slot + 1..].contains(&pick);
            if let Some(variant) = pick.and_then(|i| unit.variants.get_mut(i)) {
                let text = take_or_clone(&mut variant.text, last);
                let codes = variant.codes.iter().map(|c| c.id.clone()).collect();
                docs[slot]
                    .sentences
                    .push(Sentence::verbatim(variant.span.clone(), text, index));
                // The flags and notes are moved into the last slot with a variant.
                let last_info = !picks[slot + 1..].iter().any(Option::is_some);
                let id = Arc::clone(id.get_or_insert_with(|| Arc::from(unit.id.as_str())));
                let flags = take_or_clone(&mut unit.flags, last_info);
                let notes = take_or_clone(&mut unit.notes, last_info);
                units[slot].push(UnitInfo::new(id, flags, notes, codes));
            }
            members.push(start..docs[slot].sentences.len());
        }
        groups.push(Group {
            members,
            confidence: 1.0,
            low_confidence: false,
        });
    }
    (groups, units)
}

/// Moves the sentences of a PO file's units into the documents of their languages, the
/// variant of each slot picked once for all units (`picks`, see [`slot_index`]): the groups
/// (one per unit) and the facts of each document's units (one list, shared).
fn po_slots(
    docs: &mut [LoadedDoc],
    po: PoUnits,
    picks: &[Option<usize>],
) -> (SetGroups, Vec<Arc<Vec<UnitInfo>>>) {
    let count = po.infos.len();
    let mut variants = [po.sources, po.targets];
    let infos = Arc::new(po.infos);
    let mut units = Vec::with_capacity(picks.len());
    let mut holds = Vec::with_capacity(picks.len());
    for (slot, (doc, &pick)) in docs.iter_mut().zip(picks).enumerate() {
        let later = &picks[slot + 1..];
        let sentences = pick.and_then(|i| variants.get_mut(i));
        holds.push(sentences.is_some());
        match sentences {
            Some(sentences) => {
                doc.sentences = take_or_clone(sentences, !later.contains(&pick));
                units.push(Arc::clone(&infos));
            }
            None => units.push(Arc::default()),
        }
    }
    (SetGroups::PerUnit { count, holds }, units)
}

/// Message catalogs of several locales (`docs[0]` the source) as one set.
pub fn catalog_set(register: Register<'_>, inputs: Vec<(StructuredInput, Lang)>) -> DocSet {
    let mut docs = Vec::new();
    let mut units = Vec::new();
    let mut parsed = Vec::new();
    for (input, lang) in inputs {
        let text = input.text;
        let file = register(SourceFile::shared(
            input.display.clone(),
            Some(lang.to_string()),
            Arc::clone(&text),
        ));
        let sentences = input
            .parsed
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let variant = u.variants.first();
                Sentence::verbatim(
                    variant.map_or(0..0, |v| v.span.clone()),
                    variant.map_or(String::new(), |v| v.text.clone()),
                    i,
                )
            })
            .collect();
        units.push(Arc::new(
            input
                .parsed
                .units
                .iter()
                .map(|u| {
                    UnitInfo::new(
                        Arc::from(u.id.as_str()),
                        u.flags.clone(),
                        u.notes.clone(),
                        Vec::new(),
                    )
                })
                .collect(),
        ));
        docs.push(LoadedDoc {
            file,
            lang,
            display: input.display,
            text,
            sentences,
        });
        parsed.push(input.parsed);
    }
    let (groups, gaps) = catalog_groups(&parsed);
    let mut set = structured_set(docs, SetGroups::Listed(groups), units, SetKind::Catalogs);
    set.catalog_gaps = gaps;
    set
}

/// Groups of a catalog set: each source message with its counterpart in
/// every locale, then the messages only a locale has.
fn catalog_groups(parsed: &[ParsedFile]) -> (Vec<Group>, Vec<CatalogGaps>) {
    let Some((source, targets)) = parsed.split_first() else {
        return (Vec::new(), Vec::new());
    };
    let pairings: Vec<_> = targets.iter().map(|t| pair_catalogs(source, t)).collect();
    let width = parsed.len();
    let single = |doc: usize, index: usize| {
        let mut members = vec![0..0; width];
        if let Some(slot) = members.get_mut(doc) {
            *slot = index..index + 1;
        }
        members
    };
    // The counterpart of each source message in each locale (the first
    // pair), looked up by index: a search of the pairs per message was
    // quadratic (100,000 Fluent messages: 2 of 2.7 CPU-s).
    let counterparts: Vec<Vec<Option<usize>>> = pairings
        .iter()
        .map(|pairing| {
            let mut by_source = vec![None; source.units.len()];
            for &(s, j) in &pairing.pairs {
                if let Some(slot @ None) = by_source.get_mut(s) {
                    *slot = Some(j);
                }
            }
            by_source
        })
        .collect();
    let mut groups = Vec::new();
    for i in 0..source.units.len() {
        let mut members = single(0, i);
        for (k, by_source) in counterparts.iter().enumerate() {
            if let Some(&Some(j)) = by_source.get(i) {
                members[k + 1] = j..j + 1;
            }
        }
        groups.push(Group {
            members,
            confidence: 1.0,
            low_confidence: false,
        });
    }
    for (k, pairing) in pairings.iter().enumerate() {
        for &j in &pairing.obsolete {
            groups.push(Group {
                members: single(k + 1, j),
                confidence: 1.0,
                low_confidence: false,
            });
        }
    }
    let gaps = pairings
        .into_iter()
        .map(|p| CatalogGaps {
            missing: p.missing,
            obsolete: p.obsolete,
        })
        .collect();
    (groups, gaps)
}

fn structured_set(
    docs: Vec<LoadedDoc>,
    groups: SetGroups,
    units: Vec<Arc<Vec<UnitInfo>>>,
    kind: SetKind,
) -> DocSet {
    DocSet {
        docs,
        groups,
        pair_beads: Vec::new(),
        kind,
        units,
        catalog_gaps: Vec::new(),
        stream: None,
        reread: None,
    }
}

/// One document per language of a bilingual file, all sharing its text,
/// with room for `units` sentences each.
pub fn slot_docs(
    langs: &[Lang],
    file: FileId,
    display: &str,
    text: &Arc<String>,
    units: usize,
) -> Vec<LoadedDoc> {
    langs
        .iter()
        .map(|lang| LoadedDoc {
            file,
            lang: lang.clone(),
            display: display.to_string(),
            text: Arc::clone(text),
            sentences: Vec::with_capacity(units),
        })
        .collect()
}

/// A TMX file to be streamed, as a set of empty documents (one per language).
pub fn streamed_set(
    register: Register<'_>,
    scan: TmxScan,
    source_lang: &Lang,
    given_target: Option<&str>,
) -> anyhow::Result<DocSet> {
    let langs = slot_langs(&scan.display, &scan.facts, source_lang, given_target)?;
    // A placeholder until the lines the diagnostics point at are read.
    let file = register(SourceFile::new(
        scan.display.clone(),
        langs.get(1).map(ToString::to_string),
        String::new(),
    ));
    let docs = slot_docs(&langs, file, &scan.display, &Arc::default(), 0);
    Ok(DocSet {
        docs,
        groups: SetGroups::default(),
        pair_beads: Vec::new(),
        kind: SetKind::Bilingual,
        units: Vec::new(),
        catalog_gaps: Vec::new(),
        stream: Some(StreamedTmx {
            path: scan.path,
            display: scan.display,
            file,
            by_position: scan.facts.by_position,
            langs,
        }),
        reread: None,
    })
}

/// The variant of a unit in language slot `slot`: by position when no variant of the file
/// has a language, else by language (by position in a two-language file).
pub fn slot_variant<'u>(
    unit: &'u Unit,
    slot: usize,
    langs: &[Lang],
    by_position: bool,
) -> Option<&'u Variant> {
    let index = slot_index(unit, slot, langs, by_position, &Primaries::default())?;
    unit.variants.get(index)
}

/// The index of [`slot_variant`], with the primary subtags of the file's tags parsed once.
fn slot_index(
    unit: &Unit,
    slot: usize,
    langs: &[Lang],
    by_position: bool,
    primaries: &Primaries,
) -> Option<usize> {
    if by_position {
        return (slot < unit.variants.len()).then_some(slot);
    }
    let lang = langs.get(slot)?;
    unit.variants
        .iter()
        .position(|v| {
            // A tag written as the slot's own needs no parse (PO tags every unit so).
            v.lang
                .as_deref()
                .is_some_and(|l| l == lang.as_str() || primaries.same(l, lang))
        })
        .or_else(|| (langs.len() == 2 && slot < unit.variants.len()).then_some(slot))
}

/// The primary subtag of each distinct variant tag of a file (`None`: not a language tag).
#[derive(Debug, Default)]
struct Primaries(Vec<(String, Option<String>)>);

impl Primaries {
    fn of(tags: &[String]) -> Self {
        Self(
            tags.iter()
                .map(|tag| {
                    let primary = Lang::parse(tag).ok().map(|l| l.primary().to_string());
                    (tag.clone(), primary)
                })
                .collect(),
        )
    }

    /// True when `tag` has the primary subtag of `lang`.
    fn same(&self, tag: &str, lang: &Lang) -> bool {
        match self.0.iter().find(|(t, _)| t == tag) {
            Some((_, primary)) => primary.as_deref() == Some(lang.primary()),
            None => Lang::parse(tag).is_ok_and(|l| l.primary() == lang.primary()),
        }
    }
}

/// The value, moved out when `last`, else copied.
fn take_or_clone<T: Clone + Default>(value: &mut T, last: bool) -> T {
    if last {
        std::mem::take(value)
    } else {
        value.clone()
    }
}

/// What a bilingual file says about its languages.
#[derive(Debug, Default)]
pub struct LangFacts {
    /// The declared source language.
    pub source_lang: Option<String>,
    /// The declared target language.
    pub target_lang: Option<String>,
    /// The language tags of the variants, distinct, in order of appearance.
    pub tags: Vec<String>,
    /// The second variant's text of the first 200 units that have one, for detection.
    pub sample: Vec<String>,
    /// No variant has a language: variants are matched by position.
    pub by_position: bool,
}

impl LangFacts {
    /// Records one unit (in file order).
    pub fn add(&mut self, unit: &Unit) {
        for tag in unit.variants.iter().filter_map(|v| v.lang.as_deref()) {
            if !self.tags.iter().any(|t| t == tag) {
                self.tags.push(tag.to_string());
            }
        }
        if self.sample.len() < SAMPLE_UNITS
            && let Some(variant) = unit.variants.get(1)
        {
            self.sample.push(variant.text.clone());
        }
    }

    /// The facts of a parsed file.
    pub fn of(parsed: &ParsedFile) -> Self {
        let mut facts = Self {
            source_lang: parsed.source_lang.clone(),
            target_lang: parsed.target_lang.clone(),
            ..Self::default()
        };
        for unit in &parsed.units {
            facts.add(unit);
        }
        facts.by_position = facts.tags.is_empty();
        facts
    }
}

/// Units whose text samples the target language when nothing names it.
pub(crate) const SAMPLE_UNITS: usize = 200;

/// The language of each variant slot: the source first, then the targets.
pub fn slot_langs(
    display: &str,
    facts: &LangFacts,
    source_lang: &Lang,
    given_target: Option<&str>,
) -> anyhow::Result<Vec<Lang>> {
    let source = match facts
        .source_lang
        .as_deref()
        .filter(|l| !l.eq_ignore_ascii_case("*all*"))
    {
        Some(tag) => parse_lang(tag)?,
        None => source_lang.clone(),
    };
    let mut langs = vec![source];
    for tag in &facts.tags {
        let lang = parse_lang(tag)?;
        if langs.iter().all(|l| l.primary() != lang.primary()) {
            langs.push(lang);
        }
    }
    if langs.len() == 1 {
        let target = match (given_target, facts.target_lang.as_deref()) {
            (Some(tag), _) | (None, Some(tag)) => Some(parse_lang(tag)?),
            (None, None) => {
                Lang::from_path(display).or_else(|| Lang::detect(&facts.sample.join(" ")))
            }
        };
        let target = target.ok_or_else(|| user_error("error-no-lang", &[("path", display)]))?;
        langs.push(target);
    }
    Ok(langs)
}
