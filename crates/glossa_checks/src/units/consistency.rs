//! C001 inconsistent-target and C002 inconsistent-source, Xbench's two
//! project-wide inconsistency checks, over every unit given. Texts are compared
//! after lowercasing and collapsing whitespace, by 64-bit hashes: the pass keeps
//! 32 bytes a unit (see [`Entry`]), the texts of the units it reports are
//! fetched afterwards.
//!
//! C001: one source translated in different ways. The reference is the
//! translation used most often by units without other findings (then the most
//! often overall, then the first); every unit with another translation is
//! reported, with a secondary label at the first unit that uses the reference. C002: different sources sharing one translation, the
//! same way round. Empty targets and units flagged as untranslated are left out.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use glossa_diagnostics::Message;

use crate::codes::Check;
use crate::settings::Finding;
use crate::units::{Enabled, Pending, UnitPair, UnitText, leads_other_character, trimmed};

/// Lowercased, whitespace collapsed and trimmed; borrowed when already so
/// (what [`key`] hashes).
#[cfg(test)]
fn normalize(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.trim();
    let needs_change = text
        .chars()
        .zip(text.chars().skip(1).map(Some).chain([None]))
        .any(|(c, next)| {
            lower(c) != c
                || (c.is_whitespace() && (c != ' ' || next.is_some_and(char::is_whitespace)))
        });
    if !needs_change {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(lower));
    }
    std::borrow::Cow::Owned(out)
}

/// The key of a text: a hash of [`normalize`]`(text)` started from `seed` (the language pair).
/// `buffer` is scratch space.
fn key(text: &str, seed: u64, buffer: &mut Vec<u8>) -> u64 {
    if let Some(key) = simple_key(text, seed, buffer) {
        return key;
    }
    normalize_into(text, buffer);
    hash_bytes(buffer, seed)
}

/// The hash [`simple_key`] makes of text it lowercases into `bytes`.
fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    let (chunks, rest) = bytes.as_chunks::<CHUNK>();
    let mut hash = ChunkHash::new(seed);
    for chunk in chunks {
        hash.add(halves(*chunk));
    }
    if !rest.is_empty() {
        let mut last = [0; CHUNK];
        last[..rest.len()].copy_from_slice(rest);
        hash.add(halves(last));
    }
    hash.finish(bytes.len())
}

/// [`normalize`] into `buffer`, for any text.
fn normalize_into(text: &str, buffer: &mut Vec<u8>) {
    buffer.clear();
    // A run of white space becomes one space, unless it leads or trails.
    let mut space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let kept = kept_len(bytes, i);
        if kept > 0 {
            // Characters kept as they are, with single spaces between them.
            let mut end = i + kept;
            while end < bytes.len() {
                let next = kept_len(bytes, end);
                if next > 0 {
                    end += next;
                } else if bytes.get(end) == Some(&b' ') && kept_len(bytes, end + 1) > 0 {
                    end += 1;
                } else {
                    break;
                }
            }
            let run = bytes.get(i..end).unwrap_or_default();
            if space {
                buffer.push(b' ');
                space = false;
            }
            buffer.extend_from_slice(run);
            i = end;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            space = !buffer.is_empty();
            continue;
        }
        if space {
            buffer.push(b' ');
            space = false;
        }
        for &b in lower(c).encode_utf8(&mut [0; 4]).as_bytes() {
            buffer.push(b);
        }
    }
}

