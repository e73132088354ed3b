//! Scanner tests: each rule family in English, Russian, Japanese and Turkish.

use super::*;
use crate::lang::Lang;

fn sentences(lang: &str, text: &str) -> Vec<String> {
    let rules = Rules::builtin(&Lang::parse(lang).unwrap());
    let mut out = Vec::new();
    split(text, &rules, &mut out);
    out.into_iter().map(|r| text[r].to_string()).collect()
}

#[test]
fn english_abbreviations_initials_and_numbers() {
    let s = |t| sentences("en", t);
    assert_eq!(
        s("Mrs. Kato met Prof. Ivanov at 5 p.m. on Friday. It rained."),
        [
            "Mrs. Kato met Prof. Ivanov at 5 p.m. on Friday.",
            "It rained."
        ]
    );
    assert_eq!(
        s("She moved to the U.S. In 2010 she left."),
        ["She moved to the U.S.", "In 2010 she left."]
    );
    assert_eq!(
        s("I said no. No. 5 is mine, see Vol. II of the book. Next."),
        [
            "I said no.",
            "No. 5 is mine, see Vol. II of the book.",
            "Next."
        ]
    );
    assert_eq!(
        s("The U.S. Senate voted. See No. 12 on p. 4. Then go."),
        ["The U.S. Senate voted.", "See No. 12 on p. 4.", "Then go."]
    );
    assert_eq!(
        s("The price was $3.50. Harold J. Smith paid 2.5 times more."),
        [
            "The price was $3.50.",
            "Harold J. Smith paid 2.5 times more."
        ]
    );
    assert_eq!(
        s("Bring pens, paper, etc. Nobody brought any."),
        ["Bring pens, paper, etc.", "Nobody brought any."]
    );
}

#[test]
fn english_quotes_brackets_and_ellipses() {
    let s = |t| sentences("en", t);
    assert_eq!(
        s("\"Stop. Think first,\" she said. We stopped."),
        ["\"Stop.", "Think first,\" she said.", "We stopped."]
    );
    assert_eq!(
        s("\"Are you sure?\" he asked. \"Yes!\" Maria replied."),
        ["\"Are you sure?\" he asked.", "\"Yes!\" Maria replied."]
    );
    assert_eq!(
        s("He left (he was tired.) and slept. Fine (really). Done."),
        [
            "He left (he was tired.) and slept.",
            "Fine (really).",
            "Done."
        ]
    );
    assert_eq!(
        s("Wait... what was that? Nothing... Go on."),
        ["Wait... what was that?", "Nothing...", "Go on."]
    );
    assert_eq!(
        s("MOSCOW, January 17. /TASS/. Talks resumed."),
        ["MOSCOW, January 17. /TASS/.", "Talks resumed."]
    );
    assert_eq!(
        s("Mail me at a.b@example.org. Or visit https://example.org/x.html. Thanks!"),
        [
            "Mail me at a.b@example.org.",
            "Or visit https://example.org/x.html.",
            "Thanks!"
        ]
    );
}

#[test]
fn english_units_opening_phrases_and_glued_sentences() {
    let s = |t| sentences("en", t);
    assert_eq!(
        s("The rod is 4 ft. 2 in. long. It weighs 3 lb. Jim lifted it."),
        [
            "The rod is 4 ft. 2 in. long.",
            "It weighs 3 lb.",
            "Jim lifted it."
        ]
    );
    assert_eq!(
        s("At 7 a.m. Mrs. Ito called. She left at 9 p.m. Her son stayed."),
        [
            "At 7 a.m. Mrs. Ito called.",
            "She left at 9 p.m.",
            "Her son stayed."
        ]
    );
    assert_eq!(
        s("It was late.Nobody came.Mr. Ono waited. Call System.Console.WriteLine now."),
        [
            "It was late.",
            "Nobody came.",
            "Mr. Ono waited.",
            "Call System.Console.WriteLine now."
        ]
    );
    assert_eq!(
        s("Well... I agree. Fine... The end."),
        ["Well... I agree.", "Fine...", "The end."]
    );
}

#[test]
fn footnotes_tokenized_text_and_detached_quotes() {
    let s = |t| sentences("en", t);
    assert_eq!(
        s("Water boils at 100 degrees.[3] Ice melts. [4][5] Steam rises."),
        [
            "Water boils at 100 degrees.[3]",
            "Ice melts. [4][5]",
            "Steam rises."
        ]
    );
    assert_eq!(
        s("He met Mr . Kato today . The talks ended ! ! ! Then what ? Nothing ."),
        [
            "He met Mr . Kato today .",
            "The talks ended ! ! !",
            "Then what ?",
            "Nothing ."
        ]
    );
    assert_eq!(
        s("She asked , ' Ready ? ' and smiled . ' Yes ' , he said ."),
        [
            "She asked , ' Ready ? ' and smiled .",
            "' Yes ' , he said ."
        ]
    );
    // A detached mark after a period takes its part from the marks after
    // it: the next one opens (a lowercase word follows its partner), so
    // this one closes.
    assert_eq!(
        s("We walked home. ' The dog barked at the door. ' Want some tea? ' she asked."),
        [
            "We walked home. '",
            "The dog barked at the door.",
            "' Want some tea? ' she asked."
        ]
    );
    assert_eq!(
        s("It rained. ' Stay here ,' he said. ' No. ' She left."),
        [
            "It rained.",
            "' Stay here ,' he said.",
            "' No. '",
            "She left."
        ]
    );
    assert_eq!(
        s("\"It works.\" (Ito 12). Next, the data."),
        ["\"It works.\" (Ito 12).", "Next, the data."]
    );
}

