//! Fuzz harnesses for glossa, one function per target.
//!
//! The libFuzzer targets in `fuzz_targets/` are one-line wrappers around these functions, so the
//! saved crashing inputs under `regressions/<target>/` are replayed through exactly the same code
//! by `tests/regressions.rs` (`cargo test --manifest-path fuzz/Cargo.toml`).
//!
//! Besides "no panic, no hang", each harness asserts the documented contracts the rest of glossa
//! relies on: byte ranges inside their text and on character boundaries, alignments covering every
//! sentence exactly once in order.

use std::ops::Range;
use std::sync::OnceLock;

use glossa_align::{AlignDoc, AlignOptions, Bead, align_many, align_pair};
use glossa_checks::{AlignedPair, Document, PairInput, Settings, TermContext, check_pair};
use glossa_diagnostics::FileId;
use glossa_formats::{FormatKind, ParsedFile, decode, parse, tmx_units_from_reader};
use glossa_glossary::{Glossary, Matcher, from_csv_str, from_tbx_str, from_toml_str, validate};
use glossa_text::{Lang, Segmenter};

/// The shipped glossary, compiled into the harnesses.
const SHIPPED: &str = include_str!("../../glossaries/russia-japan.toml");

/// The four languages glossa knows best.
const LANGS: [&str; 4] = ["en", "ru", "ja", "tr"];

/// A harness: one input, panics on a broken contract.
pub type Harness = fn(&[u8]);

/// Every target, by name, with its harness (used by the regression replay).
pub const TARGETS: &[(&str, Harness)] = &[
    ("xliff", xliff),
    ("po", po),
    ("tmx", tmx),
    ("fluent", fluent),
    ("json_catalog", json_catalog),
    ("csv_bilingual", csv_bilingual),
    ("glossary_toml", glossary_toml),
    ("glossary_tbx", glossary_tbx),
    ("glossary_csv", glossary_csv),
    ("segmenter", segmenter),
    ("aligner", aligner),
    ("matcher", matcher),
    ("check", check),
];

fn lang(selector: u8) -> Lang {
    let tag = LANGS[usize::from(selector) % LANGS.len()];
    Lang::parse(tag).unwrap_or_else(|_| unreachable!("built-in tag {tag}"))
}

fn assert_range_in(text: &str, range: &Range<usize>, what: &str) {
    assert!(
        range.start <= range.end && range.end <= text.len(),
        "{what}: range {range:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
        "{what}: range {range:?} splits a character"
    );
}

fn assert_parsed(text: &str, file: &ParsedFile) {
    for unit in &file.units {
        assert!(unit.line >= 1, "unit {:?} on line 0", unit.id);
        for variant in &unit.variants {
            assert_range_in(text, &variant.span, "variant span");
            for code in &variant.codes {
                assert_range_in(&variant.text, &code.range, "inline code");
            }
        }
    }
}

fn format(kind: FormatKind, data: &[u8]) {
    if let Ok(text) = decode(data, kind)
        && let Ok(file) = parse(kind, &text)
    {
        assert_parsed(&text, &file);
    }
}

/// XLIFF 1.2 / 2.x reader (bytes → decode → parse).
pub fn xliff(data: &[u8]) {
    format(FormatKind::Xliff, data);
}

/// Gettext PO reader.
pub fn po(data: &[u8]) {
    format(FormatKind::Po, data);
}

/// TMX: the whole-text reader and the streaming reader over raw bytes.
pub fn tmx(data: &[u8]) {
    format(FormatKind::Tmx, data);
    let mut units = tmx_units_from_reader(data);
    for unit in units.by_ref().take(100_000) {
        let Ok(unit) = unit else { break };
        for variant in &unit.variants {
            assert!(variant.span.start <= variant.span.end && variant.span.end <= data.len());
        }
    }
}

/// Stack for the Fluent reader: small under libFuzzer (optimized: fluent-syntax takes about 1 KiB
/// per nesting level, so anything much deeper than the reader's limit of 100 overflows and is
/// reported), roomy for the unoptimized regression replay (about 7 KiB per level).
const FLUENT_STACK: usize = if cfg!(fuzzing) { 512 << 10 } else { 4 << 20 };

/// Fluent (FTL) reader, on a thread with a small stack: fluent-syntax recurses once per nested
/// placeable, select and call-argument list, and the reader's pre-scan must stop deep input
/// before it does (a stack overflow aborts the whole process, without an artifact).
pub fn fluent(data: &[u8]) {
    let data = data.to_vec();
    let run = std::thread::Builder::new()
        .stack_size(FLUENT_STACK)
        .spawn(move || format(FormatKind::Fluent, &data))
        .expect("spawn the fluent reader thread");
    if let Err(panic) = run.join() {
        std::panic::resume_unwind(panic);
    }
}

