#!/usr/bin/env python3
"""Measures a workbook printed to PDF by LibreOffice, as a reader of the paper would: per page,
its size, how much text it holds, the smallest printed text of the body and of bold (header)
text, and its running header and footer lines. Prints JSON for the Swift tests.

The printed size of a glyph is pdfplumber's `size`: the font size times the page's scaling, so
fit-to-width shrinking shows up in it.
Usage: measure_print.py PRINTED.pdf
"""
import json
import sys

import pdfplumber

# A running header or footer lies in the top or bottom margin (0.75 in = 54 pt).
MARGIN = 54


def page_summary(page):
    chars = [char for char in page.chars if char["text"].strip()]
    body = [char for char in chars if MARGIN <= char["top"] <= page.height - MARGIN]
    bold = [char for char in body if "bold" in char["fontname"].lower()]
    running = [char for char in chars if char not in body]
    lines = {}
    for char in sorted(running, key=lambda char: (round(char["top"]), char["x0"])):
        lines.setdefault(round(char["top"]), []).append(char["text"])
    return {
        "width": round(float(page.width), 1),
        "height": round(float(page.height), 1),
        "characters": len(body),
        "smallestBody": round(min((char["size"] for char in body), default=0), 2),
        "smallestBold": round(min((char["size"] for char in bold), default=0), 2),
        "running": ["".join(text) for _, text in sorted(lines.items())],
        "text": page.extract_text() or "",
    }


def main():
    with pdfplumber.open(sys.argv[1]) as pdf:
        print(json.dumps([page_summary(page) for page in pdf.pages], ensure_ascii=False))


main()
