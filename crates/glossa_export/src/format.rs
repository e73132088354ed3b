//! The export formats and their names.

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// Self-contained HTML page.
    Html,
    /// Markdown table.
    Md,
    /// Tab-separated values.
    Tsv,
    /// JSON of the groups, terms and findings.
    Json,
    /// Excel workbook.
    Xlsx,
    /// TMX 1.4 translation memory.
    Tmx,
}

impl ExportFormat {
    /// Every format, in the order the CLI lists them.
    pub const ALL: [ExportFormat; 6] = [
        Self::Html,
        Self::Xlsx,
        Self::Tmx,
        Self::Md,
        Self::Tsv,
        Self::Json,
    ];

    /// Parses a format name (`html`, `md`/`markdown`, `tsv`, `json`, `xlsx`, `tmx`; ASCII case-insensitive).
    pub fn parse(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "html" | "htm" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Md),
            "tsv" => Some(Self::Tsv),
            "json" => Some(Self::Json),
            "xlsx" => Some(Self::Xlsx),
            "tmx" => Some(Self::Tmx),
            _ => None,
        }
    }

    /// The canonical name, also the usual file extension.
    pub fn name(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Md => "md",
            Self::Tsv => "tsv",
            Self::Json => "json",
            Self::Xlsx => "xlsx",
            Self::Tmx => "tmx",
        }
    }

    /// Whether the output is binary (not to be printed to a terminal).
    pub fn is_binary(self) -> bool {
        matches!(self, Self::Xlsx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for format in ExportFormat::ALL {
            assert_eq!(ExportFormat::parse(format.name()), Some(format));
        }
        assert_eq!(ExportFormat::parse("Markdown"), Some(ExportFormat::Md));
        assert_eq!(ExportFormat::parse("docx"), None);
        assert!(ExportFormat::Xlsx.is_binary());
        assert!(!ExportFormat::Tmx.is_binary());
    }
}
