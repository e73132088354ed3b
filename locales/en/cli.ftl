# Command-line help, summaries and export labels.

## Commands

help-about = Checks translations against a glossary: segments, aligns, finds terms through inflection and reports like a compiler.
help-segment = Split a text into sentences, one per line
help-align = Align the sentences of a source file and its translations
help-check = Check translations against the source and the glossary
help-export = Export a side-by-side table of the source and its translations
help-glossary = Manage a termbase (import, export, list, look up, match, remove, validate)
help-glossary-import = Import a glossary file into a termbase
help-glossary-export = Export a termbase to a glossary file
help-glossary-list = List every term of a termbase
help-glossary-lookup = Find concepts with a term containing the query
help-glossary-match = Show every glossary term found in a text
help-glossary-remove = Remove a concept from a termbase
help-glossary-validate = Check a glossary file for errors
help-explain = Explain a check code: what it finds, why, an example and the fix
help-completions = Print a shell completion script (bash, zsh, fish, elvish, powershell)
help-man = Print the manual page in roff format

## Arguments

help-arg-lang = Language of the text (BCP 47 tag: en, ru, ja, tr); default: from the file name, else detected
help-arg-langs = Languages of the files, comma-separated, in the order of the files (for example en,ja)
help-arg-rules = Segmentation rules in SRX 2.0 format
help-arg-format = Output format
help-arg-input = How the input is given: running text, or one sentence per line
help-arg-glossary = Glossary: .toml, .tbx, .csv, .tsv or a termbase .db
help-arg-style = Glossary style that decides which of rival framings is preferred
help-arg-source-lang = Language of the source; default: the first file given
help-arg-fail-on = Lowest severity that makes the run fail with exit code 1
help-arg-ui-lang = Language of messages (en, ru, ja, tr); default: from LC_ALL, LC_MESSAGES or LANG
help-arg-output = Output file (overwritten); default: standard output
help-arg-db = Termbase file (SQLite)
help-arg-replace = Empty the termbase before importing
help-arg-file = Input file; without it or with “-”, standard input
help-arg-files = Input files or directories
help-arg-config = Configuration file (default: glossa.toml found from the current directory upward)
help-arg-baseline = Report only findings that are not in this baseline file
help-arg-write-baseline = Write every current finding to a baseline file and exit 0
help-arg-max-warnings = Fail (exit 1) when there are more than N warnings
help-arg-paths = Files or directories: the source first, then its translations
help-arg-plain = Treat the input as plain text, not Markdown
help-arg-progress = Report progress on standard error
help-arg-shell = The shell to generate completions for
help-arg-query = Text to look for in the terms, in any language
help-arg-code = Check code, for example T001
help-arg-concept = Concept id

## Progress

progress-reading = reading files
progress-checking = checking

## Summaries

summary-clean = no findings in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
summary-findings = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] { $infos } note
       *[other] { $infos } notes
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
glossary-imported = imported { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    } ({ $terms ->
        [one] { $terms } term
       *[other] { $terms } terms
    }) into { $db }
glossary-exported = exported { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    } to { $path }
glossary-removed = removed concept { $concept }
glossary-not-found = concept { $concept } not found
glossary-valid = { $path } is valid: { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    }
severity-error = error
severity-warning = warning
severity-info = info

## Export labels

export-title = Side-by-side translation review
export-findings = Findings
export-only-findings = Show only rows with findings
export-summary = Summary
export-no-findings = No findings
export-keys-help = Keys: j/k next/previous row, f next finding, t toggle rows without findings
export-confidence = Alignment confidence
