//! The shared pipeline of `check` and `export`: read files, group them by
//! language into sets, segment, find terms, align.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex, PoisonError};

use glossa_align::{AlignDoc, AlignOptions, Bead, Group, align_many, align_pair};
use glossa_checks::units::{UnitPair, UnitText};
use glossa_checks::{AlignedPair, Document, TermContext};
use glossa_diagnostics::{FileId, SourceFile, SourceMap};
use glossa_text::Lang;
use glossa_text::segment::{Segmenter, Sentence};

use crate::args::InputArgs;
use crate::error::{UserError, user_error};
use crate::file_text::{FileContent, FileHead};
use crate::glossary_file::load_glossary;
use crate::progress::Progress;
use crate::reread::{Budget, Catalog, ParkedFile, Reread, catalogs_set, hold_budget, parked_set};
use glossa_formats::FormatKind;
use rayon::prelude::*;

use crate::input::{InputFile, decode_utf8, expand_paths, file_lang, format_error, parse_lang};
use crate::po_set::PoUnits;
use crate::set_groups::{SetGroups, per_unit_pairs};
use crate::stream::{StreamedTmx, TmxScan, scan, streamable};
use crate::structured::{
    BilingualUnits, LangFacts, StructuredInput, bilingual_set, slot_docs, slot_langs, streamed_set,
};

/// One segmented file.
#[derive(Debug)]
pub struct LoadedDoc {
    /// Id in the source map.
    pub file: FileId,
    /// Its language.
    pub lang: Lang,
    /// Path as given.
    pub display: String,
    /// Its text, shared with the source map (and with the other languages of a bilingual file).
    pub text: Arc<String>,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
}

impl LoadedDoc {
    /// The checks' view of this document.
    pub fn document(&self) -> Document<'_> {
        Document {
            file: self.file,
            lang: &self.lang,
            text: &self.text,
            sentences: &self.sentences,
        }
    }
}

/// Where the documents of a set come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    /// Monolingual documents (Markdown, text), segmented and aligned by glossa.
    Documents,
    /// One bilingual file (XLIFF, PO, TMX, CSV/TSV): units are aligned already.
    Bilingual,
    /// Message catalogs of several locales (Fluent, JSON), matched by id.
    Catalogs,
}

/// Messages missing from a locale and messages only the locale has
/// (sentence indices in the source and in the locale).
#[derive(Debug, Clone, Default)]
pub struct CatalogGaps {
    /// Source messages absent from the locale.
    pub missing: Vec<usize>,
    /// Locale messages absent from the source.
    pub obsolete: Vec<usize>,
}

/// What a structured file says about one unit, besides its text: 24 bytes for the common
/// unit without flags, notes or inline codes (a bilingual file of 100,000 units holds two).
#[derive(Debug, Clone)]
pub struct UnitInfo {
    /// Unit id (XLIFF id, PO msgctxt + msgid, message id), shared by the unit's documents.
    pub id: Arc<str>,
    more: Option<Box<UnitFacts>>,
}

/// The flags, notes and inline-code ids of a unit that has some.
#[derive(Debug, Clone)]
struct UnitFacts {
    flags: Vec<String>,
    notes: Vec<String>,
    codes: Vec<String>,
}

impl UnitInfo {
    /// A unit's facts.
    pub fn new(id: Arc<str>, flags: Vec<String>, notes: Vec<String>, codes: Vec<String>) -> Self {
        let any = !(flags.is_empty() && notes.is_empty() && codes.is_empty());
        Self {
            id,
            more: any.then(|| {
                Box::new(UnitFacts {
                    flags,
                    notes,
                    codes,
                })
            }),
        }
    }

    /// Flags and states (`fuzzy`, `state=translated`).
    pub fn flags(&self) -> &[String] {
        self.more.as_ref().map_or(&[], |m| &m.flags)
    }

    /// Notes and comments (`glossa-ignore: CODE`).
    pub fn notes(&self) -> &[String] {
        self.more.as_ref().map_or(&[], |m| &m.notes)
    }

    /// Inline-code ids, in order.
    pub fn codes(&self) -> &[String] {
        self.more.as_ref().map_or(&[], |m| &m.codes)
    }
}

