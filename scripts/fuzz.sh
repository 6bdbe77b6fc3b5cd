#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ and runs each for a fixed number of executions.
#
#   scripts/fuzz.sh [runs] [harness...]     runs: executions per harness (default 1000000)
#   FUZZ_SECONDS=10 scripts/fuzz.sh         also stop each harness after 10 s (what .ci/run does)
#
# Seeds come from samples/, templates/ and the test fixtures; findings (crash-*, timeout-*,
# oom-*) land in Fuzz/findings/<harness>/ and fail the script. Linux only (-sanitize=fuzzer).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000000}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(FuzzTemplate FuzzCase FuzzDOCX)

# The Fuzz package holds only the harnesses: build them all (one --product at a time would
# plan the build three times).
(cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer >/dev/null)
bin="Fuzz/.build/release"

# Seed corpora, rebuilt each time from what the repository holds.
seeds=Fuzz/.build/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{FuzzTemplate,FuzzCase,FuzzDOCX}
for f in templates/*.md templates/partials/*.md Tests/TemplatingTests/Fixtures/*.md; do
  [ -f "$f" ] && cp "$f" "$seeds/FuzzTemplate/"
done
i=0
for f in samples/*.json samples/*.yaml samples/*.yml samples/*.csv; do
  [ -f "$f" ] || continue
  case "$f" in *.json) k='\x00';; *.csv) k='\x02';; *) k='\x01';; esac
  { printf "$k"; cat "$f"; } > "$seeds/FuzzCase/seed-$i"; i=$((i + 1))
done
cp Tests/DOCXTemplateTests/Fixtures/*.docx "$seeds/FuzzDOCX/"

status=0
for h in "${harnesses[@]}"; do
  findings="Fuzz/findings/$h"
  mkdir -p "$findings" "Fuzz/.build/corpus/$h"
  limit=(-runs="$runs")
  [ -n "${FUZZ_SECONDS:-}" ] && limit+=(-max_total_time="$FUZZ_SECONDS")
  echo "== $h ${limit[*]}"
  start=$(date +%s)
  if ! "$bin/$h" "Fuzz/.build/corpus/$h" "$seeds/$h" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 \
       -max_len=262144 -artifact_prefix="$findings/" -print_final_stats=1 2>"Fuzz/.build/$h.log"; then
    echo "$h: FAILED (see Fuzz/.build/$h.log and $findings/)"; status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "Fuzz/.build/$h.log" || true
  echo "seconds: $(($(date +%s) - start))"
done
exit $status
