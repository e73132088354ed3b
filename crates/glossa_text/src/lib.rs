//! Pure text handling for glossa: language tags, line/column lookup, and
//! sentence segmentation. No I/O, no printing, no file formats.

pub mod lang;
pub mod line_index;
pub mod segment;
pub mod shared_text;

pub use lang::{Lang, LangError};
pub use line_index::{LineCol, LineIndex};
pub use segment::{BlockKind, Segmenter, Sentence, Sentences, SrxError};
pub use shared_text::SentenceText;
