//! Duplicate entry keys: each key is kept as the unit that holds it, not as a copy.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// The keys of the entries read so far (`msgctxt` given, `msgctxt` + `msgid`), kept as the
/// unit that holds each: its id starts with the key.
#[derive(Default)]
pub(super) struct Seen(HashTable<SeenKey>);

#[derive(Clone, Copy)]
struct SeenKey {
    hash: u64,
    unit: usize,
    len: usize,
    context: bool,
}

impl Seen {
    /// Room for `keys` keys.
    pub(super) fn with_capacity(keys: usize) -> Self {
        Self(HashTable::with_capacity(keys))
    }

    /// Records the key of the entry whose first unit will be unit `unit` (`id_of` gives the id
    /// of a unit read before); false when an entry had it already.
    pub(super) fn insert<'u>(
        &mut self,
        id_of: impl Fn(usize) -> Option<&'u str>,
        context: bool,
        key: &str,
        unit: usize,
    ) -> bool {
        let hash = FxBuildHasher.hash_one((context, key));
        let same = |seen: &SeenKey| {
            seen.context == context
                && id_of(seen.unit)
                    .and_then(|id| id.get(..seen.len))
                    .is_some_and(|id| id == key)
        };
        if self.0.find(hash, same).is_some() {
            return false;
        }
        let seen = SeenKey {
            hash,
            unit,
            len: key.len(),
            context,
        };
        self.0.insert_unique(hash, seen, |s| s.hash);
        true
    }
}
