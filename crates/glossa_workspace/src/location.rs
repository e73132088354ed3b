//! Positions in a configuration file.

use std::fmt;

/// A `file:line:column` position (1-based line and character column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file as given or discovered.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl Location {
    /// The position of byte `offset` of `text` (clamped to the text).
    pub fn at(path: &str, text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Self {
            path: path.to_string(),
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_character_columns() {
        let text = "a = 1\nязык = \"ru\"\n";
        let at = Location::at("glossa.toml", text, text.find("\"ru").unwrap());
        assert_eq!((at.line, at.column), (2, 8));
        assert_eq!(at.to_string(), "glossa.toml:2:8");
        assert_eq!(Location::at("x", text, 999).line, 3);
    }
}