/// A source document and its translations, aligned.
#[derive(Debug)]
pub struct DocSet {
    /// `docs[0]` is the source.
    pub docs: Vec<LoadedDoc>,
    /// Aligned groups, one sentence range per document (the export's rows).
    pub groups: SetGroups,
    /// What the documents are.
    pub kind: SetKind,
    /// For structured sets: per document, the unit behind each sentence (documents of the
    /// same units share one list).
    pub units: Vec<Arc<Vec<UnitInfo>>>,
    /// For catalog sets, per translation (`catalog_gaps[k - 1]`): source
    /// messages the locale lacks, and locale messages the source lacks (plural
    /// forms a language does not have are neither).
    pub catalog_gaps: Vec<CatalogGaps>,
    /// The direct alignment of the source with each translation of a set of
    /// documents (`pair_beads[k - 1]` for `docs[k]`): omissions and additions
    /// are read from it, so a merge in another language cannot hide them. A
    /// structured set has none: its groups are its beads.
    pub pair_beads: Vec<Vec<Bead>>,
    /// A TMX file `check` streams: its documents are empty, its units are read
    /// from the file as they are checked.
    pub stream: Option<StreamedTmx>,
    /// A set `check` reads (again) only when it checks it (see
    /// [`Workspace::reread`]): until then its documents have no text and
    /// the set no alignment nor units.
    pub reread: Option<Reread>,
}

impl DocSet {
    /// The alignment of the source with translation `k` (1-based index in
    /// `docs`), each pair tagged with the group (row) it falls in.
    pub fn pairs_with(&self, k: usize) -> Vec<AlignedPair> {
        let groups = match &self.groups {
            SetGroups::Listed(groups) => groups,
            SetGroups::PerUnit { count, holds } => return per_unit_pairs(*count, holds, k),
        };
        let aligned = match self.kind {
            SetKind::Documents => match k.checked_sub(1).and_then(|i| self.pair_beads.get(i)) {
                Some(beads) => Some(beads),
                None => return Vec::new(),
            },
            _ => None,
        };
        // A structured set's groups are its beads, one per unit.
        let of_groups = (aligned.is_none() && k > 0)
            .then(|| groups.iter().filter_map(move |g| group_bead(g, k)));
        let count = aligned.map_or(groups.len(), Vec::len);
        let beads = (aligned.into_iter().flatten().cloned()).chain(of_groups.into_iter().flatten());
        let source_groups = self.group_index(groups, 0);
        let target_groups = self.group_index(groups, k);
        // Sized once: at most one pair per bead.
        let mut pairs = Vec::with_capacity(count);
        pairs.extend(
            beads
                .filter(|bead| !bead.src.is_empty() || !bead.tgt.is_empty())
                .map(|bead| {
                    let group = target_groups
                        .get(bead.tgt.start)
                        .filter(|_| !bead.tgt.is_empty())
                        .or_else(|| {
                            source_groups
                                .get(bead.src.start)
                                .filter(|_| !bead.src.is_empty())
                        })
                        .copied()
                        .unwrap_or(0);
                    AlignedPair {
                        src: bead.src.clone(),
                        tgt: bead.tgt.clone(),
                        confidence: bead.confidence,
                        low_confidence: bead.low_confidence,
                        group,
                    }
                }),
        );
        pairs
    }

    /// The unit pair of an aligned pair of translation `k` of a structured set (`None` when
    /// the pair has no source unit).
    pub fn unit_pair(&self, k: usize, pair: &AlignedPair) -> Option<UnitPair<'_>> {
        let unit_text = |doc: usize, index: usize| {
            let doc_units = self.docs.get(doc)?;
            let sentence = doc_units.sentences.get(index)?;
            let info = self.units.get(doc)?.get(index)?;
            Some((
                UnitText {
                    file: doc_units.file,
                    id: &info.id,
                    lang: &doc_units.lang,
                    text: &sentence.text,
                    span_start: sentence.range.start,
                    codes: info.codes(),
                },
                info,
            ))
        };
        let (source, source_info) = unit_text(0, pair.src.clone().next()?)?;
        let target = pair.tgt.clone().next().and_then(|i| unit_text(k, i));
        // Catalog translators write `glossa-ignore` in their own file; the flags (plural
        // forms, select variants and the variables of the message) are the source's.
        let notes = match (&target, self.kind) {
            (Some((_, info)), SetKind::Catalogs) if !info.notes().is_empty() => info.notes(),
            _ => source_info.notes(),
        };
        Some(UnitPair {
            source,
            target: target.map(|(text, _)| text),
            flags: source_info.flags(),
            notes,
        })
    }

    /// The group of every sentence of document `doc`.
    fn group_index(&self, groups: &[Group], doc: usize) -> Vec<usize> {
        let count = self.docs.get(doc).map_or(0, |d| d.sentences.len());
        let mut index = vec![0; count];
        for (g, group) in groups.iter().enumerate() {
            for sentence in group.members.get(doc).cloned().unwrap_or_default() {
                if let Some(slot) = index.get_mut(sentence) {
                    *slot = g;
                }
            }
        }
        index
    }
}

