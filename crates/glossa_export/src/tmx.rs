//! TMX 1.4: one `<tu>` per group, one `<tuv>` per non-empty cell, findings as `<prop>`.

use crate::escape::{push_escaped, push_escaped_attr};
use crate::model::{ExportDocument, Finding};

/// `xml:lang` used when a column has no language tag.
const UNDETERMINED: &str = "und";

/// Renders `doc` as a TMX 1.4 document. Groups without any text are skipped
/// (a `<tu>` needs at least one `<tuv>`); `tuid` is the 1-based row number.
pub fn render(doc: &ExportDocument) -> String {
    let mut out = String::with_capacity(512 + doc.rows.len() * 768);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"glossa\" creationtoolversion=\"");
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str("\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"");
    push_escaped_attr(&mut out, lang_or_und(&doc.labels.ui_lang));
    out.push_str("\" srclang=\"");
    push_escaped_attr(
        &mut out,
        lang_or_und(doc.columns.first().map_or("", |c| c.lang.as_str())),
    );
    out.push_str("\" o-tmf=\"glossa\"");
    if let Some(date) = &doc.tmx_date {
        out.push_str(" creationdate=\"");
        push_escaped_attr(&mut out, date);
        out.push('"');
    }
    out.push_str(">\n");
    if !doc.title.is_empty() {
        out.push_str("<note>");
        push_escaped(&mut out, &doc.title);
        out.push_str("</note>\n");
    }
    out.push_str("</header>\n<body>\n");
    for (i, row) in doc.rows.iter().enumerate() {
        let cells: Vec<(&str, &str)> = doc
            .columns
            .iter()
            .enumerate()
            .map(|(c, column)| (lang_or_und(&column.lang), row.text(c)))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        if cells.is_empty() {
            continue;
        }
        out.push_str("<tu tuid=\"");
        out.push_str(&(i + 1).to_string());
        out.push_str("\">\n");
        for f in &row.findings {
            out.push_str("<prop type=\"x-glossa-finding\">");
            push_escaped(&mut out, &finding_prop(doc, f));
            out.push_str("</prop>\n");
        }
        if let Some(c) = row.confidence {
            out.push_str(&format!(
                "<prop type=\"x-glossa-confidence\">{c:.2}</prop>\n"
            ));
        }
        for (lang, text) in cells {
            out.push_str("<tuv xml:lang=\"");
            push_escaped_attr(&mut out, lang);
            out.push_str("\"><seg>");
            push_escaped(&mut out, text);
            out.push_str("</seg></tuv>\n");
        }
        out.push_str("</tu>\n");
    }
    out.push_str("</body>\n</tmx>\n");
    out
}

fn lang_or_und(lang: &str) -> &str {
    if lang.is_empty() { UNDETERMINED } else { lang }
}

/// The text of a finding's `<prop>`: `T002 error forbidden-term ru: message`
/// (the language is left out when the finding is about the whole group).
pub fn finding_prop(doc: &ExportDocument, f: &Finding) -> String {
    let mut prop = format!("{} {} {}", f.code, f.severity, f.name);
    if let Some(column) = doc.finding_column(f) {
        prop.push(' ');
        prop.push_str(lang_or_und(&column.lang));
    }
    prop.push_str(": ");
    prop.push_str(&f.message);
    prop
}

/// A TMX `creationdate` (`YYYYMMDDThhmmssZ`, UTC) from seconds since the Unix
/// epoch, e.g. the value of `SOURCE_DATE_EPOCH`.
pub fn tmx_date(epoch_seconds: i64) -> String {
    let days = epoch_seconds.div_euclid(86_400);
    let secs = epoch_seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, Column, Row};

    #[test]
    fn dates_from_epoch_seconds() {
        assert_eq!(tmx_date(0), "19700101T000000Z");
        assert_eq!(tmx_date(1_547_726_400), "20190117T120000Z");
        assert_eq!(tmx_date(951_782_400), "20000229T000000Z");
        assert_eq!(tmx_date(-1), "19691231T235959Z");
    }

    #[test]
    fn empty_cells_and_rows_are_skipped() {
        let doc = ExportDocument {
            columns: vec![
                Column {
                    lang: "ja".into(),
                    path: "ja.md".into(),
                },
                Column {
                    lang: String::new(),
                    path: "x.txt".into(),
                },
            ],
            rows: vec![
                Row {
                    cells: vec![Cell::default(), Cell::default()],
                    ..Row::default()
                },
                Row {
                    cells: vec![
                        Cell {
                            text: "北方領土 & 南クリル".into(),
                            highlights: vec![],
                        },
                        Cell::default(),
                    ],
                    ..Row::default()
                },
            ],
            ..ExportDocument::default()
        };
        let tmx = render(&doc);
        assert_eq!(tmx.matches("<tu ").count(), 1);
        assert!(tmx.contains("<tu tuid=\"2\">\n<tuv xml:lang=\"ja\"><seg>北方領土 &amp; 南クリル</seg></tuv>\n</tu>\n"));
        assert!(tmx.contains("srclang=\"ja\""));
        assert!(!tmx.contains("creationdate"));
    }
}
