//! URLs, bare domain names and e-mail addresses.

use std::ops::Range;

/// A URL or e-mail found in the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    pub range: Range<usize>,
    pub key: String,
    pub email: bool,
}

const TLDS: [&str; 18] = [
    "com", "org", "net", "gov", "edu", "info", "io", "ru", "jp", "tr", "uk", "de", "fr", "us",
    "eu", "int", "co", "me",
];

fn url_char(c: char) -> bool {
    c.is_ascii() && !c.is_ascii_whitespace() && !matches!(c, '"' | '<' | '>')
}

fn trim_end(s: &str) -> &str {
    let mut out = s;
    loop {
        let Some(last) = out.chars().last() else {
            return out;
        };
        let unbalanced_paren = last == ')' && !out.contains('(');
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | ']' | '}' | '\'' | '’' | '。' | '、'
        ) || unbalanced_paren
        {
            out = &out[..out.len() - last.len_utf8()];
        } else {
            return out;
        }
    }
}

fn url_key(url: &str) -> String {
    let lower = url.to_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.trim_end_matches('/').to_string()
}

fn starts_url(rest: &str) -> bool {
    // ASCII prefixes: no other character lowercases to one of their letters.
    let starts = |prefix: &str| {
        rest.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    starts("http://") || starts("https://") || starts("www.")
}

/// Finds URLs (`https://…`, `www.…`, `example.com`) and e-mails; a trailing
/// sentence period or closing bracket is not part of them, nor is the text
/// that follows without a space in Japanese (URLs are taken as ASCII).
pub(crate) fn find_links(text: &str) -> Vec<Link> {
    if may_have_link(text.as_bytes()) {
        search_links(text)
    } else {
        Vec::new()
    }
}

/// [`find_links`] without the quick test.
fn search_links(text: &str) -> Vec<Link> {
    let mut links: Vec<Link> = Vec::new();
    let mut covered = 0usize;
    for (i, c) in text.char_indices() {
        // Links start with an ASCII letter or digit, e-mails are found at `@`.
        if i < covered || !(c.is_ascii_alphanumeric() || c == '@') {
            continue;
        }
        let prev_alnum = text[..i]
            .chars()
            .last()
            .is_some_and(|p| crate::words::is_letter(p) || p.is_numeric());
        if !prev_alnum && starts_url(&text[i..]) {
            let end = text[i..]
                .find(|c: char| !url_char(c))
                .map_or(text.len(), |e| i + e);
            let url = trim_end(&text[i..end]);
            links.push(Link {
                range: i..i + url.len(),
                key: url_key(url),
                email: false,
            });
            covered = i + url.len();
        } else if let Some(link) = match c {
            '@' => email_at(text, i, covered),
            c if c.is_ascii_alphanumeric() && !prev_alnum => domain_at(text, i),
            _ => None,
        } {
            covered = link.range.end;
            links.push(link);
        }
    }
    links
}

/// False when the text has no `@`, no `:` and no period that may be inside a domain name
/// (before a letter, a digit or `-`) or end `www.`: then it has no link.
fn may_have_link(bytes: &[u8]) -> bool {
    memchr::memchr3_iter(b'@', b':', b'.', bytes).any(|i| {
        bytes.get(i) != Some(&b'.')
            || bytes
                .get(i + 1)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-')
            || i.checked_sub(3)
                .and_then(|start| bytes.get(start..i))
                .is_some_and(|www| www.eq_ignore_ascii_case(b"www"))
    })
}

fn email_at(text: &str, at: usize, covered: usize) -> Option<Link> {
    let local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|(_, c)| local(*c))
        .last()
        .map(|(i, _)| i)?;
    if start < covered {
        return None;
    }
    let domain_end = text[at + 1..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .map_or(text.len(), |e| at + 1 + e);
    let domain = trim_end(&text[at + 1..domain_end]);
    let (name, tld) = domain.rsplit_once('.')?;
    if name.is_empty() || tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = at + 1 + domain.len();
    Some(Link {
        range: start..end,
        key: text[start..end].to_lowercase(),
        email: true,
    })
}

fn domain_at(text: &str, start: usize) -> Option<Link> {
    let end = text[start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '/'))
        .map_or(text.len(), |e| start + e);
    if text[end..].starts_with('@') {
        return None;
    }
    let candidate = trim_end(&text[start..end]);
    let host = candidate.split('/').next().unwrap_or("");
    // A domain has two labels at least (most words have no dot at all).
    if !host.contains('.') {
        return None;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last()?.to_lowercase();
    let ok = labels.len() >= 2
        && TLDS.contains(&tld.as_str())
        && labels.iter().all(|l| !l.is_empty())
        && labels[0].chars().any(|c| c.is_ascii_alphabetic());
    ok.then(|| Link {
        range: start..start + candidate.len(),
        key: url_key(candidate),
        email: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_drop_the_sentence_period() {
        let links = find_links("Подробности: https://mid.ru/ru/press/.");
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].key, "mid.ru/ru/press");
        let links = find_links("Details at www.Example.org.");
        assert_eq!(links[0].key, "example.org");
        let links = find_links("詳細はhttps://www.mofa.go.jp/を参照。");
        assert_eq!(links[0].key, "mofa.go.jp");
    }

    #[test]
    fn texts_without_link_marks_are_not_searched() {
        let texts = [
            "Save changes before closing?",
            "Встреча в Москве. Итоги.",
            "Toplantı 4 Ocak'ta. Bitti.",
            "会議は東京で。終わり。",
            "WWW. x",
            "a:b",
            "x@y.com",
            "mid.ru",
        ];
        for text in texts {
            let found = search_links(text);
            assert!(found.is_empty() || may_have_link(text.as_bytes()), "{text}");
        }
        assert!(!may_have_link("Встреча в Москве. Итоги.".as_bytes()));
        assert_eq!(find_links("see www. now").len(), 1);
    }

    #[test]
    fn emails_and_domains() {
        let links = find_links("Yazın: Press@Example.com.tr adresine");
        assert_eq!(links.len(), 1);
        assert!(links[0].email);
        assert_eq!(links[0].key, "press@example.com.tr");
        let links = find_links("CNBC.com reported that U.S. output rose 3.5%.");
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].key, "cnbc.com");
    }
}
