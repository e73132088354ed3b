//! The matcher for languages written with spaces: every term is a phrase of
//! word slots; each slot accepts a stem followed by one of its endings.
//!
//! The index maps the stems of every phrase's first slot to the phrase. A
//! text word is looked up at each split point where its tail is a known
//! ending (found by walking a reversed trie of all endings), so a lookup
//! costs a few hash probes whatever the size of the glossary.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::ascii_words::AsciiFirstWords;
use super::str_table::{StrTable, hash, strip_prefix};
use super::tokens::{Token, gap_matches};
use super::word_filter::WordFilter;
use super::{MatchVia, TermRef};

/// A small, fast, non-cryptographic hasher for short keys (FxHash).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// One way a slot can be filled: `stem` + one of the endings of a set.
#[derive(Debug)]
struct Alt {
    stem: Box<str>,
    endings: u32,
    /// The ending that gives the term's own word (an exact match).
    own_ending: Option<u32>,
    /// For case-sensitive terms: the word with its case kept.
    case: Option<Box<str>>,
}

/// One surface of a term (its text, an explicit form, a variant).
#[derive(Debug)]
struct Phrase {
    term: TermRef,
    slots: Vec<Vec<Alt>>,
    /// Non-space characters expected between slot `i` and `i + 1`.
    gaps: Vec<Box<str>>,
    /// `Exact` for the term's text, `Form` for listed forms and variants.
    via: MatchVia,
    /// The first two bytes the word of slot 1 may begin with (all of them
    /// for a one-word phrase): most phrases sharing a first word are refused
    /// by the beginning of the next word.
    second_starts: StartSet,
}

/// A set of two-byte word beginnings, one bit per mix of the two bytes
/// (the lead byte of a Cyrillic letter and its second byte are told apart).
#[derive(Debug, Clone, Copy, Default)]
struct StartSet([u64; 4]);

impl StartSet {
    const ALL: StartSet = StartSet([u64::MAX; 4]);

    pub(crate) fn bit(start: [u8; 2]) -> u8 {
        (start[0] << 6).wrapping_add(start[1])
    }

    fn insert(&mut self, start: [u8; 2]) {
        let bit = Self::bit(start);
        self.0[usize::from(bit >> 6)] |= 1 << (bit & 63);
    }

    /// The bits of the set.
    fn bits(&self) -> impl Iterator<Item = u8> + '_ {
        (0..=255u8).filter(|&bit| self.0[usize::from(bit >> 6)] & (1 << (bit & 63)) != 0)
    }

    /// False when no word of the slot begins like `word`.
    #[inline]
    fn may_begin(&self, word: &[u8]) -> bool {
        let Some(&start) = word.first_chunk::<2>() else {
            // Every stem is two bytes or more unless the set is full.
            return self.0 == Self::ALL.0;
        };
        let bit = Self::bit(start);
        self.0[usize::from(bit >> 6)] & (1 << (bit & 63)) != 0
    }

    /// The beginnings of the words that fill a slot: the first two bytes of
    /// each alternative's stem, or every beginning when a stem is shorter.
    fn of_slot(slot: &[Alt]) -> StartSet {
        let mut set = StartSet::default();
        for alt in slot {
            match alt.stem.as_bytes().first_chunk::<2>() {
                Some(&start) => set.insert(start),
                None => return StartSet::ALL,
            }
        }
        set
    }
}

/// One word of a phrase to add: its forms (the word itself first) and,
/// for case-sensitive terms, the word with its case kept.
pub(crate) struct SlotForms {
    /// Every form of the word; the first is the word itself.
    pub forms: Vec<String>,
    /// The word with case kept, for case-sensitive terms.
    pub case: Option<String>,
}

/// The phrases whose first slot has one stem with one ending set: the
/// ending is checked once for all of them (`заказ на закупку`, `заказ на
/// поставку`, `заказ на продажу` share `заказ`).
#[derive(Debug)]
struct StemGroup {
    endings: u32,
    own_ending: Option<u32>,
    /// (phrase, alternative of its first slot).
    members: Vec<(u32, u16)>,
}

/// A reversed trie over the bytes of every ending.
#[derive(Debug, Default)]
struct ReverseTrie {
    nodes: Vec<TrieNode>,
}

