#!/usr/bin/env bash
# Renders the packet of every sample case in English and Spanish, for a person to read:
#   scripts/render-all.sh [OUT_DIR]        (default output/review)
# writes OUT_DIR/<language>/<case id>/index.html (open it in a browser), each document in TXT, HTML
# and DOCX, and packet.docx / packet.html / packet.txt with every document of the case in one file.
# The date is fixed (2026-11-27, as in the golden files) so that two runs give the same files.
# Uses $REDRESS when set, else builds redress with `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-output/review}
if [ -z "${REDRESS:-}" ]; then
  swift build --product redress >/dev/null
  REDRESS=$(swift build --show-bin-path)/redress
fi
status=0
for sample in samples/*.yaml; do
  case "$sample" in *invalid*) continue ;; esac
  for language in en es; do
    "$REDRESS" generate "$sample" --packet --date 2026-11-27 --language "$language" --out "$out/$language" >/dev/null || status=$?
  done
done
find "$out" -name index.html | sort
exit "$status"
