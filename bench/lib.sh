# Shared by the bench scripts (sourced): a scratch folder and database, cleaned up on exit, and
# a sampler of a server's memory.
#   bench_setup NAME     work dir in $work; DATABASE_URL: SQLite in $work, or (BENCH_DB=postgres)
#                        a PostgreSQL database ponte_bench_NAME_<pid>, dropped on exit
#   servers+=(PID)       servers stopped (SIGTERM) on exit
#   status_kb FIELD PID  a /proc/PID/status field in KiB (VmRSS, VmHWM)
#   rss_sampler_start PID FILE   records PID's peak VmRSS (KiB) in FILE until rss_sampler_stop
#   report_cpu LABEL PATH  prints the last wrk_load's numbers as one line
#   bench_serve PORT     seeds the demo plan, starts the release server on PORT (server_pid),
#                        waits for /healthz

servers=()
HEADERS=()
sampler_pid=""
pg_db=""

bench_cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  for pid in "${servers[@]}"; do kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [ -n "$pg_db" ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" postgres >/dev/null || true
  rm -rf "$work"
}

bench_setup() {
  command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup.sh bench" >&2; exit 1; }
  [ -x target/release/ponte ] && [ -f target/site/pkg/ponte_bg.wasm ] || scripts/build.sh release
  work=$(mktemp -d)
  trap bench_cleanup EXIT
  if [ "${BENCH_DB:-sqlite}" = postgres ]; then
    pg_db="ponte_bench_$1_$$"
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pg_db" postgres
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
  else
    export DATABASE_URL="sqlite://$work/ponte.db?mode=rwc"
  fi
}

status_kb() { awk -v f="$1" '$1 == f":" {print $2}' "/proc/$2/status"; }

rss_sampler_start() {
  local pid="$1" file="$2"
  (
    peak=0
    while kill -0 "$pid" 2>/dev/null; do
      r=$(status_kb VmRSS "$pid")
      [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" >"$file"
      sleep 0.02
    done
  ) &
  sampler_pid=$!
}

rss_sampler_stop() {
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  sampler_pid=""
}

# cpu_ticks PID: the process's user + system CPU time so far, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# wrk_load URL [SERVER_PID]: warms the page with wrk's headers (so it is in the page cache), then
# runs wrk with CONNECTIONS for DURATION; sets rps, p50, p99 and errors (non-2xx answers, socket
# errors), and with SERVER_PID cpu_ms: the server's CPU time per request in ms (utime + stime
# over the run), which stays comparable across noisy runs where req/s does not. HEADERS (an
# array) adds request headers (a session cookie, say).
wrk_load() {
  local target="$1" pid="${2:-}" out before after requests
  local extra=()
  for h in "${HEADERS[@]}"; do extra+=(-H "$h"); done
  curl -sf -o /dev/null -H "Accept-Language: pt-PT" -H "Accept-Encoding: gzip" "${extra[@]}" "$target" \
    || { echo "$target does not answer 200" >&2; exit 1; }
  [ -n "$pid" ] && before=$(cpu_ticks "$pid")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Language: pt-PT" -H "Accept-Encoding: gzip" "${extra[@]}" "$target")
  cpu_ms=""
  if [ -n "$pid" ]; then
    after=$(cpu_ticks "$pid")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    cpu_ms=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n }')
  fi
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
}

# report_cpu LABEL PATH: one line of the last wrk_load with the server's CPU per request.
report_cpu() {
  printf '%-20s %-52s %10s req/s   p50 %-9s p99 %-9s cpu %5s ms/req %s\n' "$1" "$2" "$rps" "$p50" "$p99" "$cpu_ms" "${errors:-}"
}

bench_serve() {
  export PONTE_ADDR="127.0.0.1:$1" PONTE_SITE_ROOT=target/site RUST_LOG=warn
  ./target/release/ponte seed-demo >/dev/null
  ./target/release/ponte serve >"$work/server.log" 2>&1 &
  server_pid=$!
  servers+=("$server_pid")
  for _ in $(seq 1 100); do curl -sf "http://$PONTE_ADDR/healthz" >/dev/null && break; sleep 0.1; done
}

# serve_on PORT CACHE_SECONDS: starts the release server on PORT with that page cache (0: off),
# its pid in server_of[PORT], and waits for /healthz.
declare -A server_of
serve_on() {
  local port="$1" cache="$2"
  PONTE_ADDR="127.0.0.1:$port" PONTE_PAGE_CACHE_SECONDS="$cache" ./target/release/ponte serve >"$work/server-$port.log" 2>&1 &
  servers+=("$!")
  server_of[$port]=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
}
