#!/usr/bin/env bash
# Accuracy of glossa on the public dev sets in ../shared (segmentation,
# alignment, terminology), with the harnesses in ../shared/eval, exactly as
# BENCHMARKS.md reports them. Usage: scripts/eval.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
cargo build --release -q --bin glossa
G=$PWD/target/release/glossa
SEG=$SHARED/eval/seg/segeval.py
ALIGN=$SHARED/eval/align/align_eval.py
DATA=$SHARED/data

echo "== segmentation: UD PUD, flat mode"
for l in en ru ja tr; do
  python3 "$SEG" score "$DATA/segmentation/${l}_pud-ud-test.conllu" --cmd "$G segment --lang $l -" | tail -1
done
echo "== segmentation: golden rules (raw output keeps Markdown markers for the character-aligned scorer)"
for f in "$DATA"/segmentation/golden/*.txt; do
  l=$(basename "$f" .txt); l=${l##*-}
  python3 "$SEG" golden "$f" --cmd "$G segment --lang $l --format raw -" | tail -1
done

echo "== alignment"
A="$G align --input lines --format vecalign"
time python3 "$ALIGN" gold "$DATA/alignment/textberg-de-fr" --src-lang de --tgt-lang fr --aligner "$A --langs {src_lang},{tgt_lang} {src} {tgt}" | grep -E "f1|precision|recall"
for l in ru ja tr; do
  echo "-- synth en-$l"
  time python3 "$ALIGN" synth "$DATA/alignment/ntrex-4way" --src-lang en --tgt-lang $l --aligner "$A --langs {src_lang},{tgt_lang} {src} {tgt}" | grep -E "f1"
done
echo "-- multi"
time python3 "$ALIGN" multi "$DATA/alignment/ntrex-4way" --langs en,ru,ja,tr --pivot en --aligner "$A --langs {langs} {files}" | grep -E "^==|f1"
echo "-- pivot"
time python3 "$ALIGN" pivot "$DATA/alignment/ntrex-4way" --langs en,ru,ja,tr --pivot en --aligner "$A --langs {src_lang},{tgt_lang} {src} {tgt}" | grep -E "^==|f1"

echo "== terminology (EN→RU)"
python3 "$SHARED/eval/term/term_eval.py" --tool "$G glossary match --glossary {glossary} --lang {lang} --format tsv {file}" | tail -25
