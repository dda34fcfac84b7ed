#!/usr/bin/env bash
# Issue 15: the closing-the-loop pages and the open data API with wrk on loopback (64
# connections), on the demo data: requests/s with p50/p99 latency for anonymous readers (the
# report pages come from the page cache; the API is answered fresh each time, with its ETag).
#
#   bench/report.sh                    # SQLite (embedded default)
#   BENCH_DB=postgres bench/report.sh  # PostgreSQL at 127.0.0.1:5432 (database created and dropped)
#   DURATION=20s CONNECTIONS=64 bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
BENCH_DB="${BENCH_DB:-sqlite}"
PORT="${PORT:-3921}"

. bench/lib.sh
bench_setup report
bench_serve "$PORT"

run() {
  local name="$1" path="$2"
  wrk_load "http://$PONTE_ADDR$path"
  printf '%-14s %-52s %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$path" "$rps" "$p50" "$p99" "${errors:-}"
}

plan=vale-do-lirio-2026
echo "Ponte report and open data benchmark: $BENCH_DB, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
run participation "/plans/$plan/participation?lang=en"
run report "/plans/$plan/report?lang=en"
run input-used "/plans/$plan/input-used?lang=en"
run api-plans /api/v1/plans
run api-measures "/api/v1/plans/$plan/measures"
run api-evidence "/api/v1/plans/$plan/evidence"
run api-catalog /api/v1/catalog.jsonld
rss="$(status_kb VmRSS "$server_pid") kB"
echo "server RSS after the runs: $rss"
