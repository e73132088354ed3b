//! Two-document alignment: features, block regions, two passes (length model
//! estimated from the first), posteriors as confidence.

use std::ops::Range;

use crate::blocks::block_regions;
use crate::features::{Interner, Side, script_family, side};
use crate::model::{LengthModel, Scorer, estimate_length};
use crate::search::{SearchParams, align_region};
use crate::{AlignDoc, AlignOptions, Bead};

/// Features of both documents of a pair (sharing one key table).
#[derive(Clone, Copy)]
pub(crate) struct PairFeatures<'f> {
    pub interner: &'f Interner,
    pub src: &'f Side,
    pub tgt: &'f Side,
}

/// Extracts the features of one document into a shared key table.
/// `same_script_cognates`: also compare word beginnings letter by letter.
pub(crate) fn doc_side(
    doc: &AlignDoc<'_>,
    options: &AlignOptions,
    same_script_cognates: bool,
    interner: &mut Interner,
) -> Side {
    let mode = options.cognates.then_some(same_script_cognates);
    side(
        &doc.sentences,
        &doc.lang,
        doc.extra_anchors.as_deref(),
        mode,
        interner,
    )
}

fn params(options: &AlignOptions) -> SearchParams {
    SearchParams {
        full_cells: options.full_dp_cells,
        band: options.band,
    }
}

/// Aligns every region with one length model.
fn pass(
    f: PairFeatures<'_>,
    regions: &[(Range<usize>, Range<usize>)],
    length: LengthModel,
    options: &AlignOptions,
    posteriors: bool,
) -> Vec<Bead> {
    let mut scorer = Scorer::new(f.src, f.tgt, f.interner, length, &options.model);
    let mut out = Vec::new();
    for (s, t) in regions {
        let path = align_region(
            &mut scorer,
            s.start,
            t.start,
            s.len(),
            t.len(),
            params(options),
            posteriors,
        );
        out.extend(path.beads.into_iter().map(|b| Bead {
            src: s.start + b.src.start..s.start + b.src.end,
            tgt: t.start + b.tgt.start..t.start + b.tgt.end,
            confidence: b.posterior,
            low_confidence: b.posterior < options.low_confidence,
        }));
    }
    out
}

/// Aligns two documents from their features.
pub(crate) fn align_features(
    f: PairFeatures<'_>,
    src_blocks: Option<&[usize]>,
    tgt_blocks: Option<&[usize]>,
    options: &AlignOptions,
) -> Vec<Bead> {
    let regions = block_regions(f, src_blocks, tgt_blocks, options);
    let first = estimate_length(f.src, f.tgt, &[], options.model.length_sigma);
    let mut first_options = options.clone();
    first_options.model.sentence_count = 0.0;
    let beads = pass(f, &regions, first, &first_options, false);
    let mut second = options.clone();
    second.model.sentence_count *= count_reliability(f, &beads);
    let pairs: Vec<(usize, usize)> = beads
        .iter()
        .filter(|b| b.src.len() == 1 && b.tgt.len() == 1)
        .map(|b| (b.src.start, b.tgt.start))
        .collect();
    let length = estimate_length(f.src, f.tgt, &pairs, options.model.length_sigma);
    pass(f, &regions, length, &second, true)
}

/// How far sentence counts inside units can be trusted in this document:
/// among the first pass's many-to-one beads, the share whose sides hold the
/// same number of sentences, mapped from 0.5 (chance) – 1 to 0 – 1. Lines
/// that are concatenated sentences agree; free translation does not.
fn count_reliability(f: PairFeatures<'_>, beads: &[Bead]) -> f32 {
    let count = |inner: &[u8]| inner.iter().map(|&k| 1 + u32::from(k)).sum::<u32>();
    let (mut agree, mut total) = (1.8f32, 2.0f32);
    for b in beads
        .iter()
        .filter(|b| b.src.len() + b.tgt.len() >= 3 && !b.src.is_empty() && !b.tgt.is_empty())
    {
        total += 1.0;
        if count(&f.src.inner[b.src.clone()]) == count(&f.tgt.inner[b.tgt.clone()]) {
            agree += 1.0;
        }
    }
    ((agree / total - 0.5) * 2.0).clamp(0.0, 1.0)
}

/// Aligns two documents.
pub(crate) fn align_docs(
    src: &AlignDoc<'_>,
    tgt: &AlignDoc<'_>,
    options: &AlignOptions,
) -> Vec<Bead> {
    let family = script_family(&src.lang);
    let same_script = family != 0 && family == script_family(&tgt.lang);
    let mut interner = Interner::default();
    let s = doc_side(src, options, same_script, &mut interner);
    let t = doc_side(tgt, options, same_script, &mut interner);
    let f = PairFeatures {
        interner: &interner,
        src: &s,
        tgt: &t,
    };
    align_features(f, src.blocks.as_deref(), tgt.blocks.as_deref(), options)
}

/// Search parameters for block-level alignment.
pub(crate) fn block_params(options: &AlignOptions) -> SearchParams {
    params(options)
}
