#!/usr/bin/env bash
# Runs every fuzz target (or the ones named after SECONDS) for SECONDS each (default 300) and
# prints a summary table: target, seconds, executions, crashes.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# Environment: JOBS (targets run at once, default 1), FUZZ_TARGET_DIR (cargo target dir, default
# /work/target-robust-fuzz), MAX_LEN (libFuzzer -max_len, default 16384).
# Builds once with optimizations, overflow checks and debug assertions, no sanitizer (the fuzzed
# crates forbid `unsafe`), then runs `cargo fuzz run` on the stable toolchain (RUSTC_BOOTSTRAP=1).
# Crashing inputs land in fuzz/artifacts/TARGET/; logs in fuzz/logs/TARGET.log; the summary is also
# appended to fuzz/logs/summary.tsv with the date.
set -euo pipefail

SECONDS_EACH=${1:-300}
shift || true
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
export RUSTC_BOOTSTRAP=1
TARGET_DIR=${FUZZ_TARGET_DIR:-/work/target-robust-fuzz}
JOBS=${JOBS:-1}
MAX_LEN=${MAX_LEN:-16384}
FLAGS=(-O -a -s none --target-dir "$TARGET_DIR")

if [ "$#" -gt 0 ]; then
    TARGETS=("$@")
else
    mapfile -t TARGETS < <(cd "$ROOT" && cargo fuzz list)
fi

# Build once, then run the binaries directly: sources edited during a long run do not trigger
# rebuilds, and every target of one run fuzzes the same code.
mkdir -p "$HERE/logs"
(cd "$ROOT" && cargo fuzz build "${FLAGS[@]}" >"$HERE/logs/build.log" 2>&1) || { tail -20 "$HERE/logs/build.log"; exit 2; }
BIN_DIR="$TARGET_DIR/x86_64-unknown-linux-gnu/release"

# Seed files (read-only extra corpus directories) and dictionary per target.
seeds() {
    local f="$ROOT/tests/fixtures/formats"
    case "$1" in
        xliff) echo "$f/xliff $f/malformed" ;;
        po) echo "$f/po" ;;
        tmx) echo "$f/tmx" ;;
        fluent) echo "$f/fluent" ;;
        json_catalog) echo "$f/json" ;;
        csv_bilingual) echo "$f/csv" ;;
        glossary_toml | matcher) echo "$ROOT/glossaries" ;;
        glossary_tbx | glossary_csv) echo "$HERE/seeds/$1" ;;
        segmenter | aligner | check) echo "$ROOT/tests/fixtures/sample" ;;
    esac
}
dict() {
    case "$1" in
        xliff | tmx | glossary_tbx) echo "$HERE/dicts/xml.dict" ;;
        po) echo "$HERE/dicts/po.dict" ;;
        fluent) echo "$HERE/dicts/fluent.dict" ;;
        glossary_toml) echo "$HERE/dicts/toml.dict" ;;
        segmenter | aligner | check | matcher) echo "$HERE/dicts/markdown.dict" ;;
    esac
}

run_one() {
    local target=$1 log="$HERE/logs/$1.log"
    local corpus="$HERE/corpus/$target"
    mkdir -p "$corpus" "$HERE/artifacts/$target"
    local before
    before=$(find "$HERE/artifacts/$target" -type f | wc -l)
    local extra=()
    local d
    d=$(dict "$target")
    [ -n "$d" ] && extra+=("-dict=$d")
    local seed_dirs=()
    for s in $(seeds "$target"); do [ -d "$s" ] && seed_dirs+=("$s"); done
    local start=$SECONDS
    "$BIN_DIR/$target" -artifact_prefix="$HERE/artifacts/$target/" "$corpus" "${seed_dirs[@]}" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len="$MAX_LEN" \
        -print_final_stats=1 "${extra[@]}" >"$log" 2>&1 || true
    local took=$((SECONDS - start))
    local execs
    execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    [ -z "$execs" ] && execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    local after
    after=$(find "$HERE/artifacts/$target" -type f | wc -l)
    printf '%s\t%s\t%s\t%s\n' "$target" "$took" "${execs:-0}" "$((after - before))"
}
export -f run_one seeds dict
export HERE ROOT SECONDS_EACH BIN_DIR MAX_LEN

results=$(printf '%s\n' "${TARGETS[@]}" | xargs -P "$JOBS" -I{} bash -c 'run_one {}')
{
    printf "# %s, %s s each\n" "$(date -u +%FT%TZ)" "$SECONDS_EACH"
    printf 'target\tseconds\texecutions\tcrashes\n'
    printf '%s\n' "$results" | sort
} | tee -a "$HERE/logs/summary.tsv" | column -t -s $'\t'
