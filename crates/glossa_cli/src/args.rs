//! Command-line arguments (clap). Help texts are replaced by localized ones
//! in `help.rs`; the English strings here are the fallback.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// glossa: translation quality checks for EN/RU/JA/TR and beyond.
#[derive(Debug, Parser)]
#[command(name = "glossa", version, about, propagate_version = true)]
pub struct Cli {
    /// Language of messages (en, ru, ja, tr); default from LC_ALL, LC_MESSAGES, LANG.
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Split a text into sentences.
    Segment(SegmentArgs),
    /// Align the sentences of translations.
    Align(AlignArgs),
    /// Check translations against their source and a glossary.
    Check(CheckArgs),
    /// Export translations side by side.
    Export(ExportArgs),
    /// Manage glossaries and termbases.
    #[command(subcommand)]
    Glossary(GlossaryCommand),
    /// Explain a check.
    Explain(ExplainArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
}

/// `glossa segment`.
#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// Language of the text.
    #[arg(long)]
    pub lang: Option<String>,
    /// Segmentation rules in SRX 2.0.
    #[arg(long, value_name = "FILE.srx")]
    pub rules: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    /// Treat the input as plain text, not Markdown.
    #[arg(long)]
    pub plain: bool,
    /// Input file; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
}

/// Output of `glossa segment`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SegmentFormat {
    /// One sentence per line.
    Text,
    /// JSON with byte offsets into the input.
    Json,
    /// One sentence per line as written in the input, Markdown markup kept
    /// (for character-aligned scorers).
    Raw,
}

/// `glossa align`.
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// Languages of the files, comma-separated, in file order.
    #[arg(long, value_delimiter = ',')]
    pub langs: Vec<String>,
    /// `text`: documents to segment; `lines`: one sentence per line.
    #[arg(long, value_enum, default_value_t = AlignInput::Text)]
    pub input: AlignInput,
    /// Glossary whose terms serve as alignment anchors.
    #[arg(long)]
    pub glossary: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AlignFormat::Tsv)]
    pub format: AlignFormat,
    /// The pivot (source) file, then its translations.
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
}

/// Input kind of `glossa align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignInput {
    /// Documents, segmented by glossa.
    Text,
    /// One sentence per line.
    Lines,
}

/// Output of `glossa align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    /// One group per line, one column per file.
    Tsv,
    /// JSON groups with sentence indices, texts and confidence.
    Json,
    /// Bracketed index lists (`[0]:[0, 1]`).
    Vecalign,
}

/// Inputs shared by `check` and `export`.
#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Glossary: .toml, .tbx, .csv, .tsv or a termbase .db.
    #[arg(long)]
    pub glossary: Option<PathBuf>,
    /// Glossary style (preferred framing).
    #[arg(long)]
    pub style: Option<String>,
    /// Language of the source files (default: the first file's).
    #[arg(long)]
    pub source_lang: Option<String>,
    /// Languages of the files, comma-separated, when names do not say.
    #[arg(long, value_delimiter = ',')]
    pub langs: Vec<String>,
    /// Files or directories.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// `glossa check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
    /// Lowest severity that makes the run fail (exit 1); default `warning`
    /// or the configuration's `fail-on`.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Configuration file (default: `glossa.toml` found from the current directory upward).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write every current finding to a baseline file and exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Fail (exit 1) when there are more than N warnings, whatever `--fail-on` says.
    #[arg(long, value_name = "N")]
    pub max_warnings: Option<usize>,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Compiler-style diagnostics.
    Human,
    /// JSON.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub workflow annotations.
    Github,
    /// JUnit XML.
    Junit,
}

/// Severity threshold for a failing exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors only.
    Error,
    /// Warnings and errors.
    Warning,
    /// Any finding.
    Info,
    /// Never fail on findings.
    Never,
}

/// `glossa export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Inputs.
    #[command(flatten)]
    pub input: InputArgs,
    /// Export format.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Output file (default: standard output, for text formats).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// Self-contained HTML page.
    Html,
    /// Excel workbook.
    Xlsx,
    /// TMX 1.4 translation memory.
    Tmx,
    /// Markdown table.
    Md,
    /// Tab-separated values.
    Tsv,
    /// JSON.
    Json,
}

/// `glossa glossary ...`.
#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Import a glossary file into a termbase (one transaction).
    Import {
        /// Glossary file (.toml, .tbx, .csv, .tsv).
        file: PathBuf,
        /// Termbase file.
        #[arg(long)]
        db: PathBuf,
        /// Empty the termbase first.
        #[arg(long)]
        replace: bool,
        /// Report progress on standard error (`progress: DONE/TOTAL`).
        #[arg(long)]
        progress: bool,
    },
    /// Export a termbase to a glossary file.
    Export {
        /// Termbase file.
        #[arg(long)]
        db: PathBuf,
        /// Output file.
        #[arg(short, long)]
        output: PathBuf,
        /// Format (default: from the extension).
        #[arg(long, value_enum)]
        format: Option<GlossaryFormat>,
    },
    /// List every term of a termbase.
    List {
        /// Termbase file.
        #[arg(long)]
        db: PathBuf,
    },
    /// Find concepts with a term containing QUERY.
    Lookup {
        /// Termbase file.
        #[arg(long)]
        db: PathBuf,
        /// Text to look for.
        query: String,
    },
    /// Remove a concept from a termbase.
    Remove {
        /// Termbase file.
        #[arg(long)]
        db: PathBuf,
        /// Concept id.
        concept: String,
    },
    /// Show every glossary match in a text.
    Match {
        /// Glossary.
        #[arg(long)]
        glossary: PathBuf,
        /// Language of the text.
        #[arg(long)]
        lang: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = MatchFormat::Text)]
        format: MatchFormat,
        /// Input file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
    },
    /// Validate a glossary file or termbase.
    Validate {
        /// Glossary file or termbase.
        file: PathBuf,
    },
}

/// Glossary exchange formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GlossaryFormat {
    /// glossa TOML.
    Toml,
    /// TBX-Basic.
    Tbx,
    /// Comma-separated values.
    Csv,
    /// Tab-separated values.
    Tsv,
}

/// Output of `glossa glossary match`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatchFormat {
    /// Readable lines.
    Text,
    /// `LINE\tCONCEPT\tSTART\tEND\tSURFACE`.
    Tsv,
}

/// `glossa explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Check code (T001) or name (term-missing).
    pub code: String,
}
