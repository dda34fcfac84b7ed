#!/usr/bin/env bash
# Measures the home page and a measure page with wrk on loopback (64 connections) and prints
# requests/s with p50/p99 latency. Seeds a fresh database with the demo plan first.
#
#   bench/pages.sh                    # SQLite (embedded default)
#   BENCH_DB=postgres bench/pages.sh  # PostgreSQL at 127.0.0.1:5432 (database created and dropped)
#   DURATION=20s CONNECTIONS=64 bench/pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
BENCH_DB="${BENCH_DB:-sqlite}"
PORT="${PORT:-3917}"

command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup.sh bench" >&2; exit 1; }
[ -x target/release/ponte ] && [ -f target/site/pkg/ponte_bg.wasm ] || scripts/build.sh release

work=$(mktemp -d)
pg_db=""
cleanup() {
  [ -n "${server_pid:-}" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$pg_db" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" postgres >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$BENCH_DB" = postgres ]; then
  pg_db="ponte_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pg_db" postgres
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
else
  export DATABASE_URL="sqlite://$work/ponte.db?mode=rwc"
fi
export PONTE_ADDR="127.0.0.1:$PORT" PONTE_SITE_ROOT=target/site RUST_LOG=warn
./target/release/ponte seed-demo >/dev/null
./target/release/ponte serve >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -sf "http://$PONTE_ADDR/healthz" >/dev/null && break; sleep 0.1; done

run() {
  local name="$1" path="$2"
  curl -sf -o /dev/null "http://$PONTE_ADDR$path" || { echo "$path does not answer 200" >&2; exit 1; }
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency \
    -H "Accept-Language: pt-PT" -H "Accept-Encoding: gzip" "http://$PONTE_ADDR$path")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%-14s %-52s %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$path" "$rps" "$p50" "$p99" "${errors:-}"
}

echo "Ponte page benchmark: $BENCH_DB, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
run home /
run measure /plans/vale-do-lirio-2026/measures/VL-CA-01
run measure-en "/plans/vale-do-lirio-2026/measures/VL-SAI-02?lang=en"
rss=$(awk '/VmRSS/ {print $2, $3}' "/proc/$server_pid/status")
echo "server RSS after the runs: $rss"
