#!/usr/bin/env bash
# The web app's speed benchmark (issue 5): a store of N incidents from 3N reports, `vigil serve` on
# 127.0.0.1, and wrk with 20 connections against the incident list with filters, search and the
# dashboard; prints p50/p95/p99 per endpoint. SQLite always; PostgreSQL too when VIGIL_BENCH_POSTGRES
# holds a connection string to an empty database (e.g. the throwaway cluster in docs/browser-tests.md).
#
#   bench/web/run.sh                      # 100,000 incidents, 20 s per endpoint
#   INCIDENTS=20000 DURATION=10 bench/web/run.sh
#   KEEP=1 bench/web/run.sh               # keep the generated store (under $WORK) for another run
#   ONLY=postgres bench/web/run.sh        # one database only (sqlite or postgres)
set -euo pipefail
cd "$(dirname "$0")/../.."
INCIDENTS=${INCIDENTS:-100000}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-20}
export THREADS=${THREADS:-2}
PORT=${PORT:-5099}
WORK=${WORK:-/tmp/vigil-bench-web-$INCIDENTS}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build -c Release src/Vigil.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/web/Generate -v q -nologo >/dev/null
VIGIL=src/Vigil.Cli/bin/Release/net10.0/vigil
GENERATE="dotnet bench/web/Generate/bin/Release/net10.0/Generate.dll"

# Endpoints: name and path (filters chosen to match a realistic slice, not an empty one).
ENDPOINTS=(
  "list-filtered|/incidents?type=protest&province=Tehran&from=2021-01-01&to=2022-12-31"
  "list-status|/incidents?status=confirmed&corroboration=2"
  "search|/incidents?q=Zahedan%20teachers"
  "search-api|/api/v1/incidents?q=strike%20wages"
  "search-cold|/incidents?q=Zahedan%20teachers&cold"
  "dashboard|/"
  "stats-api|/api/v1/stats"
)

run_one() { # label, extra serve arguments...
  local label=$1; shift
  local log="$WORK/serve-$label.log"
  "$VIGIL" "$@" serve --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
  local pid=$!
  trap "kill $pid 2>/dev/null || true" RETURN
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/account/signin" 2>/dev/null && break
    sleep 0.5
  done
  local token; token=$(cat "$WORK/token-$label")
  echo "== $label: $INCIDENTS incidents, $CONNECTIONS connections, $DURATION s per endpoint"
  # Warm up every endpoint first: the JIT compiles the shared code paths to their optimised tier only after
  # they have run for a while, which would otherwise be charged to whichever endpoint comes first.
  for e in "${ENDPOINTS[@]}"; do
    [ "${e%%|*}" = search-cold ] || wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP:-5}s" -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT${e#*|}" >/dev/null
  done
  for e in "${ENDPOINTS[@]}"; do
    local name=${e%%|*} path=${e#*|}
    local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$path")
    [ "$status" = 200 ] || { echo "$name: GET $path gave $status" >&2; exit 1; }
    local script=bench/web/percentiles.lua url="http://127.0.0.1:$PORT$path"
    if [ "$name" = search-cold ]; then # every request a different search (bench/web/search-cold.lua)
      script=bench/web/search-cold.lua url="http://127.0.0.1:$PORT/" path="/incidents?q=… (2,415 searches × 6 date filters, none repeated)"
    else # warm up (JIT, page caches), then measure the same request again and again
      wrk -t "$THREADS" -c "$CONNECTIONS" -d 3s -H "Authorization: Bearer $token" "$url" >/dev/null
    fi
    printf '%-14s %-70s ' "$name" "$path"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s -H "Authorization: Bearer $token" -s "$script" "$url" \
      | grep '^RESULT' | sed 's/^RESULT //'
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

mkdir -p "$WORK"
if [ "${ONLY:-sqlite}" = sqlite ] && [ ! -f "$WORK/token-sqlite" ]; then
  echo "generating $INCIDENTS incidents into $WORK/sqlite …"
  rm -rf "$WORK/sqlite"
  $GENERATE --data "$WORK/sqlite" --incidents "$INCIDENTS" >"$WORK/token-sqlite"
fi
# serve refuses a data directory other users can open (the generator leaves it 0755).
[ "${ONLY:-sqlite}" = sqlite ] && chmod 700 "$WORK/sqlite" && run_one sqlite --data "$WORK/sqlite"

if [ -n "${VIGIL_BENCH_POSTGRES:-}" ] && [ "${ONLY:-postgres}" = postgres ]; then
  if [ ! -f "$WORK/token-postgres" ]; then
    echo "generating $INCIDENTS incidents into PostgreSQL …"
    $GENERATE --data "$WORK/pgdata" --db "$VIGIL_BENCH_POSTGRES" --incidents "$INCIDENTS" >"$WORK/token-postgres"
  fi
  chmod 700 "$WORK/pgdata"
  run_one postgres --data "$WORK/pgdata" --db "$VIGIL_BENCH_POSTGRES"
fi

[ -n "${KEEP:-}" ] || rm -rf "$WORK"
