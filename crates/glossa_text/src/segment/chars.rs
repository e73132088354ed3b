//! Character classes used by the boundary scanner.

/// Ends a sentence (UAX #29 STerm/ATerm, the common subset).
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '‼'
            | '‽'
            | '⁇'
            | '⁈'
            | '⁉'
            | '。'
            | '！'
            | '？'
            | '．'
            | '｡'
            | '।'
            | '॥'
            | '؟'
            | '۔'
            | '։'
            | '።'
            | '။'
            | '᙮'
    )
}

/// Full-width terminators that end a sentence without a following space.
pub(crate) fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '．' | '｡')
}

/// A closing quote or bracket that stays with the sentence before it.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '”'
            | '’'
            | '“'
            | '»'
            | '›'
            | '」'
            | '』'
            | '〟'
            | '｣'
            | '）'
            | ')'
            | ']'
            | '}'
            | '〉'
            | '》'
            | '】'
            | '〕'
    )
}

/// A closing bracket (as opposed to a quote).
pub(crate) fn is_bracket_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '）')
}

/// An opening bracket tracked for the bracket rule.
pub(crate) fn is_bracket_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '（')
}

/// A quotation mark among the closers.
pub(crate) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '”' | '’' | '“' | '»' | '›' | '」' | '』' | '〟' | '｣'
    )
}

/// Opening punctuation that can precede a word (stripped from a token).
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '„' | '‹' | '(' | '[' | '{' | '「' | '『' | '（'
    )
}

/// A dash introducing a reporting clause (`«…?» — спросил он`).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Hiragana.
pub(crate) fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// Kana, CJK ideographs and full-width forms: letters of unspaced scripts.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF10}'..='\u{FF5A}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{3000}'..='\u{303F}'
    )
}

/// ASCII or full-width digit.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Bytes that start a character the scanner must look at: terminators,
/// brackets, and lead bytes of non-ASCII terminators and brackets.
pub(crate) const INTERESTING: [bool; 256] = {
    let mut table = [false; 256];
    let ascii = [b'.', b'!', b'?', b'(', b')', b'[', b']'];
    let mut i = 0;
    while i < ascii.len() {
        table[ascii[i] as usize] = true;
        i += 1;
    }
    // Lead bytes of: ։ (D6), ؟ (D8), ۔ (DB), । ॥ (E0), ። ။ ᙮ (E1),
    // … ‼ ‽ ⁇ ⁈ ⁉ (E2), 。 (E3), ！ ？ ． （ ） ｡ (EF).
    let leads = [0xD6u8, 0xD8, 0xDB, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF];
    let mut j = 0;
    while j < leads.len() {
        table[leads[j] as usize] = true;
        j += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_terminator_and_bracket_has_an_interesting_lead_byte() {
        let all = "。！？．｡…‼‽⁇⁈⁉।॥؟۔։።။᙮.!?()[]（）";
        for c in all.chars() {
            let mut buf = [0u8; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(INTERESTING[first as usize], "{c}");
        }
        assert!(!INTERESTING["д".as_bytes()[0] as usize]);
        // Four-byte characters (F0..) are stepped over byte by byte.
        assert!(!INTERESTING[0xF0] && !INTERESTING["漢".as_bytes()[0] as usize]);
        // The scanner skips E2/E3/EF characters outside these second bytes.
        for c in "…‼⁇⁈⁉‽".chars() {
            let mut buf = [0u8; 4];
            let second = c.encode_utf8(&mut buf).as_bytes()[1];
            assert!(matches!(second, 0x80 | 0x81), "{c}");
        }
        for c in "。".chars() {
            let mut buf = [0u8; 4];
            assert_eq!(c.encode_utf8(&mut buf).as_bytes()[1], 0x80);
        }
        for c in "！？．（）｡".chars() {
            let mut buf = [0u8; 4];
            let second = c.encode_utf8(&mut buf).as_bytes()[1];
            assert!(matches!(second, 0xBC | 0xBD), "{c}");
        }
    }
}
