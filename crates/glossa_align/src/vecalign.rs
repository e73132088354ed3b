//! The vecalign text format: one group per line, one bracketed list of
//! sentence indices per document, colon-separated (`[0, 1]:[0]:[]`).

use std::fmt::Write;
use std::ops::Range;

use crate::{Bead, Group};

fn list(r: &Range<usize>) -> String {
    let items: Vec<String> = r.clone().map(|i| i.to_string()).collect();
    format!("[{}]", items.join(", "))
}

/// Formats groups as vecalign lines (each line ends with `\n`).
pub fn format_vecalign(groups: &[Group]) -> String {
    let mut out = String::new();
    for g in groups {
        let lists: Vec<String> = g.members.iter().map(list).collect();
        let _ = writeln!(out, "{}", lists.join(":"));
    }
    out
}

impl From<&Bead> for Group {
    fn from(b: &Bead) -> Self {
        Self {
            members: vec![b.src.clone(), b.tgt.clone()],
            confidence: b.confidence,
            low_confidence: b.low_confidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_lists() {
        let g = Group {
            members: vec![0..1, 0..1, 0..2, 0..0],
            confidence: 1.0,
            low_confidence: false,
        };
        assert_eq!(format_vecalign(&[g]), "[0]:[0]:[0, 1]:[]\n");
    }
}
