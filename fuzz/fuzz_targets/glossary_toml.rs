#![no_main]
//! Fuzz target `glossary_toml`: see [`glossa_fuzz::glossary_toml`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::glossary_toml(data));
