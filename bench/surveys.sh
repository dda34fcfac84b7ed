#!/usr/bin/env bash
# Surveys under load (issue 4, item 8). On a fresh database with the demo plan and the hidden
# 20-question survey `bench` (one section, every question type; `ponte seed-bench`):
#   1. the answer page and the results page with wrk (64 connections) at 0 responses, as
#      anonymous visitors get them (from the page cache) and rendered for every request (a second
#      server on the same database with PONTE_PAGE_CACHE_SECONDS=0);
#   2. then with RESPONSES generated responses × 20 answers (50,000: 1 M answers);
#   3. the CSV export of those responses, downloaded as an administrator through the real
#      endpoint: time, bytes, rows, and the server's memory (VmRSS, VmHWM) before and during it;
#   4. submissions: wrk POSTs complete answer forms (a browser without JavaScript, one section),
#      counting only "303 See Other → …/thanks" as stored.
# Prints requests/s with p50/p99 latency and a summary table at the end.
#
#   bench/surveys.sh                     # SQLite (embedded default)
#   BENCH_DB=postgres bench/surveys.sh   # PostgreSQL at 127.0.0.1:5432 (database created and dropped)
#   DURATION=20s CONNECTIONS=64 RESPONSES=50000 bench/surveys.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
BENCH_DB="${BENCH_DB:-sqlite}"
PORT="${PORT:-3918}"
RESPONSES="${RESPONSES:-50000}"
FORMS="${FORMS:-500}"

command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup.sh bench" >&2; exit 1; }
[ -x target/release/ponte ] && [ -f target/site/pkg/ponte_bg.wasm ] || scripts/build.sh release

work=$(mktemp -d)
pg_db=""
cleanup() {
  [ -n "${sampler_pid:-}" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "${server_pid:-}" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "${rendering_pid:-}" ] && kill -TERM "$rendering_pid" 2>/dev/null && wait "$rendering_pid" 2>/dev/null || true
  [ -n "$pg_db" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" postgres >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$BENCH_DB" = postgres ]; then
  pg_db="ponte_bench_surveys_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pg_db" postgres
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
else
  export DATABASE_URL="sqlite://$work/ponte.db?mode=rwc"
fi
# No per-address limit on open surveys: every submission comes from 127.0.0.1.
export PONTE_ADDR="127.0.0.1:$PORT" PONTE_SITE_ROOT=target/site RUST_LOG=warn PONTE_SURVEY_LIMIT=0
export PONTE_MAIL_DIR="$work/mail"
ponte=./target/release/ponte
url="http://$PONTE_ADDR"
base=/plans/vale-do-lirio-2026/surveys/bench

$ponte seed-bench --responses 0 >/dev/null
token=$($ponte bench-admin-session --email bench-admin@example.org)
$ponte serve >"$work/server.log" 2>&1 &
server_pid=$!
rendering_url="http://127.0.0.1:$((PORT + 1))"
PONTE_ADDR="127.0.0.1:$((PORT + 1))" PONTE_PAGE_CACHE_SECONDS=0 $ponte serve >"$work/rendering.log" 2>&1 &
rendering_pid=$!
for _ in $(seq 1 100); do curl -sf "$url/healthz" >/dev/null && curl -sf "$rendering_url/healthz" >/dev/null && break; sleep 0.1; done

kib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
status_kb() { awk -v f="$1" '$1 == f":" {print $2}' "/proc/$server_pid/status"; }

summary=()
row() { summary+=("$(printf "$@")"); }

page() {
  local name="$1" path="$2" responses="$3" server="${4:-$url}"
  # Also the warm-up: the same headers as wrk's, so the page is in the cache before it starts.
  curl -sf -o /dev/null -H "Accept-Language: pt-PT" -H "Accept-Encoding: gzip" "$server$path" \
    || { echo "$path does not answer 200" >&2; exit 1; }
  local out rps p50 p99 errors
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency \
    -H "Accept-Language: pt-PT" -H "Accept-Encoding: gzip" "$server$path")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  printf '%-24s %7s responses  %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$responses" "$rps" "$p50" "$p99" "${errors:-}"
  row '%-37s %10s req/s   p50 %-9s p99 %-9s %s' "$name ($responses)" "$rps" "$p50" "$p99" "${errors:-}"
}

