//! Test documents: a four-language sample (EN/RU/JA/TR, written for these
//! tests), an XSS document with payloads in every field, and a large document.
#![allow(dead_code)]

use glossa_export::{Cell, Column, ExportDocument, Finding, Highlight, Labels, Row};

/// One glossary term of the sample: concept, status, tooltip.
struct Term {
    concept: &'static str,
    tooltip: &'static str,
}

const PEACE: Term = Term {
    concept: "peace-treaty",
    tooltip: "peace-treaty · en: peace treaty · ru: мирный договор · ja: 平和条約 · tr: barış antlaşması",
};
const KURILS: Term = Term {
    concept: "southern-kurils",
    tooltip: "southern-kurils · en: Southern Kurils · ru: Южные Курилы · ja: 南クリル諸島 · tr: Güney Kuril Adaları",
};
const NORTH: Term = Term {
    concept: "northern-territories",
    tooltip: "northern-territories · en: Northern Territories · ru: Северные территории · ja: 北方領土 · tr: Kuzey Toprakları",
};
const DECL: Term = Term {
    concept: "joint-declaration-1956",
    tooltip: "joint-declaration-1956 · en: 1956 Joint Declaration · ru: Совместная декларация 1956 года · ja: 日ソ共同宣言 · tr: 1956 Ortak Bildirisi",
};
const FM: Term = Term {
    concept: "foreign-minister",
    tooltip: "foreign-minister · en: foreign minister · ru: министр иностранных дел · ja: 外相 · tr: dışişleri bakanı",
};
const TWO: Term = Term {
    concept: "two-plus-two",
    tooltip: "two-plus-two · en: two-plus-two format · ru: формат «два плюс два» · ja: ２プラス２ · tr: ikiye iki formatı",
};

/// A cell with the given `(term text, term, status, flagged)` highlights.
fn cell(text: &str, terms: &[(&str, &Term, &str, bool)]) -> Cell {
    let highlights = terms
        .iter()
        .map(|(needle, term, status, flagged)| {
            let start = text
                .find(needle)
                .unwrap_or_else(|| panic!("{needle} not in {text}"));
            Highlight {
                range: start..start + needle.len(),
                concept: term.concept.into(),
                status: (*status).into(),
                tooltip: term.tooltip.into(),
                flagged: *flagged,
            }
        })
        .collect();
    Cell {
        text: text.into(),
        highlights,
    }
}

fn finding(
    code: &str,
    name: &str,
    severity: &str,
    message: &str,
    column: Option<usize>,
) -> Finding {
    Finding {
        code: code.into(),
        name: name.into(),
        severity: severity.into(),
        message: message.into(),
        column,
    }
}

fn row(cells: [Cell; 4], findings: Vec<Finding>, confidence: f32, kind: Option<&str>) -> Row {
    Row {
        cells: cells.into(),
        findings,
        confidence: Some(confidence),
        block_kind: kind.map(str::to_string),
    }
}

const P: &str = "preferred";

