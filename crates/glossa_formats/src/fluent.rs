//! Project Fluent `.ftl` reader (fluent-syntax underneath).
//!
//! One unit per message value (`id`), message attribute (`id.attr`), term value (`-brand`) and
//! term attribute (`-brand.attr`). Placeables are written into the text in their canonical form
//! (`{ $name }`, `{ -brand }`, `{ NUMBER($n, style: "percent") }`, `{ msg.attr }`).
//!
//! Select expressions are flattened: each combination of variants becomes its own unit with id
//! `id[key]` (`emails[one]`, `emails[*other]` is written `emails[other]`; nested or repeated
//! selects append one `[key]` each), flags `variant:KEY` per select and `default-variant` when
//! every chosen variant is the default one. At most [`MAX_COMBINATIONS`] combinations are
//! produced per pattern; beyond that further selects contribute only their default variant.
//! Notes: the comment attached to the message. Syntax errors and duplicate ids are errors.

use std::collections::HashSet;
use std::ops::Range;

use fluent_syntax::ast;

use crate::position::LineIndex;
use crate::{FormatError, FormatErrorKind, FormatKind, ParsedFile, Unit, Variant};

/// Most variant combinations produced for one pattern.
pub(crate) const MAX_COMBINATIONS: usize = 64;
/// Deepest placeable nesting accepted (guards the recursive parser).
pub(crate) const MAX_NESTING: usize = 100;

/// Parse an FTL text.
pub(crate) fn parse(text: &str) -> Result<ParsedFile, FormatError> {
    let index = LineIndex::new(text);
    if let Some(at) = too_deep(text) {
        let (line, column) = index.line_col(at);
        return Err(FormatError::new(
            line,
            column,
            FormatErrorKind::TooDeep(MAX_NESTING),
        ));
    }
    if let Some(at) = broken_unicode_escape(text) {
        let (line, column) = index.line_col(at);
        return Err(FormatError::syntax(
            line,
            column,
            "invalid unicode escape sequence".to_owned(),
        ));
    }
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
        let first = errors.iter().min_by_key(|e| e.pos.start);
        let (at, message) = first.map_or((0, "syntax error".to_owned()), |e| {
            (e.pos.start, e.kind.to_string())
        });
        let (line, column) = index.line_col(at);
        FormatError::syntax(line, column, message)
    })?;
    let reader = Reader {
        text,
        index: &index,
    };
    let mut units = Vec::new();
    let mut seen = HashSet::new();
    for entry in &resource.body {
        let (id, value, attributes, comment) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_owned(),
                m.value.as_ref(),
                &m.attributes,
                m.comment.as_ref(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                Some(&t.value),
                &t.attributes,
                t.comment.as_ref(),
            ),
            _ => continue,
        };
        let id_at = reader.offset(id.trim_start_matches('-'), entry_id_name(entry));
        if !seen.insert(id.clone()) {
            let (line, column) = index.line_col(id_at);
            return Err(FormatError::new(
                line,
                column,
                FormatErrorKind::DuplicateId(id),
            ));
        }
        let notes: Vec<String> = comment.map(|c| c.content.join("\n")).into_iter().collect();
        if let Some(pattern) = value {
            reader.push_units(&mut units, &id, id_at, pattern, &notes);
        }
        for attribute in attributes {
            let attr_at = reader.offset(attribute.id.name, attribute.id.name);
            reader.push_units(
                &mut units,
                &format!("{id}.{}", attribute.id.name),
                attr_at,
                &attribute.value,
                &notes,
            );
        }
    }
    Ok(ParsedFile {
        kind: FormatKind::Fluent,
        source_lang: None,
        target_lang: None,
        units,
    })
}

fn entry_id_name<'s>(entry: &ast::Entry<&'s str>) -> &'s str {
    match entry {
        ast::Entry::Message(m) => m.id.name,
        ast::Entry::Term(t) => t.id.name,
        _ => "",
    }
}

