//! The built-in boundary scanner: byte scanning to candidate terminators,
//! then a small decision procedure around each candidate.

use std::ops::Range;

use super::chars::{
    INTERESTING, is_bracket_closer, is_bracket_opener, is_cjk, is_cjk_terminator, is_closer,
    is_dash, is_digit, is_hiragana, is_opener, is_quote, is_terminator,
};
use super::rules::{Abbrev, Rules, normalize_key};

/// How far (in bytes) an open bracket may hold a sentence together: past
/// this, an unclosed `(` no longer suppresses a boundary.
const BRACKET_CAP: usize = 250;
/// Longest token examined as a possible abbreviation.
const TOKEN_CAP: usize = 64;

/// Splits one block of display text into sentence ranges (trimmed, non-empty).
pub(crate) fn split(text: &str, rules: &Rules, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let (mut start, mut depth, mut i) = (0usize, 0u32, 0usize);
    while i < bytes.len() {
        let byte = bytes[i];
        if !INTERESTING[byte as usize] {
            // Continuation bytes are never interesting, so these steps keep
            // `i` on character boundaries whenever it is looked at; a CJK
            // character is skipped whole.
            i += if byte >= 0xE0 { 3 } else { 1 };
            continue;
        }
        if let Some(skip) = uninteresting_len(bytes, i) {
            i += skip; // kana, most of the General Punctuation block, …
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_terminator(c) {
            let cand = Candidate::at(text, start, i);
            if decide(text, start, &cand, depth, rules) {
                push_trimmed(text, start, cand.end, out);
                start = cand.end;
                depth = 0;
            } else {
                depth = depth.saturating_sub(cand.bracket_closers);
            }
            i = cand.end;
            continue;
        }
        if is_bracket_opener(c) {
            depth += 1;
        } else if is_bracket_closer(c) {
            depth = depth.saturating_sub(1);
        }
        i += c.len_utf8();
    }
    push_trimmed(text, start, bytes.len(), out);
}

/// Length of the character at `i` when its lead byte is interesting but
/// the character cannot be a terminator or a bracket: the CJK lead bytes
/// cover whole blocks of letters (kana under `E3 81..E3 83`).
fn uninteresting_len(bytes: &[u8], i: usize) -> Option<usize> {
    let second = *bytes.get(i + 1)?;
    let relevant = match bytes[i] {
        0xE2 => matches!(second, 0x80 | 0x81),
        0xE3 => second == 0x80,
        0xEF => matches!(second, 0xBC | 0xBD),
        _ => true,
    };
    (!relevant).then_some(3)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(start + lead..start + lead + trimmed.len());
    }
}

/// A run of terminators and the closers after it.
struct Candidate {
    /// Offset of the first terminator.
    term: usize,
    /// Offset just past the closers: where the sentence would end.
    end: usize,
    /// The last terminator of the run.
    last: char,
    /// Number of terminators; `all_dots` when every one is `.`.
    count: usize,
    all_dots: bool,
    /// Closers were absorbed; of them, quotes and brackets.
    closers: bool,
    quote_closed: bool,
    bracket_closers: u32,
}

impl Candidate {
    fn at(text: &str, start: usize, term: usize) -> Self {
        let mut cand = Candidate {
            term,
            end: term,
            last: '.',
            count: 0,
            all_dots: true,
            closers: false,
            quote_closed: false,
            bracket_closers: 0,
        };
        let mut j = cand.run(text, term);
        // Then closers: attached (`."`, `。」`, `.)`), footnote marks (`.[1]`,
        // `. [1][2]`), quotes detached by a space in tokenized text (`! ''`),
        // and a terminator after them (`'' .`).
        loop {
            let before = j;
            while let Some(c) = text[j..].chars().next() {
                if is_closer(c) {
                    cand.closers = true;
                    cand.quote_closed |= is_quote(c);
                    cand.bracket_closers += u32::from(is_bracket_closer(c));
                    j += c.len_utf8();
                } else if let Some(len) = footnote_len(&text[j..]) {
                    j += len;
                } else {
                    break;
                }
            }
            let rest = &text[j..];
            if let Some(marks) = rest.strip_prefix(' ') {
                if let Some(len) = footnote_len(marks) {
                    j += 1 + len;
                } else if let Some(len) =
                    detached_quote_len(marks, || cand.last != '.' || open_quote(&text[start..term]))
                {
                    cand.closers = true;
                    cand.quote_closed = true;
                    j += 1 + len;
                } else if marks.starts_with(is_terminator) && lone_mark(marks) {
                    j = cand.run(text, j + 1);
                }
            }
            if j == before {
                break;
            }
        }
        cand.end = j;
        cand
    }