/// JSON catalogs (flat, nested, i18next, ARB, WebExtension), and pairing two of them.
pub fn json_catalog(data: &[u8]) {
    format(FormatKind::JsonCatalog, data);
    let Some(split) = data.iter().position(|&b| b == 0) else {
        return;
    };
    let (a, b) = (&data[..split], &data[split + 1..]);
    let parsed = |bytes: &[u8]| {
        decode(bytes, FormatKind::JsonCatalog)
            .ok()
            .and_then(|text| parse(FormatKind::JsonCatalog, &text).ok())
    };
    if let (Some(a), Some(b)) = (parsed(a), parsed(b)) {
        let _ = glossa_formats::pair_catalogs(&a, &b);
    }
}

/// CSV and TSV bilingual tables (the first byte picks the delimiter).
pub fn csv_bilingual(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let kind = if first & 1 == 0 {
        FormatKind::Csv
    } else {
        FormatKind::Tsv
    };
    format(kind, rest);
}

fn glossary_checked(glossary: &Glossary) {
    let _ = validate(glossary);
    let written = glossa_glossary::to_toml_string(glossary);
    let _ = from_toml_str(&written);
    for tag in LANGS {
        let lang = Lang::parse(tag).unwrap_or_else(|_| unreachable!("built-in tag {tag}"));
        if let Ok(matcher) = Matcher::new(glossary, &lang) {
            let _ =
                matcher.find_all("The Kuril Islands, Курильские острова, 北方領土, Kuril Adaları.");
        }
    }
}

/// Glossary TOML reader, validation, writer and matcher construction.
pub fn glossary_toml(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(glossary) = from_toml_str(text) {
        glossary_checked(&glossary);
    }
}

/// Glossary TBX reader.
pub fn glossary_tbx(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(glossary) = from_tbx_str(text) {
        glossary_checked(&glossary);
        let _ = glossa_glossary::to_tbx_string(&glossary);
    }
}

/// Glossary CSV/TSV reader (the first byte picks the delimiter).
pub fn glossary_csv(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let delimiter = if first & 1 == 0 { b',' } else { b'\t' };
    if let Ok(glossary) = from_csv_str(text, delimiter) {
        glossary_checked(&glossary);
        let _ = glossa_glossary::to_csv_string(&glossary, delimiter);
    }
}

fn assert_sentences(input: &str, sentences: &[glossa_text::Sentence]) {
    let mut previous_end = 0;
    let mut previous_block = 0;
    for s in sentences {
        assert_range_in(input, &s.range, "sentence");
        assert!(
            s.range.start >= previous_end,
            "sentence {:?} overlaps the previous one",
            s.range
        );
        assert!(s.block >= previous_block, "blocks out of order");
        assert_eq!(
            s.source_offset(s.text.len()),
            s.range.end,
            "end of {:?}",
            s.text
        );
        previous_end = s.range.end;
        previous_block = s.block;
    }
}

/// Markdown and plain-text segmentation (the first byte picks EN/RU/JA/TR).
pub fn segmenter(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let input = String::from_utf8_lossy(rest);
    let segmenter = Segmenter::new(&lang(first));
    assert_sentences(&input, &segmenter.segment(&input));
    assert_sentences(&input, &segmenter.segment_plain(&input));
}

fn assert_cover(beads: &[Bead], n_src: usize, n_tgt: usize) {
    let (mut s, mut t) = (0, 0);
    for bead in beads {
        assert_eq!(bead.src.start, s, "source sentences skipped or repeated");
        assert_eq!(bead.tgt.start, t, "target sentences skipped or repeated");
        assert!(bead.src.start <= bead.src.end && bead.tgt.start <= bead.tgt.end);
        assert!(
            (0.0..=1.0).contains(&bead.confidence),
            "confidence {}",
            bead.confidence
        );
        s = bead.src.end;
        t = bead.tgt.end;
    }
    assert_eq!((s, t), (n_src, n_tgt), "beads do not cover every sentence");
}

/// Splits the input into up to three sentence lists (separated by NUL, sentences by newline).
fn sentence_lists(text: &str) -> Vec<Vec<&str>> {
    text.split('\0')
        .take(3)
        .map(|doc| doc.split('\n').filter(|s| !s.is_empty()).collect())
        .collect()
}