/// A node of the reversed trie.
#[derive(Debug, Default)]
struct TrieNode {
    /// (byte, node), sorted by byte.
    children: Vec<(u8, u32)>,
    /// The id of the ending that ends here.
    ending: Option<u32>,
}

impl ReverseTrie {
    fn insert(&mut self, ending: &str, id: u32) {
        if self.nodes.is_empty() {
            self.nodes.push(TrieNode::default());
        }
        let mut node = 0usize;
        for &b in ending.as_bytes().iter().rev() {
            let children = &self.nodes[node].children;
            let next = match children.binary_search_by_key(&b, |&(c, _)| c) {
                Ok(i) => children[i].1 as usize,
                Err(i) => {
                    let n = self.nodes.len();
                    self.nodes.push(TrieNode::default());
                    self.nodes[node].children.insert(i, (b, n as u32));
                    n
                }
            };
            node = next;
        }
        self.nodes[node].ending = Some(id);
    }

    /// Calls `f(k, id)` for every `k` such that `word[k..]` is the
    /// non-empty ending `id`, longest ending last.
    fn split_points(&self, word: &str, mut f: impl FnMut(usize, u32)) {
        let Some(mut node) = self.nodes.first() else {
            return;
        };
        let bytes = word.as_bytes();
        for (depth, &b) in bytes.iter().rev().enumerate() {
            let Ok(i) = node.children.binary_search_by_key(&b, |&(c, _)| c) else {
                return;
            };
            let next = node.children[i].1;
            node = &self.nodes[next as usize];
            if let Some(id) = node.ending {
                let k = bytes.len() - depth - 1;
                if k > 0 {
                    f(k, id);
                }
            }
        }
    }
}

/// The index of a glossary's phrases in one language.
#[derive(Debug, Default)]
pub(crate) struct WordIndex {
    phrases: Vec<Phrase>,
    /// Every ending string, by id (`""` is 0).
    ending_names: StrTable<u32>,
    /// Ending sets: one bit per ending id (bit `id % 64` of word `id / 64`).
    endings: Vec<Vec<u64>>,
    ending_ids: HashMap<Vec<u32>, u32, FxBuild>,
    by_stem: StrTable<Vec<StemGroup>>,
    /// One bit per (length, first and last bytes) signature of the stems:
    /// most candidate prefixes are refused here without hashing.
    signatures: Vec<u64>,
    /// Every word that fills a first slot: a word not in it begins no
    /// phrase ([`Self::may_begin`]).
    first_words: WordFilter,
    /// The same words, searched in whole ASCII texts.
    ascii_first_words: AsciiFirstWords,
    /// The words of `first_words` that begin a phrase whatever follows
    /// (one-word phrases, second words of any beginning).
    lone_first_words: WordFilter,
    /// The other words of `first_words`, each with every beginning of the
    /// word after it ([`pair_key`]).
    first_word_pairs: WordFilter,
    trie: ReverseTrie,
}

const SIGNATURE_BITS: u32 = 20;

/// A cheap signature of a stem: its length and its first and last two
/// bytes, mixed into `SIGNATURE_BITS` bits.
fn signature(stem: &[u8]) -> usize {
    let n = stem.len();
    let at = |i: usize| u64::from(stem.get(i).copied().unwrap_or(0));
    let key = (n as u64)
        | at(0) << 8
        | at(1) << 16
        | at(n.wrapping_sub(2)) << 24
        | at(n.wrapping_sub(1)) << 32;
    (key.wrapping_mul(SEED) >> (64 - SIGNATURE_BITS)) as usize
}

/// The first two bytes of the word after token `i`, if it has two.
#[inline]
fn next_start(tokens: &[Token], i: usize, folded: &[u8]) -> Option<[u8; 2]> {
    let next = tokens.get(i + 1)?;
    next.bytes(folded).first_chunk::<2>().copied()
}

/// The key of a first word of hash `h` followed by a word of beginning
/// `bit` ([`StartSet::bit`]).
fn pair_key(h: u64, bit: u8) -> u64 {
    let mixed = (h ^ u64::from(bit).wrapping_mul(SEED)).wrapping_mul(SEED);
    mixed ^ (mixed >> 29)
}

