#!/usr/bin/env bash
# Peak resident memory of glossa on large inputs, measured with /usr/bin/time -v.
#
#   tests/robustness/peak_rss.sh [WORKDIR]      (default /tmp/glossa-robust; needs ~1.3 GB free)
#
# Environment: TMX_BYTES (default 1000000000), MD_BYTES (default 100000000 per file), FAULT_UNITS
# (default 400000: a 100 MB TMX with about 90,000 findings),
# CARGO_TARGET_DIR (default /work/target-robust). Builds the release binary (and the glossa_formats
# `read` example, the streaming TMX reader on its own), generates the inputs with gen.py (streaming,
# deterministic), then prints one row per command: peak RSS, wall time, exit code, input size.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${1:-/tmp/glossa-robust}
TMX_BYTES=${TMX_BYTES:-1000000000}
MD_BYTES=${MD_BYTES:-100000000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-robust}
GLOSSA="$CARGO_TARGET_DIR/release/glossa"
READ="$CARGO_TARGET_DIR/release/examples/read"

(cd "$ROOT" && cargo build -q --release -p glossa_cli && cargo build -q --release -p glossa_formats --example read) || exit 2
mkdir -p "$WORK"
[ -s "$WORK/big.tmx" ] || python3 "$HERE/gen.py" tmx "$WORK/big.tmx" "$TMX_BYTES"
[ -s "$WORK/faults.tmx" ] || python3 "$HERE/gen.py" tmx-faults "$WORK/faults.tmx" "${FAULT_UNITS:-400000}"
[ -s "$WORK/md/en.md" ] || python3 "$HERE/gen.py" md-pair "$WORK/md" "$MD_BYTES"

measure() {
    local label=$1 input=$2
    shift 2
    local log="$WORK/$label.time"
    /usr/bin/time -v "$@" >"$WORK/$label.out" 2>"$log"
    local code=$?
    local rss wall
    rss=$(grep 'Maximum resident set size' "$log" | grep -oE '[0-9]+$')
    wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}')
    printf '%-28s %10s MB input %8s MB peak RSS %10s wall  exit %s\n' \
        "$label" "$(( $(stat -c %s "$input") / 1000000 ))" "$(( rss / 1024 ))" "$wall" "$code"
    echo "    \$ $*" | sed "s|$WORK|\$WORK|g; s|$CARGO_TARGET_DIR|\$CARGO_TARGET_DIR|g"
    head -c 600 "$log" | grep -v 'Command being timed' | head -5 | sed 's/^/    /'
}

echo "inputs in $WORK"
measure check-tmx-1gb "$WORK/big.tmx" "$GLOSSA" check --fail-on never "$WORK/big.tmx"
measure check-tmx-faults "$WORK/faults.tmx" "$GLOSSA" check --fail-on never "$WORK/faults.tmx"
measure read-tmx-stream-1gb "$WORK/big.tmx" "$READ" "$WORK/big.tmx" --stream --count
measure check-md-pair-100mb "$WORK/md/en.md" "$GLOSSA" check --fail-on never --format json "$WORK/md/en.md" "$WORK/md/ru.md"
measure segment-md-100mb "$WORK/md/en.md" "$GLOSSA" segment --lang en "$WORK/md/en.md"
