//! Tests over the Fluent sources: they parse, every locale has exactly the ids of
//! English, translations use only variables English defines, and they are translated.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::resources::{LOCALE_FILES, LocaleFile, UI_LANGS};

/// Per message id (`id`, `id.attr`, `-term`): the variables and the literal text.
#[derive(Default)]
struct Entries {
    variables: BTreeMap<String, BTreeSet<String>>,
    text: BTreeMap<String, String>,
}

fn entries(file: &LocaleFile) -> Entries {
    let resource = parser::parse(file.source).unwrap_or_else(|(_, errors)| {
        panic!("{}/{} does not parse: {errors:?}", file.lang, file.name)
    });
    let mut out = Entries::default();
    let mut add = |id: String, pattern: &Pattern<&str>| {
        let mut variables = BTreeSet::new();
        let mut text = String::new();
        walk_pattern(pattern, &mut variables, &mut text);
        assert!(
            out.variables.insert(id.clone(), variables).is_none(),
            "{}/{}: duplicate id {id}",
            file.lang,
            file.name
        );
        out.text.insert(id, text);
    };
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                if let Some(value) = &message.value {
                    add(message.id.name.to_string(), value);
                }
                for attribute in &message.attributes {
                    add(
                        format!("{}.{}", message.id.name, attribute.id.name),
                        &attribute.value,
                    );
                }
            }
            Entry::Term(term) => {
                add(format!("-{}", term.id.name), &term.value);
                for attribute in &term.attributes {
                    add(
                        format!("-{}.{}", term.id.name, attribute.id.name),
                        &attribute.value,
                    );
                }
            }
            Entry::Junk { content } => panic!("{}/{}: junk {content:?}", file.lang, file.name),
            _ => {}
        }
    }
    out
}

fn walk_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                walk_expression(expression, variables, text)
            }
        }
    }
}

fn walk_expression(
    expression: &Expression<&str>,
    variables: &mut BTreeSet<String>,
    text: &mut String,
) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, variables, text);
            for variant in variants {
                walk_pattern(&variant.value, variables, text);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, variables, text),
    }
}

fn walk_inline(
    inline: &InlineExpression<&str>,
    variables: &mut BTreeSet<String>,
    text: &mut String,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, variables, text);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, variables, text);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, variables, text),
        InlineExpression::StringLiteral { value } => text.push_str(value),
        _ => {}
    }
}

fn file(lang: &str, name: &str) -> &'static LocaleFile {
    LOCALE_FILES
        .iter()
        .find(|f| f.lang == lang && f.name == name)
        .unwrap_or_else(|| panic!("no {lang}/{name}"))
}

fn english_files() -> impl Iterator<Item = &'static LocaleFile> {
    LOCALE_FILES.iter().filter(|f| f.lang == UI_LANGS[0])
}

#[test]
fn every_file_parses_without_errors() {
    for file in LOCALE_FILES {
        let entries = entries(file);
        assert!(
            !entries.variables.is_empty(),
            "{}/{} is empty",
            file.lang,
            file.name
        );
    }
}

#[test]
fn every_locale_has_exactly_the_ids_of_english() {
    let mut problems = Vec::new();
    for en_file in english_files() {
        let en: BTreeSet<String> = entries(en_file).variables.into_keys().collect();
        for lang in &UI_LANGS[1..] {
            let other: BTreeSet<String> = entries(file(lang, en_file.name))
                .variables
                .into_keys()
                .collect();
            for id in en.difference(&other) {
                problems.push(format!("{lang}/{}: missing {id}", en_file.name));
            }
            for id in other.difference(&en) {
                problems.push(format!("{lang}/{}: {id} is not in en", en_file.name));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_use_only_variables_english_defines() {
    let mut problems = Vec::new();
    for en_file in english_files() {
        let en = entries(en_file).variables;
        for lang in &UI_LANGS[1..] {
            for (id, variables) in entries(file(lang, en_file.name)).variables {
                let known = en.get(&id).cloned().unwrap_or_default();
                for variable in variables.difference(&known) {
                    problems.push(format!(
                        "{lang}/{}: {id} uses ${variable}, unknown in en",
                        en_file.name
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_are_written_in_their_language() {
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    let japanese =
        |c: char| ('\u{3040}'..='\u{30FF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let mut problems = Vec::new();
    for en_file in english_files() {
        let en = entries(en_file).text;
        for lang in &UI_LANGS[1..] {
            for (id, text) in entries(file(lang, en_file.name)).text {
                let english = en.get(&id).map(String::as_str).unwrap_or_default();
                if english.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                    continue;
                }
                let ok = match *lang {
                    "ru" => text.chars().any(cyrillic),
                    "ja" => text.chars().any(japanese),
                    _ => text != english,
                };
                if !ok {
                    problems.push(format!(
                        "{lang}/{}: {id} looks untranslated: {text:?}",
                        en_file.name
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn planned_messages_format_as_fluent_formats_them() {
    use glossa_diagnostics::{Arg, Localizer, Message};
    let english = english_files()
        .map(entries)
        .fold(Entries::default(), |mut all, e| {
            all.variables.extend(e.variables);
            all
        });
    for lang in UI_LANGS {
        let i18n = crate::I18n::new(lang);
        for (id, variables) in english
            .variables
            .iter()
            .filter(|(id, _)| !id.starts_with('-'))
        {
            // String arguments take the plan; a number or a missing one goes to Fluent.
            for number in [None, variables.first()] {
                let args: Vec<(&str, Arg)> = variables
                    .iter()
                    .map(|name| match Some(name) == number {
                        true => (name.as_str(), Arg::Int(21)),
                        false => (name.as_str(), Arg::from(format!("«{name}» \"1\"").as_str())),
                    })
                    .collect();
                let mut message = Message::new(id.clone());
                for (name, value) in &args {
                    message = message.arg(name.to_string(), value.clone());
                }
                let expected = i18n.tr(id, &args);
                assert_eq!(i18n.format(&message), expected, "{lang} {id}");
                assert_eq!(i18n.format(&message), expected, "{lang} {id}, again");
            }
            let bare = Message::new(id.clone());
            assert_eq!(
                i18n.format(&bare),
                i18n.tr(id, &[]),
                "{lang} {id} without args"
            );
        }
    }
}