/// Offset of the first `{` nested deeper than [`MAX_NESTING`] (string literals skipped).
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\n'
                if bytes
                    .get(i + 1)
                    .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'-') =>
            {
                depth = 0
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Offset of a `\\u`/`\\U` escape in a string literal cut short by a non-ASCII character
/// (`"\\u00Ж"`): fluent-syntax 0.12 panics there, slicing its error message inside that character.
fn broken_unicode_escape(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => depth += 1,
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    if bytes[i] != b'\\' {
                        i += 1;
                        continue;
                    }
                    let digits = match bytes.get(i + 1) {
                        Some(b'u') => 4,
                        Some(b'U') => 6,
                        _ => 0,
                    };
                    let rest = bytes.get(i + 2..).unwrap_or_default();
                    let hex = rest
                        .iter()
                        .take(digits)
                        .take_while(|b| b.is_ascii_hexdigit())
                        .count();
                    if hex < digits && rest.get(hex).is_some_and(|b| !b.is_ascii()) {
                        return Some(i);
                    }
                    i += 2;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// One flattened rendering of a pattern: chosen variant keys (with "is default") and the text.
#[derive(Clone, Default)]
struct Alternative {
    keys: Vec<(String, bool)>,
    text: String,
}

struct Reader<'t, 'i> {
    text: &'t str,
    index: &'i LineIndex<'t>,
}

impl Reader<'_, '_> {
    /// Byte offset of `slice` (a sub-slice of the text), else of `fallback`.
    fn offset(&self, slice: &str, fallback: &str) -> usize {
        let base = self.text.as_ptr() as usize;
        [slice, fallback]
            .iter()
            .map(|s| (s.as_ptr() as usize).wrapping_sub(base))
            .find(|&o| o <= self.text.len())
            .unwrap_or(0)
    }

    fn push_units(
        &self,
        units: &mut Vec<Unit>,
        id: &str,
        id_at: usize,
        pattern: &ast::Pattern<&str>,
        notes: &[String],
    ) {
        let line = self.index.line(id_at);
        let span = self.pattern_span(id_at, pattern);
        let alternatives = render_pattern(pattern);
        let flattened = alternatives.len() > 1 || alternatives.iter().any(|a| !a.keys.is_empty());
        for alt in alternatives {
            let mut unit_id = id.to_owned();
            let mut flags = Vec::new();
            for (key, _) in &alt.keys {
                unit_id.push_str(&format!("[{key}]"));
                flags.push(format!("variant:{key}"));
            }
            if flattened && alt.keys.iter().all(|(_, default)| *default) {
                flags.push("default-variant".to_owned());
            }
            units.push(Unit {
                id: unit_id,
                line,
                variants: vec![Variant {
                    lang: None,
                    text: alt.text,
                    span: span.clone(),
                    codes: Vec::new(),
                }],
                flags,
                notes: notes.to_vec(),
            });
        }
    }

    /// From the first non-blank character after the `=` following the id to the end of the pattern.
    fn pattern_span(&self, id_at: usize, pattern: &ast::Pattern<&str>) -> Range<usize> {
        let bytes = self.text.as_bytes();
        let mut start = id_at;
        while start < bytes.len() && bytes[start] != b'=' {
            start += 1;
        }
        start += 1;
        while start < bytes.len() && bytes[start].is_ascii_whitespace() {
            start += 1;
        }
        let mut end = start;
        self.pattern_end(pattern, &mut end);
        // A pattern ending in a placeable ends after its closing brace.
        let ends_in_placeable = matches!(
            pattern.elements.last(),
            Some(ast::PatternElement::Placeable { .. })
        );
        if let Some(close) = self
            .text
            .get(end..)
            .and_then(|rest| rest.find('}'))
            .filter(|_| ends_in_placeable)
        {
            end += close + 1;
        }
        start.min(bytes.len())..end.clamp(start.min(bytes.len()), bytes.len())
    }

    fn slice_end(&self, s: &str, end: &mut usize) {
        let at = self.offset(s, "");
        if at <= self.text.len() && at + s.len() > *end {
            *end = at + s.len();
        }
    }

    fn pattern_end(&self, pattern: &ast::Pattern<&str>, end: &mut usize) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.slice_end(value, end),
                ast::PatternElement::Placeable { expression } => {
                    self.expression_end(expression, end)
                }
            }
        }
    }

    fn expression_end(&self, expression: &ast::Expression<&str>, end: &mut usize) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline_end(selector, end);
                for v in variants {
                    self.pattern_end(&v.value, end);
                }
            }
            ast::Expression::Inline(inline) => self.inline_end(inline, end),
        }
    }

    fn inline_end(&self, inline: &ast::InlineExpression<&str>, end: &mut usize) {
        match inline {
            ast::InlineExpression::StringLiteral { value }
            | ast::InlineExpression::NumberLiteral { value } => self.slice_end(value, end),
            ast::InlineExpression::FunctionReference { id, .. }
            | ast::InlineExpression::VariableReference { id } => self.slice_end(id.name, end),
            ast::InlineExpression::MessageReference { id, attribute }
            | ast::InlineExpression::TermReference { id, attribute, .. } => {
                self.slice_end(attribute.as_ref().map_or(id.name, |a| a.name), end);
            }
            ast::InlineExpression::Placeable { expression } => self.expression_end(expression, end),
        }
    }
}

