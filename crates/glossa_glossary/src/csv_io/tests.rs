use super::*;
use crate::model::{Glossary, MatchMode, Status};
use crate::tbx::tests::{rich_glossary, without_lines};

/// What the wide layout keeps of a glossary: no header fields besides the
/// languages, terms grouped by language in column order.
fn csv_view(g: &Glossary) -> Glossary {
    let mut out = without_lines(g.clone());
    out.id.clear();
    out.title.clear();
    out.source_language = None;
    out.default_style = None;
    out.styles.clear();
    for c in &mut out.concepts {
        let langs = g.languages.clone();
        c.terms.sort_by_key(|t| {
            langs
                .iter()
                .position(|l| *l == t.lang)
                .unwrap_or(usize::MAX)
        });
    }
    out
}

#[test]
fn wide_round_trip_keeps_every_concept_and_term_field() {
    let g = rich_glossary();
    for delimiter in [b',', b'\t', b';'] {
        let text = to_csv_string(&g, delimiter);
        let back = from_csv_str(&text, delimiter).unwrap();
        assert_eq!(
            without_lines(back.clone()),
            csv_view(&g),
            "delimiter {delimiter}"
        );
        assert_eq!(to_csv_string(&back, delimiter), text);
    }
}

#[test]
fn wide_layout_is_exactly_as_documented() {
    let g = rich_glossary();
    let text = to_csv_string(&g, b',');
    let header = text.lines().next().unwrap();
    assert_eq!(
        header,
        "id,domain,definition,note,related,en,en-status,en-note,ru,ru-status,ru-forms,ru-note,\
         ja,ja-status,ja-forms,tr,tr-status,tr-forms"
    );
    let tsv = to_csv_string(&g, b'\t');
    let treaty = tsv.lines().nth(2).unwrap();
    let cells: Vec<&str> = treaty.split('\t').collect();
    assert_eq!(cells[0], "peace-treaty");
    assert_eq!(cells[5], r"peace treaty|peace (treaty\\|agreement)s?|2+2");
    assert_eq!(
        cells[6],
        "preferred|admitted+regex|admitted+exact+pos=phrase"
    );
    assert_eq!(cells[8], "мирный договор|мирный пакт");
    assert_eq!(cells[9], "preferred|forbidden");
    let kurils = tsv.lines().nth(1).unwrap();
    let cells: Vec<&str> = kurils.split('\t').collect();
    assert_eq!(cells[3], r"Pick the framing with --style.\nNever mix them.");
    assert_eq!(cells[4], "peace-treaty|outside-concept");
    assert_eq!(
        cells[6],
        "preferred+case-sensitive+framing=russian+pos=noun|admitted+mention-only+framing=japanese"
    );
}

#[test]
fn wide_reads_a_hand_written_sheet() {
    let text = "\u{feff}id,domain,en,en-status,ru,ja,tr\n\
                treaty,diplomacy,peace treaty,,мирный договор|мирное соглашение,平和条約,barış antlaşması\n\
                \n\
                kurils,territory,\"Kurils, southern\",preferred,Курилы,,\n";
    let g = from_csv_str(text, b',').unwrap();
    assert_eq!(g.languages, ["en", "ru", "ja", "tr"]);
    assert_eq!(g.concepts.len(), 2);
    let t = &g.concepts[0];
    assert_eq!(t.line, 2);
    assert_eq!(t.domain.as_deref(), Some("diplomacy"));
    let got: Vec<(&str, &str, Status)> = t
        .terms
        .iter()
        .map(|x| (x.lang.as_str(), x.text.as_str(), x.status))
        .collect();
    assert_eq!(
        got,
        [
            ("en", "peace treaty", Status::Preferred),
            ("ru", "мирный договор", Status::Preferred),
            ("ru", "мирное соглашение", Status::Admitted),
            ("ja", "平和条約", Status::Preferred),
            ("tr", "barış antlaşması", Status::Preferred),
        ]
    );
    let k = &g.concepts[1];
    assert_eq!(k.line, 4);
    assert_eq!(k.terms[0].text, "Kurils, southern");
    assert_eq!(k.terms.len(), 2);
}

