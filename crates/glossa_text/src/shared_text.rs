//! The text of a sentence: its own string, or a stretch of the input it was read from, shared
//! without a copy (a PO file of 100,000 units would otherwise copy its 200,000 strings).

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// A sentence's text; reads as a `str`.
#[derive(Clone)]
pub struct SentenceText(Repr);

#[derive(Clone)]
enum Repr {
    Owned(String),
    /// `input[start..end]`.
    Shared {
        input: Arc<String>,
        start: u32,
        end: u32,
    },
}

impl SentenceText {
    /// The stretch `range` of `input`, shared (copied beyond 4 GiB); empty when `range` is not
    /// a stretch of whole characters of `input`.
    pub fn shared(input: &Arc<String>, range: Range<usize>) -> Self {
        let bounds = (u32::try_from(range.start), u32::try_from(range.end));
        match (input.get(range.clone()), bounds) {
            (Some(_), (Ok(start), Ok(end))) => Self(Repr::Shared {
                input: Arc::clone(input),
                start,
                end,
            }),
            (text, _) => Self(Repr::Owned(text.unwrap_or_default().to_string())),
        }
    }

    /// The text as a `str`.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Owned(text) => text,
            Repr::Shared { input, start, end } => input
                .get(*start as usize..*end as usize)
                .unwrap_or_default(),
        }
    }
}

impl Default for SentenceText {
    fn default() -> Self {
        Self(Repr::Owned(String::new()))
    }
}

impl Deref for SentenceText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SentenceText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for SentenceText {
    fn from(text: String) -> Self {
        Self(Repr::Owned(text))
    }
}

impl From<&str> for SentenceText {
    fn from(text: &str) -> Self {
        Self(Repr::Owned(text.to_string()))
    }
}

impl From<SentenceText> for String {
    fn from(text: SentenceText) -> Self {
        match text.0 {
            Repr::Owned(text) => text,
            Repr::Shared { .. } => text.as_str().to_string(),
        }
    }
}

impl fmt::Debug for SentenceText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SentenceText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SentenceText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SentenceText {}

impl PartialEq<str> for SentenceText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SentenceText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SentenceText {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_stretch_reads_as_the_input_there() {
        let input = Arc::new("msgstr \"Мирный договор\"".to_string());
        let start = input.find('М').unwrap_or_default();
        let end = input.len() - 1;
        let text = SentenceText::shared(&input, start..end);
        assert_eq!(text, "Мирный договор");
        assert_eq!(text.chars().count(), 14);
        assert_eq!(text, SentenceText::from("Мирный договор"));
        assert_eq!(String::from(text.clone()), "Мирный договор");
        assert_eq!(
            format!("{text} {text:?}"),
            "Мирный договор \"Мирный договор\""
        );
    }

    #[test]
    fn a_stretch_that_splits_a_character_is_not_shared_but_empty() {
        let input = Arc::new("平和".to_string());
        assert_eq!(SentenceText::shared(&input, 1..3), "");
        assert_eq!(SentenceText::shared(&input, 0..9), "");
        assert_eq!(SentenceText::shared(&input, 3..6), "和");
    }
}
