//! `glossa align`: the vecalign interface of the evaluation harness and
//! many-way groups.

use crate::util::glossa;

fn write(dir: &tempfile::TempDir, name: &str, lines: &[&str]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path.display().to_string()
}

#[test]
fn lines_input_gives_vecalign_beads_with_a_merge_and_a_deletion() {
    let dir = tempfile::tempdir().unwrap();
    let en = write(
        &dir,
        "a.txt",
        &[
            "Foreign ministers met in Moscow on January 14, 2019.",
            "They discussed the peace treaty.",
            "The talks lasted 3 hours.",
            "Japan wants the islands back.",
            "Russia says the outcome of the war cannot be revised.",
        ],
    );
    let ja = write(
        &dir,
        "b.txt",
        &[
            "2019年1月14日、外相らはモスクワで会談し、平和条約について協議した。",
            "協議は3時間に及んだ。",
            "ロシアは戦争の結果は見直せないとしている。",
        ],
    );
    let out = glossa(&[
        "align", "--input", "lines", "--format", "vecalign", "--langs", "en,ja", &en, &ja,
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let text = out.stdout;
    assert!(text.contains("[0, 1]:[0]"), "{text}");
    assert!(text.contains("[2]:[1]"), "{text}");
    assert!(text.contains("[3]:[]"), "{text}");
    assert!(text.contains("[4]:[2]"), "{text}");
}

#[test]
fn many_way_groups_cover_every_sentence_once() {
    let dir = tempfile::tempdir().unwrap();
    let en = write(
        &dir,
        "en.txt",
        &[
            "The treaty was signed in 1956.",
            "Talks resumed in 2018.",
            "No deal yet.",
        ],
    );
    let ru = write(
        &dir,
        "ru.txt",
        &[
            "Договор подписан в 1956 году.",
            "Переговоры возобновились в 2018 году.",
            "Сделки пока нет.",
        ],
    );
    let ja = write(
        &dir,
        "ja.txt",
        &[
            "条約は1956年に署名された。",
            "協議は2018年に再開した。",
            "合意はまだない。",
        ],
    );
    let tr = write(
        &dir,
        "tr.txt",
        &[
            "Antlaşma 1956'da imzalandı.",
            "Görüşmeler 2018'de yeniden başladı.",
            "Henüz anlaşma yok.",
        ],
    );
    let out = glossa(&[
        "align",
        "--input",
        "lines",
        "--format",
        "vecalign",
        "--langs",
        "en,ru,ja,tr",
        &en,
        &ru,
        &ja,
        &tr,
    ]);
    assert_eq!(out.code, 0, "{out:?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines,
        ["[0]:[0]:[0]:[0]", "[1]:[1]:[1]:[1]", "[2]:[2]:[2]:[2]"]
    );
}
