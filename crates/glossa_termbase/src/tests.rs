use glossa_glossary::{Concept, Glossary, MatchMode, Status, Style, Term};
use rusqlite::Connection;
use tempfile::TempDir;

use super::*;

fn term(lang: &str, text: &str, status: Status) -> Term {
    Term::new(lang, text, status)
}

fn concept(id: &str, terms: Vec<Term>) -> Concept {
    Concept {
        id: id.into(),
        terms,
        ..Concept::default()
    }
}

/// Every model field set somewhere, four languages.
fn rich() -> Glossary {
    let mut hoppo = term("ja", "北方領土", Status::Preferred);
    hoppo.framing = Some("japanese".into());
    hoppo.forms = vec!["北方四島".into(), "ほっぽうりょうど".into()];
    hoppo.line = 12;
    let mut territories = term("ru", "Северные территории", Status::Admitted);
    territories.mention_only = true;
    territories.framing = Some("japanese".into());
    territories.note = Some("Только в кавычках.".into());
    let mut kurils = term("ru", "Южные Курилы", Status::Preferred);
    kurils.forms = vec!["Южных Курил".into(), "Южным Курилам".into()];
    kurils.pos = Some("proper-noun".into());
    kurils.case_sensitive = true;
    let mut regex = term("en", r"Kuril(e|s)? Islands", Status::Admitted);
    regex.match_mode = MatchMode::Regex;
    let mut exact = term("en", "2+2", Status::Admitted);
    exact.match_mode = MatchMode::Exact;
    let mut forbidden = term("ru", "мирный пакт", Status::Forbidden);
    forbidden.note = Some("Не термин.".into());
    let islands = Concept {
        id: "southern-kurils".into(),
        domain: Some("territory".into()),
        definition: Some("Four islands south of Urup.".into()),
        note: Some("Choose the framing with --style.".into()),
        related: vec!["peace-treaty".into(), "elsewhere".into()],
        terms: vec![
            term("en", "Southern Kurils", Status::Preferred),
            regex,
            kurils,
            territories,
            hoppo,
            term("tr", "Güney Kuriller", Status::Preferred),
            term("tr", "Kuril Adaları", Status::Deprecated),
        ],
        line: 7,
    };
    let treaty = concept(
        "peace-treaty",
        vec![
            term("en", "peace treaty", Status::Preferred),
            exact,
            term("ru", "мирный договор", Status::Preferred),
            forbidden,
            term("ja", "平和条約", Status::Preferred),
            term("tr", "barış antlaşması", Status::Preferred),
        ],
    );
    let iraq = concept(
        "iraq",
        vec![
            term("en", "Iraq", Status::Preferred),
            term("tr", "Irak", Status::Preferred),
            term("ru", "Ирак", Status::Preferred),
            term("ja", "イラク", Status::Preferred),
        ],
    );
    let istanbul = concept(
        "istanbul",
        vec![
            term("en", "Istanbul", Status::Preferred),
            term("tr", "İstanbul", Status::Preferred),
            term("ru", "Стамбул", Status::Preferred),
            term("ja", "イスタンブール", Status::Preferred),
        ],
    );
    let tree = concept(
        "spruce",
        vec![
            term("ru", "ёлка", Status::Preferred),
            term("ja", "モミ", Status::Preferred),
        ],
    );
    Glossary {
        id: "russia-japan".into(),
        title: "Russia and Japan".into(),
        languages: vec!["en".into(), "ru".into(), "ja".into(), "tr".into()],
        source_language: Some("en".into()),
        default_style: Some("ru-usage".into()),
        styles: vec![
            Style {
                id: "ru-usage".into(),
                description: "Russian usage".into(),
                framing: "russian".into(),
            },
            Style {
                id: "ja-usage".into(),
                description: String::new(),
                framing: "japanese".into(),
            },
        ],
        concepts: vec![islands, treaty, iraq, istanbul, tree],
    }
}

fn open(dir: &TempDir) -> Termbase {
    Termbase::open(&dir.path().join("terms.db")).unwrap()
}