/// The bead of translation `k` in a group of a structured set (`None` when neither the source
/// nor the translation has a sentence in it).
fn group_bead(group: &Group, k: usize) -> Option<Bead> {
    let src = group.members.first()?.clone();
    let tgt = group.members.get(k)?.clone();
    (!src.is_empty() || !tgt.is_empty()).then_some(Bead {
        src,
        tgt,
        confidence: 1.0,
        low_confidence: false,
    })
}

/// A bilingual file, parsed, let go (with its languages), or to be streamed.
enum Bilingual {
    Parsed(StructuredInput<BilingualUnits>),
    Parked(ParkedFile, LangFacts),
    Streamed(TmxScan),
}

/// Everything loaded for a run.
#[derive(Debug)]
pub struct Workspace {
    /// All files, for rendering.
    pub sources: SourceMap,
    /// The document sets.
    pub sets: Vec<DocSet>,
    /// The glossary, prepared for the languages of the run.
    pub terms: Option<TermContext>,
    /// Files that could not be read; the run reports them and exits 2.
    pub failures: Vec<anyhow::Error>,
    pub(crate) segmenters: Segmenters,
    pub(crate) source_lang: Lang,
}

/// A set of documents, aligned.
pub(crate) fn documents_set(docs: Vec<LoadedDoc>, terms: Option<&TermContext>) -> DocSet {
    let (groups, pair_beads) = align_docs(&docs, terms);
    DocSet {
        docs,
        groups: SetGroups::Listed(groups),
        pair_beads,
        kind: SetKind::Documents,
        units: Vec::new(),
        catalog_gaps: Vec::new(),
        stream: None,
        reread: None,
    }
}

/// Reads, segments and aligns the inputs of `check` / `export`.
pub fn load(
    args: &InputArgs,
    config: Option<&glossa_workspace::Config>,
) -> anyhow::Result<Workspace> {
    load_with(args, config, false, &Progress::hidden())
}

/// [`load`], leaving TMX files in UTF-8 to be streamed by `check` (the glossary checks too
/// run unit by unit, see `unit_lanes`), counting the files read on `progress`.
pub fn load_streaming(
    args: &InputArgs,
    config: Option<&glossa_workspace::Config>,
    progress: &Progress,
) -> anyhow::Result<Workspace> {
    load_with(args, config, true, progress)
}

/// One input file, read (Markdown and plain text segmented, structured
/// files parsed or scanned for streaming).
enum ReadFile {
    Document(LoadedText),
    Bilingual(Bilingual, Option<String>),
    Catalog(Catalog, Lang),
}

/// A Markdown or plain-text file, not yet in the source map: segmented, or
/// (for `check`) only its language and length known, to be read again.
struct LoadedText {
    path: PathBuf,
    display: String,
    lang: Lang,
    text: Option<(String, Vec<Sentence>)>,
    len: usize,
}

/// One segmenter per language, shared by the threads that read files
/// (building one compiles its rules).
#[derive(Debug, Default)]
pub(crate) struct Segmenters(Mutex<BTreeMap<String, Arc<Segmenter>>>);

impl Segmenters {
    pub(crate) fn for_lang(&self, lang: &Lang) -> Arc<Segmenter> {
        let mut map = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(
            map.entry(lang.to_string())
                .or_insert_with(|| Arc::new(Segmenter::new(lang))),
        )
    }
}

