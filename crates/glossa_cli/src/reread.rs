//! Sets `check` reads only when it needs them, so memory stays bounded by
//! the largest set rather than the whole run: documents are read, segmented
//! and aligned when their set is checked; structured files past a budget are
//! parsed once to learn their languages, let go, and read again when their set
//! is checked, when the project-wide passes go over or quote their units, and
//! when their lines are excerpted.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use glossa_diagnostics::{FileId, SourceFile};
use glossa_formats::FormatKind;
use glossa_text::Lang;

use crate::file_text::FileHead;
use crate::input::{decode_utf8, read_bytes};
use crate::pipeline::{
    DocSet, LoadedDoc, SetKind, Workspace, documents_set, read_bilingual, read_structured,
};
use crate::set_groups::SetGroups;
use crate::structured::{Register, StructuredInput, bilingual_set, catalog_set};

/// How [`Workspace::reread`] reads a set again.
#[derive(Debug)]
pub enum Reread {
    /// Markdown or plain-text documents, by path.
    Documents(Vec<PathBuf>),
    /// A bilingual file, with its target language from `--langs`.
    Bilingual(ParkedFile, Option<String>),
    /// Message catalogs, each with its locale.
    Catalogs(Vec<(ParkedFile, Lang)>),
}

/// A structured file `check` parsed and let go: past its memory budget
/// ([`hold_budget`]) it is read again when its set is checked.
#[derive(Debug, Clone)]
pub struct ParkedFile {
    pub(crate) path: PathBuf,
    pub(crate) display: String,
    pub(crate) kind: FormatKind,
    /// Length of its decoded text.
    pub(crate) len: usize,
}

impl ParkedFile {
    fn read(&self) -> anyhow::Result<StructuredInput> {
        read_structured(
            &self.display,
            FileHead::open(&self.path)?.into_content(self.kind)?,
            self.kind,
        )
    }
}

/// Bytes of structured files (decoded text) `check` keeps parsed in memory
/// for a run (`GLOSSA_HOLD_BYTES`, 32 MiB by default: parsed, a file takes
/// about ten times its text); the files past it are read again when their
/// set is checked, so memory stays bounded by the largest set.
pub(crate) fn hold_budget() -> usize {
    std::env::var("GLOSSA_HOLD_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32 << 20)
}

/// What is left of the budget of [`hold_budget`], shared by the threads
/// that read files.
pub(crate) struct Budget(pub(crate) AtomicUsize);

impl Budget {
    /// Takes `bytes` from the budget if they fit.
    pub(crate) fn take(&self, bytes: usize) -> bool {
        self.0
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                left.checked_sub(bytes)
            })
            .is_ok()
    }
}

/// A message catalog, parsed or let go.
pub(crate) enum Catalog {
    Kept(StructuredInput, PathBuf),
    Parked(ParkedFile),
}

impl Catalog {
    pub(crate) fn display(&self) -> &str {
        match self {
            Catalog::Kept(input, _) => &input.display,
            Catalog::Parked(file) => &file.display,
        }
    }
}

impl Workspace {
    /// A set [`crate::pipeline::load_streaming`] left to be read when it is
    /// checked, read, segmented and aligned as [`crate::pipeline::load`] would
    /// have done it (same file ids).
    pub fn reread(&self, set: &DocSet) -> anyhow::Result<DocSet> {
        // The files keep their ids: a bilingual file has one for all its
        // documents, catalogs one each, in order.
        let ids: Vec<FileId> = set.docs.iter().map(|d| d.file).collect();
        let mut registered = 0;
        let mut same_ids = |_| {
            let id = ids.get(registered).or(ids.last()).copied();
            registered += 1;
            id.unwrap_or(FileId(0))
        };
        match &set.reread {
            None => anyhow::bail!("{}: the set was read already", self.describe(set)),
            Some(Reread::Documents(paths)) => self.read_doc_set(set, paths),
            Some(Reread::Bilingual(file, given)) => bilingual_set(
                &mut same_ids,
                read_bilingual(
                    &file.display,
                    FileHead::open(&file.path)?.into_content(file.kind)?,
                    file.kind,
                )?,
                &self.source_lang,
                given.as_deref(),
            ),
            Some(Reread::Catalogs(files)) => {
                let mut inputs = Vec::with_capacity(files.len());
                for (file, lang) in files {
                    inputs.push((file.read()?, lang.clone()));
                }
                Ok(catalog_set(&mut same_ids, inputs))
            }
        }
    }

    /// The files of a set, for a message.
    fn describe(&self, set: &DocSet) -> String {
        let names: Vec<&str> = set.docs.iter().map(|d| d.display.as_str()).collect();
        names.join(", ")
    }

    /// A set of documents read again (see [`Workspace::reread`]).
    fn read_doc_set(&self, set: &DocSet, paths: &[PathBuf]) -> anyhow::Result<DocSet> {
        let mut docs = Vec::with_capacity(set.docs.len());
        for (doc, path) in set.docs.iter().zip(paths) {
            let text = decode_utf8(&doc.display, read_bytes(path)?)?;
            let sentences = self.segmenters.for_lang(&doc.lang).segment(&text);
            docs.push(LoadedDoc {
                file: doc.file,
                lang: doc.lang.clone(),
                display: doc.display.clone(),
                text: Arc::new(text),
                sentences,
            });
        }
        Ok(documents_set(docs, self.terms.as_ref()))
    }
}

/// The set of catalogs `members`: built from the parsed files, or, when one
/// of them was let go, left to be read again (each in the source map).
pub(crate) fn catalogs_set(register: Register<'_>, members: Vec<(Catalog, Lang)>) -> DocSet {
    if members.iter().all(|(c, _)| matches!(c, Catalog::Kept(..))) {
        let inputs = members
            .into_iter()
            .filter_map(|(c, lang)| match c {
                Catalog::Kept(input, _) => Some((input, lang)),
                Catalog::Parked(_) => None,
            })
            .collect();
        return catalog_set(register, inputs);
    }
    let mut docs = Vec::new();
    let mut files = Vec::new();
    for (catalog, lang) in members {
        let file = match catalog {
            Catalog::Parked(file) => file,
            Catalog::Kept(input, path) => ParkedFile {
                path,
                len: input.text.len(),
                kind: input.parsed.kind,
                display: input.display,
            },
        };
        let tag = Some(lang.to_string());
        let id = register(SourceFile::excerpted(
            file.display.clone(),
            tag,
            file.len,
            vec![],
        ));
        docs.push(LoadedDoc {
            file: id,
            lang: lang.clone(),
            display: file.display.clone(),
            text: Arc::default(),
            sentences: Vec::new(),
        });
        files.push((file, lang));
    }
    parked_set(docs, SetKind::Catalogs, Reread::Catalogs(files))
}

/// A set whose documents are read when it is checked.
pub(crate) fn parked_set(docs: Vec<LoadedDoc>, kind: SetKind, reread: Reread) -> DocSet {
    DocSet {
        pair_beads: Vec::new(),
        docs,
        groups: SetGroups::default(),
        kind,
        units: Vec::new(),
        catalog_gaps: Vec::new(),
        stream: None,
        reread: Some(reread),
    }
}
