#![no_main]
//! Fuzz target `segmenter`: see [`glossa_fuzz::segmenter`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::segmenter(data));
