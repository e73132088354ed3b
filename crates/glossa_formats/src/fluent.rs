//! Project Fluent `.ftl` reader (fluent-syntax underneath).
//!
//! One unit per message value (`id`), message attribute (`id.attr`), term value (`-brand`) and
//! term attribute (`-brand.attr`). Placeables are written into the text in their canonical form
//! (`{ $name }`, `{ -brand }`, `{ NUMBER($n, style: "percent") }`, `{ msg.attr }`).
//!
//! Select expressions are flattened: each combination of variants becomes its own unit with id
//! `id[key]` (`emails[one]`, `emails[*other]` is written `emails[other]`; nested or repeated
//! selects append one `[key]` each), flags `variant:KEY` per select and `default-variant` when
//! every chosen variant is the default one; each flattened unit also has a flag
//! `message-var:$name` per variable the whole pattern uses (selectors and every variant), since a
//! translation may use in one variant a variable that the source uses only in another. At most [`MAX_COMBINATIONS`] combinations are
//! produced per pattern; beyond that further selects contribute only their default variant.
//! Notes: the comment attached to the message. Syntax errors and duplicate ids are errors.

use rustc_hash::FxHashSet;
use std::ops::Range;

use fluent_syntax::ast;

use crate::position::LineIndex;
use crate::{FormatError, FormatErrorKind, FormatKind, ParsedFile, Unit, Variant};

/// Most variant combinations produced for one pattern.
pub(crate) const MAX_COMBINATIONS: usize = 64;
/// Deepest nesting of placeables, selects and call arguments accepted (guards the recursive
/// parser of fluent-syntax, see [`prescan`]).
pub(crate) const MAX_NESTING: usize = 100;

/// Parse an FTL text.
pub(crate) fn parse(text: &str) -> Result<ParsedFile, FormatError> {
    let index = LineIndex::new(text);
    if let Some((at, refusal)) = prescan(text) {
        let (line, column) = index.line_col(at);
        return Err(match refusal {
            Refusal::TooDeep => {
                FormatError::new(line, column, FormatErrorKind::TooDeep(MAX_NESTING))
            }
            Refusal::BrokenEscape => {
                FormatError::syntax(line, column, "invalid unicode escape sequence".to_owned())
            }
            Refusal::Ambiguous => FormatError::syntax(
                line,
                column,
                "too many multi-line placeables open at once to check their nesting".to_owned(),
            ),
        });
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
    let mut units = Vec::with_capacity(resource.body.len());
    let mut seen = FxHashSet::default();
    seen.reserve(resource.body.len());
    for entry in &resource.body {
        let (id, value, attributes, comment) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_owned(),
                m.value.as_ref(),
                &m.attributes,
                m.comment.as_ref(),
            ),
            ast::Entry::Term(t) => (
                ["-", t.id.name].concat(),
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
                &[id.as_str(), ".", attribute.id.name].concat(),
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

/// What the pre-scan refuses before fluent-syntax sees the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// Placeables, call arguments and selects nested deeper than [`MAX_NESTING`].
    TooDeep,
    /// A `\u`/`\U` escape in a string literal cut short by a non-ASCII character.
    BrokenEscape,
    /// More than [`MAX_HYPOTHESES`] readings of multi-line placeables to follow at once.
    Ambiguous,
}

/// Most parser states the pre-scan follows at once (see [`prescan`]).
const MAX_HYPOTHESES: usize = 32;

/// Where fluent-syntax's recursive parser stands, as far as nesting is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    /// Inside `{ … }` before any `->`: an expression, call arguments, inline placeables.
    Expr,
    /// After `->`: expecting `[key]`, `*[key]` or the closing `}`.
    Select,
    /// Inside a variant key `[…]`.
    Key,
    /// A variant's text.
    Variant,
    /// At the start of a line of a variant's text (`indented` once a space was seen).
    VariantLineStart { indented: bool },
}

/// One open placeable: its mode and its open call-argument parentheses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Frame {
    mode: Mode,
    parens: usize,
}

/// One possible parser state. No frame: entry level (identifiers, message and attribute text).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Hypothesis {
    frames: Vec<Frame>,
    /// Recursion levels: one per open placeable and per open argument list.
    depth: usize,
    /// Reading an entry's head (`id =`, `-term =`) after a line that may start an entry.
    in_head: bool,
    in_string: bool,
    in_comment: bool,
    skip: usize,
}

