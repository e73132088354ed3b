//! `check` streams a TMX in UTF-8 (issue #6): its findings, positions and snippets are those of
//! the same file read whole (a UTF-8 BOM makes `check` read it whole).

use std::fmt::Write as _;
use std::fs;

use crate::util::glossa;

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

#[test]
fn a_streamed_tmx_reports_like_one_read_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("memory.tmx");
    let file = path.display().to_string();
    let text = tmx();
    for format in ["human", "json", "sarif"] {
        let mut outputs = Vec::new();
        // Streamed, then (same path: the SARIF fingerprints hash it) read whole.
        for content in [text.clone(), format!("\u{feff}{text}")] {
            fs::write(&path, content).unwrap();
            let out = glossa(&["check", "--format", format, &file]);
            outputs.push((out.code, out.stdout, out.stderr));
        }
        assert_eq!(outputs[0], outputs[1], "{format}");
        assert_eq!(outputs[0].0, 1);
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
