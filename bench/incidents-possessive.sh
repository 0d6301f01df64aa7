#!/usr/bin/env bash
# Times `vigil extract FILE --json` as a process on one long invented report in which every sentence pair tells an arrest
# and then a possessive back-reference ("… condemned her arrest") naming a person never told before, so each possessive
# trigger asks whether any earlier arrest named that person (IncidentsStage.IsToldBefore). Prints the median of the
# process CPU-seconds (user + sys) over RUNS runs and the load average. Run from the repository root:
#   bash bench/incidents-possessive.sh [PAIRS=4000] [RUNS=3]
set -euo pipefail
PAIRS=${1:-4000}; RUNS=${2:-3}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
dotnet build "$ROOT/src/Vigil.Cli" -c Release -nologo -v q >/dev/null
DLL=$(ls "$ROOT"/src/Vigil.Cli/bin/Release/net*/vigil.dll | head -1)
python3 - "$W/long.txt" "$PAIRS" <<'PY'
import sys
out, pairs = sys.argv[1], int(sys.argv[2])
syl = "ba da ka ma na ra sa ta za ha".split()
def surname(n): return "".join(syl[(n // 10 ** k) % 10] for k in range(5)).capitalize() + "i"
firsts = "Sara Ali Reza Maryam Hamid Nasrin Omid Leila".split()
lines, para = ["---", "published: 2023-06-10", "language: en", "---"], []
for n in range(pairs):
    para.append(f"Police arrested {firsts[n % 8]} {surname(n)} in Tehran on 2 May. "
                f"The family of {firsts[(n + 3) % 8]} {surname(n + 50000)} condemned her arrest.")
    if n % 5 == 4:
        lines += [" ".join(para), ""]; para = []
lines.append(" ".join(para))
open(out, "w").write("\n".join(lines) + "\n")
PY
CPU=()
for _ in $(seq "$RUNS"); do
  /usr/bin/time -f "%U %S" -o "$W/t" dotnet "$DLL" extract "$W/long.txt" --json >/dev/null
  CPU+=("$(awk '{print $1 + $2}' "$W/t")")
done
MED=$(printf '%s\n' "${CPU[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "incidents-possessive: $PAIRS pairs ($(wc -c <"$W/long.txt") bytes), process CPU-s median $MED over $RUNS runs [${CPU[*]}]; load $(cut -d' ' -f1-3 /proc/loadavg)"
