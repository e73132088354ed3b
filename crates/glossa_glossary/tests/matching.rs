//! The matcher on real words in English, Russian, Japanese and Turkish.

use glossa_glossary::{
    Concept, Glossary, MatchMode, MatchVia, Matcher, Status, Term, TermMatch, resolve_overlaps,
};
use glossa_text::Lang;

fn concept(id: &str, terms: &[(&str, &str, Status)]) -> Concept {
    Concept {
        id: id.to_string(),
        terms: terms
            .iter()
            .map(|(lang, text, status)| Term::new(lang, text, *status))
            .collect(),
        ..Concept::default()
    }
}

fn glossary(concepts: Vec<Concept>) -> Glossary {
    Glossary {
        id: "test".into(),
        concepts,
        ..Glossary::default()
    }
}

/// (concept id, surface) of every match.
fn found(g: &Glossary, lang: &str, text: &str) -> Vec<(String, String)> {
    let matcher = Matcher::new(g, &Lang::parse(lang).expect("tag")).expect("matcher");
    matcher
        .find_all(text)
        .into_iter()
        .map(|m| (g.concepts[m.concept].id.clone(), text[m.range].to_string()))
        .collect()
}

fn surfaces(g: &Glossary, lang: &str, text: &str) -> Vec<String> {
    found(g, lang, text).into_iter().map(|(_, s)| s).collect()
}

use Status::{Forbidden, Preferred};

#[test]
fn russian_cases_of_peace_treaty_and_kurils() {
    let g = glossary(vec![
        concept("peace-treaty", &[("ru", "мирный договор", Preferred)]),
        concept("southern-kurils", &[("ru", "Южные Курилы", Preferred)]),
        concept("world", &[("ru", "мир", Preferred)]),
    ]);
    let text = "Стороны обсудили проект мирного договора. Без мирному договору? \
                Заключение мирным договором, речь о мирном договоре; мирные договоры прошлого.";
    assert_eq!(
        surfaces(&g, "ru", text),
        [
            "мирного договора",
            "мирному договору",
            "мирным договором",
            "мирном договоре",
            "мирные договоры"
        ]
    );
    let text = "Визит на Южных Курилах, к Южным Курилам, от Южных Курил; ЮЖНЫЕ КУРИЛЫ.";
    assert_eq!(
        surfaces(&g, "ru", text),
        [
            "Южных Курилах",
            "Южным Курилам",
            "Южных Курил",
            "ЮЖНЫЕ КУРИЛЫ"
        ]
    );
    // `мир` is found in its own forms, never inside `мирный`.
    assert_eq!(
        surfaces(&g, "ru", "ради мира во всём мире"),
        ["мира", "мире"]
    );
}

#[test]
fn russian_yo_is_e() {
    let g = glossary(vec![concept("all", &[("ru", "всё", Preferred)])]);
    assert_eq!(surfaces(&g, "ru", "Все решено, всё ясно."), ["Все", "всё"]);
}

#[test]
fn turkish_suffixes_and_apostrophes() {
    let g = glossary(vec![
        concept("peace-treaty", &[("tr", "barış antlaşması", Preferred)]),
        concept("kurils", &[("tr", "Kuril Adaları", Preferred)]),
        concept("japan", &[("tr", "Japonya", Preferred)]),
        concept("russia", &[("tr", "Rusya", Preferred)]),
        concept("istanbul", &[("tr", "İstanbul", Preferred)]),
    ]);
    let text = "Barış antlaşmasının imzası, barış antlaşmasına dair, barış antlaşmasında, \
                barış antlaşmasından sonra, barış antlaşmasını.";
    assert_eq!(surfaces(&g, "tr", text).len(), 5);
    let text =
        "Kuril Adaları'nın durumu, Kuril Adalarına gitti, Japonya'nın tutumu, Rusya'ya göre.";
    assert_eq!(
        surfaces(&g, "tr", text),
        [
            "Kuril Adaları'nın",
            "Kuril Adalarına",
            "Japonya'nın",
            "Rusya'ya"
        ]
    );
    assert_eq!(
        surfaces(&g, "tr", "ISTANBUL değil, İSTANBUL ve istanbul"),
        ["İSTANBUL", "istanbul"]
    );
    let g = glossary(vec![concept("kuril", &[("tr", "KURİL", Preferred)])]);
    assert_eq!(
        surfaces(&g, "tr", "Kuril ve kuril, KURIL değil"),
        ["Kuril", "kuril"]
    );
}

#[test]
fn english_plurals_possessives_and_variants() {
    let g = glossary(vec![
        concept("two-plus-two", &[("en", "two-plus-two", Preferred)]),
        concept("sanction", &[("en", "sanction", Preferred)]),
        concept("minister", &[("en", "foreign minister", Preferred)]),
        concept("site", &[("en", "site", Preferred)]),
    ]);
    let text = "The two-plus-two talks (two plus two, or 2+2) and the 2 + 2 format.";
    assert_eq!(
        surfaces(&g, "en", text),
        ["two-plus-two", "two plus two", "2+2", "2 + 2"]
    );
    assert_eq!(
        surfaces(
            &g,
            "en",
            "New sanctions; the foreign minister's trip; foreign ministers met."
        ),
        ["sanctions", "foreign minister's", "foreign ministers"]
    );
    assert_eq!(
        surfaces(&g, "en", "Our website is not a site map"),
        ["site"]
    );
}

