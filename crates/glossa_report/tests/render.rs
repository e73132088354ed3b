//! Snapshot-style tests: every renderer on one shared set of diagnostics, compared
//! with the expected files in `tests/expected/`. Set `GLOSSA_BLESS=1` to rewrite them.

mod fixture;

use glossa_diagnostics::{Localizer, PlainLocalizer};
use glossa_i18n::I18n;
use glossa_report::{OutputFormat, RenderOptions, render, summary};

fn options() -> RenderOptions {
    RenderOptions {
        color: false,
        tool_version: "0.1.0".into(),
    }
}

fn rendered(format: OutputFormat, l10n: &dyn Localizer) -> String {
    let fixture = fixture::fixture();
    let mut out = Vec::new();
    render(
        format,
        &fixture.diagnostics,
        &fixture.sources,
        l10n,
        &options(),
        &mut out,
    )
    .expect("render");
    String::from_utf8(out).expect("utf-8 output")
}

fn check(name: &str, actual: &str) {
    let path = format!("{}/tests/expected/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("GLOSSA_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write expected file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from {path}; got:\n{actual}"
    );
}

#[test]
fn human_in_four_ui_languages() {
    for lang in ["en", "ru", "ja", "tr"] {
        check(
            &format!("human.{lang}.txt"),
            &rendered(OutputFormat::Human, &I18n::new(lang)),
        );
    }
}

#[test]
fn machine_formats() {
    let en = I18n::english();
    check("report.json", &rendered(OutputFormat::Json, &en));
    check("report.sarif", &rendered(OutputFormat::Sarif, &en));
    check("github.txt", &rendered(OutputFormat::Github, &en));
    check("junit.xml", &rendered(OutputFormat::Junit, &en));
    check(
        "github.ru.txt",
        &rendered(OutputFormat::Github, &I18n::new("ru")),
    );
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    // The official schema's `language` pattern has a stray `]` that the strict
    // meta-schema check rejects; it concerns a property glossa does not write.
    let source = include_str!("data/sarif-schema-2.1.0.json").replace(
        "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
        "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
    );
    let schema: serde_json::Value = serde_json::from_str(&source).expect("schema parses");
    let validator = jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles");
    for lang in ["en", "ru", "ja", "tr"] {
        let sarif: serde_json::Value =
            serde_json::from_str(&rendered(OutputFormat::Sarif, &I18n::new(lang)))
                .expect("SARIF is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{lang}: {errors:#?}");
        let run = &sarif["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        assert_eq!(run["tool"]["driver"]["name"], "glossa");
        let results = run["results"].as_array().expect("results");
        assert_eq!(results.len(), 7);
        for result in results {
            let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(
                run["tool"]["driver"]["rules"][index]["id"],
                result["ruleId"]
            );
        }
    }
}

#[test]
fn json_carries_ids_positions_and_counts() {
    let json: serde_json::Value =
        serde_json::from_str(&rendered(OutputFormat::Json, &I18n::new("tr"))).expect("JSON");
    assert_eq!(json["version"], 1);
    let framing = &json["diagnostics"][3];
    assert_eq!(framing["code"], "T005");
    assert_eq!(framing["message_id"], "mixed-framing");
    assert_eq!(framing["args"]["term"], "北方領土");
    assert_eq!(
        (framing["line"].as_u64(), framing["column"].as_u64()),
        (Some(4), Some(4))
    );
    let text = fixture::JA;
    let start = framing["byte_start"].as_u64().expect("byte_start") as usize;
    let end = framing["byte_end"].as_u64().expect("byte_end") as usize;
    assert_eq!(&text[start..end], "北方領土");
    assert_eq!(framing["fix"]["replacement"], "南クリル諸島");
    assert_eq!(json["summary"]["errors"], 3);
    assert_eq!(
        json["summary"]["text"],
        "4 dosyada 3 hata, 3 uyarı, 1 bilgi"
    );
}

#[test]
fn output_is_deterministic_whatever_the_input_order() {
    let fixture = fixture::fixture();
    let mut reversed = fixture.diagnostics.clone();
    reversed.reverse();
    for format in OutputFormat::ALL {
        let mut a = Vec::new();
        let mut b = Vec::new();
        let en = I18n::english();
        render(
            format,
            &fixture.diagnostics,
            &fixture.sources,
            &en,
            &options(),
            &mut a,
        )
        .expect("render");
        render(format, &reversed, &fixture.sources, &en, &options(), &mut b).expect("render");
        assert_eq!(a, b, "{format}");
    }
}

#[test]
fn summary_line_and_plain_localizer_fallbacks() {
    let fixture = fixture::fixture();
    assert_eq!(
        summary(&fixture.diagnostics, 4, &I18n::new("ru")),
        "3 ошибки, 3 предупреждения, 1 замечание в 4 файлах"
    );
    assert_eq!(summary(&[], 1, &I18n::english()), "no findings in 1 file");
    assert_eq!(
        summary(&[], 3, &I18n::new("ja")),
        "問題は見つかりませんでした（3 ファイル）"
    );
    let plain = rendered(OutputFormat::Human, &PlainLocalizer);
    assert!(
        plain.starts_with("warning[T001/term-missing]: term-missing(concept=peace-treaty"),
        "{plain}"
    );
}

#[test]
fn colour_only_when_asked() {
    let fixture = fixture::fixture();
    let mut out = Vec::new();
    let options = RenderOptions {
        color: true,
        tool_version: String::new(),
    };
    render(
        OutputFormat::Human,
        &fixture.diagnostics,
        &fixture.sources,
        &I18n::english(),
        &options,
        &mut out,
    )
    .expect("render");
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.contains("\u{1b}[1;31merror[N001/number-mismatch]\u{1b}[0m"),
        "{text}"
    );
    assert!(!rendered(OutputFormat::Human, &I18n::english()).contains('\u{1b}'));
}

/// Every underline sits exactly under the words it marks, whatever the script.
#[test]
fn underlines_sit_under_their_words() {
    use unicode_width::UnicodeWidthChar;
    let expected = [
        "мирное соглашение",
        "peace treaty",
        "2018",
        "2019",
        "мирном соглашении",
        "Мирный договор",
        "北方領土",
        "2月22日",
        "Kuzey Toprakları",
    ];
    for lang in ["en", "ru", "ja", "tr"] {
        let text = rendered(OutputFormat::Human, &I18n::new(lang));
        let lines: Vec<&str> = text.lines().collect();
        let mut found = Vec::new();
        for (index, line) in lines.iter().enumerate() {
            let Some((_, body)) = line.split_once(" | ") else {
                continue;
            };
            let marks = body.trim_start_matches(' ');
            if !(marks.starts_with('^') || marks.starts_with('-')) {
                continue;
            }
            let offset = body.len() - marks.len();
            let length = marks.chars().take_while(|c| *c == '^' || *c == '-').count();
            let source = lines[..index]
                .iter()
                .rev()
                .find_map(|l| l.split_once(" | ").filter(|(n, _)| !n.trim().is_empty()))
                .map(|(_, s)| s)
                .expect("a source row above");
            let mut column = 0;
            let under: String = source
                .chars()
                .filter(|c| {
                    let inside = column >= offset && column < offset + length;
                    column += c.width().unwrap_or(0);
                    inside
                })
                .collect();
            found.push(under);
        }
        for word in expected {
            assert!(
                found.iter().any(|u| u == word),
                "{lang}: {word} not underlined in {found:?}"
            );
        }
    }
}
