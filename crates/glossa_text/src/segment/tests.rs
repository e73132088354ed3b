//! Whole-pipeline tests: Markdown blocks, display text, offsets, properties.

use proptest::prelude::*;

use super::*;

fn seg(lang: &str) -> Segmenter {
    Segmenter::new(&Lang::parse(lang).unwrap())
}

fn texts(sentences: &[Sentence]) -> Vec<&str> {
    sentences.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn markdown_article_splits_like_a_careful_reader() {
    let doc = "## **TALKS IN MOSCOW**\n\n-\n\n21.03.2021\n\n---\n\nThe ministers met on Monday\n\n\"We made progress. Much remains,\" the minister said. \"The next round is in May.\"\n\n### **Next steps**\n\nThe talks resume in the\n\nautumn, officials said.\n\n<https://example.org/news/42>\n";
    let out = seg("en").segment(doc);
    assert_eq!(
        texts(&out),
        [
            "TALKS IN MOSCOW",
            "21.03.2021",
            "The ministers met on Monday",
            "\"We made progress.",
            "Much remains,\" the minister said.",
            "\"The next round is in May.\"",
            "Next steps",
            "The talks resume in the autumn, officials said.",
            "https://example.org/news/42",
        ]
    );
    assert_eq!(out[0].kind, BlockKind::Heading { level: 2 });
    assert_eq!(&doc[out[0].range.clone()], "TALKS IN MOSCOW");
    assert_eq!(out[3].block, out[5].block);
    assert_ne!(out[2].block, out[3].block);
}

#[test]
fn inline_markup_does_not_break_sentences_and_maps_back() {
    let doc = "Der **Vertrag** wurde [nie](https://x.org) unterzeichnet. Warum?";
    let out = seg("de").segment(doc);
    assert_eq!(
        texts(&out),
        ["Der Vertrag wurde nie unterzeichnet.", "Warum?"]
    );
    let s = &out[0];
    let at = s.text.find("nie").unwrap();
    assert_eq!(&doc[s.source_offset(at)..s.source_offset(at) + 3], "nie");
    assert_eq!(s.source_offset(s.text.len()), s.range.end);
    // Only the marked-up sentence keeps a map of its own.
    assert!(s.map.is_some() && out[1].map.is_none());
    assert_eq!(out[1].source_offset(2), doc.find("rum?").unwrap());
}

#[test]
fn verbatim_sentences_map_linearly_and_are_small() {
    let po = "msgstr \"Мирный договор\"";
    let start = po.find('М').unwrap();
    let s = Sentence::verbatim(start..po.len() - 1, "Мирный договор".to_owned(), 0);
    assert_eq!(&po[s.source_offset(13)..s.range.end], "договор");
    assert_eq!(s.source_offset(s.text.len()), s.range.end);
    assert_eq!(
        Sentence::verbatim(5..5, String::new(), 0).source_offset(0),
        0
    );
    #[cfg(target_pointer_width = "64")]
    assert_eq!(std::mem::size_of::<Sentence>(), 64);
}

#[test]
fn russian_markdown_lists_and_wrapped_lines() {
    let doc = "- Первый пункт, т. е. начало.\n- Второй\n  пункт. Ещё одно предложение.\n\n> Цитата: «Мы далеки от цели. Но идём», — сказал он.";
    let out = seg("ru").segment(doc);
    assert_eq!(
        texts(&out),
        [
            "Первый пункт, т. е. начало.",
            "Второй пункт.",
            "Ещё одно предложение.",
            "Цитата: «Мы далеки от цели.",
            "Но идём», — сказал он.",
        ]
    );
    assert_eq!(out[0].kind, BlockKind::ListItem);
    assert_eq!(out[4].kind, BlockKind::Quote);
}

#[test]
fn japanese_joins_wrapped_lines_without_space() {
    let doc = "# 会談\n\n外相は「交渉を続ける。」と述べ\nた。次回は東京で開く。";
    let out = seg("ja").segment(doc);
    assert_eq!(
        texts(&out),
        [
            "会談",
            "外相は「交渉を続ける。」と述べた。",
            "次回は東京で開く。"
        ]
    );
}

#[test]
fn turkish_table_cells_and_code_blocks_are_hard_boundaries() {
    let doc = "| Madde | Açıklama |\n|---|---|\n| 107. madde | Savaş sonrası |\n\n```\nx = 1. y = 2.\n```\n\n2. Dünya Savaşı bitti. Barış gelmedi.";
    let out = seg("tr").segment(doc);
    assert_eq!(
        texts(&out),
        [
            "Madde",
            "Açıklama",
            "107. madde",
            "Savaş sonrası",
            "x = 1. y = 2.",
            "2. Dünya Savaşı bitti.",
            "Barış gelmedi.",
        ]
    );
    assert_eq!(out[4].kind, BlockKind::CodeBlock);
}

#[test]
fn plain_mode_keeps_markup_and_joins_lines() {
    let doc = "## Not a heading\nbut one sentence. **Stars** stay.\n\nNew paragraph";
    let out = seg("en").segment_plain(doc);
    assert_eq!(
        texts(&out),
        [
            "## Not a heading but one sentence.",
            "**Stars** stay.",
            "New paragraph"
        ]
    );
}

#[test]
fn srx_rules_replace_the_builtin_boundaries() {
    let srx = r#"<srx version="2.0"><header cascade="no"/><body><languagerules>
        <languagerule languagerulename="All">
          <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\s</afterbreak></rule>
        </languagerule></languagerules>
        <maprules><languagemap languagepattern=".*" languagerulename="All"/></maprules></body></srx>"#;
    let seg = Segmenter::with_srx(&Lang::parse("en").unwrap(), srx).unwrap();
    let out = seg.segment("# Title\n\nOne; two. Three");
    assert_eq!(texts(&out), ["Title", "One;", "two. Three"]);
}

/// Removes whitespace: texts are compared modulo whitespace.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `gap` (input characters left out of a display text) holds only
/// Markdown syntax: markers, emphasis, brackets, escapes, link destinations.
fn only_markup(gap: &str) -> bool {
    // Drop link tails `](destination)`, parentheses balanced as in the stripper.
    let mut rest = String::new();
    let chars: Vec<char> = gap.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ']' && chars.get(i + 1) == Some(&'(') {
            let mut depth = 0;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            i = j + 1;
            continue;
        }
        rest.push(chars[i]);
        i += 1;
    }
    rest.chars()
        .all(|c| c.is_whitespace() || "*_`#>[]()!<\\|-+".contains(c))
}

