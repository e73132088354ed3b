#![no_main]
//! Fuzz target `fluent`: see [`glossa_fuzz::fluent`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::fluent(data));
