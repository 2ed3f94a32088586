#!/usr/bin/env python3
"""Renders the reference seed texts into PDFs laid out the way such reports are published.

Each seed becomes a flat OpenDocument text (.fodt): headings, paragraphs, bordered tables
with repeated header rows and merged header cells, page numbers in the footer. LibreOffice
then exports it to PDF, as a Word/WPS user would. Layout choices per report are in LAYOUTS.

Usage: render_seeds.py CORPUS_DIR   (needs `soffice` on PATH)
Reads CORPUS_DIR/source/<report>.txt (the seed extracts with the repairs of NOTES.md), writes
CORPUS_DIR/reports/<report>.pdf and the deliberately wrong variants into CORPUS_DIR/bad/.
"""

import html
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# Per report: font, table rules ("full", "horizontal" or the gray "grid" of a spreadsheet export),
# from how many columns a table moves to a landscape page, a running page header, and the unit
# the amount tables are printed in ("元" rescales every 万元 table exactly ×10000).
LAYOUTS = {
    "longgang-2023-budget": dict(font="Noto Serif CJK SC", rules="full", landscape_from=9, running_header="", unit="元"),
    "futian-2020-self-evaluation": dict(font="Noto Sans CJK SC", rules="full", landscape_from=7, running_header=""),
    "dapeng-2021-project-evaluation": dict(font="Noto Serif CJK SC", rules="full", landscape_from=6, running_header=""),
    "yangquan-2023-final-account": dict(font="Noto Sans CJK SC", rules="grid", landscape_from=8, running_header="仅供内部审核"),
    "funing-2020-performance-targets": dict(font="Noto Serif CJK SC", rules="horizontal", landscape_from=99, running_header=""),
}

NUMBER = re.compile(r"^[-−]?[\d,]+(\.\d+)?%?$")
CODE = re.compile(r"^\d{3}(\d{2}){0,2}$")
TABLE_NUMBER = re.compile(r"^(表\s*\d+|公开\s*\d+\s*表|附表\s*\d+)$")
PART = re.compile(r"^第[一二三四五六七八九十]+部分")
LEVEL2 = re.compile(r"^[一二三四五六七八九十]+、")
LEVEL3 = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")


def clean(line: str) -> str:
    """Repairs the extraction artifacts listed in Corpus/NOTES.md."""
    line = line.replace("[bookmark: _GoBack]", "")
    line = re.sub(r"</?b>", "", line)
    line = re.sub(r"</p>\s*<p>", "\n", line).replace("<p>", "").replace("</p>", "")
    line = line.replace("\\leq", "≤").replace("\\geq", "≥").replace("\\infty", "∞").replace("\\%", "%")
    line = re.sub(r"\$\s*([^$]*?)\s*\$", r"\1", line)
    line = re.sub(r"([≥≤])\s+(?=\d)", r"\1", line)
    return line.rstrip(" \r")  # trailing tabs are empty cells and keep a row a row


@dataclass
class Table:
    rows: list
    titles: list = field(default_factory=list)
    header_rows: int = 1
    codes: set = field(default_factory=set)
    indicators: bool = False


@dataclass
class Paragraph:
    text: str
    kind: str = "body"  # body, h1, h2, h3, title, table-number, table-name, meta, toc


def read_blocks(text: str) -> list:
    blocks, current = [], []
    for raw in text.split("\n"):
        line = clean(raw)
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def cell_per_line_row(block: list):
    """A block whose lines each hold one tab-led cell is one table row (the Futian extract)."""
    if len(block) < 2 or not block[0].startswith("\t"):
        return None
    cells = []
    for line in block:
        if line.startswith("\t") and line.count("\t") == 1:
            cells.append(line[1:].strip())
        elif not line.startswith("\t") and cells:
            cells[-1] += line.strip()
        else:
            return None
    return cells


