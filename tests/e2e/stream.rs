//! `check` streams a TMX in UTF-8 (issue #6): its findings, positions and snippets are those of
//! the same file read whole (a UTF-8 BOM makes `check` read it whole).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use crate::util::{glossa, shipped_glossary};

/// A TMX with CRLF line ends, multi-line segments, inconsistent translations, length
/// outliers, dropped placeholders and numbers, a `glossa-ignore` note, a unit without a
/// translation and a third language in some units.
fn tmx() -> String {
    let mut text = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<tmx version=\"1.4\">\r\n<header \
         srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" \
         creationtool=\"t\" creationtoolversion=\"1\"/>\r\n<body>\r\n",
    );
    for i in 0..400 {
        let n = i % 97 + 2;
        let (mut en, mut ru) = (
            format!("The delegation arrived in Tokyo with {n} advisers today."),
            format!("Делегация прибыла в Токио сегодня вместе с {n} советниками."),
        );
        let mut note = "";
        match i % 11 {
            1 => {
                en = "Save the changes before closing?".into();
                ru = if i % 3 == 0 {
                    "Записать изменения до закрытия?".into()
                } else {
                    "Сохранить изменения перед закрытием?".into()
                };
            }
            2 => {
                en = if i % 2 == 0 {
                    "Delete the file"
                } else {
                    "Remove the file"
                }
                .into();
                ru = "Удалить файл".into();
            }
            3 => ru = "Да.".into(),
            4 => {
                en = "Open %s in the editor & close it".into();
                ru = "Открыть в редакторе &amp; закрыть".into();
            }
            5 => {
                ru = ru.replace(&n.to_string(), "7");
                if i % 2 == 0 {
                    note = "<note>glossa-ignore: N001</note>";
                }
            }
            6 => {
                en.push_str("\r\n  second line");
                ru.push_str("\r\n  вторая  строка");
            }
            _ => {}
        }
        let en = en.replace('&', "&amp;").replace("&amp;amp;", "&amp;");
        match i % 13 {
            7 => {
                let _ = write!(
                    text,
                    "<tu tuid=\"{i}\"><tuv xml:lang=\"en\"><seg>{en}</seg></tuv></tu>\r\n"
                );
            }
            8 => {
                let _ = write!(
                    text,
                    "<tu tuid=\"{i}\"><tuv xml:lang=\"en\"><seg>{en}</seg></tuv><tuv \
                     xml:lang=\"de\"><seg>Die Delegation {i}</seg></tuv><tuv \
                     xml:lang=\"ru\"><seg>{ru}</seg></tuv></tu>\r\n"
                );
            }
            _ => {
                let _ = write!(
                    text,
                    "<tu tuid=\"{i}\">{note}<tuv xml:lang=\"en\"><seg>{en}</seg></tuv>\r\n  \
                     <tuv xml:lang=\"ru\"><seg>{ru}</seg></tuv></tu>\r\n"
                );
            }
        }
    }
    text.push_str("</body>\r\n</tmx>\r\n");
    text
}

/// `glossa check ARGS PATH` on `text` streamed, then (same path: the SARIF fingerprints hash
/// it) read whole: asserts the same exit code, stdout and stderr, and returns the first.
fn streamed_as_whole(path: &Path, text: &str, args: &[&str]) -> (i32, String) {
    let file = path.display().to_string();
    let mut outputs = Vec::new();
    for content in [text.to_string(), format!("\u{feff}{text}")] {
        fs::write(path, content).unwrap();
        let out = glossa(&[&["check"], args, &[file.as_str()]].concat());
        outputs.push((out.code, out.stdout, out.stderr));
    }
    assert_eq!(outputs[0], outputs[1], "{args:?}");
    let (code, stdout, _) = outputs.swap_remove(0);
    (code, stdout)
}

#[test]
fn a_streamed_tmx_reports_like_one_read_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("memory.tmx");
    let file = path.display().to_string();
    let text = tmx();
    for format in ["human", "json", "sarif"] {
        assert_eq!(streamed_as_whole(&path, &text, &["--format", format]).0, 1);
    }
    fs::write(&path, &text).unwrap();
    let out = glossa(&["check", &file]);
    for code in ["C001", "C002", "U003", "P001", "N001", "Q003"] {
        assert!(
            out.stdout.contains(&format!("[{code}/")),
            "{code}\n{}",
            out.stdout
        );
    }
}

