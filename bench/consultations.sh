#!/usr/bin/env bash
# Issue 12's budget: a measure with COMMENTS=1000 comments in the demo plan's open consultation
# (a reply to every tenth), its page (the first 20 comments, the rest paged) under wrk at 64
# connections — for visitors with the page cache on and off, and for a signed-in person (never
# cached). Prints requests/s, p50, p99 and the server's CPU per request. PostgreSQL by default.
#
#   bench/consultations.sh
#   BENCH_DB=sqlite COMMENTS=200 DURATION=5s bench/consultations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
export BENCH_DB="${BENCH_DB:-postgres}"
COMMENTS="${COMMENTS:-1000}"

. bench/lib.sh
bench_setup consultations
export RUST_LOG=warn PONTE_SITE_ROOT=target/site
./target/release/ponte migrate >/dev/null
./target/release/ponte seed-demo >/dev/null
start=$(date +%s)
./target/release/ponte seed-comments --measure VL-LIN-03 --count "$COMMENTS"
echo "seeded $COMMENTS comments in $(( $(date +%s) - start )) s"
token=$(./target/release/ponte bench-admin-session --email bench-facilitator@example.org | tail -1)

serve_on 3931 5
serve_on 3932 0

page=/plans/vale-do-lirio-2026/measures/VL-LIN-03
echo "Ponte consultation benchmark: $BENCH_DB, $COMMENTS comments on one measure, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
for setting in "visitor, cache on:3931:" "visitor, cache off:3932:" "signed in:3932:ponte_session=$token"; do
  IFS=: read -r label port cookie <<<"$setting"
  HEADERS=()
  [ -n "$cookie" ] && HEADERS=("Cookie: $cookie")
  for path in "$page" "$page?comments=25"; do
    wrk_load "http://127.0.0.1:$port$path" "${server_of[$port]}"
    report_cpu "$label" "$path"
  done
done
