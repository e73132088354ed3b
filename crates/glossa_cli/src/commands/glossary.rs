//! `glossa glossary ...`: termbase import/export/list/lookup/remove, term
//! matching and validation.

use std::io::Write;
use std::path::Path;

use glossa_glossary::matcher::Matcher;
use glossa_glossary::{Glossary, validate};
use glossa_i18n::I18n;
use glossa_termbase::{ImportMode, Termbase, format_list_line};

use crate::args::{GlossaryCommand, GlossaryFormat, MatchFormat};
use crate::error::{ExitStatus, user_error};
use crate::glossary_file::{GlossaryKind, load_glossary, termbase_error};
use crate::input::{parse_lang, read_input};

/// Runs `glossa glossary ...`.
pub fn run(command: GlossaryCommand, i18n: &I18n) -> anyhow::Result<ExitStatus> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let status = match command {
        GlossaryCommand::Import {
            file,
            db,
            replace,
            progress,
        } => {
            let glossary = load_glossary(&file)?;
            let mut termbase = open(&db)?;
            let mode = if replace {
                ImportMode::Replace
            } else {
                ImportMode::Merge
            };
            let terms: usize = glossary.concepts.iter().map(|c| c.terms.len()).sum();
            let total = glossary.concepts.len();
            let mut report = |done: usize| {
                if progress && (done.is_multiple_of(100) || done == total) {
                    let mut stderr = std::io::stderr().lock();
                    let _ = writeln!(stderr, "progress: {done}/{total}");
                }
            };
            termbase
                .import_with_progress(&glossary, mode, &mut report)
                .map_err(|e| termbase_error(&db.display().to_string(), &e))?;
            let message = i18n.tr(
                "glossary-imported",
                &[
                    ("concepts", glossary.concepts.len().into()),
                    ("terms", terms.into()),
                    ("db", db.display().to_string().into()),
                ],
            );
            writeln!(out, "{message}")?;
            ExitStatus::Clean
        }
        GlossaryCommand::Export { db, output, format } => {
            let glossary = open_existing(&db)?
                .load()
                .map_err(|e| termbase_error(&db.display().to_string(), &e))?;
            let text = serialize(&glossary, &output, format)?;
            std::fs::write(&output, text).map_err(|e| {
                user_error(
                    "error-write",
                    &[
                        ("path", &output.display().to_string()),
                        ("reason", &e.to_string()),
                    ],
                )
            })?;
            let message = i18n.tr(
                "glossary-exported",
                &[
                    ("concepts", glossary.concepts.len().into()),
                    ("path", output.display().to_string().into()),
                ],
            );
            writeln!(out, "{message}")?;
            ExitStatus::Clean
        }
        GlossaryCommand::List { db } => {
            let terms = open_existing(&db)?
                .list()
                .map_err(|e| termbase_error(&db.display().to_string(), &e))?;
            for term in &terms {
                writeln!(out, "{}", format_list_line(term))?;
            }
            ExitStatus::Clean
        }
        GlossaryCommand::Lookup { db, query } => {
            let terms = open_existing(&db)?
                .lookup(&query)
                .map_err(|e| termbase_error(&db.display().to_string(), &e))?;
            for term in &terms {
                writeln!(out, "{}", format_list_line(term))?;
            }
            if terms.is_empty() {
                ExitStatus::Findings
            } else {
                ExitStatus::Clean
            }
        }
        GlossaryCommand::Remove { db, concept } => {
            let removed = open_existing(&db)?
                .remove(&concept)
                .map_err(|e| termbase_error(&db.display().to_string(), &e))?;
            let id = if removed {
                "glossary-removed"
            } else {
                "glossary-not-found"
            };
            writeln!(
                out,
                "{}",
                i18n.tr(id, &[("concept", concept.clone().into())])
            )?;
            if removed {
                ExitStatus::Clean
            } else {
                ExitStatus::Findings
            }
        }
        GlossaryCommand::Match {
            glossary,
            lang,
            format,
            file,
        } => {
            let lang = parse_lang(&lang)?;
            let loaded = load_glossary(&glossary)?;
            let matcher = Matcher::new(&loaded, &lang).map_err(|e| {
                crate::glossary_file::glossary_error(&glossary.display().to_string(), &e)
            })?;
            let input = read_input(file.as_deref())?;
            write_matches(&mut out, &loaded, &matcher, &input.text, format)?;
            ExitStatus::Clean
        }
        GlossaryCommand::Validate { file } => {
            let glossary = load_glossary(&file)?;
            let problems = validate::validate(&glossary);
            let display = file.display().to_string();
            for problem in &problems {
                let severity = match problem.severity {
                    validate::ProblemSeverity::Error => "error",
                    validate::ProblemSeverity::Warning => "warning",
                };
                writeln!(
                    out,
                    "{display}:{}: {severity}: {}",
                    problem.line, problem.kind
                )?;
            }
            if problems.is_empty() {
                let message = i18n.tr(
                    "glossary-valid",
                    &[
                        ("path", display.into()),
                        ("concepts", glossary.concepts.len().into()),
                    ],
                );
                writeln!(out, "{message}")?;
                ExitStatus::Clean
            } else {
                ExitStatus::Findings
            }
        }
    };
    out.flush()?;
    Ok(status)
}

