//! TBX exchange: TBX-Basic (ISO 30042:2019, DCA style) reading and writing.
//!
//! The mapping of every model field is documented in
//! `docs/glossary-exchange.md`. Fields TBX-Basic has no data category for
//! travel as `<note>glossa:…</note>` at `termSec` level, so the files we
//! write stay valid TBX-Basic. TBX 2008 (`martif`) files are read too.

mod dom;
mod read;
mod write;

pub use read::from_tbx_str;
pub use write::to_tbx_string;

/// The ISO 30042:2019 namespace.
const TBX_NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";
/// Prefix of our extension notes.
const EXT_PREFIX: &str = "glossa:";
/// `sourceDesc/p/@type` values of the glossary header.
const P_ID: &str = "glossa:id";
const P_LANGUAGES: &str = "glossa:languages";
const P_SOURCE_LANGUAGE: &str = "glossa:source-language";
const P_DEFAULT_STYLE: &str = "glossa:default-style";
const P_STYLE_ID: &str = "glossa:style-id";
const P_STYLE_FRAMING: &str = "glossa:style-framing";
const P_STYLE_DESCRIPTION: &str = "glossa:style-description";

#[cfg(test)]
pub(crate) mod tests;
