#!/usr/bin/env bash
# Doubling benchmark for pathological inputs: runs the release `glossa` on an input of size N and
# of size 2N (best of 3 wall-clock runs each) and prints the time ratio. Linear work gives ~2.0;
# quadratic work would give ~4.0.
#
#   tests/robustness/scaling.sh [WORKDIR]       (default /tmp/glossa-scaling)
#
# Cases: 1 MB without sentence punctuation (segmenter), 100,000 one-word sentences against 10
# sentences (aligner, `--input lines`), a 1 MB single line (segment and check), Markdown nested
# 1,000 levels deep (quotes and lists; bytes grow with depth squared, so its ratio is printed next
# to the byte ratio).
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${1:-/tmp/glossa-scaling}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-robust}
GLOSSA="$CARGO_TARGET_DIR/release/glossa"
GEN="python3 $HERE/gen.py"
(cd "$ROOT" && cargo build -q --release -p glossa_cli) || exit 2
mkdir -p "$WORK"

best_of_3() {
    local best=""
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        best=$(python3 -c "t=$end-$start; b='$best'; print(min(t, float(b)) if b else t)")
    done
    echo "$best"
}

row() {
    local label=$1 small=$2 big=$3 bytes_small=$4 bytes_big=$5
    python3 -c "print(f'{\"$label\":<34} {$small:8.3f} s {$big:8.3f} s  time x{$big/$small:5.2f}  bytes x{$bytes_big/$bytes_small:5.2f}')"
}

size() { stat -c %s "$1"; }

printf '%-34s %10s %10s\n' case "N" "2N"

# 1. No sentence punctuation: 1 MB and 2 MB.
$GEN nopunct "$WORK/nopunct-1.md" 1000000
$GEN nopunct "$WORK/nopunct-2.md" 2000000
a=$(best_of_3 "$GLOSSA" segment --lang en "$WORK/nopunct-1.md")
b=$(best_of_3 "$GLOSSA" segment --lang en "$WORK/nopunct-2.md")
row "segment: 1 MB, no punctuation" "$a" "$b" "$(size "$WORK/nopunct-1.md")" "$(size "$WORK/nopunct-2.md")"

# 2. 100,000 one-word sentences against 10 sentences.
$GEN one-word "$WORK/ow-1" 100000 10
$GEN one-word "$WORK/ow-2" 200000 10
a=$(best_of_3 "$GLOSSA" align --input lines --langs en,ru "$WORK/ow-1/en.txt" "$WORK/ow-1/ru.txt")
b=$(best_of_3 "$GLOSSA" align --input lines --langs en,ru "$WORK/ow-2/en.txt" "$WORK/ow-2/ru.txt")
row "align: 100k one-word vs 10" "$a" "$b" 100000 200000

# 3. A 1 MB single line (segment; check of an EN line against its Russian twin).
$GEN single-line "$WORK/line-1.md" 1000000
$GEN single-line "$WORK/line-2.md" 2000000
a=$(best_of_3 "$GLOSSA" segment --lang en "$WORK/line-1.md")
b=$(best_of_3 "$GLOSSA" segment --lang en "$WORK/line-2.md")
row "segment: 1 MB single line" "$a" "$b" "$(size "$WORK/line-1.md")" "$(size "$WORK/line-2.md")"
a=$(best_of_3 "$GLOSSA" check --fail-on never --langs en,ru "$WORK/line-1.md" "$WORK/nopunct-1.md")
b=$(best_of_3 "$GLOSSA" check --fail-on never --langs en,ru "$WORK/line-2.md" "$WORK/nopunct-2.md")
row "check: 1 MB line vs 1 MB no punct" "$a" "$b" "$(size "$WORK/line-1.md")" "$(size "$WORK/line-2.md")"

# 4. Deeply nested Markdown: 1,000 and 2,000 levels.
$GEN nested "$WORK/nested-1.md" 1000
$GEN nested "$WORK/nested-2.md" 2000
a=$(best_of_3 "$GLOSSA" segment --lang en "$WORK/nested-1.md")
b=$(best_of_3 "$GLOSSA" segment --lang en "$WORK/nested-2.md")
row "segment: nested 1,000 levels" "$a" "$b" "$(size "$WORK/nested-1.md")" "$(size "$WORK/nested-2.md")"
