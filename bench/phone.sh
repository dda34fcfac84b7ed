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
bench_serve "$PORT"

node bench/phone.mjs "http://$PONTE_ADDR"
