//! Cross-language tests of `extract`: the same facts give the same keys.

use super::*;

fn lang(tag: &str) -> Lang {
    Lang::parse(tag).expect("valid tag")
}

/// Hard keys of one kind.
fn keys(text: &str, tag: &str, kind: AnchorKind) -> Vec<String> {
    extract(text, &lang(tag))
        .into_iter()
        .filter(|a| a.kind == kind && !a.soft)
        .map(|a| a.key)
        .collect()
}

fn all_keys(text: &str, tag: &str) -> Vec<String> {
    extract(text, &lang(tag))
        .into_iter()
        .map(|a| a.key)
        .collect()
}

#[test]
fn thousands_agree_across_locales() {
    let n = AnchorKind::Number;
    assert_eq!(
        keys("The fund holds 1,000 tonnes of grain.", "en", n),
        vec!["1000"]
    );
    assert_eq!(keys("В фонде 1 000 тонн зерна.", "ru", n), vec!["1000"]);
    assert_eq!(
        keys("В фонде 1\u{202f}000 тонн зерна.", "ru", n),
        vec!["1000"]
    );
    assert_eq!(keys("Fonda 1.000 ton tahıl var.", "tr", n), vec!["1000"]);
    assert_eq!(
        keys("基金には１０００トンの穀物がある。", "ja", n),
        vec!["1000"]
    );
}

#[test]
fn decimals_and_percents_agree() {
    let n = AnchorKind::Number;
    assert_eq!(
        keys("Growth slowed to 3.5% in March.", "en", n),
        vec!["3.5"]
    );
    assert_eq!(keys("Рост замедлился до 3,5%.", "ru", n), vec!["3.5"]);
    assert_eq!(keys("Büyüme %3,5'e geriledi.", "tr", n), vec!["3.5"]);
    assert_eq!(keys("成長率は３．５％に鈍化した。", "ja", n), vec!["3.5"]);
}

#[test]
fn dates_in_four_languages_share_one_key() {
    let d = AnchorKind::Date;
    let key = vec!["date:2019-01-17".to_string()];
    assert_eq!(
        keys("The ministers met on January 17, 2019, in Moscow.", "en", d),
        key
    );
    assert_eq!(
        keys("Министры встретились 17 января 2019 г. в Москве.", "ru", d),
        key
    );
    assert_eq!(
        keys("両外相は2019年1月17日にモスクワで会談した。", "ja", d),
        key
    );
    assert_eq!(
        keys("Bakanlar 17 Ocak 2019'da Moskova'da görüştü.", "tr", d),
        key
    );
    assert_eq!(keys("Протокол подписан 17.01.2019.", "ru", d), key);
    // A date consumes its numbers.
    assert!(keys("Протокол подписан 17.01.2019.", "ru", AnchorKind::Number).is_empty());
    let no_year = vec!["date:--01-14".to_string()];
    assert_eq!(keys("Talks resume on January 14.", "en", d), no_year);
    assert_eq!(keys("Переговоры возобновятся 14 января.", "ru", d), no_year);
    assert_eq!(keys("協議は1月14日に再開される。", "ja", d), no_year);
    assert_eq!(
        keys("Görüşmeler 14 Ocak'ta yeniden başlayacak.", "tr", d),
        no_year
    );
}

#[test]
fn years_alone_are_numbers() {
    let n = AnchorKind::Number;
    assert_eq!(
        keys(
            "The 1956 Joint Declaration ended the state of war.",
            "en",
            n
        ),
        vec!["1956"]
    );
    assert_eq!(
        keys("Декларация 1956 года прекратила войну.", "ru", n),
        vec!["1956"]
    );
    assert_eq!(
        keys("1956年の共同宣言で戦争状態が終わった。", "ja", n),
        vec!["1956"]
    );
    assert_eq!(
        keys("1956'da imzalanan bildirge savaşı bitirdi.", "tr", n),
        vec!["1956"]
    );
}