def parse(text: str, running_header: str) -> list:
    items = []
    for block in read_blocks(text):
        if running_header and all(line.strip() == running_header for line in block):
            continue
        row = cell_per_line_row(block)
        if row is not None:
            if items and isinstance(items[-1], Table):
                items[-1].rows.append(row)
            else:
                items.append(Table(rows=[row]))
            continue
        for line in block:
            if "\t" in line:
                cells = [c.strip() for c in line.split("\t")]
                while cells and not cells[-1]:
                    cells.pop()
                if items and isinstance(items[-1], Table):
                    if cells != items[-1].rows[0]:  # a header the extract repeats after a page break
                        items[-1].rows.append(cells)
                else:
                    items.append(Table(rows=[cells]))
            else:
                items.append(Paragraph(line.strip()))
    return classify(items)


def classify(items: list) -> list:
    """Names paragraph kinds and hands each table the title lines that stand before it."""
    for index, item in enumerate(items):
        if not isinstance(item, Paragraph):
            continue
        text = item.text
        if text.startswith("#"):
            item.kind = "h" + str(min(3, len(text) - len(text.lstrip("#"))))
            item.text = text.lstrip("#").strip()
        elif text.startswith("- "):
            item.text = text[2:]
        elif TABLE_NUMBER.match(text):
            item.kind = "table-number"
        elif text.startswith(("部门名称", "单位：", "单位:", "金额单位", "编制单位")) or re.match(r"^(单位[：:]|\d{4}\s*年度?$)", text):
            item.kind = "meta"
        elif PART.match(text):
            item.kind = "h1"
        elif LEVEL2.match(text) and len(text) < 40 and not re.search(r"[：。，]", text):
            item.kind = "h2"
        elif LEVEL3.match(text) and len(text) < 40 and not re.search(r"[：。，]", text):
            item.kind = "h3"
    for index, item in enumerate(items):
        if isinstance(item, Paragraph) and item.kind == "table-number":
            following = items[index + 1] if index + 1 < len(items) else None
            preceding = items[index - 1] if index > 0 else None
            if isinstance(following, Paragraph) and following.kind == "body" and len(following.text) < 40:
                following.kind = "table-name"
            elif isinstance(preceding, Paragraph) and preceding.kind == "body" and len(preceding.text) < 40:
                preceding.kind = "table-name"
    return merge_continuations(contents_as_paragraphs(items))


def contents_as_paragraphs(items: list) -> list:
    """A 目录 the extract gives as two-column rows (title, page) is printed as dotted-leader lines."""
    result = []
    for index, item in enumerate(items):
        near_contents = any(isinstance(p, Paragraph) and re.sub(r"[\s#]", "", p.text) == "目录" for p in items[max(0, index - 3):index])
        if isinstance(item, Table) and near_contents and all(
                len([c for c in row if c]) == 2 and re.fullmatch(r"\d{1,3}", row[-1].strip()) for row in item.rows):
            result += [Paragraph(f"{row[0].rstrip('.… ')}\t{row[-1].strip()}", kind="toc") for row in item.rows]
        else:
            result.append(item)
    return result


def title_run(items: list, end: int) -> list:
    """The table-number, table-name and meta paragraphs directly before items[end]."""
    start = end
    while start > 0 and isinstance(items[start - 1], Paragraph) and items[start - 1].kind in ("table-number", "table-name", "meta"):
        start -= 1
    return items[start:end]


def normalized(paragraphs: list) -> list:
    return [re.sub(r"\s", "", p.text) for p in paragraphs]


def merge_continuations(items: list) -> list:
    """Joins a table repeated on the next page of the extract (same titles, same header) into one."""
    merged = []
    for index, item in enumerate(items):
        if isinstance(item, Table):
            titles = title_run(items, index)
            previous = next((m for m in reversed(merged) if isinstance(m, Table)), None)
            gap = len(merged) - merged.index(previous) - 1 if previous is not None else None
            if previous is not None and titles and gap == len(titles) and normalized(titles) == normalized(previous.titles):
                del merged[len(merged) - len(titles):]
                shared = 0
                while shared < min(len(item.rows), len(previous.rows)) and item.rows[shared] == previous.rows[shared]:
                    shared += 1
                previous.rows.extend(item.rows[shared:])
                continue
            item.titles = titles
        merged.append(item)
    return merged


