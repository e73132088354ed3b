//! Block splitter tests: Markdown and plain text in the four languages.

use super::*;

fn blocks(input: &str, markdown: bool) -> Vec<(BlockKind, Vec<&str>)> {
    Blocks::new(input, markdown)
        .map(|b| {
            let lines = b.lines.iter().map(|l| &input[l.clone()]).collect();
            (b.kind, lines)
        })
        .collect()
}

#[test]
fn markdown_blocks() {
    let doc = "## **Title**\n\n-\n\n17.01.2019\n\n---\n\nFirst line\nsecond line.\n\n- item one\n  continued\n* item two\n1. third\n\n> quoted\n> text\n\n```\nlet x = 1;\n```\n";
    let got = blocks(doc, true);
    assert_eq!(
        got,
        vec![
            (BlockKind::Heading { level: 2 }, vec!["**Title**"]),
            (BlockKind::Paragraph, vec!["17.01.2019"]),
            (BlockKind::Paragraph, vec!["First line", "second line."]),
            (BlockKind::ListItem, vec!["item one", "continued"]),
            (BlockKind::ListItem, vec!["item two"]),
            (BlockKind::ListItem, vec!["1. third"]),
            (BlockKind::Quote, vec!["quoted", "text"]),
            (BlockKind::CodeBlock, vec!["let x = 1;"]),
        ]
    );
}

#[test]
fn tables_setext_and_datelines() {
    let doc = "| Город | Население |\n|---|---:|\n| Москва | 13 млн |\n\nBaşlık\n======\nMoskova\n17.01.2019\nMetin burada.";
    let got = blocks(doc, true);
    assert_eq!(
        got,
        vec![
            (BlockKind::TableCell, vec!["Город"]),
            (BlockKind::TableCell, vec!["Население"]),
            (BlockKind::TableCell, vec!["Москва"]),
            (BlockKind::TableCell, vec!["13 млн"]),
            (BlockKind::Heading { level: 1 }, vec!["Başlık"]),
            (BlockKind::Paragraph, vec!["Moskova"]),
            (BlockKind::Paragraph, vec!["17.01.2019"]),
            (BlockKind::Paragraph, vec!["Metin burada."]),
        ]
    );
}

#[test]
fn plain_text_joins_lines_and_breaks_at_blank_lines() {
    let doc = "# not a heading\nsecond line\n\n- not a list\n\n\n平和条約。";
    let got = blocks(doc, false);
    assert_eq!(
        got,
        vec![
            (BlockKind::Paragraph, vec!["# not a heading", "second line"]),
            (BlockKind::Paragraph, vec!["- not a list"]),
            (BlockKind::Paragraph, vec!["平和条約。"]),
        ]
    );
}

#[test]
fn front_matter_comments_and_html_lines() {
    let doc = "---\ntitle: Мирный договор\nlang: ru\n---\n\n<!-- draft\nnote -->\n<div align=\"center\">\n\n<b>Текст.</b> <https://x.org>\n";
    let got = blocks(doc, true);
    assert_eq!(
        got,
        vec![
            (BlockKind::Other, vec!["<div align=\"center\">"]),
            (BlockKind::Paragraph, vec!["<b>Текст.</b> <https://x.org>"]),
        ]
    );
    let no_yaml = "---\n\nText.\n\n---\n";
    assert_eq!(
        blocks(no_yaml, true),
        vec![(BlockKind::Paragraph, vec!["Text."])]
    );
}

#[test]
fn title_lines_inside_a_paragraph_stand_alone() {
    let doc = "Kuril Islands issue\nJapan's demand runs counter to the UN Charter, Lavrov\nsaid on Monday in Moscow at a news conference.";
    assert_eq!(
        blocks(doc, false),
        vec![
            (BlockKind::Paragraph, vec!["Kuril Islands issue"]),
            (
                BlockKind::Paragraph,
                vec![
                    "Japan's demand runs counter to the UN Charter, Lavrov",
                    "said on Monday in Moscow at a news conference."
                ]
            ),
        ]
    );
    // A wrapped sentence whose short line ends mid-phrase stays whole.
    let wrapped = "Переговоры в Москве продолжились во вторник, и министры\nобсудили договор.";
    assert_eq!(blocks(wrapped, false).len(), 1);
}

#[test]
fn a_stray_blank_line_inside_a_sentence_is_bridged() {
    let doc = "The demand runs counter to the\n\ncountry's obligations.\n\nNext one.";
    let got = blocks(doc, true);
    assert_eq!(
        got,
        vec![
            (
                BlockKind::Paragraph,
                vec!["The demand runs counter to the", "country's obligations."]
            ),
            (BlockKind::Paragraph, vec!["Next one."]),
        ]
    );
}