/// Checks that the full-text index matches the term table.
fn assert_index_consistent(tb: &Termbase) {
    tb.conn
        .execute(
            "INSERT INTO term_fts(term_fts, rank) VALUES ('integrity-check', 1)",
            [],
        )
        .unwrap();
}

fn ids(rows: &[ListedTerm]) -> Vec<&str> {
    let mut v: Vec<&str> = rows.iter().map(|r| r.concept.as_str()).collect();
    v.dedup();
    v
}

#[test]
fn import_then_load_is_lossless() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    let g = rich();
    let stats = tb.import(&g, ImportMode::Merge).unwrap();
    assert_eq!(
        stats,
        ImportStats {
            added: 5,
            replaced: 0,
            terms: 23
        }
    );
    assert_eq!(tb.load().unwrap(), g);
    drop(tb);
    // Persisted, and in WAL mode.
    let tb = open(&dir);
    assert_eq!(tb.load().unwrap(), g);
    let mode: String = tb
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn empty_termbase_loads_empty() {
    let dir = TempDir::new().unwrap();
    let tb = open(&dir);
    assert_eq!(tb.load().unwrap(), Glossary::default());
    assert!(tb.list().unwrap().is_empty());
    assert!(tb.lookup("мир").unwrap().is_empty());
}

#[test]
fn merge_replaces_concepts_whole_and_keeps_the_rest() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    tb.import(&rich(), ImportMode::Merge).unwrap();
    let update = Glossary {
        languages: vec!["en".into(), "ru".into(), "de".into()],
        styles: vec![Style {
            id: "ja-usage".into(),
            description: "Japanese usage".into(),
            framing: "japanese".into(),
        }],
        concepts: vec![
            concept(
                "peace-treaty",
                vec![term("de", "Friedensvertrag", Status::Preferred)],
            ),
            concept("g7", vec![term("en", "G7", Status::Preferred)]),
        ],
        ..Glossary::default()
    };
    let stats = tb.import(&update, ImportMode::Merge).unwrap();
    assert_eq!((stats.added, stats.replaced, stats.terms), (1, 1, 2));
    let g = tb.load().unwrap();
    // Header kept where the update sets nothing; languages united.
    assert_eq!(g.id, "russia-japan");
    assert_eq!(g.languages, ["en", "ru", "ja", "tr", "de"]);
    assert_eq!(g.styles[1].description, "Japanese usage");
    let order: Vec<&str> = g.concepts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        order,
        [
            "southern-kurils",
            "peace-treaty",
            "iraq",
            "istanbul",
            "spruce",
            "g7"
        ]
    );
    // Replaced whole: the old Russian terms are gone.
    assert_eq!(
        g.concepts[1].terms,
        [term("de", "Friedensvertrag", Status::Preferred)]
    );
    assert!(tb.lookup("договор").unwrap().is_empty());
    assert_eq!(ids(&tb.lookup("friedens").unwrap()), ["peace-treaty"]);
    assert_index_consistent(&tb);

    let stats = tb.import(&update, ImportMode::Replace).unwrap();
    assert_eq!((stats.added, stats.replaced), (2, 0));
    let g = tb.load().unwrap();
    assert_eq!(g, update);
    assert!(tb.lookup("Курил").unwrap().is_empty());
    assert_index_consistent(&tb);
}

#[test]
fn failed_import_leaves_the_termbase_as_it_was() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    tb.import(&rich(), ImportMode::Merge).unwrap();
    let before = tb.load().unwrap();
    // The second concept breaks a CHECK constraint (empty term) after the
    // first one has been written; Replace has already emptied the tables.
    let bad = Glossary {
        id: "other".into(),
        concepts: vec![
            concept("ok", vec![term("en", "fine", Status::Preferred)]),
            concept("broken", vec![term("ru", "  ", Status::Preferred)]),
            concept("never", vec![term("ja", "未着", Status::Preferred)]),
        ],
        ..Glossary::default()
    };
    let mut seen = Vec::new();
    for mode in [ImportMode::Replace, ImportMode::Merge] {
        seen.clear();
        let err = tb
            .import_with_progress(&bad, mode, &mut |n| seen.push(n))
            .unwrap_err();
        assert!(
            matches!(&err, TermbaseError::Concept { id, .. } if id == "broken"),
            "{err}"
        );
        assert!(err.to_string().contains("CHECK constraint failed"), "{err}");
        assert_eq!(seen, [1]);
        assert_eq!(tb.load().unwrap(), before);
        assert!(tb.lookup("fine").unwrap().is_empty());
    }
    // Duplicate ids are refused before anything is written.
    let dup = Glossary {
        concepts: vec![concept("a", vec![]), concept("a", vec![])],
        ..Glossary::default()
    };
    let err = tb.import(&dup, ImportMode::Replace).unwrap_err();
    assert!(matches!(err, TermbaseError::DuplicateConcept(id) if id == "a"));
    assert_eq!(tb.load().unwrap(), before);
}

