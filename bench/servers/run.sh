#!/usr/bin/env bash
# Two Vigil app servers behind nginx over a PostgreSQL primary and a streaming replica, all on 127.0.0.1, then the
# checks of issue 13 §3: a session begun on one server continues on the other; a write on one is read through the
# other and through the replica; one server killed mid-load loses no write beyond the requests in flight; reads fall
# back to the primary (with a log line, not an error page) when the replica stops. Prints figures; exits 1 on a failed check.
#
#   bench/servers/run.sh                      # builds Vigil (Release) unless VIGIL is set
#   VIGIL="dotnet src/Vigil.Cli/bin/Debug/net10.0/vigil.dll" WRITES=400 bench/servers/run.sh
#
# Needs the Debian packages postgresql (15) and nginx, and curl. Uses ports 56501-56502 (PostgreSQL), 56511-56512
# (Vigil) and 56510 (nginx); everything lives in a temporary folder, removed at the end (KEEP=1 keeps it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
WRITES=${WRITES:-300}
PARALLEL=${PARALLEL:-8}
W=$(mktemp -d /tmp/vigil-servers-XXXXXX)
P1=56501 P2=56502 A=56511 B=56512 N=56510
PIDS=()
FAILED=0

if [[ -z "${VIGIL:-}" ]]; then
  dotnet build "$ROOT/src/Vigil.Cli" -c Release -v q >/dev/null
  VIGIL="dotnet $ROOT/src/Vigil.Cli/bin/Release/net10.0/vigil.dll"
fi

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $W/nginx/nginx.pid ]] && kill "$(cat "$W/nginx/nginx.pid")" 2>/dev/null || true
  "${PG[@]}" "$PGBIN/pg_ctl" -D "$W/pg/replica" -m immediate stop >/dev/null 2>&1 || true
  "${PG[@]}" "$PGBIN/pg_ctl" -D "$W/pg/primary" -m immediate stop >/dev/null 2>&1 || true
  [[ -n "${KEEP:-}" ]] && echo "kept $W" || rm -rf "$W"
}
trap cleanup EXIT
check() { if eval "$2"; then echo "  ok   $1"; else echo "  FAIL $1"; FAILED=1; fi; }
now() { date +%s.%N; }

echo "== PostgreSQL primary :$P1 and streaming replica :$P2"
# PostgreSQL refuses to run as root: under root (a CI container) its servers run as the postgres user.
PG=()
mkdir "$W/pg"
if (( EUID == 0 )); then PG=(runuser -u postgres --); chmod 711 "$W"; chown postgres "$W/pg"; fi
"${PG[@]}" "$PGBIN/initdb" -D "$W/pg/primary" -U postgres -A trust >/dev/null
cat >> "$W/pg/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$W/pg'
wal_level = replica
max_wal_senders = 4
CONF
echo "host replication postgres 127.0.0.1/32 trust" >> "$W/pg/primary/pg_hba.conf"
"${PG[@]}" "$PGBIN/pg_ctl" -D "$W/pg/primary" -o "-p $P1" -l "$W/pg/primary.log" -w start >/dev/null
"${PG[@]}" "$PGBIN/pg_basebackup" -h 127.0.0.1 -p $P1 -U postgres -D "$W/pg/replica" -R -X stream
"${PG[@]}" "$PGBIN/pg_ctl" -D "$W/pg/replica" -o "-p $P2" -l "$W/pg/replica.log" -w start >/dev/null
psql() { "$PGBIN/psql" -h 127.0.0.1 -U postgres -d vigil -tAq "$@"; }
"$PGBIN/psql" -h 127.0.0.1 -p $P1 -U postgres -tAqc "CREATE DATABASE vigil"
PRIMARY="Host=127.0.0.1;Port=$P1;Username=postgres;Database=vigil"
REPLICA="Host=127.0.0.1;Port=$P2;Username=postgres;Database=vigil"

