# Shared by the HTTP benchmarks (bench/web/run.sh, bench/persons/run.sh); source it, do not run it.

# wait_until_serving PORT TRIES: polls the sign-in page every half second until `vigil serve` answers (TRIES times at most).
wait_until_serving() {
  for _ in $(seq 1 "$2"); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/account/signin" 2>/dev/null && return 0
    sleep 0.5
  done
}

# sign_in_cookie PORT PASSWORD JAR LABEL: signs in as bench-editor through the same form a browser posts (antiforgery token
# and cookie) and prints the session's Cookie header value; exits naming LABEL when no cookie comes back.
sign_in_cookie() {
  local port=$1 password=$2 jar=$3 label=$4
  rm -f "$jar"
  local form; form=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/account/signin" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Name=bench-editor" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$form" "http://127.0.0.1:$port/account/signin"
  local cookie; cookie=$(awk -F '\t' '($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
  [ -n "$cookie" ] || { echo "$label: signing in as bench-editor gave no cookie" >&2; exit 1; }
  echo "$cookie"
}