#[test]
fn load_orders_terms_by_position_whatever_the_row_order() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    let g = rich();
    tb.import(&g, ImportMode::Merge).unwrap();
    // Row ids no longer follow positions in this concept.
    tb.conn
        .execute(
            "UPDATE term SET pos = -pos WHERE concept_seq =
                 (SELECT seq FROM concept WHERE id = 'southern-kurils')",
            [],
        )
        .unwrap();
    let back = tb.load().unwrap();
    let mut expected = g.concepts[0].terms.clone();
    expected.reverse();
    assert_eq!(back.concepts[0].terms, expected);
    assert_eq!(back.concepts[1..], g.concepts[1..]);
}

#[test]
fn an_import_in_flight_is_invisible_and_an_interrupted_one_leaves_nothing() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("terms.db");
    let mut tb = Termbase::open(&path).unwrap();
    tb.import(&rich(), ImportMode::Merge).unwrap();
    let before = tb.load().unwrap();
    let next = Glossary {
        concepts: (0..5)
            .map(|i| {
                concept(
                    &format!("new-{i}"),
                    vec![term("ja", "新語", Status::Preferred)],
                )
            })
            .collect(),
        ..Glossary::default()
    };
    // Another process reading mid-import sees the old termbase (WAL).
    let mut seen_by_reader = None;
    tb.import_with_progress(&next, ImportMode::Replace, &mut |n| {
        if n == 3 {
            let reader = Termbase::open(&path).unwrap();
            seen_by_reader = Some(reader.load().unwrap());
        }
    })
    .unwrap();
    assert_eq!(seen_by_reader.as_ref(), Some(&before));
    assert_eq!(tb.load().unwrap(), next);

    // An import that stops half-way (here: a panic in the progress
    // callback) is rolled back.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        tb.import_with_progress(&rich(), ImportMode::Replace, &mut |n| {
            assert!(n < 3, "interrupted");
        })
    }));
    assert!(result.is_err());
    assert_eq!(tb.load().unwrap(), next);
    assert_eq!(Termbase::open(&path).unwrap().load().unwrap(), next);
}

#[test]
fn progress_counts_concepts() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    let mut seen = Vec::new();
    tb.import_with_progress(&rich(), ImportMode::Merge, &mut |n| seen.push(n))
        .unwrap();
    assert_eq!(seen, [1, 2, 3, 4, 5]);
}

#[test]
fn list_is_sorted_and_formatted() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    tb.import(&rich(), ImportMode::Merge).unwrap();
    let lines: Vec<String> = tb.list().unwrap().iter().map(format_list_line).collect();
    assert_eq!(lines.len(), 23);
    assert_eq!(lines[0], "iraq\ten\tpreferred\tIraq");
    let kurils: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("southern-kurils\tru"))
        .collect();
    assert_eq!(
        kurils,
        [
            "southern-kurils\tru\tadmitted+mention-only\tСеверные территории",
            "southern-kurils\tru\tpreferred\tЮжные Курилы",
        ]
    );
    let mut sorted = lines.clone();
    sorted.sort_by(|a, b| {
        let key = |s: &str| {
            let f: Vec<String> = s.split('\t').map(str::to_string).collect();
            (f[0].clone(), f[1].clone(), f[3].clone())
        };
        key(a).cmp(&key(b))
    });
    assert_eq!(lines, sorted);
}