/// Reads one input file; `given` is its language from `--langs`.
fn read_file(
    path: &Path,
    given: Option<&str>,
    stream: bool,
    segmenters: &Segmenters,
    budget: &Budget,
) -> anyhow::Result<ReadFile> {
    let display = path.display().to_string();
    if stream
        && streamable(path, &display)
        && let Some(scan) = scan(path, &display)
    {
        return Ok(ReadFile::Bilingual(
            Bilingual::Streamed(scan),
            given.map(str::to_string),
        ));
    }
    let file = FileHead::open(path)?;
    let kind = glossa_formats::detect(&display, &file.head[..file.head.len().min(8192)])
        .unwrap_or(FormatKind::PlainText);
    if matches!(kind, FormatKind::Markdown | FormatKind::PlainText) {
        let input = InputFile {
            text: decode_utf8(&display, file.into_bytes()?)?,
            display,
        };
        if input.text.trim().is_empty() {
            return Err(user_error("error-empty-input", &[("path", &input.display)]));
        }
        let lang = file_lang(&input, given)?;
        let len = input.text.len();
        let text = (!stream).then(|| {
            let sentences = segmenters.for_lang(&lang).segment(&input.text);
            (input.text, sentences)
        });
        return Ok(ReadFile::Document(LoadedText {
            path: path.to_path_buf(),
            display: input.display,
            lang,
            text,
            len,
        }));
    }
    let parked = |len: usize| ParkedFile {
        path: path.to_path_buf(),
        display: display.clone(),
        kind,
        len,
    };
    if matches!(kind, FormatKind::Fluent | FormatKind::JsonCatalog) {
        let structured = read_structured(&display, file.into_content(kind)?, kind)?;
        let len = structured.text.len();
        let keep = !stream || budget.take(len);
        let lang = match given {
            Some(tag) => parse_lang(tag)?,
            None => Lang::from_path(&display)
                .ok_or_else(|| user_error("error-no-lang", &[("path", &display)]))?,
        };
        let catalog = match keep {
            true => Catalog::Kept(structured, path.to_path_buf()),
            false => Catalog::Parked(parked(len)),
        };
        return Ok(ReadFile::Catalog(catalog, lang));
    }
    let structured = read_bilingual(&display, file.into_content(kind)?, kind)?;
    let len = structured.text.len();
    let bilingual = match !stream || budget.take(len) {
        true => Bilingual::Parsed(structured),
        false => Bilingual::Parked(parked(len), structured.parsed.facts()),
    };
    Ok(ReadFile::Bilingual(bilingual, given.map(str::to_string)))
}