def code_columns(rows: list, header_rows: int) -> set:
    """Columns holding classification codes: headed 编码/代码, or only 3/5/7-digit codes."""
    result = set()
    for c in range(len(rows[0])):
        heading = "".join(row[c] for row in rows[:header_rows])
        body = [row[c] for row in rows[header_rows:] if row[c]]
        if "编码" in heading or "代码" in heading or (body and all(CODE.match(v) for v in body) and any(len(v) > 3 for v in body)):
            result.add(c)
    return result


def in_yuan(cell: str) -> str:
    """An amount printed in 万元 rewritten in 元, exactly ×10000, with two decimals."""
    negative = cell.startswith(("-", "−"))
    digits = cell.lstrip("-−").replace(",", "")
    whole, _, fraction = digits.partition(".")
    fen = int(whole) * 1000000 + int((fraction + "0000")[:4]) * 100
    text = f"{fen // 100:,}.{fen % 100:02d}"
    return ("-" if negative else "") + text


def header_row_count(rows: list) -> int:
    levels = [index for index, row in enumerate(rows[:4]) if any(re.sub(r"\s", "", c) in ("一级指标", "指标名称") for c in row)]
    if levels:  # an indicator table's header ends with its level row (and a 名称/分值 row under it)
        last = levels[0] + (1 if levels[0] + 1 < len(rows) and rows[levels[0] + 1][0] == "名称" else 0)
        return last + 1
    for index, row in enumerate(rows[:4]):
        if row[0] == "栏次":  # the column-number row of 决算 tables closes the header
            return index + 1
        if any(NUMBER.match(cell) for cell in row):
            return max(1, index)
    return 1


def spans(rows: list, columns: int, header_rows: int, fill_down: bool) -> dict:
    """Cell (r, c) → (rowspan, colspan) for merged cells; covered cells map to None."""
    result = {}
    for r in range(header_rows):
        c = 0
        while c < columns:
            if rows[r][c] and (r, c) not in result:
                width = 1
                while c + width < columns and not rows[r][c + width] and r + 1 < header_rows and rows[r + 1][c + width]:
                    width += 1
                height = 1
                while r + height < header_rows and all(not rows[r + height][k] for k in range(c, c + width)):
                    height += 1
                if width > 1 or height > 1:
                    result[(r, c)] = (height, width)
                    for rr in range(r, r + height):
                        for cc in range(c, c + width):
                            if (rr, cc) != (r, c):
                                result[(rr, cc)] = None
                c += width
            else:
                c += 1
    for r in range(header_rows, len(rows)):
        filled = [c for c in range(columns) if rows[r][c]]
        if 1 <= len(filled) <= 2 and filled[-1] < columns - 2 and len(rows[r][filled[-1]]) > 40:
            result[(r, filled[-1])] = (1, columns - filled[-1])
            for cc in range(filled[-1] + 1, columns):
                result[(r, cc)] = None
    if fill_down:
        for c in range(min(2, columns)):
            r = header_rows
            while r < len(rows):
                height = 1
                while r + height < len(rows) and rows[r][c] and not rows[r + height][c]:
                    height += 1
                if height > 1:
                    result[(r, c)] = (height, 1)
                    for rr in range(r + 1, r + height):
                        result[(rr, c)] = None
                r += height
    return result


