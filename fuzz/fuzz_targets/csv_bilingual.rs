#![no_main]
//! Fuzz target `csv_bilingual`: see [`glossa_fuzz::csv_bilingual`].

libfuzzer_sys::fuzz_target!(|data: &[u8]| glossa_fuzz::csv_bilingual(data));