# What a phone downloads for the answer page (gzip), against DESIGN §5's 30 KB / 100 KB.
gz() { curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$url$1"; }
html_gz=$(gz "$base/answer"); css_gz=$(gz /pkg/ponte.css); js_gz=$(gz /pkg/ponte.js); wasm_gz=$(gz /pkg/ponte_bg.wasm)
weight=$(awk -v h="$html_gz" -v c="$css_gz" -v j="$js_gz" -v w="$wasm_gz" \
  'BEGIN { printf "HTML %.1f KiB + CSS %.1f KiB = %.1f KiB without JavaScript; + JS %.1f KiB + WASM %.1f KiB with it", h/1024, c/1024, (h+c)/1024, j/1024, w/1024 }')
echo "answer page (gzip): $weight"

echo "Ponte surveys benchmark: $BENCH_DB, $CONNECTIONS connections, $DURATION each, wrk and server on $(nproc) cores"
echo "survey: $base (1 section, 20 questions); RSS at start: $(kib "$(status_kb VmRSS)")"
both() {
  page "$1" "$2" "$3"
  page "$1 (rendered)" "$2" "$3" "$rendering_url"
}
both answer "$base/answer" 0
both results "$base/results" 0

seed_start=$(date +%s.%N)
$ponte seed-bench --responses "$RESPONSES" 2>"$work/seed.log" >/dev/null
seed_s=$(awk -v a="$seed_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "seeded $RESPONSES responses × 20 answers in $seed_s s ($(cat "$work/seed.log"))"
row '%-26s %s s for %s responses (%s answers)' "seed-bench" "$seed_s" "$RESPONSES" "$((RESPONSES * 20))"
both answer "$base/answer" "$RESPONSES"
both results "$base/results" "$RESPONSES"

# The export, as an administrator. VmHWM is reset first (clear_refs 5) so that it shows the
# peak of the export alone; a sampler records VmRSS every 20 ms meanwhile.
echo 5 >"/proc/$server_pid/clear_refs" 2>/dev/null || true
rss_before=$(status_kb VmRSS)
hwm_before=$(status_kb VmHWM)
(
  peak=0
  while kill -0 "$server_pid" 2>/dev/null; do
    r=$(status_kb VmRSS)
    [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" >"$work/rss_peak"
    sleep 0.02
  done
) &
sampler_pid=$!
export_out=$(curl -s -o "$work/export.csv" -H "Cookie: ponte_session=$token" \
  -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}' "$url$base/export.csv")
sleep 0.1
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=""
rss_after=$(status_kb VmRSS)
hwm_after=$(status_kb VmHWM)
rss_peak=$(cat "$work/rss_peak" 2>/dev/null || echo "$rss_after")
read -r code bytes first total <<<"$export_out"
[ "$code" = 200 ] || { echo "export.csv answered $code" >&2; exit 1; }
if command -v python3 >/dev/null; then
  rows=$(python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""))) - 1)' "$work/export.csv")
else
  rows=$(($(wc -l <"$work/export.csv") - 1))
fi
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "export.csv: $rows rows ($((rows * 20)) answers), $mib MiB in ${total} s (first byte after ${first} s)"
echo "  server VmRSS before $(kib "$rss_before"), peak during $(kib "$rss_peak"), after $(kib "$rss_after"); VmHWM $(kib "$hwm_before") → $(kib "$hwm_after")"
row '%-26s %s rows, %s MiB in %s s (first byte %s s)' "CSV export" "$rows" "$mib" "$total" "$first"
row '%-26s RSS before %s, peak %s, after %s; VmHWM %s → %s' "  server memory" "$(kib "$rss_before")" "$(kib "$rss_peak")" "$(kib "$rss_after")" "$(kib "$hwm_before")" "$(kib "$hwm_after")"

# Submissions: FORMS different complete forms, sent in turn.
$ponte seed-bench --print-forms "$FORMS" >"$work/forms.txt"
head -1 "$work/forms.txt" | tr -d '\n' >"$work/one.txt"
check=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "Origin: $url" \
  -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$work/one.txt" "$url$base/respond")
case "$check" in
  "303 "*/thanks) ;;
  *) echo "a complete form does not lead to …/thanks: $check" >&2; exit 1 ;;
esac
cat >"$work/submit.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  bodies = {}
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  n, thanks, other, failed = 0, 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Origin"] = args[2]
end
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end
function response(status, headers, body)
  local location = headers["location"] or headers["Location"] or ""
  if status == 303 and string.find(location, "/thanks$") then thanks = thanks + 1
  elseif status >= 300 and status < 400 then other = other + 1
  else failed = failed + 1 end
end
function done(summary, latency, requests)
  local t, o, f = 0, 0, 0
  for _, thread in ipairs(threads) do
    t = t + thread:get("thanks"); o = o + thread:get("other"); f = f + thread:get("failed")
  end
  io.write(string.format("SUBMIT %d %d %d %.3f\n", t, o, f, summary.duration / 1e6))
end
LUA
out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/submit.lua" "$url$base/respond" -- "$work/forms.txt" "$url")
read -r _ thanks other failed secs <<<"$(grep '^SUBMIT' <<<"$out")"
per_s=$(awk -v t="$thanks" -v s="$secs" 'BEGIN { printf "%.0f", t / s }')
p50=$(awk '$1=="50%" {print $2}' <<<"$out")
p99=$(awk '$1=="99%" {print $2}' <<<"$out")
socket=$(awk '/Socket errors/ {print}' <<<"$out")
locked=$(grep -ci 'locked' "$work/server.log" || true)
echo "submissions: $per_s stored/s ($thanks → /thanks in $secs s), p50 $p50 p99 $p99; other 3xx $other, non-3xx $failed ${socket}; \"database is locked\" in the log: $locked"
row '%-26s %s stored/s   p50 %-9s p99 %-9s other 3xx %s, non-3xx %s %s' "submissions" "$per_s" "$p50" "$p99" "$other" "$failed" "$socket"

row '%-26s %s' "answer page weight" "$weight"

echo
echo "Summary ($BENCH_DB, $CONNECTIONS connections, $DURATION per wrk run, $(nproc) cores)"
printf '%s\n' "${summary[@]}"
echo "server RSS at the end: $(kib "$(status_kb VmRSS)")"