/// [`key`] for the usual text, ASCII and basic Cyrillic (U+0400–U+045F) only, words separated
/// by single spaces, without building the normalized text: the text is lowercased [`CHUNK`]
/// bytes at a time, each byte out worked out from the byte before it, itself and the byte after
/// it ([`lower_byte`]), and hashed as it comes, while the same neighbours are tested for what
/// rules the quick path out ([`rules_out`]). The pass over a chunk is vectorized. `None` for
/// any other text.
fn simple_key(text: &str, seed: u64, buffer: &mut Vec<u8>) -> Option<u64> {
    let bytes = text.as_bytes().trim_ascii();
    // `buffer`: a zero, the text, then zeros to a whole number of chunks and one byte more,
    // so that each chunk has its bytes before and after it.
    buffer.clear();
    buffer.push(0);
    buffer.extend_from_slice(bytes);
    buffer.resize(bytes.len().div_ceil(CHUNK) * CHUNK + 2, 0);
    let (before, _) = buffer.as_chunks::<CHUNK>();
    let (byte, _) = buffer.get(1..).unwrap_or_default().as_chunks::<CHUNK>();
    let (after, _) = buffer.get(2..).unwrap_or_default().as_chunks::<CHUNK>();
    let mut hash = ChunkHash::new(seed);
    // Whether a byte ruled the quick path out (a byte of the words not 0): told once, after the
    // last chunk.
    let mut ruled_out = 0;
    if bytes.is_ascii() {
        for (byte, after) in byte.iter().zip(after) {
            let [byte, after] = [byte, after].map(|chunk| halves(*chunk));
            let low = lower_ascii_word(byte[0], after[0]);
            let high = lower_ascii_word(byte[1], after[1]);
            ruled_out |= low.1 | high.1;
            hash.add([low.0, high.0]);
        }
    } else {
        for ((before, byte), after) in before.iter().zip(byte).zip(after) {
            let (lowered, ruling_out) = lower_chunk(*before, *byte, *after);
            let ruling_out = halves(ruling_out);
            ruled_out |= ruling_out[0] | ruling_out[1];
            hash.add(halves(lowered));
        }
    }
    (ruled_out == 0).then(|| hash.finish(bytes.len()))
}

/// A chunk of plain text lowercased ([`lower_byte`]) from the bytes before it, its bytes and
/// the bytes after it, and per byte 1 when it rules the quick path out ([`rules_out`]), else 0.
#[inline(always)]
fn lower_chunk(
    before: [u8; CHUNK],
    byte: [u8; CHUNK],
    after: [u8; CHUNK],
) -> ([u8; CHUNK], [u8; CHUNK]) {
    let mut lowered = [0; CHUNK];
    let mut ruling_out = [0; CHUNK];
    for j in 0..CHUNK {
        lowered[j] = lower_byte(before[j], byte[j], after[j]);
        ruling_out[j] = u8::from(rules_out(byte[j], after[j]));
    }
    (lowered, ruling_out)
}

/// Eight bytes of ASCII text (a little-endian word) lowercased, given the eight bytes after
/// the first, with the bytes that rule the quick path out marked (a byte of the second word not
/// 0): white space other than single spaces (tab to carriage return, two spaces). Bytes of
/// ASCII have their high bit clear, so adding to them carries into no other byte.
#[inline(always)]
fn lower_ascii_word(word: u64, after: u64) -> (u64, u64) {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each byte set where the byte is `from` or more.
    let at_least = |from: u8| word + ONES * u64::from(0x80 - from);
    let capitals = at_least(b'A') & !at_least(b'Z' + 1) & HIGH;
    let controls = at_least(0x09) & !at_least(0x0E) & HIGH;
    // Zero bytes where both the byte and the one after it are spaces.
    let spaces = (word ^ (ONES * u64::from(b' '))) | (after ^ (ONES * u64::from(b' ')));
    let two_spaces = !(((spaces & !HIGH) + !HIGH) | spaces) & HIGH;
    (word | (capitals >> 2), controls | two_spaces)
}

/// A chunk as two little-endian words.
#[inline(always)]
fn halves(chunk: [u8; CHUNK]) -> [u64; 2] {
    let (low, high) = chunk.split_at(CHUNK / 2);
    let word = |half: &[u8]| u64::from_le_bytes(half.try_into().unwrap_or_default());
    [word(low), word(high)]
}

/// Bytes hashed at a time by [`ChunkHash`], lowercased and tested at a time by [`simple_key`].
const CHUNK: usize = 16;

/// A hash of bytes fed [`CHUNK`] bytes at a time (the last chunk padded with zeros), in the
/// way of `rustc_hash`'s hash of byte strings: two streams, each chunk mixed into one of them
/// by a 64 × 64 → 128-bit multiplication, then both and the length mixed together.
struct ChunkHash {
    streams: [u64; 2],
}

impl ChunkHash {
    fn new(seed: u64) -> Self {
        Self {
            streams: [seed, 0x2d35_8dcc_aa6c_78a5],
        }
    }

    /// Mixes in a chunk, as its two little-endian words ([`halves`]).
    #[inline(always)]
    fn add(&mut self, [low, high]: [u64; 2]) {
        // The constant keeps zero words from collapsing the product.
        let mixed = multiply_mix(self.streams[0] ^ low, 0x8bb8_4b93_962e_acc9 ^ high);
        self.streams = [self.streams[1], mixed];
    }

