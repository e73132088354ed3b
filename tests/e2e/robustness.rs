//! Robustness of the real binary: a termbase import killed with SIGKILL mid-transaction, readers
//! during an import, a termbase from a newer schema, and the malformed-input corpus
//! (`tests/fixtures/malformed/CASES.tsv`, snapshots regenerated with `GLOSSA_BLESS=1`).

use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, Command, Stdio};

use crate::util::{Output, glossa, root, run};

/// Concepts in the large glossary of the kill test (four terms each).
const BIG_CONCEPTS: usize = 20_000;

/// Kills in the durability test.
const KILLS: usize = 20;

const GOOD: &str = "tests/fixtures/malformed/good";

/// A glossa TOML glossary with `n` generated concepts in EN/RU/JA/TR, then `tail` appended.
fn write_big_glossary(path: &Path, n: usize, tail: &str) {
    let mut text = String::with_capacity(n * 330);
    text.push_str(
        "[glossary]\nid = \"generated\"\nlanguages = [\"en\", \"ru\", \"ja\", \"tr\"]\n\
         source-language = \"en\"\n\n",
    );
    for i in 0..n {
        let _ = write!(
            text,
            "[[concept]]\nid = \"gen-{i:06}\"\n\n\
             [[concept.term]]\nlang = \"en\"\ntext = \"harbour crane {i}\"\nstatus = \"preferred\"\n\n\
             [[concept.term]]\nlang = \"ru\"\ntext = \"портовый кран {i}\"\nstatus = \"preferred\"\n\n\
             [[concept.term]]\nlang = \"ja\"\ntext = \"港湾クレーン{i}\"\nstatus = \"preferred\"\n\n\
             [[concept.term]]\nlang = \"tr\"\ntext = \"liman vinci {i}\"\nstatus = \"preferred\"\n\n"
        );
    }
    text.push_str(tail);
    fs::write(path, text).unwrap();
}

/// Starts `glossa glossary import GLOSSARY --db DB --progress` with stderr piped.
fn spawn_import(glossary: &Path, db: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_glossa"))
        .args(["glossary", "import"])
        .arg(glossary)
        .arg("--db")
        .arg(db)
        .arg("--progress")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Reads the child's stderr until its `lines`-th `progress:` line; the reader is returned so the
/// pipe stays open. `None` when stderr ends first.
fn wait_for_progress(child: &mut Child, lines: usize) -> Option<BufReader<ChildStderr>> {
    let mut reader = BufReader::new(child.stderr.take().unwrap());
    let mut seen = 0;
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap() == 0 {
            return None;
        }
        if line.starts_with("progress:") {
            seen += 1;
            if seen >= lines {
                return Some(reader);
            }
        }
    }
}

fn list(db: &Path) -> Output {
    glossa(&["glossary", "list", "--db", &db.display().to_string()])
}

