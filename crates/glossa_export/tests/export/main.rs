//! Integration tests of every export format on a four-language sample.

mod browser;
mod html;
mod support;
mod text;
mod tmx;
mod xlsx;