#[test]
fn russian_years_and_units_after_numbers() {
    let s = |t| sentences("ru", t);
    assert_eq!(
        s("В 1991 г. Союз распался. Это случилось в декабре 1991 г. Горбачёв ушёл."),
        [
            "В 1991 г. Союз распался.",
            "Это случилось в декабре 1991 г.",
            "Горбачёв ушёл."
        ]
    );
    assert_eq!(
        s("Это было в 1917 г. Потом пришли перемены. Он живёт на ул. Ленина."),
        [
            "Это было в 1917 г.",
            "Потом пришли перемены.",
            "Он живёт на ул. Ленина."
        ]
    );
    assert_eq!(
        s("Город основан в III в. до н. э. Его стены сохранились. Он стоит в г. Керчь."),
        [
            "Город основан в III в. до н. э.",
            "Его стены сохранились.",
            "Он стоит в г. Керчь."
        ]
    );
}

#[test]
fn turkish_roman_ordinals() {
    let s = |t| sentences("tr", t);
    assert_eq!(
        s("Osmanlı'da III. Selim reform yaptı. XIV. yüzyılda bu yoktu."),
        [
            "Osmanlı'da III. Selim reform yaptı.",
            "XIV. yüzyılda bu yoktu."
        ]
    );
}

#[test]
fn unclosed_bracket_does_not_swallow_the_text() {
    let long = "Word. ".repeat(80);
    let text = format!("He opened (a bracket. {long}");
    assert!(sentences("en", &text).len() > 60);
    let held = sentences("en", "He said (see above. It is long.) more. Next.");
    assert_eq!(held, ["He said (see above. It is long.) more.", "Next."]);
}

#[test]
fn russian_abbreviations_initials_and_quotes() {
    let s = |t| sentences("ru", t);
    assert_eq!(
        s("Доклад прочёл акад. И. П. Павлов. Зал аплодировал."),
        ["Доклад прочёл акад. И. П. Павлов.", "Зал аплодировал."]
    );
    assert_eq!(
        s("Купили хлеб, молоко и т. д. Потом ушли домой."),
        ["Купили хлеб, молоко и т. д.", "Потом ушли домой."]
    );
    assert_eq!(
        s("В 1991 г. Союз распался, т.е. исчез. Это известно."),
        ["В 1991 г. Союз распался, т.е. исчез.", "Это известно."]
    );
    assert_eq!(
        s("«Когда? Завтра», — ответил он. «Хорошо!» — сказала она."),
        [
            "«Когда?",
            "Завтра», — ответил он.",
            "«Хорошо!» — сказала она."
        ]
    );
    assert_eq!(
        s("Подробнее см. гл. 5 и рис. 3. Там всё."),
        ["Подробнее см. гл. 5 и рис. 3.", "Там всё."]
    );
}

#[test]
fn japanese_terminators_quotes_and_particles() {
    let s = |t| sentences("ja", t);
    assert_eq!(
        s("雨が降った。傘を持っていない！どうする？"),
        ["雨が降った。", "傘を持っていない！", "どうする？"]
    );
    assert_eq!(
        s("彼は「もう遅い。帰ろう。」と言った。私も帰った。"),
        ["彼は「もう遅い。", "帰ろう。」と言った。", "私も帰った。"]
    );
    assert_eq!(
        s("「終わった。」外は暗い。"),
        ["「終わった。」", "外は暗い。"]
    );
    assert_eq!(
        s("金利は１．５％だった。バンド名は娘。は人気だ。"),
        ["金利は１．５％だった。", "バンド名は娘。は人気だ。"]
    );
    assert_eq!(s("本当?うそ!"), ["本当?", "うそ!"]);
}

#[test]
fn turkish_ordinals_and_abbreviations() {
    let s = |t| sentences("tr", t);
    assert_eq!(
        s("Anayasanın 10. maddesi açık. 1. Dünya Savaşı 1914'te başladı."),
        [
            "Anayasanın 10. maddesi açık.",
            "1. Dünya Savaşı 1914'te başladı."
        ]
    );
    assert_eq!(
        s("Toplantıya Doç. Dr. Ayşe Kaya katıldı. Elma, armut vb. Meyveler yok."),
        [
            "Toplantıya Doç. Dr. Ayşe Kaya katıldı.",
            "Elma, armut vb.",
            "Meyveler yok."
        ]
    );
    assert_eq!(
        s("\"Geliyor musun?\" diye sordu. Saat 09.45'te çıktık."),
        ["\"Geliyor musun?\" diye sordu.", "Saat 09.45'te çıktık."]
    );
}

#[test]
fn generic_rules_for_other_languages() {
    let s = |t| sentences("de", t);
    assert_eq!(
        s("Er kam, sah usw. Dann ging er. Das ist z. B. gut."),
        ["Er kam, sah usw.", "Dann ging er.", "Das ist z. B. gut."]
    );
    let hi = sentences("hi", "यह एक वाक्य है। यह दूसरा है।");
    assert_eq!(hi.len(), 2);
}
