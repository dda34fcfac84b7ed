#!/usr/bin/env bash
# Issue 11's scale budget: a national host's worth of plans (PLANS=300 plans × MEASURES=30
# measures × VERSIONS=3 published versions, made through the same services facilitators use),
# then the home page, its search, a plan page and a measure page under wrk at 64 connections —
# once as anonymous visitors get them (page cache on) and once rendered every time
# (PONTE_PAGE_CACHE_SECONDS=0). Prints requests/s, p50 and p99. PostgreSQL by default.
#
#   bench/plans.sh                      # PostgreSQL at 127.0.0.1:5432 (database created and dropped)
#   BENCH_DB=sqlite bench/plans.sh
#   PLANS=50 DURATION=5s bench/plans.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
export BENCH_DB="${BENCH_DB:-postgres}"
PLANS="${PLANS:-300}"
MEASURES="${MEASURES:-30}"
VERSIONS="${VERSIONS:-3}"

. bench/lib.sh
bench_setup plans
export RUST_LOG=warn PONTE_SITE_ROOT=target/site
./target/release/ponte migrate >/dev/null
./target/release/ponte seed-demo >/dev/null
start=$(date +%s)
./target/release/ponte seed-plans --plans "$PLANS" --measures "$MEASURES" --versions "$VERSIONS"
echo "seeded $PLANS plans × $MEASURES measures × $VERSIONS versions in $(( $(date +%s) - start )) s"

serve_on 3921 5
serve_on 3922 0

plan=pmim-1106   # Lisboa: one of the seeded plans
code=$(curl -sf -H 'Accept-Language: pt-PT' "http://127.0.0.1:3921/plans/$plan/areas/CA" | grep -o "/plans/$plan/measures/[A-Z0-9.-]*" | head -1 | sed 's|.*/||')
[ -n "$code" ] || { echo "no measure found in $plan" >&2; exit 1; }

echo "Ponte plans benchmark: $BENCH_DB, $PLANS plans, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
for setting in "cache on:3921" "cache off:3922"; do
  label=${setting%%:*}
  port=${setting##*:}
  for page in "home:/" "search:/?q=Setubal" "district:/?district=Faro" "plan:/plans/$plan" "measure:/plans/$plan/measures/$code" "versions:/plans/$plan/versions"; do
    name=${page%%:*}
    path=${page#*:}
    wrk_load "http://127.0.0.1:$port$path" "${server_of[$port]}"
    printf '%-9s %-9s %-44s %10s req/s   p50 %-9s p99 %-9s cpu %5s ms/req %s\n' "$label" "$name" "$path" "$rps" "$p50" "$p99" "$cpu_ms" "${errors:-}"
  done
done