#[test]
fn centuries_and_ordinals() {
    let n = AnchorKind::Number;
    let c = vec!["century:20".to_string()];
    assert_eq!(
        keys("a dispute left over from the 20th century", "en", n),
        c
    );
    assert_eq!(keys("спор, оставшийся с XX века", "ru", n), c);
    assert_eq!(keys("20世紀から続く領土問題", "ja", n), c);
    assert_eq!(keys("20. yüzyıldan kalan anlaşmazlık", "tr", n), c);
    assert_eq!(keys("BM Şartı'nın 107. maddesi", "tr", n), vec!["107"]);
    assert_eq!(keys("Article 107 of the UN Charter", "en", n), vec!["107"]);
}

#[test]
fn kanji_and_word_numbers_are_soft_when_small() {
    let anchors = extract(
        "二〇一九年に十四人の外交官が一部の島を訪れた。",
        &lang("ja"),
    );
    let hard: Vec<&str> = anchors
        .iter()
        .filter(|a| !a.soft)
        .map(|a| a.key.as_str())
        .collect();
    assert_eq!(hard, vec!["2019", "14"]);
    let soft: Vec<&str> = anchors
        .iter()
        .filter(|a| a.soft)
        .map(|a| a.key.as_str())
        .collect();
    assert!(soft.contains(&"1"));
    let en = extract("Two ministers met three times.", &lang("en"));
    assert!(en.iter().all(|a| a.kind != AnchorKind::Number || a.soft));
    let ru = all_keys("Два министра встречались три раза.", "ru");
    assert!(ru.contains(&"2".to_string()) && ru.contains(&"3".to_string()));
}

#[test]
fn urls_and_emails_are_lowercased_without_the_period() {
    let text = "Read the statement at https://www.MID.ru/en/Press. Write to Press@MID.ru.";
    let anchors = extract(text, &lang("en"));
    let url = anchors
        .iter()
        .find(|a| a.kind == AnchorKind::Url)
        .expect("url");
    assert_eq!(url.key, "mid.ru/en/press");
    assert_eq!(&text[url.range.clone()], "https://www.MID.ru/en/Press");
    let email = anchors
        .iter()
        .find(|a| a.kind == AnchorKind::Email)
        .expect("email");
    assert_eq!(email.key, "press@mid.ru");
}

#[test]
fn latin_tokens_inside_other_scripts() {
    let l = AnchorKind::Latin;
    assert_eq!(
        keys("Лидеры G7 и G20 обсудили санкции.", "ru", l),
        vec!["G7", "G20"]
    );
    assert_eq!(
        keys("G7とG20の首脳が制裁を協議した。", "ja", l),
        vec!["G7", "G20"]
    );
    assert_eq!(
        keys("G7 and G20 leaders discussed sanctions.", "en", l),
        vec!["G7", "G20"]
    );
    assert_eq!(
        keys("G7 ve G20 liderleri yaptırımları görüştü.", "tr", l),
        vec!["G7", "G20"]
    );
    let ru = keys("Об этом сообщил портал Kyodo News.", "ru", l);
    assert_eq!(ru, vec!["KYODO", "NEWS"]);
}

#[test]
fn names_meet_across_scripts_and_suffixes() {
    let name = |text: &str, tag: &str| -> Vec<String> {
        extract(text, &lang(tag))
            .into_iter()
            .filter(|a| a.kind == AnchorKind::Name)
            .map(|a| a.key)
            .collect()
    };
    let en = name(
        "Foreign Minister Sergei Lavrov said the talks were useful.",
        "en",
    );
    let ru = name(
        "Министр иностранных дел Сергей Лавров назвал переговоры полезными.",
        "ru",
    );
    let ja = name("ラブロフ外相は協議が有益だったと述べた。", "ja");
    let tr = name(
        "Dışişleri Bakanı Sergey Lavrov'un açıklamasına göre görüşmeler yararlıydı.",
        "tr",
    );
    let key = "name:RBRB".to_string();
    for side in [&en, &ru, &ja, &tr] {
        assert!(side.contains(&key), "{side:?}");
    }
    assert!(ru.contains(&"name:SRK".to_string()) && en.contains(&"name:SRK".to_string()));
    let latin = keys("Sergey Lavrov'un açıklaması", "tr", AnchorKind::Latin);
    assert!(latin.is_empty(), "capitalized words are soft: {latin:?}");
}