    fn finish(self, len: usize) -> u64 {
        multiply_mix(
            self.streams[0] ^ len as u64,
            self.streams[1] ^ 0x4b33_a62e_d433_d4a3,
        )
    }
}

/// The two halves of the 128-bit product of `x` and `y`, XORed together.
fn multiply_mix(x: u64, y: u64) -> u64 {
    let full = u128::from(x) * u128::from(y);
    (full as u64) ^ ((full >> 64) as u64)
}

/// True when a byte and the one after it (0 after the last) rule the quick path of
/// [`simple_key`] out: a lead byte other than U+0080–U+00BF and U+0400–U+047F, white
/// space other than the space (among U+0080–U+00BF: U+0085 and the no-break space), two
/// spaces, or a historic Cyrillic letter (U+0460–U+047F, lowercased by the tables). The other
/// characters of U+0080–U+00BF (`«`, `»`, `µ`...) are their own lowercase. Zero bytes pad the
/// text, and rule nothing out.
fn rules_out(byte: u8, after: u8) -> bool {
    (leads_other_character(byte) & (byte != 0xC2))
        | ((byte == 0xC2) & ((after == 0x85) | (after == 0xA0)))
        | (0x09..=0x0D).contains(&byte)
        | ((byte == b' ') & (after == b' '))
        | ((byte == 0xD1) & (after >= 0xA0))
}

/// Byte `byte` of plain text between `before` and `after`, lowercased: ASCII capitals, and the
/// two bytes of Ѐ–Я (`D0 80`–`D0 AF`) turned into those of ѐ–я (`D1 90`–`D1 9F`, `D0 B0`–`D0 BF`,
/// `D1 80`–`D1 8F`).
fn lower_byte(before: u8, byte: u8, after: u8) -> u8 {
    // Written without branches, so that a block of bytes is lowercased with vector operations:
    // each change flips bits. ASCII capitals and the second bytes of А–Я (`90`–`AF` after `D0`)
    // flip `0x20`, those of Ѐ–Џ (`80`–`8F`) flip `0x10`, the lead of Ѐ–Џ and Р–Я flips `0x01`.
    // Only continuation bytes follow `D0`, so an ASCII capital is never taken for one.
    let capital = byte.wrapping_sub(b'A') < 26;
    let cyrillic = (before == 0xD0) & (byte < 0xB0);
    let flip_20 = capital | (cyrillic & (byte >= 0x90));
    let flip_10 = cyrillic & (byte < 0x90);
    let flip_01 = (byte == 0xD0) & (after & 0xD0 == 0x80);
    byte ^ (u8::from(flip_20) << 5) ^ (u8::from(flip_10) << 4) ^ u8::from(flip_01)
}

/// The length of the character at `i` when normalizing keeps it as it is and
/// it is ASCII or lowercase Russian (`а`–`я`, `ѐ`–`џ`), else 0.
fn kept_len(bytes: &[u8], i: usize) -> usize {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(&b), _) if b.is_ascii() => {
            usize::from(!b.is_ascii_uppercase() && !char::from(b).is_whitespace())
        }
        (Some(0xD0), Some(0xB0..=0xBF)) | (Some(0xD1), Some(0x80..=0x9F)) => 2,
        _ => 0,
    }
}

/// Simple lowercase mapping with fast paths for ASCII and Cyrillic.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
        c if c.is_ascii() || ('а'..='џ').contains(&c) => c,
        c => {
            let mut lowered = c.to_lowercase();
            match (lowered.next(), lowered.next()) {
                (Some(one), None) => one,
                _ => c,
            }
        }
    }
}

/// What the pass keeps of a unit that takes part: hashes of its normalized texts (with the
/// language pair) and of its message, not the texts: 32 bytes a unit, whatever its length.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    source: u64,
    target: u64,
    /// File and message id without a plural-form index.
    message: u64,
    index: u32,
    /// No per-unit check found anything.
    clean: bool,
}

