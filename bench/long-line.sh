#!/usr/bin/env bash
# Linear time on one long line (issue 10, "Bad input"): builds two one-report folders from the development reports
# (../shared/corpus/dev-fa and dev-en, front matter dropped, newlines turned into spaces, repeated) holding one line of
# 0.5 MB and one of 2 MB of mixed Persian/English text, runs the stages bench (thread CPU time per stage, collections
# on their own row) on each and prints how much each stage grew. Linear is ~4x. Run from the repository root:
#   bash bench/long-line.sh [SMALL_BYTES=500000] [LARGE_BYTES=2000000]
set -euo pipefail
SMALL=${1:-500000}; LARGE=${2:-2000000}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/lib/shared.sh"
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
dotnet build "$ROOT/bench/Vigil.Benchmarks" -c Release -nologo -v q >/dev/null
DLL=$(ls "$ROOT"/bench/Vigil.Benchmarks/bin/Release/net*/Vigil.Benchmarks.dll | head -1)
python3 - "$W" "$SMALL" "$LARGE" "$SHARED/corpus/dev-fa" "$SHARED/corpus/dev-en" <<'PY'
import glob, os, sys
out, sizes, dirs = sys.argv[1], [int(sys.argv[2]), int(sys.argv[3])], sys.argv[4:]
text = ""
for d in dirs:
    for f in sorted(glob.glob(os.path.join(d, "*.txt"))):
        t = open(f, encoding="utf-8").read()
        if t.startswith("---\n") and "\n---\n" in t[4:]:
            t = t[t.index("\n---\n", 4) + 5:]
        text += t.replace("\n", " ") + " "
if not text.strip():
    sys.exit("no development reports found in " + ", ".join(dirs))
for name, size in zip(["small", "large"], sizes):
    s = text * (size // len(text.encode("utf-8")) + 1)
    os.makedirs(os.path.join(out, name))
    open(os.path.join(out, name, "line.txt"), "w", encoding="utf-8").write(s.encode("utf-8")[:size].decode("utf-8", "ignore"))
PY
dotnet "$DLL" stages "$W/small" > "$W/small.txt"
dotnet "$DLL" stages "$W/large" > "$W/large.txt"
python3 - "$W/small.txt" "$W/large.txt" "$SMALL" "$LARGE" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import re, sys
def read(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s+(\S.*?)\s+([\d.]+) CPU-ms\s+[\d.]+ %\s+([\d.]+) MB allocated", line)
        if m:
            rows[m.group(1)] = (float(m.group(2)), float(m.group(3)))
        elif "CPU-ms per pass" in line:
            rows["(whole pipeline)"] = (float(re.search(r"([\d.]+) CPU-ms per pass", line).group(1)), 0.0)
    return rows
small, large = read(sys.argv[1]), read(sys.argv[2])
ratio = int(sys.argv[4]) / int(sys.argv[3])
print(f"one line of {int(sys.argv[3]) / 1e6:.1f} MB vs {int(sys.argv[4]) / 1e6:.1f} MB ({ratio:.0f}x the size; linear is {ratio:.0f}x); load average {sys.argv[5]}")
print(f"  {'stage':<26} {'CPU-ms':>8} {'CPU-ms':>8} {'growth':>7}")
for name in sorted(large, key=lambda n: -large[n][0]):
    a, b = small.get(name, (0, 0))[0], large[name][0]
    print(f"  {name:<26} {a:8.1f} {b:8.1f} {(b / a if a else float('nan')):6.1f}x")
PY
