//! P001 placeholder-mismatch.
//!
//! Placeholders: printf (`%s`, `%d`, `%1$s`, `%(name)s`, `%5.2f`, Qt `%1`),
//! braces (`{name}`, `{0}`, `{0:N2}`, `{}`), double braces (`{{name}}`),
//! Fluent (`{ $var }`, `{ -term }`, `{ NUMBER($n) }`, selectors) and ICU
//! (`{count, plural, one {…} other {…}}`: the outer argument, plus the
//! placeholders inside the variants). Compared as multisets; when a plural or
//! select repeats placeholders in its variants (and languages have different
//! numbers of variants) they are compared as sets.

use std::ops::Range;

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::UnitText;

/// What syntax a placeholder uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Kind {
    /// `%s`, `%1$d`, `%(name)s`.
    Printf,
    /// Qt and Windows `%1`; in Turkish also a percentage (`%20`).
    Positional,
    /// `{name}`, `{0}`, `{0:N2}`.
    Brace,
    /// `{{name}}`.
    DoubleBrace,
    /// `{ $var }`, `{ -term }`.
    Fluent,
    /// `{count, plural, …}`: the outer argument.
    Icu,
    /// An inline-code marker of a format reader (`{g:1}`, `{/g:1}`, `{ph:2}`): not a
    /// placeholder (P002 compares inline codes), but never a number either.
    InlineCode,
}

/// One placeholder found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Placeholder<'a> {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// Syntax.
    pub kind: Kind,
    /// What must match on the other side (`%1$s`, `name`, `$var`, `count`).
    pub key: &'a str,
    /// Inside a plural or select variant.
    pub nested: bool,
}

impl Placeholder<'_> {
    /// The placeholder as shown in messages.
    fn display(&self, text: &str) -> String {
        match self.kind {
            Kind::Icu => format!("{{{}, …}}", self.key),
            Kind::Fluent => format!("{{ {} }}", self.key),
            _ => text.get(self.range.clone()).unwrap_or(self.key).to_string(),
        }
    }
}

/// Open constructs while scanning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// `{ $x -> [one] … }`: variants are text with placeables.
    FluentSelect,
    /// `{n, plural, ` … `}`: variant keys and `{message}` groups.
    IcuBody,
    /// `{…}` variant message inside an ICU body.
    IcuMessage,
}

/// The placeholders of a text, on the stack for up to four (most texts have none or few).
pub(crate) type Placeholders<'a> = smallvec::SmallVec<[Placeholder<'a>; 4]>;

