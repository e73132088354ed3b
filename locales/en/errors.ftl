# Errors reported by glossa (exit code 2).

error-prefix = error
error-file-not-found = file not found: { $path }
error-read = cannot read { $path }: { $reason }
error-invalid-utf8 = { $path }:{ $line }:{ $column }: the file is not valid UTF-8
error-nul-byte = { $path }:{ $line }:{ $column }: the file contains a NUL byte (a binary file, or UTF-16 without a byte-order mark?)
error-utf16-no-bom = { $path }:{ $line }:{ $column }: the file contains a NUL byte: it looks like { $encoding } without a byte-order mark; convert it to UTF-8
error-empty-input = { $path } is empty: nothing to check
error-unknown-lang = unknown language tag “{ $tag }”
error-unknown-ui-lang = unknown interface language “{ $tag }” (available: en, ru, ja, tr)
error-no-lang = cannot determine the language of { $path }: name the file after its language (ru.md, article.ja.md) or use --langs
error-glossary = { $path }:{ $line }:{ $column }: invalid glossary: { $reason }
error-glossary-line = { $path }:{ $line }: invalid glossary: { $reason }
error-glossary-format = { $path }: unknown glossary format (expected .toml, .tbx, .csv, .tsv or .db)
error-format = { $path }:{ $line }:{ $column }: cannot read the file: { $reason }
error-config = invalid configuration: { $reason }
error-termbase = termbase { $path }: { $reason }
error-need-two-files = at least two files are needed: a source and a translation
error-langs-count = --langs lists { $got ->
        [one] { $got } language
       *[other] { $got } languages
    } but { $expected ->
        [one] { $expected } file was
       *[other] { $expected } files were
    } given
error-is-directory = { $path } is a directory, not a file
error-write = cannot write { $path }: { $reason }
error-srx = invalid segmentation rules in { $path }: { $reason }
error-unknown-code = unknown check code “{ $code }” (see ARCHITECTURE.md for the list, for example T001)
error-unknown-style = unknown style “{ $style }”: the glossary does not define it
error-usage = invalid usage: { $reason }
