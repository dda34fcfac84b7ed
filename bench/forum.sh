#!/usr/bin/env bash
# Issue 14's budget: a thread of POSTS=1000 posts in the demo plan's forum, a page of 20 (the
# first and the last) under wrk at 64 connections, for visitors with the page cache on and off
# and for a signed-in person (never cached); then searches in four scripts over a corpus of
# SEARCH_POSTS=100000 posts, uncached. Prints requests/s, p50, p99 and the server's CPU per
# request. PostgreSQL by default.
#
#   bench/forum.sh
#   BENCH_DB=sqlite SEARCH_POSTS=20000 DURATION=5s bench/forum.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
export BENCH_DB="${BENCH_DB:-postgres}"
POSTS="${POSTS:-1000}"
SEARCH_POSTS="${SEARCH_POSTS:-100000}"

. bench/lib.sh
bench_setup forum
export RUST_LOG=warn PONTE_SITE_ROOT=target/site
./target/release/ponte migrate >/dev/null
./target/release/ponte seed-demo >/dev/null
start=$(date +%s)
seeded=$(./target/release/ponte seed-forum --posts "$POSTS" --search-posts "$SEARCH_POSTS")
echo "$seeded (seeded in $(( $(date +%s) - start )) s)"
thread=$(awk '/^thread / {sub(":", "", $2); print $2}' <<<"$seeded")
token=$(./target/release/ponte bench-admin-session --email bench-facilitator@example.org | tail -1)
serve_on 3941 5
serve_on 3942 0

page="/plans/vale-do-lirio-2026/forum/$thread"
last=$(( (POSTS + 19) / 20 ))
echo "Ponte forum benchmark: $BENCH_DB, $POSTS posts in one thread, $SEARCH_POSTS more to search, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
for setting in "visitor, cache on:3941:" "visitor, cache off:3942:" "signed in:3942:ponte_session=$token"; do
  IFS=: read -r label port cookie <<<"$setting"
  HEADERS=()
  [ -n "$cookie" ] && HEADERS=("Cookie: $cookie")
  for path in "$page" "$page?page=$last"; do
    wrk_load "http://127.0.0.1:$port$path" "${server_of[$port]}"
    report_cpu "$label" "$path"
  done
done
HEADERS=()
for q in portugues setubal %D0%B6%D0%B8%D1%82%D0%BB%D0%B0 %E0%A4%95%E0%A4%BE%E0%A4%AE%E0%A4%A6%E0%A4%BE%E0%A4%B0 %E0%A6%A6%E0%A7%8B%E0%A6%AD%E0%A6%BE%E0%A6%B7%E0%A7%80; do
  path="/plans/vale-do-lirio-2026/forum/search?q=$q"
  wrk_load "http://127.0.0.1:3942$path" "${server_of[3942]}"
  report_cpu "search, uncached" "$path"
done
