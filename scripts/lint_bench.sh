#!/usr/bin/env bash
# Speed and findings of `glossa check` side by side with pofilter and
# compare-locales on the synthetic files of ../shared/eval/qa (100,000 units),
# in one run on one machine. Peers are installed into a virtualenv.
# Each command runs several times (GLOSSA_RUNS, default 5; PEER_RUNS, default 3) and its median
# CPU time (user + sys) is given with the fastest and slowest run.
# Usage: scripts/lint_bench.sh [SHARED_DIR] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
WORK=${2:-$(mktemp -d)}
mkdir -p "$WORK"
VENV=${VENV:-$WORK/venv}
[ -x "$VENV/bin/pofilter" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q translate-toolkit compare-locales; }
cargo build --release -q --bin glossa
G=$PWD/target/release/glossa
python3 "$SHARED/eval/qa/gen_po.py" "$WORK/ru.po" 100000 >/dev/null
python3 "$SHARED/eval/qa/gen_ftl.py" "$WORK/ftl" 100000 >/dev/null
# The last line of the time file is /usr/bin/time's (a tool may write progress to stderr before it).
GLOSSA_RUNS=${GLOSSA_RUNS:-5}
PEER_RUNS=${PEER_RUNS:-3}
# cputime RUNS COMMAND...: the median CPU time of RUNS runs, the fastest and slowest, and the
# largest peak RSS. The last line of each time file is /usr/bin/time's (a tool may write
# progress to stderr before it).
cputime() {
  local runs=$1; shift
  : > "$WORK/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%U %S %M" "$@" 2> "$WORK/time" >/dev/null || true
    tail -1 "$WORK/time" | awk '{printf "%.2f %d\n", $1+$2, $3/1024}' >> "$WORK/times"
  done
  sort -n "$WORK/times" | awk -v n="$runs" '{t[NR]=$1; if ($2>m) m=$2}
    END {printf "%.2f CPU-s median of %d (%.2f-%.2f), %d MB peak", t[int((n+1)/2)], n, t[1], t[n], m}'
}
echo "PO, 100,000 units:"
echo "  glossa check (all checks, shipped glossary): $(cputime "$GLOSSA_RUNS" "$G" check --glossary glossaries/russia-japan.toml --fail-on never --format json "$WORK/ru.po")"
"$G" check --glossary glossaries/russia-japan.toml --fail-on never --format json "$WORK/ru.po" > "$WORK/glossa-po.json"
echo "  pofilter (all default checks):               $(cputime "$PEER_RUNS" "$VENV/bin/pofilter" "$WORK/ru.po" "$WORK/pofilter-out.po")"
echo "Fluent, 100,000 messages:"
FTL="$WORK/ftl/en-US/app.ftl $WORK/ftl/ru/app.ftl"
echo "  glossa check:      $(cputime "$GLOSSA_RUNS" "$G" check --fail-on never --format json $FTL)"
"$G" check --fail-on never --format json $FTL > "$WORK/glossa-ftl.json"
echo "  compare-locales:   $(cputime "$PEER_RUNS" "$VENV/bin/compare-locales" "$WORK/ftl/l10n.toml" "$WORK/ftl" ru)"
"$VENV/bin/compare-locales" "$WORK/ftl/l10n.toml" "$WORK/ftl" ru > "$WORK/compare-locales.txt" 2>&1 || true
echo "Findings kept in $WORK (glossa-po.json, glossa-ftl.json, pofilter-out.po, ru.po.truth.tsv)"