fn load_with(
    args: &InputArgs,
    config: Option<&glossa_workspace::Config>,
    stream: bool,
    progress: &Progress,
) -> anyhow::Result<Workspace> {
    let paths = expand_paths(&args.paths, config)?;
    if !args.langs.is_empty() && args.langs.len() != paths.len() {
        return Err(user_error(
            "error-langs-count",
            &[
                ("expected", &paths.len().to_string()),
                ("got", &args.langs.len().to_string()),
            ],
        ));
    }
    let mut sources = SourceMap::new();
    let mut docs = Vec::new();
    let mut doc_paths = Vec::new();
    let mut bilingual = Vec::new();
    let mut catalogs = Vec::new();
    // A file that cannot be read is reported, and the others are still checked.
    let mut failures = Vec::new();
    // A pipe or a process substitution (`<(git show …)`) can be read only once: with one
    // among the inputs, everything is read up front.
    let stream = stream
        && paths
            .iter()
            .all(|p| std::fs::metadata(p).map_or(true, |m| m.is_file()));
    // Files are read in parallel and taken in the order given.
    progress.reading(paths.len());
    let segmenters = Segmenters::default();
    let budget = Budget(AtomicUsize::new(hold_budget()));
    let read: Vec<anyhow::Result<ReadFile>> = paths
        .par_iter()
        .enumerate()
        .map(|(i, path)| {
            let given = args.langs.get(i).map(String::as_str);
            let file = read_file(path, given, stream, &segmenters, &budget);
            progress.inc();
            file
        })
        .collect();
    for file in read {
        match file {
            Ok(ReadFile::Document(loaded)) => {
                let lang_tag = Some(loaded.lang.to_string());
                let (text, sentences, source) = match loaded.text {
                    Some((text, sentences)) => {
                        let text = Arc::new(text);
                        let source =
                            SourceFile::shared(loaded.display.clone(), lang_tag, Arc::clone(&text));
                        (text, sentences, source)
                    }
                    // Replaced by the lines the findings quote once the set is checked.
                    None => {
                        let source = SourceFile::excerpted(
                            loaded.display.clone(),
                            lang_tag,
                            loaded.len,
                            vec![],
                        );
                        (Arc::default(), Vec::new(), source)
                    }
                };
                docs.push(LoadedDoc {
                    file: sources.add(source),
                    lang: loaded.lang,
                    display: loaded.display,
                    text,
                    sentences,
                });
                doc_paths.push(loaded.path);
            }
            Ok(ReadFile::Bilingual(structured, given)) => bilingual.push((structured, given)),
            Ok(ReadFile::Catalog(catalog, lang)) => catalogs.push((catalog, lang)),
            Err(err) if err.is::<UserError>() => failures.push(err),
            Err(err) => return Err(err),
        }
    }
    let source_lang = match &args.source_lang {
        Some(tag) => parse_lang(tag)?,
        None => docs
            .first()
            .map(|d| d.lang.clone())
            .or_else(|| catalogs.first().map(|(_, lang)| lang.clone()))
            .map_or_else(|| parse_lang("en"), Ok)?,
    };
    let mut sets = Vec::new();
    let mut register = |file| sources.add(file);
    for (structured, given) in bilingual {
        sets.push(match structured {
            Bilingual::Parsed(input) => {
                bilingual_set(&mut register, input, &source_lang, given.as_deref())?
            }
            Bilingual::Parked(file, facts) => {
                let langs = slot_langs(&file.display, &facts, &source_lang, given.as_deref())?;
                let tag = langs.get(1).map(ToString::to_string);
                let id = register(SourceFile::excerpted(
                    file.display.clone(),
                    tag,
                    file.len,
                    vec![],
                ));
                parked_set(
                    slot_docs(&langs, id, &file.display, &Arc::default(), 0),
                    SetKind::Bilingual,
                    Reread::Bilingual(file, given),
                )
            }
            Bilingual::Streamed(scan) => {
                streamed_set(&mut register, scan, &source_lang, given.as_deref())?
            }
        });
    }
    if !catalogs.is_empty() {
        let keys: Vec<String> = catalogs
            .iter()
            .map(|(c, lang)| set_key(c.display(), lang))
            .collect();
        let langs: Vec<Lang> = catalogs.iter().map(|(_, lang)| lang.clone()).collect();
        let plan = plan_sets(&keys, &langs, &source_lang);
        let mut slots: Vec<Option<(Catalog, Lang)>> = catalogs.into_iter().map(Some).collect();
        for members in plan {
            let members: Vec<(Catalog, Lang)> = members
                .iter()
                .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
                .collect();
            sets.push(catalogs_set(&mut register, members));
        }
    }
    let mut languages: Vec<Lang> = Vec::new();
    for lang in sets
        .iter()
        .flat_map(|s| s.docs.iter().map(|d| &d.lang))
        .chain(docs.iter().map(|d| &d.lang))
    {
        if !languages.contains(lang) {
            languages.push(lang.clone());
        }
    }
    let terms = match &args.glossary {
        Some(path) => Some(term_context(path, args.style.as_deref(), &languages)?),
        None => None,
    };
    if !docs.is_empty() {
        let keys: Vec<String> = doc_paths
            .iter()
            .zip(&docs)
            .map(|(p, d)| set_key(&p.display().to_string(), &d.lang))
            .collect();
        let langs: Vec<Lang> = docs.iter().map(|d| d.lang.clone()).collect();
        let plan = plan_sets(&keys, &langs, &source_lang);
        let mut slots: Vec<Option<(LoadedDoc, PathBuf)>> =
            docs.into_iter().zip(doc_paths).map(Some).collect();
        let planned: Vec<Vec<(LoadedDoc, PathBuf)>> = plan
            .iter()
            .map(|members| {
                members
                    .iter()
                    .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
                    .collect()
            })
            .collect();
        if stream {
            // `check` reads, segments and aligns each set when it checks it.
            sets.extend(planned.into_iter().map(|members| {
                let (docs, paths) = members.into_iter().unzip();
                DocSet {
                    docs,
                    groups: SetGroups::default(),
                    pair_beads: Vec::new(),
                    kind: SetKind::Documents,
                    units: Vec::new(),
                    catalog_gaps: Vec::new(),
                    stream: None,
                    reread: Some(Reread::Documents(paths)),
                }
            }));
        } else {
            // Sets align independently: in parallel, collected in plan order.
            let aligned: Vec<DocSet> = planned
                .into_par_iter()
                .map(|members| {
                    let docs = members.into_iter().map(|(doc, _)| doc).collect();
                    documents_set(docs, terms.as_ref())
                })
                .collect();
            sets.extend(aligned);
        }
    }
    if sets.is_empty() {
        return Err(if failures.is_empty() {
            user_error("error-need-two-files", &[])
        } else {
            failures.remove(0)
        });
    }
    Ok(Workspace {
        sources,
        sets,
        terms,
        failures,
        segmenters,
        source_lang,
    })
}