/// A phrase found in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordMatch {
    pub term: TermRef,
    pub first: usize,
    pub last: usize,
    pub via: MatchVia,
}

impl WordIndex {
    /// Adds one surface of a term.
    pub fn add(&mut self, term: TermRef, slots: Vec<SlotForms>, gaps: Vec<String>, via: MatchVia) {
        if slots.is_empty() {
            return;
        }
        for form in &slots[0].forms {
            self.first_words.insert(form);
            self.ascii_first_words.insert(form);
        }
        let first_forms = slots[0].forms.clone();
        let slots: Vec<Vec<Alt>> = slots.into_iter().map(|s| self.alts(s)).collect();
        let id = self.phrases.len() as u32;
        if self.signatures.is_empty() {
            self.signatures = vec![0; 1 << (SIGNATURE_BITS - 6)];
        }
        for (a, alt) in slots[0].iter().enumerate() {
            let sig = signature(alt.stem.as_bytes());
            if let Some(word) = self.signatures.get_mut(sig >> 6) {
                *word |= 1 << (sig & 63);
            }
            let groups = self.by_stem.get_or_insert_with(&alt.stem, Vec::new);
            match groups
                .iter_mut()
                .find(|g| g.endings == alt.endings && g.own_ending == alt.own_ending)
            {
                Some(group) => group.members.push((id, a as u16)),
                None => groups.push(StemGroup {
                    endings: alt.endings,
                    own_ending: alt.own_ending,
                    members: vec![(id, a as u16)],
                }),
            }
        }
        let second_starts = slots.get(1).map_or(StartSet::ALL, |s| StartSet::of_slot(s));
        for form in &first_forms {
            let h = hash(form.as_bytes());
            if second_starts.0 == StartSet::ALL.0 {
                self.lone_first_words.insert_hash(h);
            } else {
                for bit in second_starts.bits() {
                    self.first_word_pairs.insert_hash(pair_key(h, bit));
                }
            }
        }
        self.phrases.push(Phrase {
            term,
            second_starts,
            slots,
            gaps: gaps.into_iter().map(String::into_boxed_str).collect(),
            via,
        });
    }

    fn alts(&mut self, slot: SlotForms) -> Vec<Alt> {
        let Some(own) = slot.forms.first().cloned() else {
            return Vec::new();
        };
        let case = slot.case.map(String::into_boxed_str);
        let stem = common_prefix(&slot.forms).to_string();
        if stem.is_empty() {
            let empty = self.ending_id("");
            let set = self.ending_set(vec![empty]);
            return slot
                .forms
                .iter()
                .map(|form| Alt {
                    stem: form.as_str().into(),
                    endings: set,
                    own_ending: (*form == own).then_some(empty),
                    case: case.clone(),
                })
                .collect();
        }
        let mut endings: Vec<u32> = slot
            .forms
            .iter()
            .filter_map(|f| f.get(stem.len()..))
            .map(|e| self.ending_id(e))
            .collect();
        endings.sort_unstable();
        endings.dedup();
        let own_ending = own.get(stem.len()..).map(|e| self.ending_id(e));
        vec![Alt {
            stem: stem.into(),
            endings: self.ending_set(endings),
            own_ending,
            case,
        }]
    }

    /// The id of an ending, interned (and added to the trie) on first use.
    fn ending_id(&mut self, ending: &str) -> u32 {
        self.ending_names.get_or_insert_with("", || 0);
        let next = self.ending_names.len() as u32;
        let id = *self.ending_names.get_or_insert_with(ending, || next);
        if id == next {
            self.trie.insert(ending, id);
        }
        id
    }

    fn ending_set(&mut self, endings: Vec<u32>) -> u32 {
        if let Some(&id) = self.ending_ids.get(&endings) {
            return id;
        }
        let id = self.endings.len() as u32;
        let mut bits = Vec::new();
        for &ending in &endings {
            let word = ending as usize / 64;
            if bits.len() <= word {
                bits.resize(word + 1, 0);
            }
            bits[word] |= 1 << (ending % 64);
        }
        self.endings.push(bits);
        self.ending_ids.insert(endings, id);
        id
    }

