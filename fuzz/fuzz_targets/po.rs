#![no_main]
//! Fuzz target `po`: see [`glossa_fuzz::po`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::po(data));