    /// Consumes a run of terminators from `j`, single spaces between them
    /// included (`. . .`, `? ? ?`, `! ?`); returns where it stops.
    fn run(&mut self, text: &str, mut j: usize) -> usize {
        while let Some(c) = text[j..].chars().next() {
            if is_terminator(c) {
                self.all_dots &= c == '.';
                self.last = c;
                self.count += 1;
                j += c.len_utf8();
            } else if c == ' ' && self.count > 0 && lone_mark(&text[j + 1..]) {
                j += 1;
            } else {
                break;
            }
        }
        j
    }
}

/// A terminator standing alone: followed by a space, a closer, another
/// terminator or the end (`! ?`, not `.NET`).
fn lone_mark(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_terminator)
        && chars
            .next()
            .is_none_or(|c| c.is_whitespace() || is_closer(c) || is_terminator(c))
}

/// A run of quote marks after a terminator and a space, in tokenized text:
/// a closer when a lowercase word, a comma, a terminator or the end follows
/// (`boy? ' he said`, `Dad ! '' .`), or when `closing` (after `?` or `!`, or
/// with a quote open); otherwise it opens the next sentence
/// (`singer . ' Blessings…'`).
fn detached_quote_len(s: &str, closing: impl FnOnce() -> bool) -> Option<usize> {
    let len = s
        .char_indices()
        .find(|&(_, c)| !matches!(c, '\'' | '"' | '”' | '’'))
        .map_or(s.len(), |(i, _)| i);
    let mut after = s[len..].chars();
    let closes = match after.next() {
        None => true,
        Some(c) if c.is_whitespace() => match s[len..].trim_start().chars().next() {
            None => true,
            Some(n) => n.is_lowercase() || n == ',' || is_terminator(n) || closing(),
        },
        Some(',') => true,
        Some(_) => false,
    };
    (len > 0 && closes).then_some(len)
}

/// Whether the text has an odd number of quotation marks standing as their
/// own tokens or at a word's edge (apostrophes inside words do not count).
fn open_quote(text: &str) -> bool {
    let mut count = 0usize;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let quote = match c {
            '"' | '“' | '”' | '«' | '»' => true,
            '\'' | '’' | '‘' => {
                let before = prev.is_none_or(|p| !p.is_alphanumeric());
                let after = chars.peek().is_none_or(|n| !n.is_alphanumeric());
                before || after
            }
            _ => false,
        };
        // `''` counts once.
        if quote && !(matches!(c, '\'' | '’') && prev == Some(c)) {
            count += 1;
        }
        prev = Some(c);
    }
    count % 2 == 1
}

/// Length of a footnote mark `[12]` at the start of `s`.
fn footnote_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('[')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=3).contains(&digits) && rest[digits..].starts_with(']')).then_some(digits + 2)
}

