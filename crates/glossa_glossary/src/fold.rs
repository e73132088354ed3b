//! Normalization for matching: NFKC (width folding), language-aware case
//! folding (Turkish `İ`/`ı` through ICU4X), `ё` → `е`, quote, apostrophe,
//! dash and space folding — with an offset map back to the original text.

use std::ops::Range;

use glossa_text::Lang;
use icu_casemap::{CaseMapper, CaseMapperBorrowed};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Folds text the same way for glossary terms and for the texts they are
/// searched in.
#[derive(Debug, Clone, Copy)]
pub struct Folder {
    cm: CaseMapperBorrowed<'static>,
    turkic: bool,
    strip_stress: bool,
    counter_ka: bool,
    fold_case: bool,
}

/// Folded text plus the map back to the original byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// One entry per original unit (a character with its combining marks):
    /// (start in folded text, start in original text).
    units: Vec<(u32, u32)>,
    original_len: usize,
}

impl Folded {
    /// The original byte range a folded byte range comes from. Ranges that
    /// cut a unit are widened to whole units.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.unit_at(folded.start).map_or(0, |i| self.orig_start(i));
        let end = if folded.end <= folded.start {
            start
        } else {
            self.unit_at(folded.end - 1)
                .map_or(self.original_len, |i| self.orig_start(i + 1))
        };
        start..end
    }

    /// The original byte offset where the unit covering folded byte `pos`
    /// starts.
    pub fn original_start(&self, pos: usize) -> usize {
        self.unit_at(pos).map_or(0, |i| self.orig_start(i))
    }

    /// One entry per original unit: (start in folded text, start in
    /// original text).
    pub(crate) fn units(&self) -> &[(u32, u32)] {
        &self.units
    }

    fn orig_start(&self, unit: usize) -> usize {
        self.units
            .get(unit)
            .map_or(self.original_len, |&(_, o)| o as usize)
    }

    fn unit_at(&self, pos: usize) -> Option<usize> {
        let idx = self.units.partition_point(|&(f, _)| f as usize <= pos);
        idx.checked_sub(1)
    }
}

impl Folder {
    /// The folder for a language: Turkic case rules for `tr`/`az`, stress
    /// marks dropped for Russian.
    pub fn new(lang: &Lang) -> Self {
        let primary = lang.primary();
        Self {
            cm: CaseMapper::new(),
            turkic: matches!(primary, "tr" | "az"),
            strip_stress: matches!(primary, "ru" | "uk" | "be"),
            counter_ka: primary == "ja",
            fold_case: true,
        }
    }

    /// The same folder without case folding (for case-sensitive terms).
    pub fn keep_case(self) -> Self {
        Self {
            fold_case: false,
            ..self
        }
    }

    /// Folds a short string (a term or a token).
    pub fn fold_str(&self, s: &str) -> String {
        self.fold(s).text
    }

    /// Folds a text, keeping the offset map.
    pub fn fold(&self, text: &str) -> Folded {
        let mut folded = Folded::default();
        self.fold_into(text, &mut folded);
        folded
    }

