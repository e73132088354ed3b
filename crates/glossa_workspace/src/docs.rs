//! `docs/checks.md`, generated from the code table and the English
//! `explain-*` messages: the same source as `glossa explain CODE`.

use glossa_checks::{Check, CheckInfo};

/// The Markdown documentation of every check. `explain` returns the
/// `glossa explain` text of a code (for example `I18n::explain` in English).
pub fn checks_markdown(explain: &dyn Fn(&str) -> Option<String>) -> String {
    let mut checks: Vec<CheckInfo> = Check::all().map(Check::info).collect();
    checks.sort_by_key(|info| info.code);
    let mut out = String::from(
        "# Checks\n\n<!-- Generated from crates/glossa_checks/src/codes.rs and the explain-* messages of \
         locales/en/checks.ftl (the text of `glossa explain CODE`). Do not edit: run \
         `GLOSSA_BLESS=1 cargo test -p glossa_workspace --test docs_checks`. -->\n\n\
         Every check has a stable code and name; either can be used in `glossa.toml` \
         (`[checks]`, with `error`, `warning`, `info` or `off`), in `glossa explain` and in \
         `glossa-ignore:` notes.\n\n| code | name | default severity |\n|---|---|---|\n",
    );
    for info in &checks {
        out.push_str(&format!(
            "| [{code}](#{anchor}) | {name} | {severity} |\n",
            code = info.code,
            anchor = anchor(info),
            name = info.name,
            severity = info.default_severity,
        ));
    }
    out.push('\n');
    for info in &checks {
        out.push_str(&format!("## {} {}\n\n", info.code, info.name));
        let text = explain(info.code).unwrap_or_default();
        let mut paragraphs = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
        // The first paragraph repeats code and name; keep its severity note.
        if let Some(title) = paragraphs.next() {
            let rest = title
                .trim_start_matches(info.code)
                .trim_start()
                .trim_start_matches(info.name)
                .trim();
            if !rest.is_empty() {
                out.push_str(&format!("*{}*\n\n", rest.trim_matches(['(', ')'])));
            }
        }
        for paragraph in paragraphs {
            let joined: Vec<&str> = paragraph.lines().map(str::trim).collect();
            // `<b>` in an explanation is text, not HTML.
            out.push_str(&joined.join(" ").replace('<', "&lt;"));
            out.push_str("\n\n");
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn anchor(info: &CheckInfo) -> String {
    format!("{}-{}", info.code.to_ascii_lowercase(), info.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_section_per_check() {
        let text = checks_markdown(&|code| {
            let name = Check::from_code_or_name(code)?.info().name;
            Some(format!(
                "{code} {name} (default severity: error)\n\nWhat it does: checks\n    things."
            ))
        });
        assert!(
            text.contains("| [P001](#p001-placeholder-mismatch) | placeholder-mismatch | error |")
        );
        assert!(text.contains(
            "\n## Q003 double-space\n\n*default severity: error*\n\nWhat it does: checks things.\n"
        ));
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
    }
}