/// Loads the glossary and builds matchers for the run's languages.
pub fn term_context(
    path: &std::path::Path,
    style: Option<&str>,
    langs: &[Lang],
) -> anyhow::Result<TermContext> {
    let glossary = load_glossary(path)?;
    TermContext::new(glossary, style, langs).map_err(|e| match e {
        glossa_checks::terms::TermContextError::UnknownStyle(style) => {
            user_error("error-unknown-style", &[("style", &style)])
        }
        glossa_checks::terms::TermContextError::Glossary(err) => {
            crate::glossary_file::glossary_error(&path.display().to_string(), &err)
        }
    })
}

/// Plans sets of files: files whose paths differ only by the language part
/// (`docs/en/x.md` ~ `docs/ru/x.md`, `x.md` ~ `x.ru.md`) form a set; if that
/// leaves sets without a source, and every file has its own language, all
/// files form one set. Each set lists the source first; sets without a
/// source or a translation are dropped.
fn plan_sets(keys: &[String], langs: &[Lang], source_lang: &Lang) -> Vec<Vec<usize>> {
    let is_source = |i: usize| {
        langs
            .get(i)
            .is_some_and(|l| l.primary() == source_lang.primary())
    };
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        by_key.entry(key).or_default().push(i);
    }
    let keyed_sets_work = by_key.values().all(|members| {
        members.len() >= 2 && members.iter().filter(|&&i| is_source(i)).count() == 1
    });
    let mut distinct = langs.to_vec();
    distinct.sort();
    distinct.dedup();
    let plan: Vec<Vec<usize>> = if keyed_sets_work {
        by_key.into_values().collect()
    } else if distinct.len() == langs.len() {
        vec![(0..langs.len()).collect()]
    } else {
        by_key.into_values().filter(|m| m.len() >= 2).collect()
    };
    plan.into_iter()
        .filter_map(|mut members| {
            let source = members.iter().position(|&i| is_source(i))?;
            let first = members.remove(source);
            members.insert(0, first);
            (members.len() >= 2).then_some(members)
        })
        .collect()
}

/// Decodes and parses a structured file; errors name the file, line and column.
pub(crate) fn read_structured(
    display: &str,
    content: FileContent,
    kind: FormatKind,
) -> anyhow::Result<StructuredInput> {
    let text = decode_structured(display, content, kind)?;
    let parsed = glossa_formats::parse(kind, &text).map_err(|e| format_error(display, &e))?;
    Ok(StructuredInput {
        display: display.to_string(),
        text: Arc::new(text),
        parsed,
    })
}

/// Decodes and reads a bilingual file (a PO file straight into sentences); errors name the
/// file, line and column.
pub(crate) fn read_bilingual(
    display: &str,
    content: FileContent,
    kind: FormatKind,
) -> anyhow::Result<StructuredInput<BilingualUnits>> {
    let text = Arc::new(decode_structured(display, content, kind)?);
    let parsed = match kind {
        FormatKind::Po => PoUnits::read(&text).map(BilingualUnits::Po),
        _ => glossa_formats::parse(kind, &text).map(BilingualUnits::Parsed),
    };
    Ok(StructuredInput {
        display: display.to_string(),
        parsed: parsed.map_err(|e| format_error(display, &e))?,
        text,
    })
}

/// The decoded text of a structured file, which must not be empty.
fn decode_structured(
    display: &str,
    content: FileContent,
    kind: FormatKind,
) -> anyhow::Result<String> {
    let text = match content {
        FileContent::Text(text) => text,
        FileContent::Bytes(bytes) => {
            glossa_formats::decode_owned(bytes, kind).map_err(|e| format_error(display, &e))?
        }
    };
    if text.trim().is_empty() {
        return Err(user_error("error-empty-input", &[("path", display)]));
    }
    Ok(text)
}

