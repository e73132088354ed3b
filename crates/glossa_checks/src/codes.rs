//! The code table: every check's stable code, name and default severity.
//!
//! Codes are never reused; a removed check stays here with its code.

use glossa_diagnostics::Severity;

/// Static facts about one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckInfo {
    /// Stable code (`T001`).
    pub code: &'static str,
    /// Kebab-case name (`term-missing`).
    pub name: &'static str,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
}

/// Identifies a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Check {
    /// T001: a source concept has no allowed term in the aligned target.
    TermMissing,
    /// T002: a forbidden term is used.
    ForbiddenTerm,
    /// T003: a deprecated term is used.
    DeprecatedTerm,
    /// T004: a mention-only term is used outside quotation marks.
    MentionOnlyTerm,
    /// T005: a designation of a framing other than the preferred one is used.
    MixedFraming,
    /// T006: one concept rendered by different terms in one document.
    InconsistentTerm,
    /// N001: numbers missing or added.
    NumberMismatch,
    /// N002: dates missing or different.
    DateMismatch,
    /// S001: a source sentence has no counterpart.
    OmittedSentence,
    /// S002: a target sentence has no counterpart.
    AddedSentence,
    /// S003: the target is the source text, or in the source's script.
    UntranslatedSentence,
    /// S004: the aligner is unsure about a group.
    LowConfidenceAlignment,
    /// N003: URLs or e-mail addresses of a unit missing or added.
    UrlMismatch,
    /// P001: placeholders missing, added or changed.
    PlaceholderMismatch,
    /// P002: inline codes (XLIFF, TMX) missing or added.
    InlineTagMismatch,
    /// Q001: the target has an unpaired quotation mark.
    UnpairedQuote,
    /// Q002: the target has an unpaired bracket.
    UnpairedBracket,
    /// Q003: a double space inside the target.
    DoubleSpace,
    /// Q004: a word repeated by mistake.
    RepeatedWord,
    /// Q005: the final punctuation of source and target differ.
    EndPunctuation,
    /// Q006: leading or trailing whitespace of source and target differ.
    EdgeWhitespace,
    /// U001: the target of a unit is empty.
    EmptyTarget,
    /// U002: the target of a unit is its source, unchanged.
    TargetSameAsSource,
    /// U003: the target is unusually long or short for this language pair.
    LengthRatio,
    /// C001: one source translated in different ways.
    InconsistentTarget,
    /// C002: different sources with one translation.
    InconsistentSource,
    /// M001: a message of the source catalog is missing from a locale.
    MissingMessage,
    /// M002: a message of a locale is not in the source catalog.
    ObsoleteMessage,
}