/// The six rows of the four-language sample (EN, RU, JA, TR).
pub fn sample_rows() -> Vec<Row> {
    vec![
        row(
            [
                cell(
                    "Peace treaty talks resume",
                    &[("Peace treaty", &PEACE, P, false)],
                ),
                cell(
                    "Переговоры о мирном договоре возобновились",
                    &[("мирном договоре", &PEACE, P, false)],
                ),
                cell("平和条約交渉が再開", &[("平和条約", &PEACE, P, false)]),
                cell(
                    "Barış antlaşması görüşmeleri yeniden başladı",
                    &[("Barış antlaşması", &PEACE, P, false)],
                ),
            ],
            vec![],
            0.97,
            Some("heading"),
        ),
        row(
            [
                cell(
                    "The foreign ministers of Russia and Japan met in Moscow on 14 January 2019 to discuss a peace treaty.",
                    &[
                        ("foreign ministers", &FM, P, false),
                        ("peace treaty", &PEACE, P, false),
                    ],
                ),
                cell(
                    "Министры иностранных дел России и Японии встретились в Москве 14 января 2019 года, чтобы обсудить мирный договор.",
                    &[
                        ("Министры иностранных дел", &FM, P, false),
                        ("мирный договор", &PEACE, P, false),
                    ],
                ),
                cell(
                    "ロシアと日本の外相は2019年1月14日にモスクワで会談し、平和条約について協議した。",
                    &[("外相", &FM, P, false), ("平和条約", &PEACE, P, false)],
                ),
                cell(
                    "Rusya ve Japonya dışişleri bakanları barış antlaşmasını görüşmek için 14 Ocak 2019'da Moskova'da bir araya geldi.",
                    &[
                        ("dışişleri bakanları", &FM, P, false),
                        ("barış antlaşmasını", &PEACE, P, false),
                    ],
                ),
            ],
            vec![],
            0.92,
            None,
        ),
        row(
            [
                cell(
                    "The dispute concerns the Southern Kurils, which Tokyo calls the \"Northern Territories\".",
                    &[
                        ("Southern Kurils", &KURILS, P, false),
                        ("Northern Territories", &NORTH, "admitted", false),
                    ],
                ),
                cell(
                    "Спор касается Южных Курил, которые Токио называет «Северными территориями».",
                    &[
                        ("Южных Курил", &KURILS, P, false),
                        ("Северными территориями", &NORTH, "admitted", false),
                    ],
                ),
                cell(
                    "争点は南クリル諸島で、日本側はこれを「北方領土」と呼んでいる。",
                    &[
                        ("南クリル諸島", &KURILS, P, false),
                        ("北方領土", &NORTH, "admitted", false),
                    ],
                ),
                cell(
                    "Anlaşmazlık, Tokyo'nun \"Kuzey Toprakları\" dediği Güney Kuril Adaları'nı kapsıyor.",
                    &[
                        ("Güney Kuril Adaları'nı", &KURILS, P, false),
                        ("Kuzey Toprakları", &NORTH, "admitted", false),
                    ],
                ),
            ],
            vec![],
            0.88,
            None,
        ),
        row(
            [
                cell(
                    "Moscow says the transfer of the islands is not on the agenda.",
                    &[],
                ),
                cell(
                    "Москва заявляет, что передача Северных территорий не обсуждается.",
                    &[("Северных территорий", &NORTH, "forbidden", true)],
                ),
                cell(
                    "モスクワは、島の引き渡しは議題になっていないとしている。",
                    &[],
                ),
                cell(
                    "Moskova, adaların devrinin gündemde olmadığını söylüyor.",
                    &[],
                ),
            ],
            vec![finding(
                "T002",
                "forbidden-term",
                "error",
                "запрещённый термин «Северных территорий»; используйте «Южные Курилы»",
                Some(1),
            )],
            0.9,
            None,
        ),
        row(
            [
                cell(
                    "The 1956 Joint Declaration mentions two of the four islands.",
                    &[("1956 Joint Declaration", &DECL, P, false)],
                ),
                cell(
                    "В Совместной декларации 1965 года упоминаются два из четырёх островов.",
                    &[("Совместной декларации", &DECL, "deprecated", false)],
                ),
                cell(
                    "1956年の日ソ共同宣言は4島のうち2島に言及している。",
                    &[("日ソ共同宣言", &DECL, P, false)],
                ),
                cell(
                    "1956 Ortak Bildirisi dört adadan ikisinden söz ediyor.",
                    &[("1956 Ortak Bildirisi", &DECL, P, false)],
                ),
            ],
            vec![
                finding(
                    "N001",
                    "number-mismatch",
                    "error",
                    "число 1956 отсутствует, добавлено 1965",
                    Some(1),
                ),
                finding(
                    "T003",
                    "deprecated-term",
                    "warning",
                    "устаревший термин без года",
                    Some(1),
                ),
            ],
            0.86,
            None,
        ),
        row(
            [
                cell(
                    "Both sides agreed to continue in the two-plus-two format.",
                    &[("two-plus-two format", &TWO, P, false)],
                ),
                cell(
                    "Стороны договорились продолжить работу в формате «два плюс два».",
                    &[("формате «два плюс два»", &TWO, P, false)],
                ),
                cell(
                    "双方は２プラス２の枠組みで協議を続けることで合意した。",
                    &[("２プラス２", &TWO, P, false)],
                ),
                cell(
                    "Both sides agreed to continue in the two-plus-two format.",
                    &[],
                ),
            ],
            vec![
                finding(
                    "S003",
                    "untranslated-sentence",
                    "error",
                    "Hedef cümle kaynak cümlenin aynısı.",
                    Some(3),
                ),
                finding(
                    "S004",
                    "low-confidence-alignment",
                    "info",
                    "Eşleme belirsiz.",
                    None,
                ),
            ],
            0.35,
            None,
        ),
    ]
}

