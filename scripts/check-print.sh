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
out=$(realpath -m "${1:-$(mktemp -d)}")
mkdir -p "$out"
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

# The example Word template, filled for every sample, is checked like the built-in letters.
for sample in samples/*.yaml; do
  case "$sample" in *invalid*) continue ;; esac
  name=$(basename "$sample" .yaml)
  mkdir -p "$out/fill/$name"
  "$redress" fill templates/docx/cease-contact-letterhead.docx "$sample" --date 2026-11-27 \
    --out "$out/fill/$name/cease-contact-letterhead.docx" >/dev/null
done

# LibreOffice keeps a profile; a private one lets it run beside another LibreOffice.
profile="file://$out/.lo-profile"
for folder in "$out"/*/*/; do
  mkdir -p "$folder/pdf-docx" "$folder/pdf-html"
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$folder/pdf-docx" "$folder"*.docx >/dev/null 2>&1
done
# Chromium prints one file per run: two at a time.
find "$out" -mindepth 3 -maxdepth 3 -name '*.html' ! -name index.html -print0 | sort -z |
  xargs -0 -P 2 -I{} sh -c 'f="$1"; d=$(dirname "$f"); n=$(basename "$f" .html)
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --user-data-dir="$d/.chromium-$n" --print-to-pdf="$d/pdf-html/$n.pdf" "file://$f" >/dev/null 2>&1
    rm -rf "$d/.chromium-$n"' _ {}
python3 scripts/check_print.py "$out"