/// The entry of unit `index`, `None` when it does not take part (no target, an empty one,
/// or flagged untranslated). `buffer` is scratch space for the normalized texts.
pub(crate) fn entry(
    pair: &UnitPair<'_>,
    index: usize,
    clean: bool,
    buffer: &mut Vec<u8>,
) -> Option<Entry> {
    let target = pair.target.as_ref()?;
    if trimmed(target.text).is_empty() || pair.untranslated_expected() {
        return None;
    }
    let mut langs = rustc_hash::FxHasher::default();
    (pair.source.lang.as_str(), target.lang.as_str()).hash(&mut langs);
    let seed = langs.finish();
    let mut message = rustc_hash::FxHasher::default();
    (target.file.0, message_id(target.id, pair.flags)).hash(&mut message);
    Some(Entry {
        source: key(pair.source.text, seed, buffer),
        target: key(target.text, seed, buffer),
        message: message.finish(),
        index: u32::try_from(index).unwrap_or(u32::MAX),
        clean,
    })
}

/// Finds the inconsistent units among `entries` (in unit order, as [`entry`] made them; then
/// reordered): each unit to report with the unit holding the reference text.
pub(crate) fn check(entries: &mut [Entry], enabled: &Enabled, out: &mut Vec<Pending>) {
    debug_assert!(entries.is_sorted_by_key(|e| e.index));
    let (target, source) = (
        enabled.on(Check::InconsistentTarget),
        enabled.on(Check::InconsistentSource),
    );
    // Each pass sorts the entries in unit order by its key alone (the sort is stable): the
    // second takes a copy made before the first.
    let mut in_unit_order = if target && source {
        entries.to_vec()
    } else {
        Vec::new()
    };
    if target {
        report(
            entries,
            |e| e.source,
            |e| e.target,
            Check::InconsistentTarget,
            out,
        );
    }
    if source {
        let entries = if target {
            in_unit_order.as_mut_slice()
        } else {
            entries
        };
        report(
            entries,
            |e| e.target,
            |e| e.source,
            Check::InconsistentSource,
            out,
        );
    }
}

/// Groups the entries (in unit order) by `key`, sorting them, then in each group with several distinct
/// `other` texts reports the entries whose `other` text is not the reference: the one used
/// most often by units without other findings, then the most often overall, then the first.
fn report(
    entries: &mut [Entry],
    key: impl Fn(&Entry) -> u64,
    other: impl Fn(&Entry) -> u64,
    check: Check,
    out: &mut Vec<Pending>,
) {
    sort_by_key(entries, &key);
    let mut members: Vec<Entry> = Vec::new();
    for run in entries.chunk_by(|a, b| key(a) == key(b)) {
        let Some(first) = run.first() else {
            continue;
        };
        if run.iter().all(|e| other(e) == other(first)) {
            continue;
        }
        // One member per message: the plural forms of a PO entry come together and share an id.
        members.clear();
        for entry in run {
            if members
                .last()
                .is_none_or(|last| last.message != entry.message)
            {
                members.push(*entry);
            }
        }
        // Text → (clean units, units, first position in `members`).
        let mut counts: HashMap<u64, (usize, usize, usize), FastHash> = HashMap::default();
        for (k, member) in members.iter().enumerate() {
            let slot = counts.entry(other(member)).or_insert((0, 0, k));
            slot.0 += usize::from(member.clean);
            slot.1 += 1;
        }
        let Some((&reference, &(_, _, first_at))) = counts
            .iter()
            .max_by(|a, b| (a.1.0, a.1.1).cmp(&(b.1.0, b.1.1)).then(b.1.2.cmp(&a.1.2)))
        else {
            continue;
        };
        let reference_unit = members[first_at].index as usize;
        for member in &members {
            if other(member) != reference {
                out.push(Pending::reference(
                    check,
                    member.index as usize,
                    reference_unit,
                ));
            }
        }
    }
}

/// Sorts entries in unit order by `key`, each key's entries staying in unit order. A radix sort
/// on the high half of the keys (about a quarter of the instructions of a comparison sort on
/// 100,000 units, half those of a radix sort on the whole keys), which is stable; the few runs
/// in which different keys share their high half are then sorted on the whole keys.
fn sort_by_key(entries: &mut [Entry], key: impl Fn(&Entry) -> u64) {
    radsort::sort_by_key(entries, |e| (key(e) >> 32) as u32);
    for run in entries.chunk_by_mut(|a, b| key(a) >> 32 == key(b) >> 32) {
        if run.windows(2).any(|pair| key(&pair[0]) != key(&pair[1])) {
            run.sort_by_key(|e| key(e));
        }
    }
}

/// FxHash-style hasher for the small maps of this pass.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type FastHash = std::hash::BuildHasherDefault<Fx>;

