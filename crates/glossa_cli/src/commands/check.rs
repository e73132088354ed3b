//! `glossa check`: run every check on each source/translation pair and
//! report in the chosen format.

use std::io::{IsTerminal, Write};

use glossa_checks::units::{CatalogEntry, check_catalog_coverage};
use glossa_checks::{PairInput, Settings, check_pair, check_pair_terms};
use glossa_diagnostics::{Diagnostic, FileId, Severity, SourceFile, sort_diagnostics};
use glossa_i18n::I18n;
use glossa_report::{OutputFormat, RenderOptions, render};
use rayon::prelude::*;

use glossa_workspace::{Config, filter_baseline, write_baseline};

use crate::args::{CheckArgs, FailOn, InputArgs, ReportFormat};
use crate::error::ExitStatus;
use crate::error::{UserError, report_error, user_error};
use crate::excerpt::{excerpt_lines, ranges_in};
use crate::input::{decode_utf8, read_bytes};
use crate::pipeline::{DocSet, LoadedDoc, SetKind, Workspace, load_streaming};
use crate::progress::Progress;
use crate::unit_lanes::{AlignedUnits, attach_excerpts, check_lanes};

/// Runs `glossa check`.
pub fn run(args: &CheckArgs, i18n: &I18n) -> anyhow::Result<ExitStatus> {
    let config = load_config(args.config.as_deref())?;
    let settings = config
        .as_ref()
        .map(Config::settings)
        .transpose()
        .map_err(|e| config_error(&e))?
        .unwrap_or_default();
    let input = with_config(&args.input, config.as_ref());
    let progress = Progress::start(i18n);
    let mut workspace = load_streaming(&input, config.as_ref(), &progress)?;
    let (mut diagnostics, excerpts) = run_checks_with(&workspace, &settings, &progress)?;
    progress.finish();
    for (file, excerpt) in excerpts {
        workspace.sources.replace(file, excerpt);
    }
    attach_excerpts(&mut workspace, &diagnostics)?;
    if let Some(path) = &args.write_baseline {
        let text = write_baseline(&diagnostics, &workspace.sources);
        std::fs::write(path, text).map_err(|e| {
            user_error(
                "error-write",
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &e.to_string()),
                ],
            )
        })?;
        return Ok(ExitStatus::Clean);
    }
    if let Some(path) = &args.baseline {
        let display = path.display().to_string();
        let text = decode_utf8(&display, read_bytes(path)?)?;
        diagnostics = filter_baseline(diagnostics, &workspace.sources, &text)
            .map_err(|e| config_error(&e))?;
    }
    let stdout = std::io::stdout();
    let color = args.format == ReportFormat::Human
        && stdout.is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let options = RenderOptions {
        color,
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    render(
        output_format(args.format),
        &diagnostics,
        &workspace.sources,
        i18n,
        &options,
        &mut out,
    )?;
    out.flush()?;
    let fail_on = args
        .fail_on
        .or_else(|| config.as_ref().and_then(|c| c.fail_on).map(fail_on_of))
        .unwrap_or(FailOn::Warning);
    let too_many_warnings = args.max_warnings.is_some_and(|max| {
        diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
            > max
    });
    for failure in &workspace.failures {
        if let Some(user) = failure.downcast_ref::<UserError>() {
            report_error(i18n, &user.0);
        }
    }
    let status = if workspace.failures.is_empty() {
        match exit_status(&diagnostics, fail_on) {
            ExitStatus::Clean if too_many_warnings => ExitStatus::Findings,
            status => status,
        }
    } else {
        ExitStatus::Error
    };
    // The process ends with the run: its memory goes back whole instead of being freed
    // allocation by allocation.
    std::mem::forget((workspace, diagnostics));
    Ok(status)
}

/// The configuration: `--config`, else `glossa.toml` found upward from the
/// current directory.
pub fn load_config(path: Option<&std::path::Path>) -> anyhow::Result<Option<Config>> {
    match path {
        Some(path) => {
            if !path.exists() {
                return Err(user_error(
                    "error-file-not-found",
                    &[("path", &path.display().to_string())],
                ));
            }
            glossa_workspace::load(path)
                .map(Some)
                .map_err(|e| config_error(&e))
        }
        None => {
            let cwd = std::env::current_dir()?;
            Ok(glossa_workspace::discover(&cwd)
                .map_err(|e| config_error(&e))?
                .map(|(_, config)| config))
        }
    }
}

