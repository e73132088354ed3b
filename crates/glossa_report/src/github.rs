//! GitHub Actions workflow commands, one line per finding:
//! `::error file=ru.md,line=3,col=18,endLine=3,endColumn=35,title=T001 term-missing::message`.
//!
//! Severity maps to `error`, `warning` and `notice`. Help lines follow the message
//! on new lines (escaped as `%0A`).

use std::io::{self, Write};

use glossa_diagnostics::{Diagnostic, Localizer, Severity, SourceMap};

use crate::location::Location;

pub(crate) fn render(
    diagnostics: &[Diagnostic],
    sources: &SourceMap,
    l10n: &dyn Localizer,
    out: &mut dyn Write,
) -> io::Result<()> {
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut properties = Vec::new();
        if let Some(l) = Location::primary(sources, d) {
            properties.push(format!("file={}", escape_property(&l.file.path)));
            properties.push(format!("line={}", l.line));
            properties.push(format!("col={}", l.column));
            properties.push(format!("endLine={}", l.end_line));
            properties.push(format!("endColumn={}", l.end_column));
        }
        properties.push(format!(
            "title={}",
            escape_property(&format!("{} {}", d.code, d.name))
        ));
        let mut message = l10n.format(&d.message);
        for help in &d.help {
            message.push_str("\nhelp: ");
            message.push_str(&l10n.format(help));
        }
        writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            escape_data(&message)
        )?;
    }
    Ok(())
}

/// Escapes a command's message: `%`, `\r`, `\n`.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as a message, plus `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_workflow_command_rules() {
        assert_eq!(escape_data("50% “мир”\nhelp: x"), "50%25 “мир”%0Ahelp: x");
        assert_eq!(escape_property("tr, v2:final.md"), "tr%2C v2%3Afinal.md");
    }
}