/// Finds the placeholders of a text, in order.
pub(crate) fn scan(text: &str) -> Placeholders<'_> {
    let bytes = text.as_bytes();
    let mut found = Placeholders::new();
    if memchr::memchr2(b'%', b'{', bytes).is_none() {
        return found;
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // Only `%`, `{` and `}` start or end something.
    while let Some(next) = bytes
        .get(i..)
        .and_then(|rest| memchr::memchr3(b'%', b'{', b'}', rest))
    {
        i += next;
        match bytes[i] {
            b'%' => match printf(bytes, i) {
                Some(end) => {
                    if end > i + 2 || bytes.get(i + 1) != Some(&b'%') {
                        let positional = bytes[end - 1].is_ascii_digit();
                        found.push(Placeholder {
                            range: i..end,
                            kind: if positional {
                                Kind::Positional
                            } else {
                                Kind::Printf
                            },
                            key: &text[i..end],
                            nested: !stack.is_empty(),
                        });
                    }
                    i = end;
                }
                None => i += 1,
            },
            b'{' if stack.last() == Some(&Frame::IcuBody) => {
                stack.push(Frame::IcuMessage);
                i += 1;
            }
            b'{' => {
                let nested = !stack.is_empty();
                i = brace(text, i, nested, &mut stack, &mut found);
            }
            b'}' => {
                stack.pop();
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// The end of a printf conversion starting at `start` (`%`), or `None`.
/// `%%` is returned too (a literal percent sign; the caller skips it).
fn printf(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    if at(i) == b'%' {
        return Some(i + 1);
    }
    if at(i) == b'(' {
        let close = bytes[i..].iter().position(|&b| b == b')')? + i;
        if close == i + 1
            || !bytes[i + 1..close]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            return None;
        }
        i = close + 1;
    }
    let digits_start = i;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    if i > digits_start && at(i) == b'$' {
        i += 1;
    } else if i > digits_start && !is_conversion_start(at(i)) {
        // Qt and Windows style `%1`.
        return (at(digits_start) != b'0').then_some(i);
    } else {
        i = digits_start;
    }
    while matches!(at(i), b'-' | b'+' | b'#' | b'0' | b'\'') {
        i += 1;
    }
    while at(i).is_ascii_digit() || at(i) == b'*' {
        i += 1;
    }
    if at(i) == b'.' {
        i += 1;
        while at(i).is_ascii_digit() || at(i) == b'*' {
            i += 1;
        }
    }
    while matches!(at(i), b'h' | b'l' | b'L' | b'q' | b'j' | b'z' | b't')
        && is_conversion_start(at(i + 1))
    {
        i += 1;
    }
    is_conversion(at(i)).then_some(i + 1)
}

fn is_conversion(b: u8) -> bool {
    b"diouxXeEfFgGaAcspn@".contains(&b)
}

fn is_conversion_start(b: u8) -> bool {
    is_conversion(b)
        || matches!(
            b,
            b'h' | b'l' | b'L' | b'q' | b'j' | b'z' | b't' | b'.' | b'-' | b'+' | b'#' | b'*'
        )
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Parses the placeable opened at `open` and returns where scanning resumes.
fn brace<'a>(
    text: &'a str,
    open: usize,
    nested: bool,
    stack: &mut Vec<Frame>,
    found: &mut Placeholders<'a>,
) -> usize {
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut push = |range: Range<usize>, kind: Kind, key: &'a str| {
        found.push(Placeholder {
            range,
            kind,
            key,
            nested,
        });
    };
    if at(open + 1) == b'{' {
        let Some(close) = text[open + 2..].find("}}").map(|p| p + open + 2) else {
            return open + 2;
        };
        let key = text[open + 2..close].trim();
        if key.is_empty() || key.contains(['{', '\n']) {
            return open + 2;
        }
        push(open..close + 2, Kind::DoubleBrace, key);
        return close + 2;
    }
    let mut i = open + 1;
    while at(i) == b' ' {
        i += 1;
    }
    let head = i;
    match at(i) {
        b'$' | b'-' if is_ident(at(i + 1)) => {
            i += 1;
            while is_ident(at(i)) || at(i) == b'-' {
                i += 1;
            }
            let key = &text[head..i];
            fluent_rest(text, open, i, key, nested, stack, found)
        }
        b'}' => {
            push(open..i + 1, Kind::Brace, "");
            i + 1
        }
        b'A'..=b'Z' if function_call(bytes, i) => {
            // `{ NUMBER($n, …) }`: the variable inside counts.
            while at(i) != b'(' {
                i += 1;
            }
            let args = i;
            let Some(close) = bytes[args..]
                .iter()
                .position(|&b| b == b')')
                .map(|p| p + args)
            else {
                return open + 1;
            };
            let var = bytes[args..close]
                .iter()
                .position(|&b| b == b'$')
                .map(|p| p + args);
            let Some(var) = var else {
                return open + 1;
            };
            let mut end = var + 1;
            while is_ident(at(end)) || at(end) == b'-' {
                end += 1;
            }
            let key = &text[var..end];
            fluent_rest(text, open, close + 1, key, nested, stack, found)
        }
        b if is_ident(b) => {
            while is_ident(at(i)) || at(i) == b'.' {
                i += 1;
            }
            let name = &text[head..i];
            let mut j = i;
            while at(j) == b' ' {
                j += 1;
            }
            match at(j) {
                b'}' => {
                    push(open..j + 1, Kind::Brace, name);
                    j + 1
                }
                b':' | b'!' => {
                    let Some(close) = text[j..].find(['}', '{', '\n']).map(|p| p + j) else {
                        return open + 1;
                    };
                    if at(close) != b'}' {
                        return open + 1;
                    }
                    push(open..close + 1, Kind::Brace, text[head..close].trim_end());
                    close + 1
                }
                b',' => icu(text, open, j, name, nested, stack, found),
                _ => open + 1,
            }
        }
        _ => open + 1,
    }
}

fn function_call(bytes: &[u8], mut i: usize) -> bool {
    while bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_uppercase() || *b == b'_')
    {
        i += 1;
    }
    bytes.get(i) == Some(&b'(')
}

/// After a Fluent head (`$var`, `-term`, a function call) ending at `after`:
/// `}` closes, `->` opens a select, a term's arguments are skipped.
fn fluent_rest<'a>(
    text: &'a str,
    open: usize,
    after: usize,
    key: &'a str,
    nested: bool,
    stack: &mut Vec<Frame>,
    found: &mut Placeholders<'a>,
) -> usize {
    let bytes = text.as_bytes();
    let mut i = after;
    if bytes.get(i) == Some(&b'(') || bytes.get(i) == Some(&b'.') {
        let Some(stop) = text[i..].find(['}', '-', '\n']).map(|p| p + i) else {
            return open + 1;
        };
        i = stop;
    }
    while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
        i += 1;
    }
    match bytes.get(i) {
        Some(b'}') => {
            found.push(Placeholder {
                range: open..i + 1,
                kind: Kind::Fluent,
                key,
                nested,
            });
            i + 1
        }
        Some(b'-') if bytes.get(i + 1) == Some(&b'>') => {
            found.push(Placeholder {
                range: open..i + 2,
                kind: Kind::Fluent,
                key,
                nested,
            });
            stack.push(Frame::FluentSelect);
            i + 2
        }
        _ => open + 1,
    }
}

