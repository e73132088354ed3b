use super::dom::{Child, Node, parse_dom};
use super::*;
use crate::error::ErrorKind;
use crate::model::{Concept, Glossary, MatchMode, Status, Style, Term};

fn term(lang: &str, text: &str, status: Status) -> Term {
    Term::new(lang, text, status)
}

/// A glossary that uses every field of the model, in four languages, with
/// characters that need escaping in XML and in CSV cells.
pub(crate) fn rich_glossary() -> Glossary {
    let mut kurils_ru = term("ru", "Южные Курилы", Status::Preferred);
    kurils_ru.forms = vec!["Южных Курил".into(), "Южным Курилам".into()];
    kurils_ru.framing = Some("russian".into());
    kurils_ru.pos = Some("proper-noun".into());
    let mut territories_ru = term("ru", "Северные территории", Status::Admitted);
    territories_ru.mention_only = true;
    territories_ru.framing = Some("japanese".into());
    territories_ru.note = Some("Только в цитатах: «Северные территории».".into());
    let mut hoppo = term("ja", "北方領土", Status::Preferred);
    hoppo.framing = Some("japanese".into());
    hoppo.forms = vec!["北方領土".into()];
    let mut minami = term("ja", "南クリル", Status::Admitted);
    minami.mention_only = true;
    minami.framing = Some("russian".into());
    let mut guney = term("tr", "Güney Kuriller", Status::Preferred);
    guney.forms = vec!["Güney Kuriller'in".into(), "Güney Kurilleri".into()];
    guney.framing = Some("russian".into());
    let mut kurils_en = term("en", "Southern Kurils", Status::Preferred);
    kurils_en.framing = Some("russian".into());
    kurils_en.case_sensitive = true;
    kurils_en.pos = Some("noun".into());
    let mut territories_en = term("en", "Northern Territories", Status::Admitted);
    territories_en.framing = Some("japanese".into());
    territories_en.mention_only = true;
    territories_en.note = Some("Quote it: a <speaker> & \"their\" term.".into());

    let kurils = Concept {
        id: "southern-kurils".into(),
        domain: Some("territory".into()),
        definition: Some("The four islands south of Urup; the name depends on the side.".into()),
        note: Some("Pick the framing with --style.\nNever mix them.".into()),
        related: vec!["peace-treaty".into(), "outside-concept".into()],
        terms: vec![
            kurils_en,
            territories_en,
            kurils_ru,
            territories_ru,
            hoppo,
            minami,
            guney,
        ],
        line: 0,
    };

    let mut treaty_regex = term("en", r"peace (treaty|agreement)s?", Status::Admitted);
    treaty_regex.match_mode = MatchMode::Regex;
    let mut two_plus_two = term("en", "2+2", Status::Admitted);
    two_plus_two.match_mode = MatchMode::Exact;
    two_plus_two.pos = Some("phrase".into());
    let mut forbidden = term("ru", "мирный пакт", Status::Forbidden);
    forbidden.note = Some("Не термин; a; b | c".into());
    let mut istanbul = term("tr", "İstanbul Barış Antlaşması", Status::Deprecated);
    istanbul.case_sensitive = true;
    let treaty = Concept {
        id: "peace-treaty".into(),
        domain: Some("diplomacy".into()),
        definition: None,
        note: None,
        related: vec!["southern-kurils".into()],
        terms: vec![
            term("en", "peace treaty", Status::Preferred),
            treaty_regex,
            two_plus_two,
            term("ru", "мирный договор", Status::Preferred),
            forbidden,
            term("ja", "平和条約", Status::Preferred),
            term("tr", "barış antlaşması", Status::Preferred),
            istanbul,
        ],
        line: 0,
    };
    let bare = Concept {
        id: "g7".into(),
        terms: vec![
            term("en", "G7", Status::Preferred),
            term("ja", "Ｇ７", Status::Preferred),
        ],
        ..Concept::default()
    };
    Glossary {
        id: "russia-japan".into(),
        title: "Russia–Japan relations & treaties".into(),
        languages: vec!["en".into(), "ru".into(), "ja".into(), "tr".into()],
        source_language: Some("en".into()),
        default_style: Some("neutral-ru".into()),
        styles: vec![
            Style {
                id: "neutral-ru".into(),
                description: "Russian usage: Southern Kurils".into(),
                framing: "russian".into(),
            },
            Style {
                id: "japanese".into(),
                description: String::new(),
                framing: "japanese".into(),
            },
        ],
        concepts: vec![kurils, treaty, bare],
    }
}

/// The glossary with every `line` set to 0, for comparisons.
pub(crate) fn without_lines(mut g: Glossary) -> Glossary {
    for c in &mut g.concepts {
        c.line = 0;
        for t in &mut c.terms {
            t.line = 0;
        }
    }
    g
}

