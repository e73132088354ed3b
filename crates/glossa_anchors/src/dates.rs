//! Dates in English, Russian, Japanese and Turkish formats, normalized to
//! ISO-like keys: `date:2019-01-17`, `date:--01-14` (no year), `date:2019-01`.

use glossa_text::Lang;

use crate::numbers::kanji_value;
use crate::tokens::{Kind, Script, Token};
use crate::words::{first_lowercase, lowercase};

/// A date found at a token: its key and the first token after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateMatch {
    pub key: String,
    pub end: usize,
    pub soft: bool,
}

const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const EN_ABBR: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const RU_STEMS: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];
const TR_MONTHS: [&str; 12] = [
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
    "kasım", "aralık",
];
const TR_ASCII: [&str; 12] = [
    "ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim",
    "kasim", "aralik",
];

/// The month (1–12) named by a word token, in any of the four languages.
fn month_of(tok: &Token) -> Option<u32> {
    let Kind::Word(script) = tok.kind else {
        return None;
    };
    // Every month name has three letters or more (`may`, `май`).
    if tok.text.len() < 3
        || !tok
            .text
            .chars()
            .next()
            .is_some_and(|c| may_start_month_name(first_lowercase(c)))
    {
        return None;
    }
    let mut buffer = [0; 64];
    let lower = lowercase(tok.text, &mut buffer);
    let lower = lower.as_ref();
    let index = |list: &[&str]| list.iter().position(|m| *m == lower);
    let found = match script {
        Script::Latin => {
            let capital = tok.text.chars().next().is_some_and(char::is_uppercase);
            let en = if capital {
                index(&EN_MONTHS)
                    .or_else(|| index(&EN_ABBR))
                    .or_else(|| (lower == "sept").then_some(8))
            } else {
                None
            };
            en.or_else(|| index(&TR_MONTHS))
                .or_else(|| index(&TR_ASCII))
        }
        Script::Cyrillic => RU_STEMS.iter().position(|stem| {
            let rest = lower.strip_prefix(stem).map(|r| r.chars().count());
            match (*stem, rest) {
                ("ма", Some(1)) => matches!(lower, "май" | "мая" | "мае" | "маю"),
                ("март", Some(r)) => r <= 2 && !lower.starts_with("марш"),
                (_, Some(r)) => r <= 3,
                _ => false,
            }
        }),
        _ => None,
    };
    found.and_then(|i| u32::try_from(i + 1).ok())
}

/// False for a lowercase letter that starts no month name of English, Russian or Turkish
/// (most words): a first test before the names are compared.
pub const fn may_start_month_name(first: char) -> bool {
    matches!(
        first,
        'j' | 'f'
            | 'm'
            | 'a'
            | 's'
            | 'o'
            | 'n'
            | 'd'
            | 'h'
            | 't'
            | 'e'
            | 'k'
            | 'ş'
            | 'я'
            | 'ф'
            | 'м'
            | 'а'
            | 'и'
            | 'с'
            | 'о'
            | 'н'
            | 'д'
    )
}

/// A small number written with digits or kanji: its value and digit count.
fn small_num(tok: &Token) -> Option<(u32, usize)> {
    match tok.kind {
        Kind::Digits if tok.text.len() <= 4 => Some((tok.text.parse().ok()?, tok.text.len())),
        Kind::KanjiNum => {
            let v = u32::try_from(kanji_value(tok.text)?.as_int()?).ok()?;
            let digits = v.to_string().len();
            Some((v, digits))
        }
        _ => None,
    }
}

fn is_space(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.kind == Kind::Space)
}

fn skip_space(tokens: &[Token], i: usize) -> usize {
    if is_space(tokens, i) { i + 1 } else { i }
}

