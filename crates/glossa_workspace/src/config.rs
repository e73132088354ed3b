//! `glossa.toml`: discovery, schema, validation and layering.
//!
//! ```toml
//! source-lang = "en"
//! languages = ["en", "ru", "ja", "tr"]
//! glossaries = ["glossaries/russia-japan.toml"]
//! style = "russian-framing"
//! files = ["docs/**/*.md", "locales/**/*.po"]
//! ignore = ["vendor/**"]
//! fail-on = "warning"
//! [checks]
//! T001 = "error"
//! double-space = "off"
//! [pairing]
//! patterns = ["docs/{lang}/{path}", "{path}.{lang}.md"]
//! ```
//!
//! Every key is optional; unknown keys, unknown checks, bad severities,
//! language tags, globs and pairing patterns are errors with file:line:column.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use glossa_checks::{Check, Settings};
use glossa_diagnostics::Severity;
use glossa_text::Lang;
use serde::Deserialize;
use toml::Spanned;

use crate::error::ConfigError;
use crate::glob::Glob;
use crate::location::Location;
use crate::pairing::PairPattern;

/// The configuration file name looked for by [`discover`].
pub const CONFIG_FILE: &str = "glossa.toml";

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawConfig {
    source_lang: Option<Spanned<String>>,
    languages: Option<Vec<Spanned<String>>>,
    glossaries: Option<Vec<String>>,
    style: Option<String>,
    files: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    fail_on: Option<Spanned<String>>,
    checks: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
    pairing: Option<RawPairing>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawPairing {
    patterns: Option<Vec<Spanned<String>>>,
}

/// A configured check level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckLevel {
    /// Report at this severity.
    On(Severity),
    /// Do not run the check.
    Off,
}

impl CheckLevel {
    /// Parses `error`, `warning`, `info` or `off`.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "off" => Some(Self::Off),
            other => Severity::parse(other).map(Self::On),
        }
    }
}

/// One `[checks]` entry: a code or name, its level and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckSetting {
    /// The key as written (`T001`, `double-space`).
    pub key: String,
    /// The configured level.
    pub level: CheckLevel,
    /// Where the key is.
    pub location: Location,
}

/// A loaded configuration. `None` / empty means "not set here": the
/// defaults apply, or a lower layer's value (see [`Config::layer`]).
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from (`None` for defaults or command-line layers).
    pub path: Option<PathBuf>,
    /// The source language.
    pub source_lang: Option<Lang>,
    /// The languages of the project.
    pub languages: Option<Vec<Lang>>,
    /// Glossary files, resolved against the configuration's directory.
    pub glossaries: Option<Vec<PathBuf>>,
    /// The active style (framing) name.
    pub style: Option<String>,
    /// Include globs (default: every recognised file).
    pub files: Option<Vec<Glob>>,
    /// Exclude globs.
    pub ignore: Option<Vec<Glob>>,
    /// The lowest severity that fails a run.
    pub fail_on: Option<Severity>,
    /// Per-check levels, in file order; later entries win.
    pub checks: Vec<CheckSetting>,
    /// Pairing patterns for monolingual files.
    pub pairing: Option<Vec<PairPattern>>,
}

/// Finds `glossa.toml` in `start` or the nearest ancestor and loads it.
/// `Ok(None)` when there is none.
pub fn discover(start: &Path) -> Result<Option<(PathBuf, Config)>, ConfigError> {
    for dir in start.ancestors() {
        let candidate = dir.join(CONFIG_FILE);
        if candidate.is_file() {
            let config = load(&candidate)?;
            return Ok(Some((candidate, config)));
        }
    }
    Ok(None)
}

/// Reads and validates a configuration file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let mut config = parse(&path.display().to_string(), &text)?;
    let base = path.parent().unwrap_or(Path::new(""));
    if let Some(glossaries) = &mut config.glossaries {
        for glossary in glossaries.iter_mut() {
            *glossary = base.join(&*glossary);
        }
    }
    config.path = Some(path.to_path_buf());
    Ok(config)
}