/// Whether the candidate ends a sentence.
fn decide(text: &str, start: usize, cand: &Candidate, depth: u32, rules: &Rules) -> bool {
    let after = &text[cand.end..];
    let Some(first) = after.chars().next() else {
        return true;
    };
    if depth > cand.bracket_closers && bracket_closes_soon(after) {
        return false;
    }
    if !first.is_whitespace() {
        return unspaced_boundary(text, cand, first, rules);
    }
    let mut k = cand.end + (after.len() - after.trim_start().len());
    let Some(mut next) = text[k..].chars().next() else {
        return true;
    };
    // A dash before a reporting clause: `«…?» — спросил он.`
    if is_dash(next) {
        let rest = &text[k + next.len_utf8()..];
        k = text.len() - rest.trim_start().len();
        match text[k..].chars().next() {
            Some(c) => next = c,
            None => return true,
        }
    }
    // Nothing starts a sentence with a comma or a slash (`17. /TASS/.`).
    if next.is_lowercase() || matches!(next, ',' | ';' | ':' | '/') {
        return false;
    }
    let rest = &text[k..];
    if cand.quote_closed && (reporting_clause(rest, rules) || citation(rest)) {
        return false;
    }
    let ellipsis = cand.last == '…' || (cand.all_dots && cand.count > 1);
    if ellipsis && rules.is_always_capitalized(&next_word(rest).to_lowercase()) {
        return false; // `I thought... I would go.`
    }
    if !cand.all_dots || cand.count > 1 || cand.closers {
        return true;
    }
    period_boundary(text, start, cand.term, k, next, rules)
}

/// An open bracket holds the sentence together if it closes within the cap.
fn bracket_closes_soon(after: &str) -> bool {
    let mut limit = BRACKET_CAP.min(after.len());
    while !after.is_char_boundary(limit) {
        limit -= 1;
    }
    after[..limit].contains([')', ']', '）'])
}

/// A terminator directly followed by a non-space character.
fn unspaced_boundary(text: &str, cand: &Candidate, next: char, rules: &Rules) -> bool {
    if is_cjk_terminator(cand.last) {
        if cand.last == '．' {
            let prev = text[..cand.term].chars().next_back();
            if prev.is_some_and(is_digit) && is_digit(next) {
                return false; // ３．２９
            }
        }
        if cand.closers {
            return !rules.is_quote_particle(next); // 「…。」と述べた
        }
        if rules.is_bare_particle(next) {
            // モーニング娘。は… : a lone particle continues the sentence.
            let after = text[cand.end + next.len_utf8()..].chars().next();
            return after.is_some_and(is_hiragana);
        }
        return true;
    }
    // `?`/`!` glued to CJK text in an unspaced language (not `…`: it
    // often marks a pause inside a Japanese sentence).
    if rules.unspaced {
        return matches!(cand.last, '!' | '?' | '‼' | '⁇' | '⁈' | '⁉') && is_cjk(next);
    }
    glued_sentences(text, cand, rules)
}

/// `world.Today is`, `1,000.That`: a missing space after a period between
/// a lowercase word (or a number) and a capitalized word. Not in URLs,
/// e-mails, file or code names (`System.Console.WriteLine`).
fn glued_sentences(text: &str, cand: &Candidate, rules: &Rules) -> bool {
    if !(cand.all_dots && cand.count == 1 && !cand.closers) {
        return false;
    }
    let before = &text[..cand.term];
    let token_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &before[token_start..];
    let part_ok = token.chars().count() >= 2
        && token
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    if !part_ok || token.contains(['/', '@', ':', '\\', '_', '.']) {
        return false;
    }
    let rest = &text[cand.end..];
    let word = next_word(rest);
    let mut letters = word.chars();
    let shaped = letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_some_and(char::is_lowercase)
        && !letters.any(char::is_uppercase); // not `WriteLine`
    let tail = rest[word.len()..].chars().next();
    let plain_follow = match tail {
        Some('.') => rules.abbrev(&normalize_key(word)).is_some(),
        Some('(' | '_' | '/' | '@') => false,
        _ => true,
    };
    shaped && plain_follow
}

/// A short bracketed citation closed by a terminator: `"…" (Smith 55).`
fn citation(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix('(') else {
        return false;
    };
    let limit = inner.char_indices().nth(40).map_or(inner.len(), |(i, _)| i);
    inner[..limit]
        .find(')')
        .is_some_and(|close| inner[close + 1..].starts_with(is_terminator))
}

