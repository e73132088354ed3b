//! Export errors.

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// JSON serialization failed.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The spreadsheet writer failed.
    #[error("cannot write XLSX: {0}")]
    Xlsx(String),
    /// Writing the output failed.
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
}