#[test]
fn long_layout_reads_list_output() {
    let text = "concept\tlang\tstatus\tterm\n\
                c001\ten\tpreferred\tpeace treaty\n\
                c001\tru\tpreferred\tмирный договор\n\
                c002\ttr\tpreferred\tİstanbul\n\
                c001\tru\tforbidden\tмирный пакт\n\
                c001\tja\tadmitted+mention-only\t北方領土\n\
                c002\ttr\t\tIstanbul\n";
    let g = from_csv_str(text, b'\t').unwrap();
    assert_eq!(g.languages, ["en", "ru", "tr", "ja"]);
    assert_eq!(g.concepts.len(), 2);
    let c1 = &g.concepts[0];
    assert_eq!(c1.terms.len(), 4);
    assert_eq!(c1.terms[2].status, Status::Forbidden);
    assert_eq!(c1.terms[2].line, 5);
    assert!(c1.terms[3].mention_only);
    assert_eq!(c1.terms[3].status, Status::Admitted);
    let c2 = &g.concepts[1];
    assert_eq!(c2.terms[0].text, "İstanbul");
    assert_eq!(c2.terms[1].status, Status::Admitted);
    // Also with commas.
    let csv = "concept,lang,status,term\nx,en,deprecated+exact,two plus two\n";
    let g = from_csv_str(csv, b',').unwrap();
    assert_eq!(g.concepts[0].terms[0].status, Status::Deprecated);
    assert_eq!(g.concepts[0].terms[0].match_mode, MatchMode::Exact);
}

#[test]
fn errors_carry_lines() {
    let err = from_csv_str("id,en,en-status\na,x|y,preferred\n", b',').unwrap_err();
    assert_eq!(err.line, 2);
    assert!(matches!(err.kind, ErrorKind::Invalid(_)));

    let err = from_csv_str("id,en\na,x\nb,\na,z\n", b',').unwrap_err();
    assert_eq!(err.line, 4);
    assert_eq!(
        err.kind,
        ErrorKind::DuplicateConcept {
            id: "a".into(),
            first_line: 2
        }
    );

    let err = from_csv_str("id,ru,ru-status\nмир,мир,рекомендуемый\n", b',').unwrap_err();
    assert_eq!(err.kind, ErrorKind::UnknownStatus("рекомендуемый".into()));

    let err = from_csv_str("id,en\na,x||y\n", b',').unwrap_err();
    assert_eq!(err.kind, ErrorKind::EmptyTerm("a".into()));

    let err = from_csv_str("id,english\n", b',').unwrap_err();
    assert_eq!((err.line, err.column), (1, 2));
    assert_eq!(err.kind, ErrorKind::UnknownKey("english".into()));

    let err = from_csv_str("domain,en\nx,y\n", b',').unwrap_err();
    assert_eq!(err.kind, ErrorKind::MissingField("id".into()));

    let err = from_csv_str("concept\tlang\tstatus\tterm\nc1\tja\tpreferred\n", b'\t').unwrap_err();
    assert_eq!(err.line, 2);

    let err = from_csv_str("id,en\na,x,extra\n", b',').unwrap_err();
    assert_eq!(err.line, 2);

    let err = from_csv_str("", b',').unwrap_err();
    assert_eq!(err.kind, ErrorKind::MissingField("header line".into()));
}

#[test]
fn indonesian_does_not_clash_with_the_id_column() {
    let mut g = Glossary {
        languages: vec!["en".into(), "id".into()],
        ..Glossary::default()
    };
    g.concepts.push(crate::model::Concept {
        id: "peace-treaty".into(),
        terms: vec![
            crate::model::Term::new("en", "peace treaty", Status::Preferred),
            crate::model::Term::new("id", "perjanjian damai", Status::Preferred),
        ],
        ..crate::model::Concept::default()
    });
    let text = to_csv_string(&g, b',');
    assert!(text.starts_with("concept,domain,definition,note,related,en,en-status,id,id-status\n"));
    assert_eq!(without_lines(from_csv_str(&text, b',').unwrap()), g);
}

#[test]
fn an_unclosed_quoted_field_is_an_error_at_its_line() {
    // The csv crate read the field to the end of the file and swallowed the rows after it.
    let text = "id,en,ru\nferry,\"ferry,паром\nisland,island,остров\n";
    let err = from_csv_str(text, b',').unwrap_err();
    assert_eq!((err.line, err.column), (2, 7));
    assert!(err.to_string().contains("not closed"), "{err}");
    // Quoted fields with doubled quotes, delimiters and line breaks are still fine.
    let ok = "id,en,tr\nferry,\"the \"\"Kuril\"\" ferry, daily\",\"feribot\nsefer\"\n";
    let g = from_csv_str(ok, b',').unwrap();
    assert_eq!(g.concepts[0].terms[0].text, "the \"Kuril\" ferry, daily");
    assert_eq!(g.concepts[0].terms[1].text, "feribot\nsefer");
}