enum Step {
    Go,
    /// The parser reports a syntax error here (it then skips to the next entry).
    Dead,
    Refuse(Refusal),
}

impl Hypothesis {
    /// In an entry's text, where [`Hypothesis::step`] changes nothing but
    /// on a brace, a comment mark or a line end.
    fn in_plain_text(&self) -> bool {
        self.frames.is_empty()
            && !self.in_head
            && !self.in_string
            && !self.in_comment
            && self.skip == 0
    }

    fn push(&mut self) {
        self.frames.push(Frame {
            mode: Mode::Expr,
            parens: 0,
        });
        self.depth += 1;
    }

    fn pop(&mut self) {
        if let Some(frame) = self.frames.pop() {
            self.depth -= 1 + frame.parens;
        }
    }

    fn step(&mut self, bytes: &[u8], i: usize, line_start: bool) -> Step {
        let b = bytes[i];
        if self.skip > 0 {
            self.skip -= 1;
            return Step::Go;
        }
        if self.in_comment {
            self.in_comment = b != b'\n';
            return Step::Go;
        }
        if self.in_head {
            return match b {
                b'#' if line_start => {
                    self.in_head = false;
                    self.in_comment = true;
                    Step::Go
                }
                b'=' => {
                    self.in_head = false;
                    Step::Go
                }
                b' ' | b'-' | b'_' => Step::Go,
                _ if b.is_ascii_alphanumeric() => Step::Go,
                // Not an entry: fluent-syntax reports junk and skips to the next entry start.
                _ => Step::Dead,
            };
        }
        if self.in_string {
            return self.string_byte(bytes, i);
        }
        let Some(top) = self.frames.last_mut() else {
            return match b {
                b'#' if line_start => {
                    self.in_comment = true;
                    Step::Go
                }
                b'{' => {
                    self.push();
                    Step::Go
                }
                b'}' => Step::Dead,
                _ => Step::Go,
            };
        };
        match top.mode {
            Mode::Expr => match b {
                b'"' => self.in_string = true,
                b'{' => self.push(),
                b'}' if top.parens == 0 => self.pop(),
                b'(' => {
                    top.parens += 1;
                    self.depth += 1;
                }
                b')' if top.parens > 0 => {
                    top.parens -= 1;
                    self.depth -= 1;
                }
                b'-' if bytes.get(i + 1) == Some(&b'>') => {
                    if top.parens > 0 {
                        return Step::Dead;
                    }
                    top.mode = Mode::Select;
                    self.skip = 1;
                }
                b' ' | b'\n' | b'\r' | b'$' | b'.' | b',' | b':' | b'_' | b'-' => {}
                _ if b.is_ascii_alphanumeric() => {}
                _ => return Step::Dead,
            },
            Mode::Select => match b {
                b' ' | b'\n' | b'\r' | b'*' => {}
                b'[' => top.mode = Mode::Key,
                b'}' => self.pop(),
                _ => return Step::Dead,
            },
            Mode::Key => match b {
                b']' => top.mode = Mode::Variant,
                b' ' | b'\n' | b'\r' | b'-' | b'.' | b'_' => {}
                _ if b.is_ascii_alphanumeric() => {}
                _ => return Step::Dead,
            },
            Mode::Variant => match b {
                b'{' => self.push(),
                b'}' => return Step::Dead,
                b'\n' => top.mode = Mode::VariantLineStart { indented: false },
                _ => {}
            },
            Mode::VariantLineStart { indented } => match b {
                b' ' => top.mode = Mode::VariantLineStart { indented: true },
                b'\r' => {}
                b'\n' => top.mode = Mode::VariantLineStart { indented: false },
                // A placeable continues the text even at column 0.
                b'{' => {
                    top.mode = Mode::Variant;
                    self.push();
                }
                // The variant's text ends: what follows is read as in a select.
                b'}' | b'[' | b'*' => {
                    top.mode = Mode::Select;
                    return self.step(bytes, i, line_start);
                }
                _ if !indented => {
                    top.mode = Mode::Select;
                    return self.step(bytes, i, line_start);
                }
                b'.' => return Step::Dead,
                _ => top.mode = Mode::Variant,
            },
        }
        if self.depth > MAX_NESTING {
            return Step::Refuse(Refusal::TooDeep);
        }
        Step::Go
    }

