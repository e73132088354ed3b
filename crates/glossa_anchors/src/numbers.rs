//! Numerals written with digits or kanji, locale separators, scale words and
//! centuries.

use glossa_text::Lang;

use crate::tokens::{Kind, Script, Token};
use crate::value::Value;
use crate::words::lowercase;

/// A number found at a token: its value, the first token after it, and
/// whether it is only a soft hint (a small kanji numeral inside a word).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parsed {
    pub value: Value,
    pub end: usize,
    pub soft: bool,
}

/// True when the language writes the decimal separator as a comma and
/// groups thousands with dots or spaces (`1.000,5`).
pub(crate) fn decimal_comma(lang: &Lang) -> bool {
    !matches!(
        lang.primary(),
        "en" | "ja" | "zh" | "ko" | "th" | "he" | "hi" | "ga" | "mt" | "ms" | "tl" | "sw"
    )
}

fn is_space(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == Kind::Space && t.char_len() == 1)
}

fn digits_at<'t, 'a>(tokens: &'t [Token<'a>], i: usize) -> Option<&'t Token<'a>> {
    tokens.get(i).filter(|t| t.kind == Kind::Digits)
}

/// Parses a numeral starting with the digits token at `i`.
pub(crate) fn digits_number(tokens: &[Token], i: usize, lang: &Lang) -> Option<Parsed> {
    let first = digits_at(tokens, i)?;
    let mut value = Value::digits(first.text)?;
    let comma_decimal = decimal_comma(lang);
    let mut j = i + 1;
    // Thousands groups: `1,000`, `1.000` (ru/tr), `1 000`, `1 000` (NBSP, thin space).
    while first.text.len() <= 3 {
        let (Some(sep), Some(group)) = (tokens.get(j), digits_at(tokens, j + 1)) else {
            break;
        };
        if group.text.len() != 3 || digits_at(tokens, j + 2).is_some() {
            break;
        }
        let is_group = match sep.kind {
            Kind::Space => is_space(tokens, j),
            Kind::Punct => match sep.ch() {
                ',' => !comma_decimal,
                '.' => comma_decimal,
                _ => false,
            },
            _ => false,
        };
        if !is_group {
            break;
        }
        value = value.push_group(group.text.parse().ok()?)?;
        j += 2;
    }
    // Decimal part: `3.5` everywhere, `3,5` in decimal-comma languages.
    if let (Some(sep), Some(frac)) = (tokens.get(j), digits_at(tokens, j + 1)) {
        let is_decimal = match sep.kind {
            Kind::Punct => match sep.ch() {
                '.' => !comma_decimal || frac.text.len() != 3,
                ',' => comma_decimal,
                _ => false,
            },
            _ => false,
        };
        if is_decimal && digits_at(tokens, j + 2).is_none() {
            value = value.with_fraction(frac.text)?;
            j += 2;
        }
    }
    let (value, j) = japanese_units(tokens, value, j).unwrap_or((value, j));
    let (value, j) = scale_word(tokens, value, j).unwrap_or((value, j));
    let j = percent(tokens, j);
    Some(Parsed {
        value,
        end: j,
        soft: false,
    })
}

fn percent(tokens: &[Token], j: usize) -> usize {
    if tokens.get(j).is_some_and(|t| t.is_punct('%')) {
        j + 1
    } else if is_space(tokens, j) && tokens.get(j + 1).is_some_and(|t| t.is_punct('%')) {
        j + 2
    } else {
        j
    }
}

fn unit_exponent(c: char) -> Option<u32> {
    match c {
        '十' => Some(1),
        '百' => Some(2),
        '千' => Some(3),
        '万' => Some(4),
        '億' => Some(8),
        '兆' => Some(12),
        _ => None,
    }
}

/// Exponent of a run made only of unit characters (`千万` → 7).
fn units_only(text: &str) -> Option<u32> {
    text.chars().map(unit_exponent).sum()
}

/// `82万`, `1億2000万`, `1万2000`: digits followed by kanji units.
fn japanese_units(tokens: &[Token], mut value: Value, mut j: usize) -> Option<(Value, usize)> {
    let unit = tokens.get(j).filter(|t| t.kind == Kind::KanjiNum)?;
    let mut exp = units_only(unit.text)?;
    let mut total = value.scaled(exp)?;
    j += 1;
    // Further parts with smaller units: `1億 2000万`, `1万 2000`.
    while let Some(next) = digits_at(tokens, j) {
        value = Value::digits(next.text)?;
        let next_exp = tokens
            .get(j + 1)
            .filter(|t| t.kind == Kind::KanjiNum)
            .and_then(|t| units_only(t.text));
        match next_exp {
            Some(e) if e < exp => {
                total = total.plus(value.scaled(e)?)?;
                exp = e;
                j += 2;
            }
            Some(_) => break,
            None => {
                if value.as_int()? < 10u128.pow(exp) {
                    total = total.plus(value)?;
                    j += 1;
                }
                break;
            }
        }
    }
    Some((total, j))
}

