//! JUnit XML: one `<testsuite>` per input file, one failed `<testcase>` per finding.
//!
//! Files without findings get an empty suite; findings without a position go to a
//! suite named `glossa`. No timestamps, so output is reproducible.

use std::fmt::Write as _;
use std::io::{self, Write};

use glossa_diagnostics::{Diagnostic, FileId, Localizer, SourceMap};

use crate::location::Location;
use crate::summary::severity_word;

pub(crate) fn render(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    l10n: &dyn Localizer,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut suites: Vec<(String, Vec<String>)> = sources
        .files()
        .map(|(_, file)| (file.path.clone(), Vec::new()))
        .collect();
    let mut orphans = Vec::new();
    for d in diagnostics {
        let location = Location::primary(sources, d);
        let case = testcase(d, location.as_ref(), l10n);
        match d.primary_span().map(|span| span.file) {
            Some(FileId(index)) if location.is_some() && index < suites.len() => {
                suites[index].1.push(case)
            }
            _ => orphans.push(case),
        }
    }
    if !orphans.is_empty() {
        suites.push(("glossa".to_string(), orphans));
    }
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"glossa\" tests=\"{0}\" failures=\"{0}\" errors=\"0\">",
        diagnostics.len()
    );
    for (name, cases) in &suites {
        let _ = write!(
            xml,
            "  <testsuite name=\"{}\" tests=\"{1}\" failures=\"{1}\" errors=\"0\" skipped=\"0\"",
            escape(name),
            cases.len()
        );
        if cases.is_empty() {
            xml.push_str("/>\n");
            continue;
        }
        xml.push_str(">\n");
        for case in cases {
            xml.push_str(case);
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    out.write_all(xml.as_bytes())
}

fn testcase(d: &Diagnostic, location: Option<&Location<'_>>, l10n: &dyn Localizer) -> String {
    let message = l10n.format(&d.message);
    let (path, position) = location.map_or_else(
        || ("glossa".to_string(), String::new()),
        |l| (l.file.path.clone(), format!("{}:{}", l.line, l.column)),
    );
    let mut body = format!(
        "{path}{}{position}: {}[{}/{}]: {message}",
        if position.is_empty() { "" } else { ":" },
        severity_word(d.severity, l10n),
        d.code,
        d.name
    );
    for help in &d.help {
        body.push_str("\nhelp: ");
        body.push_str(&l10n.format(help));
    }
    let name = format!("{} {} {position}", d.code, d.name);
    let line = location
        .map(|l| format!(" line=\"{}\"", l.line))
        .unwrap_or_default();
    format!(
        "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"{line}>\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
        escape(name.trim_end()),
        escape(&path),
        escape(&path),
        escape(&message),
        d.severity.as_str(),
        escape_content(&body)
    )
}

/// Escapes element content: as [`escape`], but line breaks and tabs stay as they are.
fn escape_content(text: &str) -> String {
    escape(text)
        .replace("&#10;", "\n")
        .replace("&#13;", "\r")
        .replace("&#9;", "\t")
}

/// Escapes text for XML attributes; characters XML 1.0 forbids become U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escaping() {
        assert_eq!(
            escape("a<b & \"c\" 'd'"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;"
        );
        assert_eq!(escape("строка\nдругая\u{1}"), "строка&#10;другая\u{FFFD}");
        assert_eq!(escape_content("a\n<b>"), "a\n&lt;b&gt;");
    }
}
