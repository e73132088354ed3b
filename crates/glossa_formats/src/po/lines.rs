//! The lines of a text whose line starts are known (a line index of it was made already), as
//! [`lines_with_offsets`](crate::position::lines_with_offsets) finds them.

/// Lines of `text` as (1-based number, byte offset of the line start, line without its ending),
/// from `starts`: 0, then the offset after every `\n`, `\r\n` and lone `\r`.
pub(super) fn lines_at(
    text: &str,
    starts: impl Iterator<Item = usize>,
) -> impl Iterator<Item = (usize, usize, &str)> {
    let bytes = text.as_bytes();
    let mut starts = starts.peekable();
    let mut number = 0;
    std::iter::from_fn(move || {
        let start = starts.next()?;
        let end = match starts.peek() {
            Some(&next) => {
                // Before the `\n` or lone `\r` that ends the line, and a `\r` before a `\n`.
                let end = next.saturating_sub(1);
                match bytes.get(end) == Some(&b'\n') && end > start {
                    true if bytes[end - 1] == b'\r' => end - 1,
                    _ => end,
                }
            }
            // The empty line after a final line break is not a line of its own.
            None if start == text.len() && start > 0 => return None,
            None => text.len(),
        };
        number += 1;
        Some((number, start, text.get(start..end).unwrap_or_default()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::position::lines_with_offsets;

    /// The line starts of `text`, as a line index finds them.
    fn starts(text: &str) -> Vec<usize> {
        let bytes = text.as_bytes();
        let breaks = (0..bytes.len()).filter(|&i| {
            bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
        });
        std::iter::once(0).chain(breaks.map(|i| i + 1)).collect()
    }

    #[test]
    fn the_lines_of_the_starts_are_those_found_by_searching() {
        let breaks = "msgid \"a\"\nmsgstr \"б\"\r\n\r\n#, fuzzy\rmsgid \"\"\n\n\r\r\n\"в\"";
        for text in [breaks, "", "\n", "\r\n", "\r", "x", "\r\r", "\n\r\n"] {
            for end in ["", "\n", "\r\n", "\r", "\n\n"] {
                let text = format!("{text}{end}");
                let found: Vec<_> = lines_at(&text, starts(&text).into_iter()).collect();
                let searched: Vec<_> = lines_with_offsets(&text).collect();
                assert_eq!(found, searched, "{text:?}");
            }
        }
    }
}