class Writer:
    def __init__(self, layout: dict):
        self.layout = layout
        self.body = []
        self.rendered = {}
        self.table_count = 0
        self.orientation = "portrait"

    def paragraph(self, item: Paragraph):
        style = {"h1": "H1", "h2": "H2", "h3": "H3", "table-number": "TableNumber", "table-name": "TableName", "meta": "Meta", "toc": "Toc"}.get(item.kind, "Body")
        if self.layout["rules"] == "grid" and style in ("TableNumber", "TableName", "Meta"):
            style = "Cell"  # a spreadsheet export prints titles as plain cells
        text = "<text:tab/>".join(html.escape(part) for part in item.text.split("\t"))
        self.rendered[id(item)] = f'<text:p text:style-name="{style}">{text}</text:p>'
        self.body.append(self.rendered[id(item)])

    def switch(self, orientation: str):
        if orientation != self.orientation:
            style = "BreakLandscape" if orientation == "landscape" else "BreakPortrait"
            self.body.append(f'<text:p text:style-name="{style}"/>')
            self.orientation = orientation

    def table(self, table: Table):
        rows, header_rows, codes = table.rows, table.header_rows, table.codes
        columns = len(rows[0])
        merged = spans(rows, columns, header_rows, table.indicators)
        self.table_count += 1
        name = f"Table{self.table_count}"
        width_cm = 25.7 if self.orientation == "landscape" else 17.0
        widths = column_widths(rows, columns, width_cm)
        out = [f'<table:table table:name="{name}" table:style-name="Tbl{self.orientation.title()}">']
        for index, width in enumerate(widths):
            out.append(f'<table:table-column table:style-name="{name}.C{index}"/>')
            self.column_styles.append(
                f'<style:style style:name="{name}.C{index}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{width:.2f}cm"/></style:style>')
        out.append("<table:table-header-rows>")
        for r, row in enumerate(rows):
            if r == header_rows:
                out.append("</table:table-header-rows>")
            out.append("<table:table-row>")
            for c, cell in enumerate(row):
                span = merged.get((r, c), (1, 1))
                if span is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                attributes = ""
                if span != (1, 1):
                    attributes = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
                header = r < header_rows
                style = "Head" if header else ("Number" if NUMBER.match(cell) and c not in codes else "Cell")
                paragraphs = "".join(f'<text:p text:style-name="{style}">{html.escape(part)}</text:p>' for part in cell.split("\n"))
                out.append(f'<table:table-cell table:style-name="Box" office:value-type="string"{attributes}>{paragraphs}</table:table-cell>')
            out.append("</table:table-row>")
        if header_rows >= len(rows):
            out.append("</table:table-header-rows>")
        out.append("</table:table>")
        self.body.extend(out)

    def render(self, items: list) -> str:
        self.column_styles = []
        for index, item in enumerate(items):
            if isinstance(item, Table):
                wide = max(len(row) for row in item.rows) >= self.layout["landscape_from"]
                if wide and self.orientation == "portrait":
                    # The table's titles move with it onto the landscape page.
                    titles = self.body[len(self.body) - len(item.titles):] if item.titles else []
                    del self.body[len(self.body) - len(titles):]
                    self.switch("landscape")
                    self.body.extend(titles)
                elif not wide:
                    self.switch("portrait")
                self.table(item)
            else:
                if self.orientation == "landscape" and item.kind not in ("table-number", "table-name", "meta"):
                    self.switch("portrait")
                self.paragraph(item)
        return document(self.layout, "\n".join(self.column_styles), "\n".join(self.body))


def prepare(items: list, layout: dict) -> list:
    """Fixes each table's shape and prints it as this layout does: units, deliberate errors."""
    for table in (item for item in items if isinstance(item, Table)):
        columns = max(len(row) for row in table.rows)
        table.rows = [row + [""] * (columns - len(row)) for row in table.rows]
        table.header_rows = header_row_count(table.rows)
        table.indicators = any(re.sub(r"\s", "", cell) in ("一级指标", "二级指标", "指标名称") for row in table.rows[:table.header_rows] for cell in row)
        table.codes = code_columns(table.rows, table.header_rows)
        units = [p for p in table.titles if re.sub(r"\s", "", p.text) in ("单位：万元", "金额单位：万元")]
        states_unit = any("万元" in cell for row in table.rows[:table.header_rows] for cell in row)
        if layout.get("unit") == "元" and units and not table.indicators and not states_unit:
            for unit in units:
                unit.text = unit.text.replace("万元", "元")
            table.rows = table.rows[:table.header_rows] + [
                [in_yuan(cell) if NUMBER.match(cell) and not cell.endswith("%") and c not in table.codes else cell for c, cell in enumerate(row)]
                for row in table.rows[table.header_rows:]
            ]
        alter = layout.get("alter", {})
        table.rows = [[alter.get((row[c - 1] if c else "", cell), cell) for c, cell in enumerate(row)] for row in table.rows]
    return items


