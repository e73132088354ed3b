//! JSON: the document (columns, rows, cells with highlights, findings) via serde.

use crate::error::ExportError;
use crate::model::ExportDocument;

/// Renders `doc` as pretty-printed JSON with a final newline.
pub fn render(doc: &ExportDocument) -> Result<Vec<u8>, ExportError> {
    let mut out = serde_json::to_vec_pretty(doc)?;
    out.push(b'\n');
    Ok(out)
}
