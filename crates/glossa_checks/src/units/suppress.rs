//! Inline suppression: a note `glossa-ignore` (every check) or
//! `glossa-ignore: P001, double-space` (those checks, by code or name).

use crate::codes::Check;

/// The checks a unit's notes switch off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ignore {
    /// No suppression.
    Nothing,
    /// Every check.
    All,
    /// These checks.
    Some(Vec<Check>),
}

impl Ignore {
    /// True when `check` is off for the unit.
    pub(crate) fn covers(&self, check: Check) -> bool {
        match self {
            Self::Nothing => false,
            Self::All => true,
            Self::Some(checks) => checks.contains(&check),
        }
    }
}

const MARKER: &str = "glossa-ignore";

/// Reads the suppressions of a unit's notes. Unknown codes are ignored
/// (the configuration, not a translator's note, is where they are errors).
pub(crate) fn parse(notes: &[String]) -> Ignore {
    let mut checks = Vec::new();
    for note in notes {
        let mut rest = note.as_str();
        while let Some(at) = rest.find(MARKER) {
            rest = &rest[at + MARKER.len()..];
            let Some(list) = rest.strip_prefix(':') else {
                if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
                    continue;
                }
                return Ignore::All;
            };
            let line = list.lines().next().unwrap_or_default();
            let before = checks.len();
            checks.extend(
                line.split([',', ' ', '\t'])
                    .filter(|key| !key.is_empty())
                    .filter_map(Check::from_code_or_name),
            );
            if checks.len() == before && line.trim().is_empty() {
                return Ignore::All;
            }
        }
    }
    if checks.is_empty() {
        Ignore::Nothing
    } else {
        Ignore::Some(checks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(text: &[&str]) -> Vec<String> {
        text.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_codes_names_and_the_bare_marker() {
        assert_eq!(parse(&notes(&["Кнопка в диалоге"])), Ignore::Nothing);
        assert_eq!(parse(&notes(&["glossa-ignore"])), Ignore::All);
        assert_eq!(parse(&notes(&["ブランド名 glossa-ignore:"])), Ignore::All);
        let some = parse(&notes(&["Marka adı", "glossa-ignore: U002, double-space"]));
        assert!(some.covers(Check::TargetSameAsSource));
        assert!(some.covers(Check::DoubleSpace));
        assert!(!some.covers(Check::PlaceholderMismatch));
        assert_eq!(
            parse(&notes(&["glossa-ignored-by-nobody"])),
            Ignore::Nothing
        );
    }
}
