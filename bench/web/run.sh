#!/usr/bin/env bash
# The web app's speed benchmark (issues 5, 13): a store of N incidents from 3N reports, `vigil serve` on
# 127.0.0.1, and wrk with 20 connections against the incident list with filters, search and the
# dashboard; prints p50/p95/p99 per endpoint with the machine's load average beside each row. Pages are
# read signed in with a session cookie (as a browser does), /api/v1 with an API token (tokens are accepted
# only there). SQLite always; PostgreSQL too when VIGIL_BENCH_POSTGRES holds a connection string to an
# empty database (e.g. the throwaway cluster in docs/browser-tests.md).
#
#   bench/web/run.sh                      # 100,000 incidents, 20 s per endpoint
#   INCIDENTS=20000 DURATION=10 bench/web/run.sh
#   ONLY=postgres INCIDENTS=1000000 VIGIL_BENCH_POSTGRES="Host=…;Database=empty" KEEP=1 bench/web/run.sh   # issue 13's million
#   KEEP=1 bench/web/run.sh               # keep the generated store (under $WORK) for another run
#   ONLY=postgres bench/web/run.sh        # one database only (sqlite or postgres)
#   CONNECTIONS=1 THREADS=1 KEEP=1 bench/web/run.sh   # single-client latencies on a kept store (a loaded machine queues 20 clients)
#   ENDPOINTS_ONLY='search' VIGIL=/tmp/old/vigil KEEP=1 bench/web/run.sh   # the endpoints whose name matches, served by another build (A/B)
#   NO_BUILD=1 VIGIL=/tmp/old/vigil KEEP=1 bench/web/run.sh   # no build of the CLI first (a build copied aside, a kept store)
#   SEARCH_START=2415 ENDPOINTS_ONLY='^search-cold' KEEP=1 bench/web/run.sh   # distinct searches with a year filter (a 20 s run
#                                         # from the start reaches only searches without one; bench/web/search-cold.lua)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/serve.sh
INCIDENTS=${INCIDENTS:-100000}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-20}
export THREADS=${THREADS:-2}
PORT=${PORT:-5099}
WORK=${WORK:-/tmp/vigil-bench-web-$INCIDENTS}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [ -z "${NO_BUILD:-}" ]; then # NO_BUILD=1: A/B runs of builds copied aside (VIGIL=) on a kept store skip the CLI's build
  dotnet build -c Release src/Vigil.Cli -v q -nologo >/dev/null
fi
# The generator is always built (a no-op when up to date): it is not in Vigil.slnx, so a stale copy left by NO_BUILD=1
# once wrote a store with an old schema that the current build could not serve (session 28).
dotnet build -c Release bench/web/Generate -v q -nologo >/dev/null
VIGIL=${VIGIL:-src/Vigil.Cli/bin/Release/net10.0/vigil}
GENERATE="dotnet bench/web/Generate/bin/Release/net10.0/Generate.dll"

# Endpoints: name and path (filters chosen to match a realistic slice, not an empty one).
ENDPOINTS=(
  "list-filtered|/incidents?type=protest&province=Tehran&from=2021-01-01&to=2022-12-31"
  "list-status|/incidents?status=confirmed&corroboration=2"
  "search|/incidents?q=Zahedan%20teachers"
  "search-api|/api/v1/incidents?q=strike%20wages"
  "search-cold|/incidents?q=Zahedan%20teachers&cold"
  "list-deep|/incidents?status=confirmed&after=CURSOR150"
  "list-deep-offset|/incidents?status=confirmed&page=150"
  "dashboard|/"
  "stats-api|/api/v1/stats"
)

if [ -n "${ENDPOINTS_ONLY:-}" ]; then
  only=()
  for e in "${ENDPOINTS[@]}"; do [[ ${e%%|*} =~ $ENDPOINTS_ONLY ]] && only+=("$e"); done
  ENDPOINTS=("${only[@]}")
fi

