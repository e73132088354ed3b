//! C001 inconsistent-target and C002 inconsistent-source, Xbench's two
//! project-wide inconsistency checks, over every unit given (hash maps, one
//! pass). Texts are compared after lowercasing and collapsing whitespace.
//!
//! C001: one source translated in different ways. The reference is the
//! translation used most often by units without other findings (then the most
//! often overall, then the first); every unit with another translation is
//! reported, with a secondary label at the first unit that uses the reference. C002: different sources sharing one translation, the
//! same way round. Empty targets and units flagged as untranslated are left out.

use std::borrow::Cow;
use std::collections::HashMap;

use glossa_diagnostics::Message;
use glossa_text::Lang;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::{Enabled, UnitPair, UnitText};

/// Lowercased, whitespace collapsed and trimmed; borrowed when already so.
fn normalize(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    let needs_change = text
        .chars()
        .zip(text.chars().skip(1).map(Some).chain([None]))
        .any(|(c, next)| {
            lower(c) != c
                || (c.is_whitespace() && (c != ' ' || next.is_some_and(char::is_whitespace)))
        });
    if !needs_change {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(lower));
    }
    Cow::Owned(out)
}

/// Simple lowercase mapping with fast paths for ASCII and Cyrillic.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
        c if c.is_ascii() || ('а'..='џ').contains(&c) => c,
        c => {
            let mut lowered = c.to_lowercase();
            match (lowered.next(), lowered.next()) {
                (Some(one), None) => one,
                _ => c,
            }
        }
    }
}

/// A unit that takes part: its index and normalized texts.
struct Entry<'a> {
    index: usize,
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    /// No per-unit check found anything.
    clean: bool,
}

pub(crate) fn check(
    pairs: &[UnitPair<'_>],
    findings: &[u32],
    enabled: &Enabled,
    out: &mut Vec<(usize, Finding)>,
) {
    let by_target = enabled.on(Check::InconsistentTarget);
    let by_source = enabled.on(Check::InconsistentSource);
    if !by_target && !by_source {
        return;
    }
    let entries: Vec<Entry<'_>> = pairs
        .iter()
        .enumerate()
        .filter_map(|(index, pair)| {
            let target = pair.target.as_ref()?;
            if target.text.trim().is_empty() || pair.untranslated_expected() {
                return None;
            }
            Some(Entry {
                index,
                source: normalize(pair.source.text),
                target: normalize(target.text),
                clean: findings.get(index).is_none_or(|&n| n == 0),
            })
        })
        .collect();
    if by_target {
        let groups = group(pairs, &entries, |e| &e.source);
        report(
            pairs,
            &entries,
            &groups,
            |e| &e.target,
            Check::InconsistentTarget,
            out,
        );
    }
    if by_source {
        let groups = group(pairs, &entries, |e| &e.target);
        report(
            pairs,
            &entries,
            &groups,
            |e| &e.source,
            Check::InconsistentSource,
            out,
        );
    }
    out.sort_by_key(|(index, finding)| (*index, finding.check));
}

type Groups<'e> = HashMap<(&'e Lang, &'e Lang, &'e str), Vec<usize>, FastHash>;

/// FxHash-style hasher: the keys are texts of the caller's files, not
/// attacker-chosen input to a long-lived server, and SipHash costs a third
/// of this pass.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &byte in chunks.remainder() {
            self.add(u64::from(byte));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FastHash = std::hash::BuildHasherDefault<Fx>;

/// Entries (positions in `entries`) grouped by language pair and `key`.
fn group<'e>(
    pairs: &'e [UnitPair<'e>],
    entries: &'e [Entry<'e>],
    key: impl Fn(&'e Entry<'e>) -> &'e Cow<'e, str>,
) -> Groups<'e> {
    let mut groups: Groups<'e> =
        HashMap::with_capacity_and_hasher(entries.len(), FastHash::default());
    for (position, entry) in entries.iter().enumerate() {
        let Some((pair, target)) = pairs
            .get(entry.index)
            .and_then(|p| Some((p, p.target.as_ref()?)))
        else {
            continue;
        };
        let members = groups
            .entry((pair.source.lang, target.lang, key(entry).as_ref()))
            .or_default();
        // One member per message: the plural forms of a PO entry come
        // together and share an id.
        let same_message = members.last().and_then(|&last| {
            let previous = pairs.get(entries[last].index)?.target.as_ref()?;
            Some(previous.file == target.file && message_id(previous.id) == message_id(target.id))
        });
        if same_message != Some(true) {
            members.push(position);
        }
    }
    groups
}

/// A unit id without a plural-form index (`files[2]` → `files`).
fn message_id(id: &str) -> &str {
    id.strip_suffix(']')
        .and_then(|rest| rest.rsplit_once('['))
        .filter(|(_, index)| !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit()))
        .map_or(id, |(base, _)| base)
}

