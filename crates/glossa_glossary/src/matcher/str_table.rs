//! Values by short strings (stems, endings, words), hashed and compared
//! eight bytes at a time inline: a lookup calls no `memcmp`, whose
//! wide-vector versions cost more than comparing the few bytes of a word.

use hashbrown::HashTable;

/// A hash table of values by string.
#[derive(Debug)]
pub(crate) struct StrTable<V> {
    table: HashTable<(Box<str>, V)>,
}

impl<V> Default for StrTable<V> {
    fn default() -> Self {
        Self {
            table: HashTable::new(),
        }
    }
}

impl<V> StrTable<V> {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.table
            .find(hash(key.as_bytes()), |(k, _)| same(k, key))
            .map(|(_, v)| v)
    }

    /// The value of `key`, made by `make` if there is none yet.
    pub fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let entry = self.table.entry(
            hash(key.as_bytes()),
            |(k, _)| same(k, key),
            |(k, _)| hash(k.as_bytes()),
        );
        &mut entry.or_insert_with(|| (key.into(), make())).into_mut().1
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.table.len()
    }
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A hash of a string from its length and its first and last eight bytes
/// (four for a shorter one): all the bytes of a word of up to sixteen, with
/// two loads and two multiplications.
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    let (head, tail) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            (Some(head), Some(tail)) => (
                u64::from(u32::from_le_bytes(*head)),
                u64::from(u32::from_le_bytes(*tail)),
            ),
            _ => (pack(bytes), 0),
        },
    };
    mix(head, tail, bytes.len())
}

/// [`hash`] of `bytes` as `patch(chunk, at)` rewrites the bytes it reads
/// (`chunk`, a copy of `bytes[at..at + chunk.len()]`): a changed copy of a
/// word hashed without writing one.
#[inline(always)]
pub(crate) fn hash_patched(bytes: &[u8], patch: impl Fn(&mut [u8], usize)) -> u64 {
    let n = bytes.len();
    let (head, tail) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(&head), Some(&tail)) => {
            let (mut head, mut tail) = (head, tail);
            patch(&mut head, 0);
            patch(&mut tail, n - 8);
            (u64::from_le_bytes(head), u64::from_le_bytes(tail))
        }
        _ => match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            (Some(&head), Some(&tail)) => {
                let (mut head, mut tail) = (head, tail);
                patch(&mut head, 0);
                patch(&mut tail, n - 4);
                (
                    u64::from(u32::from_le_bytes(head)),
                    u64::from(u32::from_le_bytes(tail)),
                )
            }
            _ => {
                let mut short = [0; 3];
                for (to, &from) in short.iter_mut().zip(bytes) {
                    *to = from;
                }
                let short = short.get_mut(..n).unwrap_or_default();
                patch(short, 0);
                (pack(short), 0)
            }
        },
    };
    mix(head, tail, n)
}

/// The hash of a string of length `len` from its first and last bytes.
#[inline(always)]
fn mix(head: u64, tail: u64, len: usize) -> u64 {
    let h = (head.wrapping_mul(SEED).rotate_left(32) ^ tail ^ len as u64).wrapping_mul(SEED);
    h ^ (h >> 29)
}

/// Whether two strings are equal, compared eight bytes at a time (the
/// last eight overlapping the others), or four, never one by one.
pub(crate) fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if let (Some(x), Some(y)) = (a.last_chunk::<8>(), b.last_chunk::<8>()) {
        if x != y {
            return false;
        }
        let (mut a, mut b) = (a, b);
        while a.len() > 8
            && let (Some((x, a_tail)), Some((y, b_tail))) =
                (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
        {
            if x != y {
                return false;
            }
            (a, b) = (a_tail, b_tail);
        }
        return true;
    }
    match (
        (a.first_chunk::<4>(), a.last_chunk::<4>()),
        (b.first_chunk::<4>(), b.last_chunk::<4>()),
    ) {
        ((Some(a_head), Some(a_tail)), (Some(b_head), Some(b_tail))) => {
            a_head == b_head && a_tail == b_tail
        }
        _ => pack(a) == pack(b),
    }
}

/// `word` without `prefix`, if it begins with it.
pub(crate) fn strip_prefix<'a>(word: &'a str, prefix: &str) -> Option<&'a str> {
    let head = word.get(..prefix.len())?;
    same(head, prefix)
        .then(|| word.get(prefix.len()..))
        .flatten()
}

/// Up to three bytes as one little-endian number.
fn pack(bytes: &[u8]) -> u64 {
    match *bytes {
        [a] => u64::from(a),
        [a, b] => u64::from(a) | u64::from(b) << 8,
        [a, b, c, ..] => u64::from(a) | u64::from(b) << 8 | u64::from(c) << 16,
        [] => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_and_finds_strings_of_every_length() {
        let words = [
            "",
            "a",
            "ab",
            "договор",
            "договора",
            "договорами",
            "межгосударственного",
        ];
        let mut table = StrTable::default();
        for (i, w) in words.iter().enumerate() {
            *table.get_or_insert_with(w, || 0) += i;
        }
        assert_eq!(table.len(), words.len());
        for (i, a) in words.iter().enumerate() {
            assert_eq!(table.get(a), Some(&i));
            for b in words {
                assert_eq!(same(a, b), *a == b, "{a} {b}");
            }
        }
        assert!(!same("договорами", "договорaми"));
        assert_eq!(strip_prefix("договорами", "договор"), Some("ами"));
        assert_eq!(strip_prefix("договорами", "догово"), Some("рами"));
        assert_eq!(strip_prefix("договор", "договорами"), None);
        assert_eq!(strip_prefix("договор", "дог\u{43e}вор"), Some(""));
        assert_eq!(table.get("договорx"), None);
    }

    /// Strings of every length up to 24 differing in any one byte.
    #[test]
    fn tells_apart_strings_differing_anywhere() {
        let base = "abcdefghijklmnopqrstuvwx";
        for len in 0..=base.len() {
            let a = &base[..len];
            assert!(same(a, a));
            for at in 0..len {
                let mut b = a.to_string();
                b.replace_range(at..=at, "Z");
                assert!(!same(a, &b), "{a} {b}");
            }
            assert!(!same(a, &base[..(len + 1).min(base.len())]) || len == base.len());
        }
    }
}
