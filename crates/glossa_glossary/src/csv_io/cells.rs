//! Cell-level encoding: `|`-separated lists with backslash escapes, status
//! tokens (`admitted+mention-only`), and TSV/CSV field escaping.

use crate::error::ErrorKind;
use crate::model::{MatchMode, Status, Term};

/// Splits on `sep` where it is not escaped; escapes are kept for the next
/// level. An empty cell gives no parts.
pub(super) fn split_raw(s: &str, sep: char) -> Vec<&str> {
    if s.is_empty() {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            parts.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&s[start..]);
    parts
}

/// Removes one level of backslash escapes (`\|` → `|`, `\\` → `\`).
pub(super) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(chars.next().unwrap_or('\\'));
        } else {
            out.push(c);
        }
    }
    out
}

/// Escapes `\`, `|` and the characters in `also`.
pub(super) fn escape(s: &str, also: &[char]) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\\' || c == '|' || also.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The status token of a term: `preferred`, `admitted+mention-only`,
/// `forbidden+case-sensitive+exact+framing=japanese+pos=noun`.
pub(super) fn status_token(t: &Term) -> String {
    let mut s = t.status.as_str().to_string();
    if t.mention_only {
        s.push_str("+mention-only");
    }
    if t.case_sensitive {
        s.push_str("+case-sensitive");
    }
    match t.match_mode {
        MatchMode::Morph => {}
        MatchMode::Exact => s.push_str("+exact"),
        MatchMode::Regex => s.push_str("+regex"),
    }
    if let Some(f) = &t.framing {
        s.push_str("+framing=");
        s.push_str(&escape(f, &['+']));
    }
    if let Some(p) = &t.pos {
        s.push_str("+pos=");
        s.push_str(&escape(p, &['+']));
    }
    s
}

/// Applies a status token to a term. An empty token leaves the status to
/// the default rule (returns `None`).
pub(super) fn apply_status_token(token: &str, t: &mut Term) -> Result<Option<Status>, ErrorKind> {
    let mut parts = split_raw(token.trim(), '+').into_iter();
    let Some(first) = parts.next() else {
        return Ok(None);
    };
    let first = unescape(first).trim().to_string();
    let status = if first.is_empty() {
        None
    } else {
        Some(Status::parse(&first.to_lowercase()).ok_or(ErrorKind::UnknownStatus(first))?)
    };
    for flag in parts {
        let flag = unescape(flag);
        match flag.trim().split_once('=') {
            None => match flag.trim() {
                "mention-only" => t.mention_only = true,
                "case-sensitive" => t.case_sensitive = true,
                "exact" => t.match_mode = MatchMode::Exact,
                "regex" => t.match_mode = MatchMode::Regex,
                "morph" => t.match_mode = MatchMode::Morph,
                _ => return Err(ErrorKind::UnknownKey(flag)),
            },
            Some(("framing", v)) => t.framing = Some(v.to_string()),
            Some(("pos", v)) => t.pos = Some(v.to_string()),
            Some(_) => return Err(ErrorKind::UnknownKey(flag)),
        }
    }
    Ok(status)
}

/// TSV field escaping: `\` → `\\`, TAB → `\t`, LF → `\n`, CR → `\r`.
pub(super) fn tsv_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
    out
}

/// Undoes [`tsv_escape`]; other backslash sequences are kept as they are.
pub(super) fn tsv_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            _ => {
                out.push('\\');
                continue;
            }
        }
        chars.next();
    }
    out
}

/// RFC 4180 quoting when the field needs it.
pub(super) fn csv_quote(s: &str, delimiter: char) -> String {
    if s.contains([delimiter, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