/// Command-line inputs completed from the configuration.
pub fn with_config(input: &InputArgs, config: Option<&Config>) -> InputArgs {
    let mut input = input.clone();
    let Some(config) = config else {
        return input;
    };
    let root = config
        .root()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    if input.glossary.is_none() {
        input.glossary = config
            .glossaries
            .as_ref()
            .and_then(|g| g.first())
            .map(|g| root.join(g));
    }
    if input.style.is_none() {
        input.style = config.style.clone();
    }
    if input.source_lang.is_none() {
        input.source_lang = config.source_lang.as_ref().map(ToString::to_string);
    }
    input
}

fn config_error(error: &glossa_workspace::ConfigError) -> anyhow::Error {
    user_error("error-config", &[("reason", &error.to_string())])
}

fn fail_on_of(severity: Severity) -> FailOn {
    match severity {
        Severity::Error => FailOn::Error,
        Severity::Warning => FailOn::Warning,
        Severity::Info => FailOn::Info,
    }
}

/// All diagnostics of a workspace, sorted.
pub fn run_checks(workspace: &Workspace, settings: &Settings) -> anyhow::Result<Vec<Diagnostic>> {
    run_checks_with(workspace, settings, &Progress::hidden()).map(|(diagnostics, _)| diagnostics)
}

/// The lines of a document the diagnostics quote, to stand for the whole
/// file in the source map once the document is dropped.
type Excerpt = (FileId, SourceFile);

/// What checking one set finds.
struct SetFindings {
    diagnostics: Vec<Diagnostic>,
    /// The alignment of each translation of a structured set, for the
    /// project-wide pass.
    aligned: Vec<AlignedUnits>,
    /// For a set read only to be checked, the lines its findings quote.
    excerpts: Vec<Excerpt>,
}

/// [`run_checks`], counting the sets checked on `progress`; also returns the
/// excerpts of the documents read only to be checked (see
/// [`crate::pipeline::load_streaming`]).
fn run_checks_with(
    workspace: &Workspace,
    settings: &Settings,
    progress: &Progress,
) -> anyhow::Result<(Vec<Diagnostic>, Vec<Excerpt>)> {
    progress.checking(workspace.sets.len());
    // Each set is checked independently (in parallel, results in set order);
    // the aligned units of structured sets are gathered for one project-wide pass.
    let per_set: Vec<anyhow::Result<SetFindings>> = workspace
        .sets
        .par_iter()
        .map(|set| {
            let found = check_set(workspace, set, settings);
            progress.inc();
            found
        })
        .collect();
    let mut per_set_diagnostics = Vec::with_capacity(per_set.len());
    let mut aligned: Vec<Vec<AlignedUnits>> = Vec::new();
    let mut excerpts = Vec::new();
    for found in per_set {
        let found = found?;
        per_set_diagnostics.push(found.diagnostics);
        aligned.push(found.aligned);
        excerpts.extend(found.excerpts);
    }
    // One pass over all units of each language pair: the project-wide
    // consistency checks see every file.
    let lanes = check_lanes(workspace, &aligned, settings)?;
    // Gathered into one list sized once: growing it would copy the diagnostics again.
    let count = per_set_diagnostics.iter().map(Vec::len).sum::<usize>() + lanes.count();
    let mut diagnostics = Vec::with_capacity(count);
    for mut found in per_set_diagnostics {
        diagnostics.append(&mut found);
    }
    lanes.append_to(&mut diagnostics);
    sort_diagnostics(&mut diagnostics);
    Ok((diagnostics, excerpts))
}

/// The diagnostics of one set, and the alignment of each translation of a
/// structured set for the project-wide pass. A set left to be read is read
/// here and dropped after: one set in memory per thread. A set of documents
/// keeps the lines its findings quote; a structured set gives no alignment
/// (the project-wide pass reads it again, see [`check_lanes`]).
fn check_set(
    workspace: &Workspace,
    set: &DocSet,
    settings: &Settings,
) -> anyhow::Result<SetFindings> {
    let mut found = SetFindings {
        diagnostics: Vec::new(),
        aligned: Vec::new(),
        excerpts: Vec::new(),
    };
    if set.reread.is_some() {
        let loaded = workspace.reread(set)?;
        if loaded.kind != SetKind::Documents {
            (found.diagnostics, _) = check_structured(workspace, &loaded, settings);
            return Ok(found);
        }
        found.diagnostics = check_documents(workspace, &loaded, settings);
        for doc in &loaded.docs {
            let ranges = ranges_in(&found.diagnostics, doc.file);
            if ranges.is_empty() {
                continue; // its placeholder already holds no lines
            }
            let lang = Some(doc.lang.to_string());
            let excerpt = excerpt_lines(doc.text.as_bytes(), doc.display.clone(), lang, ranges)?;
            found.excerpts.push((doc.file, excerpt));
        }
        return Ok(found);
    }
    if set.kind == SetKind::Documents {
        found.diagnostics = check_documents(workspace, set, settings);
        return Ok(found);
    }
    (found.diagnostics, found.aligned) = check_structured(workspace, set, settings);
    Ok(found)
}

