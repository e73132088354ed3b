//! SRX 2.0 user rules: the subset that maps onto Rust regular expressions.
//!
//! Supported: `<header cascade>`, `<languagerules>` with `<rule break>`,
//! `<beforebreak>` / `<afterbreak>`, and `<maprules>` with
//! `<languagemap languagepattern languagerulename>`. Patterns use Rust
//! `regex` syntax, which covers the usual SRX rules (classes, `\p{Lu}`,
//! alternation, repetition); look-around and back-references are refused with
//! an error naming the rule. The built-in defaults are not SRX: they are the
//! TOML files in `rules/` (see `rules.rs`).

use std::collections::BTreeMap;
use std::ops::Range;

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};

/// An SRX document or rule that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SrxError {
    /// The document is not well-formed XML.
    #[error("SRX is not well-formed XML: {0}")]
    Xml(String),
    /// A rule pattern does not compile as a Rust regular expression.
    #[error(
        "SRX rule {index} (break=\"{breaks}\") of language rule `{language}`: {part} `{pattern}` cannot be used: {reason}"
    )]
    Rule {
        /// `languagerulename` of the rule's language rule.
        language: String,
        /// 1-based position of the rule inside its language rule.
        index: usize,
        /// `yes` or `no`.
        breaks: &'static str,
        /// `beforebreak` or `afterbreak`.
        part: &'static str,
        /// The pattern as written.
        pattern: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// A `languagepattern` does not compile.
    #[error("SRX languagemap pattern `{pattern}` cannot be used: {reason}")]
    MapPattern {
        /// The pattern as written.
        pattern: String,
        /// Why it cannot be used.
        reason: String,
    },
    /// A `languagemap` names a language rule that does not exist.
    #[error("SRX languagemap refers to unknown language rule `{0}`")]
    UnknownLanguageRule(String),
    /// No `languagemap` matches the language.
    #[error("SRX has no languagemap for language `{0}`")]
    NoRulesForLanguage(String),
}

/// One compiled rule.
#[derive(Debug, Clone)]
struct SrxRule {
    breaks: bool,
    before: Option<Regex>,
    after: Option<Regex>,
}

/// The rules that apply to one language, in SRX order.
#[derive(Debug, Clone)]
pub(crate) struct SrxRules {
    rules: Vec<SrxRule>,
}

/// A rule as read from the document, before compilation.
#[derive(Debug, Default)]
struct RawRule {
    breaks: bool,
    before: String,
    after: String,
}

/// What the reader is inside of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    Before,
    After,
}

#[derive(Debug, Default)]
struct RawDocument {
    cascade: bool,
    languages: Vec<(String, Vec<RawRule>)>,
    maps: Vec<(String, String)>,
}

impl SrxRules {
    /// Parses an SRX document and compiles the rules for `lang`.
    pub(crate) fn parse(srx: &str, lang: &str) -> Result<Self, SrxError> {
        let doc = read_document(srx)?;
        let mut rules = Vec::new();
        let mut matched = false;
        for (pattern, name) in &doc.maps {
            let map =
                Regex::new(&format!("(?i)^(?:{pattern})$")).map_err(|e| SrxError::MapPattern {
                    pattern: pattern.clone(),
                    reason: one_line(&e.to_string()),
                })?;
            if !map.is_match(lang) {
                continue;
            }
            let (_, raw) = doc
                .languages
                .iter()
                .find(|(n, _)| n == name)
                .ok_or_else(|| SrxError::UnknownLanguageRule(name.clone()))?;
            for (i, rule) in raw.iter().enumerate() {
                rules.push(compile(name, i + 1, rule)?);
            }
            matched = true;
            if !doc.cascade {
                break;
            }
        }
        if !matched {
            return Err(SrxError::NoRulesForLanguage(lang.to_string()));
        }
        Ok(Self { rules })
    }

