#![no_main]
//! Fuzz target `glossary_tbx`: see [`glossa_fuzz::glossary_tbx`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::glossary_tbx(data));
