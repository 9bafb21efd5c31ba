#!/usr/bin/env bash
# Start of `factcheck serve` to SERVING with every built-in package: wall time until the
# "serving on port" log line, the server's CPU time (user + system, /proc/PID/stat) at that
# moment, its idle RSS two seconds later, then one grpc.health.v1 Check through
# factcheck-loadgen. Usage: tools/bench/data/serve_startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build/release}
runs=${2:-3}
port=$((20000 + RANDOM % 20000))
ticks=$(getconf CLK_TCK)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  log=$(mktemp)
  start=$(date +%s%N)
  "$build/bin/factcheck" serve --listen "127.0.0.1:$port" >"$log" 2>&1 &
  pid=$!
  until grep -q "serving on port" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.005
  done
  serving=$(date +%s%N)
  read -r utime stime < <(awk '{print $14, $15}' "/proc/$pid/stat")
  sleep 2
  rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  health=$("$build/bin/factcheck-loadgen" --target "127.0.0.1:$port" --method health --concurrency 1 \
    --duration 0.2 --warmup 0 --json | grep -o '"ok":[0-9]*,"failed":[0-9]*' || true)
  kill -TERM "$pid"
  wait "$pid" || true
  rm -f "$log"
  printf 'run %d: SERVING after %d ms wall, %d ms CPU; idle RSS %.1f MB; health check %s\n' "$run" \
    $(((serving - start) / 1000000)) $(((utime + stime) * 1000 / ticks)) "$(echo "$rss_kb / 1000" | bc -l)" \
    "${health:-?}"
done