/// `{name, type…}`: the outer argument; `plural`/`select` bodies are scanned.
fn icu<'a>(
    text: &'a str,
    open: usize,
    comma: usize,
    name: &'a str,
    nested: bool,
    stack: &mut Vec<Frame>,
    found: &mut Placeholders<'a>,
) -> usize {
    let rest = &text[comma + 1..];
    let kind_word = rest
        .trim_start()
        .split([',', '}', ' '])
        .next()
        .unwrap_or_default();
    let is_body = matches!(kind_word, "plural" | "select" | "selectordinal");
    if is_body {
        let Some(body) = rest.find(',').map(|p| comma + 1 + p + 1) else {
            return open + 1;
        };
        found.push(Placeholder {
            range: open..body,
            kind: Kind::Icu,
            key: name,
            nested,
        });
        stack.push(Frame::IcuBody);
        return body;
    }
    let Some(close) = rest.find(['}', '{', '\n']).map(|p| comma + 1 + p) else {
        return open + 1;
    };
    if text.as_bytes().get(close) != Some(&b'}') {
        return open + 1;
    }
    found.push(Placeholder {
        range: open..close + 1,
        kind: Kind::Icu,
        key: name,
        nested,
    });
    close + 1
}

/// Inline-code kinds a format reader writes as markers (`glossa_formats`: `{kind:id}`,
/// `{/kind:id}`, `{kind}`).
const CODE_KINDS: [&str; 13] = [
    "ph", "g", "pc", "x", "bx", "ex", "sc", "ec", "it", "bpt", "ept", "hi", "ut",
];

/// In a text with inline codes (`codes` not empty), their markers replace whatever the scan
/// took them for: they become [`Kind::InlineCode`] entries, which P001 skips and the number
/// checks mask (the `1` of `{/g:1}` is an id, not a number).
#[inline(always)]
pub(crate) fn mark_inline_codes<'a>(text: &'a str, codes: &[String], found: &mut Placeholders<'a>) {
    if !codes.is_empty() {
        mark_codes(text, codes, found);
    }
}

