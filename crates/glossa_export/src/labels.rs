//! UI strings of the exports, localized by the caller (English defaults).

/// Every piece of UI text an export shows. The caller fills it from its
/// localization files; [`Labels::default`] is English.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// BCP 47 tag of the UI language (the HTML page's `lang`).
    pub ui_lang: String,
    /// Header of the row-number column.
    pub row: String,
    /// Header of the findings column.
    pub findings: String,
    /// The filter checkbox.
    pub only_findings: String,
    /// Heading of the summary.
    pub summary: String,
    /// Summary: number of rows.
    pub rows: String,
    /// Summary: number of rows with findings.
    pub rows_with_findings: String,
    /// Summary: heading of the per-check counts.
    pub by_check: String,
    /// Summary: heading of the per-language counts.
    pub by_language: String,
    /// Summary: heading of the per-severity counts.
    pub by_severity: String,
    /// Summary/findings: a finding about the whole row rather than one language.
    pub whole_row: String,
    /// Shown when there are no findings.
    pub no_findings: String,
    /// Severity `error`.
    pub error: String,
    /// Severity `warning`.
    pub warning: String,
    /// Severity `info`.
    pub info: String,
    /// Term status `preferred`.
    pub preferred: String,
    /// Term status `admitted`.
    pub admitted: String,
    /// Term status `deprecated`.
    pub deprecated: String,
    /// Term status `forbidden`.
    pub forbidden: String,
    /// A glossary term that is part of a finding.
    pub flagged: String,
    /// Heading of the legend of term styles.
    pub legend: String,
    /// Alignment confidence.
    pub confidence: String,
    /// Prefix of the generation timestamp.
    pub generated: String,
    /// Keyboard help (HTML); must describe the keys `j`/`n`, `k`/`p` and `f`.
    pub keyboard_help: String,
    /// Name of the spreadsheet (XLSX), at most 31 characters.
    pub sheet: String,
}

impl Default for Labels {
    fn default() -> Self {
        Self {
            ui_lang: "en".into(),
            row: "#".into(),
            findings: "Findings".into(),
            only_findings: "Show only rows with findings".into(),
            summary: "Summary".into(),
            rows: "Rows".into(),
            rows_with_findings: "Rows with findings".into(),
            by_check: "By check".into(),
            by_language: "By language".into(),
            by_severity: "By severity".into(),
            whole_row: "whole row".into(),
            no_findings: "No findings".into(),
            error: "error".into(),
            warning: "warning".into(),
            info: "info".into(),
            preferred: "preferred".into(),
            admitted: "admitted".into(),
            deprecated: "deprecated".into(),
            forbidden: "forbidden".into(),
            flagged: "flagged".into(),
            legend: "Terms".into(),
            confidence: "alignment confidence".into(),
            generated: "Generated".into(),
            keyboard_help:
                "Keys: j or n = next finding, k or p = previous finding, f = toggle the filter."
                    .into(),
            sheet: "Side by side".into(),
        }
    }
}

impl Labels {
    /// The localized name of a severity (`error`, `warning`, `info`); unknown names pass through.
    pub fn severity<'a>(&'a self, severity: &'a str) -> &'a str {
        match severity {
            "error" => &self.error,
            "warning" => &self.warning,
            "info" => &self.info,
            other => other,
        }
    }

    /// The localized name of a term status; unknown names pass through.
    pub fn status<'a>(&'a self, status: &'a str) -> &'a str {
        match status {
            "preferred" => &self.preferred,
            "admitted" => &self.admitted,
            "deprecated" => &self.deprecated,
            "forbidden" => &self.forbidden,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_severity_and_status() {
        let labels = Labels {
            error: "ошибка".into(),
            forbidden: "禁止".into(),
            ..Labels::default()
        };
        assert_eq!(labels.severity("error"), "ошибка");
        assert_eq!(labels.severity("warning"), "warning");
        assert_eq!(labels.severity("hata"), "hata");
        assert_eq!(labels.status("forbidden"), "禁止");
    }
}