/// A path with its language part removed.
fn set_key(path: &str, lang: &Lang) -> String {
    let tag = lang.as_str().to_ascii_lowercase();
    let primary = lang.primary();
    let normalized = path.replace('\\', "/");
    let mut parts: Vec<String> = normalized.split('/').map(str::to_string).collect();
    if let Some(file) = parts.last_mut() {
        let mut pieces: Vec<&str> = file.split('.').collect();
        let ext = if pieces.len() > 1 { pieces.pop() } else { None };
        pieces.retain(|p| {
            let p = p.to_ascii_lowercase();
            p != tag && p != primary
        });
        let mut rebuilt = pieces.join(".");
        if let Some(ext) = ext {
            rebuilt = format!("{rebuilt}.{ext}");
        }
        *file = rebuilt;
    }
    parts.retain(|p| {
        let p = p.to_ascii_lowercase();
        p != tag && p != primary
    });
    parts.join("/")
}

/// Alignment settings for checking translations. Both sides opening with a
/// quotation mark is a weak cue that misleads exactly when the first
/// sentence of a quotation is omitted, the case a reviewer must see; the
/// checker relies on content (numbers, names, glossary concepts, length).
fn check_options() -> AlignOptions {
    let mut options = AlignOptions::default();
    options.model.quote_start = 0.0;
    options
}

/// Aligns a set many-way and each translation directly with the source,
/// with glossary concepts as extra anchors.
fn align_docs(docs: &[LoadedDoc], terms: Option<&TermContext>) -> (Vec<Group>, Vec<Vec<Bead>>) {
    let anchors: Vec<Option<Vec<Vec<String>>>> = docs
        .iter()
        .map(|doc| {
            let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
            terms.map(|terms| terms.concepts_per_sentence(&doc.lang, &texts))
        })
        .collect();
    let align_docs: Vec<AlignDoc<'_>> = docs
        .iter()
        .zip(anchors)
        .map(|(doc, extra_anchors)| AlignDoc {
            lang: doc.lang.clone(),
            sentences: doc.sentences.iter().map(|s| s.text.as_str()).collect(),
            blocks: Some(doc.sentences.iter().map(|s| s.block).collect()),
            extra_anchors,
        })
        .collect();
    let options = check_options();
    let groups = align_many(&align_docs, &options);
    let pair_beads = match align_docs.split_first() {
        Some((source, targets)) => targets
            .iter()
            .map(|target| align_pair(source, target, &options))
            .collect(),
        None => Vec::new(),
    };
    (groups, pair_beads)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_structured_set_pairs_its_groups() {
        let po = "msgid \"a\"\nmsgstr \"б\"\n\nmsgid \"c\"\nmsgstr \"\"\n";
        let text = Arc::new(po.to_owned());
        let parsed = PoUnits::read(&text).map(BilingualUnits::Po);
        let input = parsed.map(|parsed| StructuredInput {
            display: "ru.po".to_owned(),
            text,
            parsed,
        });
        let mut register = |_| FileId(0);
        let set = input.ok().and_then(|input| {
            bilingual_set(&mut register, input, &Lang::parse("en").ok()?, Some("ru")).ok()
        });
        let Some(set) = set else {
            panic!("the set is not built");
        };
        let pairs = set.pairs_with(1);
        let ranges: Vec<_> = pairs
            .iter()
            .map(|p| (p.src.clone(), p.tgt.clone(), p.group))
            .collect();
        assert_eq!(ranges, [(0..1, 0..1, 0), (1..2, 1..2, 1)]);
        assert!(set.pairs_with(0).is_empty() && set.pairs_with(2).is_empty());
        let target = set.unit_pair(1, &pairs[0]).and_then(|u| u.target);
        assert_eq!(target.map(|t| (t.id, t.text)), Some(("a", "б")));
    }

    #[test]
    fn set_keys_drop_the_language_part() {
        let lang = |t: &str| Lang::parse(t).unwrap();
        assert_eq!(
            set_key("docs/en/x.md", &lang("en")),
            set_key("docs/ru/x.md", &lang("ru"))
        );
        assert_eq!(
            set_key("x.md", &lang("en")),
            set_key("x.ru.md", &lang("ru"))
        );
        assert_eq!(
            set_key("sample/en.md", &lang("en")),
            set_key("sample/ja.md", &lang("ja"))
        );
        assert_ne!(
            set_key("docs/en/x.md", &lang("en")),
            set_key("docs/ru/y.md", &lang("ru"))
        );
    }
}
