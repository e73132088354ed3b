//! N003 url-mismatch: URLs and e-mail addresses must be the same in source
//! and target, compared exactly after trimming trailing sentence punctuation
//! (`https://example.org/docs.` ends with a period, not with `.`).

use std::ops::Range;

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::UnitText;

/// Top-level domains that make a bare `name.tld` a link.
const TLDS: [&str; 20] = [
    "com", "org", "net", "gov", "edu", "info", "io", "ru", "jp", "tr", "uk", "de", "fr", "us",
    "eu", "int", "co", "me", "dev", "app",
];

/// URLs and e-mails of a text: (byte range, text).
pub(crate) fn links(text: &str) -> Vec<(Range<usize>, &str)> {
    let bytes = text.as_bytes();
    // A link is a run of link bytes with a period inside (its trimmed end is never one): the
    // runs are found from their inner periods, so a final period (most texts have one) is
    // not searched for.
    let before_last = bytes
        .get(..bytes.len().saturating_sub(1))
        .unwrap_or_default();
    match memchr::memchr(b'.', before_last) {
        Some(period) => links_from(text, period),
        None => Vec::new(),
    }
}

/// [`links`] of a text whose first period that may be inside a link is at `first`.
fn links_from(text: &str, first: usize) -> Vec<(Range<usize>, &str)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let inner_period = |at: usize| bytes.get(at + 1).is_some_and(|&b| is_link_byte(b));
    let mut examined = 0;
    let before_last = bytes.get(first..bytes.len() - 1).unwrap_or_default();
    for period in memchr::memchr_iter(b'.', before_last).map(|at| first + at) {
        if period < examined || !inner_period(period) {
            continue;
        }
        let before = bytes.get(..period).unwrap_or_default();
        let start = before
            .iter()
            .rposition(|&b| !is_link_byte(b))
            .map_or(0, |p| p + 1);
        let after = bytes.get(period..).unwrap_or_default();
        let end =
            (after.iter().position(|&b| !is_link_byte(b))).map_or(bytes.len(), |p| period + p);
        examined = end;
        let run = &text[start..end];
        let lead = run.len()
            - run
                .trim_start_matches(['(', '[', '\'', '"', '*', '_'])
                .len();
        let token = trim_end(&run[lead..]);
        if is_link(token) {
            let begin = start + lead;
            found.push((begin..begin + token.len(), token));
        }
    }
    found
}

/// Bytes a link may contain; an apostrophe ends it (`LiverpoolFC.com'a`).
fn is_link_byte(b: u8) -> bool {
    LINK_BYTES[usize::from(b)]
}

/// [`is_link_byte`] as a table: link runs are scanned byte by byte.
static LINK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_graphic()
            && !matches!(byte, b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'^' | b'\'');
        b += 1;
    }
    table
};

/// Scheme and host are case-insensitive (`Weather.com` = `weather.com`); the path is not.
fn same_link(a: &str, b: &str) -> bool {
    let split = |link: &'_ str| -> usize {
        let after_scheme = link.find("://").map_or(0, |i| i + 3);
        link[after_scheme..]
            .find('/')
            .map_or(link.len(), |i| i + after_scheme)
    };
    let (ha, hb) = (split(a), split(b));
    a[..ha].eq_ignore_ascii_case(&b[..hb]) && a[ha..] == b[hb..]
}

/// Drops trailing sentence punctuation, quotes and unbalanced closing brackets.
fn trim_end(token: &str) -> &str {
    let mut out = token;
    while let Some(last) = out.chars().last() {
        let unbalanced = (last == ')' && out.matches('(').count() < out.matches(')').count())
            || (last == ']' && !out.contains('['));
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '*' | '_'
        ) || unbalanced
        {
            out = &out[..out.len() - 1];
        } else {
            break;
        }
    }
    out
}

