//! Messages made of text and string arguments only, cut once into pieces: formatting them
//! joins the pieces, the very text Fluent writes for them, without resolving the pattern
//! again (a report can format the same few messages tens of thousands of times).

use std::sync::{Mutex, PoisonError};

use rustc_hash::FxHashMap;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use glossa_diagnostics::{Arg, Message};

/// A message's pattern as pieces.
#[derive(Debug)]
pub(crate) struct Plan(Vec<Piece>);

#[derive(Debug)]
enum Piece {
    Text(String),
    Variable(String),
}

impl Plan {
    /// The plan of a pattern of text and variable references (`None` for anything else:
    /// selectors, functions, references to other messages).
    pub(crate) fn of(pattern: &Pattern<&str>) -> Option<Self> {
        let pieces = pattern.elements.iter().map(|element| match element {
            PatternElement::TextElement { value } => Some(Piece::Text((*value).to_owned())),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(Piece::Variable(id.name.to_owned())),
            PatternElement::Placeable { .. } => None,
        });
        pieces.collect::<Option<Vec<_>>>().map(Self)
    }

    /// Appends the message's text to `out` and returns true, when each variable has a string
    /// argument (numbers are formatted by Fluent, and a missing argument is an error it writes
    /// its own way); otherwise leaves `out` as it was and returns false.
    pub(crate) fn format_into(&self, message: &Message, out: &mut String) -> bool {
        let len = out.len();
        for piece in &self.0 {
            match piece {
                Piece::Text(value) => out.push_str(value),
                Piece::Variable(name) => match message.args.get(name.as_str()) {
                    Some(Arg::Str(value)) => out.push_str(value),
                    Some(Arg::Int(_)) | None => {
                        out.truncate(len);
                        return false;
                    }
                },
            }
        }
        true
    }
}

/// The plans made so far, by message id (`None`: the message has no plan), hashed with the
/// fast hash of short keys (ids are the tool's own, not input).
#[derive(Debug, Default)]
pub(crate) struct Plans(Mutex<FxHashMap<String, Option<Plan>>>);

impl Plans {
    /// `format` applied to the plan of message `id` (made by `make` the first time), under the
    /// lock: no plan is shared or counted.
    pub(crate) fn with<R>(
        &self,
        id: &str,
        make: impl FnOnce() -> Option<Plan>,
        format: impl FnOnce(Option<&Plan>) -> R,
    ) -> R {
        let mut plans = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(plan) = plans.get(id) {
            return format(plan.as_ref());
        }
        let plan = plans.entry(id.to_owned()).or_insert_with(make);
        format(plan.as_ref())
    }
}