fn text_at<'t>(tokens: &'t [Token<'_>], i: usize) -> &'t str {
    tokens.get(i).map_or("", |t| t.text)
}

fn key_full(y: u32, m: u32, d: u32) -> Option<String> {
    valid(m, d).then(|| format!("date:{y:04}-{m:02}-{d:02}"))
}

fn key_day(m: u32, d: u32) -> Option<String> {
    valid(m, d).then(|| format!("date:--{m:02}-{d:02}"))
}

fn valid(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn is_year(v: u32, digits: usize) -> bool {
    digits == 4 && (1000..=2999).contains(&v)
}

/// Tries every date pattern at token `i`.
pub(crate) fn date_at(tokens: &[Token], i: usize, lang: &Lang) -> Option<DateMatch> {
    // The number at `i` is read once for the patterns that start with one; a number is no
    // month name.
    let found = match small_num(tokens.get(i)?) {
        Some(first) => numeric_date(tokens, i, first, lang)
            .or_else(|| japanese_date(tokens, i, first))
            .or_else(|| day_month(tokens, i, first)),
        None => month_day(tokens, i),
    };
    found.map(|mut m| {
        m.end = skip_year_word(tokens, m.end);
        m
    })
}

/// `2019-01-17`, `2019/1/17`, `17.01.2019`, `01/17/2019` (en: month first), at the number
/// `first` ([`small_num`] of the token at `i`).
fn numeric_date(tokens: &[Token], i: usize, first: (u32, usize), lang: &Lang) -> Option<DateMatch> {
    tokens.get(i).filter(|t| t.kind == Kind::Digits)?;
    let (a, a_len) = first;
    let sep = tokens.get(i + 1).filter(|t| t.kind == Kind::Punct)?.ch();
    if !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let (b, b_len) = tokens
        .get(i + 2)
        .filter(|t| t.kind == Kind::Digits)
        .and_then(small_num)?;
    if !tokens.get(i + 3).is_some_and(|t| t.is_punct(sep)) {
        return None;
    }
    let (c, c_len) = tokens
        .get(i + 4)
        .filter(|t| t.kind == Kind::Digits)
        .and_then(small_num)?;
    if tokens.get(i + 5).is_some_and(|t| t.kind == Kind::Digits) {
        return None;
    }
    let key = if is_year(a, a_len) && b_len <= 2 && c_len <= 2 {
        key_full(a, b, c)?
    } else if a_len <= 2 && b_len <= 2 && is_year(c, c_len) {
        let month_first = sep == '/' && lang.primary() == "en";
        let (m, d) = if (month_first && a <= 12) || b > 12 {
            (a, b)
        } else {
            (b, a)
        };
        key_full(c, m, d)?
    } else {
        return None;
    };
    Some(DateMatch {
        key,
        end: i + 5,
        soft: false,
    })
}

/// `2019年1月17日`, `1月14日`, `2019年1月`, `二〇一九年一月十七日`, `1月`, at the number `first`
/// ([`small_num`] of the token at `i`).
fn japanese_date(tokens: &[Token], i: usize, first: (u32, usize)) -> Option<DateMatch> {
    let mut j = skip_space(tokens, i + 1);
    let mut year = None;
    let mut month_num = first;
    if text_at(tokens, j) == "年" {
        if !is_year(first.0, first.1) {
            return None;
        }
        year = Some(first.0);
        j = skip_space(tokens, j + 1);
        month_num = small_num(tokens.get(j)?)?;
        j = skip_space(tokens, j + 1);
    }
    if text_at(tokens, j) != "月" {
        return None;
    }
    let month = month_num.0;
    j += 1;
    let k = skip_space(tokens, j);
    let day = tokens
        .get(k)
        .and_then(small_num)
        .filter(|_| text_at(tokens, skip_space(tokens, k + 1)) == "日");
    let (key, end, soft) = match (year, day) {
        (Some(y), Some((d, _))) => (key_full(y, month, d)?, skip_space(tokens, k + 1) + 1, false),
        (None, Some((d, _))) => (key_day(month, d)?, skip_space(tokens, k + 1) + 1, false),
        (Some(y), None) => {
            valid(month, 1).then_some(())?;
            (format!("date:{y:04}-{month:02}"), j, false)
        }
        (None, None) => {
            valid(month, 1).then_some(())?;
            (format!("date:--{month:02}"), j, true)
        }
    };
    Some(DateMatch { key, end, soft })
}

/// An optional year after a day and month: `, 2019`, ` 2019`.
fn trailing_year(tokens: &[Token], j: usize) -> Option<(u32, usize)> {
    let mut k = j;
    if tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        k += 1;
    }
    if !is_space(tokens, k) {
        return None;
    }
    let tok = tokens.get(k + 1).filter(|t| t.kind == Kind::Digits)?;
    let (y, len) = small_num(tok)?;
    if !is_year(y, len) || tokens.get(k + 2).is_some_and(|t| t.kind == Kind::Digits) {
        return None;
    }
    Some((y, k + 2))
}

fn ordinal_suffix(tokens: &[Token], j: usize) -> usize {
    let is_suffix = tokens.get(j).is_some_and(|t| {
        t.kind == Kind::Word(Script::Latin)
            && matches!(&*lowercase(t.text, &mut [0; 64]), "st" | "nd" | "rd" | "th")
    });
    if is_suffix { j + 1 } else { j }
}

/// `17 January 2019`, `17th of January`, `14 января 2019 г.`, `17 Ocak 2019`, `17. Januar`, at
/// the number `first` ([`small_num`] of the token at `i`).
fn day_month(tokens: &[Token], i: usize, first: (u32, usize)) -> Option<DateMatch> {
    tokens.get(i).filter(|t| t.kind == Kind::Digits)?;
    let (d, len) = first;
    if len > 2 {
        return None;
    }
    let mut j = ordinal_suffix(tokens, i + 1);
    if tokens.get(j).is_some_and(|t| t.is_punct('.')) {
        j += 1;
    }
    if !is_space(tokens, j) {
        return None;
    }
    j += 1;
    if text_at(tokens, j) == "of" && is_space(tokens, j + 1) {
        j += 2;
    }
    let m = month_of(tokens.get(j)?)?;
    j += 1;
    let (key, end) = match trailing_year(tokens, j) {
        Some((y, end)) => (key_full(y, m, d)?, end),
        None => (key_day(m, d)?, j),
    };
    Some(DateMatch {
        key,
        end,
        soft: false,
    })
}

/// `January 17, 2019`, `Jan. 17`, `January 14`, `January 2019`, `январе 2019`.
fn month_day(tokens: &[Token], i: usize) -> Option<DateMatch> {
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|t| t.is_punct('.')) {
        j += 1;
    }
    if !is_space(tokens, j) {
        return None;
    }
    let tok = tokens.get(j + 1).filter(|t| t.kind == Kind::Digits)?;
    // Most words are not followed by a number: the month is looked up after that test.
    let m = month_of(tokens.get(i)?)?;
    let (n, len) = small_num(tok)?;
    if tokens
        .get(j + 2)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
        && tokens.get(j + 3).is_some_and(|t| t.kind == Kind::Digits)
    {
        return None;
    }
    if is_year(n, len) {
        return Some(DateMatch {
            key: format!("date:{n:04}-{m:02}"),
            end: j + 2,
            soft: false,
        });
    }
    if len > 2 {
        return None;
    }
    let after = ordinal_suffix(tokens, j + 2);
    let (key, end) = match trailing_year(tokens, after) {
        Some((y, end)) => (key_full(y, m, n)?, end),
        None => (key_day(m, n)?, after),
    };
    Some(DateMatch {
        key,
        end,
        soft: false,
    })
}

