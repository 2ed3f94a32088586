#!/usr/bin/env python3
"""Prints what a real consumer sees in a BudgetBench workbook, as JSON, for the Swift tests.

openpyxl reads the cells, formats, panes, filters, print set-up and properties; the charts are
read from the package's chart XML (openpyxl does not load charts).
Usage: inspect_workbook.py WORKBOOK.xlsx
"""
import json
import re
import sys
import zipfile

import openpyxl


def shading(sheet):
    """Each conditional format: the cells it covers, its type, and a colour scale's colours low to high."""
    found = []
    for cells, rules in sheet.conditional_formatting._cf_rules.items():
        for rule in rules:
            colors = [color.rgb[-6:] for color in rule.colorScale.color] if rule.colorScale is not None else []
            found.append({"cells": str(cells.sqref), "type": rule.type, "colors": colors})
    return found


def fitted(sheet):
    properties = sheet.sheet_properties.pageSetUpPr
    return properties is not None and bool(properties.fitToPage)


def sheet_summary(sheet):
    return {
        "rows": [[cell.value for cell in row] for row in sheet.iter_rows()],
        "formats": [[cell.number_format for cell in row] for row in sheet.iter_rows()],
        "freeze": sheet.freeze_panes,
        "autofilter": sheet.auto_filter.ref,
        "conditionalFormats": sum(len(rules.rules) for rules in sheet.conditional_formatting),
        "shading": shading(sheet),
        "wraps": [[bool(cell.alignment.wrap_text) for cell in row] for row in sheet.iter_rows()],
        # The scale is omitted from the file when it is the default, 100.
        "scale": sheet.page_setup.scale or 100,
        "header": sheet.oddHeader.left.text,
        "footer": sheet.oddFooter.center.text,
        "orientation": sheet.page_setup.orientation,
        "paperSize": sheet.page_setup.paperSize,
        # fitToWidth is omitted from the file when it is the default, 1.
        "fitToWidth": (sheet.page_setup.fitToWidth or 1) if fitted(sheet) else None,
        "printTitleRows": sheet.print_title_rows,
        "outlineLevels": sorted({dimension.outlineLevel for dimension in sheet.row_dimensions.values() if dimension.outlineLevel}),
    }


def charts(path):
    found = []
    with zipfile.ZipFile(path) as package:
        for name in sorted(package.namelist()):
            if re.match(r"xl/charts/chart\d+\.xml$", name):
                xml = package.read(name).decode("utf-8")
                kinds = re.findall(r"<c:(\w+Chart)>", xml)
                direction = re.search(r'<c:barDir val="(\w+)"', xml)
                grouping = re.search(r'<c:grouping val="(\w+)"', xml)
                found.append({
                    "kind": kinds[0] if kinds else None,
                    "direction": direction.group(1) if direction else None,
                    "grouping": grouping.group(1) if grouping else None,
                    "series": xml.count("<c:ser>"),
                    "references": re.findall(r"<c:f>([^<]*)</c:f>", xml),
                })
    return found


def main():
    path = sys.argv[1]
    book = openpyxl.load_workbook(path)
    print(json.dumps({
        "sheets": book.sheetnames,
        "title": book.properties.title,
        "creator": book.properties.creator,
        "content": {name: sheet_summary(book[name]) for name in book.sheetnames},
        "charts": charts(path),
    }, ensure_ascii=False, default=str))


main()