/// Scale words after a number: `1.5 million`, `2 млрд`, `3 milyon`, `10 тыс.`.
fn scale_word(tokens: &[Token], value: Value, j: usize) -> Option<(Value, usize)> {
    let k = if is_space(tokens, j) { j + 1 } else { j };
    let word = tokens.get(k).filter(|t| matches!(t.kind, Kind::Word(_)))?;
    let mut buffer = [0; 64];
    let exp = scale_exponent(&lowercase(word.text, &mut buffer))?;
    Some((value.scaled(exp)?, k + 1))
}

fn scale_exponent(word: &str) -> Option<u32> {
    let starts = |p: &str| word.starts_with(p);
    Some(match word {
        "thousand" | "thousands" | "тыс" | "bin" => 3,
        "million" | "millions" | "mln" | "млн" => 6,
        "billion" | "billions" | "bn" | "млрд" => 9,
        "trillion" | "trillions" | "трлн" => 12,
        _ if starts("тысяч") => 3,
        _ if starts("миллион") || starts("milyon") => 6,
        _ if starts("миллиард") || starts("milyar") => 9,
        _ if starts("триллион") || starts("trilyon") => 12,
        _ => return None,
    })
}

fn kanji_digit(c: char) -> Option<u128> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Value of a kanji numeral: digit by digit (`二〇一九`) or positional
/// (`十四`, `三百五十`, `一億二千万`).
pub(crate) fn kanji_value(text: &str) -> Option<Value> {
    let has_unit = text.chars().any(|c| unit_exponent(c).is_some());
    if !has_unit {
        let mut v: u128 = 0;
        for c in text.chars() {
            v = v.checked_mul(10)?.checked_add(kanji_digit(c)?)?;
        }
        return Some(Value::int(v));
    }
    let (mut total, mut section, mut current) = (0u128, 0u128, 0u128);
    for c in text.chars() {
        if let Some(d) = kanji_digit(c) {
            current = current.checked_mul(10)?.checked_add(d)?;
            continue;
        }
        let exp = unit_exponent(c)?;
        let mult = 10u128.pow(exp);
        if exp <= 3 {
            section = section.checked_add(current.max(1).checked_mul(mult)?)?;
        } else {
            let part = (section + current).max(1);
            total = total.checked_add(part.checked_mul(mult)?)?;
            section = 0;
        }
        current = 0;
    }
    Some(Value::int(
        total.checked_add(section)?.checked_add(current)?,
    ))
}

/// Parses the kanji numeral token at `i`. Single characters and values up to
/// twelve are soft: `一方`, `十分` are words, not figures.
pub(crate) fn kanji_number(tokens: &[Token], i: usize) -> Option<Parsed> {
    let tok = tokens.get(i).filter(|t| t.kind == Kind::KanjiNum)?;
    // `数十` (dozens), `何百` (hundreds of): not a figure.
    if i > 0 && matches!(tokens[i - 1].text, "数" | "何") {
        return None;
    }
    let value = kanji_value(tok.text)?;
    let small = value.as_int().is_some_and(|v| v <= 12);
    let end = percent(tokens, i + 1);
    Some(Parsed {
        value,
        end,
        soft: small || tok.char_len() == 1,
    })
}

fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    let mut total = 0i32;
    let mut prev = 0i32;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    u32::try_from(total).ok().filter(|v| *v > 0)
}

fn is_century_word(tok: &Token) -> bool {
    let mut buffer = [0; 64];
    let lower = lowercase(tok.text, &mut buffer);
    match tok.kind {
        Kind::Word(Script::Latin) => {
            lower == "century" || lower == "centuries" || lower.starts_with("yüzyıl")
        }
        Kind::Word(Script::Cyrillic) => {
            lower == "вв" || (lower.starts_with("век") && lower.chars().count() <= 5)
        }
        _ => false,
    }
}

fn is_ordinal_suffix(tok: &Token) -> bool {
    let mut buffer = [0; 64];
    matches!(
        &*lowercase(tok.text, &mut buffer),
        "st" | "nd"
            | "rd"
            | "th"
            | "й"
            | "го"
            | "м"
            | "ом"
            | "inci"
            | "ıncı"
            | "uncu"
            | "üncü"
            | "nci"
            | "ncı"
            | "ncu"
            | "ncü"
    )
}