fn import_to_end(glossary: &Path, db: &Path) {
    let out = glossa(&[
        "glossary",
        "import",
        &glossary.display().to_string(),
        "--db",
        &db.display().to_string(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn an_import_killed_mid_transaction_leaves_the_termbase_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("terms.db");
    let big = tmp.path().join("big.toml");
    write_big_glossary(&big, BIG_CONCEPTS, "");
    import_to_end(&root().join(GOOD).join("glossary.toml"), &db);
    let before = list(&db);
    assert_eq!(before.code, 0, "{}", before.stderr);
    assert_eq!(before.stdout.lines().count(), 4, "{}", before.stdout);

    for kill in 0..KILLS {
        // Kill after a varying number of progress reports (100 concepts each): 100 to 4,900
        // concepts into a 20,000-concept transaction.
        let reports = 1 + (kill * 37) % 49;
        let mut child = spawn_import(&big, &db);
        let reader = wait_for_progress(&mut child, reports);
        assert!(
            reader.is_some(),
            "kill {kill}: the import ended before reporting progress"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "kill {kill}: the import finished before it could be killed"
        );
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "kill {kill}: {status:?}");
        drop(reader);

        let after = list(&db);
        assert_eq!(after.code, 0, "kill {kill}: {}", after.stderr);
        assert_eq!(
            after.stdout, before.stdout,
            "kill {kill} after {reports} reports"
        );
    }

    // The termbase still takes a whole import afterwards.
    import_to_end(&big, &db);
    let full = list(&db);
    assert_eq!(full.stdout.lines().count(), 4 + 4 * BIG_CONCEPTS);
}

#[test]
fn a_checker_during_an_import_sees_the_old_or_the_new_termbase() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("terms.db");
    let big = tmp.path().join("big.toml");
    // The last concept written turns the Russian `паром` of the small glossary into a forbidden
    // term, so the new state has a finding the old one has not.
    let tail = "[[concept]]\nid = \"ferry\"\n\n\
        [[concept.term]]\nlang = \"en\"\ntext = \"ferry\"\nstatus = \"preferred\"\n\n\
        [[concept.term]]\nlang = \"ru\"\ntext = \"паромная переправа\"\nstatus = \"preferred\"\n\n\
        [[concept.term]]\nlang = \"ru\"\ntext = \"паром\"\nstatus = \"forbidden\"\n";
    write_big_glossary(&big, BIG_CONCEPTS / 4, tail);
    import_to_end(&root().join(GOOD).join("glossary.toml"), &db);
    let db_arg = db.display().to_string();
    let check = || {
        glossa(&[
            "check",
            "--glossary",
            &db_arg,
            "--format",
            "json",
            &format!("{GOOD}/en.md"),
            &format!("{GOOD}/ru.md"),
        ])
    };
    let old = check();
    assert_eq!(old.code, 0, "{}{}", old.stdout, old.stderr);

    let mut child = spawn_import(&big, &db);
    let mut reader = wait_for_progress(&mut child, 1).expect("the import reports progress");
    let mut seen = Vec::new();
    loop {
        let running = child.try_wait().unwrap().is_none();
        seen.push(check());
        if !running {
            break;
        }
    }
    let mut rest = String::new();
    let _ = std::io::Read::read_to_string(&mut reader, &mut rest);
    assert!(child.wait().unwrap().success());
    let new = check();
    assert_eq!(new.code, 1, "{}{}", new.stdout, new.stderr);
    assert!(new.stdout.contains("T002"), "{}", new.stdout);
    assert!(seen.len() >= 2, "no check ran during the import");
    for (i, out) in seen.iter().enumerate() {
        let is_old = out.code == old.code && out.stdout == old.stdout;
        let is_new = out.code == new.code && out.stdout == new.stdout;
        assert!(
            is_old || is_new,
            "check {i} saw a mix: exit {}\n{}{}",
            out.code,
            out.stdout,
            out.stderr
        );
    }
}

#[test]
fn a_termbase_from_a_newer_glossa_is_refused_and_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("terms.db");
    let glossary = root().join(GOOD).join("glossary.toml");
    import_to_end(&glossary, &db);
    assert!(
        !tmp.path().join("terms.db-wal").exists(),
        "WAL left after a clean exit"
    );
    // `PRAGMA user_version` is the big-endian u32 at byte 60 of the SQLite header.
    let mut bytes = fs::read(&db).unwrap();
    let version = u32::from_be_bytes(bytes[60..64].try_into().unwrap());
    assert_eq!(version, glossa_termbase::SCHEMA_VERSION as u32);
    bytes[60..64].copy_from_slice(&(version + 1).to_be_bytes());
    fs::write(&db, &bytes).unwrap();

    let db_arg = db.display().to_string();
    let glossary_arg = glossary.display().to_string();
    let en = format!("{GOOD}/en.md");
    let ru = format!("{GOOD}/ru.md");
    let commands: [Vec<&str>; 4] = [
        vec!["glossary", "list", "--db", &db_arg],
        vec!["glossary", "import", &glossary_arg, "--db", &db_arg],
        vec!["glossary", "remove", "--db", &db_arg, "ferry"],
        vec!["check", "--glossary", &db_arg, &en, &ru],
    ];
    for args in commands {
        let out = glossa(&args);
        assert_eq!(out.code, 2, "{args:?}: {}{}", out.stdout, out.stderr);
        assert!(out.stderr.contains(&db_arg), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains(&format!("{}", version + 1)) && out.stderr.contains("newer"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
        assert_eq!(
            fs::read(&db).unwrap(),
            bytes,
            "{args:?} modified the termbase"
        );
    }
}

/// One line of `tests/fixtures/malformed/CASES.tsv`.
#[derive(Debug)]
struct Case {
    name: String,
    input: String,
    exit: i32,
    args: Vec<String>,
}

fn cases(dir: &Path) -> Vec<Case> {
    fs::read_to_string(dir.join("CASES.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let mut fields = line.split('\t').map(str::to_string);
            Case {
                name: fields.next().unwrap(),
                input: fields.next().unwrap(),
                exit: fields.next().unwrap().parse().unwrap(),
                args: fields.collect(),
            }
        })
        .collect()
}

/// Whether a file made unreadable can still be read (running as root): such cases are skipped.
fn permissions_are_enforced(path: &Path) -> bool {
    fs::read(path).is_err()
}

fn make_unreadable(path: &Path, content: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    fs::write(path, content).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
    permissions_are_enforced(path).then(|| path.to_path_buf())
}

/// Creates a generated input (`@name` in CASES.tsv) in `tmp`; `None` to skip the case.
fn generate(name: &str, tmp: &Path) -> Option<PathBuf> {
    let path = tmp.join(name);
    match name {
        "missing.ru.md" | "missing.toml" => {}
        "huge-line.ru.md" => {
            // 10 MB on one line, without sentence punctuation.
            let piece = "паром отходит от причала в семь утра ";
            let mut text = piece.repeat(10_000_000 / piece.len() + 1);
            text.push('\n');
            fs::write(&path, text).unwrap();
        }
        "directory.ru.md" | "directory.toml" => fs::create_dir(&path).unwrap(),
        "unreadable.ru.md" => return make_unreadable(&path, "Паром отходит в 7:30.\n"),
        "unreadable.toml" => return make_unreadable(&path, "[glossary]\nid = \"x\"\n"),
        "deep-nesting.tbx" => {
            let depth = 100_000;
            let mut text = String::from(
                "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" \
                 xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>",
            );
            text.push_str(&"<note>".repeat(depth));
            text.push_str(&"</note>".repeat(depth));
            text.push_str("</body></text></tbx>\n");
            fs::write(&path, text).unwrap();
        }
        "truncated.db" => {
            import_to_end(&root().join(GOOD).join("glossary.toml"), &path);
            let bytes = fs::read(&path).unwrap();
            fs::write(&path, &bytes[..bytes.len().min(8192)]).unwrap();
        }
        other => panic!("CASES.tsv: unknown generated input @{other}"),
    }
    Some(path)
}

/// Lines longer than 400 bytes are cut (the 10 MB line would otherwise be the snapshot).
fn clip_lines(text: &str) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if body.len() > 400 {
            let mut cut = 400;
            while !body.is_char_boundary(cut) {
                cut -= 1;
            }
            let _ = write!(out, "{}…[{} bytes]", &body[..cut], body.len());
            if line.ends_with('\n') {
                out.push('\n');
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

fn snapshot(out: &Output, tmp: &Path) -> String {
    let text = format!(
        "exit: {}\n--- stdout\n{}\n--- stderr\n{}\n",
        out.code,
        clip_lines(&out.stdout),
        clip_lines(&out.stderr)
    );
    text.replace(&tmp.display().to_string(), "$TMP")
}

#[test]
fn malformed_inputs_fail_cleanly_and_name_the_file() {
    let dir = root().join("tests/fixtures/malformed");
    let bless = std::env::var_os("GLOSSA_BLESS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut ran = 0;
    for case in cases(&dir) {
        let input = match case.input.strip_prefix('@') {
            Some(generated) => match generate(generated, tmp.path()) {
                Some(path) => path.display().to_string(),
                None => {
                    eprintln!("{}: skipped (permissions are not enforced)", case.name);
                    continue;
                }
            },
            None => format!("tests/fixtures/malformed/{}", case.input),
        };
        let args: Vec<String> = case
            .args
            .iter()
            .map(|a| a.replace("{input}", &input).replace("{good}", GOOD))
            .collect();
        let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&arg_refs, &[], None);
        ran += 1;
        let both = format!("{}{}", out.stdout, out.stderr);
        let file_name = Path::new(&input)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if out.code != case.exit {
            failures.push(format!(
                "{}: exit {} (expected {})\n{}",
                case.name, out.code, case.exit, both
            ));
        }
        if both.contains("panicked") || both.contains("RUST_BACKTRACE") {
            failures.push(format!("{}: panicked\n{both}", case.name));
        }
        if case.exit == 2 && !both.contains(&file_name) {
            failures.push(format!(
                "{}: output does not name {file_name}\n{both}",
                case.name
            ));
        }
        // The permission-denied text comes from the OS: no snapshot, the checks above suffice.
        if case.input.starts_with("@unreadable") {
            continue;
        }
        let actual = snapshot(&out, tmp.path());
        let expected_path = dir.join(format!("{}.expected", case.name));
        if bless {
            fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!(
                "{}: output differs from {} (GLOSSA_BLESS=1 to update)\n--- expected\n{expected}--- actual\n{actual}",
                case.name,
                expected_path.display()
            )),
            Err(_) => failures.push(format!(
                "{}: no snapshot {} (run with GLOSSA_BLESS=1)",
                case.name,
                expected_path.display()
            )),
        }
    }
    assert!(ran >= 50, "only {ran} cases ran");
    let _ = std::io::stderr().flush();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
