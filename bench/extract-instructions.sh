#!/usr/bin/env bash
# Counts the instructions of the native `vigil-extract` over a folder of reports with callgrind: a figure the machine's load
# does not move (CPU-seconds on the shared 2-core machine move ±5–10 % with it), for comparing two builds run alternately.
# Run from the repository root:
#   bash bench/extract-instructions.sh [REPORTS=400] [TOP=25] [CORPUS_DIR...]
# REPORTS ~3 KB reports are made as bench/extract-process.sh makes them (from samples/ and ../shared/corpus/dev-en, or the
# folders given). Prints the total and the TOP functions by their own instructions.
#   VIGIL_BENCH_CLI=PATH   an existing vigil-extract (its vigil-extract.dbg beside it names the functions), e.g. main's.
# Notes (docs/pipeline/pipeline.md, session 26): valgrind gives up when vigil-extract.dbg lies beside the file, so the file is
# copied alone; DOTNET_PROCESSOR_COUNT=1 keeps one worker; totals still move ±1–2 % between runs of one binary (GC timing), so
# run the two builds alternately, several times each. callgrind loads the position-independent file at 0x108000: a managed
# function's address there is its `nm` address + 0x108000, which is how the names below are found.
set -euo pipefail
REPORTS=${1:-400}; TOP=${2:-25}; shift $(( $# < 2 ? $# : 2 ))
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v valgrind >/dev/null || { echo "error: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
if [ -n "${VIGIL_BENCH_CLI:-}" ]; then
  BIN="$VIGIL_BENCH_CLI"
else
  dotnet publish "$ROOT/src/Vigil.Extract" -c Release -r linux-x64 -o "$ROOT/artifacts/extract-process/aot" -nologo -v q >/dev/null
  BIN="$ROOT/artifacts/extract-process/aot/vigil-extract"
fi
mkdir -p "$W/bin" "$W/in"
cp "$BIN" "$W/bin/vigil-extract"
. "$ROOT/bench/lib/shared.sh"
if [ $# -gt 0 ]; then SOURCES=("$@"); else SOURCES=("$ROOT/samples" "$SHARED/corpus/dev-en"); fi
python3 "$ROOT/bench/lib/make-reports.py" "$W/in" --count "$REPORTS" "${SOURCES[@]}"
DOTNET_PROCESSOR_COUNT=1 valgrind --tool=callgrind --callgrind-out-file="$W/cg.out" "$W/bin/vigil-extract" "$W/in" >/dev/null 2>"$W/cg.log"
grep "refs" "$W/cg.log" | sed 's/^==[0-9]*== *//'
DBG="$BIN.dbg"
if [ -f "$DBG" ]; then
  nm -C --defined-only "$DBG" | grep -i ' t ' | sort > "$W/syms"
  callgrind_annotate "$W/cg.out" > "$W/annotated"
  python3 - "$W/syms" "$W/annotated" "$TOP" <<'PY'
import bisect, re, sys
syms = sorted((int(a, 16), n.strip()) for a, _, n in (l.split(' ', 2) for l in open(sys.argv[1]) if l.count(' ') >= 2))
addrs = [a for a, _ in syms]
shown = 0
for line in open(sys.argv[2]):
    m = re.match(r"\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)", line)
    if not m or "PROGRAM TOTALS" in line:
        continue
    name = m.group(3)
    a = re.match(r"\?\?\?:0x([0-9a-f]+)", name)
    if a:
        # The runtime's native code is named with its file offset; managed code by its address in the loaded image.
        base = 0 if name.endswith("vigil-extract]") else 0x108000
        i = bisect.bisect_right(addrs, int(a.group(1), 16) - base) - 1
        name = syms[i][1] if i >= 0 else name
    print(f"{m.group(1):>15} {m.group(2):>6}%  {name[:110]}")
    shown += 1
    if shown >= int(sys.argv[3]):
        break
PY
else
  echo "(no $DBG: functions not named)"
fi