echo "== two app servers :$A :$B (one master key file, own data directories, blobs in the database)"
head -c 32 /dev/urandom | base64 > "$W/master.key" && chmod 600 "$W/master.key"
export VIGIL_KEY_FILE="$W/master.key" VIGIL_DB="$PRIMARY" VIGIL_BLOBS=database
mkdir -m 700 "$W/a" "$W/b"
$VIGIL --data "$W/a" serve --urls "http://127.0.0.1:$A" --db-read "$REPLICA" > "$W/a.log" 2>&1 & PIDS+=($!); PA=$!
for _ in $(seq 120); do grep -q "one-time password" "$W/a.log" && curl -fs -o /dev/null "http://127.0.0.1:$A/account/signin" && break; sleep 1; done
OTP=$(sed -n "s/.*one-time password \([^ ]*\) .*/\1/p" "$W/a.log" | head -1)
$VIGIL --data "$W/b" serve --urls "http://127.0.0.1:$B" --db-read "$REPLICA" > "$W/b.log" 2>&1 & PIDS+=($!); PB=$!
for _ in $(seq 120); do curl -fs -o /dev/null "http://127.0.0.1:$B/account/signin" && break; sleep 1; done

echo "== nginx :$N in front of both"
mkdir -p "$W/nginx"
cat > "$W/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $W/nginx/nginx.pid;
error_log $W/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $W/nginx/body; proxy_temp_path $W/nginx/proxy; fastcgi_temp_path $W/nginx/fcgi;
  uwsgi_temp_path $W/nginx/uwsgi; scgi_temp_path $W/nginx/scgi;
  upstream vigil { server 127.0.0.1:$A max_fails=1 fail_timeout=10s; server 127.0.0.1:$B max_fails=1 fail_timeout=10s; }
  server {
    listen 127.0.0.1:$N;
    client_max_body_size 110m;
    location / {
      proxy_pass http://vigil;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;   # only requests not yet sent: a POST is never sent twice
    }
  }
}
CONF
/usr/sbin/nginx -p "$W/nginx" -c "$W/nginx/nginx.conf" 2>/dev/null

token() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }
echo "== checks"
# Sign in through A (and change the one-time password, as the app asks), continue through B.
JAR=$W/jar
T=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$A/account/signin" | token)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Name=admin" --data-urlencode "Password=$OTP" --data-urlencode "__RequestVerificationToken=$T" "http://127.0.0.1:$A/account/signin"
T=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$A/account/password" | token)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Current=$OTP" --data-urlencode "Next=a long test passphrase 1" --data-urlencode "Repeat=a long test passphrase 1" --data-urlencode "__RequestVerificationToken=$T" "http://127.0.0.1:$A/account/password"
check "a session begun on server A is served by server B" '[[ $(curl -s -o /dev/null -w "%{http_code}" -b "$JAR" "http://127.0.0.1:$B/account/tokens") == 200 ]]'
T=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$A/account/tokens" | token)
check "a form rendered by A posts to B (antiforgery)" '[[ $(curl -s -c "$JAR" -b "$JAR" --data-urlencode "Name=from B" --data-urlencode "Scope=read" --data-urlencode "Days=30" --data-urlencode "__RequestVerificationToken=$T" "http://127.0.0.1:$B/account/tokens?handler=create" | grep -c "vigil_") -ge 1 ]]'

