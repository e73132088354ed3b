//! The output formats and their names on the command line.

use std::fmt;
use std::str::FromStr;

/// How diagnostics are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutputFormat {
    /// Compiler-style text in the UI language: `file:line:col`, the source line with
    /// the offending words underlined, `help:` lines and a summary.
    Human,
    /// One JSON document, schema version 1 (see the `json` module docs).
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...,line=...::message`).
    Github,
    /// JUnit XML: one test suite per file, one failed test case per finding.
    Junit,
}

impl OutputFormat {
    /// Every format, in the order they are listed in `--help`.
    pub const ALL: [Self; 5] = [
        Self::Human,
        Self::Json,
        Self::Sarif,
        Self::Github,
        Self::Junit,
    ];

    /// The name used on the command line (`human`, `json`, `sarif`, `github`, `junit`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Human => "human",
            Self::Json => "json",
            Self::Sarif => "sarif",
            Self::Github => "github",
            Self::Junit => "junit",
        }
    }
}

impl fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A format name that is not one of [`OutputFormat::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown output format: {name} (expected human, json, sarif, github or junit)")]
pub struct UnknownFormat {
    /// The name as given.
    pub name: String,
}

impl FromStr for OutputFormat {
    type Err = UnknownFormat;

    /// Parses a format name, ignoring ASCII case.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|format| format.name().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| UnknownFormat {
                name: name.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for format in OutputFormat::ALL {
            assert_eq!(format.name().parse::<OutputFormat>(), Ok(format));
        }
        assert_eq!("SARIF".parse::<OutputFormat>(), Ok(OutputFormat::Sarif));
        assert_eq!(
            "xml".parse::<OutputFormat>(),
            Err(UnknownFormat { name: "xml".into() })
        );
    }
}
