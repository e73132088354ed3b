//! PO files read straight into the sentences of a set: each unit becomes its two verbatim
//! sentences and its facts as it is read, with no list of parsed units in between.

use std::sync::Arc;

use glossa_formats::{
    FormatError, PoLangs, PoSink, PoText, PoUnit, Unit, Variant, po_units_in_lines,
};
use glossa_text::segment::Sentence;
use glossa_text::{LineIndex, SentenceText};

use crate::pipeline::UnitInfo;
use crate::structured::{LangFacts, SAMPLE_UNITS};

/// The units of a PO file: the sentences of its msgids and of its msgstrs (one each per
/// unit, the unit's index as their block) and the facts of each unit.
#[derive(Debug, Default)]
pub struct PoUnits {
    /// The source text of each unit.
    pub sources: Vec<Sentence>,
    /// The translation of each unit.
    pub targets: Vec<Sentence>,
    /// The id, flags and notes of each unit.
    pub infos: Vec<UnitInfo>,
    /// The languages of the header.
    pub langs: PoLangs,
    /// The file's text, which the sentences of strings without escapes share.
    file: Arc<String>,
    /// The line index of the file, made before it was read (the reader takes its lines from it).
    line_index: Option<LineIndex>,
}

impl PoUnits {
    /// Reads a PO text.
    pub fn read(text: &Arc<String>) -> Result<Self, FormatError> {
        let mut units = Self {
            file: Arc::clone(text),
            ..Self::default()
        };
        let index = LineIndex::new(text);
        units.langs = po_units_in_lines(text, index.line_starts(), &mut units)?;
        units.line_index = Some(index);
        Ok(units)
    }

    /// The line index of the file (taken: a second call indexes the text again).
    pub fn take_line_index(&mut self) -> LineIndex {
        (self.line_index.take()).unwrap_or_else(|| LineIndex::new(&self.file))
    }

    /// What the file says about its languages (as [`LangFacts::of`] its parsed file).
    pub fn facts(&self) -> LangFacts {
        let mut facts = LangFacts {
            source_lang: self.langs.source.clone(),
            target_lang: self.langs.target.clone(),
            ..LangFacts::default()
        };
        // Every unit has the file's languages: the first stands for all.
        if !self.infos.is_empty() {
            facts.add(&self.template());
        }
        facts.sample = (self.targets.iter())
            .take(SAMPLE_UNITS)
            .map(|s| s.text.to_string())
            .collect();
        facts.by_position = facts.tags.is_empty();
        facts
    }

    /// A unit with the file's languages and no text, standing for every unit when variants
    /// are matched to languages.
    pub fn template(&self) -> Unit {
        let variant = |lang: &Option<String>| Variant {
            lang: lang.clone(),
            text: String::new(),
            span: 0..0,
            codes: Vec::new(),
        };
        Unit {
            id: String::new(),
            line: 0,
            variants: vec![variant(&self.langs.source), variant(&self.langs.target)],
            flags: Vec::new(),
            notes: Vec::new(),
        }
    }
}

impl PoSink for PoUnits {
    fn reserve(&mut self, units: usize) {
        self.sources.reserve_exact(units);
        self.targets.reserve_exact(units);
        self.infos.reserve_exact(units);
    }

    fn unit(&mut self, unit: PoUnit<'_>) {
        let index = self.infos.len();
        let text = |text: &PoText<'_>| match &text.raw {
            Some(range) => SentenceText::shared(&self.file, range.clone()),
            None => text.text.into(),
        };
        let (source, target) = (text(&unit.source), text(&unit.target));
        self.sources
            .push(Sentence::verbatim(unit.source.span, source, index));
        self.targets
            .push(Sentence::verbatim(unit.target.span, target, index));
        self.infos.push(UnitInfo::new(
            Arc::from(unit.id),
            unit.flags.to_vec(),
            unit.notes.to_vec(),
            Vec::new(),
        ));
    }

    fn id(&self, index: usize) -> Option<&str> {
        self.infos.get(index).map(|info| &*info.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_become_sentences_and_facts() {
        let po = "msgid \"\"\nmsgstr \"Language: ru\\n\"\n\n#, fuzzy\nmsgctxt \"c\"\n\
                  msgid \"Save\"\nmsgstr \"Сохранить\"\n";
        let units = PoUnits::read(&Arc::new(po.to_string())).unwrap_or_default();
        let texts: Vec<_> = (units.sources.iter().chain(&units.targets))
            .map(|s| (s.text.as_str(), &po[s.range.clone()], s.block))
            .collect();
        assert_eq!(texts, [("Save", "Save", 0), ("Сохранить", "Сохранить", 0)]);
        assert_eq!(units.id(0), Some("c\u{4}Save"));
        assert_eq!(units.infos[0].flags(), ["fuzzy"]);
        let facts = units.facts();
        assert_eq!(facts.tags, ["ru"]);
        assert_eq!(facts.sample, ["Сохранить"]);
        assert!(!facts.by_position);
    }

    #[test]
    fn facts_match_those_of_the_parsed_file() {
        let po = "msgid \"a\"\nmsgstr \"б\"\n\nmsgid \"\"\nmsgstr \"X-Source-Language: en\\n\"\n";
        let units = PoUnits::read(&Arc::new(po.to_string())).unwrap_or_default();
        let parsed = glossa_formats::parse(glossa_formats::FormatKind::Po, po);
        let expected = parsed.map(|p| LangFacts::of(&p));
        let facts = units.facts();
        assert_eq!(
            expected.map(|e| (e.tags, e.sample, e.by_position)).ok(),
            Some((facts.tags, facts.sample, facts.by_position))
        );
    }
}
