#!/usr/bin/env bash
# The persons list's speed benchmark (issue 11): a store of generated person mentions linked into persons through the
# database (`vigil bench persons-list --keep`: prints the linking time, peak memory, precision and recall, and times
# ListPersons in-process with concurrent clients), then `vigil serve` on 127.0.0.1 and wrk with 20 connections against
# the persons page (signed in as an editor, as a browser) and /api/v1/persons (API tokens of an editor and a viewer):
# the list, each filter, searches by spelling variants (every request a different one); p50/p95/p99 per endpoint with
# the machine's load average beside each row, and at the end one table of every database and endpoint against the
# issue's target (p95 < 100 ms). Beside the 20-connection figures, two that a loaded machine changes less: the server
# process's CPU per request (from /proc over the 20-connection run; the database server's own CPU is not in it on
# PostgreSQL) and the p50 of one connection alone; and before the HTTP runs, ListPersons in-process, one client per kind
# of request (median wall and CPU per request, `vigil bench persons-list --store`). SQLite always; PostgreSQL too when VIGIL_BENCH_POSTGRES holds a connection string to a
# database the bench may empty.
#
#   bench/persons/run.sh                                  # 20,000 persons from 200,000 person mentions, 15 s per endpoint
#   VIGIL_BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres;Database=vigil_bench_persons" bench/persons/run.sh
#                                                         # both databases: the one command for the CTO's table
#   PERSONS=2000 MENTIONS=20000 DURATION=5 bench/persons/run.sh
#   ONLY=postgres … bench/persons/run.sh                  # one database only (sqlite or postgres)
#   VIGIL=/path/to/other/build/vigil KEEP=1 WORK=… …      # another build (before/after) over stores kept from a run
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/serve.sh
PERSONS=${PERSONS:-20000}
MENTIONS=${MENTIONS:-200000}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-20}
export THREADS=${THREADS:-2}
PORT=${PORT:-5098}
SINGLE=${SINGLE:-3}             # seconds of one connection alone per endpoint (0: skip)
TICKS=$(getconf CLK_TCK)
WORK=${WORK:-/tmp/vigil-bench-persons-$PERSONS}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [ -z "${VIGIL:-}" ]; then
  dotnet build -c Release src/Vigil.Cli -v q -nologo >/dev/null
  VIGIL=src/Vigil.Cli/bin/Release/net10.0/vigil
fi
TABLE=()
INPROCESS=()
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # the process's user + system CPU, in clock ticks

ENDPOINTS=(
  "page-list|/persons|editor"
  "page-list-p5|/persons?page=5|editor"
  "page-children|/persons?age=child|editor"
  "page-fate|/persons?fate=killed|editor"
  "page-province|/persons?province=Kurdistan&from=2021-01-01|editor"
  "page-status|/persons?status=confirmed|editor"
  "page-search|/persons?q=|search"
  "api-list|/api/v1/persons|editor"
  "api-viewer|/api/v1/persons|viewer"
  "api-children|/api/v1/persons?age_max=17&fate=killed|editor"
  "api-province|/api/v1/persons?province=tehran&from=2022-01-01&to=2022-12-31|editor"
  "api-search|/api/v1/persons?q=|search"
)

