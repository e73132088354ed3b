//! The shared pipeline of `check` and `export`: read files, group them by
//! language into sets, segment, find terms, align.

use std::collections::BTreeMap;
use std::path::PathBuf;

use glossa_align::{AlignDoc, AlignOptions, Bead, Group, align_many, align_pair};
use glossa_checks::{AlignedPair, Document, TermContext};
use glossa_diagnostics::{FileId, SourceFile, SourceMap};
use glossa_text::Lang;
use glossa_text::segment::{Segmenter, Sentence};

use crate::args::InputArgs;
use crate::error::user_error;
use crate::glossary_file::load_glossary;
use crate::input::{InputFile, expand_paths, file_lang, parse_lang, read_input};

/// One segmented file.
#[derive(Debug)]
pub struct LoadedDoc {
    /// Id in the source map.
    pub file: FileId,
    /// Its language.
    pub lang: Lang,
    /// The file.
    pub input: InputFile,
    /// Its sentences.
    pub sentences: Vec<Sentence>,
}

impl LoadedDoc {
    /// The checks' view of this document.
    pub fn document(&self) -> Document<'_> {
        Document {
            file: self.file,
            lang: &self.lang,
            text: &self.input.text,
            sentences: &self.sentences,
        }
    }
}

/// A source document and its translations, aligned.
#[derive(Debug)]
pub struct DocSet {
    /// `docs[0]` is the source.
    pub docs: Vec<LoadedDoc>,
    /// Aligned groups, one sentence range per document (the export's rows).
    pub groups: Vec<Group>,
    /// The direct alignment of the source with each translation
    /// (`pair_beads[k - 1]` for `docs[k]`): omissions and additions are read
    /// from it, so a merge in another language cannot hide them.
    pub pair_beads: Vec<Vec<Bead>>,
}

impl DocSet {
    /// The alignment of the source with translation `k` (1-based index in
    /// `docs`), each pair tagged with the group (row) it falls in.
    pub fn pairs_with(&self, k: usize) -> Vec<AlignedPair> {
        let Some(beads) = k.checked_sub(1).and_then(|i| self.pair_beads.get(i)) else {
            return Vec::new();
        };
        beads
            .iter()
            .filter(|bead| !bead.src.is_empty() || !bead.tgt.is_empty())
            .map(|bead| AlignedPair {
                src: bead.src.clone(),
                tgt: bead.tgt.clone(),
                confidence: bead.confidence,
                low_confidence: bead.low_confidence,
                group: self.group_of(k, bead),
            })
            .collect()
    }

    /// The group holding a bead's first target sentence, else its first source sentence.
    fn group_of(&self, k: usize, bead: &Bead) -> usize {
        let holds = |doc: usize, sentence: usize| {
            self.groups
                .iter()
                .position(|g| g.members.get(doc).is_some_and(|r| r.contains(&sentence)))
        };
        let by_target = (!bead.tgt.is_empty())
            .then(|| holds(k, bead.tgt.start))
            .flatten();
        by_target
            .or_else(|| {
                (!bead.src.is_empty())
                    .then(|| holds(0, bead.src.start))
                    .flatten()
            })
            .unwrap_or(0)
    }
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
}

/// Reads, segments and aligns the inputs of `check` / `export`.
pub fn load(args: &InputArgs) -> anyhow::Result<Workspace> {
    let paths = expand_paths(&args.paths)?;
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
    for (i, path) in paths.iter().enumerate() {
        let input = read_input(Some(path))?;
        let lang = file_lang(&input, args.langs.get(i).map(String::as_str))?;
        let sentences = Segmenter::new(&lang).segment(&input.text);
        let file = sources.add(SourceFile::new(
            input.display.clone(),
            Some(lang.to_string()),
            input.text.clone(),
        ));
        docs.push(LoadedDoc {
            file,
            lang,
            input,
            sentences,
        });
    }
    let source_lang = match &args.source_lang {
        Some(tag) => parse_lang(tag)?,
        None => docs
            .first()
            .map(|d| d.lang.clone())
            .ok_or_else(|| user_error("error-need-two-files", &[]))?,
    };
    let languages: Vec<Lang> = unique_langs(&docs);
    let terms = match &args.glossary {
        Some(path) => Some(term_context(path, args.style.as_deref(), &languages)?),
        None => None,
    };
    let grouped = group_into_sets(docs, &source_lang, &paths)?;
    let sets = grouped
        .into_iter()
        .map(|docs| {
            let (groups, pair_beads) = align_docs(&docs, terms.as_ref());
            DocSet {
                docs,
                groups,
                pair_beads,
            }
        })
        .collect();
    Ok(Workspace {
        sources,
        sets,
        terms,
    })
}

fn unique_langs(docs: &[LoadedDoc]) -> Vec<Lang> {
    let mut langs: Vec<Lang> = Vec::new();
    for doc in docs {
        if !langs.contains(&doc.lang) {
            langs.push(doc.lang.clone());
        }
    }
    langs
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

/// Groups documents into sets: documents whose paths differ only by the
/// language part (`docs/en/x.md` ~ `docs/ru/x.md`, `x.md` ~ `x.ru.md`) form a
/// set; if that leaves every set incomplete, all documents form one set.
fn group_into_sets(
    docs: Vec<LoadedDoc>,
    source_lang: &Lang,
    paths: &[PathBuf],
) -> anyhow::Result<Vec<Vec<LoadedDoc>>> {
    let keys: Vec<String> = paths
        .iter()
        .zip(&docs)
        .map(|(p, d)| set_key(&p.display().to_string(), &d.lang))
        .collect();
    let is_source = |d: &LoadedDoc| d.lang.primary() == source_lang.primary();
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        by_key.entry(key).or_default().push(i);
    }
    let keyed_sets_work = by_key.values().all(|members| {
        members.len() >= 2 && members.iter().filter(|&&i| is_source(&docs[i])).count() == 1
    });
    let langs_distinct = unique_langs(&docs).len() == docs.len();
    let plan: Vec<Vec<usize>> = if keyed_sets_work {
        by_key.into_values().collect()
    } else if langs_distinct {
        vec![(0..docs.len()).collect()]
    } else {
        by_key.into_values().filter(|m| m.len() >= 2).collect()
    };
    let mut slots: Vec<Option<LoadedDoc>> = docs.into_iter().map(Some).collect();
    let mut sets = Vec::new();
    for members in plan {
        let mut set: Vec<LoadedDoc> = members
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
            .collect();
        let Some(source_index) = set.iter().position(is_source) else {
            continue;
        };
        let source = set.remove(source_index);
        set.insert(0, source);
        if set.len() >= 2 {
            sets.push(set);
        }
    }
    if sets.is_empty() {
        return Err(user_error("error-need-two-files", &[]));
    }
    Ok(sets)
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
    let options = AlignOptions::default();
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