fn check_invariants(input: &str, out: &[Sentence], markdown: bool) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    let mut prev_block = 0;
    for s in out {
        prop_assert!(s.range.start >= prev_end, "overlap at {:?}", s.range);
        prop_assert!(s.range.start < s.range.end && s.range.end <= input.len());
        prop_assert!(input.is_char_boundary(s.range.start) && input.is_char_boundary(s.range.end));
        prop_assert!(s.block >= prev_block);
        prop_assert!(!s.text.is_empty() && !s.text.contains('\n'));
        // Every text character comes from the input, in order, inside the
        // range; what the text leaves out of input[range] is markup only
        // (nothing at all in plain mode, whitespace aside).
        let mut last = s.range.start;
        let mut next_free = s.range.start;
        for (i, c) in s.text.char_indices() {
            let at = s.source_offset(i);
            prop_assert!(at >= last && at < s.range.end, "{:?} maps to {}", c, at);
            if !c.is_whitespace() {
                prop_assert!(input[at..].starts_with(c), "{:?} != input at {}", c, at);
                let gap = &input[next_free..at];
                if markdown {
                    prop_assert!(only_markup(gap), "dropped {:?}", gap);
                } else {
                    prop_assert!(gap.trim().is_empty(), "dropped {:?}", gap);
                }
                next_free = at + c.len_utf8();
            }
            last = at;
        }
        prop_assert_eq!(squeeze(&input[next_free..s.range.end]), "");
        if !markdown {
            prop_assert_eq!(squeeze(&input[s.range.clone()]), squeeze(&s.text));
        }
        prop_assert_eq!(s.source_offset(s.text.len()), s.range.end);
        prev_end = s.range.end;
        prev_block = s.block;
    }
    // Gaps + ranges reproduce the input.
    let mut rebuilt = String::new();
    let mut pos = 0;
    for s in out {
        rebuilt.push_str(&input[pos..s.range.start]);
        rebuilt.push_str(&input[s.range.clone()]);
        pos = s.range.end;
    }
    rebuilt.push_str(&input[pos..]);
    prop_assert_eq!(rebuilt, input);
    Ok(())
}

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "Mr. ",
        "Smith",
        " went",
        " home",
        ". ",
        "? ",
        "! ",
        "\n",
        "\n\n",
        "## ",
        "- ",
        "> ",
        "**",
        "_",
        "`",
        "[",
        "](u)",
        "<http://a.b>",
        "\"",
        "«",
        "»",
        "「",
        "」",
        "。",
        "と",
        "г.",
        "т. е. ",
        "2. ",
        "Dünya",
        "17.01.2019",
        "...",
        "(",
        ")",
        "|",
        "|---|",
        "```",
        "  ",
        "é",
        "İ",
        "—",
        "\\*",
        "1) ",
        "text",
        "ИТАР",
        "日本",
        " ' ",
        "[1]",
        " . ",
        "a.m.",
        "At ",
        "\t",
        "\r\n",
        "1. ",
        "    ",
        "~~~",
        "# ",
        "Dr.",
        "etc.",
        "г. ",
        "5 ft.",
        "、",
        "？",
        "！」",
        "）",
        "（",
        "  \n",
        "===",
        "***",
        "![i](p)",
        "&amp;",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn sentences_are_ordered_disjoint_and_map_back(
        parts in prop::collection::vec(piece(), 0..40),
        lang in prop::sample::select(vec!["en", "ru", "ja", "tr", "de"]),
    ) {
        let input: String = parts.concat();
        let seg = seg(lang);
        let md = seg.segment(&input);
        check_invariants(&input, &md, true)?;
        let plain = seg.segment_plain(&input);
        check_invariants(&input, &plain, false)?;
        // Plain text keeps every non-space character.
        let all: String = plain.iter().map(|s| squeeze(&s.text)).collect();
        prop_assert_eq!(all, squeeze(&input));
    }

    #[test]
    fn arbitrary_text_never_panics_and_keeps_the_invariants(
        input in "[a-zA-Zа-яА-Я0-9 .!?。！？「」（）()\\[\\]*_`<>#|\\-+\n\"'«»…–—,:;/\\\\~=İı、．]{0,200}",
        lang in prop::sample::select(vec!["en", "ru", "ja", "tr", "zh"]),
    ) {
        let seg = seg(lang);
        check_invariants(&input, &seg.segment(&input), true)?;
        check_invariants(&input, &seg.segment_plain(&input), false)?;
    }
}