/// A unit id without a plural-form index (`files[2]` → `files`), and, when the flags say the
/// unit is a plural form or a select variant, without its i18next plural suffix (`boats_one`,
/// `boats_ordinal_few` → `boats`) or its Fluent variant keys (`days[one]` → `days`): the forms
/// of one message may share a translation (Turkish has one form for `one` and `other`).
fn message_id<'a>(id: &'a str, flags: &[String]) -> &'a str {
    if flags.iter().any(|f| f.starts_with("variant:")) {
        return id.split_once('[').map_or(id, |(base, _)| base);
    }
    let id = id
        .strip_suffix(']')
        .and_then(|rest| rest.rsplit_once('['))
        .filter(|(_, index)| !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit()))
        .map_or(id, |(base, _)| base);
    if !flags.iter().any(|f| f.starts_with("plural:")) {
        return id;
    }
    const CATEGORIES: [&str; 6] = ["_zero", "_one", "_two", "_few", "_many", "_other"];
    let base = CATEGORIES
        .iter()
        .find_map(|category| id.strip_suffix(category))
        .unwrap_or(id);
    base.strip_suffix("_ordinal").unwrap_or(base)
}

/// The finding on `unit`, whose text differs from the one of `reference`.
pub(crate) fn finding(
    unit: &UnitPair<'_>,
    reference_pair: &UnitPair<'_>,
    check: Check,
) -> Option<Finding> {
    let target = unit.target.as_ref()?;
    let reference_target = reference_pair.target.as_ref()?;
    let (message, label_at): (Message, &UnitText<'_>) = if check == Check::InconsistentTarget {
        let message =
            Message::new("inconsistent-target").arg("other", trimmed(reference_target.text));
        (message, reference_target)
    } else {
        let message = Message::new("inconsistent-source")
            .arg("source", trimmed(unit.source.text))
            .arg("other", trimmed(reference_pair.source.text));
        (message, &reference_pair.source)
    };
    let label = if check == Check::InconsistentTarget {
        "label-other-translation"
    } else {
        "label-other-source"
    };
    Some(Finding::new(check, message).with(|d| {
        d.primary(target.whole(), None)
            .secondary(label_at.whole(), Some(Message::new(label)))
    }))
}

#[cfg(test)]
mod tests {
    use super::{Entry, sort_by_key};
    use crate::settings::Settings;
    use crate::units::test_support::{lang, messages, unit};
    use crate::units::{UnitPair, check_units};

    fn run(units: &[(&str, &str)], target_lang: &str) -> Vec<String> {
        let (en, tl) = (lang("en"), lang(target_lang));
        let ids: Vec<String> = (0..units.len()).map(|i| format!("msg-{i}")).collect();
        let pairs: Vec<UnitPair<'_>> = units
            .iter()
            .zip(&ids)
            .map(|((s, t), id)| {
                let mut target = unit(1, &tl, t);
                target.id = id;
                UnitPair {
                    source: unit(0, &en, s),
                    target: Some(target),
                    flags: &[],
                    notes: &[],
                }
            })
            .collect();
        messages(&check_units(&pairs, &Settings::default()))
    }

    /// The key the general path gives `text`: the hash of its normalized form.
    fn general_key(text: &str) -> u64 {
        super::hash_bytes(super::normalize(text).as_bytes(), 7)
    }

    #[test]
    fn entries_sort_by_key_then_unit() {
        // Keys that share their high half, in several runs, and keys that do not.
        let keys = [
            7 << 32 | 2,
            3,
            7 << 32 | 1,
            7 << 32 | 2,
            u64::MAX,
            3,
            7 << 32 | 1,
            1 << 32,
            7 << 32 | 2,
            0,
        ];
        let mut entries: Vec<Entry> = (keys.iter().enumerate())
            .map(|(index, &source)| Entry {
                source,
                target: 0,
                message: 0,
                index: index as u32,
                clean: true,
            })
            .collect();
        let mut expected = entries.clone();
        expected.sort_by_key(|e| (e.source, e.index));
        sort_by_key(&mut entries, |e| e.source);
        let order = |entries: &[Entry]| entries.iter().map(|e| e.index).collect::<Vec<_>>();
        assert_eq!(order(&entries), order(&expected));
    }