/// Parses and validates configuration text; `name` is used in errors.
/// Glossary paths stay as written (relative to the file).
pub fn parse(name: &str, text: &str) -> Result<Config, ConfigError> {
    let at = |offset: usize| Location::at(name, text, offset);
    let raw: RawConfig = toml::from_str(text).map_err(|error| {
        let location = at(error.span().map_or(0, |span| span.start));
        let message = error.message().to_string();
        match message
            .strip_prefix("unknown field `")
            .and_then(|rest| rest.split('`').next())
        {
            Some(key) => ConfigError::UnknownKey {
                location,
                key: key.to_string(),
            },
            None => ConfigError::Syntax { location, message },
        }
    })?;
    let lang = |tag: &Spanned<String>| {
        Lang::parse(tag.get_ref()).map_err(|_| ConfigError::BadLanguage {
            location: at(tag.span().start + 1),
            tag: tag.get_ref().clone(),
        })
    };
    let globs = |list: Option<Vec<Spanned<String>>>| {
        list.map(|list| {
            list.iter()
                .map(|glob| {
                    Glob::new(glob.get_ref()).map_err(|reason| ConfigError::BadGlob {
                        location: at(glob.span().start + 1),
                        glob: glob.get_ref().clone(),
                        reason,
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()
    };
    let fail_on = raw
        .fail_on
        .map(|value| {
            Severity::parse(value.get_ref()).ok_or_else(|| ConfigError::BadSeverity {
                location: at(value.span().start + 1),
                value: value.get_ref().clone(),
            })
        })
        .transpose()?;
    let mut checks = Vec::new();
    let mut raw_checks: Vec<_> = raw.checks.unwrap_or_default().into_iter().collect();
    raw_checks.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in raw_checks {
        let level = CheckLevel::parse(value.get_ref()).ok_or_else(|| ConfigError::BadSeverity {
            location: at(value.span().start + 1),
            value: value.get_ref().clone(),
        })?;
        checks.push(CheckSetting {
            key: key.get_ref().clone(),
            level,
            location: at(key.span().start),
        });
    }
    let pairing = raw
        .pairing
        .and_then(|p| p.patterns)
        .map(|patterns| {
            patterns
                .iter()
                .map(|pattern| {
                    PairPattern::new(pattern.get_ref()).ok_or_else(|| ConfigError::BadPairing {
                        location: at(pattern.span().start + 1),
                        pattern: pattern.get_ref().clone(),
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?;
    let config = Config {
        path: None,
        source_lang: raw.source_lang.as_ref().map(lang).transpose()?,
        languages: raw
            .languages
            .map(|tags| tags.iter().map(lang).collect::<Result<Vec<_>, _>>())
            .transpose()?,
        glossaries: raw
            .glossaries
            .map(|list| list.into_iter().map(PathBuf::from).collect()),
        style: raw.style,
        files: globs(raw.files)?,
        ignore: globs(raw.ignore)?,
        fail_on,
        checks,
        pairing,
    };
    config.settings()?;
    Ok(config)
}

impl Config {
    /// `over` layered on top of `self`: every value `over` sets wins, and
    /// its `[checks]` entries come after (so win over) those of `self`.
    /// Use it for defaults < `glossa.toml` < command-line options.
    #[must_use]
    pub fn layer(self, over: Config) -> Config {
        let mut checks = self.checks;
        checks.extend(over.checks);
        Config {
            path: over.path.or(self.path),
            source_lang: over.source_lang.or(self.source_lang),
            languages: over.languages.or(self.languages),
            glossaries: over.glossaries.or(self.glossaries),
            style: over.style.or(self.style),
            files: over.files.or(self.files),
            ignore: over.ignore.or(self.ignore),
            fail_on: over.fail_on.or(self.fail_on),
            checks,
            pairing: over.pairing.or(self.pairing),
        }
    }

    /// The check settings: each `[checks]` entry resolved by code or name.
    pub fn settings(&self) -> Result<Settings, ConfigError> {
        let mut settings = Settings::default();
        for entry in &self.checks {
            let check =
                Check::from_code_or_name(&entry.key).ok_or_else(|| ConfigError::UnknownCheck {
                    location: entry.location.clone(),
                    key: entry.key.clone(),
                })?;
            settings.set(
                check,
                match entry.level {
                    CheckLevel::On(severity) => Some(severity),
                    CheckLevel::Off => None,
                },
            );
        }
        Ok(settings)
    }

    /// True when a `/`-separated path relative to the configuration's
    /// directory is included by `files` (everything when unset) and not
    /// excluded by `ignore`.
    pub fn includes(&self, relative: &str) -> bool {
        let included = self
            .files
            .as_ref()
            .is_none_or(|globs| globs.iter().any(|g| g.matches(relative)));
        let ignored = self
            .ignore
            .as_ref()
            .is_some_and(|globs| globs.iter().any(|g| g.matches(relative)));
        included && !ignored
    }

    /// The directory paths in the configuration are relative to.
    pub fn root(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = r#"source-lang = "en"
languages = ["en", "ru", "ja", "tr"]
glossaries = ["glossaries/russia-japan.toml"]
style = "russian-framing"
files = ["docs/**/*.md", "locales/**/*.po"]
ignore = ["vendor/**"]
fail-on = "warning"

[checks]
T001 = "error"
double-space = "off"

[pairing]
patterns = ["docs/{lang}/{path}", "{path}.{lang}.md"]
"#;

    #[test]
    fn parses_the_full_schema() {
        let config = parse("glossa.toml", FULL).unwrap();
        assert_eq!(config.source_lang.as_ref().map(Lang::as_str), Some("en"));
        assert_eq!(config.languages.as_ref().map(Vec::len), Some(4));
        assert_eq!(config.fail_on, Some(Severity::Warning));
        assert_eq!(config.style.as_deref(), Some("russian-framing"));
        assert_eq!(config.pairing.as_ref().map(Vec::len), Some(2));
        assert!(config.includes("docs/ru/статья.md"));
        assert!(config.includes("locales/tr/app.po"));
        assert!(!config.includes("vendor/docs/x.md"));
        assert!(!config.includes("src/main.rs"));
        let settings = config.settings().unwrap();
        assert_eq!(settings.severity(Check::TermMissing), Some(Severity::Error));
        assert_eq!(settings.severity(Check::DoubleSpace), None);
        assert_eq!(
            settings.severity(Check::ForbiddenTerm),
            Some(Severity::Error)
        );
        assert_eq!(
            settings.severity(Check::RepeatedWord),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn unknown_keys_are_errors_with_positions() {
        let error =
            parse("glossa.toml", "source-lang = \"en\"\nfail_on = \"error\"\n").unwrap_err();
        assert_eq!(error.to_string(), "glossa.toml:2:1: unknown key `fail_on`");
        let error = parse("glossa.toml", "[pairing]\npatterns = []\nlangs = 1\n").unwrap_err();
        assert!(
            matches!(&error, ConfigError::UnknownKey { location, key } if location.line == 3 && key == "langs")
        );
        let error = parse(
            "glossa.toml",
            "[checks]\nT001 = \"error\"\nno-such-check = \"off\"\n",
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "glossa.toml:3:1: unknown check `no-such-check`"
        );
        let error = parse("glossa.toml", "[checks]\nQ003 = \"loud\"\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "glossa.toml:2:9: `loud` is not a severity (error, warning, info or off)"
        );
        let error = parse("g.toml", "languages = [\"en\", \"xx-\"]").unwrap_err();
        assert!(
            matches!(error, ConfigError::BadLanguage { location, .. } if location.column == 21)
        );
        assert!(matches!(
            parse("g.toml", "files = [\"a/[b\"]"),
            Err(ConfigError::BadGlob { .. })
        ));
        assert!(matches!(
            parse("g.toml", "[pairing]\npatterns = [\"docs/{path}\"]"),
            Err(ConfigError::BadPairing { .. })
        ));
        assert!(matches!(
            parse("g.toml", "languages = \"en\""),
            Err(ConfigError::Syntax { .. })
        ));
    }

    #[test]
    fn layers_override_lower_ones() {
        let file = parse("glossa.toml", FULL).unwrap();
        let cli = parse(
            "--option",
            "fail-on = \"error\"\n[checks]\ndouble-space = \"info\"\nT001 = \"off\"\n",
        )
        .unwrap();
        let config = Config::default().layer(file).layer(cli);
        assert_eq!(config.fail_on, Some(Severity::Error));
        assert_eq!(config.languages.as_ref().map(Vec::len), Some(4));
        let settings = config.settings().unwrap();
        assert_eq!(settings.severity(Check::DoubleSpace), Some(Severity::Info));
        assert_eq!(settings.severity(Check::TermMissing), None);
    }
}
