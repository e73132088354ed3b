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
GLOSSA_RUNS=${GLOSSA_RUNS:-5}
PEER_RUNS=${PEER_RUNS:-3}
# cputime NAME RUNS COMMAND...: the median CPU time (user + sys, from wait4's rusage in microseconds;
# /usr/bin/time rounds to 0.01 s, a tenth of glossa's run) of RUNS runs, the fastest and slowest,
# and the largest peak RSS. The median is also written to $WORK/median.NAME.
cputime() {
  python3 - "$WORK" "$@" <<'PY'
import os, statistics, subprocess, sys
work, name, runs, command = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
times, peak = [], 0
for _ in range(runs):
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(command, stdout=null, stderr=null)
        _, _, usage = os.wait4(child.pid, 0)
    times.append(usage.ru_utime + usage.ru_stime)
    peak = max(peak, usage.ru_maxrss // 1024)
times.sort()
with open(os.path.join(work, "median." + name), "w") as out:
    out.write(f"{statistics.median(times)}\n")
print(f"{statistics.median(times):.3f} CPU-s median of {runs} ({times[0]:.3f}-{times[-1]:.3f}), {peak} MB peak", end="")
PY
}
echo "PO, 100,000 units:"
echo "  glossa check (all checks, shipped glossary): $(cputime glossa-po "$GLOSSA_RUNS" "$G" check --glossary glossaries/russia-japan.toml --fail-on never --format json "$WORK/ru.po")"
"$G" check --glossary glossaries/russia-japan.toml --fail-on never --format json "$WORK/ru.po" > "$WORK/glossa-po.json"
echo "  pofilter (all default checks):               $(cputime pofilter "$PEER_RUNS" "$VENV/bin/pofilter" "$WORK/ru.po" "$WORK/pofilter-out.po")"
ratio() { python3 -c "import sys; print(f'{float(open(sys.argv[1]).read())/float(open(sys.argv[2]).read()):.0f}')" "$WORK/median.$1" "$WORK/median.$2"; }
echo "  glossa's units per CPU-second: $(ratio pofilter glossa-po)x pofilter's (medians)"
echo "Fluent, 100,000 messages:"
FTL="$WORK/ftl/en-US/app.ftl $WORK/ftl/ru/app.ftl"
echo "  glossa check:      $(cputime glossa-ftl "$GLOSSA_RUNS" "$G" check --fail-on never --format json $FTL)"
"$G" check --fail-on never --format json $FTL > "$WORK/glossa-ftl.json"
echo "  compare-locales:   $(cputime compare-locales "$PEER_RUNS" "$VENV/bin/compare-locales" "$WORK/ftl/l10n.toml" "$WORK/ftl" ru)"
"$VENV/bin/compare-locales" "$WORK/ftl/l10n.toml" "$WORK/ftl" ru > "$WORK/compare-locales.txt" 2>&1 || true
echo "  glossa's messages per CPU-second: $(ratio compare-locales glossa-ftl)x compare-locales's (medians)"
echo "Findings kept in $WORK (glossa-po.json, glossa-ftl.json, pofilter-out.po, ru.po.truth.tsv)"
