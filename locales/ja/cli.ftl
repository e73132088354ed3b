# コマンドラインのヘルプ、集計、エクスポートのラベル。

## コマンド

help-about = 翻訳を用語集と照合します。文に分割して対応付け、語形変化を考慮して用語を見つけ、コンパイラーのように結果を報告します。
help-segment = テキストを文に分割し、1 行に 1 文ずつ出力する
help-align = 原文ファイルと訳文ファイルの文を対応付ける
help-check = 訳文を原文と用語集に照らしてチェックする
help-export = 原文と訳文の対訳表を書き出す
help-glossary = 用語ベースを管理する（インポート、エクスポート、一覧、検索、照合、削除、検証）
help-glossary-import = 用語集ファイルを用語ベースにインポートする
help-glossary-export = 用語ベースを用語集ファイルに書き出す
help-glossary-list = 用語ベースのすべての用語を一覧表示する
help-glossary-lookup = 検索語を含む用語を持つ概念を探す
help-glossary-match = テキスト中に見つかった用語集の用語をすべて表示する
help-glossary-remove = 用語ベースから概念を削除する
help-glossary-validate = 用語集ファイルに誤りがないか検証する
help-explain = チェックコードを説明する（何を見つけるか、理由、例、修正方法）
help-completions = シェルの補完スクリプトを出力する（bash、zsh、fish、elvish、powershell）
help-man = man ページを roff 形式で出力する

## 引数

help-arg-lang = テキストの言語（BCP 47 タグ: en、ru、ja、tr）。既定ではファイル名から、なければ自動判定
help-arg-langs = ファイルの言語をファイルの順にカンマ区切りで指定（例: en,ja）
help-arg-rules = SRX 2.0 形式の文分割ルール
help-arg-format = 出力形式
help-arg-input = 入力の形式: 通常のテキスト、または 1 行に 1 文
help-arg-glossary = 用語集: .toml、.tbx、.csv、.tsv、または用語ベースの .db
help-arg-style = 対立する呼称のどちらを推奨とするかを決める用語集のスタイル
help-arg-source-lang = 原文の言語。既定では最初に指定したファイルの言語
help-arg-fail-on = 終了コード 1 で失敗とする最低の重大度
help-arg-ui-lang = メッセージの言語（en、ru、ja、tr）。既定では LC_ALL、LC_MESSAGES、LANG から決定
help-arg-output = 出力ファイル（上書きされます）。既定では標準出力
help-arg-db = 用語ベースのファイル（SQLite）
help-arg-replace = インポートの前に用語ベースを空にする
help-arg-file = 入力ファイル。省略するか「-」を指定すると標準入力
help-arg-files = 入力ファイルまたはディレクトリ
help-arg-config = 設定ファイル（既定: 現在のディレクトリから上位へ探した glossa.toml）
help-arg-baseline = このベースラインファイルにない指摘だけを報告する
help-arg-write-baseline = 現在のすべての指摘をベースラインファイルに書き出し、終了コード 0 で終わる
help-arg-max-warnings = 警告が N 件を超えたら失敗（終了コード 1）とする
help-arg-paths = ファイルまたはディレクトリ（最初に原文、次に訳文）
help-arg-plain = 入力を Markdown ではなくプレーンテキストとして扱う
help-arg-progress = 進行状況を標準エラー出力に表示する
help-arg-shell = 補完スクリプトを生成するシェル
help-arg-query = 用語の中から探すテキスト（言語は問いません）
help-arg-code = チェックコード（例: T001）
help-arg-concept = 概念 ID

## 進捗

progress-reading = ファイルを読み込み中
progress-checking = チェック中

## 集計

summary-clean = 問題は見つかりませんでした（{ $files } ファイル）
summary-findings = エラー { $errors } 件、警告 { $warnings } 件、情報 { $infos } 件（{ $files } ファイル）
glossary-imported = { $concepts } 個の概念（{ $terms } 語）を { $db } にインポートしました
glossary-exported = { $concepts } 個の概念を { $path } に書き出しました
glossary-removed = 概念 { $concept } を削除しました
glossary-not-found = 概念 { $concept } が見つかりません
glossary-valid = { $path } に誤りはありません（{ $concepts } 個の概念）
severity-error = エラー
severity-warning = 警告
severity-info = 情報

## エクスポートのラベル

export-title = 対訳レビュー
export-findings = 検出結果
export-only-findings = 検出結果のある行だけを表示
export-summary = 集計
export-no-findings = 検出結果はありません
export-keys-help = キー: j/k 次/前の行、f 次の検出結果、t 検出結果のない行の表示切り替え
export-confidence = 対応付けの確信度
