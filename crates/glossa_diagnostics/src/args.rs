//! The named arguments of a message: a few per message, kept in a vector sorted by name (a
//! `BTreeMap` node took about 500 bytes for one or two arguments), as long as the arguments
//! (a vector's first growth makes room for four). Names are mostly literals, kept borrowed.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Arg;

/// Named message arguments, sorted by name so output is deterministic; serialized as a map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args(Vec<(Cow<'static, str>, Arg)>);

impl Args {
    /// Sets argument `name`, replacing its value if it has one.
    pub fn insert(&mut self, name: impl Into<Cow<'static, str>>, value: Arg) {
        let name = name.into();
        match self
            .0
            .binary_search_by(|(key, _)| key.as_ref().cmp(name.as_ref()))
        {
            Ok(at) => {
                if let Some(slot) = self.0.get_mut(at) {
                    slot.1 = value;
                }
            }
            Err(at) => {
                self.0.reserve_exact(1);
                self.0.insert(at, (name, value));
            }
        }
    }

    /// The value of argument `name`.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        let at = self
            .0
            .binary_search_by(|(key, _)| key.as_ref().cmp(name))
            .ok()?;
        self.0.get(at).map(|(_, value)| value)
    }

    /// The arguments by name.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Arg)> {
        self.0.iter().map(|(key, value)| (key.as_ref(), value))
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl Serialize for Args {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Args {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, Arg>::deserialize(deserializer)?;
        Ok(Self(
            map.into_iter()
                .map(|(name, value)| (Cow::Owned(name), value))
                .collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_stay_sorted_and_unique() {
        let mut args = Args::default();
        args.insert("term", Arg::from("Южные Курилы"));
        args.insert("preferred", Arg::from("2+2"));
        args.insert("count", Arg::Int(2));
        args.insert("term", Arg::from("北方領土"));
        let names: Vec<&str> = args.iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["count", "preferred", "term"]);
        assert_eq!(args.get("term"), Some(&Arg::from("北方領土")));
        assert_eq!(args.get("missing"), None);
        let json = serde_json::to_string(&args).unwrap_or_default();
        assert_eq!(json, r#"{"count":2,"preferred":"2+2","term":"北方領土"}"#);
        let back: Args = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, args);
    }
}