/// In each group with several distinct `other` texts, reports the entries
/// whose `other` text is not the most frequent one.
fn report<'e>(
    pairs: &[UnitPair<'_>],
    entries: &'e [Entry<'e>],
    groups: &Groups<'e>,
    other: impl Fn(&'e Entry<'e>) -> &'e Cow<'e, str>,
    check: Check,
    out: &mut Vec<(usize, Finding)>,
) {
    for members in groups.values().filter(|m| m.len() > 1) {
        let first = other(&entries[members[0]]);
        if members.iter().all(|&m| other(&entries[m]) == first) {
            continue;
        }
        // Text → (clean units, units, first position in `members`).
        let mut counts: HashMap<&str, (usize, usize, usize), FastHash> = HashMap::default();
        for (k, &m) in members.iter().enumerate() {
            let slot = counts
                .entry(other(&entries[m]).as_ref())
                .or_insert((0, 0, k));
            slot.0 += usize::from(entries[m].clean);
            slot.1 += 1;
        }
        let Some((reference, &(_, _, first_at))) = counts
            .iter()
            .max_by(|a, b| (a.1.0, a.1.1).cmp(&(b.1.0, b.1.1)).then(b.1.2.cmp(&a.1.2)))
        else {
            continue;
        };
        let reference_unit = entries[members[first_at]].index;
        for &m in members {
            let entry = &entries[m];
            if other(entry).as_ref() == *reference {
                continue;
            }
            if let Some(finding) = finding(pairs, entry.index, reference_unit, check) {
                out.push((entry.index, finding));
            }
        }
    }
}

fn finding(
    pairs: &[UnitPair<'_>],
    index: usize,
    reference: usize,
    check: Check,
) -> Option<Finding> {
    let unit = pairs.get(index)?;
    let target = unit.target.as_ref()?;
    let reference_pair = pairs.get(reference)?;
    let reference_target = reference_pair.target.as_ref()?;
    let (message, label_at): (Message, &UnitText<'_>) = if check == Check::InconsistentTarget {
        let message =
            Message::new("inconsistent-target").arg("other", reference_target.text.trim());
        (message, reference_target)
    } else {
        let message = Message::new("inconsistent-source")
            .arg("source", unit.source.text.trim())
            .arg("other", reference_pair.source.text.trim());
        (message, &reference_pair.source)
    };
    let label = if check == Check::InconsistentTarget {
        "label-other-translation"
    } else {
        "label-other-source"
    };
    Some(Finding::new(check, message).with(|d| {
        d.primary(target.whole(), None)
            .secondary(label_at.whole(), Some(Message::new(label)))
    }))
}

#[cfg(test)]
mod tests {
    use crate::settings::Settings;
    use crate::units::test_support::{lang, messages, unit};
    use crate::units::{UnitPair, check_units};

    fn run(units: &[(&str, &str)], target_lang: &str) -> Vec<String> {
        let (en, tl) = (lang("en"), lang(target_lang));
        let ids: Vec<String> = (0..units.len()).map(|i| format!("msg-{i}")).collect();
        let pairs: Vec<UnitPair<'_>> = units
            .iter()
            .zip(&ids)
            .map(|((s, t), id)| {
                let mut target = unit(1, &tl, t);
                target.id = id;
                UnitPair {
                    source: unit(0, &en, s),
                    target: Some(target),
                    flags: &[],
                    notes: &[],
                }
            })
            .collect();
        messages(&check_units(&pairs, &Settings::default()))
    }

    #[test]
    fn normalizes_case_and_spaces() {
        assert_eq!(
            super::normalize("  Сохранить   ИЗМЕНЕНИЯ? "),
            "сохранить изменения?"
        );
        assert_eq!(super::normalize("Kaydet\tDOSYAYI"), "kaydet dosyayi");
        assert!(matches!(
            super::normalize("設定を開く"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn same_source_translated_differently() {
        let found = run(
            &[
                ("Save changes?", "Сохранить изменения?"),
                ("Open file", "Открыть файл"),
                ("save  CHANGES?", "Сохранить изменения?"),
                ("Save changes?", "Записать изменения?"),
            ],
            "ru",
        );
        assert_eq!(
            found,
            ["C001 inconsistent-target(other=Сохранить изменения?)"]
        );
        let found = run(&[("Settings", "設定"), ("Settings", "環境設定")], "ja");
        assert_eq!(found, ["C001 inconsistent-target(other=設定)"]);
    }

    #[test]
    fn plural_forms_of_one_message_are_not_inconsistent() {
        let (en, ru) = (lang("en"), lang("ru"));
        let forms = [
            ("%d files", "%d файл", "files[0]"),
            ("%d files", "%d файла", "files[1]"),
            ("%d files", "%d файлов", "files[2]"),
        ];
        let pairs: Vec<UnitPair<'_>> = forms
            .iter()
            .map(|(s, t, id)| {
                let mut target = unit(1, &ru, t);
                target.id = id;
                UnitPair {
                    source: unit(0, &en, s),
                    target: Some(target),
                    flags: &[],
                    notes: &[],
                }
            })
            .collect();
        assert!(check_units(&pairs, &Settings::default()).is_empty());
        assert_eq!(super::message_id("files[12]"), "files");
        assert_eq!(super::message_id("menu[open]"), "menu[open]");
    }

    #[test]
    fn different_sources_with_one_translation() {
        let found = run(
            &[
                ("Delete the file", "Dosyayı sil"),
                ("Remove the file", "Dosyayı sil"),
                ("Delete the file", "Dosyayı sil"),
            ],
            "tr",
        );
        assert_eq!(
            found,
            ["C002 inconsistent-source(other=Delete the file, source=Remove the file)"]
        );
    }
}
