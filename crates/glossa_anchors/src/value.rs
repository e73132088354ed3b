//! Exact decimal values: `int / 10^dec`, printed without trailing zeros.

/// A non-negative decimal number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Value {
    int: u128,
    dec: u32,
}

impl Value {
    /// An integer value.
    pub fn int(v: u128) -> Self {
        Self { int: v, dec: 0 }
    }

    /// Parses a run of ASCII digits (at most 30).
    pub fn digits(s: &str) -> Option<Self> {
        if s.is_empty() || s.len() > 30 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok().map(Self::int)
    }

    /// Appends a group of three digits (`1` + `000` → `1000`).
    pub fn push_group(self, group: u128) -> Option<Self> {
        let int = self.int.checked_mul(1000)?.checked_add(group)?;
        Some(Self { int, dec: 0 })
    }

    /// Appends decimal digits (`3` + `5` → `3.5`).
    pub fn with_fraction(self, frac: &str) -> Option<Self> {
        let f = Self::digits(frac)?;
        let places = u32::try_from(frac.len()).ok()?;
        let int = self
            .int
            .checked_mul(10u128.checked_pow(places)?)?
            .checked_add(f.int)?;
        Some(Self { int, dec: places }.normalized())
    }

    /// Multiplies by `10^exp` (`1.5` million → `1500000`).
    pub fn scaled(self, exp: u32) -> Option<Self> {
        if exp >= self.dec {
            let int = self.int.checked_mul(10u128.checked_pow(exp - self.dec)?)?;
            Some(Self { int, dec: 0 })
        } else {
            Some(
                Self {
                    int: self.int,
                    dec: self.dec - exp,
                }
                .normalized(),
            )
        }
    }

    /// Adds an integer (Japanese compounds: `1万` + `2000`).
    pub fn plus(self, other: Self) -> Option<Self> {
        if self.dec != 0 || other.dec != 0 {
            return None;
        }
        Some(Self::int(self.int.checked_add(other.int)?))
    }

    /// The integer value, when there is no fraction.
    pub fn as_int(self) -> Option<u128> {
        (self.dec == 0).then_some(self.int)
    }

    fn normalized(mut self) -> Self {
        while self.dec > 0 && self.int.is_multiple_of(10) {
            self.int /= 10;
            self.dec -= 1;
        }
        self
    }

    /// Canonical key: `1000`, `3.5`, `0.25`.
    pub fn key(self) -> String {
        let v = self.normalized();
        if v.dec == 0 {
            return v.int.to_string();
        }
        let digits = v.int.to_string();
        let dec = v.dec as usize;
        if digits.len() > dec {
            let (a, b) = digits.split_at(digits.len() - dec);
            format!("{a}.{b}")
        } else {
            format!("0.{}{}", "0".repeat(dec - digits.len()), digits)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_canonical() {
        let v = Value::digits("3").unwrap().with_fraction("50").unwrap();
        assert_eq!(v.key(), "3.5");
        assert_eq!(v.scaled(6).unwrap().key(), "3500000");
        let q = Value::digits("0").unwrap().with_fraction("025").unwrap();
        assert_eq!(q.key(), "0.025");
        assert_eq!(q.scaled(1).unwrap().key(), "0.25");
        assert_eq!(
            Value::digits("1").unwrap().push_group(0).unwrap().key(),
            "1000"
        );
    }
}
