# glossa のエラー（終了コード 2）。

error-prefix = エラー
error-file-not-found = ファイルが見つかりません: { $path }
error-read = { $path } を読み込めません: { $reason }
error-invalid-utf8 = { $path }:{ $line }:{ $column }: ファイルが UTF-8 として正しくありません
error-nul-byte = { $path }:{ $line }:{ $column }: ファイルに NUL バイトが含まれています（バイナリファイル、または BOM のない UTF-16 ではありませんか？）
error-utf16-no-bom = { $path }:{ $line }:{ $column }: ファイルに NUL バイトが含まれています。BOM のない { $encoding } のようです。UTF-8 に変換してください
error-empty-input = { $path } は空です。チェックする内容がありません
error-unknown-lang = 不明な言語タグ「{ $tag }」
error-unknown-ui-lang = 不明な UI 言語「{ $tag }」（使用可能: en、ru、ja、tr）
error-no-lang = { $path } の言語を判定できません。ファイル名に言語を含める（ru.md、article.ja.md）か、--langs を指定してください
error-glossary = { $path }:{ $line }:{ $column }: 用語集が正しくありません: { $reason }
error-glossary-line = { $path }:{ $line }: 用語集が正しくありません: { $reason }
error-glossary-format = { $path }: 用語集の形式が不明です（.toml、.tbx、.csv、.tsv、.db のいずれかが必要です）
error-format = { $path }:{ $line }:{ $column }: ファイルを読み込めません: { $reason }
error-config = 設定が正しくありません: { $reason }
error-termbase = 用語ベース { $path }: { $reason }
error-need-two-files = 原文と訳文の少なくとも 2 つのファイルが必要です
error-langs-count = --langs には { $got } 個の言語が指定されていますが、ファイルは { $expected } 個です
error-is-directory = { $path } はファイルではなくディレクトリです
error-write = { $path } に書き込めません: { $reason }
error-srx = { $path } の文分割ルールが正しくありません: { $reason }
error-unknown-code = 不明なチェックコード「{ $code }」（例: T001。一覧は ARCHITECTURE.md にあります）
error-unknown-style = 不明なスタイル「{ $style }」: 用語集で定義されていません
error-usage = 使い方が正しくありません: { $reason }
