#![no_main]
//! Fuzz target `aligner`: see [`glossa_fuzz::aligner`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::aligner(data));
