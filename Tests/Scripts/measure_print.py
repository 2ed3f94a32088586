#!/usr/bin/env python3
"""Measures a workbook printed to PDF by LibreOffice, as a reader of the paper would: per page,
its size, how much text it holds, the smallest printed text of the body and of the column
headers (the text on the headers' blue fill, DDEBF7), and its running header and footer lines.
Prints JSON for the Swift tests.

The printed size of a glyph is pdfplumber's `size`: the font size times the page's scaling, so
fit-to-width shrinking shows up in it.
Usage: measure_print.py PRINTED.pdf [--summary]   (--summary: a table per sheet for a person)
"""
import json
import sys

import pdfplumber

# A running header or footer lies in the top or bottom margin (0.75 in = 54 pt).
MARGIN = 54
# The fill of the workbook's header cells, 0xDDEBF7, as PDF colour components.
HEADER_FILL = (0xDD / 255, 0xEB / 255, 0xF7 / 255)


def header_areas(page):
    def is_header(color):
        return color is not None and len(color) == 3 and all(abs(a - b) < 0.01 for a, b in zip(color, HEADER_FILL))
    return [rect for rect in page.rects if is_header(rect.get("non_stroking_color"))]


def inside(char, areas):
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(area["x0"] <= x <= area["x1"] and area["top"] <= y <= area["bottom"] for area in areas)


def page_summary(page):
    chars = [char for char in page.chars if char["text"].strip()]
    body = [char for char in chars if MARGIN <= char["top"] <= page.height - MARGIN]
    areas = header_areas(page)
    headers = [char for char in body if inside(char, areas)]
    running = [char for char in chars if char not in body]
    lines = {}
    for char in sorted(running, key=lambda char: (round(char["top"]), char["x0"])):
        lines.setdefault(round(char["top"]), []).append(char["text"])
    return {
        "width": round(float(page.width), 1),
        "height": round(float(page.height), 1),
        "characters": len(body),
        "smallestBody": round(min((char["size"] for char in body), default=0), 2),
        "smallestHeader": round(min((char["size"] for char in headers), default=0), 2),
        "running": ["".join(text) for _, text in sorted(lines.items())],
        "text": page.extract_text() or "",
    }


def summary(pages):
    """Per sheet (the running header's right part), its pages and smallest body and header text."""
    sheets = {}
    for number, page in enumerate(pages, 1):
        name = page["running"][0] if page["running"] else "?"
        for title in ("BudgetBench同业对标", "BudgetBenchpeerbenchmark"):
            name = name.replace(title, "")
        sheets.setdefault(name, []).append((number, page["smallestBody"], page["smallestHeader"]))
    print(f"{'sheet':<30} {'pages':>9}  smallest body / header (pt)")
    for name, found in sheets.items():
        headers = [header for _, _, header in found if header]
        body = min(body for _, body, _ in found)
        print(f"{name:<30} {found[0][0]:>4}–{found[-1][0]:<4}  {body:5.2f} / {min(headers) if headers else 0:5.2f}")


def main():
    with pdfplumber.open(sys.argv[1]) as pdf:
        pages = [page_summary(page) for page in pdf.pages]
    if "--summary" in sys.argv[2:]:
        summary(pages)
    else:
        print(json.dumps(pages, ensure_ascii=False))


main()
