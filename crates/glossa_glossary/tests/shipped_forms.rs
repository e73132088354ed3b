//! Every term of `glossaries/russia-japan.toml` is found in the forms it
//! takes in running text. The table is written out by hand (it is not
//! produced by the code under test): Russian 6 cases × 2 numbers where they
//! exist (identical forms listed once), Turkish nominative, genitive,
//! accusative, dative, locative and ablative with and without a possessive
//! (and the apostrophe after proper names), Japanese with and without width
//! variants, English singular, plural and possessive.

use std::path::PathBuf;

use glossa_glossary::{Glossary, Matcher, from_toml_str};
use glossa_text::Lang;

/// (concept id, language, forms).
const TABLE: &[(&str, &str, &[&str])] = &[
    // ---------------------------------------------------------- southern-kurils
    (
        "southern-kurils",
        "en",
        &[
            "Southern Kurils",
            "Southern Kurils'",
            "South Kurils",
            "southern Kurils",
        ],
    ),
    (
        "southern-kurils",
        "en",
        &[
            "southern Kuril Islands",
            "southern Kuril Islands'",
            "southern Kuril Island",
            "southern Kuril Island's",
            "South Kuril Islands",
        ],
    ),
    (
        "southern-kurils",
        "en",
        &[
            "Northern Territories",
            "Northern Territories'",
            "Northern Territory",
            "Northern Territory's",
        ],
    ),
    (
        "southern-kurils",
        "ru",
        &[
            "Южные Курилы",
            "Южных Курил",
            "Южным Курилам",
            "Южными Курилами",
            "Южных Курилах",
            "южных курил",
        ],
    ),
    (
        "southern-kurils",
        "ru",
        &[
            "Южные Курильские острова",
            "Южных Курильских островов",
            "Южным Курильским островам",
            "Южными Курильскими островами",
            "Южных Курильских островах",
            "Южный Курильский остров",
            "Южного Курильского острова",
            "Южному Курильскому острову",
            "Южным Курильским островом",
            "Южном Курильском острове",
        ],
    ),
    (
        "southern-kurils",
        "ru",
        &[
            "Северные территории",
            "Северных территорий",
            "Северным территориям",
            "Северными территориями",
            "Северных территориях",
            "Северная территория",
            "Северной территории",
            "Северную территорию",
            "Северной территорией",
        ],
    ),
    (
        "southern-kurils",
        "ja",
        &[
            "南クリル諸島",
            "南ｸﾘﾙ諸島",
            "南クリル",
            "北方領土",
            "北方四島",
            "南千島",
            "南千島列島",
        ],
    ),
    (
        "southern-kurils",
        "tr",
        &[
            "Güney Kuril Adaları",
            "Güney Kuril Adaları'nın",
            "Güney Kuril Adaları'nı",
            "Güney Kuril Adaları'na",
            "Güney Kuril Adaları'nda",
            "Güney Kuril Adaları'ndan",
            "Güney Kuril Adalarının",
            "Güney Kuril Adalarına",
            "Güney Kuril Adalarında",
            "Güney Kuril Adalarımız",
            "Güney Kuril Adalarımızın",
            "Güney Kuril Adalarımıza",
            "Güney Kuril Adalarımızda",
            "Güney Kuril Adalarımızdan",
            "Güney Kuril Adalarımızı",
        ],
    ),
    (
        "southern-kurils",
        "tr",
        &[
            "Güney Kuriller",
            "Güney Kuriller'in",
            "Güney Kurillerin",
            "Güney Kuriller'i",
            "Güney Kuriller'e",
            "Güney Kuriller'de",
            "Güney Kuriller'den",
            "Güney Kurillerimiz",
            "Güney Kurillerimizin",
        ],
    ),
    (
        "southern-kurils",
        "tr",
        &[
            "Kuzey Toprakları",
            "Kuzey Toprakları'nın",
            "Kuzey Topraklarının",
            "Kuzey Toprakları'nı",
            "Kuzey Toprakları'na",
            "Kuzey Toprakları'nda",
            "Kuzey Toprakları'ndan",
            "Kuzey Topraklarımız",
        ],
    ),
    // ------------------------------------------------------------ kuril-islands
    (
        "kuril-islands",
        "en",
        &[
            "Kuril Islands",
            "Kuril Islands'",
            "Kuril Island",
            "Kuril Island's",
            "Kurile Islands",
        ],
    ),
    (
        "kuril-islands",
        "en",
        &[
            "Kurils",
            "Kurils'",
            "Kuril Archipelago",
            "Kuril Archipelago's",
            "Kuril Archipelagos",
        ],
    ),
    (
        "kuril-islands",
        "ru",
        &[
            "Курильские острова",
            "Курильских островов",
            "Курильским островам",
            "Курильскими островами",
            "Курильских островах",
            "Курильский остров",
            "Курильского острова",
            "Курильскому острову",
            "Курильским островом",
            "Курильском острове",
        ],
    ),
    (
        "kuril-islands",
        "ru",
        &["Курилы", "Курил", "Курилам", "Курилами", "Курилах"],
    ),
    (
        "kuril-islands",
        "ru",
        &[
            "Курильская гряда",
            "Курильской гряды",
            "Курильской гряде",
            "Курильскую гряду",
            "Курильской грядой",
            "Курильские гряды",
            "Курильских гряд",
            "Курильским грядам",
            "Курильскими грядами",
            "Курильских грядах",
        ],
    ),
    (
        "kuril-islands",
        "ja",
        &["クリル諸島", "ｸﾘﾙ諸島", "千島列島"],
    ),
    (
        "kuril-islands",
        "tr",
        &[
            "Kuril Adaları",
            "Kuril Adaları'nın",
            "Kuril Adalarının",
            "Kuril Adaları'nı",
            "Kuril Adaları'na",
            "Kuril Adalarına",
            "Kuril Adaları'nda",
            "Kuril Adaları'ndan",
            "Kuril Adalarımız",
            "Kuril Adalarımızın",
        ],
    ),
    (
        "kuril-islands",
        "tr",
        &[
            "Kuril takımadaları",
            "Kuril takımadalarının",
            "Kuril takımadalarını",
            "Kuril takımadalarına",
            "Kuril takımadalarında",
            "Kuril takımadalarından",
        ],
    ),
    (
        "kuril-islands",
        "tr",
        &[
            "Kuriller",
            "Kuriller'in",
            "Kurillerin",
            "Kuriller'i",
            "Kuriller'e",
            "Kuriller'de",
            "Kuriller'den",
            "Kurillerimiz",
        ],
    ),
    // ------------------------------------------------------------------ islands
    (
        "iturup",
        "en",
        &["Iturup", "Iturup's", "Etorofu", "Etorofu's"],
    ),
    (
        "iturup",
        "ru",
        &[
            "Итуруп",
            "Итурупа",
            "Итурупу",
            "Итурупом",
            "Итурупе",
            "Эторофу",
        ],
    ),
    (
        "iturup",
        "ja",
        &[
            "イトゥルップ島",
            "ｲﾄｩﾙｯﾌﾟ島",
            "イトゥルップ",
            "択捉島",
            "択捉",
        ],
    ),
    (
        "iturup",
        "tr",
        &[
            "İturup",
            "İturup'un",
            "İturup'u",
            "İturup'a",
            "İturup'ta",
            "İturup'tan",
        ],
    ),
    (
        "iturup",
        "tr",
        &[
            "Etorofu",
            "Etorofu'nun",
            "Etorofu'yu",
            "Etorofu'ya",
            "Etorofu'da",
            "Etorofu'dan",
        ],
    ),
    (
        "kunashir",
        "en",
        &["Kunashir", "Kunashir's", "Kunashiri", "Kunashiri's"],
    ),
    (
        "kunashir",
        "ru",
        &[
            "Кунашир",
            "Кунашира",
            "Кунаширу",
            "Кунаширом",
            "Кунашире",
            "Кунасири",
        ],
    ),
    (
        "kunashir",
        "ja",
        &["クナシル島", "ｸﾅｼﾙ島", "クナシル", "国後島", "国後"],
    ),
    (
        "kunashir",
        "tr",
        &[
            "Kunaşir",
            "Kunaşir'in",
            "Kunaşir'i",
            "Kunaşir'e",
            "Kunaşir'de",
            "Kunaşir'den",
        ],
    ),
    (
        "kunashir",
        "tr",
        &[
            "Kunaşiri",
            "Kunaşiri'nin",
            "Kunaşiri'yi",
            "Kunaşiri'ye",
            "Kunaşiri'de",
            "Kunaşiri'den",
        ],
    ),
    ("shikotan", "en", &["Shikotan", "Shikotan's"]),
    (
        "shikotan",
        "ru",
        &["Шикотан", "Шикотана", "Шикотану", "Шикотаном", "Шикотане"],
    ),
    (
        "shikotan",
        "ja",
        &["シコタン島", "ｼｺﾀﾝ島", "シコタン", "色丹島", "色丹"],
    ),
    (
        "shikotan",
        "tr",
        &[
            "Şikotan",
            "Şikotan'ın",
            "Şikotan'ı",
            "Şikotan'a",
            "Şikotan'da",
            "Şikotan'dan",
        ],
    ),
    ("habomai", "en", &["Habomai", "Habomai's", "Habomais"]),
    ("habomai", "ru", &["Хабомаи"]),
    (
        "habomai",
        "ja",
        &[
            "ハボマイ群島",
            "ﾊﾎﾞﾏｲ群島",
            "ハボマイ諸島",
            "ハボマイ",
            "歯舞群島",
            "歯舞諸島",
            "歯舞",
        ],
    ),
    (
        "habomai",
        "tr",
        &[
            "Habomai",
            "Habomai'nin",
            "Habomai'yi",
            "Habomai'ye",
            "Habomai'de",
            "Habomai'den",
        ],
    ),
    ("sakhalin", "en", &["Sakhalin", "Sakhalin's"]),
    (
        "sakhalin",
        "ru",
        &["Сахалин", "Сахалина", "Сахалину", "Сахалином", "Сахалине"],
    ),
    (
        "sakhalin",
        "ja",
        &["サハリン", "ｻﾊﾘﾝ", "サハリン島", "樺太"],
    ),
    (
        "sakhalin",
        "tr",
        &[
            "Sahalin",
            "Sahalin'in",
            "Sahalin'i",
            "Sahalin'e",
            "Sahalin'de",
            "Sahalin'den",
        ],
    ),
    (
        "sakhalin-region",
        "en",
        &[
            "Sakhalin Region",
            "Sakhalin Region's",
            "Sakhalin Oblast",
            "Sakhalin Oblast's",
        ],
    ),
    (
        "sakhalin-region",
        "ru",
        &[
            "Сахалинская область",
            "Сахалинской области",
            "Сахалинскую область",
            "Сахалинской областью",
        ],
    ),
    ("sakhalin-region", "ja", &["サハリン州", "ｻﾊﾘﾝ州"]),
    (
        "sakhalin-region",
        "tr",
        &[
            "Sahalin Oblastı",
            "Sahalin Oblastı'nın",
            "Sahalin Oblastının",
            "Sahalin Oblastı'nı",
            "Sahalin Oblastı'na",
            "Sahalin Oblastı'nda",
            "Sahalin Oblastı'ndan",
        ],
    ),
    (
        "sakhalin-region",
        "tr",
        &[
            "Sahalin bölgesi",
            "Sahalin bölgesinin",
            "Sahalin bölgesini",
            "Sahalin bölgesine",
            "Sahalin bölgesinde",
            "Sahalin bölgesinden",
            "Sahalin bölgemiz",
            "Sahalin bölgemizin",
        ],
    ),
    ("hokkaido", "en", &["Hokkaido", "Hokkaido's"]),
    ("hokkaido", "ru", &["Хоккайдо"]),
    ("hokkaido", "ja", &["北海道"]),
    (
        "hokkaido",
        "tr",
        &[
            "Hokkaido",
            "Hokkaido'nun",
            "Hokkaido'yu",
            "Hokkaido'ya",
            "Hokkaido'da",
            "Hokkaido'dan",
        ],
    ),
    // ------------------------------------------------------ territorial-dispute
    (
        "territorial-dispute",
        "en",
        &[
            "territorial dispute",
            "territorial disputes",
            "territorial dispute's",
            "territorial issue",
            "territorial issues",
        ],
    ),
    (
        "territorial-dispute",
        "ru",
        &[
            "территориальный спор",
            "территориального спора",
            "территориальному спору",
            "территориальным спором",
            "территориальном споре",
            "территориальные споры",
            "территориальных споров",
            "территориальным спорам",
            "территориальными спорами",
            "территориальных спорах",
        ],
    ),
    (
        "territorial-dispute",
        "ru",
        &[
            "территориальный вопрос",
            "территориального вопроса",
            "территориальному вопросу",
            "территориальным вопросом",
            "территориальном вопросе",
            "территориальные вопросы",
            "территориальных вопросов",
            "территориальным вопросам",
            "территориальными вопросами",
            "территориальных вопросах",
        ],
    ),
    ("territorial-dispute", "ja", &["領土問題", "領土紛争"]),
    (
        "territorial-dispute",
        "tr",
        &[
            "toprak anlaşmazlığı",
            "toprak anlaşmazlığının",
            "toprak anlaşmazlığını",
            "toprak anlaşmazlığına",
            "toprak anlaşmazlığında",
            "toprak anlaşmazlığından",
            "toprak anlaşmazlıkları",
            "toprak anlaşmazlıklarının",
            "toprak anlaşmazlığımız",
        ],
    ),
    (
        "territorial-dispute",
        "tr",
        &[
            "toprak sorunu",
            "toprak sorununun",
            "toprak sorununu",
            "toprak sorununa",
            "toprak sorununda",
            "toprak sorunundan",
            "toprak sorunları",
            "toprak sorunumuz",
        ],
    ),
    (
        "territorial-dispute",
        "tr",
        &[
            "bölgesel anlaşmazlık",
            "bölgesel anlaşmazlığın",
            "bölgesel anlaşmazlığı",
            "bölgesel anlaşmazlığa",
            "bölgesel anlaşmazlıkta",
            "bölgesel anlaşmazlıktan",
            "bölgesel anlaşmazlıklar",
            "bölgesel anlaşmazlığımız",
        ],
    ),
    // -------------------------------------------------------------- sovereignty
    (
        "sovereignty",
        "en",
        &["sovereignty", "sovereignty's", "sovereignties"],
    ),
    (
        "sovereignty",
        "ru",
        &[
            "суверенитет",
            "суверенитета",
            "суверенитету",
            "суверенитетом",
            "суверенитете",
            "суверенитеты",
            "суверенитетов",
        ],
    ),
    ("sovereignty", "ja", &["主権"]),
    (
        "sovereignty",
        "tr",
        &[
            "egemenlik",
            "egemenliğin",
            "egemenliği",
            "egemenliğe",
            "egemenlikte",
            "egemenlikten",
            "egemenliğimiz",
            "hükümranlık",
            "hükümranlığın",
            "hükümranlığı",
            "hükümranlığa",
            "hükümranlıkta",
            "hükümranlıktan",
        ],
    ),
    // ------------------------------------------------------------- peace-treaty
    (
        "peace-treaty",
        "en",
        &[
            "peace treaty",
            "peace treaties",
            "peace treaty's",
            "peace agreement",
            "peace agreements",
        ],
    ),
    (
        "peace-treaty",
        "ru",
        &[
            "мирный договор",
            "мирного договора",
            "мирному договору",
            "мирным договором",
            "мирном договоре",
            "мирные договоры",
            "мирных договоров",
            "мирным договорам",
            "мирными договорами",
            "мирных договорах",
        ],
    ),
    (
        "peace-treaty",
        "ru",
        &[
            "мирное соглашение",
            "мирного соглашения",
            "мирному соглашению",
            "мирным соглашением",
            "мирном соглашении",
            "мирные соглашения",
            "мирных соглашений",
            "мирным соглашениям",
            "мирными соглашениями",
            "мирных соглашениях",
        ],
    ),
    ("peace-treaty", "ja", &["平和条約", "平和協定"]),
    (
        "peace-treaty",
        "tr",
        &[
            "barış antlaşması",
            "barış antlaşmasının",
            "barış antlaşmasını",
            "barış antlaşmasına",
            "barış antlaşmasında",
            "barış antlaşmasından",
            "barış antlaşmaları",
            "barış antlaşmalarının",
            "barış antlaşmamız",
            "barış antlaşmamızın",
        ],
    ),
    (
        "peace-treaty",
        "tr",
        &[
            "barış anlaşması",
            "barış anlaşmasının",
            "barış anlaşmasını",
            "barış anlaşmasına",
            "barış anlaşmasında",
            "barış anlaşmasından",
            "barış anlaşmaları",
        ],
    ),
    (
        "peace-treaty",
        "tr",
        &["barış muahedesi", "barış muahedesinin", "barış muahedesine"],
    ),
    // -------------------------------------------------------- joint declaration
    (
        "soviet-japanese-joint-declaration",
        "en",
        &[
            "Soviet-Japanese Joint Declaration",
            "Soviet-Japanese Joint Declaration's",
            "Soviet–Japanese Joint Declaration",
            "Japan-Soviet Joint Declaration",
            "1956 Joint Declaration",
            "1956 Joint Declaration's",
        ],
    ),
    (
        "soviet-japanese-joint-declaration",
        "ru",
        &[
            "Советско-японская декларация",
            "Советско-японской декларации",
            "Советско-японскую декларацию",
            "Советско-японской декларацией",
            "Советско-японская совместная декларация",
            "Советско-японской совместной декларации",
            "Советско-японскую совместную декларацию",
        ],
    ),
    (
        "soviet-japanese-joint-declaration",
        "ru",
        &[
            "Совместная декларация",
            "Совместной декларации",
            "Совместную декларацию",
            "Совместной декларацией",
        ],
    ),
    (
        "soviet-japanese-joint-declaration",
        "ja",
        &["日ソ共同宣言", "ソ日共同宣言"],
    ),
    (
        "soviet-japanese-joint-declaration",
        "tr",
        &[
            "Sovyet-Japon Ortak Bildirisi",
            "Sovyet-Japon Ortak Bildirisi'nin",
            "Sovyet-Japon Ortak Bildirisinin",
            "Sovyet-Japon Ortak Bildirisi'ni",
            "Sovyet-Japon Ortak Bildirisi'ne",
            "Sovyet-Japon Ortak Bildirisi'nde",
            "Sovyet-Japon Ortak Bildirisi'nden",
        ],
    ),
    (
        "soviet-japanese-joint-declaration",
        "tr",
        &[
            "Sovyet-Japon Ortak Deklarasyonu",
            "Sovyet-Japon Ortak Deklarasyonu'nun",
            "Sovyet-Japon Ortak Deklarasyonunun",
            "Sovyet-Japon Ortak Deklarasyonu'na",
        ],
    ),
    // --------------------------------------------------------------- treaties
    (
        "treaty-of-san-francisco",
        "en",
        &[
            "Treaty of San Francisco",
            "Treaty of San Francisco's",
            "San Francisco Peace Treaty",
            "San Francisco Peace Treaty's",
            "San Francisco Treaty",
        ],
    ),
    (
        "treaty-of-san-francisco",
        "ru",
        &[
            "Сан-Францисский мирный договор",
            "Сан-Францисского мирного договора",
            "Сан-Францисскому мирному договору",
            "Сан-Францисским мирным договором",
            "Сан-Францисском мирном договоре",
            "Сан-Францисский договор",
            "Сан-Францисского договора",
            "Сан-Францисскому договору",
            "Сан-Францисским договором",
            "Сан-Францисском договоре",
        ],
    ),
    (
        "treaty-of-san-francisco",
        "ru",
        &[
            "Договор Сан-Франциско",
            "Договора Сан-Франциско",
            "Договору Сан-Франциско",
            "Договором Сан-Франциско",
            "Договоре Сан-Франциско",
        ],
    ),
    (
        "treaty-of-san-francisco",
        "ja",
        &[
            "サンフランシスコ平和条約",
            "ｻﾝﾌﾗﾝｼｽｺ平和条約",
            "サンフランシスコ講和条約",
        ],
    ),
    (
        "treaty-of-san-francisco",
        "tr",
        &[
            "San Francisco Barış Antlaşması",
            "San Francisco Barış Antlaşması'nın",
            "San Francisco Barış Antlaşmasının",
            "San Francisco Barış Antlaşması'nı",
            "San Francisco Barış Antlaşması'na",
            "San Francisco Barış Antlaşması'nda",
            "San Francisco Barış Antlaşması'ndan",
        ],
    ),
    (
        "treaty-of-san-francisco",
        "tr",
        &[
            "San Francisco Antlaşması",
            "San Francisco Antlaşması'nın",
            "San Francisco Antlaşması'na",
            "San Francisco Antlaşması'nda",
        ],
    ),
    (
        "treaty-of-shimoda",
        "en",
        &[
            "Treaty of Shimoda",
            "Treaty of Shimoda's",
            "Shimoda Treaty",
            "Shimoda Treaty's",
        ],
    ),
    (
        "treaty-of-shimoda",
        "ru",
        &[
            "Симодский трактат",
            "Симодского трактата",
            "Симодскому трактату",
            "Симодским трактатом",
            "Симодском трактате",
            "Симодский договор",
            "Симодского договора",
            "Симодскому договору",
            "Симодским договором",
            "Симодском договоре",
        ],
    ),
    (
        "treaty-of-shimoda",
        "ja",
        &["日露和親条約", "日魯通好条約", "下田条約"],
    ),
    (
        "treaty-of-shimoda",
        "tr",
        &[
            "Şimoda Antlaşması",
            "Şimoda Antlaşması'nın",
            "Şimoda Antlaşmasının",
            "Şimoda Antlaşması'na",
            "Şimoda Antlaşması'nda",
            "Şimoda Antlaşması'ndan",
            "Şimoda Antlaşması'nı",
        ],
    ),
    // --------------------------------------------------------------- UN Charter
    (
        "un-charter",
        "en",
        &[
            "UN Charter",
            "UN Charter's",
            "U.N. Charter",
            "Charter of the United Nations",
            "United Nations Charter",
            "United Nations Charter's",
        ],
    ),
    (
        "un-charter",
        "ru",
        &[
            "Устав ООН",
            "Устава ООН",
            "Уставу ООН",
            "Уставом ООН",
            "Уставе ООН",
            "Устав Организации Объединённых Наций",
            "Устава Организации Объединенных Наций",
            "Уставом Организации Объединённых Наций",
        ],
    ),
    (
        "un-charter",
        "ru",
        &[
            "Хартия ООН",
            "Хартии ООН",
            "Хартию ООН",
            "Хартией ООН",
            "Хартия Организации Объединённых Наций",
        ],
    ),
    ("un-charter", "ja", &["国連憲章", "国際連合憲章"]),
    (
        "un-charter",
        "tr",
        &[
            "BM Şartı",
            "BM Şartı'nın",
            "BM Şartının",
            "BM Şartı'nı",
            "BM Şartı'na",
            "BM Şartı'nda",
            "BM Şartı'ndan",
            "Birleşmiş Milletler Şartı",
            "Birleşmiş Milletler Şartı'nın",
            "Birleşmiş Milletler Şartı'na",
            "Birleşmiş Milletler Antlaşması",
            "Birleşmiş Milletler Antlaşması'nın",
        ],
    ),
    (
        "un-charter",
        "tr",
        &[
            "BM Tüzüğü",
            "BM Tüzüğü'nün",
            "BM Tüzüğünün",
            "BM Tüzüğü'ne",
            "Birleşmiş Milletler Tüzüğü",
        ],
    ),
    // -------------------------------------------------------------- Article 107
    (
        "article-107",
        "en",
        &["Article 107", "Article 107's", "Art. 107", "article 107"],
    ),
    (
        "article-107",
        "ru",
        &[
            "статья 107",
            "статьи 107",
            "статье 107",
            "статью 107",
            "статьей 107",
            "статьёй 107",
            "Статья 107",
        ],
    ),
    (
        "article-107",
        "ru",
        &[
            "107-я статья",
            "107-й статьи",
            "107-й статье",
            "107-ю статью",
            "107-й статьёй",
        ],
    ),
    (
        "article-107",
        "ja",
        &["第107条", "第１０７条", "107条", "１０７条"],
    ),
    (
        "article-107",
        "tr",
        &[
            "107. madde",
            "107. maddenin",
            "107. maddeyi",
            "107. maddeye",
            "107. maddede",
            "107. maddeden",
            "107. maddesi",
            "107. maddesinin",
            "107. maddesine",
        ],
    ),
    (
        "article-107",
        "tr",
        &[
            "Madde 107",
            "Madde 107'nin",
            "Madde 107'yi",
            "Madde 107'ye",
            "Madde 107'de",
            "Madde 107'den",
        ],
    ),
    // ------------------------------------------------------------- two-plus-two
    (
        "two-plus-two",
        "en",
        &[
            "two-plus-two",
            "2+2",
            "2 + 2",
            "two plus two",
            "Two-Plus-Two",
        ],
    ),
    ("two-plus-two", "ru", &["2+2", "2 + 2", "два плюс два"]),
    (
        "two-plus-two",
        "ja",
        &["2プラス2", "２プラス２", "2+2", "２＋２"],
    ),
    ("two-plus-two", "tr", &["2+2", "2 + 2", "２＋２"]),
    // ------------------------------------------------------------------ summit
    ("summit", "en", &["summit", "summits", "summit's", "Summit"]),
    (
        "summit",
        "ru",
        &[
            "саммит",
            "саммита",
            "саммиту",
            "саммитом",
            "саммите",
            "саммиты",
            "саммитов",
            "саммитам",
            "саммитами",
            "саммитах",
        ],
    ),
    (
        "summit",
        "ru",
        &[
            "встреча на высшем уровне",
            "встречи на высшем уровне",
            "встрече на высшем уровне",
            "встречу на высшем уровне",
            "встречей на высшем уровне",
            "встреч на высшем уровне",
            "встречам на высшем уровне",
            "встречами на высшем уровне",
            "встречах на высшем уровне",
        ],
    ),
    (
        "summit",
        "ja",
        &["首脳会談", "首脳会議", "サミット", "ｻﾐｯﾄ"],
    ),
    (
        "summit",
        "tr",
        &[
            "zirve",
            "zirvenin",
            "zirveyi",
            "zirveye",
            "zirvede",
            "zirveden",
            "zirveler",
            "zirvelerin",
            "zirvesi",
            "zirvesinin",
            "zirvemiz",
        ],
    ),
    (
        "summit",
        "tr",
        &[
            "doruk toplantısı",
            "doruk toplantısının",
            "doruk toplantısını",
            "doruk toplantısına",
            "doruk toplantısında",
            "doruk toplantısından",
            "doruk toplantıları",
        ],
    ),
    // -------------------------------------------------- joint economic activity
    (
        "joint-economic-activity",
        "en",
        &[
            "joint economic activity",
            "joint economic activities",
            "joint economic activity's",
        ],
    ),
    (
        "joint-economic-activity",
        "ru",
        &[
            "совместная хозяйственная деятельность",
            "совместной хозяйственной деятельности",
            "совместную хозяйственную деятельность",
            "совместной хозяйственной деятельностью",
            "совместная экономическая деятельность",
            "совместной экономической деятельности",
            "совместную экономическую деятельность",
            "совместной экономической деятельностью",
        ],
    ),
    ("joint-economic-activity", "ja", &["共同経済活動"]),
    (
        "joint-economic-activity",
        "tr",
        &[
            "ortak ekonomik faaliyet",
            "ortak ekonomik faaliyetin",
            "ortak ekonomik faaliyeti",
            "ortak ekonomik faaliyete",
            "ortak ekonomik faaliyette",
            "ortak ekonomik faaliyetten",
            "ortak ekonomik faaliyetler",
            "ortak ekonomik faaliyetlerin",
            "ortak ekonomik faaliyetimiz",
        ],
    ),
    (
        "joint-economic-activity",
        "tr",
        &[
            "ortak ekonomik etkinlik",
            "ortak ekonomik etkinliğin",
            "ortak ekonomik etkinliği",
            "ortak ekonomik etkinliğe",
            "ortak ekonomik etkinlikte",
            "ortak ekonomik etkinlikten",
            "ortak ekonomik etkinlikler",
        ],
    ),
    // ----------------------------------------------------- visa-free exchanges
    (
        "visa-free-exchanges",
        "en",
        &[
            "visa-free exchanges",
            "visa-free exchange",
            "visa free exchanges",
            "visa-free exchange program",
        ],
    ),
    (
        "visa-free-exchanges",
        "ru",
        &[
            "безвизовые обмены",
            "безвизовых обменов",
            "безвизовым обменам",
            "безвизовыми обменами",
            "безвизовых обменах",
            "безвизовый обмен",
            "безвизового обмена",
            "безвизовому обмену",
            "безвизовым обменом",
            "безвизовом обмене",
        ],
    ),
    (
        "visa-free-exchanges",
        "ru",
        &[
            "безвизовые поездки",
            "безвизовых поездок",
            "безвизовым поездкам",
            "безвизовыми поездками",
            "безвизовых поездках",
            "безвизовая поездка",
            "безвизовой поездки",
            "безвизовую поездку",
            "безвизовой поездкой",
        ],
    ),
    (
        "visa-free-exchanges",
        "ja",
        &[
            "ビザなし交流",
            "ビザ無し交流",
            "ﾋﾞｻﾞなし交流",
            "四島交流",
            "北方四島交流",
        ],
    ),
    (
        "visa-free-exchanges",
        "tr",
        &[
            "vizesiz değişim",
            "vizesiz değişimin",
            "vizesiz değişimi",
            "vizesiz değişime",
            "vizesiz değişimde",
            "vizesiz değişimden",
            "vizesiz değişimler",
            "vizesiz değişimlerin",
        ],
    ),
    (
        "visa-free-exchanges",
        "tr",
        &[
            "vizesiz ziyaret",
            "vizesiz ziyaretin",
            "vizesiz ziyareti",
            "vizesiz ziyarete",
            "vizesiz ziyarette",
            "vizesiz ziyaretten",
            "vizesiz ziyaretler",
        ],
    ),
    // -------------------------------------------------------------- ultimatum
    (
        "ultimatum",
        "en",
        &["ultimatum", "ultimatums", "ultimatum's", "ultimata"],
    ),
    (
        "ultimatum",
        "ru",
        &[
            "ультиматум",
            "ультиматума",
            "ультиматуму",
            "ультиматумом",
            "ультиматуме",
            "ультиматумы",
            "ультиматумов",
            "ультиматумам",
            "ультиматумами",
            "ультиматумах",
        ],
    ),
    ("ultimatum", "ja", &["最後通告", "最後通牒"]),
    (
        "ultimatum",
        "tr",
        &[
            "ültimatom",
            "ültimatomun",
            "ültimatomu",
            "ültimatoma",
            "ültimatomda",
            "ültimatomdan",
            "ültimatomlar",
            "ültimatum",
            "ültimatumun",
            "ültimatuma",
            "ültimatumda",
        ],
    ),
    // ----------------------------------------------------------- precondition
    (
        "precondition",
        "en",
        &[
            "precondition",
            "preconditions",
            "precondition's",
            "pre-condition",
            "pre-conditions",
        ],
    ),
    (
        "precondition",
        "ru",
        &[
            "предварительное условие",
            "предварительного условия",
            "предварительному условию",
            "предварительным условием",
            "предварительном условии",
            "предварительные условия",
            "предварительных условий",
            "предварительным условиям",
            "предварительными условиями",
            "предварительных условиях",
        ],
    ),
    (
        "precondition",
        "ru",
        &[
            "предусловие",
            "предусловия",
            "предусловию",
            "предусловием",
            "предусловии",
            "предусловий",
            "предусловиям",
            "предусловиями",
            "предусловиях",
        ],
    ),
    ("precondition", "ja", &["前提条件"]),
    (
        "precondition",
        "tr",
        &[
            "ön koşul",
            "ön koşulun",
            "ön koşulu",
            "ön koşula",
            "ön koşulda",
            "ön koşuldan",
            "ön koşullar",
            "ön koşulların",
            "önkoşul",
            "önkoşullar",
        ],
    ),
    (
        "precondition",
        "tr",
        &[
            "ön şart",
            "ön şartın",
            "ön şartı",
            "ön şarta",
            "ön şartta",
            "ön şarttan",
            "ön şartlar",
            "önşart",
        ],
    ),
    // --------------------------------------------------------------- sanctions
    (
        "sanctions",
        "en",
        &["sanctions", "sanction", "sanctions'", "sanction's"],
    ),
    (
        "sanctions",
        "ru",
        &[
            "санкции",
            "санкций",
            "санкциям",
            "санкциями",
            "санкциях",
            "санкция",
            "санкцию",
            "санкцией",
        ],
    ),
    (
        "sanctions",
        "ru",
        &[
            "ограничительные меры",
            "ограничительных мер",
            "ограничительным мерам",
            "ограничительными мерами",
            "ограничительных мерах",
        ],
    ),
    ("sanctions", "ja", &["制裁", "制裁措置"]),
    (
        "sanctions",
        "tr",
        &[
            "yaptırım",
            "yaptırımın",
            "yaptırımı",
            "yaptırıma",
            "yaptırımda",
            "yaptırımdan",
            "yaptırımlar",
            "yaptırımların",
            "yaptırımları",
            "yaptırımlara",
            "yaptırımlarda",
            "yaptırımlardan",
            "yaptırımlarımız",
        ],
    ),
    (
        "sanctions",
        "tr",
        &[
            "müeyyide",
            "müeyyidenin",
            "müeyyideyi",
            "müeyyideye",
            "müeyyidede",
            "müeyyideden",
            "müeyyideler",
        ],
    ),
    // ------------------------------------------------------------------ G7/G20
    ("g7", "en", &["G7", "G7's", "G-7", "Group of Seven"]),
    (
        "g7",
        "ru",
        &[
            "G7",
            "G-7",
            "Группа семи",
            "Группы семи",
            "Группе семи",
            "Группу семи",
            "Группой семи",
            "Большая семёрка",
            "Большой семёрки",
            "Большой семерке",
            "Большую семёрку",
            "Большой семёркой",
        ],
    ),
    (
        "g7",
        "ja",
        &[
            "G7",
            "Ｇ７",
            "主要7カ国",
            "主要７カ国",
            "主要7か国",
            "先進7カ国",
        ],
    ),
    (
        "g7",
        "tr",
        &[
            "G7",
            "G7'nin",
            "G7'yi",
            "G7'ye",
            "G7'de",
            "G7'den",
            "G-7",
            "Yediler Grubu",
            "Yediler Grubu'nun",
            "Yediler Grubunun",
            "Yediler Grubu'na",
        ],
    ),
    ("g20", "en", &["G20", "G20's", "G-20", "Group of Twenty"]),
    (
        "g20",
        "ru",
        &[
            "G20",
            "G-20",
            "Группа двадцати",
            "Группы двадцати",
            "Группой двадцати",
            "Большая двадцатка",
            "Большой двадцатки",
            "Большую двадцатку",
        ],
    ),
    (
        "g20",
        "ja",
        &["G20", "Ｇ２０", "主要20カ国・地域", "主要２０カ国・地域"],
    ),
    (
        "g20",
        "tr",
        &[
            "G20",
            "G20'nin",
            "G20'yi",
            "G20'ye",
            "G20'de",
            "G20'den",
            "G-20",
            "Yirmiler Grubu",
            "Yirmiler Grubu'nun",
        ],
    ),
    // -------------------------------------------------------- security council
    (
        "security-council",
        "en",
        &[
            "Security Council",
            "Security Council's",
            "UN Security Council",
        ],
    ),
    (
        "security-council",
        "ru",
        &[
            "Совет Безопасности",
            "Совета Безопасности",
            "Совету Безопасности",
            "Советом Безопасности",
            "Совете Безопасности",
            "Совет Безопасности ООН",
            "Совбез",
            "Совбеза",
            "Совбезу",
            "Совбезом",
            "Совбезе",
            "СБ ООН",
        ],
    ),
    (
        "security-council",
        "ja",
        &[
            "安全保障理事会",
            "国連安全保障理事会",
            "安保理",
            "国連安保理",
        ],
    ),
    (
        "security-council",
        "tr",
        &[
            "Güvenlik Konseyi",
            "Güvenlik Konseyi'nin",
            "Güvenlik Konseyinin",
            "Güvenlik Konseyi'ni",
            "Güvenlik Konseyi'ne",
            "Güvenlik Konseyi'nde",
            "Güvenlik Konseyi'nden",
            "Emniyet Konseyi",
            "Emniyet Konseyi'nin",
        ],
    ),
    // --------------------------------------------------------- foreign minister
    (
        "foreign-minister",
        "en",
        &[
            "foreign minister",
            "foreign ministers",
            "foreign minister's",
            "Foreign Minister",
            "top diplomat",
            "top diplomats",
            "top diplomat's",
        ],
    ),
    (
        "foreign-minister",
        "ru",
        &[
            "министр иностранных дел",
            "министра иностранных дел",
            "министру иностранных дел",
            "министром иностранных дел",
            "министре иностранных дел",
            "министры иностранных дел",
            "министров иностранных дел",
            "министрам иностранных дел",
            "министрами иностранных дел",
            "министрах иностранных дел",
        ],
    ),
    (
        "foreign-minister",
        "ru",
        &[
            "глава МИД",
            "главы МИД",
            "главе МИД",
            "главу МИД",
            "главой МИД",
            "Глава МИД",
        ],
    ),
    ("foreign-minister", "ja", &["外相", "外務大臣"]),
    (
        "foreign-minister",
        "tr",
        &[
            "dışişleri bakanı",
            "dışişleri bakanının",
            "dışişleri bakanını",
            "dışişleri bakanına",
            "dışişleri bakanında",
            "dışişleri bakanından",
            "dışişleri bakanları",
            "dışişleri bakanlarının",
            "dışişleri bakanımız",
            "dışişleri bakanımızın",
            "Dışişleri Bakanı",
        ],
    ),
    (
        "foreign-minister",
        "tr",
        &[
            "dış işleri bakanı",
            "dış işleri bakanının",
            "hariciye nazırı",
            "hariciye nazırının",
        ],
    ),
    // ----------------------------------------------------------- foreign ministry
    (
        "ministry-of-foreign-affairs",
        "en",
        &[
            "Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs'",
            "Ministries of Foreign Affairs",
            "Foreign Ministry",
            "Foreign Ministry's",
            "Foreign Ministries",
        ],
    ),
    (
        "ministry-of-foreign-affairs",
        "ru",
        &[
            "Министерство иностранных дел",
            "Министерства иностранных дел",
            "Министерству иностранных дел",
            "Министерством иностранных дел",
            "Министерстве иностранных дел",
            "МИД",
        ],
    ),
    ("ministry-of-foreign-affairs", "ja", &["外務省"]),
    (
        "ministry-of-foreign-affairs",
        "tr",
        &[
            "Dışişleri Bakanlığı",
            "Dışişleri Bakanlığı'nın",
            "Dışişleri Bakanlığının",
            "Dışişleri Bakanlığı'nı",
            "Dışişleri Bakanlığı'na",
            "Dışişleri Bakanlığı'nda",
            "Dışişleri Bakanlığı'ndan",
            "Hariciye",
            "Hariciye'nin",
            "Hariciye'ye",
            "Hariciye Nezareti",
            "Hariciye Nezareti'nin",
        ],
    ),
    // ------------------------------------------------------------ soviet union
    (
        "soviet-union",
        "en",
        &[
            "Soviet Union",
            "Soviet Union's",
            "USSR",
            "USSR's",
            "U.S.S.R.",
        ],
    ),
    (
        "soviet-union",
        "ru",
        &[
            "Советский Союз",
            "Советского Союза",
            "Советскому Союзу",
            "Советским Союзом",
            "Советском Союзе",
            "СССР",
        ],
    ),
    (
        "soviet-union",
        "ja",
        &["ソ連", "ｿ連", "ソビエト連邦", "ソヴィエト連邦"],
    ),
    (
        "soviet-union",
        "tr",
        &[
            "Sovyetler Birliği",
            "Sovyetler Birliği'nin",
            "Sovyetler Birliğinin",
            "Sovyetler Birliği'ni",
            "Sovyetler Birliği'ne",
            "Sovyetler Birliği'nde",
            "Sovyetler Birliği'nden",
            "SSCB",
            "SSCB'nin",
            "SSCB'yi",
            "SSCB'ye",
            "SSCB'de",
            "SSCB'den",
        ],
    ),
    // ------------------------------------------------------------ world war II
    (
        "world-war-ii",
        "en",
        &[
            "World War II",
            "World War II's",
            "World War Two",
            "Second World War",
            "Second World War's",
        ],
    ),
    (
        "world-war-ii",
        "ru",
        &[
            "Вторая мировая война",
            "Второй мировой войны",
            "Второй мировой войне",
            "Вторую мировую войну",
            "Второй мировой войной",
        ],
    ),
    (
        "world-war-ii",
        "ru",
        &[
            "Великая Отечественная война",
            "Великой Отечественной войны",
            "Великую Отечественную войну",
            "Великой Отечественной войне",
        ],
    ),
    (
        "world-war-ii",
        "ja",
        &[
            "第二次世界大戦",
            "第2次世界大戦",
            "第２次世界大戦",
            "太平洋戦争",
            "大東亜戦争",
        ],
    ),
    (
        "world-war-ii",
        "tr",
        &[
            "İkinci Dünya Savaşı",
            "İkinci Dünya Savaşı'nın",
            "İkinci Dünya Savaşının",
            "İkinci Dünya Savaşı'nı",
            "İkinci Dünya Savaşı'na",
            "İkinci Dünya Savaşı'nda",
            "İkinci Dünya Savaşı'ndan",
            "II. Dünya Savaşı",
            "II. Dünya Savaşı'nda",
            "İkinci Cihan Harbi",
            "İkinci Cihan Harbi'nin",
        ],
    ),
];