def load(corpus_dir: Path, name: str, layout: dict) -> list:
    """The report's paragraphs and tables, as the PDF prints them."""
    text = (corpus_dir / "source" / f"{layout.get('source', name)}.txt").read_text(encoding="utf-8")
    return prepare(parse(text, layout["running_header"]), layout)


def column_widths(rows: list, columns: int, total: float) -> list:
    """Short columns get room for their longest text (so 部门决策 stays on one line); long text shares the rest."""
    cm_per_char, padding = 0.34, 0.25
    longest = [max((max((len(part) for part in row[c].split("\n")), default=0) for row in rows), default=1) for c in range(columns)]
    minimum = [min(max(n, 2), 7) * cm_per_char + padding for n in longest]
    wanted = [min(max(n, 2), 30) * cm_per_char + padding for n in longest]
    if sum(wanted) <= total:
        return [w * total / sum(wanted) for w in wanted]
    spare = max(total - sum(minimum), 0)
    extra = [w - m for w, m in zip(wanted, minimum)]
    scale = spare / sum(extra) if sum(extra) else 0
    widths = [m + e * scale for m, e in zip(minimum, extra)]
    return [w * total / sum(widths) for w in widths]


def document(layout: dict, column_styles: str, body: str) -> str:
    font = layout["font"]
    if layout["rules"] == "full":
        border = 'fo:border="0.5pt solid #000000"'
    elif layout["rules"] == "grid":
        border = 'fo:border="0.25pt solid #a0a0a0"'
    else:
        border = 'fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-left="none" fo:border-right="none"'
    header = ""
    if layout["running_header"]:
        header = f'<style:header><text:p text:style-name="RunningHeader">{layout["running_header"]}</text:p></style:header>'
    footer = '<style:footer><text:p text:style-name="Footer">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Body" svg:font-family="'{font}'"/>
 <style:font-face style:name="Heading" svg:font-family="'Noto Sans CJK SC'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="140%"/>
  <style:text-properties style:font-name="Body" style:font-name-asian="Body" fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.74cm" fo:margin-bottom="0.1cm" fo:text-align="justify"/></style:style>
 <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:text-align="center" fo:keep-with-next="always"/><style:text-properties style:font-name="Heading" style:font-name-asian="Heading" fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Heading" style:font-name-asian="Heading" fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="TableNumber" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
 <style:style style:name="TableName" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Heading" style:font-name-asian="Heading" fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Meta" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:line-height="115%"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:line-height="115%"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Number" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:line-height="115%"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="RunningHeader" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" fo:color="#808080"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PagePortrait"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="PageLandscape"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
 <style:style style:name="BreakLandscape" style:family="paragraph" style:master-page-name="Landscape"><style:paragraph-properties fo:line-height="1pt"/><style:text-properties fo:font-size="1pt"/></style:style>
 <style:style style:name="BreakPortrait" style:family="paragraph" style:master-page-name="Standard"><style:paragraph-properties fo:line-height="1pt"/><style:text-properties fo:font-size="1pt"/></style:style>
 <style:style style:name="TblPortrait" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TblLandscape" style:family="table"><style:table-properties style:width="25.7cm" table:align="center" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties {border} fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
 {column_styles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PagePortrait">{header}{footer}</style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="PageLandscape">{header}{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


# Well-formed reports the tool must flag: the seed rendered with deliberate errors.
BAD_VARIANTS = {
    "unbalanced-function-table": dict(LAYOUTS["longgang-2023-budget"], source="longgang-2023-budget", unit="万元",
                                      alter={("财政事务", "3,258"): "3,285"}),
}


def render(corpus_dir: Path, layouts: dict, folder: str):
    """Renders each named source of corpus_dir/source into corpus_dir/<folder>/<name>.pdf."""
    out_dir = corpus_dir / folder
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        sources = []
        for name, layout in layouts.items():
            source = Path(work) / f"{name}.fodt"
            source.write_text(Writer(layout).render(load(corpus_dir, name, layout)), encoding="utf-8")
            sources.append(str(source))
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), *sources],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(corpus_dir: Path):
    render(corpus_dir, LAYOUTS, "reports")
    render(corpus_dir, BAD_VARIANTS, "bad")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