    /// A byte inside a string literal; escapes are checked as fluent-syntax does.
    fn string_byte(&mut self, bytes: &[u8], i: usize) -> Step {
        match bytes[i] {
            b'"' => self.in_string = false,
            b'\n' => return Step::Dead,
            b'\\' => match bytes.get(i + 1) {
                Some(b'\\' | b'{' | b'"') => self.skip = 1,
                Some(&letter @ (b'u' | b'U')) => {
                    let digits = if letter == b'u' { 4 } else { 6 };
                    let rest = bytes.get(i + 2..).unwrap_or_default();
                    let hex = rest
                        .iter()
                        .take(digits)
                        .take_while(|b| b.is_ascii_hexdigit())
                        .count();
                    if hex < digits {
                        // fluent-syntax 0.12 panics slicing its message inside a multibyte
                        // character; otherwise it reports the escape.
                        return if rest.get(hex).is_some_and(|b| !b.is_ascii()) {
                            Step::Refuse(Refusal::BrokenEscape)
                        } else {
                            Step::Dead
                        };
                    }
                    self.skip = 1 + digits;
                }
                _ => return Step::Dead,
            },
            _ => {}
        }
        Step::Go
    }
}

/// Checks what fluent-syntax 0.12 cannot be trusted with: its parser recurses once per nested
/// placeable (`{ { {`), select (a placeable inside a variant) and call-argument list
/// (`F(F(F(`, `-term(-term(`), without a limit, so deep input overflows the stack; and it panics on
/// a `\u` escape cut by a multibyte character. Returns the offset and reason of the first refusal.
///
/// The scan follows the parser's modes (entry text, expression, select, variant key, variant
/// text, string literal) byte by byte. After a syntax error fluent-syntax skips to the next line
/// starting with a letter, `-` or `#` and starts again at depth 0; such a line may also continue
/// an expression (`{` then `FN(…)` on the next line). So the scan keeps every state the parser
/// may be in: at such a line, a fresh entry state is added, states inside an expression are kept,
/// and states that cannot continue there (or that meet a byte the parser rejects, such as a new
/// entry not of the form `id =`) are dropped.
/// The deepest of them bounds the parser's real depth.
fn prescan(text: &str) -> Option<(usize, Refusal)> {
    let bytes = text.as_bytes();
    let mut states = vec![Hypothesis::default()];
    let mut i = 0;
    while i < bytes.len() {
        let line_start = i == 0 || bytes[i - 1] == b'\n';
        // One state, in an entry's text, inside a line: only braces and a line end matter.
        if !line_start && matches!(states.as_slice(), [h] if h.in_plain_text()) {
            match bytes[i..]
                .iter()
                .position(|&b| matches!(b, b'{' | b'}' | b'#' | b'\n'))
            {
                Some(0) => {}
                Some(skip) => {
                    i += skip;
                    continue;
                }
                None => break,
            }
        }
        let b = bytes[i];
        if line_start && i > 0 && (b.is_ascii_alphabetic() || b == b'-' || b == b'#') {
            states.retain(|h| {
                h.frames
                    .last()
                    .is_some_and(|f| matches!(f.mode, Mode::Expr | Mode::Key))
            });
            states.push(Hypothesis {
                in_head: true,
                ..Hypothesis::default()
            });
            if states.len() > 1 {
                states.sort_unstable();
                states.dedup();
            }
            if states.len() > MAX_HYPOTHESES {
                return Some((i, Refusal::Ambiguous));
            }
        }
        let mut refusal = None;
        states.retain_mut(|h| match h.step(bytes, i, line_start) {
            Step::Go => true,
            Step::Dead => false,
            Step::Refuse(r) => {
                refusal = Some(r);
                true
            }
        });
        if let Some(r) = refusal {
            return Some((i, r));
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
        let mut variables = Vec::new();
        if flattened {
            pattern_variables(pattern, &mut variables);
            variables.sort_unstable();
            variables.dedup();
        }
        for alt in alternatives {
            let mut unit_id = id.to_owned();
            let mut flags = Vec::new();
            for (key, _) in &alt.keys {
                unit_id.push('[');
                unit_id.push_str(key);
                unit_id.push(']');
                flags.push(["variant:", key].concat());
            }
            if flattened && alt.keys.iter().all(|(_, default)| *default) {
                flags.push("default-variant".to_owned());
            }
            flags.extend(variables.iter().map(|v| ["message-var:$", v].concat()));
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
        // (Searched for only then: the search may run to the end of the file.)
        if let Some(close) = (self.text.get(end..))
            .filter(|_| ends_in_placeable)
            .and_then(|rest| memchr::memchr(b'}', rest.as_bytes()))
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
            let mut placeable = String::from("{ ");
            write_inline_source(inline, &mut placeable);
            placeable.push_str(" }");
            let mut alternatives = alternatives;
            for alternative in &mut alternatives {
                alternative.text.push_str(&placeable);
            }
            alternatives
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

/// The names of the variables a pattern uses anywhere: in placeables, selectors, call
/// arguments and every variant.
fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    let arguments = match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.push(id.name);
            return;
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, out);
            return;
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => Some(arguments),
        ast::InlineExpression::TermReference { arguments, .. } => arguments.as_ref(),
        _ => None,
    };
    if let Some(args) = arguments {
        for value in args
            .positional
            .iter()
            .chain(args.named.iter().map(|n| &n.value))
        {
            inline_variables(value, out);
        }
    }
}

/// Canonical source of an inline expression (without the surrounding braces).
/// Writes the source text of `inline` to `out` (pieces pushed one by one: `format!` cost a
/// fifth of reading a large Fluent file).
fn write_inline_source(inline: &ast::InlineExpression<&str>, out: &mut String) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            out.push('"');
            out.push_str(value);
            out.push('"');
        }
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            out.push('$');
            out.push_str(id.name);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(a) = attribute {
                out.push('.');
                out.push_str(a.name);
            }
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            out.push('-');
            out.push_str(id.name);
            if let Some(a) = attribute {
                out.push('.');
                out.push_str(a.name);
            }
            if let Some(args) = arguments {
                write_call_arguments(args, out);
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            write_call_arguments(arguments, out);
        }
        ast::InlineExpression::Placeable { expression } => {
            out.push_str("{ ");
            match &**expression {
                ast::Expression::Inline(inner) => write_inline_source(inner, out),
                ast::Expression::Select { selector, .. } => {
                    write_inline_source(selector, out);
                    out.push_str(" -> …");
                }
            }
            out.push_str(" }");
        }
    }
}

