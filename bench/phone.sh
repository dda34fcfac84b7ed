#!/usr/bin/env bash
# The resident pages as a cheap phone on a slow network gets them, the way Lighthouse's default
# mobile run simulates one (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower,
# 412×823 screen), cache empty: bytes, first contentful paint, when the page is interactive (the
# enhancement module started, or the load event where there is nothing to enhance) and the total
# blocking time. Prints numbers; asserts nothing.
#
#   bench/phone.sh                    # SQLite, release build
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-3918}"

. bench/lib.sh
bench_setup phone
export PONTE_ADDR="127.0.0.1:$PORT" PONTE_SITE_ROOT=target/site RUST_LOG=warn
./target/release/ponte seed-demo >/dev/null
./target/release/ponte serve >"$work/server.log" 2>&1 &
server_pid=$!
servers+=("$server_pid")
for _ in $(seq 1 100); do curl -sf "http://$PONTE_ADDR/healthz" >/dev/null && break; sleep 0.1; done

node bench/phone.mjs "http://$PONTE_ADDR"
