#!/usr/bin/env bash
# Linear time on adversarial one-line reports (issue 9, "Bad input"): one sentence that never ends, repeating a pattern
# that makes a stage keep many records at once (names, quotations of one speaker, triggers with dates, Persian office
# holders, named victims). Times `vigil extract DIR --json` as a process (CPU seconds, start-up included) on a small and a
# 4x larger line of each and prints the growth; linear is about 4x once start-up (~1 CPU-s) is taken off. Run from the
# repository root:
#   bash bench/bad-lines.sh [SMALL_BYTES=500000]
set -euo pipefail
SMALL=${1:-500000}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
dotnet build "$ROOT/src/Vigil.Cli" -c Release -nologo -v q >/dev/null
DLL=$(ls "$ROOT"/src/Vigil.Cli/bin/Release/net*/vigil.dll | head -1)
python3 - "$W" "$SMALL" <<'PY'
import os, sys
out, small = sys.argv[1], int(sys.argv[2])
patterns = {
    "names": "Ali Khamenei and Ebrahim Raisi met Mohseni-Ejei in Tehran; ",
    "quotes": "“We will not stop,” said Ali Rezaei, the spokesman of the judiciary, ",
    "triggers": "Police arrested 5 people on 3 May 2022 in Tehran and killed two protesters, ",
    "persian": "سخنگوی وزارت خارجه گفت: «ما متوقف نمی‌شویم» و ناصر کنعانی افزود: «اعتراض ادامه دارد» ",
    "victims": "Mahsa Amini, 22, was killed by security forces in Saqqez, and Nika Shakarami, 16, was arrested; ",
}
for name, p in patterns.items():
    for size in ("small", "large"):
        n = small * (4 if size == "large" else 1) // len(p.encode("utf-8"))
        os.makedirs(os.path.join(out, name, size))
        open(os.path.join(out, name, size, "line.txt"), "w", encoding="utf-8").write(p * n)
PY
echo "one-line report   $((SMALL / 1000)) KB -> $((SMALL * 4 / 1000)) KB, process CPU-s (load $(cut -d' ' -f1-3 /proc/loadavg))"
for d in "$W"/*/; do
  name=$(basename "$d"); t=()
  for size in small large; do
    TIMEFORMAT='%U %S'; { time dotnet "$DLL" extract "$d/$size" --json > /dev/null; } 2> "$W/time"
    t+=("$(tail -1 "$W/time" | awk '{print $1 + $2}')")
  done
  python3 -c "import sys; a, b = float(sys.argv[2]), float(sys.argv[3]); print(f'{sys.argv[1]:<10} {a:6.2f} -> {b:6.2f}  ({b / a:.1f}x)')" "$name" "${t[0]}" "${t[1]}"
done
