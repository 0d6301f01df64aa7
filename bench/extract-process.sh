#!/usr/bin/env bash
# Times `vigil extract DIR --json` as a process: CPU-seconds (user + sys, and each apart) and wall seconds over a folder of
# ~3 KB reports built from the development reports (samples/ and ../shared/corpus/dev-en),
# several runs, medians printed. Run from the repository root:
#   bash bench/extract-process.sh [MEGABYTES=12] [RUNS=3] [CORPUS_DIR...]
# CORPUS_DIR… replaces the default sources: `bash bench/extract-process.sh 6 3 ../shared/corpus/dev-fa` times Persian.
# Which CLI is timed (the fast build is the default, the one the README's self-contained publish command ships):
#   default                 `dotnet publish -r linux-x64 --self-contained -p:PublishSingleFile=true` (the README's command;
#                           the project makes it one composite ReadyToRun image of framework and Vigil), published into
#                           artifacts/extract-process/ and kept there: the first publish takes minutes (crossgen2
#                           compiles the framework too), later ones only redo what changed.
#   VIGIL_BENCH_BUILD=1     the Release build output run by `dotnet vigil.dll` (JIT, as `dotnet run` gives it).
#   VIGIL_BENCH_PUBLISH="-p:…"  extra publish properties, e.g. "-p:PublishReadyToRunComposite=false" for plain ReadyToRun.
#   VIGIL_BENCH_AOT=1       the native `vigil-extract` (src/Vigil.Extract, native AOT: `vigil extract DIR --json` without the
#                           runtime's start-up or JIT), published into artifacts/extract-process/aot/ (a minute or two).
#   VIGIL_BENCH_CLI=PATH    an existing `vigil` executable, vigil.dll or `vigil-extract` (e.g. main's, for runs side by side).
#   VIGIL_BENCH_ENV="DOTNET_GCgen0size=4000000"  a runtime setting to try. Values are hexadecimal without "0x": the native
#                           `vigil-extract` ignores "0x4000000" without a word (and names are case-sensitive there:
#                           DOTNET_GCGen0MaxBudget, not GCgen0MaxBudget). Check that a setting took, e.g. by the peak
#                           resident memory of `/usr/bin/time -f %M`.
# docs/pipeline/pipeline.md (Speed) has the figures for each.
set -euo pipefail
MB=${1:-12}; RUNS=${2:-3}; shift $(( $# < 2 ? $# : 2 ))
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
# CLI is the command up to the folder: `vigil extract`, or `vigil-extract`, which takes the folder directly.
if [ -n "${VIGIL_BENCH_CLI:-}" ]; then
  CLI=("$VIGIL_BENCH_CLI" extract); MODE="given $VIGIL_BENCH_CLI"
  case "$VIGIL_BENCH_CLI" in *vigil-extract*.dll) CLI=(dotnet "$VIGIL_BENCH_CLI") ;; *vigil-extract*) CLI=("$VIGIL_BENCH_CLI") ;;
    *.dll) CLI=(dotnet "$VIGIL_BENCH_CLI" extract) ;; esac
elif [ -n "${VIGIL_BENCH_AOT:-}" ]; then
  OUT="$ROOT/artifacts/extract-process/aot"
  dotnet publish "$ROOT/src/Vigil.Extract" -c Release -r linux-x64 -o "$OUT" -nologo -v q >/dev/null
  CLI=("$OUT/vigil-extract"); MODE="native vigil-extract"
elif [ -n "${VIGIL_BENCH_BUILD:-}" ]; then
  dotnet build "$ROOT/src/Vigil.Cli" -c Release -nologo -v q >/dev/null
  CLI=(dotnet "$(ls "$ROOT"/src/Vigil.Cli/bin/Release/net*/vigil.dll | head -1)" extract); MODE="build output"
else
  OUT="$ROOT/artifacts/extract-process/cli${VIGIL_BENCH_PUBLISH:+-$(echo "$VIGIL_BENCH_PUBLISH" | md5sum | cut -c1-8)}"
  # shellcheck disable=SC2086 # the extra properties are separate words
  dotnet publish "$ROOT/src/Vigil.Cli" -c Release -r linux-x64 --self-contained -p:PublishSingleFile=true \
    -p:IncludeNativeLibrariesForSelfExtract=true ${VIGIL_BENCH_PUBLISH:-} -o "$OUT" -nologo -v q >/dev/null
  CLI=("$OUT/vigil" extract); MODE="published self-contained ${VIGIL_BENCH_PUBLISH:-}"
fi
mkdir -p "$W/in"

# Reports of about 3 KB: each source body cut at paragraph ends, with its front matter, until the folder holds MB megabytes.
. "$ROOT/bench/lib/shared.sh"
if [ $# -gt 0 ]; then SOURCES=("$@"); else SOURCES=("$ROOT/samples" "$SHARED/corpus/dev-en"); fi
for d in "${SOURCES[@]}"; do
  # A missing folder used to be skipped without a word, so the "12 MB" folder silently held other reports.
  [ -d "$d" ] || { echo "error: $d: no such folder (pass the corpus folders as arguments)" >&2; exit 2; }
done
python3 "$ROOT/bench/lib/make-reports.py" "$W/in" --mb "$MB" "${SOURCES[@]}"
BYTES=$(cat "$W"/in/*.txt | wc -c)
user=(); sys=(); wall=()
for r in $(seq "$RUNS"); do
  /usr/bin/env ${VIGIL_BENCH_ENV:-} bash -c "TIMEFORMAT='%U %S %R'; time ${CLI[*]@Q} '$W/in' --json > '$W/out.jsonl'" 2> "$W/time"
  read -r u s real < <(tail -1 "$W/time")
  user+=("$u"); sys+=("$s"); wall+=("$real")
done
python3 - "$BYTES" "${user[*]}" "${sys[*]}" "${wall[*]}" "$MODE ${VIGIL_BENCH_ENV:-}" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import sys, statistics
b = int(sys.argv[1]); user, kernel, wall = ([float(x) for x in a.split()] for a in sys.argv[2:5])
cpu = [u + s for u, s in zip(user, kernel)]
c, w = statistics.median(cpu), statistics.median(wall)
print(f"extract --json ({sys.argv[5].strip()}): {b / 1e6:.1f} MB, {len(cpu)} runs; median CPU {c:.2f} s ({b / 1e6 / c:.1f} MB per CPU-second: user {statistics.median(user):.2f} + sys {statistics.median(kernel):.2f}), median wall {w:.2f} s ({b / 1e6 / w:.1f} MB/s)")
print("  CPU runs (user + sys): " + " ".join(f"{u:.2f}+{s:.2f}" for u, s in zip(user, kernel)) + f"; load average {sys.argv[6]}")
PY