#[test]
fn lookup_short_and_long_queries_in_every_language() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    tb.import(&rich(), ImportMode::Merge).unwrap();
    let found = |q: &str| {
        let rows = tb.lookup(q).unwrap();
        ids(&rows)
            .into_iter()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    // Japanese: one and two characters (below the trigram size), and more.
    assert_eq!(found("平和"), ["peace-treaty"]);
    assert_eq!(found("和"), ["peace-treaty"]);
    assert_eq!(found("領"), ["southern-kurils"]);
    assert_eq!(found("イ"), ["iraq", "istanbul"]);
    assert_eq!(found("ｲﾗｸ"), ["iraq"]);
    // Russian, case-folded, ё as е.
    assert_eq!(found("ми"), ["peace-treaty"]);
    assert_eq!(found("Ёл"), ["spruce"]);
    assert_eq!(found("ЕЛКА"), ["spruce"]);
    assert_eq!(found("ДОГОВОР"), ["peace-treaty"]);
    assert_eq!(found("курил"), ["southern-kurils"]);
    // Turkish dotted and dotless i.
    // `Irak` folds to `ırak` in Turkish; English `Iraq` has no `ı`.
    assert_eq!(found("ı"), ["iraq", "peace-treaty", "southern-kurils"]);
    assert_eq!(found("İs"), ["istanbul", "southern-kurils"]);
    assert!(found("ıs").is_empty());
    assert_eq!(found("IRAK"), ["iraq"]);
    assert_eq!(found("ış"), ["peace-treaty"]);
    assert_eq!(found("BARIŞ"), ["peace-treaty"]);
    // English; the Turkic rule does not apply to English terms.
    assert_eq!(found("IRAQ"), ["iraq"]);
    assert_eq!(found("2+"), ["peace-treaty"]);
    assert_eq!(found("treaty"), ["peace-treaty"]);
    assert!(found("xyz").is_empty());
    // FTS5 query syntax in the query is taken literally.
    assert!(found("2+2\" OR \"peace").is_empty());
    assert!(found("NEAR(мир").is_empty());
    assert_eq!(found("\"2"), Vec::<String>::new());
    assert!(found("").is_empty());
    // Every term of a matching concept is returned.
    let rows = tb.lookup("平和").unwrap();
    assert_eq!(rows.len(), 6);
    assert!(
        rows.iter()
            .any(|r| r.term == "мирный пакт" && r.status == Status::Forbidden)
    );
}

#[test]
fn remove_deletes_a_concept_and_its_index_entries() {
    let dir = TempDir::new().unwrap();
    let mut tb = open(&dir);
    tb.import(&rich(), ImportMode::Merge).unwrap();
    assert!(tb.remove("peace-treaty").unwrap());
    assert!(!tb.remove("peace-treaty").unwrap());
    assert!(tb.lookup("平和").unwrap().is_empty());
    assert!(tb.lookup("договор").unwrap().is_empty());
    assert_eq!(tb.load().unwrap().concepts.len(), 4);
    tb.conn
        .execute(
            "INSERT INTO term_fts(term_fts, rank) VALUES ('integrity-check', 1)",
            [],
        )
        .unwrap();
}

/// A termbase as schema version 1 wrote it (no full-text index).
const V1_DATA: &str = "
INSERT INTO meta(key, value) VALUES ('id', 'old'), ('title', 'Written by v1'),
    ('languages', 'en' || char(10) || 'ru' || char(10) || 'ja' || char(10) || 'tr'),
    ('default_style', 'ru-usage');
INSERT INTO style(seq, id, description, framing) VALUES (1, 'ru-usage', 'Russian usage', 'russian');
INSERT INTO concept(seq, id, domain, definition, note, line)
    VALUES (1, 'peace-treaty', 'diplomacy', NULL, 'A note.', 3);
