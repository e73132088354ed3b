//! Romanization of Cyrillic and katakana and a coarse consonant skeleton, so
//! that `Лавров`, `Lavrov` and `ラブロフ` get the same key.

/// Romanizes a Cyrillic letter (lowercase).
fn cyrillic(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ї' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "yu",
        'я' => "ya",
        _ => "",
    }
}

/// Romanizes one katakana character (Hepburn, simplified).
fn katakana(c: char) -> &'static str {
    const ROWS: [(&str, &str); 26] = [
        ("アイウエオ", "a i u e o"),
        ("カキクケコ", "ka ki ku ke ko"),
        ("ガギグゲゴ", "ga gi gu ge go"),
        ("サシスセソ", "sa shi su se so"),
        ("ザジズゼゾ", "za ji zu ze zo"),
        ("タチツテト", "ta chi tsu te to"),
        ("ダヂヅデド", "da ji zu de do"),
        ("ナニヌネノ", "na ni nu ne no"),
        ("ハヒフヘホ", "ha hi fu he ho"),
        ("バビブベボ", "ba bi bu be bo"),
        ("パピプペポ", "pa pi pu pe po"),
        ("マミムメモ", "ma mi mu me mo"),
        ("ヤユヨ", "ya yu yo"),
        ("ラリルレロ", "ra ri ru re ro"),
        ("ワヰヱヲ", "wa i e o"),
        ("ン", "n"),
        ("ヴ", "vu"),
        ("ァィゥェォ", "a i u e o"),
        ("ャュョ", "ya yu yo"),
        ("ヮ", "wa"),
        ("ッー", "_ _"),
        ("ヵヶ", "ka ke"),
        ("ヷヸヹヺ", "va vi ve vo"),
        ("ㇰㇱㇲㇳ", "ku shi su to"),
        ("ㇴㇵㇶㇷ", "nu ha hi fu"),
        ("ㇸㇹㇺㇻ", "he ho mu ra"),
    ];
    for (chars, romaji) in ROWS {
        if let Some(pos) = chars.chars().position(|k| k == c) {
            let out = romaji.split(' ').nth(pos).unwrap_or("");
            return if out == "_" { "" } else { out };
        }
    }
    ""
}

/// Folds Latin letters with diacritics to ASCII (`ç` → `c`, `ı` → `i`).
fn latin(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'į' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'ş' | 'š' | 'ß' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// Lowercase ASCII romanization of a word in Latin, Cyrillic or katakana script.
pub(crate) fn romanize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let lower: String = word.chars().flat_map(char::to_lowercase).collect();
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                out.push(c);
            }
            i += 1;
            continue;
        }
        if c == 'д' && chars.get(i + 1) == Some(&'ж') {
            out.push('j');
            i += 2;
            continue;
        }
        match c {
            '\u{0400}'..='\u{04FF}' => out.push_str(cyrillic(c)),
            '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => out.push_str(katakana(c)),
            _ => {
                let l = latin(c);
                if l.is_ascii_alphabetic() {
                    out.push(l);
                }
            }
        }
        i += 1;
    }
    out
}

/// Russian case endings stripped before the skeleton (`Лаврова` → `Лавров`).
const RU_ENDINGS: [&str; 30] = [
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем", "ым", "им",
    "ам", "ям", "ах", "ях", "ую", "ая", "ое", "ые", "ие", "ый", "ий", "ы", "а", "я", "у", "е",
];

/// Strips one Russian case ending from a word of at least five letters.
pub(crate) fn strip_russian_ending(word: &str) -> &str {
    let n = word.chars().count();
    if n < 5 {
        return word;
    }
    for ending in RU_ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 4
        {
            return stem;
        }
    }
    word
}

/// Skeleton keys of a word in any script: one, or two for a Cyrillic word
/// with `х`, which stands for English `h` (`Хэмилтон` = `Hamilton`) as
/// often as for `kh`/`ch` (`технология` = `technology`).
pub(crate) fn skeletons(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let stem = strip_russian_ending(&lower);
    let mut out = vec![skeleton(&romanize(stem))];
    if stem.contains('х') {
        let variant = skeleton(&romanize(&stem.replace('х', "h")));
        if variant != out[0] {
            out.push(variant);
        }
    }
    out
}

/// Consonant classes: similar sounds across transliterations share a class.
fn class(c: char, next: Option<char>) -> Option<char> {
    Some(match c {
        'b' | 'p' | 'v' | 'f' => 'B',
        'c' => match next {
            Some('e' | 'i' | 'y') => 'S',
            _ => 'K',
        },
        'k' | 'g' | 'q' => 'K',
        'd' | 't' => 'T',
        'j' | 's' | 'z' => 'S',
        'l' | 'r' => 'R',
        'm' | 'n' => 'N',
        _ => return None,
    })
}

/// The consonant skeleton of a romanized word: vowels, `h`, `w`, `y` dropped,
/// similar consonants merged, repeats collapsed; a leading vowel becomes `A`.
/// `lavrov` → `RBRB`, `rabufu` → `RBRB`, `abe` → `AB`.
pub(crate) fn skeleton(romanized: &str) -> String {
    let chars: Vec<char> = romanized.chars().collect();
    let mut out = String::new();
    if chars
        .first()
        .is_some_and(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
    {
        out.push('A');
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        // Digraphs that stand for one sound: sh, ch, zh, kh, ts, th, ph.
        let (cls, step) = match (c, next) {
            ('s' | 'z', Some('h')) => (Some('S'), 2),
            // チ (chi) and ツ (tsu) stand for `ti` / `tu`: `ch`, `ts` join `t`.
            ('c', Some('h')) | ('t', Some('s')) => (Some('T'), 2),
            ('k', Some('h')) => (Some('K'), 2),
            ('t', Some('h')) => (Some('T'), 2),
            ('p', Some('h')) => (Some('B'), 2),
            _ => (class(c, next), 1),
        };
        if c == 'x' {
            // `x` is `ks`: `Alexei` = `Алексей`.
            if !out.ends_with('K') {
                out.push('K');
            }
            out.push('S');
        } else if let Some(k) = cls
            && !out.ends_with(k)
        {
            out.push(k);
        }
        i += step;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(word: &str) -> String {
        skeleton(&romanize(strip_russian_ending(word)))
    }

    #[test]
    fn names_meet_across_scripts() {
        assert_eq!(key("Lavrov"), "RBRB");
        assert_eq!(key("Лавров"), "RBRB");
        assert_eq!(key("Лаврова"), "RBRB");
        assert_eq!(key("ラブロフ"), "RBRB");
        assert_eq!(key("Trump"), key("Трамп"));
        assert_eq!(key("Trump"), key("トランプ"));
        assert_eq!(key("Abe"), key("Абэ"));
        assert_eq!(key("Abe"), key("アベ"));
        assert_eq!(key("Putin"), key("Путин"));
        assert_eq!(key("Putin"), key("プーチン"));
        assert_ne!(key("Lavrov"), key("Putin"));
        assert_eq!(key("Alexei"), key("Алексей"));
        assert!(skeletons("Хэмилтоне").contains(&skeleton(&romanize("Hamilton"))));
        assert!(skeletons("технологии").contains(&skeleton(&romanize("technologi"))));
    }

    #[test]
    fn romanizes_each_script() {
        assert_eq!(romanize("Джонсон"), "jonson");
        assert_eq!(romanize("ジョンソン"), "jiyonson");
        assert_eq!(romanize("Çavuşoğlu"), "cavusoglu");
    }
}
