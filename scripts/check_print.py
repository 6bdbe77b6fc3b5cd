#!/usr/bin/env python3
"""Checks printed documents page by page (see scripts/check-print.sh).

For every PDF under OUT/*/*/pdf-docx and pdf-html:
- a document of more than one page carries "Page X of Y" ("Página X de Y") on every page;
- no page holds only a signature block, the delivery line or the not-legal-advice notice;
- a letter runs onto a second page only when what it moves there would not fit in the room left
  on the first (measured from the word boxes).
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
        if letter_pages == 2:
            spill = would_fit(pdf)
            if spill is not None:
                problems.append(f"{name} page 2: the letter's last {spill:.1f} in would fit on page 1; it should be one page")
    return problems


def would_fit(pdf: Path) -> float | None:
    """When page 2's body (the part of the letter kept together and moved) would fit in the room
    left at the foot of page 1, its height in inches; else None. Measured from the word boxes, with
    the 0.75 in top and bottom margins that hold the header and the page number."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "2", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    if len(pages) < 2:
        return None
    margin = 54.0
    boxes = []
    for _, height, words in pages[:2]:
        h = float(height)
        found = [(float(a), float(b)) for a, b in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">', words)]
        boxes.append((h, [(top, bottom) for top, bottom in found if top > margin - 2 and bottom < h - margin + 2]))
    (h1, first), (_, second) = boxes
    if not first or not second:
        return None
    room = (h1 - margin) - max(bottom for _, bottom in first)
    needed = max(bottom for _, bottom in second) - min(top for top, _ in second)
    return needed / 72 if needed + 12 <= room else None


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
