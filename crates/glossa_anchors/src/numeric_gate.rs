//! Which word tokens may give a number or a date: most words are passed over
//! without trying the date, century and number-word patterns on them.

use crate::tokens::{Kind, Script, Token};
use crate::words::may_be_number_word;

/// False when the word token at `i` can give no number or date and consume no digits: it is
/// not before digits (`G7`, `January 17`, `Jan. 17`), not a Roman numeral (`XX века`) and
/// cannot be a number word (`two`, `двух`).
pub(crate) fn word_may_be_numeric(tokens: &[Token], i: usize) -> bool {
    let kind_at = |j: usize| tokens.get(j).map(|t| t.kind);
    let digits_at = |j: usize| kind_at(j) == Some(Kind::Digits);
    let before_digits = digits_at(i + 1)
        || (kind_at(i + 1) == Some(Kind::Space) && digits_at(i + 2))
        || (tokens.get(i + 1).is_some_and(|t| t.is_punct('.'))
            && kind_at(i + 2) == Some(Kind::Space)
            && digits_at(i + 3));
    before_digits
        || tokens
            .get(i)
            .is_some_and(|t| may_be_roman(t) || may_be_number_word(t.text))
}

/// True for a Latin word of at most six Roman digits (`XX`, `XIX`): a century number.
fn may_be_roman(token: &Token) -> bool {
    token.kind == Kind::Word(Script::Latin)
        && token.text.len() <= 6
        && token
            .text
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}