run_one() { # label, extra global arguments...
  local label=$1; shift
  local dir="$WORK/$label"
  "$VIGIL" "$@" serve --urls "http://127.0.0.1:$PORT" >"$WORK/serve-$label.log" 2>&1 &
  local pid=$!
  trap "kill $pid 2>/dev/null || true" RETURN
  wait_until_serving "$PORT" 240
  local editor_token password viewer_token
  editor_token=$(sed -n 1p "$dir/credentials"); password=$(sed -n 2p "$dir/credentials"); viewer_token=$(sed -n 3p "$dir/credentials")
  local cookie; cookie=$(sign_in_cookie "$PORT" "$password" "$WORK/cookies-$label" "$label")
  header() { # path, who
    case $1 in
      /api/*) [ "$2" = viewer ] && echo "Authorization: Bearer $viewer_token" || echo "Authorization: Bearer $editor_token" ;;
      *) echo "Cookie: $cookie" ;;
    esac
  }
  echo "== $label over HTTP: $CONNECTIONS connections, $DURATION s per endpoint"
  for e in "${ENDPOINTS[@]}"; do # warm-up: JIT tiers, connection pools, page caches
    IFS='|' read -r name path who <<<"$e"
    local script=bench/web/percentiles.lua
    [ "$who" = search ] && script=bench/persons/search.lua
    SEARCH_PATH=$path wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP:-3}s" -H "$(header "$path" "$who")" -s "$script" "http://127.0.0.1:$PORT$path" >/dev/null
  done
  for e in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path who <<<"$e"
    local script=bench/web/percentiles.lua probe=$path
    [ "$who" = search ] && script=bench/persons/search.lua probe="${path}Rahimi"
    local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "$(header "$path" "$who")" "http://127.0.0.1:$PORT$probe")
    [ "$status" = 200 ] || { echo "$name: GET $probe gave $status" >&2; exit 1; }
    printf '%-14s %-62s ' "$name" "$path$([ "$who" = search ] && echo '<spelling variant>')$([ "$who" = viewer ] && echo ' (viewer)')"
    local single=-
    if [ "$SINGLE" != 0 ]; then
      single=$(SEARCH_PATH=$path wrk -t 1 -c 1 -d "${SINGLE}s" --timeout 10s -H "$(header "$path" "$who")" -s "$script" "http://127.0.0.1:$PORT$path" | sed -n 's/^RESULT p50=\([0-9.]*\).*/\1/p')
    fi
    local before; before=$(cpu_ticks "$pid")
    local result; result=$(SEARCH_PATH=$path wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s -H "$(header "$path" "$who")" -s "$script" "http://127.0.0.1:$PORT$path" | grep '^RESULT' | sed 's/^RESULT //')
    local after; after=$(cpu_ticks "$pid")
    local load; load=$(cut -d ' ' -f 1 /proc/loadavg)
    local cpu; cpu=$(awk -v t=$((after - before)) -v hz="$TICKS" -v n="$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$result")" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
    echo "$result  cpu/request=${cpu}ms  one-connection-p50=${single}ms  load=$load"
    TABLE+=("$label|$name|$result|$load|$cpu|$single")
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

mkdir -p "$WORK"
if [ "${ONLY:-sqlite}" = sqlite ]; then
  [ -f "$WORK/sqlite/credentials" ] || "$VIGIL" bench persons-list --persons "$PERSONS" --mentions "$MENTIONS" --keep "$WORK/sqlite"
  chmod 700 "$WORK/sqlite"
  INPROCESS+=("== sqlite, ListPersons in-process" "$("$VIGIL" bench persons-list --store "$WORK/sqlite" --requests 0)")
  printf '%s\n' "${INPROCESS[@]: -2}"
  run_one sqlite --data "$WORK/sqlite"
fi

if [ -n "${VIGIL_BENCH_POSTGRES:-}" ] && [ "${ONLY:-postgres}" = postgres ]; then
  [ -f "$WORK/postgres/credentials" ] || "$VIGIL" --db "$VIGIL_BENCH_POSTGRES" bench persons-list --persons "$PERSONS" --mentions "$MENTIONS" --keep "$WORK/postgres"
  chmod 700 "$WORK/postgres"
  INPROCESS+=("== postgres, ListPersons in-process" "$("$VIGIL" --db "$VIGIL_BENCH_POSTGRES" bench persons-list --store "$WORK/postgres" --requests 0)")
  printf '%s\n' "${INPROCESS[@]: -2}"
  run_one postgres --data "$WORK/postgres" --db "$VIGIL_BENCH_POSTGRES"
fi

# The table: one row per database and endpoint, p95 against the target, the load average when it was measured (on a
# machine whose load is above its cores, the figures measure the queue, not the code).
echo
printf '%s\n' "${INPROCESS[@]}"
echo
echo "persons list and search over HTTP: $PERSONS persons / $MENTIONS person mentions, $CONNECTIONS connections, $DURATION s per endpoint, $(nproc) cores"
printf '| %-8s | %-14s | %8s | %8s | %8s | %7s | %6s | %-11s | %11s | %12s | %5s |\n' database endpoint "p50 ms" "p95 ms" "p99 ms" "req/s" errors "p95 < 100" "CPU ms/req" "1 conn p50" load
printf '|%s|\n' "----------|----------------|---------:|---------:|---------:|--------:|-------:|-------------|------------:|-------------:|------:"
for row in "${TABLE[@]}"; do
  IFS='|' read -r db name result load cpu single <<<"$row"
  p50=$(sed -n 's/.*p50=\([0-9.]*\).*/\1/p' <<<"$result"); p95=$(sed -n 's/.*p95=\([0-9.]*\).*/\1/p' <<<"$result")
  p99=$(sed -n 's/.*p99=\([0-9.]*\).*/\1/p' <<<"$result"); rps=$(sed -n 's/.*rps=\([0-9]*\).*/\1/p' <<<"$result")
  errors=$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$result")
  verdict=$(awk -v p="$p95" 'BEGIN { print (p < 100 ? "yes" : "no") }')
  printf '| %-8s | %-14s | %8s | %8s | %8s | %7s | %6s | %-11s | %11s | %12s | %5s |\n' "$db" "$name" "$p50" "$p95" "$p99" "$rps" "$errors" "$verdict" "$cpu" "$single" "$load"
done

[ -n "${KEEP:-}" ] || { rm -rf "$WORK"; [ -z "${VIGIL_BENCH_POSTGRES:-}" ] || echo "(the PostgreSQL database is left filled: drop it, or rerun with it as it is)"; }
