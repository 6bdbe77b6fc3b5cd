#!/usr/bin/env bash
# The checked print: renders every sample's documents (both languages, with the packet), converts
# the DOCX files to PDF with LibreOffice (one run per folder) and prints the HTML files to PDF with
# Chromium, then checks the pages with scripts/check_print.py (page numbers, no page holding only a
# signature, a delivery line or the notice, letters on one page where they fit).
#   scripts/check-print.sh [OUT_DIR]
# Needs a built `redress` (or REDRESS=path), LibreOffice (soffice), chromium, pdftotext and
# fonts-liberation: ../shared/validate/install.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
redress=${REDRESS:-$(swift build --show-bin-path)/redress}
for tool in soffice chromium pdftotext; do
  command -v "$tool" >/dev/null || { echo "check-print: $tool is not installed" >&2; exit 69; }
done

for sample in samples/*.yaml; do
  case "$sample" in *invalid*) continue ;; esac
  for language in en es; do
    "$redress" generate "$sample" --packet --format html,docx --date 2026-11-27 --language "$language" --out "$out/$language" >/dev/null
  done
done

# LibreOffice keeps a profile; a private one lets it run beside another LibreOffice.
profile="file://$out/.lo-profile"
for folder in "$out"/*/*/; do
  mkdir -p "$folder/pdf-docx" "$folder/pdf-html"
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$folder/pdf-docx" "$folder"*.docx >/dev/null 2>&1
  for html in "$folder"*.html; do
    name=$(basename "$html" .html)
    [ "$name" = index ] && continue
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$folder/pdf-html/$name.pdf" "file://$(realpath "$html")" >/dev/null 2>&1
  done
done
python3 scripts/check_print.py "$out"