fn render_pattern(pattern: &ast::Pattern<&str>) -> Vec<Alternative> {
    let mut alternatives = vec![Alternative::default()];
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                alternatives.iter_mut().for_each(|a| a.text.push_str(value))
            }
            ast::PatternElement::Placeable { expression } => {
                alternatives = render_expression(expression, alternatives)
            }
        }
    }
    alternatives
}

fn render_expression(
    expression: &ast::Expression<&str>,
    alternatives: Vec<Alternative>,
) -> Vec<Alternative> {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression })
            if matches!(**expression, ast::Expression::Select { .. }) =>
        {
            render_expression(expression, alternatives)
        }
        ast::Expression::Inline(inline) => {
            let placeable = format!("{{ {} }}", inline_source(inline));
            alternatives
                .into_iter()
                .map(|mut a| {
                    a.text.push_str(&placeable);
                    a
                })
                .collect()
        }
        ast::Expression::Select { variants, .. } => {
            let only_default = alternatives.len() * variants.len() > MAX_COMBINATIONS;
            let mut out = Vec::new();
            for alt in alternatives {
                for variant in variants.iter().filter(|v| v.default || !only_default) {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    };
                    for inner in render_pattern(&variant.value) {
                        let mut combined = alt.clone();
                        combined.keys.push((key.clone(), variant.default));
                        combined.keys.extend(inner.keys);
                        combined.text.push_str(&inner.text);
                        out.push(combined);
                    }
                }
            }
            out.truncate(MAX_COMBINATIONS.max(1));
            out
        }
    }
}

/// Canonical source of an inline expression (without the surrounding braces).
fn inline_source(inline: &ast::InlineExpression<&str>) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        ast::InlineExpression::NumberLiteral { value } => (*value).to_owned(),
        ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
        ast::InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.to_owned(),
        },
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let mut s = format!("-{}", id.name);
            if let Some(a) = attribute {
                s.push('.');
                s.push_str(a.name);
            }
            if let Some(args) = arguments {
                s.push_str(&call_arguments(args));
            }
            s
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            format!("{}{}", id.name, call_arguments(arguments))
        }
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(inner) => format!("{{ {} }}", inline_source(inner)),
            ast::Expression::Select { selector, .. } => {
                format!("{{ {} -> … }}", inline_source(selector))
            }
        },
    }
}