    /// Splits a block of text: the first rule matching at a position decides.
    pub(crate) fn split(&self, text: &str, out: &mut Vec<Range<usize>>) {
        let mut decided: BTreeMap<usize, bool> = BTreeMap::new();
        for rule in &self.rules {
            let positions: Vec<usize> = match (&rule.before, &rule.after) {
                (Some(before), after) => before
                    .find_iter(text)
                    .map(|m| m.end())
                    .filter(|&e| after.as_ref().is_none_or(|a| matches_at(a, text, e)))
                    .collect(),
                (None, Some(after)) => after.find_iter(text).map(|m| m.start()).collect(),
                (None, None) => Vec::new(),
            };
            for pos in positions {
                decided.entry(pos).or_insert(rule.breaks);
            }
        }
        let mut start = 0;
        for (&pos, &breaks) in &decided {
            if breaks && pos > start && pos < text.len() {
                push_trimmed(text, start..pos, out);
                start = pos;
            }
        }
        push_trimmed(text, start..text.len(), out);
    }
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let len = piece.trim().len();
    if len > 0 {
        out.push(range.start + lead..range.start + lead + len);
    }
}

fn matches_at(re: &Regex, text: &str, at: usize) -> bool {
    re.search(&Input::new(text).range(at..).anchored(Anchored::Yes))
        .is_some()
}