/// [`mark_inline_codes`] of a text with inline codes.
fn mark_codes<'a>(text: &'a str, codes: &[String], found: &mut Placeholders<'a>) {
    let mut markers = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|p| p + from) {
        let Some(close) = text[open..].find('}').map(|p| p + open) else {
            break;
        };
        let inner = &text[open + 1..close];
        let body = inner.strip_prefix('/').unwrap_or(inner);
        let (kind, id) = body.split_once(':').unwrap_or((body, ""));
        if CODE_KINDS.contains(&kind) && (id.is_empty() || codes.iter().any(|c| c == id)) {
            markers.push(Placeholder {
                range: open..close + 1,
                kind: Kind::InlineCode,
                key: inner,
                nested: false,
            });
            from = close + 1;
        } else {
            from = open + 1;
        }
    }
    if markers.is_empty() {
        return;
    }
    found.retain(|p| {
        !markers
            .iter()
            .any(|m| p.range.start < m.range.end && m.range.start < p.range.end)
    });
    found.extend(markers);
    found.sort_by_key(|p| p.range.start);
}

/// Turkish puts the percent sign before a number (`%20`): unless the other
/// side uses Qt-style `%1` placeholders, such tokens are percentages.
#[inline(always)]
pub(crate) fn drop_turkish_percentages(
    lang: &glossa_text::Lang,
    found: &mut Placeholders<'_>,
    other: &[Placeholder<'_>],
) {
    // Most texts have no placeholder: the language is not looked at.
    if !found.is_empty()
        && lang.primary() == "tr"
        && !other.iter().any(|p| p.kind == Kind::Positional)
    {
        found.retain(|p| p.kind != Kind::Positional);
    }
}

/// A variant of a flattened Fluent select (flags `message-var:$name`, the variables of the
/// source's whole message): the translation's variant may use a variable that this source
/// variant does not, when another part of the source message uses it (Russian `[one]` also
/// covers 21, so it shows `{ $days }` where English `[one]` does not). A variable absent
/// from the whole source message is still reported.
pub(crate) fn allow_message_variables(
    flags: &[String],
    source: &[Placeholder<'_>],
    target: &mut Placeholders<'_>,
) {
    if !flags.iter().any(|f| f.starts_with("message-var:")) {
        return;
    }
    let in_message = |key: &str| {
        flags
            .iter()
            .filter_map(|f| f.strip_prefix("message-var:"))
            .any(|v| v == key)
    };
    target.retain(|p| {
        p.kind != Kind::Fluent
            || !in_message(p.key)
            || source
                .iter()
                .any(|s| s.kind == Kind::Fluent && s.key == p.key)
    });
}

/// gettext `no-c-format` (and the like) says `%` is not a placeholder in
/// this unit, `no-python-brace-format` the same of braces.
pub(crate) fn drop_by_flags(flags: &[String], found: &mut Placeholders<'_>) {
    if flags.is_empty() || found.is_empty() {
        return;
    }
    let has = |wanted: &[&str]| flags.iter().any(|f| wanted.contains(&f.trim()));
    if has(&[
        "no-c-format",
        "no-python-format",
        "no-php-format",
        "no-perl-format",
        "no-sh-format",
    ]) {
        found.retain(|p| !matches!(p.kind, Kind::Printf | Kind::Positional));
    }
    if has(&["no-python-brace-format", "no-csharp-format"]) {
        found.retain(|p| p.kind != Kind::Brace);
    }
}

/// Multiset difference of sorted keys: (only in `a`, only in `b`) as indices.
pub(crate) fn diff<T: Ord>(a: &[(T, usize)], b: &[(T, usize)]) -> (Vec<usize>, Vec<usize>) {
    let (mut only_a, mut only_b) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                only_a.push(x.1);
                i += 1;
            }
            (Some(x), None) => {
                only_a.push(x.1);
                i += 1;
            }
            (_, Some(y)) => {
                only_b.push(y.1);
                j += 1;
            }
            (None, None) => break,
        }
    }
    only_a.sort_unstable();
    only_b.sort_unstable();
    (only_a, only_b)
}