/// `20th century`, `XX века`, `20世紀`, `20. yüzyıl`, `XX. yüzyılda` →
/// the century number and the first token after the phrase.
pub(crate) fn century(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let tok = tokens.get(i)?;
    let n = match tok.kind {
        Kind::Digits if tok.text.len() <= 2 => tok.text.parse().ok()?,
        Kind::KanjiNum => u32::try_from(kanji_value(tok.text)?.as_int()?).ok()?,
        Kind::Word(Script::Latin) => roman_value(tok.text)?,
        _ => return None,
    };
    if n == 0 || n > 30 {
        return None;
    }
    let mut j = i + 1;
    // `世紀` directly after the number.
    if tokens.get(j).is_some_and(|t| t.text == "世")
        && tokens.get(j + 1).is_some_and(|t| t.text == "紀")
    {
        return Some((n, j + 2));
    }
    // Ordinal marks: `20th`, `20-й`, `20.`, `20'nci`.
    if tokens
        .get(j)
        .is_some_and(|t| t.is_punct('-') || t.is_apostrophe())
        && tokens.get(j + 1).is_some_and(is_ordinal_suffix)
    {
        j += 2;
    } else if tokens.get(j).is_some_and(|t| {
        (matches!(t.kind, Kind::Word(_)) && is_ordinal_suffix(t)) || t.is_punct('.')
    }) {
        j += 1;
    }
    if tokens
        .get(j)
        .is_some_and(|t| t.is_punct('-') || (t.kind == Kind::Space && t.char_len() == 1))
    {
        j += 1;
    }
    let word = tokens.get(j)?;
    is_century_word(word).then_some((n, j + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn num(text: &str, lang: &str) -> Option<String> {
        let tokens = tokenize(text);
        let lang = Lang::parse(lang).unwrap();
        let i = tokens.iter().position(|t| t.kind == Kind::Digits)?;
        digits_number(&tokens, i, &lang).map(|p| p.value.key())
    }

    #[test]
    fn separators_follow_the_locale() {
        assert_eq!(num("1,000 people", "en").as_deref(), Some("1000"));
        assert_eq!(num("1 000 человек", "ru").as_deref(), Some("1000"));
        assert_eq!(num("1\u{a0}000 человек", "ru").as_deref(), Some("1000"));
        assert_eq!(num("820.000'den fazla", "tr").as_deref(), Some("820000"));
        assert_eq!(num("3,5 процента", "ru").as_deref(), Some("3.5"));
        assert_eq!(num("3.5 percent", "en").as_deref(), Some("3.5"));
        assert_eq!(num("yüzde 3,5", "tr").as_deref(), Some("3.5"));
        assert_eq!(num("１，０００人", "ja").as_deref(), Some("1000"));
    }

    #[test]
    fn scale_words_and_japanese_units() {
        assert_eq!(num("1.5 million", "en").as_deref(), Some("1500000"));
        assert_eq!(num("1,5 млн", "ru").as_deref(), Some("1500000"));
        assert_eq!(num("1,5 milyon", "tr").as_deref(), Some("1500000"));
        assert_eq!(num("150万人", "ja").as_deref(), Some("1500000"));
        assert_eq!(num("1億2000万円", "ja").as_deref(), Some("120000000"));
        assert_eq!(num("1万2000人", "ja").as_deref(), Some("12000"));
    }

    #[test]
    fn kanji_numerals() {
        assert_eq!(kanji_value("二〇一九").unwrap().key(), "2019");
        assert_eq!(kanji_value("十四").unwrap().key(), "14");
        assert_eq!(kanji_value("三百五十").unwrap().key(), "350");
        assert_eq!(kanji_value("一億二千万").unwrap().key(), "120000000");
        assert_eq!(kanji_value("万").unwrap().key(), "10000");
    }

    #[test]
    fn centuries_in_four_languages() {
        let c = |t: &str| {
            let tokens = tokenize(t);
            (0..tokens.len())
                .find_map(|i| century(&tokens, i))
                .map(|x| x.0)
        };
        assert_eq!(c("in the 20th century"), Some(20));
        assert_eq!(c("в XX веке"), Some(20));
        assert_eq!(c("20世紀の"), Some(20));
        assert_eq!(c("20. yüzyılda"), Some(20));
        assert_eq!(c("XIX. yüzyıl"), Some(19));
        assert_eq!(c("20 people"), None);
    }
}