/// Pairwise and many-way alignment of random sentence lists.
pub fn aligner(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let lists = sentence_lists(&text);
    let docs: Vec<AlignDoc<'_>> = lists
        .iter()
        .enumerate()
        .map(|(i, sentences)| AlignDoc::new(lang(first >> (2 * i)), sentences.clone()))
        .collect();
    let options = AlignOptions::default();
    if let [src, tgt, ..] = docs.as_slice() {
        let beads = align_pair(src, tgt, &options);
        assert_cover(&beads, src.sentences.len(), tgt.sentences.len());
    }
    let groups = align_many(&docs, &options);
    for (k, doc) in docs.iter().enumerate() {
        let mut next = 0;
        // Empty members (no counterpart) carry no position.
        for range in groups
            .iter()
            .map(|g| &g.members[k])
            .filter(|r| !r.is_empty())
        {
            assert_eq!(
                range.start, next,
                "many-way: document {k} skipped a sentence"
            );
            next = range.end;
        }
        if !groups.is_empty() {
            assert_eq!(
                next,
                doc.sentences.len(),
                "many-way: document {k} not covered"
            );
        }
    }
}

fn shipped_glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY
        .get_or_init(|| from_toml_str(SHIPPED).unwrap_or_else(|e| panic!("shipped glossary: {e}")))
}

fn matchers() -> &'static [Matcher] {
    static MATCHERS: OnceLock<Vec<Matcher>> = OnceLock::new();
    MATCHERS.get_or_init(|| {
        (0..LANGS.len())
            .map(|i| {
                Matcher::new(shipped_glossary(), &lang(i as u8))
                    .unwrap_or_else(|e| panic!("matcher: {e}"))
            })
            .collect()
    })
}

/// The term matcher with the shipped glossary on random text, in all four languages.
pub fn matcher(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let glossary = shipped_glossary();
    for matcher in matchers() {
        let found = matcher.find_all(&text);
        for m in &found {
            assert_range_in(&text, &m.range, "term match");
            let concept = glossary.concepts.get(m.concept).expect("concept index");
            assert!(m.term < concept.terms.len(), "term index");
        }
        let resolved = glossa_glossary::resolve_overlaps(&found);
        // Matches with exactly the same range (one text, several concepts) are all kept.
        for pair in resolved.windows(2) {
            let (a, b) = (&pair[0].range, &pair[1].range);
            assert!(a == b || a.end <= b.start, "overlaps left: {a:?} {b:?}");
        }
    }
}

fn term_context() -> &'static TermContext {
    static CONTEXT: OnceLock<TermContext> = OnceLock::new();
    CONTEXT.get_or_init(|| {
        let langs: Vec<Lang> = (0..LANGS.len()).map(|i| lang(i as u8)).collect();
        TermContext::new(shipped_glossary().clone(), None, &langs)
            .unwrap_or_else(|e| panic!("term context: {e}"))
    })
}

fn align_doc<'a>(lang: &Lang, sentences: &'a [glossa_text::Sentence]) -> AlignDoc<'a> {
    let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
    AlignDoc {
        lang: lang.clone(),
        extra_anchors: Some(term_context().concepts_per_sentence(lang, &texts)),
        blocks: Some(sentences.iter().map(|s| s.block).collect()),
        sentences: texts,
    }
}

/// `check` end to end as a library call: two Markdown texts (split at the first NUL) segmented,
/// aligned with glossary anchors, and checked with the shipped glossary.
pub fn check(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let (src_text, tgt_text) = text.split_once('\0').unwrap_or((&text, ""));
    let (src_lang, tgt_lang) = (lang(first), lang(first >> 2));
    let src_sentences = Segmenter::new(&src_lang).segment(src_text);
    let tgt_sentences = Segmenter::new(&tgt_lang).segment(tgt_text);
    let terms = term_context();
    let (src_doc, tgt_doc) = (
        align_doc(&src_lang, &src_sentences),
        align_doc(&tgt_lang, &tgt_sentences),
    );
    let beads = align_pair(&src_doc, &tgt_doc, &AlignOptions::default());
    let pairs: Vec<AlignedPair> = beads
        .iter()
        .filter(|b| !b.src.is_empty() || !b.tgt.is_empty())
        .enumerate()
        .map(|(group, b)| AlignedPair {
            src: b.src.clone(),
            tgt: b.tgt.clone(),
            confidence: b.confidence,
            low_confidence: b.low_confidence,
            group,
        })
        .collect();
    let input = PairInput {
        source: Document {
            file: FileId(0),
            lang: &src_lang,
            text: src_text,
            sentences: &src_sentences,
        },
        target: Document {
            file: FileId(1),
            lang: &tgt_lang,
            text: tgt_text,
            sentences: &tgt_sentences,
        },
        pairs: &pairs,
        terms: Some(terms),
    };
    for diagnostic in check_pair(&input, &Settings::default()) {
        for label in &diagnostic.labels {
            let text = if label.span.file == FileId(0) {
                src_text
            } else {
                tgt_text
            };
            assert_range_in(text, &label.span.range, "diagnostic label");
        }
    }
}