fn open(db: &Path) -> anyhow::Result<Termbase> {
    Termbase::open(db).map_err(|e| termbase_error(&db.display().to_string(), &e))
}

/// Opens a termbase that must already exist (reading commands never create one).
fn open_existing(db: &Path) -> anyhow::Result<Termbase> {
    if !db.exists() {
        return Err(user_error(
            "error-file-not-found",
            &[("path", &db.display().to_string())],
        ));
    }
    open(db)
}

fn serialize(
    glossary: &Glossary,
    output: &Path,
    format: Option<GlossaryFormat>,
) -> anyhow::Result<String> {
    let kind = match format {
        Some(GlossaryFormat::Toml) => GlossaryKind::Toml,
        Some(GlossaryFormat::Tbx) => GlossaryKind::Tbx,
        Some(GlossaryFormat::Csv) => GlossaryKind::Csv,
        Some(GlossaryFormat::Tsv) => GlossaryKind::Tsv,
        None => GlossaryKind::of(output)
            .filter(|k| *k != GlossaryKind::Termbase)
            .ok_or_else(|| {
                user_error(
                    "error-glossary-format",
                    &[("path", &output.display().to_string())],
                )
            })?,
    };
    Ok(match kind {
        GlossaryKind::Toml => glossa_glossary::toml_io::to_toml_string(glossary),
        GlossaryKind::Tbx => glossa_glossary::tbx::to_tbx_string(glossary),
        GlossaryKind::Csv => glossa_glossary::csv_io::to_csv_string(glossary, b','),
        GlossaryKind::Tsv | GlossaryKind::Termbase => {
            glossa_glossary::csv_io::to_csv_string(glossary, b'\t')
        }
    })
}

/// Every match of every line: nested and overlapping ones included.
fn write_matches(
    out: &mut dyn Write,
    glossary: &Glossary,
    matcher: &Matcher,
    text: &str,
    format: MatchFormat,
) -> anyhow::Result<()> {
    for (index, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        for m in matcher.find_all(line) {
            let Some(concept) = glossary.concepts.get(m.concept) else {
                continue;
            };
            let surface = line.get(m.range.clone()).unwrap_or_default();
            let start = line.get(..m.range.start).map_or(0, |s| s.chars().count());
            let end = start + surface.chars().count();
            match format {
                MatchFormat::Tsv => writeln!(
                    out,
                    "{}\t{}\t{start}\t{end}\t{surface}",
                    index + 1,
                    concept.id
                )?,
                MatchFormat::Text => {
                    let term = concept.terms.get(m.term);
                    writeln!(
                        out,
                        "{}:{}: {} «{surface}» → {} [{}, {:?}]",
                        index + 1,
                        start + 1,
                        concept.id,
                        term.map_or("", |t| t.text.as_str()),
                        term.map_or("", |t| t.status.as_str()),
                        m.via,
                    )?;
                }
            }
        }
    }
    Ok(())
}