fn is_link(token: &str) -> bool {
    // Schemes and top-level domains are letters: `4.01.2019` is no link.
    // Links are short: bytes are searched one by one, without a searcher to set up.
    if !token.bytes().any(|b| b == b'.')
        || !token.bytes().any(|b| b.is_ascii_alphabetic() || b == b'@')
    {
        return false;
    }
    if let Some(scheme) = token.as_bytes().windows(3).position(|w| w == b"://") {
        return scheme > 0
            && token[..scheme].bytes().all(|b| b.is_ascii_alphabetic())
            && token.len() > scheme + 3;
    }
    if let Some(rest) = token.strip_prefix("www.") {
        return rest.contains('.');
    }
    if let Some(at) = token.find('@') {
        let (local, domain) = (&token[..at], &token[at + 1..]);
        return !local.is_empty() && is_domain(domain);
    }
    let host = token.split('/').next().unwrap_or_default();
    is_domain(host) && {
        let tld = host.rsplit('.').next().unwrap_or_default();
        TLDS.contains(&tld)
    }
}

fn is_domain(host: &str) -> bool {
    let mut labels = 0;
    let mut last = "";
    for label in host.split('.') {
        if label.is_empty()
            || !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && last.len() >= 2 && last.bytes().all(|b| b.is_ascii_lowercase())
}

pub(crate) fn check(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    let source_links = links(source.text);
    let target_links = links(target.text);
    if source_links.is_empty() && target_links.is_empty() {
        return;
    }
    let mut unmatched: Vec<&(Range<usize>, &str)> = target_links.iter().collect();
    for (range, link) in &source_links {
        match unmatched.iter().position(|(_, t)| same_link(t, link)) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => {
                let message = Message::new("url-missing").arg("url", *link);
                out.push(Finding::new(Check::UrlMismatch, message).with(|d| {
                    d.primary(target.whole(), None).secondary(
                        source.span(range.clone()),
                        Some(Message::new("label-source")),
                    )
                }));
            }
        }
    }
    for (range, link) in unmatched {
        let message = Message::new("url-added").arg("url", *link);
        out.push(
            Finding::new(Check::UrlMismatch, message)
                .with(|d| d.primary(target.span(range.clone()), None)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::links;
    use crate::units::test_support::{check, messages};

    #[test]
    fn finds_links_without_sentence_punctuation() {
        let text =
            "See https://example.org/docs. Or (www.example.com/a_(b)), mail ivan@example.ru.";
        let found: Vec<&str> = links(text).into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            found,
            [
                "https://example.org/docs",
                "www.example.com/a_(b)",
                "ivan@example.ru"
            ]
        );
        assert!(links("e.g. Node.js and index.html, version 1.2.").is_empty());
        assert_eq!(
            links("詳細はhttps://example.jp/docsをご覧ください。")[0].1,
            "https://example.jp/docs"
        );
        assert_eq!(
            links("詳細は https://example.jp/docs をご覧ください。")[0].1,
            "https://example.jp/docs"
        );
    }

    #[test]
    fn hosts_ignore_case_and_turkish_suffixes() {
        assert!(
            check(
                "en",
                "Sturridge told LiverpoolFC.com.",
                "tr",
                "Sturridge LiverpoolFC.com'a konuştu."
            )
            .is_empty()
        );
        assert!(
            check(
                "en",
                "as weather.com reported.",
                "tr",
                "Weather.com'un haberine göre."
            )
            .is_empty()
        );
        assert_eq!(
            messages(&check(
                "en",
                "See https://example.org/Docs.",
                "ru",
                "См. https://example.org/docs."
            )),
            [
                "N003 url-missing(url=https://example.org/Docs)",
                "N003 url-added(url=https://example.org/docs)"
            ]
        );
    }

    #[test]
    fn a_period_after_a_url_is_not_a_mismatch() {
        assert!(
            check(
                "en",
                "See https://example.org/docs for details.",
                "ru",
                "Подробности см. на https://example.org/docs."
            )
            .is_empty()
        );
        assert!(
            check(
                "en",
                "Write to help@example.org.",
                "tr",
                "help@example.org adresine yazın."
            )
            .is_empty()
        );
        assert_eq!(
            messages(&check(
                "en",
                "See https://example.org/docs for details.",
                "ru",
                "Подробности см. на example.org."
            )),
            [
                "N003 url-missing(url=https://example.org/docs)",
                "N003 url-added(url=example.org)"
            ]
        );
        assert_eq!(
            messages(&check(
                "en",
                "Write to help@example.org.",
                "ja",
                "help@example.jp までご連絡ください。"
            )),
            [
                "N003 url-missing(url=help@example.org)",
                "N003 url-added(url=help@example.jp)"
            ]
        );
    }
}
