//! Pairing monolingual catalogs (Fluent, JSON) of two locales by unit id, like compare-locales.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::{ParsedFile, Unit};

/// How the units of a source-locale catalog and a target-locale catalog correspond.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogPairing {
    /// `(source unit index, target unit index)`, sorted.
    pub pairs: Vec<(usize, usize)>,
    /// Source units absent from the target (sorted indices into `source.units`).
    pub missing: Vec<usize>,
    /// Target units absent from the source (sorted indices into `target.units`).
    pub obsolete: Vec<usize>,
}

/// The message a unit belongs to: its id without Fluent `[variant]` keys or i18next plural
/// suffixes, so `emails[one]`, `emails[other]` and `emails` are one message, as are
/// `files_one` and `files_few`.
fn group(unit: &Unit) -> &str {
    if unit.flags.iter().any(|f| f.starts_with("variant:")) {
        return unit.id.split_once('[').map_or(&unit.id, |(base, _)| base);
    }
    if let Some(category) = unit.flags.iter().find_map(|f| f.strip_prefix("plural:")) {
        let base = unit
            .id
            .strip_suffix(category)
            .and_then(|b| b.strip_suffix('_'))
            .unwrap_or(&unit.id);
        return base.strip_suffix("_ordinal").unwrap_or(base);
    }
    &unit.id
}

fn is_default_form(unit: &Unit) -> bool {
    unit.flags
        .iter()
        .any(|f| f == "default-variant" || f == "plural:other")
}

/// Pair units by id. Plural forms and select variants a locale does not have are neither
/// missing nor obsolete: an extra target form (Russian `few`) is paired with the source's default
/// form (`other`), and a source form the target lacks is left unpaired. A message is missing or
/// obsolete only when none of its forms exist on the other side.
pub fn pair_catalogs(source: &ParsedFile, target: &ParsedFile) -> CatalogPairing {
    // Sized once: growing tables of 100,000 ids rehashed them again and again.
    let mut target_by_id =
        FxHashMap::with_capacity_and_hasher(target.units.len(), Default::default());
    for (j, unit) in target.units.iter().enumerate() {
        target_by_id.entry(unit.id.as_str()).or_insert(j);
    }
    let mut source_groups: FxHashMap<&str, Vec<usize>> =
        FxHashMap::with_capacity_and_hasher(source.units.len(), Default::default());
    for (i, unit) in source.units.iter().enumerate() {
        source_groups.entry(group(unit)).or_default().push(i);
    }
    let mut target_groups =
        FxHashSet::with_capacity_and_hasher(target.units.len(), Default::default());
    target_groups.extend(target.units.iter().map(group));

    let mut result = CatalogPairing::default();
    let mut target_used = vec![false; target.units.len()];
    for (i, unit) in source.units.iter().enumerate() {
        match target_by_id.get(unit.id.as_str()) {
            Some(&j) if !target_used[j] => {
                target_used[j] = true;
                result.pairs.push((i, j));
            }
            _ if target_groups.contains(group(unit)) => {}
            _ => result.missing.push(i),
        }
    }
    for (j, unit) in target.units.iter().enumerate() {
        if target_used[j] {
            continue;
        }
        match source_groups.get(group(unit)) {
            Some(members) => {
                let i = members
                    .iter()
                    .copied()
                    .find(|&i| is_default_form(&source.units[i]))
                    .unwrap_or(members[0]);
                result.pairs.push((i, j));
            }
            None => result.obsolete.push(j),
        }
    }
    result.pairs.sort_unstable();
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FormatKind, parse};

    fn ftl(text: &str) -> ParsedFile {
        parse(FormatKind::Fluent, text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn fluent_missing_obsolete_and_plural_forms() {
        let en = ftl(
            "hello = Hello\nbye = Goodbye\nfiles = { $n ->\n    [one] One file\n   *[other] { $n } files\n}\n",
        );
        let ru = ftl(
            "hello = Привет\nfiles = { $n ->\n    [one] { $n } файл\n    [few] { $n } файла\n   *[other] { $n } файлов\n}\nold = Старое\n",
        );
        let p = pair_catalogs(&en, &ru);
        let ids = |pairs: &[(usize, usize)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|&(i, j)| (en.units[i].id.clone(), ru.units[j].id.clone()))
                .collect()
        };
        assert_eq!(
            ids(&p.pairs),
            [
                ("hello", "hello"),
                ("files[one]", "files[one]"),
                ("files[other]", "files[few]"),
                ("files[other]", "files[other]")
            ]
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
        );
        assert_eq!(
            p.missing
                .iter()
                .map(|&i| en.units[i].id.as_str())
                .collect::<Vec<_>>(),
            ["bye"]
        );
        assert_eq!(
            p.obsolete
                .iter()
                .map(|&j| ru.units[j].id.as_str())
                .collect::<Vec<_>>(),
            ["old"]
        );
    }

    #[test]
    fn json_plurals_against_japanese_without_forms() {
        let en = parse(
            FormatKind::JsonCatalog,
            r#"{"items_one": "{{count}} item", "items_other": "{{count}} items", "title": "Title"}"#,
        );
        let ja = parse(
            FormatKind::JsonCatalog,
            r#"{"items_other": "{{count}} 個"}"#,
        );
        let (Ok(en), Ok(ja)) = (en, ja) else {
            panic!("parse failed")
        };
        let p = pair_catalogs(&en, &ja);
        assert_eq!(p.pairs, [(1, 0)]);
        assert_eq!(p.missing, [2]);
        assert!(p.obsolete.is_empty());
    }
}