#[rustfmt::skip]
const TABLE: &[(Check, CheckInfo)] = &[
    (Check::TermMissing,            CheckInfo { code: "T001", name: "term-missing",             default_severity: Severity::Warning }),
    (Check::ForbiddenTerm,          CheckInfo { code: "T002", name: "forbidden-term",           default_severity: Severity::Error }),
    (Check::DeprecatedTerm,         CheckInfo { code: "T003", name: "deprecated-term",          default_severity: Severity::Warning }),
    (Check::MentionOnlyTerm,        CheckInfo { code: "T004", name: "mention-only-term",        default_severity: Severity::Warning }),
    (Check::MixedFraming,           CheckInfo { code: "T005", name: "mixed-framing",            default_severity: Severity::Error }),
    (Check::InconsistentTerm,       CheckInfo { code: "T006", name: "inconsistent-term",        default_severity: Severity::Warning }),
    (Check::NumberMismatch,         CheckInfo { code: "N001", name: "number-mismatch",          default_severity: Severity::Error }),
    (Check::DateMismatch,           CheckInfo { code: "N002", name: "date-mismatch",            default_severity: Severity::Error }),
    (Check::OmittedSentence,        CheckInfo { code: "S001", name: "omitted-sentence",         default_severity: Severity::Warning }),
    (Check::AddedSentence,          CheckInfo { code: "S002", name: "added-sentence",           default_severity: Severity::Warning }),
    (Check::UntranslatedSentence,   CheckInfo { code: "S003", name: "untranslated-sentence",    default_severity: Severity::Error }),
    (Check::LowConfidenceAlignment, CheckInfo { code: "S004", name: "low-confidence-alignment", default_severity: Severity::Info }),
    (Check::UrlMismatch,            CheckInfo { code: "N003", name: "url-mismatch",             default_severity: Severity::Error }),
    (Check::PlaceholderMismatch,    CheckInfo { code: "P001", name: "placeholder-mismatch",     default_severity: Severity::Error }),
    (Check::InlineTagMismatch,      CheckInfo { code: "P002", name: "inline-tag-mismatch",      default_severity: Severity::Error }),
    (Check::UnpairedQuote,          CheckInfo { code: "Q001", name: "unpaired-quote",           default_severity: Severity::Warning }),
    (Check::UnpairedBracket,        CheckInfo { code: "Q002", name: "unpaired-bracket",         default_severity: Severity::Warning }),
    (Check::DoubleSpace,            CheckInfo { code: "Q003", name: "double-space",             default_severity: Severity::Warning }),
    (Check::RepeatedWord,           CheckInfo { code: "Q004", name: "repeated-word",            default_severity: Severity::Warning }),
    (Check::EndPunctuation,         CheckInfo { code: "Q005", name: "end-punctuation",          default_severity: Severity::Warning }),
    (Check::EdgeWhitespace,         CheckInfo { code: "Q006", name: "edge-whitespace",          default_severity: Severity::Warning }),
    (Check::EmptyTarget,            CheckInfo { code: "U001", name: "empty-target",             default_severity: Severity::Warning }),
    (Check::TargetSameAsSource,     CheckInfo { code: "U002", name: "target-same-as-source",    default_severity: Severity::Warning }),
    (Check::LengthRatio,            CheckInfo { code: "U003", name: "length-ratio",             default_severity: Severity::Info }),
    (Check::InconsistentTarget,     CheckInfo { code: "C001", name: "inconsistent-target",      default_severity: Severity::Warning }),
    (Check::InconsistentSource,     CheckInfo { code: "C002", name: "inconsistent-source",      default_severity: Severity::Info }),
    (Check::MissingMessage,         CheckInfo { code: "M001", name: "missing-message",          default_severity: Severity::Warning }),
    (Check::ObsoleteMessage,        CheckInfo { code: "M002", name: "obsolete-message",         default_severity: Severity::Info }),
];

impl Check {
    /// Code, name and default severity.
    pub fn info(self) -> CheckInfo {
        TABLE
            .iter()
            .find(|(check, _)| *check == self)
            .map(|(_, info)| *info)
            .unwrap_or(CheckInfo {
                code: "X000",
                name: "unknown",
                default_severity: Severity::Warning,
            })
    }

    /// Every check, in code order.
    pub fn all() -> impl Iterator<Item = Check> {
        TABLE.iter().map(|(check, _)| *check)
    }

    /// Looks a check up by code (`T001`, case-insensitive) or name (`term-missing`).
    pub fn from_code_or_name(key: &str) -> Option<Check> {
        TABLE
            .iter()
            .find(|(_, info)| info.code.eq_ignore_ascii_case(key) || info.name == key)
            .map(|(check, _)| *check)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for check in Check::all() {
            let info = check.info();
            assert!(codes.insert(info.code), "duplicate code {}", info.code);
            assert!(names.insert(info.name), "duplicate name {}", info.name);
            assert_eq!(info.code.len(), 4);
            assert!(info.code.as_bytes()[0].is_ascii_uppercase());
            assert!(
                info.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
            );
        }
        assert_eq!(Check::from_code_or_name("t002"), Some(Check::ForbiddenTerm));
        assert_eq!(
            Check::from_code_or_name("mixed-framing"),
            Some(Check::MixedFraming)
        );
    }
}