    fn set_has(&self, set: u32, ending: u32) -> bool {
        self.endings
            .get(set as usize)
            .and_then(|bits| bits.get(ending as usize / 64))
            .is_some_and(|word| word & (1 << (ending % 64)) != 0)
    }

    /// Whether a word fills a slot alternative; `Some(exact)` when it does.
    fn fills(&self, alt: &Alt, word: &str) -> Option<bool> {
        let ending = strip_prefix(word, &alt.stem)?;
        let id = *self.ending_names.get(ending)?;
        self.set_has(alt.endings, id)
            .then_some(alt.own_ending == Some(id))
    }

    /// Makes the index ready to search, once every phrase is added.
    pub fn build(&mut self) {
        self.ascii_first_words.build();
    }

    /// False when no phrase begins in the ASCII `text`, folded by a folder
    /// that lowers it to ASCII: no first word of a phrase occurs in it, in
    /// any case.
    pub fn may_begin_in_ascii(&self, text: &str) -> bool {
        self.ascii_first_words.may_occur(text)
    }

    /// False when no phrase begins with the folded `word` (its bytes): it is
    /// none of the forms of a first slot (a stem followed by one of its
    /// endings).
    #[inline]
    pub fn may_begin(&self, word: &[u8]) -> bool {
        self.first_words.may_contain(word)
    }

    /// [`Self::may_begin`] for a word of hash `h` ([`hash`]).
    #[inline]
    pub fn may_begin_hash(&self, h: u64) -> bool {
        self.first_words.may_contain_hash(h)
    }

    /// False when no phrase begins with the folded word of hash `h`
    /// ([`hash`]) followed by a word beginning with the folded bytes `next`
    /// (`None`: no word follows, or one shorter than two bytes).
    #[inline]
    pub fn may_begin_before(&self, h: u64, next: Option<[u8; 2]>) -> bool {
        self.lone_first_words.may_contain_hash(h)
            || next.is_some_and(|n| {
                self.first_word_pairs
                    .may_contain_hash(pair_key(h, StartSet::bit(n)))
            })
    }

    /// Every phrase match over the words of a folded text. `case_ok(token,
    /// word)` checks a case-sensitive slot against the original text.
    pub fn find(
        &self,
        folded: &str,
        tokens: &[Token],
        case_ok: &dyn Fn(&Token, &str) -> bool,
        out: &mut Vec<WordMatch>,
    ) {
        let bytes = folded.as_bytes();
        for (i, token) in tokens.iter().enumerate() {
            let h = hash(token.bytes(bytes));
            if self.may_begin_hash(h) && self.may_begin_before(h, next_start(tokens, i, bytes)) {
                self.find_at(i, folded, tokens, case_ok, out);
            }
        }
    }

    /// The phrase matches whose first word is token `i`.
    pub fn find_at(
        &self,
        i: usize,
        folded: &str,
        tokens: &[Token],
        case_ok: &dyn Fn(&Token, &str) -> bool,
        out: &mut Vec<WordMatch>,
    ) {
        let Some(token) = tokens.get(i) else {
            return;
        };
        let word = token.text(folded);
        let mut try_split = |k: usize, ending: u32| {
            let Some(stem) = word.get(..k) else {
                return;
            };
            let sig = signature(stem.as_bytes());
            let known = self
                .signatures
                .get(sig >> 6)
                .is_some_and(|w| w & (1 << (sig & 63)) != 0);
            let Some(groups) = known.then(|| self.by_stem.get(stem)).flatten() else {
                return;
            };
            // The next word (none at the end of the text).
            let next = tokens.get(i + 1).map(|t| t.bytes(folded.as_bytes()));
            for group in groups {
                if !self.set_has(group.endings, ending) {
                    continue;
                }
                let exact = group.own_ending == Some(ending);
                for &(p, a) in &group.members {
                    let Some(phrase) = self.phrases.get(p as usize) else {
                        continue;
                    };
                    if phrase.slots.len() > 1
                        && next.is_none_or(|w| !phrase.second_starts.may_begin(w))
                    {
                        continue;
                    }
                    let case = phrase.slots[0]
                        .get(a as usize)
                        .and_then(|alt| alt.case.as_deref());
                    if case.is_some_and(|c| !case_ok(token, c)) {
                        continue;
                    }
                    let Some(rest_exact) = self.rest(phrase, folded, tokens, i, case_ok) else {
                        continue;
                    };
                    let via = if phrase.via == MatchVia::Stem || (exact && rest_exact) {
                        phrase.via
                    } else {
                        MatchVia::Paradigm
                    };
                    out.push(WordMatch {
                        term: phrase.term,
                        first: i,
                        last: i + phrase.slots.len() - 1,
                        via,
                    });
                }
            }
        };
        try_split(word.len(), 0);
        self.trie.split_points(word, &mut try_split);
    }

