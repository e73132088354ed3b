//! The repository side of glossa: `glossa.toml` (discovery from a directory
//! upward, schema, layering, per-check severities), include/exclude globs,
//! baselines (so a legacy repository only fails on new findings) and the
//! generated check documentation (`docs/checks.md`).
//!
//! Unlike the core crates this one reads files: it is where configuration
//! comes from. It never prints.

mod baseline;
mod config;
mod docs;
mod error;
mod glob;
mod location;
mod pairing;

pub use baseline::{BASELINE_VERSION, filter_baseline, fingerprints, write_baseline};
pub use config::{CONFIG_FILE, CheckLevel, CheckSetting, Config, discover, load, parse};
pub use docs::checks_markdown;
pub use error::ConfigError;
pub use glob::Glob;
pub use location::Location;
pub use pairing::PairPattern;