#[test]
fn ranges_point_into_the_original_text() {
    let text = "Около ２０％ участников — из «G20».";
    for a in extract(text, &lang("ru")) {
        assert!(text.is_char_boundary(a.range.start) && text.is_char_boundary(a.range.end));
    }
    let n = extract(text, &lang("ru"))
        .into_iter()
        .find(|a| a.kind == AnchorKind::Number)
        .expect("number");
    assert_eq!(&text[n.range], "２０％");
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for text in [
        "",
        " ",
        "...",
        "１",
        "ー",
        "'",
        "https://",
        "@",
        "99999999999999999999999999999999999",
    ] {
        for tag in ["en", "ru", "ja", "tr", "de"] {
            let _ = extract(text, &lang(tag));
        }
    }
}

/// `extract_numeric` gives exactly the numbers and dates of `extract`.
#[test]
fn numeric_extraction_is_the_numeric_part() {
    let texts = [
        (
            "en",
            "The G7 and G20 met on 17 January 2019 in Tokyo; see https://x.org/p/2019 or a@b.ru.",
        ),
        (
            "en",
            "THE TWO-PLUS-TWO TALKS RESUME IN 2021, TWICE A YEAR, MH17 AND A320.",
        ),
        (
            "ru",
            "Встреча 656 министров состоялась в Москве 4.01.2019, дважды, в XX веке.",
        ),
        (
            "ru",
            "Переговоры в формате «два плюс два» возобновятся в 2021 году у Путина.",
        ),
        (
            "tr",
            "On iki ada, Japonya'nın 1956'da imzaladığı 3 anlaşma.",
        ),
        (
            "ja",
            "２０１９年１月１７日、外相は東京で３回目の会談を行った。",
        ),
        // Words that the numeric extraction tries: before digits (a code, a month before its
        // day or year), Roman numerals and number words; the others are passed over.
        (
            "en",
            "Talks on Jan. 14, in January 2019 and on March 3rd; room 7, G 20, XIX century, twice.",
        ),
        (
            "en",
            "In the XX century ELEVEN ships left, Ten came; one of them, Flight MH 17, was late.",
        ),
        (
            "tr",
            "XIX. yüzyılda on iki gemi, On Dört'e 3 Şubat'ta Lavrov'un İKİ mektubu geldi.",
        ),
        (
            "ru",
            "В мае 2018 года ДВЕ делегации, в XX в. — трижды; встреча в 10:30, т. 5.",
        ),
    ];
    for (tag, text) in texts {
        let lang = Lang::parse(tag).expect("tag");
        let all: Vec<Anchor> = extract(text, &lang)
            .into_iter()
            .filter(Anchor::is_numeric)
            .collect();
        assert_eq!(extract_numeric(text, &lang), all, "{text}");
    }
}

#[test]
fn partial_dates_agree_with_full_ones() {
    assert!(dates_agree("date:2019-01-14", "date:--01-14"));
    assert!(dates_agree("date:2019-01-14", "date:2019-01"));
    assert!(dates_agree("date:2019-01-14", "date:--01"));
    assert!(!dates_agree("date:2019-01-14", "date:--01-15"));
    assert!(!dates_agree("date:2019-01-14", "date:2018-01-14"));
    assert!(!dates_agree("date:2019-01-14", "date:2019-02-14"));
}