    /// Matches slots 1.. of a phrase after token `i`; `Some(all exact)`.
    fn rest(
        &self,
        phrase: &Phrase,
        folded: &str,
        tokens: &[Token],
        i: usize,
        case_ok: &dyn Fn(&Token, &str) -> bool,
    ) -> Option<bool> {
        let mut all_exact = true;
        for (j, slot) in phrase.slots.iter().enumerate().skip(1) {
            let prev = tokens.get(i + j - 1)?;
            let token = tokens.get(i + j)?;
            let (gap, expected) = (
                prev.end as usize..token.start as usize,
                phrase.gaps.get(j - 1),
            );
            // A single space or hyphen, or nothing, when nothing else is
            // expected (the usual gap), is told from the bytes.
            let plain = matches!(folded.as_bytes().get(gap.clone())?, [b' ' | b'-'] | []);
            if !(plain && expected.is_none_or(|g| g.is_empty())
                || gap_matches(folded.get(gap)?, expected.map_or("", |g| g)))
            {
                return None;
            }
            let word = token.text(folded);
            let exact = slot.iter().find_map(|alt| {
                let exact = self.fills(alt, word)?;
                match alt.case.as_deref() {
                    Some(c) if !case_ok(token, c) => None,
                    _ => Some(exact),
                }
            })?;
            all_exact &= exact;
        }
        Some(all_exact)
    }
}

/// The longest common prefix of all forms, on a character boundary.
fn common_prefix(forms: &[String]) -> &str {
    let Some(first) = forms.first() else {
        return "";
    };
    let mut len = first.len();
    for form in &forms[1..] {
        len = len.min(
            first
                .bytes()
                .zip(form.bytes())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    while !first.is_char_boundary(len) {
        len -= 1;
    }
    first.get(..len).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_prefix_on_char_boundary() {
        let forms = vec![
            "договор".to_string(),
            "договора".to_string(),
            "договоры".to_string(),
        ];
        assert_eq!(common_prefix(&forms), "договор");
        // `ы` and `ь` share their first UTF-8 byte: the prefix backs off.
        let forms = vec!["мы".to_string(), "мь".to_string()];
        assert_eq!(common_prefix(&forms), "м");
    }

    #[test]
    fn beginnings_of_a_slot() {
        let alt = |stem: &str| Alt {
            stem: stem.into(),
            endings: 0,
            own_ending: None,
            case: None,
        };
        let set = StartSet::of_slot(&[alt("договор"), alt("treaty")]);
        assert!(set.may_begin("договоры".as_bytes()) && set.may_begin(b"treaties"));
        // Cyrillic letters sharing their lead byte are told apart.
        assert!(!set.may_begin("мир".as_bytes()) && !set.may_begin(b"peace"));
        assert!(!set.may_begin(b"t"));
        let any = StartSet::of_slot(&[alt("treaty"), alt("t")]);
        assert!(any.may_begin(b"x") && any.may_begin("мир".as_bytes()));
    }

    #[test]
    fn reverse_trie_split_points() {
        let mut trie = ReverseTrie::default();
        for (id, e) in ["а", "ами", "и"].iter().enumerate() {
            trie.insert(e, id as u32 + 1);
        }
        let mut points = Vec::new();
        trie.split_points("договорами", |k, _| points.push(k));
        let word = "договорами";
        let tails: Vec<&str> = points.iter().map(|&k| &word[k..]).collect();
        assert_eq!(tails, ["и", "ами"]);
    }
}
