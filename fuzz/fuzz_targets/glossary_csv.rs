#![no_main]
//! Fuzz target `glossary_csv`: see [`glossa_fuzz::glossary_csv`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::glossary_csv(data));
