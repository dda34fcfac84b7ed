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

. bench/lib.sh
bench_setup pages
bench_serve "$PORT"

run() {
  local name="$1" path="$2"
  wrk_load "http://$PONTE_ADDR$path"
  printf '%-14s %-52s %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$path" "$rps" "$p50" "$p99" "${errors:-}"
}

echo "Ponte page benchmark: $BENCH_DB, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
run home /
run measure /plans/vale-do-lirio-2026/measures/VL-CA-01
run measure-en "/plans/vale-do-lirio-2026/measures/VL-SAI-02?lang=en"
rss="$(status_kb VmRSS "$server_pid") kB"
echo "server RSS after the runs: $rss"
