#![no_main]
//! Fuzz target `xliff`: see [`glossa_fuzz::xliff`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::xliff(data));
