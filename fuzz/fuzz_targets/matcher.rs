#![no_main]
//! Fuzz target `matcher`: see [`glossa_fuzz::matcher`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::matcher(data));
