//! P002 inline-tag-mismatch: XLIFF/TMX inline codes (by id, from the
//! reader) and markup tags written in the text (`<b>`, `</a>`, `<br/>`,
//! compared by name and kind, attributes aside) must agree as multisets.
//! When the reader gives inline codes, they stand for the markup and the
//! text's own tags are not compared.

use std::ops::Range;

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::UnitText;
use crate::units::placeholders::diff;

/// Inline-code ids of source and target must agree.
pub(crate) fn compare_codes(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    if source.codes.is_empty() && target.codes.is_empty() {
        return;
    }
    let keys = |codes: &'_ [String]| -> Vec<(String, usize)> {
        let mut keys: Vec<(String, usize)> = codes.iter().cloned().zip(0..).collect();
        keys.sort_unstable();
        keys
    };
    let (missing, added) = diff(&keys(source.codes), &keys(target.codes));
    // The two halves of a paired code share its id (TMX `<bpt i="1">`/`<ept i="1">`, XLIFF 2
    // `<sc id="1">`/`<ec startRef="1">`): a dropped pair is one finding.
    let distinct = |indices: Vec<usize>, codes: &[String]| {
        let mut seen: Vec<&str> = Vec::new();
        indices
            .into_iter()
            .filter(|&i| {
                let id = codes[i].as_str();
                let new = !seen.contains(&id);
                seen.push(id);
                new
            })
            .collect::<Vec<usize>>()
    };
    for m in distinct(missing, source.codes) {
        report_missing(source, target, source.codes[m].as_str(), None, out);
    }
    for a in distinct(added, target.codes) {
        report_added(target, target.codes[a].as_str(), None, out);
    }
}

/// Markup tags of the texts: (byte range, key such as `b`, `/b`, `br/`).
fn markup(text: &str) -> Vec<(Range<usize>, String)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(open) = text[from..].find('<').map(|i| i + from) {
        from = open + 1;
        let closing = bytes.get(open + 1) == Some(&b'/');
        let name_start = open + 1 + usize::from(closing);
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let Some(end) = text[name_start..].find(['>', '<']).map(|i| i + name_start) else {
            break;
        };
        if bytes[end] != b'>' || end - open > 300 {
            continue;
        }
        let name_end = text[name_start..end]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':' || c == '_'))
            .map_or(end, |i| i + name_start);
        let self_closing = text[..end].ends_with('/');
        let mut key = String::with_capacity(name_end - name_start + 2);
        if closing {
            key.push('/');
        }
        key.push_str(&text[name_start..name_end].to_ascii_lowercase());
        if self_closing {
            key.push('/');
        }
        found.push((open..end + 1, key));
        from = end + 1;
    }
    found
}

/// Markup tags written in source and target must agree.
pub(crate) fn compare_markup(source: &UnitText<'_>, target: &UnitText<'_>, out: &mut Vec<Finding>) {
    let has_tag = |text: &str| memchr::memchr(b'<', text.as_bytes()).is_some();
    if !has_tag(source.text) && !has_tag(target.text) {
        return;
    }
    let (source_tags, target_tags) = (markup(source.text), markup(target.text));
    let keys = |tags: &[(Range<usize>, String)]| -> Vec<(String, usize)> {
        let mut keys: Vec<(String, usize)> = tags.iter().map(|(_, k)| k.clone()).zip(0..).collect();
        keys.sort_unstable();
        keys
    };
    let (missing, added) = diff(&keys(&source_tags), &keys(&target_tags));
    for m in missing {
        let (range, _) = &source_tags[m];
        let shown = source.text.get(range.clone()).unwrap_or_default();
        report_missing(source, target, shown, Some(range.clone()), out);
    }
    for a in added {
        let (range, _) = &target_tags[a];
        let shown = target.text.get(range.clone()).unwrap_or_default();
        report_added(target, shown, Some(range.clone()), out);
    }
}

fn report_missing(
    source: &UnitText<'_>,
    target: &UnitText<'_>,
    tag: &str,
    at: Option<Range<usize>>,
    out: &mut Vec<Finding>,
) {
    let message = Message::new("inline-tag-missing").arg("tag", tag);
    let label = at.map_or_else(|| source.whole(), |r| source.span(r));
    out.push(Finding::new(Check::InlineTagMismatch, message).with(|d| {
        d.primary(target.whole(), None)
            .secondary(label, Some(Message::new("label-source")))
    }));
}

fn report_added(
    target: &UnitText<'_>,
    tag: &str,
    at: Option<Range<usize>>,
    out: &mut Vec<Finding>,
) {
    let message = Message::new("inline-tag-added").arg("tag", tag);
    let span = at.map_or_else(|| target.whole(), |r| target.span(r));
    out.push(Finding::new(Check::InlineTagMismatch, message).with(|d| d.primary(span, None)));
}

#[cfg(test)]
mod tests {
    use super::markup;
    use crate::units::test_support::{check, messages};

    #[test]
    fn finds_markup_tags() {
        let keys: Vec<String> = markup(
            "Press <b class=\"x\">Save</b>, then <br/> see <a href='/ru'>help</a>; 2 < 3 > 1",
        )
        .into_iter()
        .map(|(_, k)| k)
        .collect();
        assert_eq!(keys, ["b", "/b", "br/", "a", "/a"]);
    }

    #[test]
    fn markup_must_survive_translation() {
        assert!(
            check(
                "en",
                "Press <b>Save</b>.",
                "ru",
                "Нажмите <b>Сохранить</b>."
            )
            .is_empty()
        );
        assert!(
            check(
                "en",
                "Press <b>Save</b>.",
                "ja",
                "<b>保存</b>を押してください。"
            )
            .is_empty()
        );
        assert_eq!(
            messages(&check(
                "en",
                "Press <b>Save</b>.",
                "tr",
                "<b>Kaydet</b'e basın."
            )),
            ["P002 inline-tag-missing(tag=</b>)"]
        );
        assert_eq!(
            messages(&check("en", "Press Save.", "tr", "<i>Kaydet</i>'e basın.")),
            [
                "P002 inline-tag-added(tag=<i>)",
                "P002 inline-tag-added(tag=</i>)"
            ]
        );
    }

    /// A TMX `<bpt i="1">…<ept i="1">` pair dropped from the translation is one finding.
    #[test]
    fn a_dropped_paired_code_is_one_finding() {
        use crate::settings::Settings;
        use crate::units::test_support::{lang, unit};
        use crate::units::{UnitPair, check_units};
        let (en, tr) = (lang("en"), lang("tr"));
        let codes = vec!["1".to_string(), "1".to_string()];
        let mut source = unit(
            0,
            &en,
            "Read the {bpt:1}Sakhalin{ept:1} news every morning.",
        );
        source.codes = &codes;
        let pair = UnitPair {
            source,
            target: Some(unit(1, &tr, "Her sabah Sahalin haberlerini okuyun.")),
            flags: &[],
            notes: &[],
        };
        let found = check_units(&[pair], &Settings::default());
        assert_eq!(messages(&found), ["P002 inline-tag-missing(tag=1)"]);
    }
}