/// The letters at the start of `rest`.
fn next_word(rest: &str) -> &str {
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

/// After a closing quote: `"Why?" Lavrov asked.` (names, then a verb).
fn reporting_clause(rest: &str, rules: &Rules) -> bool {
    for word in rest.split(' ').take(4) {
        let word: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
        let Some(first) = word.chars().next() else {
            return false;
        };
        if first.is_lowercase() {
            return rules.is_reporting_verb(&word);
        }
    }
    false
}

/// A single period followed by a space and a non-lowercase character.
fn period_boundary(
    text: &str,
    start: usize,
    term: usize,
    next_at: usize,
    next: char,
    rules: &Rules,
) -> bool {
    let token = token_before(text, start, term);
    let word = &text[token.clone()];
    if word.is_empty() {
        return true;
    }
    if rules.ordinal_before_capital && is_roman_numeral(word) && next.is_uppercase() {
        return false; // Turkish `III. Selim`
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        if text[start..token.start].trim().is_empty() {
            return false; // a list number opening the sentence: `2. Next`
        }
        // Turkish ordinals: `2. Dünya Savaşı`, `17. madde`.
        return !(rules.ordinal_before_capital && word.len() <= 3 && next.is_uppercase());
    }
    if word.chars().any(is_digit) {
        return true; // 17.01.2019, $1.20, a URL
    }
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    let dotted = is_dotted_abbreviation(word);
    if !single_letter && !word.contains('.') && word.chars().count() > rules.longest_key {
        // Longer than any abbreviation (the usual end of a sentence); a
        // compound key (`и др.`) ends in a listed short word anyway.
        return true;
    }
    let last_part = word.rsplit('.').next().unwrap_or(word);
    let compound = compound_key(text, start, token.start, word)
        .filter(|(key, _)| rules.abbrev(key).is_some() || rules.is_after_number(key));
    let abbr_start = compound.as_ref().map_or(token.start, |(_, at)| *at);
    let whole = normalize_key(word);
    let part = (last_part.len() < word.len()).then(|| normalize_key(last_part));
    let keys = [compound.map(|(key, _)| key), Some(whole), part];
    let keys = keys.iter().flatten();
    let kind = keys.clone().find_map(|key| rules.abbrev(key));
    let rest = &text[next_at..];
    let before = &text[start..abbr_start];
    if before.trim().is_empty() && (kind.is_some() || single_letter || dotted) {
        return false; // `A.D. 79 saw…`: an abbreviation is no sentence
    }
    if keys.clone().any(|key| rules.is_after_number(key)) && number_near(before) {
        // `20 тыс. чел. Это…`, `She weighed 5 lb. Tom…`; not `В 1956 г. СССР…`.
        let min = rules.after_number_min_words;
        let late = min == 0 || before.split_whitespace().nth(min - 1).is_some();
        let opening = opening_phrase(before, rules) && !starter_follows(rest, rules);
        return next.is_uppercase() && late && !opening || quoted_start(rest);
    }
    match kind {
        Some(Abbrev::Title) => return false,
        Some(Abbrev::Common) => return quoted_start(rest) || starter_follows(rest, rules),
        Some(Abbrev::Final) => {
            return !opening_phrase(before, rules) || starter_follows(rest, rules);
        }
        None => {}
    }
    if single_letter || dotted {
        return !initial_follows(rest) && starter_follows(rest, rules);
    }
    true
}

/// A number just before, or behind short words: `5 lb.`, `49 года до н. э.`
fn number_near(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(4)
        .take_while(|w| w.chars().any(is_digit) || w.chars().count() <= 5)
        .any(|w| w.chars().any(is_digit))
}

/// The clause so far (after the last `:` or `;`) is a short introductory
/// phrase: `At 5 a.m.`, `On Jan. 5, at 6 a.m.`
fn opening_phrase(before: &str, rules: &Rules) -> bool {
    // The last words, back to a word ending in `:` or `;` (not `11:58`);
    // more than eight words is no opening phrase.
    let mut clause = Vec::new();
    for word in before.split_whitespace().rev() {
        if word.ends_with([':', ';']) {
            break;
        }
        if clause.len() == 8 {
            return false;
        }
        clause.push(word);
    }
    let first = clause
        .last()
        .map(|w| next_word(w.trim_start_matches(is_opener)));
    first.is_some_and(|w| rules.is_opening_preposition(&w.to_lowercase()))
}

/// The word before the terminator, opening punctuation excluded.
fn token_before(text: &str, start: usize, term: usize) -> Range<usize> {
    // Tokenized text puts a space before the period: `Mr . Robinson`.
    let term = match text[start..term].strip_suffix(' ') {
        Some(rest) if !rest.ends_with(char::is_whitespace) && !rest.is_empty() => term - 1,
        _ => term,
    };
    let mut from = term;
    for (idx, c) in text[start..term].char_indices().rev() {
        if c.is_whitespace() || is_opener(c) || c == '/' || term - (start + idx) > TOKEN_CAP {
            break;
        }
        from = start + idx;
    }
    from..term
}

/// `т. д.`, `и др.`: a short previous word joined to this one; the key and
/// where the previous word starts.
fn compound_key(
    text: &str,
    start: usize,
    token_start: usize,
    word: &str,
) -> Option<(String, usize)> {
    let before = text[start..token_start].strip_suffix(' ')?;
    let prev_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || is_opener(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let prev = &before[prev_start..];
    let letters = prev.trim_end_matches('.');
    let short = (1..=4).contains(&letters.chars().count());
    (short && letters.chars().all(char::is_alphabetic))
        .then(|| (normalize_key(&format!("{prev}{word}")), start + prev_start))
}

/// `U.S`, `a.m`, `т.е`, `Ph.D`: letter groups of one or two joined by periods.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// An opening quote and a capital: `Art. “I loved it,” he says.`
fn quoted_start(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()),
        (Some(q), Some(c)) if matches!(q, '"' | '“' | '«' | '„') && c.is_uppercase())
}

