#!/usr/bin/env bash
# Fuzz run and HTML-depth timings (issue 12). Prints figures; exits non-zero when an input crashed the
# reader or the pipeline. SECONDS_LIMIT (default 600) and MAX_INPUTS (default 200000) bound the fuzz run.
# Release build; run on an idle machine and quote medians.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Vigil.Cli -c Release -v q -nologo >/dev/null
vigil() { dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll "$@"; }
echo "== HTML reduction: N nested divs, unbounded parse (before) vs bounded read (after)"
vigil bench html-depth --depths 20000 40000 100000 --runs 5
echo "== fuzz"
vigil bench fuzz --seconds "${SECONDS_LIMIT:-600}" --max-inputs "${MAX_INPUTS:-200000}" --seed "${SEED:-12}"
