//! Localized `--help`: every command's about text and every argument's help
//! come from the `help-*` messages of the UI language.

use clap::Command;
use glossa_i18n::I18n;

/// Replaces help texts with localized ones where the locale has them.
pub fn localize(command: Command, i18n: &I18n) -> Command {
    localize_command(command, i18n, "help")
}

fn localize_command(mut command: Command, i18n: &I18n, prefix: &str) -> Command {
    let about_id = if prefix == "help" {
        "help-about".to_string()
    } else {
        prefix.to_string()
    };
    if let Some(text) = lookup(i18n, &about_id) {
        command = command.about(text);
    }
    let arg_ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in arg_ids {
        if let Some(text) = lookup(i18n, &format!("help-arg-{}", id.replace('_', "-"))) {
            command = command.mut_arg(id.as_str(), |arg| arg.help(text));
        }
    }
    let sub_names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in sub_names {
        let sub_prefix = if prefix == "help" {
            format!("help-{name}")
        } else {
            format!("{prefix}-{name}")
        };
        command = command.mut_subcommand(name.as_str(), |sub| {
            localize_command(sub, i18n, &sub_prefix)
        });
    }
    command
}

fn lookup(i18n: &I18n, id: &str) -> Option<String> {
    let text = i18n.tr(id, &[]);
    (text != id).then_some(text)
}