INSERT INTO related(concept_seq, pos, target) VALUES (1, 0, 'kurils');
INSERT INTO term(id, concept_seq, pos, lang, text, status, mention_only, part_of_speech,
                 case_sensitive, match_mode, framing, note, line, folded) VALUES
    (1, 1, 0, 'en', 'peace treaty', 'preferred', 0, 'noun', 0, 'morph', NULL, NULL, 4, 'peace treaty'),
    (2, 1, 1, 'ru', 'мирный договор', 'preferred', 0, NULL, 0, 'morph', NULL, NULL, 5, 'мирный договор'),
    (3, 1, 2, 'ja', '平和条約', 'preferred', 0, NULL, 1, 'exact', NULL, NULL, 6, '平和条約'),
    (4, 1, 3, 'tr', 'barış antlaşması', 'preferred', 0, NULL, 0, 'morph', NULL, NULL, 7, 'barış antlaşması'),
    (5, 1, 4, 'ru', 'мирный пакт', 'forbidden', 1, NULL, 0, 'morph', 'soviet', 'Нет.', 8, 'мирный пакт');
INSERT INTO term_form(term_id, pos, form) VALUES (2, 0, 'мирного договора'), (2, 1, 'мирному договору');
";

fn v1_expected() -> Glossary {
    let mut en = term("en", "peace treaty", Status::Preferred);
    en.pos = Some("noun".into());
    en.line = 4;
    let mut ru = term("ru", "мирный договор", Status::Preferred);
    ru.forms = vec!["мирного договора".into(), "мирному договору".into()];
    ru.line = 5;
    let mut ja = term("ja", "平和条約", Status::Preferred);
    ja.case_sensitive = true;
    ja.match_mode = MatchMode::Exact;
    ja.line = 6;
    let mut tr = term("tr", "barış antlaşması", Status::Preferred);
    tr.line = 7;
    let mut pact = term("ru", "мирный пакт", Status::Forbidden);
    pact.mention_only = true;
    pact.framing = Some("soviet".into());
    pact.note = Some("Нет.".into());
    pact.line = 8;
    Glossary {
        id: "old".into(),
        title: "Written by v1".into(),
        languages: vec!["en".into(), "ru".into(), "ja".into(), "tr".into()],
        source_language: None,
        default_style: Some("ru-usage".into()),
        styles: vec![Style {
            id: "ru-usage".into(),
            description: "Russian usage".into(),
            framing: "russian".into(),
        }],
        concepts: vec![Concept {
            id: "peace-treaty".into(),
            domain: Some("diplomacy".into()),
            definition: None,
            note: Some("A note.".into()),
            related: vec!["kurils".into()],
            terms: vec![en, ru, ja, tr, pact],
            line: 3,
        }],
    }
}

#[test]
fn migrates_a_version_1_termbase() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        schema::migrate_to(&mut conn, 1).unwrap();
        conn.execute_batch(V1_DATA).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1);
        let fts: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'term_fts'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(fts, 0);
    }
    let mut tb = Termbase::open(&path).unwrap();
    let v: i64 = tb
        .conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    assert_eq!(tb.load().unwrap(), v1_expected());
    // The index built by the migration serves long queries.
    assert!(tb.lookup("антлаш").unwrap().is_empty());
    assert_eq!(ids(&tb.lookup("antlaşma").unwrap()), ["peace-treaty"]);
    assert_eq!(ids(&tb.lookup("ДОГОВОР").unwrap()), ["peace-treaty"]);
    assert_eq!(ids(&tb.lookup("平和").unwrap()), ["peace-treaty"]);
    // And the migrated file takes new imports.
    tb.import(&rich(), ImportMode::Merge).unwrap();
    assert_eq!(tb.load().unwrap().concepts.len(), 5);
    assert_eq!(ids(&tb.lookup("пакт").unwrap()), ["peace-treaty"]);
}

#[test]
fn refuses_a_newer_schema() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("new.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let err = Termbase::open(&path).unwrap_err();
    assert!(matches!(
        err,
        TermbaseError::NewerSchema { found, supported }
            if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION
    ));
    assert!(err.to_string().contains("newer"));
}

#[test]
fn refuses_a_file_that_is_not_a_database() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("glossary.toml");
    std::fs::write(&path, "id = \"not sqlite\"\n".repeat(100)).unwrap();
    assert!(matches!(
        Termbase::open(&path),
        Err(TermbaseError::Sqlite(_))
    ));
}