# CPU time (clock ticks) of the server and of its PostgreSQL backends (those on the bench database): divided by the
# requests served, the cost of a request on this shared machine, where wall-clock latencies follow the other engineers' load.
# Printed as cpu= (both) and server (the server's alone; the rest is PostgreSQL's).
DBNAME=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"${VIGIL_BENCH_POSTGRES:-}")
cpu_ticks() { # serve's pid; with a second argument, the server's alone
  local t=0 p
  for p in "$1" $([ -n "${2:-}" ] || pgrep -f "^postgres: [^ ]+ ${DBNAME:-none} " || true); do
    [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}

run_one() { # label, extra serve arguments...
  local label=$1; shift
  local log="$WORK/serve-$label.log"
  "$VIGIL" "$@" serve --urls "http://127.0.0.1:$PORT" >"$log" 2>&1 &
  local pid=$!
  trap "kill $pid 2>/dev/null || true" RETURN
  wait_until_serving "$PORT" 120
  local token; token=$(sed -n 1p "$WORK/token-$label")
  local password; password=$(sed -n 2p "$WORK/token-$label")
  # Sign in as the bench editor for the pages: the same form a browser posts (antiforgery token and cookie).
  local cookie; cookie=$(sign_in_cookie "$PORT" "$password" "$WORK/cookies-$label" "$label")
  auth() { case $1 in /api/*) echo "Authorization: Bearer $token" ;; *) echo "Cookie: $cookie" ;; esac; }
  # list-deep is page 150 as a reader reaches it, through the Next links (after= the end of page 149, one offset read here to
  # find it); list-deep-offset is the same page by number (page=150), as old links and clients still ask for it.
  local cursor; cursor=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT/api/v1/incidents?status=confirmed&page=149" | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')
  echo "== $label: $INCIDENTS incidents, $CONNECTIONS connections, $DURATION s per endpoint"
  # Warm up every endpoint first: the JIT compiles the shared code paths to their optimised tier only after
  # they have run for a while, which would otherwise be charged to whichever endpoint comes first.
  for e in "${ENDPOINTS[@]}"; do
    local warm=${e#*|}
    [ "${e%%|*}" = search-cold ] || wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP:-5}s" -H "$(auth "$warm")" "http://127.0.0.1:$PORT${warm/CURSOR150/$cursor}" >/dev/null
  done
  for e in "${ENDPOINTS[@]}"; do
    local name=${e%%|*} path=${e#*|}
    path=${path/CURSOR150/$cursor}
    local header; header=$(auth "$path")
    local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "http://127.0.0.1:$PORT$path")
    [ "$status" = 200 ] || { echo "$name: GET $path gave $status" >&2; exit 1; }
    local script=bench/web/percentiles.lua url="http://127.0.0.1:$PORT$path"
    if [ "$name" = search-cold ]; then # every request a different search (bench/web/search-cold.lua)
      script=bench/web/search-cold.lua url="http://127.0.0.1:$PORT/" path="/incidents?q=… (2,415 searches × 8 date filters, none repeated)"
    else # warm up (JIT, page caches), then measure the same request again and again
      wrk -t "$THREADS" -c "$CONNECTIONS" -d 3s -H "$header" "$url" >/dev/null
    fi
    printf '%-14s %-70s ' "$name" "$path"
    local before; before=$(cpu_ticks "$pid")
    local server; server=$(cpu_ticks "$pid" alone)
    local result; result=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s -H "$header" -s "$script" "$url" | grep '^RESULT' | sed 's/^RESULT //')
    local requests; requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$result")
    local hz; hz=$(getconf CLK_TCK)
    local cpu; cpu=$(awk -v t=$(( $(cpu_ticks "$pid") - before )) -v hz="$hz" -v n="${requests:-0}" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
    server=$(awk -v t=$(( $(cpu_ticks "$pid" alone) - server )) -v hz="$hz" -v n="${requests:-0}" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
    echo "$result  cpu=${cpu}ms/req (server ${server})  load=$(cut -d ' ' -f 1 /proc/loadavg)"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

mkdir -p "$WORK"
if [ "${ONLY:-sqlite}" = sqlite ] && [ ! -f "$WORK/token-sqlite" ]; then
  echo "generating $INCIDENTS incidents into $WORK/sqlite …"
  rm -rf "$WORK/sqlite"
  $GENERATE --data "$WORK/sqlite" --incidents "$INCIDENTS" >"$WORK/token-sqlite" 2>"$WORK/generate-sqlite.log"
  echo "generated: $(tail -1 "$WORK/generate-sqlite.log") (load $(cut -d ' ' -f 1-3 /proc/loadavg))"
fi
# serve refuses a data directory other users can open (the generator leaves it 0755).
[ "${ONLY:-sqlite}" = sqlite ] && chmod 700 "$WORK/sqlite" && run_one sqlite --data "$WORK/sqlite"

if [ -n "${VIGIL_BENCH_POSTGRES:-}" ] && [ "${ONLY:-postgres}" = postgres ]; then
  if [ ! -f "$WORK/token-postgres" ]; then
    echo "generating $INCIDENTS incidents into PostgreSQL …"
    $GENERATE --data "$WORK/pgdata" --db "$VIGIL_BENCH_POSTGRES" --incidents "$INCIDENTS" >"$WORK/token-postgres" 2>"$WORK/generate-postgres.log"
    echo "generated: $(tail -1 "$WORK/generate-postgres.log") (load $(cut -d ' ' -f 1-3 /proc/loadavg))"
  fi
  chmod 700 "$WORK/pgdata"
  run_one postgres --data "$WORK/pgdata" --db "$VIGIL_BENCH_POSTGRES"
fi

[ -n "${KEEP:-}" ] || rm -rf "$WORK"
