#![no_main]
//! Fuzz target `check`: see [`glossa_fuzz::check`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::check(data));
