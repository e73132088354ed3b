//! `glossa export`: aligned translations side by side, with glossary terms
//! highlighted and findings on their rows.

use std::io::Write;

use glossa_checks::{Occurrence, TermContext};
use glossa_diagnostics::{Diagnostic, Localizer};
use glossa_export::{Cell, Column, ExportDocument, ExportFormat, Finding, Highlight, Labels, Row};
use glossa_i18n::I18n;
use glossa_text::segment::BlockKind;

use crate::args::{ExportArgs, ExportFormatArg};
use crate::commands::check::{load_config, run_checks, with_config};
use crate::error::{ExitStatus, user_error};
use crate::pipeline::{DocSet, LoadedDoc, Workspace, load};

/// Runs `glossa export`.
pub fn run(args: &ExportArgs, i18n: &I18n) -> anyhow::Result<ExitStatus> {
    let config = load_config(None)?;
    let settings = config
        .as_ref()
        .map(glossa_workspace::Config::settings)
        .transpose()
        .map_err(|e| user_error("error-config", &[("reason", &e.to_string())]))?
        .unwrap_or_default();
    let input = with_config(&args.input, config.as_ref());
    let mut workspace = load(&input, config.as_ref())?;
    if !workspace.failures.is_empty() {
        return Err(workspace.failures.remove(0));
    }
    let diagnostics = run_checks(&workspace, &settings)?;
    let document = build_document(&workspace, &diagnostics, i18n);
    let format = export_format(args.format);
    let bytes = glossa_export::export(&document, format)
        .map_err(|e| user_error("error-usage", &[("reason", &e.to_string())]))?;
    match &args.output {
        Some(path) => std::fs::write(path, bytes).map_err(|e| {
            user_error(
                "error-write",
                &[
                    ("path", &path.display().to_string()),
                    ("reason", &e.to_string()),
                ],
            )
        })?,
        None if format.is_binary() => {
            return Err(user_error(
                "error-usage",
                &[("reason", "binary output needs -o FILE")],
            ));
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(ExitStatus::Clean)
}

fn export_format(format: ExportFormatArg) -> ExportFormat {
    match format {
        ExportFormatArg::Html => ExportFormat::Html,
        ExportFormatArg::Xlsx => ExportFormat::Xlsx,
        ExportFormatArg::Tmx => ExportFormat::Tmx,
        ExportFormatArg::Md => ExportFormat::Md,
        ExportFormatArg::Tsv => ExportFormat::Tsv,
        ExportFormatArg::Json => ExportFormat::Json,
    }
}

/// The format-neutral export of a workspace: the columns of the first set's
/// files, one row per aligned group of every set.
fn build_document(
    workspace: &Workspace,
    diagnostics: &[Diagnostic],
    i18n: &I18n,
) -> ExportDocument {
    let columns: Vec<Column> = workspace
        .sets
        .first()
        .map(|set| {
            set.docs
                .iter()
                .map(|doc| Column {
                    lang: doc.lang.to_string(),
                    path: doc.display.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    let mut rows = Vec::new();
    for set in &workspace.sets {
        rows.extend(set_rows(set, workspace.terms.as_ref(), diagnostics, i18n));
    }
    let title = columns.first().map(|c| c.path.clone()).unwrap_or_default();
    ExportDocument {
        title: format!("{} — {title}", i18n.tr("export-title", &[])),
        columns,
        rows,
        labels: labels(i18n),
        generated: source_date(),
        tmx_date: source_date(),
    }
}

fn labels(i18n: &I18n) -> Labels {
    Labels {
        findings: i18n.tr("export-findings", &[]),
        only_findings: i18n.tr("export-only-findings", &[]),
        summary: i18n.tr("export-summary", &[]),
        no_findings: i18n.tr("export-no-findings", &[]),
        keyboard_help: i18n.tr("export-keys-help", &[]),
        ui_lang: i18n.lang().to_string(),
        confidence: i18n.tr("export-confidence", &[]),
        error: i18n.tr("severity-error", &[]),
        warning: i18n.tr("severity-warning", &[]),
        info: i18n.tr("severity-info", &[]),
        ..Labels::default()
    }
}

/// `SOURCE_DATE_EPOCH` as a TMX timestamp, when set.
fn source_date() -> Option<String> {
    let seconds: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(glossa_export::tmx_date(seconds))
}

fn set_rows(
    set: &DocSet,
    terms: Option<&TermContext>,
    diagnostics: &[Diagnostic],
    i18n: &I18n,
) -> Vec<Row> {
    let occurrences: Vec<Vec<Occurrence>> = set
        .docs
        .iter()
        .map(|doc| {
            terms
                .map(|t| t.occurrences(&doc.document()))
                .unwrap_or_default()
        })
        .collect();
    let file_ids: Vec<_> = set.docs.iter().map(|d| d.file).collect();
    let mut by_group: std::collections::HashMap<usize, Vec<&Diagnostic>> =
        std::collections::HashMap::new();
    for d in diagnostics {
        if let Some(group) = d.group
            && d.primary_span().is_some_and(|s| file_ids.contains(&s.file))
        {
            by_group.entry(group).or_default().push(d);
        }
    }
    set.groups
        .listed()
        .iter()
        .enumerate()
        .map(|(group_index, group)| {
            let findings: Vec<&Diagnostic> =
                by_group.get(&group_index).cloned().unwrap_or_default();
            let cells = set
                .docs
                .iter()
                .zip(&group.members)
                .zip(&occurrences)
                .map(|((doc, range), occ)| cell(doc, range.clone(), occ, terms, &findings))
                .collect();
            let block_kind = group
                .members
                .first()
                .and_then(|r| set.docs.first()?.sentences.get(r.start))
                .map(|s| match s.kind {
                    BlockKind::Heading { .. } => "heading",
                    BlockKind::ListItem => "list-item",
                    BlockKind::CodeBlock => "code",
                    BlockKind::Quote => "quote",
                    _ => "paragraph",
                })
                .map(str::to_string);
            Row {
                cells,
                findings: findings
                    .iter()
                    .map(|d| Finding {
                        code: d.code.to_string(),
                        name: d.name.to_string(),
                        severity: d.severity.as_str().to_string(),
                        message: i18n.format(&d.message),
                        column: d
                            .primary_span()
                            .and_then(|s| file_ids.iter().position(|f| *f == s.file)),
                    })
                    .collect(),
                confidence: Some(group.confidence),
                block_kind,
            }
        })
        .collect()
}

/// The text of a group's sentences in one document, with term highlights.
fn cell(
    doc: &LoadedDoc,
    sentences: std::ops::Range<usize>,
    occurrences: &[Occurrence],
    terms: Option<&TermContext>,
    findings: &[&Diagnostic],
) -> Cell {
    let separator = if doc.lang.is_unspaced() { "" } else { " " };
    let mut text = String::new();
    let mut highlights = Vec::new();
    for index in sentences {
        let Some(sentence) = doc.sentences.get(index) else {
            continue;
        };
        if !text.is_empty() {
            text.push_str(separator);
        }
        let offset = text.len();
        text.push_str(&sentence.text);
        let Some(terms) = terms else {
            continue;
        };
        let first = occurrences.partition_point(|o| o.sentence < index);
        let last = occurrences.partition_point(|o| o.sentence <= index);
        for occurrence in occurrences.get(first..last).unwrap_or_default() {
            let Some((concept, term)) = terms.term_of(occurrence) else {
                continue;
            };
            let flagged = findings.iter().any(|d| {
                d.primary_span().is_some_and(|s| {
                    s.file == doc.file
                        && s.range.start <= occurrence.range.start
                        && occurrence.range.end <= s.range.end
                        && s.range.len() < 200
                })
            });
            highlights.push(Highlight {
                range: offset + occurrence.text_range.start..offset + occurrence.text_range.end,
                concept: concept.id.clone(),
                status: term.status.as_str().to_string(),
                tooltip: tooltip(terms, concept),
                flagged,
            });
        }
    }
    Cell { text, highlights }
}

/// `concept · en: term · ru: term …` with the preferred term in each language.
fn tooltip(terms: &TermContext, concept: &glossa_glossary::Concept) -> String {
    let mut parts = vec![concept.id.clone()];
    for lang in &terms.glossary().languages {
        if let Some(term) = terms.preferred_term(concept, lang) {
            parts.push(format!("{lang}: {} ({})", term.text, term.status.as_str()));
        }
    }
    parts.join(" · ")
}
