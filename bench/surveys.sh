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

. bench/lib.sh
bench_setup surveys
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
servers+=("$server_pid")
rendering_url="http://127.0.0.1:$((PORT + 1))"
PONTE_ADDR="127.0.0.1:$((PORT + 1))" PONTE_PAGE_CACHE_SECONDS=0 $ponte serve >"$work/rendering.log" 2>&1 &
servers+=($!)
for _ in $(seq 1 100); do curl -sf "$url/healthz" >/dev/null && curl -sf "$rendering_url/healthz" >/dev/null && break; sleep 0.1; done

kib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }

summary=()
row() { summary+=("$(printf "$@")"); }

page() {
  local name="$1" path="$2" responses="$3" server="${4:-$url}"
  wrk_load "$server$path"
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
echo "survey: $base (1 section, 20 questions); RSS at start: $(kib "$(status_kb VmRSS "$server_pid")")"
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
rss_before=$(status_kb VmRSS "$server_pid")
hwm_before=$(status_kb VmHWM "$server_pid")
rss_sampler_start "$server_pid" "$work/rss_peak"
export_out=$(curl -s -o "$work/export.csv" -H "Cookie: ponte_session=$token" \
  -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}' "$url$base/export.csv")
sleep 0.1
rss_sampler_stop
rss_after=$(status_kb VmRSS "$server_pid")
hwm_after=$(status_kb VmHWM "$server_pid")
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

# 1,000 open connections on the answer page (DESIGN §5: server RSS ≤ 150 MB): throughput,
# latency and the server's peak VmRSS while they are open.
rss_peak_file="$work/rss_peak_1000"
rss_sampler_start "$server_pid" "$rss_peak_file"
CONNECTIONS=1000 wrk_load "$url$base/answer"
rss_sampler_stop
peak=$(kib "$(cat "$rss_peak_file" 2>/dev/null || status_kb VmRSS "$server_pid")")
echo "answer page, 1000 connections: $rps req/s, p99 $p99, server VmRSS peak $peak ${errors:-}"
row '%-26s %s req/s   p99 %-9s server VmRSS peak %s %s' "answer, 1000 connections" "$rps" "$p99" "$peak" "${errors:-}"
row '%-26s %s' "answer page weight" "$weight"

echo
echo "Summary ($BENCH_DB, $CONNECTIONS connections, $DURATION per wrk run, $(nproc) cores)"
printf '%s\n' "${summary[@]}"
echo "server RSS at the end: $(kib "$(status_kb VmRSS "$server_pid")")"