/// Skips a Russian `г.` / `года` / `году` after a date's year.
fn skip_year_word(tokens: &[Token], j: usize) -> usize {
    let k = skip_space(tokens, j);
    let mut buffer = [0; 64];
    let word = lowercase(text_at(tokens, k), &mut buffer);
    if matches!(&*word, "г" | "года" | "году" | "год" | "годом") {
        if word == "г" && tokens.get(k + 1).is_some_and(|t| t.is_punct('.')) {
            return k + 2;
        }
        return k + 1;
    }
    j
}

/// Whether two date keys may name the same date: `date:2019-01-17` agrees with
/// `date:--01-17` (no year) and `date:2019-01` (no day); a part missing on
/// either side matches anything.
pub fn dates_agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // `2019-01-17` → [2019, 01, 17]; `--01-17` → [, 01, 17]; `2019-01` → [2019, 01, ].
    let parts = |key: &str| -> [String; 3] {
        let body = key.strip_prefix("date:").unwrap_or(key);
        let body = body
            .strip_prefix("--")
            .map_or(body.to_string(), |rest| format!("-{rest}"));
        let mut it = body.split('-').map(str::to_string);
        [
            it.next().unwrap_or_default(),
            it.next().unwrap_or_default(),
            it.next().unwrap_or_default(),
        ]
    };
    let (a, b) = (parts(a), parts(b));
    a.iter()
        .zip(&b)
        .all(|(x, y)| x.is_empty() || y.is_empty() || x == y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn date(text: &str, lang: &str) -> Option<String> {
        let tokens = tokenize(text);
        let lang = Lang::parse(lang).unwrap();
        (0..tokens.len())
            .find_map(|i| date_at(&tokens, i, &lang))
            .map(|m| m.key)
    }

    #[test]
    fn every_month_name_passes_the_first_letter_check() {
        for list in [&EN_MONTHS, &EN_ABBR, &RU_STEMS, &TR_MONTHS, &TR_ASCII] {
            for month in list {
                for word in [month.to_string(), month.to_uppercase()] {
                    let first = word.chars().next().unwrap();
                    assert!(may_start_month_name(first_lowercase(first)), "{word}");
                }
            }
        }
        for word in ["Sept", "МАЯ", "Şubat", "ŞUBAT", "İyun"] {
            let first = first_lowercase(word.chars().next().unwrap());
            assert_eq!(may_start_month_name(first), word != "İyun", "{word}");
        }
    }

    #[test]
    fn english_dates() {
        assert_eq!(
            date("on January 17, 2019 in", "en").as_deref(),
            Some("date:2019-01-17")
        );
        assert_eq!(
            date("on 17 January 2019", "en").as_deref(),
            Some("date:2019-01-17")
        );
        assert_eq!(
            date("talks on January 14.", "en").as_deref(),
            Some("date:--01-14")
        );
        assert_eq!(date("on Jan. 14", "en").as_deref(), Some("date:--01-14"));
        assert_eq!(date("01/17/2019", "en").as_deref(), Some("date:2019-01-17"));
        assert_eq!(date("2019-01-17", "en").as_deref(), Some("date:2019-01-17"));
        assert_eq!(
            date("in January 2019", "en").as_deref(),
            Some("date:2019-01")
        );
        assert_eq!(date("you may 5 times", "en"), None);
    }

    #[test]
    fn russian_dates() {
        assert_eq!(
            date("14 января 2019 г. в Москве", "ru").as_deref(),
            Some("date:2019-01-14")
        );
        assert_eq!(date("17.01.2019", "ru").as_deref(), Some("date:2019-01-17"));
        assert_eq!(
            date("переговоры 14 января", "ru").as_deref(),
            Some("date:--01-14")
        );
        assert_eq!(
            date("в мае 2018 года", "ru").as_deref(),
            Some("date:2018-05")
        );
        assert_eq!(date("3 марта", "ru").as_deref(), Some("date:--03-03"));
    }

    #[test]
    fn japanese_dates() {
        assert_eq!(
            date("2019年1月17日に", "ja").as_deref(),
            Some("date:2019-01-17")
        );
        assert_eq!(
            date("１月１４日の会談", "ja").as_deref(),
            Some("date:--01-14")
        );
        assert_eq!(
            date("二〇一九年一月十七日", "ja").as_deref(),
            Some("date:2019-01-17")
        );
        assert_eq!(date("2019年1月に", "ja").as_deref(), Some("date:2019-01"));
        assert_eq!(date("1956年の宣言", "ja"), None);
    }

    #[test]
    fn turkish_dates() {
        assert_eq!(
            date("17 Ocak 2019'da", "tr").as_deref(),
            Some("date:2019-01-17")
        );
        assert_eq!(date("14 Ocak'ta", "tr").as_deref(), Some("date:--01-14"));
        assert_eq!(
            date("17.01.2019 tarihinde", "tr").as_deref(),
            Some("date:2019-01-17")
        );
        assert_eq!(date("3 Şubat", "tr").as_deref(), Some("date:--02-03"));
    }
}