    /// The key of a text is the hash of its normalized form, whatever the
    /// length (chunk boundaries included).
    #[test]
    fn hashes_the_normalized_text() {
        let hash = |text: &str| super::key(text, 7, &mut Vec::new());
        let long = "Договор о мире и дружбе ".repeat(9);
        let texts = [
            "Сохранить изменения?".to_string(),
            "  СОХРАНИТЬ \t изменения? ".to_string(),
            "Сохранить изменения".to_string(),
            "сохранитьизменения?".to_string(),
            long.clone(),
            long.to_uppercase(),
            format!("{long}x"),
            String::new(),
            "Save the file before closing: 2+2 talks".repeat(3),
            " save THE file\u{a0}before closing: 2+2 TALKS".repeat(3),
            "İstanbul'daki Dosyayı KAYDET".to_string(),
            "i̇stanbul'daki dosyayı kaydet".to_string(),
        ];
        for a in &texts {
            let mut buffer = Vec::new();
            super::normalize_into(a, &mut buffer);
            assert_eq!(buffer, super::normalize(a).as_bytes(), "{a:?}");
            for b in &texts {
                let same = super::normalize(a) == super::normalize(b);
                assert_eq!(hash(a) == hash(b), same, "{a:?} {b:?}");
            }
        }
    }

    /// The quick path builds what the general one builds, whenever it applies.
    #[test]
    fn simple_texts_normalize_alike_on_both_paths() {
        let cyrillic: String = ('\u{400}'..='\u{4FF}').collect();
        let ascii: String = ('\0'..='\u{7F}').collect();
        let printable: String = (' '..='~').chain('\u{7F}'..='\u{7F}').collect();
        let latin1: String = ('\u{80}'..='\u{BF}').map(|c| format!("{c}A ")).collect();
        let texts = [
            "  Сохранить ИЗМЕНЕНИЯ? ",
            "ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
            "The Two-Plus-Two TALKS, 2+2 {name} %s",
            "Сохранить  изменения",
            "Сохранить\tизменения",
            "Ѣ Ѳ Ѵ",
            "Dosyayı KAYDET",
            "ПЕРЕГОВОРЫ В ФОРМАТЕ \"ДВА ПЛЮС ДВА\" ВОЗОБНОВЯТСЯ В 2021 ГОДУ, ЁЖ Ѐ Џ. Договор о мире",
            &cyrillic,
            &ascii,
            "Переговоры в формате «ДВА ПЛЮС ДВА», µ ª º ½ ¿",
            "«Два»\u{a0}плюс",
            "«Два»\u{85}плюс",
            &latin1,
            "",
            &printable,
        ];
        for text in texts {
            if let Some(key) = super::simple_key(text, 7, &mut Vec::new()) {
                assert_eq!(key, general_key(text), "{text:?}");
            }
        }
        let applies = |text: &str| super::simple_key(text, 7, &mut Vec::new()).is_some();
        assert!(applies(texts[0]) && applies(texts[1]) && applies(texts[2]));
        assert!(!applies(texts[3]) && !applies(texts[4]) && !applies(texts[5]));
        assert!(!applies(texts[6]) && applies(texts[7]));
        assert!(applies(texts[10]) && !applies(texts[11]) && !applies(texts[12]));
        assert!(!applies(texts[13]) && applies(&latin1.replace(['\u{85}', '\u{a0}'], "")));
        assert!(applies(&printable) && !applies(&ascii));
    }

    /// A Cyrillic capital is lowercased wherever it stands in the blocks, also across two of
    /// them, and the blocks without one are copied as they are.
    #[test]
    fn cyrillic_capitals_are_lowercased_in_any_block() {
        for capital in ['Ѐ', 'Я', 'А', 'Р', 'Z'] {
            for at in 0..70 {
                let text = format!(
                    "ж{}{capital}ж ёлка Ёлка",
                    "ф".repeat(at / 2) + &"x".repeat(at % 2)
                );
                let key = super::simple_key(&text, 7, &mut Vec::new());
                assert_eq!(key, Some(general_key(&text)), "{text:?}");
            }
        }
    }

