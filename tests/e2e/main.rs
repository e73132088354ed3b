//! End-to-end tests of the `glossa` binary. Each module covers one command;
//! `util` runs the binary in a clean environment.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod align;
mod check;
mod errors;
mod export;
mod glossary;
mod progress;
mod repo;
mod robustness;
mod scale;
mod segment;
mod stream;
mod util;
