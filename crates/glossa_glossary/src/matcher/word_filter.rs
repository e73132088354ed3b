//! A set of words that may answer "maybe" for a word not in it, never "no"
//! for one in it: two bits per word hash (a Bloom filter), thirty-two bits
//! per word (it grows with the words added), so that it stays small enough
//! to be read from the nearest cache.

use super::str_table::hash;

/// Bits per word: with two bits set per word, about one word in 250 not
/// added passes (one in sixteen with one bit in sixteen let through many
/// common words, each then looked up in the index).
const BITS_PER_WORD: usize = 32;

/// The smallest size, in bits.
const MIN_BITS: usize = 512;

/// One bit per hash of every word added.
#[derive(Debug, Default)]
pub(crate) struct WordFilter {
    /// The hashes of the words added, to spread them again when it grows.
    hashes: Vec<u64>,
    /// The bits, a power of two of them (none before the first word).
    bits: Vec<u64>,
}

impl WordFilter {
    /// Adds a word.
    pub fn insert(&mut self, word: &str) {
        self.insert_hash(hash(word.as_bytes()));
    }

    /// Adds a key given by its hash (a well-mixed one, like [`hash`]).
    pub fn insert_hash(&mut self, h: u64) {
        self.hashes.push(h);
        let wanted = (self.hashes.len() * BITS_PER_WORD)
            .next_power_of_two()
            .max(MIN_BITS);
        if self.bits.len() * 64 < wanted {
            self.bits = vec![0; wanted / 64];
            for h in std::mem::take(&mut self.hashes) {
                self.set(h);
                self.hashes.push(h);
            }
        } else {
            self.set(h);
        }
    }

    /// False when `word` was not added.
    #[inline]
    pub fn may_contain(&self, word: &[u8]) -> bool {
        self.may_contain_hash(hash(word))
    }

    /// False when no key of hash `h` was added.
    #[inline]
    pub fn may_contain_hash(&self, h: u64) -> bool {
        self.bits_of(h).into_iter().all(|bit| {
            self.bits
                .get(bit >> 6)
                .is_some_and(|w| w & (1 << (bit & 63)) != 0)
        })
    }

    fn set(&mut self, h: u64) {
        for bit in self.bits_of(h) {
            if let Some(w) = self.bits.get_mut(bit >> 6) {
                *w |= 1 << (bit & 63);
            }
        }
    }

    /// The two bits of a hash: its top bits, and the top bits of its lower half.
    fn bits_of(&self, h: u64) -> [usize; 2] {
        let size = self.bits.len() * 64;
        if size == 0 {
            return [0; 2];
        }
        let shift = 64 - size.trailing_zeros();
        [(h >> shift) as usize, (h.rotate_left(32) >> shift) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_word_added_and_turns_most_others_away() {
        let mut filter = WordFilter::default();
        assert!(!filter.may_contain("мир".as_bytes()));
        let words: Vec<String> = (0..5000).map(|i| format!("слово{i}")).collect();
        for (n, word) in words.iter().enumerate() {
            filter.insert(word);
            // Still every word so far after each growth.
            if n.is_power_of_two() {
                assert!(words[..=n].iter().all(|w| filter.may_contain(w.as_bytes())));
            }
        }
        assert!(words.iter().all(|w| filter.may_contain(w.as_bytes())));
        let passed = (0..5000)
            .filter(|i| filter.may_contain(format!("word{i}").as_bytes()))
            .count();
        assert!(passed < 5000 / 100, "{passed}");
    }
}
