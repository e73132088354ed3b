//! Quick gates on the first two letters of a word: a table of the lowercase pairs of ASCII
//! letters and of Russian letters that pass, read from the bytes without decoding.

/// The pairs of first letters that pass a gate (`may start a number word`, `may start a month
/// name`), for ASCII letters and Russian letters (`А`–`я`).
#[derive(Debug, Clone)]
pub struct LetterPairs {
    ascii: [u32; 32],
    russian: [u32; 32],
}

impl LetterPairs {
    /// The table from its rows for ASCII letters (from `a`) and Russian letters (from `а`):
    /// bit `b` of row `a` tells whether the pair of letters at offsets `a` and `b` passes. Made
    /// by [`letter_pairs!`](crate::letter_pairs), at compile time.
    pub const fn from_rows(ascii: [u32; 32], russian: [u32; 32]) -> Self {
        Self { ascii, russian }
    }

    /// The gate for the first two characters of `text` when both are ASCII letters or both
    /// letters of U+0400–U+047F (lowercased; a letter outside `А`–`я` passes no gate of these
    /// tables); `None` for other characters, which the caller decodes.
    #[inline]
    pub fn first_two(&self, text: &str) -> Option<bool> {
        match text.as_bytes() {
            [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Some(self.ascii_pair(*a, *b))
            }
            [a @ (0xD0 | 0xD1), a2, b @ (0xD0 | 0xD1), b2, ..] => Some(in_table(
                &self.russian,
                russian_offset(*a, *a2),
                russian_offset(*b, *b2),
            )),
            _ => None,
        }
    }
}

/// The [`LetterPairs`] of a gate on two lowercase letters, built at compile time:
/// `letter_pairs!(|first, second| gate(first, second))` with a `const fn` gate.
#[macro_export]
macro_rules! letter_pairs {
    (|$first:ident, $second:ident| $gate:expr) => {
        $crate::LetterPairs::from_rows(
            $crate::letter_pairs!(@rows 'a', $first, $second, $gate),
            $crate::letter_pairs!(@rows 'а', $first, $second, $gate),
        )
    };
    (@rows $base:expr, $first:ident, $second:ident, $gate:expr) => {{
        let mut rows = [0u32; 32];
        let mut a = 0;
        while a < 32 {
            let mut b = 0;
            while b < 32 {
                if let (Some($first), Some($second)) = (
                    char::from_u32($base as u32 + a),
                    char::from_u32($base as u32 + b),
                ) && $gate
                {
                    rows[a as usize] |= 1 << b;
                }
                b += 1;
            }
            a += 1;
        }
        rows
    }};
}

impl LetterPairs {
    /// The gate for the ASCII letters `a` and `b` (either case).
    #[inline]
    pub fn ascii_pair(&self, a: u8, b: u8) -> bool {
        let offset = |letter: u8| u32::from(letter.to_ascii_lowercase().wrapping_sub(b'a'));
        in_table(&self.ascii, offset(a), offset(b))
    }
}

/// The offset from `а` of the lowercase of the letter of U+0400–U+047F led by the bytes
/// `lead` and `next`; 32 or more outside `А`–`я`.
fn russian_offset(lead: u8, next: u8) -> u32 {
    match (u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F) {
        // `А`–`Я` and `а`–`я` are 32 apart.
        c @ 0x410..=0x44F => (c - 0x410) & 0x1F,
        _ => 32,
    }
}

/// True when the letters at offsets `first` and `second` are a pair of `table`.
fn in_table(table: &[u32; 32], first: u32, second: u32) -> bool {
    let row = usize::try_from(first).map_or(0, |row| table.get(row).copied().unwrap_or(0));
    second < 32 && (row >> second) & 1 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_those_of_the_gate_for_ascii_and_russian_letters() {
        const fn gate(a: char, b: char) -> bool {
            matches!((a, b), ('t', 'w') | ('д', 'в') | ('я', 'н'))
        }
        const PAIRS: LetterPairs = letter_pairs!(|a, b| gate(a, b));
        let pairs = PAIRS;
        let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
        let letters = ('a'..='z').chain('A'..='Z').chain('Ѐ'..='ѿ');
        for first in letters.clone() {
            for second in letters.clone() {
                let word = format!("{first}{second}x");
                let russian = |c: char| ('А'..='я').contains(&c);
                let expected = if first.is_ascii() == second.is_ascii() {
                    let inside = first.is_ascii() || (russian(first) && russian(second));
                    Some(inside && gate(lower(first), lower(second)))
                } else {
                    None
                };
                assert_eq!(pairs.first_two(&word), expected, "{word}");
            }
        }
        assert_eq!(pairs.first_two("üç"), None);
        assert_eq!(pairs.first_two("t"), None);
        assert_eq!(pairs.first_two("Два"), Some(true));
    }
}
