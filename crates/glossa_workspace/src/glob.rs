//! Path globs for `files` and `ignore`: `*` (within a path segment), `?`,
//! `**` (any number of segments), `[abc]`, `[a-z]`, `[!x]` and `{md,txt}`.
//! Paths are relative to the configuration's directory, `/`-separated; a
//! glob without `/` matches the file name at any depth (like `.gitignore`).

use std::fmt;

/// One element of a compiled glob.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Char(char),
    /// `?`: one character other than `/`.
    One,
    /// `*`: any characters other than `/`.
    Star,
    /// `**/`: zero or more whole directories.
    Dirs,
    /// `**` at the end: everything.
    Rest,
    /// `[…]`: ranges, negated with `!` or `^`.
    Class(Vec<(char, char)>, bool),
}

/// A compiled glob.
#[derive(Clone, PartialEq, Eq)]
pub struct Glob {
    text: String,
    /// One token list per `{a,b}` alternative.
    alternatives: Vec<Vec<Token>>,
    basename: bool,
}

impl fmt::Debug for Glob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Glob({:?})", self.text)
    }
}

impl Glob {
    /// Compiles a glob; the error says what is wrong.
    pub fn new(text: &str) -> Result<Self, String> {
        if text.is_empty() {
            return Err("empty glob".into());
        }
        let alternatives = expand(text)?
            .iter()
            .map(|alternative| tokens(alternative.trim_start_matches("./")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            text: text.to_string(),
            alternatives,
            basename: !text.contains('/'),
        })
    }

    /// The glob as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when the `/`-separated relative `path` matches.
    pub fn matches(&self, path: &str) -> bool {
        let path = path.trim_start_matches("./");
        let subject = if self.basename {
            path.rsplit('/').next().unwrap_or(path)
        } else {
            path
        };
        let chars: Vec<char> = subject.chars().collect();
        self.alternatives
            .iter()
            .any(|tokens| matches(tokens, &chars))
    }
}

/// Expands `{a,b}` groups (not nested) into alternatives.
fn expand(text: &str) -> Result<Vec<String>, String> {
    let Some(open) = text.find('{') else {
        if text.contains('}') {
            return Err("`}` without `{`".into());
        }
        return Ok(vec![text.to_string()]);
    };
    let close = text[open..]
        .find('}')
        .map(|i| i + open)
        .ok_or("`{` without `}`")?;
    let inner = &text[open + 1..close];
    if inner.contains('{') {
        return Err("nested `{` is not supported".into());
    }
    let mut out = Vec::new();
    for rest in expand(&text[close + 1..])? {
        for choice in inner.split(',') {
            out.push(format!("{}{choice}{rest}", &text[..open]));
        }
    }
    Ok(out)
}

fn tokens(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '*' if chars.get(i + 1) == Some(&'*') => {
                let at_segment_start = i == 0 || chars[i - 1] == '/';
                match chars.get(i + 2) {
                    Some('/') if at_segment_start => {
                        out.push(Token::Dirs);
                        i += 3;
                    }
                    None if at_segment_start => {
                        out.push(Token::Rest);
                        i += 2;
                    }
                    _ => {
                        out.push(Token::Star);
                        i += 2;
                    }
                }
            }
            '*' => {
                out.push(Token::Star);
                i += 1;
            }
            '?' => {
                out.push(Token::One);
                i += 1;
            }
            '[' => {
                let (class, end) = class(&chars, i)?;
                out.push(class);
                i = end;
            }
            '\\' => {
                let escaped = chars.get(i + 1).ok_or("trailing `\\`")?;
                out.push(Token::Char(*escaped));
                i += 2;
            }
            c => {
                out.push(Token::Char(c));
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Parses `[…]` starting at `open`; returns the token and the index after `]`.
fn class(chars: &[char], open: usize) -> Result<(Token, usize), String> {
    let mut i = open + 1;
    let negated = matches!(chars.get(i), Some('!' | '^'));
    if negated {
        i += 1;
    }
    let mut ranges = Vec::new();
    let mut first = true;
    loop {
        let c = *chars.get(i).ok_or("`[` without `]`")?;
        if c == ']' && !first {
            return Ok((Token::Class(ranges, negated), i + 1));
        }
        first = false;
        if chars.get(i + 1) == Some(&'-') && chars.get(i + 2).is_some_and(|&e| e != ']') {
            ranges.push((c, chars[i + 2]));
            i += 3;
        } else {
            ranges.push((c, c));
            i += 1;
        }
    }
}

fn matches(tokens: &[Token], path: &[char]) -> bool {
    let Some((token, rest)) = tokens.split_first() else {
        return path.is_empty();
    };
    match token {
        Token::Char(c) => path.first() == Some(c) && matches(rest, &path[1..]),
        Token::One => path.first().is_some_and(|&c| c != '/') && matches(rest, &path[1..]),
        Token::Class(ranges, negated) => {
            path.first().is_some_and(|&c| {
                c != '/' && ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
            }) && matches(rest, &path[1..])
        }
        Token::Star => {
            let segment = path.iter().position(|&c| c == '/').unwrap_or(path.len());
            (0..=segment).any(|k| matches(rest, &path[k..]))
        }
        Token::Dirs => {
            matches(rest, path)
                || path
                    .iter()
                    .enumerate()
                    .filter(|&(_, &c)| c == '/')
                    .any(|(k, _)| matches(rest, &path[k + 1..]))
        }
        Token::Rest => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glob(text: &str) -> Glob {
        Glob::new(text).unwrap()
    }

    #[test]
    fn stars_classes_and_alternatives() {
        let docs = glob("docs/**/*.md");
        assert!(docs.matches("docs/ru/статья.md"));
        assert!(docs.matches("docs/index.md"));
        assert!(!docs.matches("docs/ru/notes.txt"));
        assert!(!docs.matches("src/docs/a.md"));
        assert!(glob("vendor/**").matches("vendor/x/y.po"));
        assert!(!glob("vendor/**").matches("vendors/y.po"));
        assert!(glob("locales/*/app.{ftl,json}").matches("locales/ja/app.json"));
        assert!(!glob("locales/*/app.{ftl,json}").matches("locales/ja/sub/app.ftl"));
        assert!(glob("*.po").matches("locales/tr/messages.po"));
        assert!(glob("[!.]*.md").matches("a/readme.md"));
        assert!(!glob("[!.]*.md").matches(".hidden.md"));
        assert!(glob("ch?/[0-9][0-9].md").matches("ch1/07.md"));
    }

    #[test]
    fn rejects_broken_globs() {
        assert!(Glob::new("docs/[ab").is_err());
        assert!(Glob::new("docs/{a,b").is_err());
        assert!(Glob::new("").is_err());
    }
}
