//! `glossa segment`: Markdown-aware splitting in four languages.

use crate::util::run;

fn sentences(lang: &str, text: &str) -> Vec<String> {
    let out = run(&["segment", "--lang", lang, "-"], &[], Some(text));
    assert_eq!(out.code, 0, "{out:?}");
    out.stdout.lines().map(str::to_string).collect()
}

#[test]
fn markdown_article_in_english() {
    let text = "## **TALKS RESUME IN MOSCOW**\n\n17.01.2019\n\n---\n\nThe ministers met on Monday. \"We are far from a deal. Work goes on,\" Mr. Lavrov said.\nThe next round is due in March.\n\n- First item without a stop\n- Second item\n";
    assert_eq!(
        sentences("en", text),
        [
            "TALKS RESUME IN MOSCOW",
            "17.01.2019",
            "The ministers met on Monday.",
            "\"We are far from a deal.",
            "Work goes on,\" Mr. Lavrov said.",
            "The next round is due in March.",
            "First item without a stop",
            "Second item",
        ]
    );
}

#[test]
fn russian_abbreviations_and_quotes() {
    let text = "В 1956 г. стороны подписали декларацию, т. е. договорились о многом. «Договор не заключён», — сказал С. В. Лавров.";
    assert_eq!(
        sentences("ru", text),
        [
            "В 1956 г. стороны подписали декларацию, т. е. договорились о многом.",
            "«Договор не заключён», — сказал С. В. Лавров.",
        ]
    );
}

#[test]
fn japanese_without_spaces() {
    let text = "外相は「協議を続ける。」と述べた。平和条約の締結は難しい。次回は３月だ！";
    assert_eq!(
        sentences("ja", text),
        [
            "外相は「協議を続ける。」と述べた。",
            "平和条約の締結は難しい。",
            "次回は３月だ！"
        ]
    );
}

#[test]
fn turkish_ordinals() {
    let text = "BM Şartı'nın 107. maddesi tartışıldı. 2. Dünya Savaşı'nın sonuçları değişmez.";
    assert_eq!(
        sentences("tr", text),
        [
            "BM Şartı'nın 107. maddesi tartışıldı.",
            "2. Dünya Savaşı'nın sonuçları değişmez."
        ]
    );
}

#[test]
fn json_offsets_point_into_the_input() {
    let text = "# Başlık\n\nİlk cümle. İkinci cümle.\n";
    let out = run(
        &["segment", "--lang", "tr", "--format", "json", "-"],
        &[],
        Some(text),
    );
    assert_eq!(out.code, 0, "{out:?}");
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    let items = doc["sentences"].as_array().expect("sentences");
    assert_eq!(items.len(), 3);
    for item in items {
        let start = item["start"].as_u64().unwrap() as usize;
        let end = item["end"].as_u64().unwrap() as usize;
        assert_eq!(&text[start..end], item["text"].as_str().unwrap());
    }
}

#[test]
fn language_from_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.ja.md");
    std::fs::write(&path, "最初の文。二番目の文。").unwrap();
    let out = run(&["segment", &path.display().to_string()], &[], None);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout.lines().count(), 2);
}