/// The sample restricted to the columns `keep` (indices into EN, RU, JA, TR).
pub fn sample(keep: &[usize]) -> ExportDocument {
    let langs = ["en", "ru", "ja", "tr"];
    let columns = keep
        .iter()
        .map(|&i| Column {
            lang: langs[i].into(),
            path: format!("sample/{}.md", langs[i]),
        })
        .collect();
    let rows = sample_rows()
        .into_iter()
        .map(|row| Row {
            cells: keep.iter().map(|&i| row.cells[i].clone()).collect(),
            findings: row
                .findings
                .iter()
                .filter(|f| f.column.is_none_or(|c| keep.contains(&c)))
                .map(|f| Finding {
                    column: f.column.and_then(|c| keep.iter().position(|&k| k == c)),
                    ..f.clone()
                })
                .collect(),
            ..row
        })
        .collect();
    ExportDocument {
        title: "Russia–Japan peace treaty: review".into(),
        columns,
        rows,
        labels: Labels::default(),
        generated: Some("2019-01-17 12:00 UTC".into()),
        tmx_date: Some("20190117T120000Z".into()),
    }
}

/// The full four-language sample.
pub fn sample4() -> ExportDocument {
    sample(&[0, 1, 2, 3])
}

/// Payloads that must show as text. Each one, if it ran, would set
/// `data-pwned` on the root element.
pub const PAYLOADS: [&str; 4] = [
    "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
    "\"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "'><svg onload=document.documentElement.setAttribute('data-pwned','svg')>",
    "</textarea></title></style></script><b id=injected>x</b><!--",
];

/// A document with an XSS payload in every text field.
pub fn xss() -> ExportDocument {
    let mut doc = sample(&[0, 1, 2, 3]);
    let all = PAYLOADS.join(" ");
    doc.title = format!("Review {all}");
    doc.generated = Some(all.clone());
    for column in &mut doc.columns {
        column.path = format!("dir\"{}/{}.md", PAYLOADS[1], column.lang);
        column.lang = format!("{}{}", column.lang, PAYLOADS[2]);
    }
    let labels = &mut doc.labels;
    for field in [
        &mut labels.ui_lang,
        &mut labels.row,
        &mut labels.findings,
        &mut labels.only_findings,
        &mut labels.summary,
        &mut labels.rows,
        &mut labels.rows_with_findings,
        &mut labels.by_check,
        &mut labels.by_language,
        &mut labels.by_severity,
        &mut labels.whole_row,
        &mut labels.no_findings,
        &mut labels.error,
        &mut labels.warning,
        &mut labels.info,
        &mut labels.preferred,
        &mut labels.admitted,
        &mut labels.deprecated,
        &mut labels.forbidden,
        &mut labels.flagged,
        &mut labels.legend,
        &mut labels.confidence,
        &mut labels.generated,
        &mut labels.keyboard_help,
        &mut labels.sheet,
    ] {
        field.push_str(&all);
    }
    let text = format!("The talks {} went on.", PAYLOADS[0]);
    let start = text.find("talks").unwrap_or(0);
    let payload_row = Row {
        cells: (0..4)
            .map(|i| Cell {
                text: format!("{text} {}", PAYLOADS[i]),
                highlights: vec![Highlight {
                    range: start..start + 5,
                    concept: all.clone(),
                    status: PAYLOADS[1].into(),
                    tooltip: all.clone(),
                    flagged: true,
                }],
            })
            .collect(),
        findings: vec![Finding {
            code: PAYLOADS[0].into(),
            name: PAYLOADS[1].into(),
            severity: PAYLOADS[2].into(),
            message: all.clone(),
            column: Some(0),
        }],
        confidence: Some(0.2),
        block_kind: Some(PAYLOADS[3].into()),
    };
    doc.rows.insert(1, payload_row);
    doc
}

/// A document of `n` rows made by repeating the sample.
pub fn large(n: usize) -> ExportDocument {
    let mut doc = sample4();
    let rows = sample_rows();
    doc.rows = (0..n).map(|i| rows[i % rows.len()].clone()).collect();
    doc
}

/// `doc` with every cell's text (and its terms) repeated `times` times,
/// numbered so that no two cells are equal: longer, unique groups.
pub fn widen(mut doc: ExportDocument, times: usize) -> ExportDocument {
    for (r, row) in doc.rows.iter_mut().enumerate() {
        for cell in &mut row.cells {
            let mut text = String::new();
            let mut highlights = Vec::new();
            for k in 0..times {
                let offset = text.len();
                text.push_str(&cell.text);
                highlights.extend(cell.highlights.iter().map(|h| Highlight {
                    range: h.range.start + offset..h.range.end + offset,
                    ..h.clone()
                }));
                text.push_str(&format!(" ({r}.{k}) "));
            }
            *cell = Cell {
                text: text.trim_end().to_string(),
                highlights,
            };
        }
    }
    doc
}