fn compile(language: &str, index: usize, rule: &RawRule) -> Result<SrxRule, SrxError> {
    let part = |name: &'static str, pattern: &str| -> Result<Option<Regex>, SrxError> {
        if pattern.is_empty() {
            return Ok(None);
        }
        let error = |reason: String| SrxError::Rule {
            language: language.to_string(),
            index,
            breaks: if rule.breaks { "yes" } else { "no" },
            part: name,
            pattern: pattern.to_string(),
            reason,
        };
        if let Some(construct) = ["(?=", "(?!", "(?<=", "(?<!"]
            .iter()
            .find(|c| pattern.contains(**c))
        {
            return Err(error(format!(
                "look-around `{construct}…)` is not supported by Rust regex; express it with beforebreak/afterbreak"
            )));
        }
        Regex::new(pattern)
            .map(Some)
            .map_err(|e| error(one_line(&e.to_string())))
    };
    Ok(SrxRule {
        breaks: rule.breaks,
        before: part("beforebreak", &rule.before)?,
        after: part("afterbreak", &rule.after)?,
    })
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, SrxError> {
    let attr = e
        .try_get_attribute(name)
        .map_err(|err| SrxError::Xml(err.to_string()))?;
    attr.map(|a| {
        a.normalized_value(XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .map_err(|err| SrxError::Xml(err.to_string()))
    })
    .transpose()
}

fn read_document(srx: &str) -> Result<RawDocument, SrxError> {
    let mut reader = quick_xml::Reader::from_str(srx);
    let mut doc = RawDocument::default();
    let mut field = Field::None;
    let xml_error = |e: quick_xml::Error| SrxError::Xml(e.to_string());
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "header" => doc.cascade = attribute(&e, "cascade")?.as_deref() == Some("yes"),
                "languagerule" => {
                    let name = attribute(&e, "languagerulename")?.unwrap_or_default();
                    doc.languages.push((name, Vec::new()));
                }
                "rule" => {
                    let breaks = attribute(&e, "break")?.as_deref() != Some("no");
                    if let Some((_, rules)) = doc.languages.last_mut() {
                        rules.push(RawRule {
                            breaks,
                            ..RawRule::default()
                        });
                    }
                }
                "beforebreak" => field = Field::Before,
                "afterbreak" => field = Field::After,
                "languagemap" => {
                    let pattern = attribute(&e, "languagepattern")?.unwrap_or_default();
                    let name = attribute(&e, "languagerulename")?.unwrap_or_default();
                    doc.maps.push((pattern, name));
                }
                _ => {}
            },
            Event::End(_) => field = Field::None,
            Event::Text(t) => push_text(&mut doc, field, &t.xml10_content()),
            Event::CData(t) => push_text(&mut doc, field, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().map_err(xml_error)? {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r)
                        .ok_or_else(|| SrxError::Xml(format!("unknown entity `&{};`", &*r)))?
                        .to_string(),
                };
                push_text(&mut doc, field, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(doc)
}

fn push_text(doc: &mut RawDocument, field: Field, text: &str) {
    let Some(rule) = doc.languages.last_mut().and_then(|(_, r)| r.last_mut()) else {
        return;
    };
    match field {
        Field::Before => rule.before.push_str(text),
        Field::After => rule.after.push_str(text),
        Field::None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="Russian">
        <rule break="no"><beforebreak>\b(?:г|т\.\s?е|см)\.</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="no"><beforebreak>\b(?:Mr|Dr)\.</beforebreak><afterbreak>\s</afterbreak></rule>
        <rule break="yes"><beforebreak>[.?!]+["»”]?</beforebreak><afterbreak>\s+\p{Lu}</afterbreak></rule>
        <rule break="yes"><beforebreak>[。！？]</beforebreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="ru.*" languagerulename="Russian"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>"#;

    fn split(rules: &SrxRules, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        rules.split(text, &mut out);
        out.into_iter().map(|r| text[r].to_string()).collect()
    }

    #[test]
    fn cascaded_rules_apply_in_order() {
        let ru = SrxRules::parse(SRX, "ru").unwrap();
        assert_eq!(
            split(
                &ru,
                "В 1956 г. Москва и Токио подписали декларацию. Договора нет."
            ),
            [
                "В 1956 г. Москва и Токио подписали декларацию.",
                "Договора нет."
            ]
        );
        let en = SrxRules::parse(SRX, "en-US").unwrap();
        assert_eq!(
            split(&en, "Mr. Kono left. He was tired."),
            ["Mr. Kono left.", "He was tired."]
        );
        let ja = SrxRules::parse(SRX, "ja").unwrap();
        assert_eq!(split(&ja, "雨だ。帰ろう。"), ["雨だ。", "帰ろう。"]);
        let tr = SrxRules::parse(SRX, "tr").unwrap();
        assert_eq!(
            split(&tr, "Bitti. Yarın görüşürüz."),
            ["Bitti.", "Yarın görüşürüz."]
        );
    }

    #[test]
    fn unusable_rules_are_named_not_dropped() {
        let bad = SRX.replace(r"\b(?:Mr|Dr)\.", r"(?&lt;!\w)(?:Mr|Dr)\.");
        let err = SrxRules::parse(&bad, "en").unwrap_err();
        assert!(
            matches!(&err, SrxError::Rule { language, index: 1, part: "beforebreak", .. } if language == "Default")
        );
        assert!(err.to_string().contains("look-around"), "{err}");

        let bad = SRX.replace(r"\s+\p{Lu}", r"\s+\p{javaUpperCase}");
        let err = SrxRules::parse(&bad, "en").unwrap_err();
        assert!(
            matches!(
                err,
                SrxError::Rule {
                    index: 2,
                    part: "afterbreak",
                    ..
                }
            ),
            "{err}"
        );

        assert!(matches!(
            SrxRules::parse("<srx><body", "en"),
            Err(SrxError::Xml(_))
        ));
        let none = SRX.replace(r#"languagepattern=".*""#, r#"languagepattern="de""#);
        assert_eq!(
            SrxRules::parse(&none, "ja").unwrap_err(),
            SrxError::NoRulesForLanguage("ja".into())
        );
    }

    #[test]
    fn entities_in_patterns_are_resolved() {
        let srx = SRX.replace(r#"[.?!]+["»”]?"#, "[.?!]+&quot;?");
        let en = SrxRules::parse(&srx, "en").unwrap();
        assert_eq!(split(&en, "\"Go.\" They went."), ["\"Go.\"", "They went."]);
    }
}
