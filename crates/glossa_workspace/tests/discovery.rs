//! `glossa.toml` discovery from a directory upward, on a real file tree.

use std::fs;

use glossa_checks::Check;
use glossa_diagnostics::Severity;
use glossa_workspace::{ConfigError, discover, load};

#[test]
fn finds_the_nearest_config_upward() {
    let root = tempfile::tempdir().unwrap();
    let nested = root.path().join("docs/ru/guide");
    fs::create_dir_all(&nested).unwrap();
    fs::write(
        root.path().join("glossa.toml"),
        "source-lang = \"en\"\nglossaries = [\"glossaries/russia-japan.toml\"]\n[checks]\nrepeated-word = \"error\"\n",
    )
    .unwrap();
    let (path, config) = discover(&nested).unwrap().expect("a config above");
    assert_eq!(path, root.path().join("glossa.toml"));
    assert_eq!(config.root(), Some(root.path()));
    assert_eq!(
        config.glossaries.as_deref(),
        Some(&[root.path().join("glossaries/russia-japan.toml")][..])
    );
    let settings = config.settings().unwrap();
    assert_eq!(
        settings.severity(Check::RepeatedWord),
        Some(Severity::Error)
    );

    // A nearer file wins over the one at the root.
    fs::write(root.path().join("docs/glossa.toml"), "fail-on = \"info\"\n").unwrap();
    let (path, config) = discover(&nested).unwrap().expect("the nearer config");
    assert_eq!(path, root.path().join("docs/glossa.toml"));
    assert_eq!(config.fail_on, Some(Severity::Info));
}

#[test]
fn no_config_and_broken_configs() {
    let root = tempfile::tempdir().unwrap();
    // Nothing in the temporary tree; an ancestor (like /tmp) could still have
    // one, so only a tree with a config is asserted precisely.
    if let Ok(found) = discover(root.path()) {
        assert!(found.is_none_or(|(path, _)| !path.starts_with(root.path())));
    }
    let path = root.path().join("glossa.toml");
    fs::write(
        &path,
        "languages = [\"en\", \"ja\"]\n\n[checks]\nP001 = \"fatal\"\n",
    )
    .unwrap();
    let error = discover(root.path()).unwrap_err();
    assert!(matches!(&error, ConfigError::BadSeverity { location, .. } if location.line == 4));
    assert!(
        error
            .to_string()
            .starts_with(&format!("{}:4:9:", path.display()))
    );
    assert!(matches!(
        load(&root.path().join("missing.toml")),
        Err(ConfigError::Io { .. })
    ));
}
