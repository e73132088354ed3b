#![no_main]
//! Fuzz target `tmx`: see [`glossa_fuzz::tmx`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::tmx(data));
