#!/usr/bin/env python3
"""Checks printed documents page by page (see scripts/check-print.sh).

For every PDF under OUT/*/*/pdf-docx and pdf-html:
- a document of more than one page carries "Page X of Y" ("Página X de Y") on every page;
- no page holds only a signature block, the delivery line or the not-legal-advice notice;
- a letter runs onto a second page only when that page is well filled (a few lines spilled
  over mean the letter would fit on one page).
Failures name the document and the page; the exit status is 1 when there is any.
"""
import re
import subprocess
import sys
from pathlib import Path

LETTERS = {"cease-contact", "limit-contact", "dispute", "attorney-representation", "cease-contact-letterhead"}
PAGE_NUMBER = re.compile(r"^\s*(Page|Página)\s+(\d+)\s+(of|de)\s+(\d+)\s*$")
SIGNATURE_LINE = re.compile(r"^_{10,}$|^(Date|Fecha):\s*_+$|^(Sincerely|Atentamente),$")
DELIVERY = re.compile(r"^(VIA CERTIFIED MAIL|POR CORREO CERTIFICADO)")
NOTICE = re.compile(r"^(This is not legal advice|Esto no constituye asesoramiento legal)")
RECORDS = re.compile(r"^(For your records|Para sus registros)")
# A letter's second page with fewer body lines than this would have fit on the first.
SPILL_LINES = 8


def pages(pdf: Path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out = [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")]
    while out and not out[-1]:
        out.pop()
    return out


def body(lines: list[str], number: int) -> list[str]:
    """The page's lines without its page number and (from page 2) its continuation header."""
    kept = [line for line in lines if not PAGE_NUMBER.match(line)]
    if number > 1 and kept and " — " in kept[0]:
        kept = kept[1:]
    return kept


def check(pdf: Path) -> list[str]:
    problems = []
    printed = pages(pdf)
    count = len(printed)
    folder = pdf.parent.parent
    name = f"{folder.parent.name}/{folder.name}/{pdf.parent.name}/{pdf.name}"
    for index, lines in enumerate(printed, start=1):
        where = f"{name} page {index} of {count}"
        if count > 1:
            numbers = [m for m in map(PAGE_NUMBER.match, lines) if m]
            if not any(int(m.group(2)) == index and int(m.group(4)) == count for m in numbers):
                problems.append(f"{where}: no page number 'Page {index} of {count}'")
        text = body(lines, index)
        if not text:
            problems.append(f"{where}: the page is blank")
            continue
        if len(text) <= 4 and any(re.match(r"^_{10,}$", line) for line in text) \
                and all(SIGNATURE_LINE.match(line) or len(line) < 60 for line in text):
            problems.append(f"{where}: holds only a signature block: {' / '.join(text)}")
        if len(text) <= 2 and any(DELIVERY.match(line) for line in text):
            problems.append(f"{where}: holds only the delivery line")
        if NOTICE.match(text[0]) and len(text) <= 6:
            problems.append(f"{where}: holds only the not-legal-advice notice")
    if pdf.stem in LETTERS and count > 1:
        letter_pages = next((i for i, lines in enumerate(printed) if body(lines, i + 1) and RECORDS.match(body(lines, i + 1)[0])), count)
        if letter_pages == 2 and len(body(printed[1], 2)) < SPILL_LINES:
            problems.append(f"{name} page 2: the letter spills {len(body(printed[1], 2))} lines onto a second page; it should fit on one")
    return problems


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "output")
    pdfs = sorted(root.glob("*/*/pdf-*/*.pdf"))
    if not pdfs:
        print(f"check-print: no PDF under {root}", file=sys.stderr)
        return 1
    problems = [problem for pdf in pdfs for problem in check(pdf)]
    for problem in problems:
        print(f"check-print: {problem}", file=sys.stderr)
    print(f"check-print: {len(pdfs)} PDF files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
