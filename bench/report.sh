#!/usr/bin/env bash
# Issue 15: the closing-the-loop pages and the open data API with wrk on loopback (64
# connections): requests/s with p50/p99 latency and the server's CPU per request for anonymous
# readers, once as they get them (page cache on: the report pages and the API's documents) and
# once rendered for every request (a second server with PONTE_PAGE_CACHE_SECONDS=0).
#
#   bench/report.sh                    # the demo data on SQLite (embedded default)
#   BENCH_DB=postgres bench/report.sh  # PostgreSQL at 127.0.0.1:5432 (database created and dropped)
#   SCALE=national bench/report.sh     # issue 15 item 9's scale, on PostgreSQL unless BENCH_DB says:
#                                      # PLANS=300 plans × 30 measures × 3 versions and
#                                      # RESPONSES=750000 responses × 20 questions (15 M answers)
#                                      # in the demo plan's bench survey
#   DURATION=20s CONNECTIONS=64 bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
SCALE="${SCALE:-demo}"
if [ "$SCALE" = national ]; then
  BENCH_DB="${BENCH_DB:-postgres}"
else
  BENCH_DB="${BENCH_DB:-sqlite}"
fi
export BENCH_DB
PLANS="${PLANS:-300}"
RESPONSES="${RESPONSES:-750000}"

. bench/lib.sh
bench_setup report
export RUST_LOG=warn PONTE_SITE_ROOT=target/site
ponte=./target/release/ponte
$ponte migrate >/dev/null
$ponte seed-demo >/dev/null
if [ "$SCALE" = national ]; then
  start=$(date +%s)
  $ponte seed-plans --plans "$PLANS" --measures 30 --versions 3
  echo "seeded $PLANS plans × 30 measures × 3 versions in $(( $(date +%s) - start )) s"
  start=$(date +%s)
  $ponte seed-bench --responses "$RESPONSES"
  echo "seeded $RESPONSES responses ($(( RESPONSES * 20 )) answers) in $(( $(date +%s) - start )) s"
  if [ "$BENCH_DB" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -qc "VACUUM ANALYZE" "$pg_db"
    psql -h 127.0.0.1 -U postgres -Atc "SELECT 'database size: ' || pg_size_pretty(pg_database_size('$pg_db'))" postgres
  fi
fi
serve_on 3921 5
serve_on 3922 0

plan=vale-do-lirio-2026
echo "Ponte report and open data benchmark: $SCALE data on $BENCH_DB, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
for setting in "cache on:3921" "cache off:3922"; do
  label=${setting%%:*}
  port=${setting##*:}
  for page in \
    "participation:/plans/$plan/participation?lang=en" \
    "report:/plans/$plan/report?lang=en" \
    "input-used:/plans/$plan/input-used?lang=en" \
    "api-plans:/api/v1/plans" \
    "api-plans.csv:/api/v1/plans.csv" \
    "api-measures:/api/v1/plans/$plan/measures" \
    "api-evidence:/api/v1/plans/$plan/evidence" \
    "api-entities:/api/v1/plans/$plan/entities" \
    "api-surveys:/api/v1/plans/$plan/surveys" \
    "api-inputs:/api/v1/plans/$plan/inputs" \
    "api-catalog:/api/v1/catalog.jsonld"; do
    name=${page%%:*}
    path=${page#*:}
    wrk_load "http://127.0.0.1:$port$path" "${server_of[$port]}"
    report_cpu "$label $name" "$path"
  done
done
echo "server RSS after the runs: cache on $(status_kb VmRSS "${server_of[3921]}") kB, cache off $(status_kb VmRSS "${server_of[3922]}") kB"