#[test]
fn japanese_boundaries_and_width() {
    let g = glossary(vec![
        concept("peace-treaty", &[("ja", "平和条約", Preferred)]),
        concept("two-plus-two", &[("ja", "２プラス２", Preferred)]),
        concept("treaty", &[("ja", "条約", Preferred)]),
        concept("g7", &[("ja", "G7", Preferred)]),
    ]);
    let text = "日露両国は平和条約の締結に向けて2プラス2会合を開いた。";
    assert_eq!(
        found(&g, "ja", text),
        [
            ("peace-treaty".to_string(), "平和条約".to_string()),
            ("treaty".to_string(), "条約".to_string()),
            ("two-plus-two".to_string(), "2プラス2".to_string()),
        ]
    );
    assert_eq!(
        surfaces(&g, "ja", "２プラス２の会合とＧ７首脳会議、G70ではない"),
        ["２プラス２", "Ｇ７"]
    );
}

#[test]
fn nested_matches_and_overlap_resolution() {
    let g = glossary(vec![
        concept("thermal-gap-pad", &[("en", "thermal gap pad", Preferred)]),
        concept("gap-pad", &[("en", "gap pad", Forbidden)]),
        concept("provider", &[("ru", "поставщик", Preferred)]),
        concept("service-provider", &[("ru", "поставщик услуг", Preferred)]),
    ]);
    let text = "Use a thermal gap pads here.";
    let matcher = Matcher::new(&g, &Lang::parse("en").expect("tag")).expect("matcher");
    let all = matcher.find_all(text);
    assert_eq!(all.len(), 2, "{all:?}");
    let kept = resolve_overlaps(&all);
    assert_eq!(kept.len(), 1);
    assert_eq!(&text[kept[0].range.clone()], "thermal gap pads");
    assert_eq!(g.concepts[kept[0].concept].id, "thermal-gap-pad");
    // Both the nested and the longer concept are reported.
    assert_eq!(
        found(&g, "ru", "у поставщика услуг"),
        [
            (
                "service-provider".to_string(),
                "поставщика услуг".to_string()
            ),
            ("provider".to_string(), "поставщика".to_string()),
        ]
    );
}

#[test]
fn via_and_modes() {
    let mut exact = Term::new("ru", "ООН", Preferred);
    exact.match_mode = MatchMode::Exact;
    exact.case_sensitive = true;
    let mut regex = Term::new("en", r"Article\s+107", Preferred);
    regex.match_mode = MatchMode::Regex;
    let mut listed = Term::new("en", "Southern Kurils", Preferred);
    listed.forms = vec!["South Kurils".into()];
    let g = glossary(vec![
        Concept {
            id: "un".into(),
            terms: vec![exact],
            ..Concept::default()
        },
        Concept {
            id: "art107".into(),
            terms: vec![regex, listed],
            ..Concept::default()
        },
    ]);
    let ru = Matcher::new(&g, &Lang::parse("ru").expect("tag")).expect("matcher");
    let m: Vec<TermMatch> = ru.find_all("Устав ООН, не оон");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].via, MatchVia::Exact);
    let en = Matcher::new(&g, &Lang::parse("en").expect("tag")).expect("matcher");
    let text = "Under article  107, the South Kurils and the southern Kurils' status";
    let m = en.find_all(text);
    let vias: Vec<(&str, MatchVia)> = m.iter().map(|m| (&text[m.range.clone()], m.via)).collect();
    assert_eq!(
        vias,
        [
            ("article  107", MatchVia::Regex),
            ("South Kurils", MatchVia::Form),
            ("southern Kurils", MatchVia::Exact)
        ]
    );
}

#[test]
fn matcher_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Matcher>();
}

#[test]
fn japanese_terms_not_inside_longer_words() {
    let g = glossary(vec![
        concept("russia", &[("ja", "ロシア", Preferred)]),
        concept("foreign-minister", &[("ja", "外相", Preferred)]),
        concept("summit", &[("ja", "サミット", Preferred)]),
    ]);
    assert_eq!(
        surfaces(&g, "ja", "ロシア外相とロシア側の外相会談、ロシアンティー。"),
        ["ロシア", "外相", "ロシア", "外相"]
    );
    assert_eq!(surfaces(&g, "ja", "ｻﾐｯﾄは終わった"), ["ｻﾐｯﾄ"]);
}

#[test]
fn same_span_for_two_concepts_survives_overlap_resolution() {
    let g = glossary(vec![
        concept("check", &[("ru", "проверка", Preferred)]),
        concept("inspection", &[("ru", "проверка", Preferred)]),
        concept("quality-check", &[("ru", "проверка качества", Preferred)]),
    ]);
    let matcher = Matcher::new(&g, &Lang::parse("ru").expect("tag")).expect("matcher");
    let text = "после проверки и проверки качества";
    let kept = resolve_overlaps(&matcher.find_all(text));
    let ids: Vec<(&str, &str)> = kept
        .iter()
        .map(|m| (g.concepts[m.concept].id.as_str(), &text[m.range.clone()]))
        .collect();
    assert_eq!(
        ids,
        [
            ("check", "проверки"),
            ("inspection", "проверки"),
            ("quality-check", "проверки качества"),
        ]
    );
}