/// Writes `(positional, name: named)` to `out`.
fn write_call_arguments(args: &ast::CallArguments<&str>, out: &mut String) {
    out.push('(');
    let mut first = true;
    let mut separate = |out: &mut String| {
        if !std::mem::take(&mut first) {
            out.push_str(", ");
        }
    };
    for positional in &args.positional {
        separate(out);
        write_inline_source(positional, out);
    }
    for named in &args.named {
        separate(out);
        out.push_str(named.name.name);
        out.push_str(": ");
        write_inline_source(&named.value, out);
    }
    out.push(')');
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

    fn refused_at(text: &str) -> Option<(usize, Refusal)> {
        prescan(text)
    }

    /// Every recursive path of fluent-syntax 0.12's parser, nested `n` levels deep:
    /// (what, head, opening repeated `n` times, closing repeated `n` times, tail).
    fn deep_inputs(n: usize) -> Vec<(&'static str, String)> {
        const SHAPES: [(&str, &str, &str, &str, &str); 13] = [
            ("placeables", "x = ", "{ ", "}", "\n"),
            ("calls", "x = { ", "F(", ")", " }\n"),
            ("lowercase calls", "x = { ", "f(", ")", " }\n"),
            ("term arguments", "x = { ", "-t(", ")", " }\n"),
            ("placeable arguments", "x = { ", "F({ ", "})", " }\n"),
            (
                "selects in variants",
                "x = ",
                "{ $a ->\n *[a] ",
                "\n}",
                "\n",
            ),
            (
                "lines starting with a letter",
                "x = {\n",
                "F({\n",
                "})\n",
                "}\n",
            ),
            (
                "braces after a quote in variant text",
                "x = { $a ->\n *[a] \"",
                "{",
                "",
                "\n}\n",
            ),
            (
                "strings holding closing braces",
                "x = { ",
                "F(\"}\", { ",
                "})",
                " }\n",
            ),
            (
                "closing parentheses in variant text",
                "x = { ",
                "F(\n{ $a ->\n *[a] )\n}, ",
                "",
                "$a }\n",
            ),
            ("an attribute", "x = a\n    .b = ", "{", "", "\n"),
            (
                "an entry after a syntax error",
                "bad = { a b\nok = { ",
                "F(",
                "",
                "\n",
            ),
            (
                "an entry after junk in a placeable",
                "bad = { $a ->\n *[a] x\nok = ",
                "{",
                "",
                "\n",
            ),
        ];
        SHAPES
            .iter()
            .map(|(what, head, open, close, tail)| {
                (
                    *what,
                    [*head, &open.repeat(n), &close.repeat(n), tail].concat(),
                )
            })
            .collect()
    }

    #[test]
    fn every_recursive_construct_is_bounded() {
        // fluent-syntax recursed into these without a limit: a stack overflow (SIGSEGV in the
        // fluent fuzz target, an abort in `glossa check`).
        for (what, text) in deep_inputs(100_000) {
            assert!(
                matches!(refused_at(&text), Some((_, Refusal::TooDeep))),
                "{what}: not refused"
            );
            let err = parse(&text).unwrap_err();
            assert_eq!(err.kind, FormatErrorKind::TooDeep(MAX_NESTING), "{what}");
        }
        let err = parse(&format!("ok = fine\nx = {{ {} }}\n", "F(".repeat(500))).unwrap_err();
        assert_eq!((err.line, err.column), (2, 6 + 2 * MAX_NESTING));
    }

    #[test]
    fn nesting_up_to_the_limit_is_parsed() {
        for (what, text) in deep_inputs(MAX_NESTING / 3) {
            assert_eq!(refused_at(&text), None, "{what}");
            // No stack overflow: the depth is small.
            let _ = parse(&text);
        }
    }

    #[test]
    fn valid_files_are_not_refused() {
        // Balanced constructs repeated far beyond the limit: nothing accumulates.
        let ftl = [
            "multi = {\nNUMBER($n)\n}\n",
            "brace = { \"{\" } and { \"}\" } \\u{ \"\\u00E7\" }\n",
            "text = (see ( this :-( \"{ $a }\n",
            "sel = { $n ->\n    [one] ) one (\n   *[other] { $n } ((\n}\n",
            "# a comment with { an open brace\n-term = { -brand(case: \"gen\") }\n    .attr = x\n",
            "key = { $a ->\n    [\n    one\n    ] one\n   *[other] many\n}\n",
        ]
        .concat()
        .repeat(500);
        assert_eq!(refused_at(&ftl), None);
        for name in ["en", "ru", "ja", "tr"] {
            let path = format!(
                "{}/../../tests/fixtures/formats/fluent/{name}.ftl",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(refused_at(&text), None, "{path}");
        }
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
        assert_eq!(
            u[1].flags,
            ["variant:other", "default-variant", "message-var:$count"]
        );
        assert_eq!(u[0].flags, ["variant:one", "message-var:$count"]);
        assert!(ftl[u[0].span_start()..].starts_with("{ $count ->"));
    }

    #[test]
    fn functions_and_literals() {
        let ftl = "price = { NUMBER($amount, minimumFractionDigits: 2) } 円 { \"{\" }\n";
        assert_eq!(
            units(ftl)[0].variants[0].text,
            "{ NUMBER($amount, minimumFractionDigits: 2) } 円 { \"{\" }"
        );
        let ftl = "x = { -brand(case: \"gen\") } { msg.attr } { { $a } } { DATETIME($d, 5) } { { $n ->\n *[other] n\n} }\n";
        assert_eq!(
            units(ftl)[0].variants[0].text,
            "{ -brand(case: \"gen\") } { msg.attr } { { $a } } { DATETIME($d, 5) } n"
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
