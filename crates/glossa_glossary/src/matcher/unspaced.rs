//! The matcher for languages written without spaces (Japanese): every
//! folded surface of every term is searched with Aho-Corasick, and a match
//! counts only when it starts and ends on a word boundary — a boundary of
//! ICU4X's word segmenter (dictionary-based for Japanese, baked-in data),
//! or a change of script (kanji → kana, katakana → kanji, letters →
//! kanji). A term may span several segmenter words (`平和|条約`).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

use super::{MatchVia, TermRef};
use crate::error::{ErrorKind, GlossaryError};

/// Surfaces of terms, searched in folded text.
#[derive(Debug, Default)]
pub(crate) struct UnspacedIndex {
    patterns: Vec<String>,
    targets: Vec<(TermRef, MatchVia, Option<String>)>,
    automaton: Option<AhoCorasick>,
    segmenter: Option<WordSegmenterBorrowed<'static>>,
}

/// A surface found in the folded text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpanMatch {
    pub term: TermRef,
    pub start: usize,
    pub end: usize,
    pub via: MatchVia,
}

impl UnspacedIndex {
    /// Adds a folded surface; `case` is the surface with case kept for a
    /// case-sensitive term.
    pub fn add(&mut self, term: TermRef, folded: String, via: MatchVia, case: Option<String>) {
        if folded.trim().is_empty() {
            return;
        }
        self.patterns.push(folded);
        self.targets.push((term, via, case));
    }

    /// Builds the automaton.
    pub fn build(&mut self) -> Result<(), GlossaryError> {
        if self.patterns.is_empty() {
            return Ok(());
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&self.patterns)
            .map_err(|e| GlossaryError::at_line(0, ErrorKind::Invalid(e.to_string())))?;
        self.automaton = Some(automaton);
        self.segmenter = Some(WordSegmenter::new_auto(WordBreakInvariantOptions::default()));
        Ok(())
    }

    /// Every match on word boundaries. `case_ok(start, end, surface)` checks
    /// case-sensitive surfaces against the original text.
    pub fn find(
        &self,
        folded: &str,
        case_ok: &dyn Fn(usize, usize, &str) -> bool,
        out: &mut Vec<SpanMatch>,
    ) {
        let (Some(automaton), Some(segmenter)) = (&self.automaton, self.segmenter) else {
            return;
        };
        let mut boundaries = Boundaries::new(folded, segmenter);
        for m in automaton.find_overlapping_iter(folded) {
            let Some((term, via, case)) = self.targets.get(m.pattern().as_usize()) else {
                continue;
            };
            if !boundaries.is_boundary(m.start()) || !boundaries.is_boundary(m.end()) {
                continue;
            }
            if case
                .as_deref()
                .is_some_and(|c| !case_ok(m.start(), m.end(), c))
            {
                continue;
            }
            out.push(SpanMatch {
                term: *term,
                start: m.start(),
                end: m.end(),
                via: *via,
            });
        }
    }
}

/// Word boundaries of a text. A change of script or punctuation is a
/// boundary; inside a run of letters of one script the segmenter decides
/// (each run is segmented once, when a candidate falls inside it).
struct Boundaries<'a> {
    text: &'a str,
    segmenter: WordSegmenterBorrowed<'static>,
    /// The run looked up last: start and end.
    run: Option<(usize, usize)>,
    /// Segmented runs by start: end, and boundaries as offsets from start.
    runs: HashMap<usize, (usize, Vec<usize>)>,
}

impl<'a> Boundaries<'a> {
    fn new(text: &'a str, segmenter: WordSegmenterBorrowed<'static>) -> Self {
        Self {
            text,
            segmenter,
            run: None,
            runs: HashMap::new(),
        }
    }

    fn is_boundary(&mut self, pos: usize) -> bool {
        let text = self.text;
        let before = text.get(..pos).and_then(|s| s.chars().next_back());
        let after = text.get(pos..).and_then(|s| s.chars().next());
        let (Some(b), Some(a)) = (before, after) else {
            return true;
        };
        match (class(b), class(a)) {
            (x, y) if x != y => return true,
            (Class::Other, _) => return true,
            _ => {}
        }
        if let Some((start, end)) = self.run
            && (start..=end).contains(&pos)
            && let Some((_, breaks)) = self.runs.get(&start)
        {
            return breaks.binary_search(&(pos - start)).is_ok();
        }
        let start = text
            .get(..pos)
            .and_then(|s| {
                s.char_indices()
                    .rev()
                    .find(|(_, c)| !class(*c).is_word())
                    .map(|(i, c)| i + c.len_utf8())
            })
            .unwrap_or(0);
        let segmenter = self.segmenter;
        let (end, breaks) = self.runs.entry(start).or_insert_with(|| {
            let end = text
                .get(pos..)
                .and_then(|s| s.char_indices().find(|(_, c)| !class(*c).is_word()))
                .map_or(text.len(), |(i, _)| pos + i);
            let run = text.get(start..end).unwrap_or_default();
            (end, segmenter.segment_str(run).collect())
        });
        self.run = Some((start, *end));
        breaks.binary_search(&(pos - start)).is_ok()
    }
}

/// Coarse script classes for boundaries in unspaced text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Han,
    Hiragana,
    Katakana,
    Alnum,
    Other,
}

fn class(c: char) -> Class {
    match c {
        '\u{3005}'
        | '\u{3006}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' => Class::Han,
        '\u{3041}'..='\u{309F}' => Class::Hiragana,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => Class::Katakana,
        c if c.is_alphanumeric() => Class::Alnum,
        _ => Class::Other,
    }
}

impl Class {
    /// Letters and digits of any script: runs of them are segmented.
    fn is_word(self) -> bool {
        self != Self::Other
    }
}
