//! The length of a run of lower-case letters `a`–`z` or `а`–`я`, eight
//! bytes at a time (the letters folding keeps as they are).

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The number of bytes `a`–`z` that `bytes` begins with.
#[inline]
pub(crate) fn ascii_lower_len(bytes: &[u8]) -> usize {
    let misfits = |w: u64| {
        // Seven bits of each byte plus an offset never carry into the next:
        // the high bit tells `>= b'a'`, then `>= b'{'`.
        let low7 = w & !HIGH_BITS;
        let from_a = low7 + 0x1F1F_1F1F_1F1F_1F1F;
        let past_z = low7 + 0x0505_0505_0505_0505;
        !(from_a & !past_z & !w) & HIGH_BITS
    };
    let tail = |rest: &[u8]| rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
    leading_len(bytes, 1, misfits, tail)
}

/// The number of bytes of letters `а`–`я` (UTF-8 pairs `D0 B0`–`D0 BF`,
/// `D1 80`–`D1 8F`) that `bytes` begins with.
#[inline]
pub(crate) fn cyrillic_lower_len(bytes: &[u8]) -> usize {
    let misfits = |w: u64| {
        // Four pairs, lead byte low: a pair is a letter when its lead is
        // `D0` or `D1` and the high half of its second byte is `B` after
        // `D0`, `8` after `D1` (`B ^ 3`): zero after these xors and masks.
        let lead_d1 = w & 0x0001_0001_0001_0001;
        let expected = 0xB0D0_B0D0_B0D0_B0D0 ^ (lead_d1 << 12) ^ (lead_d1 << 13);
        (w ^ expected) & 0xF0FE_F0FE_F0FE_F0FE
    };
    let tail = |bytes: &[u8]| {
        let mut rest = bytes;
        while let [0xD0, 0xB0..=0xBF, tail @ ..] | [0xD1, 0x80..=0x8F, tail @ ..] = rest {
            rest = tail;
        }
        bytes.len() - rest.len()
    };
    leading_len(bytes, 2, misfits, tail)
}

/// The length of the run of units of `unit` bytes `bytes` begins with,
/// eight bytes at a time: `misfits` sets bits in the bytes of the units of
/// a little-endian word that are not of the run; `tail` measures the run
/// in the last seven bytes or fewer.
#[inline(always)]
fn leading_len(
    bytes: &[u8],
    unit: usize,
    misfits: impl Fn(u64) -> u64,
    tail: impl Fn(&[u8]) -> usize,
) -> usize {
    let mut n = 0;
    let mut rest = bytes;
    while let Some((chunk, next)) = rest.split_first_chunk::<8>() {
        let wrong = misfits(u64::from_le_bytes(*chunk));
        if wrong != 0 {
            let byte = (wrong.trailing_zeros() / 8) as usize;
            return n + byte / unit * unit;
        }
        n += 8;
        rest = next;
    }
    n + tail(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Eight bytes at a time give the lengths of one byte (or pair) at a
    /// time, for every byte (pair) ending a run at every position.
    #[test]
    fn same_lengths_as_byte_by_byte() {
        let ascii = |b: &[u8]| b.iter().take_while(|b| b.is_ascii_lowercase()).count();
        let cyrillic = |b: &[u8]| {
            2 * b
                .chunks_exact(2)
                .take_while(|p| matches!(p, [0xD0, 0xB0..=0xBF] | [0xD1, 0x80..=0x8F]))
                .count()
        };
        for len in 0..20 {
            for stop in 0..=255u8 {
                let mut text = "abcdefghijklmnopqrstuvwxyz".as_bytes()[..len].to_vec();
                text.push(stop);
                text.extend_from_slice(b"xyzxyzxyz");
                assert_eq!(ascii_lower_len(&text), ascii(&text), "{text:?}");
                let mut text = "абвгдежзийклмнопрстуфхцчшщъыьэюя".as_bytes()[..2 * len].to_vec();
                for lead in [0xD0, 0xD1, 0xD2, 0x50, 0xF0, stop] {
                    let mut text = text.clone();
                    text.extend_from_slice(&[lead, stop]);
                    text.extend_from_slice("ябвгд".as_bytes());
                    assert_eq!(cyrillic_lower_len(&text), cyrillic(&text), "{text:?}");
                }
                text.push(stop);
                assert_eq!(cyrillic_lower_len(&text), cyrillic(&text), "{text:?}");
            }
        }
        assert_eq!(cyrillic_lower_len("мирный договор".as_bytes()), 12);
        assert_eq!(ascii_lower_len(b"peacetreaty talks"), 11);
    }
}