/// A TMX of 6,000 units (1.5 MB: the bytes kept for quoting are dropped as it streams) whose
/// terms of `glossaries/russia-japan.toml` give T001 to T006: a missing, a forbidden, a
/// deprecated term, an unquoted mention, the other framing, a concept first rendered one way
/// and then another (after an escaped `&`: the file's bytes are quoted), quoted mentions, a
/// third language, a unit without a translation.
fn glossary_tmx() -> String {
    let mut text = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header \
         srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" \
         creationtool=\"t\" creationtoolversion=\"1\"/>\n<body>\n",
    );
    for i in 0..6000 {
        let (en, ru) = match i % 12 {
            0 => (
                "Check the UN Charter.",
                "Проверьте этот документ.".to_string(),
            ),
            1 => ("The UN Charter applies.", "Хартия ООН применяется.".into()),
            2 => (
                "No precondition was set.",
                "Никакого предусловия не было.".into(),
            ),
            3 => (
                "The Northern Territories were discussed.",
                "Обсуждались Северные территории.".into(),
            ),
            4 => ("Iturup is an island.", "Эторофу — остров.".into()),
            5 => (
                "The summit &amp; the talks.",
                if i == 5 {
                    "Саммит &amp; переговоры.".into()
                } else {
                    "Встреча на высшем уровне &amp; переговоры.".into()
                },
            ),
            6 => (
                "What Tokyo calls the &quot;Northern Territories&quot;.",
                "То, что Токио называет «Северные территории».".into(),
            ),
            7 => ("Kunashir and Iturup.", "Кунасири и Итуруп.".into()),
            8 => ("The peace treaty.", "Мирное соглашение.".into()),
            _ => (
                "The delegation arrived in Tokyo.",
                format!("Делегация прибыла в Токио {i}."),
            ),
        };
        let _ = match i % 17 {
            3 => writeln!(
                text,
                "<tu tuid=\"{i}\"><tuv xml:lang=\"en\"><seg>{en}</seg></tuv></tu>"
            ),
            4 => writeln!(
                text,
                "<tu tuid=\"{i}\"><tuv xml:lang=\"en\"><seg>{en}</seg></tuv><tuv \
                 xml:lang=\"de\"><seg>Die Delegation {i}</seg></tuv><tuv \
                 xml:lang=\"ru\"><seg>{ru}</seg></tuv></tu>"
            ),
            _ => writeln!(
                text,
                "<tu tuid=\"{i}\"><tuv xml:lang=\"en\"><seg>{en}</seg></tuv>\n  <tuv \
                 xml:lang=\"ru\"><seg>{ru}</seg></tuv></tu>"
            ),
        };
    }
    text.push_str("</body>\n</tmx>\n");
    text
}

#[test]
fn a_streamed_tmx_with_a_glossary_reports_like_one_read_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("terms.tmx");
    let shipped = shipped_glossary();
    // Without a style, T005 compares with the framing each concept is first used in.
    let unstyled = tmp.path().join("unstyled.toml");
    let glossary = fs::read_to_string(&shipped).unwrap();
    fs::write(
        &unstyled,
        glossary.replace("default-style = \"russian-framing\"\n", ""),
    )
    .unwrap();
    let unstyled = unstyled.display().to_string();
    let text = glossary_tmx();
    for glossary in [shipped.as_str(), unstyled.as_str()] {
        for format in ["human", "json"] {
            let (code, stdout) =
                streamed_as_whole(&path, &text, &["--format", format, "--glossary", glossary]);
            assert_eq!(code, 1);
            if format == "human" {
                for code in ["T001", "T002", "T003", "T004", "T005", "T006"] {
                    assert!(
                        stdout.contains(&format!("[{code}/")),
                        "{glossary} {code}\n{stdout}"
                    );
                }
            }
        }
    }
}