#[test]
fn round_trip_is_lossless_and_stable() {
    let g = rich_glossary();
    let tbx = to_tbx_string(&g);
    let back = from_tbx_str(&tbx).unwrap();
    assert_eq!(without_lines(back.clone()), g);
    assert_eq!(to_tbx_string(&back), tbx);
}

#[test]
fn lines_point_at_entries() {
    let tbx = to_tbx_string(&rich_glossary());
    let back = from_tbx_str(&tbx).unwrap();
    let lines: Vec<&str> = tbx.lines().collect();
    let c = &back.concepts[1];
    assert!(lines[c.line - 1].contains(r#"<conceptEntry id="peace-treaty">"#));
    assert!(lines[c.terms[0].line - 1].contains("<termSec>"));
    assert!(lines[c.terms[0].line].contains("<term>peace treaty</term>"));
}

#[test]
fn extensions_are_notes_with_a_prefix() {
    let tbx = to_tbx_string(&rich_glossary());
    assert!(tbx.contains("<note>glossa:mention-only</note>"));
    assert!(tbx.contains("<note>glossa:forbidden</note>"));
    assert!(tbx.contains("<note>glossa:framing=japanese</note>"));
    assert!(tbx.contains("<note>glossa:form=Южных Курил</note>"));
    assert!(tbx.contains("<note>glossa:match=regex</note>"));
    assert!(tbx.contains("<note>glossa:case-sensitive</note>"));
    assert!(tbx.contains("<note>glossa:pos=proper-noun</note>"));
    assert!(tbx.contains("a &lt;speaker&gt; &amp; &quot;their&quot; term."));
}

// ---------------------------------------------------------------- structure

const TERM_NOTE_TYPES: [&str; 6] = [
    "administrativeStatus",
    "grammaticalGender",
    "geographicalUsage",
    "partOfSpeech",
    "termLocation",
    "termType",
];
const ADMIN_STATUSES: [&str; 4] = [
    "preferredTerm-admn-sts",
    "admittedTerm-admn-sts",
    "deprecatedTerm-admn-sts",
    "supersededTerm-admn-sts",
];
const POS_VALUES: [&str; 5] = ["noun", "verb", "adjective", "adverb", "other"];

fn elements(n: &Node) -> Vec<&Node> {
    n.children
        .iter()
        .filter_map(|c| match c {
            Child::Elem(e) => Some(e),
            Child::Text(_) => None,
        })
        .collect()
}

fn names(n: &Node) -> Vec<&str> {
    elements(n).iter().map(|e| e.name.as_str()).collect()
}

fn attr<'a>(n: &'a Node, k: &str) -> Option<&'a str> {
    n.attrs
        .iter()
        .find(|(key, _)| key == k)
        .map(|(_, v)| v.as_str())
}

fn no_text(n: &Node) {
    for c in &n.children {
        if let Child::Text(t) = c {
            assert!(t.trim().is_empty(), "text {t:?} inside <{}>", n.name);
        }
    }
}