# A write on A, read through B and through the replica.
ID=$(curl -s -b "$JAR" -H 'Content-Type: application/json' -d '{"text":"Security forces arrested 9 teachers in Sanandaj on 2022-10-12.","title":"written on A","source":"Outlet One"}' "http://127.0.0.1:$A/api/v1/reports" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
check "the report written on A is read through B" '[[ $(curl -s -o /dev/null -w "%{http_code}" -b "$JAR" "http://127.0.0.1:$B/api/v1/reports/$ID") == 200 ]]'
sleep 1
check "the report is on the replica" '[[ $(psql -p $P2 -c "SELECT count(*) FROM reports WHERE id = '"'"'$ID'"'"'") == 1 ]]'
check "its original bytes are in the shared blobs table, not in a data directory" '[[ $(psql -p $P1 -c "SELECT count(*) FROM blobs") -ge 1 && -z $(find "$W/a" "$W/b" -path "*blobs/*" -type f) ]]'
grep -v vigil_wrote "$JAR" > "$W/readjar"   # a reader who wrote nothing in the last 30 s
BEFORE=$(psql -p $P2 -c "SELECT xact_commit FROM pg_stat_database WHERE datname = 'vigil'")
curl -s -o /dev/null -b "$W/readjar" "http://127.0.0.1:$B/incidents?q=teachers"
sleep 1
AFTER=$(psql -p $P2 -c "SELECT xact_commit FROM pg_stat_database WHERE datname = 'vigil'")
check "B answered a read-only page from the replica ($BEFORE -> $AFTER transactions there)" '(( AFTER > BEFORE + 1 ))'
check "no fallback logged while the replica is up" '! grep -q "read replica not used" "$W/b.log" "$W/a.log"'

# Writes and reads through nginx; server B is killed half-way through the writes.
echo "   $WRITES writes + $WRITES reads through nginx, $PARALLEL at a time; server B killed after $((WRITES / 2))"
write() { curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -b "$JAR" -H 'Content-Type: application/json' \
  -d "{\"text\":\"Workers of factory $1 went on strike in Tabriz on 2023-02-0$(( $1 % 9 + 1 )) over unpaid wages ($RANDOM).\",\"title\":\"load $1\",\"source\":\"Outlet One\"}" "http://127.0.0.1:$N/api/v1/reports"; }
read_() { curl -s -o /dev/null -w "%{http_code} %{time_total}\n" -b "$W/readjar" "http://127.0.0.1:$N/incidents?q=strike"; }
export -f write read_; export JAR N W
: > "$W/writes.out"; : > "$W/reads.out"
START=$(now)
( seq "$WRITES" | xargs -P "$PARALLEL" -I{} bash -c 'write {}' > "$W/writes.out" ) &
LOAD=$!
( seq "$WRITES" | xargs -P "$PARALLEL" -I{} bash -c 'read_' > "$W/reads.out" ) &
READS=$!
while (( $(wc -l < "$W/writes.out") < WRITES / 2 )); do sleep 0.05; done
kill -9 "$PB"
wait "$LOAD" "$READS"
ELAPSED=$(echo "$(now) - $START" | bc)
OK=$(grep -c '^201 ' "$W/writes.out" || true)
LOST=$(( WRITES - OK ))
STORED=$(psql -p $P1 -c "SELECT count(*) FROM reports WHERE title LIKE 'load %'")
READ_OK=$(grep -c '^200 ' "$W/reads.out" || true)
pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; printf "%.0f", a[i]*1000}'; }
echo "   writes: $OK of $WRITES answered 201 ($LOST failed), $STORED stored; reads: $READ_OK of $WRITES answered 200; $ELAPSED s"
echo "   write latency ms: p50 $(awk '$1==201{print $2}' "$W/writes.out" | pct 50), p95 $(awk '$1==201{print $2}' "$W/writes.out" | pct 95); read latency ms: p50 $(awk '$1==200{print $2}' "$W/reads.out" | pct 50), p95 $(awk '$1==200{print $2}' "$W/reads.out" | pct 95)"
check "every write answered 201 is stored (none lost)" '(( STORED >= OK ))'
check "writes that failed are at most the ones in flight when B died ($PARALLEL)" '(( LOST <= PARALLEL ))'
check "reads that failed are at most the ones in flight when B died ($PARALLEL)" '(( WRITES - READ_OK <= PARALLEL ))'
check "no write stored twice" '[[ $(psql -p $P1 -c "SELECT count(*) - count(DISTINCT title) FROM reports WHERE title LIKE '"'"'load %'"'"'") == 0 ]]'
check "vigil verify passes on the shared store" '$VIGIL --data "$W/a" verify > "$W/verify.out" 2>&1'
sed 's/^/   /' "$W/verify.out" | head -3

# The replica stops: read-only pages still answer, from the primary, with a log line.
"${PG[@]}" "$PGBIN/pg_ctl" -D "$W/pg/replica" -m immediate stop >/dev/null
sleep 6
check "with the replica down a read-only page still answers 200" '[[ $(curl -s -o /dev/null -w "%{http_code}" -b "$W/readjar" "http://127.0.0.1:$A/incidents?q=strike") == 200 ]]'
check "and server A logged the fallback" 'grep -q "read replica not used" "$W/a.log"'
exit $FAILED
