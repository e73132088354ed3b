//! Path conventions that pair monolingual files (Markdown, plain text)
//! across languages: `docs/{lang}/{path}` pairs `docs/en/a/b.md` with
//! `docs/ru/a/b.md`; `{path}.{lang}.md` pairs `guide.ja.md` with `guide.tr.md`.

/// A part of a pairing pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Lang,
    Path,
}

/// A compiled pairing pattern with one `{lang}` and one `{path}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairPattern {
    text: String,
    parts: Vec<Part>,
}

impl PairPattern {
    /// Compiles a pattern; `None` unless it has `{lang}` and `{path}` once each.
    pub fn new(text: &str) -> Option<Self> {
        let mut parts = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("{lang}") {
                parts.push(Part::Lang);
                rest = after;
            } else if let Some(after) = rest.strip_prefix("{path}") {
                parts.push(Part::Path);
                rest = after;
            } else {
                let end = rest[1..].find('{').map_or(rest.len(), |i| i + 1);
                parts.push(Part::Text(rest[..end].to_string()));
                rest = &rest[end..];
            }
        }
        let count = |wanted: &Part| parts.iter().filter(|p| *p == wanted).count();
        (count(&Part::Lang) == 1 && count(&Part::Path) == 1).then(|| Self {
            text: text.to_string(),
            parts,
        })
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Splits a `/`-separated relative path into (language tag, pairing key):
    /// `docs/ru/a/b.md` → (`ru`, `a/b.md`) for `docs/{lang}/{path}`.
    pub fn split(&self, path: &str) -> Option<(String, String)> {
        let mut lang = None;
        let mut key = None;
        split(&self.parts, path, &mut lang, &mut key).then_some(())?;
        Some((lang?.to_string(), key?.to_string()))
    }

    /// The path of language `lang` for pairing key `key`.
    pub fn path_for(&self, lang: &str, key: &str) -> String {
        self.parts
            .iter()
            .map(|part| match part {
                Part::Text(text) => text.as_str(),
                Part::Lang => lang,
                Part::Path => key,
            })
            .collect()
    }
}

fn split<'p>(
    parts: &[Part],
    path: &'p str,
    lang: &mut Option<&'p str>,
    key: &mut Option<&'p str>,
) -> bool {
    let Some((part, rest)) = parts.split_first() else {
        return path.is_empty();
    };
    match part {
        Part::Text(text) => path
            .strip_prefix(text.as_str())
            .is_some_and(|after| split(rest, after, lang, key)),
        Part::Lang => (2..=path.len().min(12)).rev().any(|end| {
            let found = path.is_char_boundary(end)
                && is_lang_tag(&path[..end])
                && split(rest, &path[end..], lang, key);
            if found {
                *lang = Some(&path[..end]);
            }
            found
        }),
        Part::Path => (1..=path.len()).any(|end| {
            let found = path.is_char_boundary(end) && split(rest, &path[end..], lang, key);
            if found {
                *key = Some(&path[..end]);
            }
            found
        }),
    }
}

/// `en`, `ru`, `ja`, `tr`, `pt-BR`, `zh_Hant`: letters, then subtags.
fn is_lang_tag(text: &str) -> bool {
    let mut subtags = text.split(['-', '_']);
    let primary = subtags.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && subtags
            .all(|s| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paths_by_convention() {
        let dirs = PairPattern::new("docs/{lang}/{path}").unwrap();
        assert_eq!(
            dirs.split("docs/ru/guide/intro.md"),
            Some(("ru".into(), "guide/intro.md".into()))
        );
        assert_eq!(dirs.split("docs/images/a.png"), None);
        assert_eq!(
            dirs.path_for("ja", "guide/intro.md"),
            "docs/ja/guide/intro.md"
        );
        let suffix = PairPattern::new("{path}.{lang}.md").unwrap();
        assert_eq!(
            suffix.split("notes/kuriles.tr.md"),
            Some(("tr".into(), "notes/kuriles".into()))
        );
        assert_eq!(suffix.split("notes/kuriles.md"), None);
        assert!(PairPattern::new("docs/{path}").is_none());
        assert!(PairPattern::new("{lang}/{lang}/{path}").is_none());
    }
}