/// Checks the TBX-Basic structure (the RELAX NG content models and the
/// Schematron rules of the TBX-Basic dialect) of a document we wrote.
fn assert_tbx_basic(doc: &str) {
    let root = parse_dom(doc).unwrap();
    assert_eq!(root.name, "tbx");
    assert_eq!(attr(&root, "type"), Some("TBX-Basic"));
    assert_eq!(attr(&root, "style"), Some("dca"));
    assert_eq!(attr(&root, "xmlns"), Some("urn:iso:std:iso:30042:ed-2"));
    assert!(attr(&root, "xml:lang").is_some());
    assert_eq!(names(&root), ["tbxHeader", "text"]);
    no_text(&root);
    let header = elements(&root)[0];
    assert_eq!(names(header), ["fileDesc"]);
    let file_desc = elements(header)[0];
    let fd = names(file_desc);
    let sources = if fd.first() == Some(&"titleStmt") {
        let title_stmt = elements(file_desc)[0];
        assert_eq!(names(title_stmt), ["title"]);
        &fd[1..]
    } else {
        &fd[..]
    };
    assert!(!sources.is_empty() && sources.iter().all(|n| *n == "sourceDesc"));
    for s in elements(file_desc)
        .iter()
        .filter(|e| e.name == "sourceDesc")
    {
        let ps = names(s);
        assert!(!ps.is_empty() && ps.iter().all(|n| *n == "p"));
    }
    let text = elements(&root)[1];
    assert_eq!(names(text), ["body"]);
    let body = elements(text)[0];
    let ids: Vec<&str> = elements(body)
        .iter()
        .map(|c| {
            assert_eq!(c.name, "conceptEntry");
            attr(c, "id").unwrap()
        })
        .collect();
    for entry in elements(body) {
        no_text(entry);
        let kids = elements(entry);
        let first_lang = kids.iter().position(|k| k.name == "langSec").unwrap();
        for aux in &kids[..first_lang] {
            match aux.name.as_str() {
                "descrip" => {
                    assert!(["definition", "subjectField"].contains(&attr(aux, "type").unwrap()))
                }
                "note" => {}
                "ref" => {
                    assert_eq!(attr(aux, "type"), Some("crossReference"));
                    if let Some(t) = attr(aux, "target") {
                        assert!(ids.contains(&t), "dangling IDREF {t}");
                    }
                }
                other => panic!("<{other}> in conceptEntry"),
            }
        }
        for lang_sec in &kids[first_lang..] {
            assert_eq!(lang_sec.name, "langSec");
            assert!(attr(lang_sec, "xml:lang").is_some());
            let secs = elements(lang_sec);
            assert!(!secs.is_empty());
            for sec in secs {
                assert_eq!(sec.name, "termSec");
                no_text(sec);
                let parts = elements(sec);
                assert_eq!(parts[0].name, "term");
                let notes_end = parts
                    .iter()
                    .position(|p| p.name != "term" && p.name != "termNote")
                    .unwrap_or(parts.len());
                assert!(parts[1..].iter().filter(|p| p.name == "term").count() == 0);
                for note in &parts[1..notes_end] {
                    let ty = attr(note, "type").unwrap();
                    assert!(TERM_NOTE_TYPES.contains(&ty), "termNote type {ty}");
                    let value = note.children.iter().find_map(|c| match c {
                        Child::Text(t) => Some(t.as_str()),
                        Child::Elem(_) => None,
                    });
                    match ty {
                        "administrativeStatus" => {
                            assert!(ADMIN_STATUSES.contains(&value.unwrap()));
                        }
                        "partOfSpeech" => assert!(POS_VALUES.contains(&value.unwrap())),
                        _ => {}
                    }
                }
                for aux in &parts[notes_end..] {
                    assert_eq!(aux.name, "note", "only notes after the termNotes");
                }
            }
        }
    }
}

#[test]
fn written_tbx_follows_tbx_basic_structure() {
    assert_tbx_basic(&to_tbx_string(&rich_glossary()));
}

// ---------------------------------------------------------------- foreign files

/// Shaped like the file the terminology harness writes (words are ours).
const HARNESS_LIKE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <sourceDesc>
        <p>Test glossary, English to Russian</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="c001">
        <langSec xml:lang="en">
          <termSec>
            <term>invoice</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="ru">
          <termSec>
            <term>счёт-фактура</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
      <conceptEntry id="c002">
        <langSec xml:lang="en">
          <termSec>
            <term>supplier &amp; vendor</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="ru">
          <termSec>
            <term>поставщик</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
"#;

#[test]
fn reads_the_harness_shape() {
    let g = from_tbx_str(HARNESS_LIKE).unwrap();
    assert_eq!(g.title, "Test glossary, English to Russian");
    assert_eq!(g.languages, ["en", "ru"]);
    assert_eq!(g.concepts.len(), 2);
    let c = &g.concepts[1];
    assert_eq!(c.id, "c002");
    assert_eq!(c.line, 26);
    assert_eq!(c.terms[0].text, "supplier & vendor");
    assert_eq!(c.terms[1].text, "поставщик");
    assert_eq!(c.terms[1].lang, "ru");
    assert_eq!(c.terms[1].status, Status::Preferred);
    assert_eq!(c.terms[1].line, 34);
    assert_eq!(g.concepts[0].terms[1].text, "счёт-фактура");
    // Our writer keeps it valid TBX-Basic.
    assert_tbx_basic(&to_tbx_string(&g));
}

const TBX_2008: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader>
    <fileDesc>
      <titleStmt><title>Old tool export</title></titleStmt>
      <sourceDesc><p>exported</p></sourceDesc>
    </fileDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="t1">
        <descrip type="subjectField">diplomacy</descrip>
        <langSet xml:lang="en">
          <descrip type="definition">A meeting of two ministers from each side.</descrip>
          <tig>
            <term>two-plus-two</term>
            <termNote type="partOfSpeech">noun</termNote>
          </tig>
          <ntig>
            <termGrp>
              <term>2+2 talks</term>
              <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
            </termGrp>
          </ntig>
        </langSet>
        <langSet xml:lang="tr">
          <tig><term>ikiye iki</term></tig>
          <tig><term>IRAK</term><termNote type="usageNote">mention-only</termNote></tig>
          <tig>
            <term>yasak</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <termNote type="normativeAuthorization">forbidden</termNote>
          </tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
"#;

