//! Japanese: nouns do not inflect. Width variants (`２プラス２` /
//! `2プラス2`) are folded by NFKC before matching; okurigana and
//! kana/kanji spellings come from a term's explicit `forms`.

use super::{Morphology, TermWord, fixed};

/// Japanese morphology.
pub(super) struct Japanese;

impl Morphology for Japanese {
    fn word_forms(&self, words: &[TermWord<'_>]) -> Vec<Vec<String>> {
        fixed(words)
    }
}
