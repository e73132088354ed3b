//! A whole-text test for ASCII texts. Outside Turkic languages folding
//! turns an ASCII text into ASCII with its letters lowered, so a text in
//! which no first word of a phrase occurs, in any case, begins no phrase:
//! it is not folded nor split into words at all. An occurrence counts only
//! where a word may begin and end (as [`super::tokens`] splits words).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// The ASCII first words of the phrases of an index, searched in whole
/// texts.
#[derive(Debug, Default)]
pub(crate) struct AsciiFirstWords {
    /// What is searched for: a piece of every ASCII first word, and whether
    /// it is the whole word (until built).
    pieces: Vec<(String, bool)>,
    /// A first word has nothing to search for: any text may hold it.
    unbounded: bool,
    /// The automaton and its start state.
    automaton: Option<Box<(DFA, StateID)>>,
    /// By pattern: the whole word, which must begin and end where words do.
    whole: Vec<bool>,
}

impl AsciiFirstWords {
    /// Adds a folded first word (words that are not ASCII never occur in an
    /// ASCII text).
    pub fn insert(&mut self, word: &str) {
        if !word.is_ascii() {
            return;
        }
        // Apostrophes and spaces may be the folding of other characters of
        // the text (`` ` ``, tabs): the longest piece between them is
        // searched for.
        match word.split(['\'', ' ']).max_by_key(|piece| piece.len()) {
            Some(piece) if !piece.is_empty() => {
                self.pieces
                    .push((piece.to_string(), piece.len() == word.len()));
            }
            _ => self.unbounded = true,
        }
    }

    /// Builds the search, once every word is added.
    pub fn build(&mut self) {
        let mut pieces = std::mem::take(&mut self.pieces);
        if self.unbounded {
            return;
        }
        // A piece that is a whole word and part of another is searched as a
        // part (it need not begin nor end a word).
        pieces.sort_unstable();
        pieces.dedup_by(|later, kept| later.0 == kept.0);
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(pieces.iter().map(|(piece, _)| piece));
        self.automaton = dfa
            .ok()
            .and_then(|dfa| Some((dfa.start_state(Anchored::No).ok()?, dfa)))
            .map(|(start, dfa)| Box::new((dfa, start)));
        self.whole = pieces.into_iter().map(|(_, whole)| whole).collect();
    }

    /// False when no first word occurs in the ASCII `text`, in any case (and
    /// so in its folding), where words may begin and end: no phrase begins
    /// in it. True when not built.
    pub fn may_occur(&self, text: &str) -> bool {
        let Some((dfa, start)) = self.automaton.as_deref() else {
            return true;
        };
        let bytes = text.as_bytes();
        let mut state = *start;
        for (at, &b) in bytes.iter().enumerate() {
            state = dfa.next_state(Anchored::No, state, b);
            if !dfa.is_special(state) || !dfa.is_match(state) {
                continue;
            }
            // Every piece ending here.
            let end = at + 1;
            for i in 0..dfa.match_len(state) {
                let pattern = dfa.match_pattern(state, i);
                let begin = end - dfa.pattern_len(pattern);
                let whole = self.whole.get(pattern.as_usize()).is_some_and(|&w| w);
                if !whole || may_begin_word(bytes, begin) && may_end_word(bytes, end) {
                    return true;
                }
            }
        }
        false
    }
}

/// Whether a word of an ASCII text may begin at `i`: not after a letter or
/// digit, unless a capital follows a lower-case letter (nor before a
/// character outside words, which is no word or a word of its own).
fn may_begin_word(bytes: &[u8], i: usize) -> bool {
    match (i.checked_sub(1).and_then(|j| bytes.get(j)), bytes.get(i)) {
        (Some(prev), Some(next))
            if prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric() =>
        {
            prev.is_ascii_lowercase() && next.is_ascii_uppercase()
        }
        _ => true,
    }
}

/// Whether a word of an ASCII text may end at `i` (see [`may_begin_word`]).
fn may_end_word(bytes: &[u8], i: usize) -> bool {
    may_begin_word(bytes, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_pieces_of_first_words_in_any_case() {
        let mut words = AsciiFirstWords::default();
        assert!(words.may_occur("anything before building"));
        for word in ["peace", "minister's", "g7", "мирный"] {
            words.insert(word);
        }
        words.build();
        assert!(words.may_occur("The PEACE treaty"));
        assert!(words.may_occur("the Minister`s office"));
        assert!(words.may_occur("G7 and G20"));
        assert!(words.may_occur("theMinister's"));
        assert!(!words.may_occur("Save changes before closing?"));
        // Only where words begin and end.
        assert!(!words.may_occur("appeaser, G77, g7x"));
        // An apostrophe alone leaves nothing to search for.
        let mut any = AsciiFirstWords::default();
        any.insert("'");
        any.build();
        assert!(any.may_occur("no words"));
    }
}