    /// The ASCII quick path rules out white space other than single spaces wherever it stands
    /// in the blocks, and lowercases as the general path does.
    #[test]
    fn ascii_texts_are_ruled_out_at_any_position() {
        for len in [2, 15, 16, 17, 18, 31, 32, 33, 40] {
            for at in 0..len - 1 {
                for mark in [&b"  "[..], b"\t", b"\x0b", b"\n", b"\r"] {
                    let mut bytes = vec![b'A'; len];
                    bytes[at..at + mark.len()].copy_from_slice(mark);
                    let text = String::from_utf8(bytes).unwrap_or_default();
                    let key = super::simple_key(&text, 7, &mut Vec::new());
                    let applies = key.is_some();
                    // Leading and trailing white space is trimmed, but for `\x0b` (not ASCII
                    // white space to `trim_ascii`).
                    let inner = (at > 0 && at + mark.len() < len) || mark == b"\x0b";
                    assert_eq!(applies, !inner, "{text:?}");
                    if let Some(key) = key {
                        assert_eq!(key, general_key(&text), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn normalizes_case_and_spaces() {
        assert_eq!(
            super::normalize("  Сохранить   ИЗМЕНЕНИЯ? "),
            "сохранить изменения?"
        );
        assert_eq!(super::normalize("Kaydet\tDOSYAYI"), "kaydet dosyayi");
        assert!(matches!(
            super::normalize("設定を開く"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn same_source_translated_differently() {
        let found = run(
            &[
                ("Save changes?", "Сохранить изменения?"),
                ("Open file", "Открыть файл"),
                ("save  CHANGES?", "Сохранить изменения?"),
                ("Save changes?", "Записать изменения?"),
            ],
            "ru",
        );
        assert_eq!(
            found,
            ["C001 inconsistent-target(other=Сохранить изменения?)"]
        );
        let found = run(&[("Settings", "設定"), ("Settings", "環境設定")], "ja");
        assert_eq!(found, ["C001 inconsistent-target(other=設定)"]);
    }

    #[test]
    fn plural_forms_of_one_message_are_not_inconsistent() {
        let (en, ru) = (lang("en"), lang("ru"));
        let forms = [
            ("%d files", "%d файл", "files[0]"),
            ("%d files", "%d файла", "files[1]"),
            ("%d files", "%d файлов", "files[2]"),
        ];
        let pairs: Vec<UnitPair<'_>> = forms
            .iter()
            .map(|(s, t, id)| {
                let mut target = unit(1, &ru, t);
                target.id = id;
                UnitPair {
                    source: unit(0, &en, s),
                    target: Some(target),
                    flags: &[],
                    notes: &[],
                }
            })
            .collect();
        assert!(check_units(&pairs, &Settings::default()).is_empty());
        assert_eq!(super::message_id("files[12]", &[]), "files");
        assert_eq!(super::message_id("menu[open]", &[]), "menu[open]");
        assert_eq!(super::message_id("menu_other", &[]), "menu_other");
    }

    /// i18next plural forms (JSON) and Fluent variants of one message may rightly share a
    /// translation: not different sources with one translation.
    #[test]
    fn catalog_plural_forms_sharing_a_translation_are_not_inconsistent() {
        let (en, tr) = (lang("en"), lang("tr"));
        let one = vec!["plural:one".to_string()];
        let other = vec!["plural:other".to_string()];
        let variant_one = vec!["variant:one".to_string()];
        let variant_other = vec!["variant:other".to_string(), "default-variant".to_string()];
        let forms = [
            (
                "{{count}} boat detained",
                "{{count}} tekne gözaltına alındı",
                "boats_one",
                &one,
            ),
            (
                "{{count}} boats detained",
                "{{count}} tekne gözaltına alındı",
                "boats_other",
                &other,
            ),
            (
                "One day left",
                "{ $n } gün kaldı",
                "days[one]",
                &variant_one,
            ),
            (
                "{ $n } days left",
                "{ $n } gün kaldı",
                "days[other]",
                &variant_other,
            ),
        ];
        let pairs: Vec<UnitPair<'_>> = forms
            .iter()
            .map(|(s, t, id, flags)| {
                let mut target = unit(1, &tr, t);
                target.id = id;
                UnitPair {
                    source: unit(0, &en, s),
                    target: Some(target),
                    flags,
                    notes: &[],
                }
            })
            .collect();
        let found = messages(&check_units(&pairs, &Settings::default()));
        assert!(!found.iter().any(|m| m.starts_with("C00")), "{found:?}");
        assert_eq!(super::message_id("boats_ordinal_few", &one), "boats");
    }

    #[test]
    fn different_sources_with_one_translation() {
        let found = run(
            &[
                ("Delete the file", "Dosyayı sil"),
                ("Remove the file", "Dosyayı sil"),
                ("Delete the file", "Dosyayı sil"),
            ],
            "tr",
        );
        assert_eq!(
            found,
            ["C002 inconsistent-source(other=Delete the file, source=Remove the file)"]
        );
    }
}
