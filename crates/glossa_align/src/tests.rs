//! Alignment tests on hand-written EN/RU/JA/TR documents.

use super::*;

fn doc<'a>(tag: &str, sentences: &[&'a str]) -> AlignDoc<'a> {
    AlignDoc::new(Lang::parse(tag).expect("tag"), sentences.to_vec())
}

fn shape(beads: &[Bead]) -> Vec<(Range<usize>, Range<usize>)> {
    beads
        .iter()
        .map(|b| (b.src.clone(), b.tgt.clone()))
        .collect()
}

const EN: [&str; 8] = [
    "Russia and Japan resumed talks on a peace treaty on January 14, 2019.",
    "Foreign Minister Sergei Lavrov received his Japanese counterpart Taro Kono in Moscow.",
    "The dispute over the Southern Kurils has lasted since 1945.",
    "Japan calls the four islands the Northern Territories.",
    "The 1956 Joint Declaration promised to hand over two of the islands after a treaty.",
    "Why has no treaty been signed in more than 70 years?",
    "Lavrov said the talks were \"useful\" but that positions remain far apart.",
    "The next round is planned for February in Tokyo.",
];

#[test]
fn one_to_one_russian() {
    let ru = [
        "Россия и Япония 14 января 2019 г. возобновили переговоры о мирном договоре.",
        "Министр иностранных дел Сергей Лавров принял в Москве японского коллегу Таро Коно.",
        "Спор о Южных Курилах продолжается с 1945 года.",
        "Япония называет четыре острова «северными территориями».",
        "Совместная декларация 1956 года обещала передать два острова после заключения договора.",
        "Почему договор не подписан уже более 70 лет?",
        "Лавров назвал переговоры «полезными», но отметил, что позиции по-прежнему далеки.",
        "Следующий раунд запланирован на февраль в Токио.",
    ];
    let beads = align_pair(&doc("en", &EN), &doc("ru", &ru), &AlignOptions::default());
    let expected: Vec<_> = (0..8).map(|i| (i..i + 1, i..i + 1)).collect();
    assert_eq!(shape(&beads), expected);
    assert!(beads.iter().all(|b| (0.0..=1.0).contains(&b.confidence)));
}

#[test]
fn japanese_merge_and_deletion() {
    // ja merges EN 2+3 into one sentence and omits EN 5.
    let ja = [
        "ロシアと日本は2019年1月14日、平和条約交渉を再開した。",
        "ラブロフ外相はモスクワで日本の河野太郎外相を迎えた。",
        "南クリルをめぐる紛争は1945年から続いており、日本は4島を北方領土と呼んでいる。",
        "1956年の日ソ共同宣言は、条約締結後に2島を引き渡すと約束した。",
        "ラブロフ外相は協議は「有益」だったが、立場の隔たりは依然大きいと述べた。",
        "次回の協議は2月に東京で予定されている。",
    ];
    let beads = align_pair(&doc("en", &EN), &doc("ja", &ja), &AlignOptions::default());
    assert_eq!(
        shape(&beads),
        vec![
            (0..1, 0..1),
            (1..2, 1..2),
            (2..4, 2..3),
            (4..5, 3..4),
            (5..6, 4..4),
            (6..7, 4..5),
            (7..8, 5..6),
        ]
    );
    let omitted = &beads[4];
    let others = beads.iter().filter(|b| !b.tgt.is_empty());
    assert!(
        others
            .clone()
            .all(|b| b.confidence > omitted.confidence * 0.5)
    );
}

#[test]
fn turkish_split_and_addition() {
    // tr splits EN 4 in two and adds a sentence after EN 6.
    let tr = [
        "Rusya ve Japonya, 14 Ocak 2019'da barış antlaşması müzakerelerine yeniden başladı.",
        "Dışişleri Bakanı Sergey Lavrov, Japon mevkidaşı Taro Kono'yu Moskova'da kabul etti.",
        "Güney Kuril Adaları üzerindeki anlaşmazlık 1945'ten beri sürüyor.",
        "Japonya dört adayı Kuzey Toprakları olarak adlandırıyor.",
        "1956 Ortak Bildirisi adalardan ikisinin devredilmesini öngörüyordu.",
        "Bu devir bir antlaşmanın imzalanmasından sonra gerçekleşecekti.",
        "Neden 70 yılı aşkın süredir bir antlaşma imzalanmadı?",
        "Lavrov görüşmelerin \"yararlı\" geçtiğini ancak tutumların hâlâ uzak olduğunu söyledi.",
        "Görüşmeler 3 saat sürdü ve 12 maddelik bir gündem ele alındı.",
        "Bir sonraki tur Şubat ayında Tokyo'da yapılacak.",
    ];
    let beads = align_pair(&doc("en", &EN), &doc("tr", &tr), &AlignOptions::default());
    assert_eq!(
        shape(&beads),
        vec![
            (0..1, 0..1),
            (1..2, 1..2),
            (2..3, 2..3),
            (3..4, 3..4),
            (4..5, 4..6),
            (5..6, 6..7),
            (6..7, 7..8),
            (7..7, 8..9),
            (7..8, 9..10),
        ]
    );
}