fn keyed<'a>(found: &[Placeholder<'a>], as_set: bool) -> Vec<((Kind, &'a str), usize)> {
    let mut keys: Vec<((Kind, &str), usize)> = found
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind != Kind::InlineCode)
        .map(|(i, p)| ((p.kind, p.key), i))
        .collect();
    keys.sort_unstable();
    if as_set {
        keys.dedup_by(|a, b| a.0 == b.0);
    }
    keys
}

/// P001: placeholders of source and target must agree. A missing and an
/// added placeholder are reported together as changed.
pub(crate) fn compare(
    source: &UnitText<'_>,
    target: &UnitText<'_>,
    source_found: &[Placeholder<'_>],
    target_found: &[Placeholder<'_>],
    out: &mut Vec<Finding>,
) {
    let real = |found: &[Placeholder<'_>]| found.iter().any(|p| p.kind != Kind::InlineCode);
    if !real(source_found) && !real(target_found) {
        return;
    }
    let as_set = source_found.iter().chain(target_found).any(|p| p.nested);
    let (missing, added) = diff(&keyed(source_found, as_set), &keyed(target_found, as_set));
    let changed = missing.len().min(added.len());
    for (&m, &a) in missing.iter().zip(&added) {
        let (src, tgt) = (&source_found[m], &target_found[a]);
        let message = Message::new("placeholder-changed")
            .arg("expected", src.display(source.text))
            .arg("found", tgt.display(target.text));
        out.push(Finding::new(Check::PlaceholderMismatch, message).with(|d| {
            d.primary(target.span(tgt.range.clone()), None).secondary(
                source.span(src.range.clone()),
                Some(Message::new("label-source")),
            )
        }));
    }
    for &m in &missing[changed..] {
        let src = &source_found[m];
        let message =
            Message::new("placeholder-missing").arg("placeholder", src.display(source.text));
        out.push(Finding::new(Check::PlaceholderMismatch, message).with(|d| {
            d.primary(target.whole(), None).secondary(
                source.span(src.range.clone()),
                Some(Message::new("label-source")),
            )
        }));
    }
    for &a in &added[changed..] {
        let tgt = &target_found[a];
        let message =
            Message::new("placeholder-added").arg("placeholder", tgt.display(target.text));
        out.push(
            Finding::new(Check::PlaceholderMismatch, message)
                .with(|d| d.primary(target.span(tgt.range.clone()), None)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::test_support::{check, messages};

    fn keys(text: &str) -> Vec<String> {
        scan(text).iter().map(|p| p.display(text)).collect()
    }

    #[test]
    fn scans_every_placeholder_syntax() {
        assert_eq!(
            keys("Copied %s of %1$d files (100%% done) at %5.2f, %(name)s and %1"),
            ["%s", "%1$d", "%5.2f", "%(name)s", "%1"]
        );
        assert_eq!(
            keys("{name}, {0}, {0:N2}, {}, {{count}}"),
            ["{name}", "{0}", "{0:N2}", "{}", "{{count}}"]
        );
        assert_eq!(
            keys("Open { -brand-name } for { $user } ({ NUMBER($size) })"),
            ["{ -brand-name }", "{ $user }", "{ $size }"]
        );
        assert_eq!(
            keys("{count, plural, one {# file in {folder}} other {# files in {folder}}}"),
            ["{count, …}", "{folder}", "{folder}"]
        );
        // Percent signs in prose are not placeholders.
        assert!(keys("Скидка 50% до конца недели, % от суммы").is_empty());
        // Turkish writes the percent sign first: `%20` is a number there.
        assert!(check("en", "Save 20% today.", "tr", "Bugün %20 tasarruf edin.").is_empty());
        assert_eq!(keys("Qt style %1 and %2"), ["%1", "%2"]);
    }

    #[test]
    fn reports_missing_added_and_changed_placeholders() {
        let found = check(
            "en",
            "Click %s to open %d files.",
            "ru",
            "Нажмите, чтобы открыть %s файлов.",
        );
        assert_eq!(
            messages(&found),
            ["P001 placeholder-missing(placeholder=%d)"]
        );
        let found = check("en", "Copy %d files?", "ru", "Скопировать %s файлов?");
        assert_eq!(
            messages(&found),
            ["P001 placeholder-changed(expected=%d, found=%s)"]
        );
        let found = check("en", "Hello, {name}!", "tr", "Merhaba, name!");
        assert_eq!(
            messages(&found),
            ["P001 placeholder-missing(placeholder={name})"]
        );
        let found = check(
            "en",
            "Hello, { $user }!",
            "ja",
            "こんにちは、{ $user }さん{ $user }！",
        );
        assert_eq!(
            messages(&found),
            ["P001 placeholder-added(placeholder={ $user })"]
        );
        let found = check("en", "Saved %1$s in %2$s.", "ru", "%2$s: сохранено %1$s.");
        assert!(found.is_empty());
    }

    #[test]
    fn plural_variants_compare_as_sets() {
        let found = check(
            "en",
            "{ $n ->\n [one] { $n } file\n *[other] { $n } files\n}",
            "ru",
            "{ $n ->\n [one] { $n } файл\n [few] { $n } файла\n *[other] { $n } файлов\n}",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = check(
            "en",
            "{count, plural, one {# day} other {# days}}",
            "ja",
            "{days, plural, other {#日}}",
        );
        assert_eq!(
            messages(&found),
            ["P001 placeholder-changed(expected={count, …}, found={days, …})"]
        );
    }

    /// A dropped XLIFF `<g id="1">` is one P002 finding: its markers are neither placeholders
    /// nor numbers; real placeholders next to inline codes are still compared.
    #[test]
    fn inline_code_markers_are_not_placeholders_or_numbers() {
        use crate::settings::Settings;
        use crate::units::test_support::{lang, unit};
        use crate::units::{UnitPair, check_units};
        let (en, ru) = (lang("en"), lang("ru"));
        let codes = vec!["1".to_string()];
        let mut source = unit(
            0,
            &en,
            "Read the {g:1}joint statement{/g:1} of the two ministries.",
        );
        source.codes = &codes;
        let pair = |target| UnitPair {
            source,
            target: Some(unit(1, &ru, target)),
            flags: &[],
            notes: &[],
        };
        let found = check_units(
            &[pair("Прочитайте совместное заявление двух министерств.")],
            &Settings::default(),
        );
        assert_eq!(messages(&found), ["P002 inline-tag-missing(tag=1)"]);
        let mut source = unit(0, &en, "{bpt:1}Saved{ept:1} {0} files");
        source.codes = &codes;
        let found = check_units(
            &[UnitPair {
                source,
                ..pair("Сохранено {1} файлов")
            }],
            &Settings::default(),
        );
        assert_eq!(
            messages(&found),
            [
                "P001 placeholder-changed(expected={0}, found={1})",
                "P002 inline-tag-missing(tag=1)"
            ]
        );
    }

    /// A Fluent select is compared over the whole message: a variable the source uses in
    /// another variant may appear in this one; one the source never uses may not.
    #[test]
    fn fluent_variants_may_use_any_variable_of_the_source_message() {
        use crate::settings::Settings;
        use crate::units::test_support::{lang, unit};
        use crate::units::{UnitPair, check_units};
        let (en, ru) = (lang("en"), lang("ru"));
        let flags = vec!["variant:one".to_string(), "message-var:$days".to_string()];
        let pair = |target| UnitPair {
            source: unit(0, &en, "The visit lasts one day."),
            target: Some(unit(1, &ru, target)),
            flags: &flags,
            notes: &[],
        };
        let found = check_units(
            &[
                pair("Визит продлится { $days } день."),
                pair("Визит { $country } продлится { $days } день."),
            ],
            &Settings::default(),
        );
        assert_eq!(
            messages(&found),
            ["P001 placeholder-added(placeholder={ $country })"]
        );
        // Without the flags (not a select variant), the added variable is reported.
        let found = check(
            "en",
            "The visit lasts one day.",
            "ru",
            "Визит продлится { $days } день.",
        );
        assert_eq!(
            messages(&found),
            ["P001 placeholder-added(placeholder={ $days })"]
        );
    }
}