    /// [`Self::fold`] into `folded`, reusing its buffers.
    pub fn fold_into(&self, text: &str, folded: &mut Folded) {
        let Folded {
            text: out,
            units,
            original_len,
        } = folded;
        out.clear();
        out.reserve(text.len() + text.len() / 8);
        units.clear();
        units.reserve(text.len());
        *original_len = text.len();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            units.push((to_u32(out.len()), to_u32(i)));
            let b = bytes[i];
            if b.is_ascii() {
                self.push_ascii(b, out);
                i += 1;
                continue;
            }
            let rest = text.get(i..).unwrap_or_default();
            let len = unit_len(rest);
            let unit = rest.get(..len).unwrap_or_default();
            self.push_unit(unit, out);
            i += len.max(1);
        }
    }

    fn push_ascii(&self, b: u8, out: &mut String) {
        out.push(self.fold_ascii(b));
    }

    fn fold_ascii(&self, b: u8) -> char {
        match b {
            b'I' if self.turkic && self.fold_case => 'ı',
            b'A'..=b'Z' if self.fold_case => char::from(b.to_ascii_lowercase()),
            b'`' => '\'',
            b'\t' | b'\r' | 0x0b | 0x0c => ' ',
            _ => char::from(b),
        }
    }

    /// The folding of `c` when it is one of the characters folded one to
    /// one without tables (ASCII, Cyrillic, Latin-1 letters, kana, CJK
    /// ideographs: what [`Folder::fold`] makes of it alone); `None` for the
    /// others, whose folding may depend on what follows them.
    pub(crate) fn fold_simple(&self, c: char) -> Option<char> {
        match u8::try_from(c) {
            Ok(b) if b.is_ascii() => Some(self.fold_ascii(b)),
            _ => self.fast_fold(c),
        }
    }

    fn push_unit(&self, unit: &str, out: &mut String) {
        let mut chars = unit.chars();
        let single = chars.next().filter(|_| chars.as_str().is_empty());
        if let Some(c) = single
            && let Some(folded) = self.fast_fold(c)
        {
            out.push(folded);
            return;
        }
        match single {
            Some(c) if is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes => {
                self.push_char(c, out);
            }
            _ => {
                for c in unit.nfkc() {
                    self.push_char(c, out);
                }
            }
        }
    }

    /// The folding of the most frequent letters (Cyrillic, Latin-1),
    /// which NFKC leaves alone and whose case folding is a fixed offset,
    /// and of the most frequent quotes, dashes and spaces.
    fn fast_fold(&self, c: char) -> Option<char> {
        let code = u32::from(c);
        let upper_to_lower = |code: u32| if self.fold_case { code + 0x20 } else { code };
        let shifted = match code {
            0x0410..=0x042F => upper_to_lower(code),
            0x0430..=0x044F => code,
            0x0401 if self.fold_case => 0x0435,
            0x0401 => 0x0415,
            0x0451 => 0x0435,
            0x00C0..=0x00DE if code != 0x00D7 => upper_to_lower(code),
            0x00DF..=0x00FF if code != 0x00F7 => code,
            // Turkish ğ, ş (and their capitals), dotless ı.
            0x011E | 0x015E if self.fold_case => code + 1,
            0x011E | 0x015E => code,
            0x011F | 0x015F | 0x0131 => code,
            // Hiragana, katakana (not the compatibility sound marks and
            // ヿ, nor the small counter ヵ ヶ) and CJK ideographs: NFKC-stable
            // and caseless.
            0x3041..=0x3096
            | 0x30A1..=0x30F4
            | 0x30F7..=0x30FA
            | 0x30FC..=0x30FE
            | 0x4E00..=0x9FFF => code,
            // Guillemets and double quotes; no-break space, dashes and
            // single quotes, folded as `fold` folds them.
            0x00AB | 0x00BB | 0x201C..=0x201E => code,
            0x00A0 => 0x20,
            0x2013 | 0x2014 => 0x2D,
            0x2018 | 0x2019 => 0x27,
            _ => return None,
        };
        char::from_u32(shifted)
    }

    fn push_char(&self, c: char, out: &mut String) {
        let c = if self.fold_case {
            match c {
                'İ' if !self.turkic => 'i',
                c if self.turkic => self.cm.simple_fold_turkic(c),
                c => self.cm.simple_fold(c),
            }
        } else {
            c
        };
        match c {
            'ё' => out.push('е'),
            'Ё' => out.push('Е'),
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{02BB}' | '\u{00B4}'
            | '\u{2032}' | '`' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' | '\u{FE63}' => out.push('-'),
            // Invisible: soft hyphen, zero-width space/joiners, BOM.
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            // Combining dot above left over from a lowercased `İ`.
            '\u{0307}' if out.ends_with('i') => {}
            '\u{0301}' | '\u{0300}' if self.strip_stress => {}
            // Counter spellings: 7ヵ国 = 7ヶ国 = 7カ国.
            'ヵ' | 'ヶ' if self.counter_ka => out.push('カ'),
            '\n' => out.push('\n'),
            c if c.is_whitespace() => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Length in bytes of the unit starting `s`: one character plus the
/// combining marks (and half-width sound marks) that follow it.
fn unit_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let mut end = first.len_utf8();
    // Fast exit: an ASCII, basic Cyrillic or CJK ideograph next is no mark.
    let bytes = s.as_bytes();
    let kana_no_mark = |i: usize| {
        bytes.get(i + 1) != Some(&0x82) || !matches!(bytes.get(i + 2), Some(0x99 | 0x9A))
    };
    if bytes.get(end).is_none_or(|&b| {
        b < 0x80
            || b == 0xD0
            || b == 0xD1
            || (0xE4..=0xE9).contains(&b)
            || (b == 0xE3 && kana_no_mark(end))
    }) {
        return end;
    }
    for (i, c) in chars {
        if is_attached_mark(c) {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn is_attached_mark(c: char) -> bool {
    matches!(c, '\u{FF9E}' | '\u{FF9F}') || unicode_normalization::char::is_combining_mark(c)
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(tag: &str) -> Folder {
        Folder::new(&Lang::parse(tag).expect("tag"))
    }

    #[test]
    fn turkish_dotted_and_dotless_i() {
        let tr = folder("tr");
        assert_eq!(tr.fold_str("İstanbul"), "istanbul");
        assert_eq!(tr.fold_str("KURİL"), "kuril");
        assert_eq!(tr.fold_str("ILIK"), "ılık");
        assert_eq!(tr.fold_str("ĞÜŞÇÖ ğüşçö"), "ğüşçö ğüşçö");
        // Outside Turkish, `I` is `i`.
        assert_eq!(folder("en").fold_str("ISTANBUL"), "istanbul");
        assert_eq!(folder("en").fold_str("İstanbul"), "istanbul");
    }

    #[test]
    fn russian_yo_and_stress() {
        let ru = folder("ru");
        assert_eq!(ru.fold_str("Всё"), "все");
        assert_eq!(ru.fold_str("ЁЖ"), "еж");
        assert_eq!(folder("en").fold_str("ÀÉÎÕÜß×"), "àéîõüß×");
        assert_eq!(ru.keep_case().fold_str("Ёж"), "Еж");
        assert_eq!(ru.fold_str("ми\u{301}рный"), "мирный");
        assert_eq!(ru.fold_str("и\u{306}од"), "йод");
    }

    #[test]
    fn width_quotes_and_dashes() {
        let ja = folder("ja");
        assert_eq!(ja.fold_str("２プラス２"), "2プラス2");
        assert_eq!(ja.fold_str("ｶﾞｽ"), "ガス");
        assert_eq!(ja.fold_str("か\u{3099}き"), "がき");
        assert_eq!(ja.fold_str("Ｇ７"), "g7");
        assert_eq!(ja.fold_str("主要7ヵ国と主要７ヶ国"), "主要7カ国と主要7カ国");
        let tr = folder("tr");
        assert_eq!(tr.fold_str("Japonya’nın"), "japonya'nın");
        assert_eq!(folder("en").fold_str("two–plus—two"), "two-plus-two");
        assert_eq!(folder("ru").fold_str("мир\u{a0}и"), "мир и");
    }

    /// The characters folded without tables are folded as the tables fold
    /// them (NFKC, case folding, quotes and dashes).
    #[test]
    fn fast_folding_agrees_with_tables() {
        let mut checked = 0;
        for tag in ["en", "ru", "tr", "ja"] {
            for folder in [folder(tag), folder(tag).keep_case()] {
                for c in (0..0xA000).filter_map(char::from_u32) {
                    let Some(fast) = folder.fast_fold(c) else {
                        continue;
                    };
                    let mut slow = String::new();
                    for c in std::iter::once(c).nfkc() {
                        folder.push_char(c, &mut slow);
                    }
                    assert_eq!(fast.to_string(), slow, "{tag}: {c:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 8 * 20_000, "{checked}");
    }

    #[test]
    fn offsets_map_back() {
        let ru = folder("ru");
        let text = "Ещё ２ ДОГОВОРА";
        let folded = ru.fold(text);
        assert_eq!(folded.text, "еще 2 договора");
        let start = folded.text.find("договора").expect("found");
        let range = folded.original_range(start..start + "договора".len());
        assert_eq!(&text[range], "ДОГОВОРА");
        let two = folded.text.find('2').expect("digit");
        assert_eq!(&text[folded.original_range(two..two + 1)], "２");
        let tr = folder("tr");
        let text = "IRAK'a";
        let folded = tr.fold(text);
        assert_eq!(folded.text, "ırak'a");
        assert_eq!(&text[folded.original_range(0..folded.text.len())], text);
    }
}