/// The glossary and coverage checks of a structured set, and the alignment
/// of each translation.
fn check_structured(
    workspace: &Workspace,
    set: &DocSet,
    settings: &Settings,
) -> (Vec<Diagnostic>, Vec<AlignedUnits>) {
    let mut diagnostics = Vec::new();
    let aligned = for_each_translation(workspace, set, |k, input| {
        diagnostics.extend(check_pair_terms(input, settings));
        if set.kind == SetKind::Catalogs {
            diagnostics.extend(catalog_coverage(set, k, settings));
        }
    });
    (diagnostics, aligned)
}

/// Every check on the source of a set of documents and each translation.
fn check_documents(workspace: &Workspace, set: &DocSet, settings: &Settings) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for_each_translation(workspace, set, |_, input| {
        diagnostics.extend(check_pair(input, settings));
    });
    diagnostics
}

/// Calls `visit` with each translation `k` of a set and the checks' input
/// for it (the source, the translation and their alignment); returns the
/// alignments.
fn for_each_translation(
    workspace: &Workspace,
    set: &DocSet,
    mut visit: impl FnMut(usize, &PairInput<'_>),
) -> Vec<AlignedUnits> {
    let mut aligned = Vec::new();
    let Some(source) = set.docs.first() else {
        return aligned;
    };
    for (k, target) in set.docs.iter().enumerate().skip(1) {
        let pairs = set.pairs_with(k);
        let input = PairInput {
            source: source.document(),
            target: target.document(),
            pairs: &pairs,
            terms: workspace.terms.as_ref(),
        };
        visit(k, &input);
        aligned.push((k, pairs));
    }
    aligned
}

/// Messages missing from locale `k`, and messages only the locale has.
fn catalog_coverage(set: &DocSet, k: usize, settings: &Settings) -> Vec<Diagnostic> {
    let (Some(source), Some(target)) = (set.docs.first(), set.docs.get(k)) else {
        return Vec::new();
    };
    let entries = |doc: &LoadedDoc, doc_index: usize, indices: Vec<usize>| -> Vec<OwnedEntry> {
        indices
            .into_iter()
            .filter_map(|i| {
                let info = set.units.get(doc_index)?.get(i)?;
                let offset = doc.sentences.get(i).map_or(0, |s| s.range.start);
                Some((doc.file, info.id.to_string(), offset, info.notes().to_vec()))
            })
            .collect()
    };
    let Some(gaps) = set.catalog_gaps.get(k - 1) else {
        return Vec::new();
    };
    let missing = entries(source, 0, gaps.missing.clone());
    let obsolete = entries(target, k, gaps.obsolete.clone());
    let mut found = check_catalog_coverage(&as_entries(&missing), &[], &target.lang, settings);
    found.extend(check_catalog_coverage(
        &[],
        &as_entries(&obsolete),
        &target.lang,
        settings,
    ));
    found
}

fn output_format(format: ReportFormat) -> OutputFormat {
    match format {
        ReportFormat::Human => OutputFormat::Human,
        ReportFormat::Json => OutputFormat::Json,
        ReportFormat::Sarif => OutputFormat::Sarif,
        ReportFormat::Github => OutputFormat::Github,
        ReportFormat::Junit => OutputFormat::Junit,
    }
}

fn exit_status(diagnostics: &[Diagnostic], fail_on: FailOn) -> ExitStatus {
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
        FailOn::Never => return ExitStatus::Clean,
    };
    if diagnostics.iter().any(|d| d.severity >= threshold) {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    }
}

/// Borrowed catalog entries.
type OwnedEntry = (FileId, String, usize, Vec<String>);

fn as_entries(list: &[OwnedEntry]) -> Vec<CatalogEntry<'_>> {
    list.iter()
        .map(|(file, id, offset, notes)| CatalogEntry {
            file: *file,
            id,
            offset: *offset,
            notes,
        })
        .collect()
}
