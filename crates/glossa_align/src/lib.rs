//! Sentence alignment without neural models.
//!
//! A dynamic program over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3
//! scores each bead by its shape prior; a length model in characters (Han
//! characters count double; the language-pair ratio and spread are
//! estimated from the document itself, so Japanese at about half the English
//! length needs no setting); lexical anchors from `glossa_anchors` (numbers,
//! dates, URLs, Latin tokens, transliterated names), caller-supplied keys
//! (glossary concepts), consonant-skeleton cognates and a small EN/RU/JA/TR
//! concept lexicon; punctuation (questions, quotation parity, headings) and
//! the number of sentences inside each unit. Small documents get the full
//! DP; larger ones a band around a guide through unique shared anchors that
//! widens until the path stays inside, so cost is close to linear.
//! Confidence is the posterior probability of the bead (forward-backward).
//! Many-way alignment goes through the pivot and groups every sentence of
//! every document exactly once.
//!
//! Pure: no I/O, no printing.

mod blocks;
mod dp;
mod features;
mod lexicon;
mod many;
mod model;
mod pair;
mod search;
mod vecalign;

use std::ops::Range;

use glossa_text::Lang;

pub use vecalign::format_vecalign;

/// One document to align: its language and sentences.
#[derive(Debug, Clone)]
pub struct AlignDoc<'a> {
    /// Language of the sentences.
    pub lang: Lang,
    /// The sentences, in order.
    pub sentences: Vec<&'a str>,
    /// Block id per sentence (heading, paragraph): a bead never crosses a
    /// block boundary both documents share.
    pub blocks: Option<Vec<usize>>,
    /// Extra anchor keys per sentence from the caller, e.g. glossary concept
    /// ids found in the sentence.
    pub extra_anchors: Option<Vec<Vec<String>>>,
}

impl<'a> AlignDoc<'a> {
    /// A document without block structure or extra anchors.
    pub fn new(lang: Lang, sentences: Vec<&'a str>) -> Self {
        Self {
            lang,
            sentences,
            blocks: None,
            extra_anchors: None,
        }
    }
}

/// Tuning knobs; `Default` is what the benchmarks use.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignOptions {
    /// Beads whose confidence is below this are flagged `low_confidence`.
    pub low_confidence: f32,
    /// Regions with at most this many DP cells get the full DP.
    pub full_dp_cells: usize,
    /// Initial half-width of the band for larger regions.
    pub band: usize,
    /// Use shared word beginnings as weak evidence when both languages use
    /// the same script.
    pub cognates: bool,
    /// Parameters of the bead score.
    pub model: ModelParams,
}

impl Default for AlignOptions {
    fn default() -> Self {
        Self {
            low_confidence: 0.5,
            full_dp_cells: 400_000,
            band: 8,
            cognates: true,
            model: ModelParams::default(),
        }
    }
}

/// Parameters of the bead score. The defaults were set on development data
/// (news EN/RU/JA/TR with synthetic merges and omissions, Text+Berg de-fr).
#[derive(Debug, Clone, PartialEq)]
pub struct ModelParams {
    /// Prior probability of each bead shape: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2,
    /// 3-1, 1-3.
    pub priors: [f32; 8],
    /// Spread (standard deviation of the log length ratio) assumed before
    /// the document's own spread is estimated.
    pub length_sigma: f32,
    /// Extra length variance of short beads (divided by their length).
    pub short_var: f32,
    /// Weight of the wide component of the length model (heavy tails).
    pub tail_mix: f32,
    /// Width of the wide component, in standard deviations.
    pub tail_width: f32,
    /// Penalty (relative to a match) of a hard key on one side only that the
    /// other document contains elsewhere.
    pub hard_seen: f32,
    /// Penalty of a hard key the other document never contains.
    pub hard_unseen: f32,
    /// Penalty of a name or Latin token on one side only that the other
    /// document contains elsewhere.
    pub soft_seen: f32,
    /// Penalty of a lexicon concept on one side only that the other document
    /// contains elsewhere.
    pub lexicon_seen: f32,
    /// Penalty when one side of a bead leaves a quotation open (an odd
    /// number of double quotes) and the other side does not.
    pub quote_parity: f32,
    /// Score when both sides of a bead open with a quotation mark, or
    /// penalty when only one does.
    pub quote_start: f32,
    /// Score when both sides of a bead end without punctuation (headings),
    /// or penalty when only one does.
    pub no_stop: f32,
    /// Penalty per sentence of difference between the sentence counts of
    /// the two sides of a bead (a line may hold several sentences); scaled
    /// per document by how well counts agree in a first pass.
    pub sentence_count: f32,
}

impl Default for ModelParams {
    fn default() -> Self {
        Self {
            priors: [0.82, 0.04, 0.04, 0.07, 0.07, 0.005, 0.002, 0.002],
            length_sigma: 0.2,
            short_var: 2.0,
            tail_mix: 0.2,
            tail_width: 3.0,
            hard_seen: 0.8,
            hard_unseen: 0.4,
            soft_seen: 0.4,
            lexicon_seen: 0.3,
            quote_parity: 1.0,
            quote_start: 0.6,
            no_stop: 0.5,
            sentence_count: 1.0,
        }
    }
}

/// An aligned pair of sentence ranges.
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    /// Source sentences (may be empty: an added target sentence).
    pub src: Range<usize>,
    /// Target sentences (may be empty: an omitted source sentence).
    pub tgt: Range<usize>,
    /// Posterior probability of this bead, 0..1.
    pub confidence: f32,
    /// `confidence` is below `AlignOptions::low_confidence`.
    pub low_confidence: bool,
}

/// Aligns two documents; beads cover every sentence once, in order.
pub fn align_pair(src: &AlignDoc<'_>, tgt: &AlignDoc<'_>, options: &AlignOptions) -> Vec<Bead> {
    pair::align_docs(src, tgt, options)
}

/// One row of a many-way alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// One sentence range per document (empty when it has no counterpart).
    pub members: Vec<Range<usize>>,
    /// Lowest confidence of the beads that formed the group.
    pub confidence: f32,
    /// Some bead of the group had low confidence.
    pub low_confidence: bool,
}

/// Aligns several documents; `docs[0]` is the pivot. Every sentence of every
/// document is in exactly one group, and groups are in document order.
pub fn align_many(docs: &[AlignDoc<'_>], options: &AlignOptions) -> Vec<Group> {
    let Some(pivot) = docs.first() else {
        return Vec::new();
    };
    let beads = many::align_to_pivot(docs, options);
    many::groups_from_pivot(pivot.sentences.len(), &beads, options.low_confidence)
}

#[cfg(test)]
mod tests;
