#![no_main]
//! Fuzz target `json_catalog`: see [`glossa_fuzz::json_catalog`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::json_catalog(data));
