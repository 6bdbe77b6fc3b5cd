#!/usr/bin/env bash
# Renders every document for every sample case and checks the files with the external validators in
# ../shared/validate (LibreOffice, python-docx, the ECMA-376 schemas, the Nu HTML checker).
#   scripts/validate-output.sh [OUT_DIR]
# Needs a built `redress` (swift build, or REDRESS=path/to/redress) and the validators (../shared/validate/install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
validate=../shared/validate
out=${1:-$(mktemp -d)}
redress=${REDRESS:-$(swift build --show-bin-path)/redress}

for sample in samples/*.yaml; do
  case "$sample" in *invalid*) continue ;; esac
  for language in en es; do
    "$redress" generate "$sample" --date 2026-11-27 --language "$language" --out "$out/$language" >/dev/null 2>&1 || true  # a document that does not apply to a case is refused (exit 65)
    # The packet: the documents that apply, index.html and the combined packet.docx / packet.html.
    "$redress" generate "$sample" --packet --date 2026-11-27 --language "$language" --out "$out/packet-$language" >/dev/null
  done
  # The example Word template, filled for the case, is checked like the built-in documents.
  mkdir -p "$out/fill"
  "$redress" fill templates/docx/cease-contact-letterhead.docx "$sample" --date 2026-11-27 \
    --out "$out/fill/$(basename "$sample" .yaml)-letterhead.docx" >/dev/null
done
docx=$(find "$out" -name '*.docx' | sort)
html=$(find "$out" -name '*.html' | sort)
echo "validating $(echo "$docx" | wc -l) DOCX and $(echo "$html" | wc -l) HTML files from $out"
# shellcheck disable=SC2086
"$validate/check_docx.sh" --xsd $docx
# shellcheck disable=SC2086
"$validate/check_html.sh" $html
