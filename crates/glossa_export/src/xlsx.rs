//! XLSX: one sheet, frozen header, a column per language plus findings,
//! wrapped text, glossary terms in bold.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, FormatUnderline,
    Workbook, Worksheet, XlsxError,
};

use crate::error::ExportError;
use crate::model::{Cell, ExportDocument};
use crate::plain::finding_line;
use crate::spans::{Span, spans};

/// Excel's limit on the characters (UTF-16 units) of one cell.
const MAX_CELL: usize = 32_767;
/// Column widths, in Excel character units.
const MIN_WIDTH: f64 = 12.0;
const MAX_WIDTH: f64 = 60.0;

/// The formats of the sheet.
struct Formats {
    header: Format,
    text: Format,
    term: Format,
    flagged: Format,
    error: Format,
}

impl Formats {
    fn new() -> Self {
        let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Self {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xF3_F4_F6))
                .set_border_bottom(FormatBorder::Thin),
            term: Format::new().set_bold(),
            flagged: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0xB9_1C_1C))
                .set_underline(FormatUnderline::Single),
            error: text.clone().set_font_color(Color::RGB(0xB9_1C_1C)),
            text,
        }
    }
}

/// Renders `doc` as an XLSX workbook. The bytes depend only on `doc` (the
/// creation date comes from `tmx_date`, else a fixed date).
pub fn render(doc: &ExportDocument) -> Result<Vec<u8>, ExportError> {
    build(doc).map_err(|e| ExportError::Xlsx(e.to_string()))
}

fn build(doc: &ExportDocument) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let mut properties = DocProperties::new().set_creation_datetime(&creation_date(doc)?);
    if !doc.title.is_empty() {
        properties = properties.set_title(clip(&doc.title));
    }
    workbook.set_properties(&properties);
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name(&doc.labels.sheet))?;
    let findings_col = col(doc.columns.len());
    for (i, column) in doc.columns.iter().enumerate() {
        let header = format!("{} ({})", column.lang, column.path);
        sheet.write_string_with_format(0, col(i), clip(&header), &formats.header)?;
    }
    sheet.write_string_with_format(0, findings_col, clip(&doc.labels.findings), &formats.header)?;
    let mut widths: Vec<usize> = doc
        .columns
        .iter()
        .map(|c| display_width(&c.lang) + 4)
        .collect();
    widths.push(display_width(&doc.labels.findings));
    let empty = Cell::default();
    for (r, row) in doc.rows.iter().enumerate() {
        let xrow = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (i, width) in widths.iter_mut().take(doc.columns.len()).enumerate() {
            let cell = row.cell(i).unwrap_or(&empty);
            write_cell(sheet, xrow, col(i), cell, &formats)?;
            *width = (*width).max(display_width(&cell.text));
        }
        if !row.findings.is_empty() {
            let lines: Vec<String> = row.findings.iter().map(|f| finding_line(doc, f)).collect();
            let text = lines.join("\n");
            let format = if row.findings.iter().any(|f| f.severity == "error") {
                &formats.error
            } else {
                &formats.text
            };
            sheet.write_string_with_format(xrow, findings_col, clip(&text), format)?;
            let last = widths.len() - 1;
            widths[last] = widths[last].max(display_width(&text));
        }
    }
    for (i, width) in widths.iter().enumerate() {
        sheet.set_column_width(col(i), (*width as f64 + 2.0).clamp(MIN_WIDTH, MAX_WIDTH))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    if !doc.rows.is_empty() {
        let last_row = u32::try_from(doc.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        sheet.autofilter(0, 0, last_row, findings_col)?;
    }
    workbook.save_to_buffer()
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    cell: &Cell,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let parts = spans(cell);
    let has_terms = parts.iter().any(|s| matches!(s, Span::Term(..)));
    if !has_terms || utf16_len(&cell.text) > MAX_CELL {
        sheet.write_string_with_format(row, column, clip(&cell.text), &formats.text)?;
        return Ok(());
    }
    let segments: Vec<(&Format, &str)> = parts
        .iter()
        .map(|span| match span {
            Span::Plain(text) => (&formats.text, *text),
            Span::Term(text, h) if h.flagged => (&formats.flagged, *text),
            Span::Term(text, _) => (&formats.term, *text),
        })
        .collect();
    sheet.write_rich_string_with_format(row, column, &segments, &formats.text)?;
    Ok(())
}

/// Column index (Excel has 16,384 columns; more languages than that are clipped).
fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX).min(16_383)
}

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// `text` cut to fit in one Excel cell.
fn clip(text: &str) -> &str {
    let mut units = 0;
    for (i, ch) in text.char_indices() {
        units += ch.len_utf16();
        if units > MAX_CELL {
            return &text[..i];
        }
    }
    text
}

/// Width of the longest line, counting East Asian wide characters twice.
fn display_width(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum())
        .max()
        .unwrap_or(0)
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// A valid sheet name: no `[]:*?/\`, no leading/trailing apostrophe, at most 31 characters.
fn sheet_name(label: &str) -> String {
    let cleaned: String = label
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .take(31)
        .collect();
    let trimmed = cleaned.trim_matches(['\'', ' ']);
    if trimmed.is_empty() {
        "Sheet1".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The workbook's creation date: `tmx_date` (`YYYYMMDDThhmmssZ`) when valid, else 1980-01-01.
fn creation_date(doc: &ExportDocument) -> Result<ExcelDateTime, XlsxError> {
    let parsed = doc.tmx_date.as_deref().and_then(|d| {
        let digits = |r: std::ops::Range<usize>| d.get(r).and_then(|s| s.parse::<u16>().ok());
        let date = ExcelDateTime::from_ymd(
            digits(0..4)?,
            u8::try_from(digits(4..6)?).ok()?,
            u8::try_from(digits(6..8)?).ok()?,
        )
        .ok()?;
        let min = u8::try_from(digits(11..13)?).ok()?;
        let sec = digits(13..15)?;
        date.and_hms(digits(9..11)?, min, sec).ok()
    });
    match parsed {
        Some(date) => Ok(date),
        None => ExcelDateTime::from_ymd(1980, 1, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_count_japanese_double() {
        assert_eq!(display_width("平和条約"), 8);
        assert_eq!(display_width("Южные Курилы\nbarış"), 12);
        assert_eq!(display_width(""), 0);
    }

    #[test]
    fn sheet_names_are_valid() {
        assert_eq!(sheet_name("Side by side"), "Side by side");
        assert_eq!(
            sheet_name("Сравнение [ru/ja]: 'итог'"),
            "Сравнение ruja 'итог"
        );
        assert_eq!(sheet_name("???"), "Sheet1");
        assert_eq!(sheet_name(&"対訳".repeat(40)).chars().count(), 31);
    }

    #[test]
    fn clip_respects_the_cell_limit() {
        let long = "Кур".repeat(20_000);
        assert_eq!(utf16_len(clip(&long)), MAX_CELL);
        assert_eq!(clip("Kuril Adaları"), "Kuril Adaları");
    }
}