/// `II`, `XIV`: an upper-case Roman numeral.
fn is_roman_numeral(word: &str) -> bool {
    (1..=7).contains(&word.len()) && word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// The next word is an initial (`С. В. Лавров`).
fn initial_follows(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_alphabetic())
}

/// The next word usually starts a sentence.
fn starter_follows(rest: &str, rules: &Rules) -> bool {
    let word = next_word(rest);
    let tail = &rest[word.len()..];
    !word.is_empty() && !tail.starts_with('.') && rules.is_starter(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn sentences(lang: &str, text: &str) -> Vec<String> {
        let rules = Rules::builtin(&Lang::parse(lang).unwrap());
        let mut out = Vec::new();
        split(text, &rules, &mut out);
        out.into_iter().map(|r| text[r].to_string()).collect()
    }

    #[test]
    fn english_abbreviations_initials_and_numbers() {
        let s = |t| sentences("en", t);
        assert_eq!(
            s("Mrs. Kato met Prof. Ivanov at 5 p.m. on Friday. It rained."),
            [
                "Mrs. Kato met Prof. Ivanov at 5 p.m. on Friday.",
                "It rained."
            ]
        );
        assert_eq!(
            s("She moved to the U.S. In 2010 she left."),
            ["She moved to the U.S.", "In 2010 she left."]
        );
        assert_eq!(
            s("The U.S. Senate voted. See No. 12 on p. 4. Then go."),
            ["The U.S. Senate voted.", "See No. 12 on p. 4.", "Then go."]
        );
        assert_eq!(
            s("The price was $3.50. Harold J. Smith paid 2.5 times more."),
            [
                "The price was $3.50.",
                "Harold J. Smith paid 2.5 times more."
            ]
        );
        assert_eq!(
            s("Bring pens, paper, etc. Nobody brought any."),
            ["Bring pens, paper, etc.", "Nobody brought any."]
        );
    }

    #[test]
    fn english_quotes_brackets_and_ellipses() {
        let s = |t| sentences("en", t);
        assert_eq!(
            s("\"Stop. Think first,\" she said. We stopped."),
            ["\"Stop.", "Think first,\" she said.", "We stopped."]
        );
        assert_eq!(
            s("\"Are you sure?\" he asked. \"Yes!\" Maria replied."),
            ["\"Are you sure?\" he asked.", "\"Yes!\" Maria replied."]
        );
        assert_eq!(
            s("He left (he was tired.) and slept. Fine (really). Done."),
            [
                "He left (he was tired.) and slept.",
                "Fine (really).",
                "Done."
            ]
        );
        assert_eq!(
            s("Wait... what was that? Nothing... Go on."),
            ["Wait... what was that?", "Nothing...", "Go on."]
        );
        assert_eq!(
            s("MOSCOW, January 17. /TASS/. Talks resumed."),
            ["MOSCOW, January 17. /TASS/.", "Talks resumed."]
        );
        assert_eq!(
            s("Mail me at a.b@example.org. Or visit https://example.org/x.html. Thanks!"),
            [
                "Mail me at a.b@example.org.",
                "Or visit https://example.org/x.html.",
                "Thanks!"
            ]
        );
    }

    #[test]
    fn english_units_opening_phrases_and_glued_sentences() {
        let s = |t| sentences("en", t);
        assert_eq!(
            s("The rod is 4 ft. 2 in. long. It weighs 3 lb. Jim lifted it."),
            [
                "The rod is 4 ft. 2 in. long.",
                "It weighs 3 lb.",
                "Jim lifted it."
            ]
        );
        assert_eq!(
            s("At 7 a.m. Mrs. Ito called. She left at 9 p.m. Her son stayed."),
            [
                "At 7 a.m. Mrs. Ito called.",
                "She left at 9 p.m.",
                "Her son stayed."
            ]
        );
        assert_eq!(
            s("It was late.Nobody came.Mr. Ono waited. Call System.Console.WriteLine now."),
            [
                "It was late.",
                "Nobody came.",
                "Mr. Ono waited.",
                "Call System.Console.WriteLine now."
            ]
        );
        assert_eq!(
            s("Well... I agree. Fine... The end."),
            ["Well... I agree.", "Fine...", "The end."]
        );
    }

    #[test]
    fn footnotes_tokenized_text_and_detached_quotes() {
        let s = |t| sentences("en", t);
        assert_eq!(
            s("Water boils at 100 degrees.[3] Ice melts. [4][5] Steam rises."),
            [
                "Water boils at 100 degrees.[3]",
                "Ice melts. [4][5]",
                "Steam rises."
            ]
        );
        assert_eq!(
            s("He met Mr . Kato today . The talks ended ! ! ! Then what ? Nothing ."),
            [
                "He met Mr . Kato today .",
                "The talks ended ! ! !",
                "Then what ?",
                "Nothing ."
            ]
        );
        assert_eq!(
            s("She asked , ' Ready ? ' and smiled . ' Yes ' , he said ."),
            [
                "She asked , ' Ready ? ' and smiled .",
                "' Yes ' , he said ."
            ]
        );
        assert_eq!(
            s("\"It works.\" (Ito 12). Next, the data."),
            ["\"It works.\" (Ito 12).", "Next, the data."]
        );
    }

    #[test]
    fn russian_years_and_units_after_numbers() {
        let s = |t| sentences("ru", t);
        assert_eq!(
            s("В 1991 г. Союз распался. Это случилось в декабре 1991 г. Горбачёв ушёл."),
            [
                "В 1991 г. Союз распался.",
                "Это случилось в декабре 1991 г.",
                "Горбачёв ушёл."
            ]
        );
        assert_eq!(
            s("Город основан в III в. до н. э. Его стены сохранились. Он стоит в г. Керчь."),
            [
                "Город основан в III в. до н. э.",
                "Его стены сохранились.",
                "Он стоит в г. Керчь."
            ]
        );
    }

    #[test]
    fn turkish_roman_ordinals() {
        let s = |t| sentences("tr", t);
        assert_eq!(
            s("Osmanlı'da III. Selim reform yaptı. XIV. yüzyılda bu yoktu."),
            [
                "Osmanlı'da III. Selim reform yaptı.",
                "XIV. yüzyılda bu yoktu."
            ]
        );
    }

    #[test]
    fn unclosed_bracket_does_not_swallow_the_text() {
        let long = "Word. ".repeat(80);
        let text = format!("He opened (a bracket. {long}");
        assert!(sentences("en", &text).len() > 60);
        let held = sentences("en", "He said (see above. It is long.) more. Next.");
        assert_eq!(held, ["He said (see above. It is long.) more.", "Next."]);
    }

    #[test]
    fn russian_abbreviations_initials_and_quotes() {
        let s = |t| sentences("ru", t);
        assert_eq!(
            s("Доклад прочёл акад. И. П. Павлов. Зал аплодировал."),
            ["Доклад прочёл акад. И. П. Павлов.", "Зал аплодировал."]
        );
        assert_eq!(
            s("Купили хлеб, молоко и т. д. Потом ушли домой."),
            ["Купили хлеб, молоко и т. д.", "Потом ушли домой."]
        );
        assert_eq!(
            s("В 1991 г. Союз распался, т.е. исчез. Это известно."),
            ["В 1991 г. Союз распался, т.е. исчез.", "Это известно."]
        );
        assert_eq!(
            s("«Когда? Завтра», — ответил он. «Хорошо!» — сказала она."),
            [
                "«Когда?",
                "Завтра», — ответил он.",
                "«Хорошо!» — сказала она."
            ]
        );
        assert_eq!(
            s("Подробнее см. гл. 5 и рис. 3. Там всё."),
            ["Подробнее см. гл. 5 и рис. 3.", "Там всё."]
        );
    }

    #[test]
    fn japanese_terminators_quotes_and_particles() {
        let s = |t| sentences("ja", t);
        assert_eq!(
            s("雨が降った。傘を持っていない！どうする？"),
            ["雨が降った。", "傘を持っていない！", "どうする？"]
        );
        assert_eq!(
            s("彼は「もう遅い。帰ろう。」と言った。私も帰った。"),
            ["彼は「もう遅い。", "帰ろう。」と言った。", "私も帰った。"]
        );
        assert_eq!(
            s("「終わった。」外は暗い。"),
            ["「終わった。」", "外は暗い。"]
        );
        assert_eq!(
            s("金利は１．５％だった。バンド名は娘。は人気だ。"),
            ["金利は１．５％だった。", "バンド名は娘。は人気だ。"]
        );
        assert_eq!(s("本当?うそ!"), ["本当?", "うそ!"]);
    }

    #[test]
    fn turkish_ordinals_and_abbreviations() {
        let s = |t| sentences("tr", t);
        assert_eq!(
            s("Anayasanın 10. maddesi açık. 1. Dünya Savaşı 1914'te başladı."),
            [
                "Anayasanın 10. maddesi açık.",
                "1. Dünya Savaşı 1914'te başladı."
            ]
        );
        assert_eq!(
            s("Toplantıya Doç. Dr. Ayşe Kaya katıldı. Elma, armut vb. Meyveler yok."),
            [
                "Toplantıya Doç. Dr. Ayşe Kaya katıldı.",
                "Elma, armut vb.",
                "Meyveler yok."
            ]
        );
        assert_eq!(
            s("\"Geliyor musun?\" diye sordu. Saat 09.45'te çıktık."),
            ["\"Geliyor musun?\" diye sordu.", "Saat 09.45'te çıktık."]
        );
    }

    #[test]
    fn generic_rules_for_other_languages() {
        let s = |t| sentences("de", t);
        assert_eq!(
            s("Er kam, sah usw. Dann ging er. Das ist z. B. gut."),
            ["Er kam, sah usw.", "Dann ging er.", "Das ist z. B. gut."]
        );
        let hi = sentences("hi", "यह एक वाक्य है। यह दूसरा है।");
        assert_eq!(hi.len(), 2);
    }
}