#[test]
fn beads_respect_shared_blocks() {
    // Two blocks on each side: a heading and a paragraph. Length alone would
    // merge the short heading with the first sentence.
    let en = [
        "Peace talks",
        "Russia and Japan resumed talks.",
        "They met in Moscow.",
    ];
    let ru = [
        "Мирные переговоры возобновлены после долгого перерыва",
        "Россия и Япония возобновили переговоры.",
        "Они встретились в Москве.",
    ];
    let mut src = doc("en", &en);
    let mut tgt = doc("ru", &ru);
    src.blocks = Some(vec![0, 1, 1]);
    tgt.blocks = Some(vec![0, 1, 1]);
    let beads = align_pair(&src, &tgt, &AlignOptions::default());
    for b in &beads {
        let crosses = |r: &Range<usize>| r.start == 0 && r.end > 1;
        assert!(!crosses(&b.src) && !crosses(&b.tgt), "{beads:?}");
    }
}

#[test]
fn extra_anchors_pull_sentences_together() {
    let en = ["A short note.", "Another short note."];
    let ru = ["Короткая заметка.", "Ещё одна короткая заметка."];
    let mut src = doc("en", &en);
    let mut tgt = doc("ru", &ru);
    src.extra_anchors = Some(vec![vec!["peace-treaty".into()], vec![]]);
    tgt.extra_anchors = Some(vec![vec!["peace-treaty".into()], vec![]]);
    let beads = align_pair(&src, &tgt, &AlignOptions::default());
    assert_eq!(shape(&beads), vec![(0..1, 0..1), (1..2, 1..2)]);
}

#[test]
fn many_way_groups_cover_every_sentence_once() {
    let ru = [
        "Россия и Япония 14 января 2019 г. возобновили переговоры о мирном договоре.",
        "Министр иностранных дел Сергей Лавров принял в Москве японского коллегу Таро Коно.",
        "Спор о Южных Курилах продолжается с 1945 года.",
        "Япония называет четыре острова «северными территориями».",
        "Совместная декларация 1956 года обещала передать два острова после заключения договора.",
        "Почему договор не подписан уже более 70 лет?",
        "Лавров назвал переговоры «полезными», но отметил, что позиции по-прежнему далеки.",
        "Следующий раунд запланирован на февраль в Токио.",
    ];
    let ja = [
        "ロシアと日本は2019年1月14日、平和条約交渉を再開した。",
        "ラブロフ外相はモスクワで日本の河野太郎外相を迎えた。",
        "南クリルをめぐる紛争は1945年から続いており、日本は4島を北方領土と呼んでいる。",
        "1956年の日ソ共同宣言は、条約締結後に2島を引き渡すと約束した。",
        "ラブロフ外相は協議は「有益」だったが、立場の隔たりは依然大きいと述べた。",
        "次回の協議は2月に東京で予定されている。",
    ];
    let docs = [doc("en", &EN), doc("ru", &ru), doc("ja", &ja)];
    let groups = align_many(&docs, &AlignOptions::default());
    for (d, n) in [(0, EN.len()), (1, ru.len()), (2, ja.len())] {
        let mut next = 0;
        for g in &groups {
            let m = &g.members[d];
            if !m.is_empty() {
                assert_eq!(m.start, next, "doc {d}: {groups:?}");
                next = m.end;
            }
        }
        assert_eq!(next, n, "doc {d} fully covered");
    }
    let text = format_vecalign(&groups);
    assert!(text.contains("[2, 3]:[2, 3]:[2]"), "{text}");
}

#[test]
fn empty_documents() {
    let none: [&str; 0] = [];
    let beads = align_pair(
        &doc("en", &EN[..2]),
        &doc("ja", &none),
        &AlignOptions::default(),
    );
    assert_eq!(shape(&beads), vec![(0..1, 0..0), (1..2, 0..0)]);
    assert!(align_many(&[], &AlignOptions::default()).is_empty());
}