#[test]
fn reads_tbx_2008_and_defaults_missing_statuses() {
    let g = from_tbx_str(TBX_2008).unwrap();
    assert_eq!(g.title, "Old tool export");
    let c = &g.concepts[0];
    assert_eq!(c.id, "t1");
    assert_eq!(c.domain.as_deref(), Some("diplomacy"));
    assert_eq!(
        c.definition.as_deref(),
        Some("A meeting of two ministers from each side.")
    );
    let got: Vec<(&str, &str, Status, bool)> = c
        .terms
        .iter()
        .map(|t| (t.lang.as_str(), t.text.as_str(), t.status, t.mention_only))
        .collect();
    assert_eq!(
        got,
        [
            ("en", "two-plus-two", Status::Preferred, false),
            ("en", "2+2 talks", Status::Deprecated, false),
            ("tr", "ikiye iki", Status::Preferred, false),
            ("tr", "IRAK", Status::Admitted, true),
            ("tr", "yasak", Status::Forbidden, false),
        ]
    );
    assert_eq!(c.terms[0].pos.as_deref(), Some("noun"));
}

#[test]
fn refuses_entity_declarations() {
    let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<tbx><text><body/></text></tbx>";
    let err = from_tbx_str(doc).unwrap_err();
    assert_eq!(err.line, 2);
    assert_eq!(err.column, 1);
    assert!(matches!(err.kind, ErrorKind::Syntax(m) if m.contains("entities")));
}

#[test]
fn refuses_undeclared_entities() {
    let doc = HARNESS_LIKE.replace("поставщик</term>", "поставщик&custom;</term>");
    let err = from_tbx_str(&doc).unwrap_err();
    assert_eq!(err.line, 35);
    assert!(matches!(err.kind, ErrorKind::Syntax(m) if m.contains("&custom;")));
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let doc = HARNESS_LIKE.replace(
        "</termSec>\n        </langSec>\n        <langSec xml:lang=\"ru\">",
        "</termSec>\n        </langSc>\n        <langSec xml:lang=\"ru\">",
    );
    let err = from_tbx_str(&doc).unwrap_err();
    assert_eq!((err.line, err.column), (18, 9));
    assert!(matches!(err.kind, ErrorKind::Syntax(_)));
}

#[test]
fn semantic_errors_carry_positions() {
    let doc = HARNESS_LIKE.replacen("preferredTerm-admn-sts", "recommended", 1);
    let err = from_tbx_str(&doc).unwrap_err();
    assert_eq!((err.line, err.column), (16, 13));
    assert_eq!(err.kind, ErrorKind::UnknownStatus("recommended".into()));

    let doc = HARNESS_LIKE.replace("id=\"c002\"", "id=\"c001\"");
    let err = from_tbx_str(&doc).unwrap_err();
    assert_eq!(err.line, 26);
    assert_eq!(
        err.kind,
        ErrorKind::DuplicateConcept {
            id: "c001".into(),
            first_line: 12
        }
    );

    let doc = HARNESS_LIKE.replace(" xml:lang=\"ru\"", "");
    let err = from_tbx_str(&doc).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MissingField("xml:lang".into()));

    let err = from_tbx_str("<glossary/>").unwrap_err();
    assert!(matches!(err.kind, ErrorKind::Syntax(m) if m.contains("<glossary>")));
    let err = from_tbx_str("").unwrap_err();
    assert!(matches!(err.kind, ErrorKind::Syntax(_)));
}

#[test]
fn reads_cdata_character_references_and_grouped_categories() {
    let doc = r#"<tbx type="TBX-Basic" style="dca" xml:lang="tr" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="kurils">
  <descripGrp><descrip type="definition">Adalar &#x2014; dört ada.</descrip></descripGrp>
  <xref type="crossReference" target="peace">peace</xref>
  <langSec xml:lang="tr">
    <termSec>
      <term><![CDATA[Kuriller & Adalar]]></term>
      <termNoteGrp><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termNoteGrp>
      <note>glossa:form=Kuriller&apos;in</note>
    </termSec>
  </langSec>
</conceptEntry>
</body></text></tbx>"#;
    let g = from_tbx_str(doc).unwrap();
    let c = &g.concepts[0];
    assert_eq!(c.definition.as_deref(), Some("Adalar — dört ada."));
    assert_eq!(c.related, ["peace"]);
    assert_eq!(c.terms[0].text, "Kuriller & Adalar");
    assert_eq!(c.terms[0].status, Status::Admitted);
    assert_eq!(c.terms[0].forms, ["Kuriller'in"]);
    assert_eq!(c.terms[0].line, 8);
}

#[test]
fn unknown_extension_keys_are_errors() {
    let doc = HARNESS_LIKE.replacen(
        "<term>invoice</term>",
        "<term>invoice</term>\n<note>glossa:colour=red</note>",
        1,
    );
    let err = from_tbx_str(&doc).unwrap_err();
    assert_eq!(err.kind, ErrorKind::UnknownKey("glossa:colour=red".into()));
    assert_eq!(err.line, 16);
}