fn call_arguments(args: &ast::CallArguments<&str>) -> String {
    let parts: Vec<String> = args
        .positional
        .iter()
        .map(inline_source)
        .chain(
            args.named
                .iter()
                .map(|n| format!("{}: {}", n.name.name, inline_source(&n.value))),
        )
        .collect();
    format!("({})", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unicode_escape_cut_by_a_multibyte_character_is_a_syntax_error() {
        // Found by the fluent fuzz target: fluent-syntax panicked on these.
        for text in [
            "greeting = Привет, { \"\\u00Ж\" }!\n",
            "title = { \"\\U01F6日本\" }\n",
            "x = { \"\\u\u{1c4}\" }\n",
        ] {
            let err = parse(text).unwrap_err();
            assert_eq!((err.line, err.kind.code()), (1, "syntax"), "{text:?}");
        }
        let ok = parse("path = C:\\users\\Ürün { \"\\u00E7\" }\n").unwrap();
        assert!(ok.units[0].variants[0].text.starts_with("C:\\users\\Ürün "));
    }

    fn units(text: &str) -> Vec<Unit> {
        parse(text).map(|f| f.units).unwrap_or_default()
    }

    #[test]
    fn messages_attributes_terms_placeables() {
        let ftl = "-brand = Глосса\n# glossa-ignore: T001\nhello = Привет, { $name }! Это { -brand }.\n    .title = Приветствие\n";
        let u = units(ftl);
        let ids: Vec<_> = u.iter().map(|u| (u.id.as_str(), u.line)).collect();
        assert_eq!(ids, [("-brand", 1), ("hello", 3), ("hello.title", 4)]);
        assert_eq!(u[1].variants[0].text, "Привет, { $name }! Это { -brand }.");
        assert_eq!(
            &ftl[u[1].variants[0].span.clone()],
            "Привет, { $name }! Это { -brand }."
        );
        assert_eq!(u[1].notes, ["glossa-ignore: T001"]);
        assert_eq!(u[2].variants[0].text, "Приветствие");
    }

    #[test]
    fn selects_are_flattened() {
        let ftl =
            "emails = { $count ->\n    [one] Bir e-posta\n   *[other] { $count } e-posta\n}\n";
        let u = units(ftl);
        let ids: Vec<_> = u.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["emails[one]", "emails[other]"]);
        assert_eq!(u[0].variants[0].text, "Bir e-posta");
        assert_eq!(u[1].variants[0].text, "{ $count } e-posta");
        assert_eq!(u[1].flags, ["variant:other", "default-variant"]);
        assert_eq!(u[0].flags, ["variant:one"]);
        assert!(ftl[u[0].span_start()..].starts_with("{ $count ->"));
    }

    #[test]
    fn functions_and_literals() {
        let ftl = "price = { NUMBER($amount, minimumFractionDigits: 2) } 円 { \"{\" }\n";
        assert_eq!(
            units(ftl)[0].variants[0].text,
            "{ NUMBER($amount, minimumFractionDigits: 2) } 円 { \"{\" }"
        );
    }

    #[test]
    fn errors_have_positions() {
        let err = parse("ok = fine\nbroken = { $x ]\nnext = ok\n").err();
        assert_eq!(err.as_ref().map(|e| e.line), Some(2));
        let dup = parse("a = one\nb = two\na = три\n").err();
        assert_eq!(
            dup.map(|e| (e.line, e.kind)),
            Some((3, FormatErrorKind::DuplicateId("a".into())))
        );
        let deep = format!("x = {}\n", "{".repeat(5000));
        assert!(matches!(
            parse(&deep),
            Err(FormatError {
                kind: FormatErrorKind::TooDeep(_),
                ..
            })
        ));
    }

    trait SpanStart {
        fn span_start(&self) -> usize;
    }
    impl SpanStart for Unit {
        fn span_start(&self) -> usize {
            self.variants[0].span.start
        }
    }
}
