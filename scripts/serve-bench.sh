#!/usr/bin/env bash
# serve-bench.sh - load on `redress serve`'s render endpoint over loopback, with wrk (Debian's wrk).
#
#   scripts/serve-bench.sh [BINARY] [SECONDS] [TOTAL]
#
# Starts BINARY (default .build/release/redress) with `serve --port 0`, then POSTs Benchmarks/cease-contact-case.yaml (as JSON) to
# /api/v1/documents/cease-contact?format=docx: SECONDS (default 10) each at 1, 16 and 64 connections
# (requests/s, p50, p99, errors), then at 64 connections until about TOTAL requests (default 100000)
# while sampling the server's resident memory every second (start, end, peak). Stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/redress}
SECONDS_EACH=${2:-10}
TOTAL=${3:-100000}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT

# The demo without its contact preferences (the demo itself gets limit-contact), as for the floor.
python3 -c 'import json,yaml; print(json.dumps(yaml.safe_load(open("Benchmarks/cease-contact-case.yaml")), default=str))' > "$work/case.json"
cat > "$work/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/case.json"); wrk.body = f:read("*a"); f:close()
EOF

"$BIN" serve --port 0 > "$work/out" 2> "$work/log" &
pid=$!
for _ in $(seq 100); do grep -q "ready at" "$work/out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/out")api/v1/documents/cease-contact?format=docx
rss() { awk '/VmRSS/ {print $2}' /proc/$pid/status; }
echo "server pid $pid at $url; rss at start $(rss) KB"
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data @"$work/case.json" "$url" || { echo "warmup failed"; exit 1; }

summary() {  # wrk --latency output -> one line
  awk -v c="$1" '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /requests in/ {n=$1}
    /Non-2xx/ {bad=$NF}
    /Socket errors/ {sock=$0}
    END {printf "connections %-3s  requests %-7s  req/s %-9s  p50 %-8s  p99 %-8s  non-2xx %s  %s\n", c, n, rps, p50, p99, bad+0, sock}'
}
for c in 1 16 64; do
  threads=$(( c < 2 ? 1 : 2 ))
  wrk -t$threads -c$c -d${SECONDS_EACH}s --latency -s "$work/post.lua" "$url" > "$work/wrk-$c"
  summary $c < "$work/wrk-$c"
done

# Memory over about TOTAL requests at 64 connections: the rate just measured sets the duration.
rate=$(awk '/Requests\/sec/ {print int($2)}' "$work/wrk-64")
duration=$(( (TOTAL + rate - 1) / (rate > 0 ? rate : 1) + 1 ))
before=$(rss); peak=$before
( while kill -0 $pid 2>/dev/null; do rss >> "$work/rss"; sleep 1; done ) &
sampler=$!
wrk -t2 -c64 -d${duration}s --latency -s "$work/post.lua" "$url" > "$work/wrk-long"
kill $sampler 2>/dev/null || true
summary 64 < "$work/wrk-long"
peak=$(sort -n "$work/rss" | tail -1)
hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
echo "memory: rss before ${before} KB, after $(rss) KB, peak sampled ${peak} KB, VmHWM ${hwm} KB"
echo "rss samples (KB, one a second): $(tr '\n' ' ' < "$work/rss")"
kill -TERM $pid; wait $pid || true
echo "server stopped on SIGTERM"