fn shipped() -> Option<Glossary> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../glossaries/russia-japan.toml");
    let text = std::fs::read_to_string(path).ok()?;
    Some(from_toml_str(&text).expect("the shipped glossary is valid"))
}

/// The form inside a sentence of its language.
fn sentence(lang: &str, form: &str) -> String {
    match lang {
        "ru" => format!("Как сообщается, {form} — тема дня."),
        "tr" => format!("Haberlere göre {form} gündemde."),
        "ja" => format!("報道では{form}について議論した。"),
        _ => format!("Reportedly, {form} was discussed."),
    }
}

#[test]
fn every_term_matches_all_its_forms() {
    let Some(glossary) = shipped() else {
        return;
    };
    let mut failures = Vec::new();
    for lang in ["en", "ru", "ja", "tr"] {
        let matcher = Matcher::new(&glossary, &Lang::parse(lang).expect("tag")).expect("matcher");
        for (concept, _, forms) in TABLE.iter().filter(|row| row.1 == lang) {
            for form in *forms {
                let text = sentence(lang, form);
                let start = text.find(form).expect("form in sentence");
                // A trailing apostrophe or period is punctuation, not part of the word.
                let expected = form.trim_end_matches(['\'', '.']);
                let found = matcher.find_all(&text).into_iter().any(|m| {
                    glossary.concepts[m.concept].id == *concept
                        && m.range.start == start
                        && &text[m.range.clone()] == expected
                });
                if !found {
                    failures.push(format!("{lang} {concept}: {form}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} forms not found:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_term_of_the_glossary_is_in_the_table() {
    let Some(glossary) = shipped() else {
        return;
    };
    let mut missing = Vec::new();
    for concept in &glossary.concepts {
        for term in &concept.terms {
            let listed = TABLE.iter().any(|(id, lang, forms)| {
                *id == concept.id
                    && *lang == term.lang
                    && forms
                        .iter()
                        .any(|f| f.to_lowercase() == term.text.to_lowercase())
            });
            if !listed {
                missing.push(format!("{} {} {}", concept.id, term.lang, term.text));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "terms without a row:\n{}",
        missing.join("\n")
    );
}

#[test]
fn case_sensitive_terms_keep_their_capitals() {
    let Some(glossary) = shipped() else {
        return;
    };
    let ru = Matcher::new(&glossary, &Lang::parse("ru").expect("tag")).expect("matcher");
    let text = "глава мид";
    assert!(
        ru.find_all(text)
            .iter()
            .all(|m| glossary.concepts[m.concept].id != "foreign-minister")
    );
}
