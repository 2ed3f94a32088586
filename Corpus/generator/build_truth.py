#!/usr/bin/env python3
"""Writes Corpus/truth/<report>.json: what a perfect reader of each corpus PDF would find.

Tables come from the same source grids the PDFs are rendered from (render_seeds.load), so the
grid truth is exact by construction; page spans are located in the rendered PDF with
pdftotext. Amounts and indicators are read off those grids only through the hand-written
declarations of source/<report>.columns.json (which columns hold codes and names, the measure,
basis and flow of every figure column, the 合计 rows, the indicator roles and canonical level
names); the builder itself knows no header word. Identity and headline facts are written by
hand in truth_facts.py. See Corpus/README.md.

Usage: build_truth.py CORPUS_DIR   (needs pdftotext)
"""

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import render_seeds as seeds
from truth_facts import FACTS, IDENTITY

TITLE = re.compile(r"(表\s*\d+|公开\s*\d+\s*表)|(表|体系)$|表（[^）]*）$")
NUMBER_IN_TITLE = re.compile(r"(附表\s*\d+|表\s*\d+|公开\s*\d+\s*表)")
UNIT = re.compile(r"(?:金额)?单位[：:]\s*(亿元|万元|千元|元)|金额[：:]\s*(亿元|万元|千元|元)")
SCALE = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "亿元": Decimal(10000)}
ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|\d+[.、．]\s*|[（(][一二三四五六七八九十\d]+[）)])")


def squeeze(text: str) -> str:
    """Text with the spaces a line wrap left between Chinese characters removed."""
    text = re.sub(r"(?<=[\u4e00-\u9fff（）“”])\s+(?=[\u4e00-\u9fff（）“”])", "", text.strip())
    return re.sub(r"\s+", " ", text)


def stripped(text: str) -> str:
    return re.sub(r"\s", "", text)


def decimal_string(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def title_of(items: list, index: int) -> dict:
    """The nearest title line, table number and unit standing before items[index]."""
    lines = []
    for item in reversed(items[max(0, index - 6):index]):
        if isinstance(item, seeds.Table):
            break
        lines.append(item.text)
    lines.reverse()
    number = next((m.group(1) for line in lines if (m := NUMBER_IN_TITLE.search(line))), "")
    names = [line for line in lines if TITLE.search(line.replace(number, "")) or (number and number in line)]
    name = ""
    for line in reversed(names):
        candidate = line.replace(number, "").strip() if number and line.startswith(number) else line
        candidate = re.sub(r"\s*金额[：:].*$", "", candidate).strip()
        if candidate and not NUMBER_IN_TITLE.fullmatch(candidate):
            name = candidate
            break
    unit = next((m.group(1) or m.group(2) for line in lines if (m := UNIT.search(line))), None)
    return {"number": re.sub(r"\s", "", number), "title": squeeze(name.lstrip("#").strip()), "unit": unit}


def page_texts(pdf: Path) -> list:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [stripped(page) for page in text.split("\f")]


def signature(row: list) -> list:
    """What of a row survives line wrapping: numbers, short words, the first two characters of text."""
    marks = []
    for cell in row:
        text = stripped(cell)
        if not text:
            continue
        marks.append(text if seeds.NUMBER.match(cell) or len(text) <= 4 else text[:2])
    return marks


def row_pages(pages: list, rows: list, start: int, header: list = ()) -> list:
    """The page (1-based) of each row, in order from page `start`: the first row anywhere after
    it, each next row on the same or the next page (or, where its words wrap out of reach of
    the signature, the page of the row before)."""
    def holds(page, row):
        return all(mark in page for mark in signature(row))

    def starts_at(p):  # the first rows together pin the start down where one row alone is too common
        header_words = [stripped(c) for row in header for c in row if 2 <= len(stripped(c)) <= 4]
        return holds(pages[p], rows[0]) and all(word in pages[p] for word in header_words) and all(
            holds(pages[p] + (pages[p + 1] if p + 1 < len(pages) else ""), row) for row in rows[1:3])

    current = next((p for p in range(start, len(pages)) if starts_at(p)), None)
    if current is None:
        raise SystemExit(f"cannot find rows {rows[:3]} from page {start + 1}")
    result = [current + 1]
    offset = after(pages[current], rows[0], 0) or 0
    for row in rows[1:]:
        # Rows read in order: on this page after the row before (two tables may share a row's words), or on the next.
        found = after(pages[current], row, offset)
        if found is None and current + 1 < len(pages) and after(pages[current + 1], row, 0) is not None:
            current += 1
            found = after(pages[current], row, 0)
        offset = found if found is not None else offset
        result.append(current + 1)
    return result


def after(page: str, row: list, offset: int):
    """Where the row starts on the page when all its marks occur from `offset` on, else None.
    (A row's start, not its end: the lines of wrapped cells interleave with the next row's.)"""
    positions = [page.find(mark, offset) for mark in signature(row)]
    return None if not positions or min(positions) < 0 else min(positions) + 1


def title_page(pages: list, title: str, first_row_page: int) -> int:
    """The last page up to the table's first row that shows its title (titles keep with tables)."""
    if not title:
        return first_row_page
    return next((p + 1 for p in range(first_row_page - 1, -1, -1) if stripped(title) in pages[p]), first_row_page)


# ---- Declarations ---------------------------------------------------------------------------
# source/<report>.columns.json says, table by table in document order, what each column is; it
# was written by hand from the printed headers (the synthetic generator writes its own from what
# it generated). Nothing below knows a header word: a figure's measure, basis and flow, the code
# and name columns, the 合计 rows and the indicator roles all come from the declaration.

MEASURE_NAMES = {  # the schema's measure names (Corpus/README.md); which column is which is declared
    "total", "basic", "project", "personnel", "public", "fiscal_allocation", "general_budget", "government_fund",
    "state_capital", "business_income", "operating_income", "superior_subsidy", "subsidiary_remittance",
    "other_income", "remittance_to_superior", "operating_expenditure", "subsidy_to_subsidiaries",
    "opening_balance", "closing_balance", "procurement", "procurement_sme", "procurement_small_micro",
    "administrative_operation"}
BASES = {"budget", "prior_budget", "adjusted", "actual", "prior_actual"}
FLOWS = {"income", "expenditure"}
ROLES = {"level1", "level2", "level3", "target", "actual", "weight", "score"}
LEVEL = {3: "类", 5: "款", 7: "项"}
SCHEME_DIGITS = {"function": ("2",), "economic": ("3", "5")}   # 政府收支分类: 功能分类 2xx, 经济分类 3xx / 5xx


def declarations(corpus: Path, name: str) -> dict:
    path = corpus / "source" / f"{name}.columns.json"
    if not path.exists():
        raise SystemExit(f"{name}: no column declarations ({path})")
    return json.loads(path.read_text(encoding="utf-8"))


def check_declaration(name: str, declared: dict, truth_table: dict, table):
    """The declaration must be of this very table (same place, number and, where one is found, title) and name real columns."""
    where = f"{name} table {truth_table['index']}"
    if declared.get("table") != truth_table["index"] or stripped(declared.get("number", "")) != truth_table["number"] \
            or (truth_table["title"] and stripped(declared.get("title", "")) != stripped(truth_table["title"])):
        raise SystemExit(f"{where}: declared as {declared.get('table')} {declared.get('number')} {declared.get('title')}, "
                         f"printed as {truth_table['number']} {truth_table['title']}")
    width = len(table.rows[0])
    if declared["kind"] == "amounts":
        if truth_table["unit"] and truth_table["unit"] != declared["unit"]:
            raise SystemExit(f"{where}: declared unit {declared['unit']}, printed {truth_table['unit']}")
        if declared["scheme"] not in SCHEME_DIGITS:
            raise SystemExit(f"{where}: scheme {declared['scheme']}")
        for group in declared["groups"]:
            codes = group.get("codes")
            used = [group["name"]] + (codes if isinstance(codes, list) else []) + [c["column"] for c in group["columns"]]
            if any(not 0 <= c < width for c in used) or (isinstance(codes, list) and len(codes) not in (1, 3)):
                raise SystemExit(f"{where}: a declared column is not in the table")
            for column in group["columns"]:
                flow = column.get("flow", declared.get("flow"))
                if column["measure"] not in MEASURE_NAMES or column["basis"] not in BASES or flow not in FLOWS:
                    raise SystemExit(f"{where}: column {column}")
    elif declared["kind"] == "indicators":
        for block in declared["blocks"]:
            if not {"level1", "level2", "level3"} <= block["columns"].keys() or not block["columns"].keys() <= ROLES \
                    or any(not 0 <= c < width for c in block["columns"].values()):
                raise SystemExit(f"{where}: indicator roles {block['columns']}")
    elif declared["kind"] != "none":
        raise SystemExit(f"{where}: kind {declared['kind']}")


def body_rows(table) -> list:
    """(row index in table.rows, row) of every body row that holds something, as truth_table rowPages counts them."""
    return [(r, row) for r, row in enumerate(table.rows) if r >= table.header_rows and any(row)]


def figure(cell: str, unit: str, blank_is_zero: bool):
    """(value in 万元, printed) of a figure cell, or None when the cell is no amount (text, ——, a rate)."""
    cell = cell.strip()
    if not cell:
        return (Decimal(0), "") if blank_is_zero else None
    if not seeds.NUMBER.match(cell) or cell.endswith("%"):
        return None
    return Decimal(cell.replace(",", "").replace("−", "-")) * SCALE[unit], cell


def printed_code(row: list, codes) -> str:
    """The row's code from its declared code column, or from 类 | 款 | 项 columns (`201 | 06 | 05`)."""
    return "".join(row[c].strip() for c in codes)


def code_names(declared_tables: list) -> dict:
    """Scheme → name → code, as the report itself prints them in its declared code columns."""
    names = {scheme: {} for scheme in SCHEME_DIGITS}
    for table, declared in declared_tables:
        for group in declared["groups"]:
            if not isinstance(group.get("codes"), list):
                continue
            for _, row in body_rows(table):
                code = printed_code(row, group["codes"])
                if seeds.CODE.match(code):
                    names[declared["scheme"]].setdefault(squeeze(ORDINAL.sub("", row[group["name"]])), code)
    return names


def amounts(table, truth_table: dict, declared: dict, names: dict) -> list:
    """Every figure of the declared columns on a coded row, and of the declared 合计 rows."""
    unit, scheme, blank_is_zero = declared["unit"], declared["scheme"], declared["blankIsZero"]
    facts = []
    for (_, row), page in zip(body_rows(table), truth_table["rowPages"]):
        for group in declared["groups"]:
            total = next((t for t in group.get("totals", []) if stripped(row[t["labelColumn"]]) == stripped(t["label"])), None)
            if total is not None:
                code, level, name = "total", "合计", squeeze(row[total["labelColumn"]])
            else:
                name = squeeze(ORDINAL.sub("", row[group["name"]]))
                codes = group.get("codes")
                code = printed_code(row, codes) if isinstance(codes, list) else names[scheme].get(name) if codes == "byName" else None
                if not code or not seeds.CODE.match(code):
                    continue
                if not code.startswith(SCHEME_DIGITS[scheme]):
                    raise SystemExit(f"{truth_table['index']}: code {code} in a table declared {scheme}")
                level = LEVEL[len(code)]
            for column in group["columns"]:
                read = figure(row[column["column"]], unit, blank_is_zero)
                if read is None:
                    continue
                value, printed = read
                facts.append({
                    "table": truth_table["index"], "page": page, "scheme": scheme, "code": code, "level": level,
                    "name": name, "measure": column["measure"], "basis": column["basis"],
                    "flow": column.get("flow", declared.get("flow")), "printed": printed, "value": decimal_string(value),
                })
    return facts


def split_weight(text: str):
    """`立项依据 充分性（3分）` → (`立项依据充分性`, `3`); `决策 15` → (`决策`, `15`)."""
    text = squeeze(text)
    match = re.search(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$", text) or re.search(r"\s(\d+(?:\.\d+)?)$", text)
    if match:
        return squeeze(text[:match.start()]), match.group(1)
    return text, None


def indicators(name: str, table, truth_table: dict, declared: dict, canonical: dict) -> list:
    """The indicator rows of each declared block: from the row after `after` up to `until` (or the table's end)."""
    pages = {r: page for (r, _), page in zip(body_rows(table), truth_table["rowPages"])}
    rows = table.rows
    canonical = declared.get("canonical", canonical)
    result = []
    for block in declared["blocks"]:
        roles = block["columns"]
        start = next((r for r, row in enumerate(rows) if [stripped(c) for c in row] == [stripped(c) for c in block["after"]]), None)
        if start is None:
            raise SystemExit(f"{name} table {truth_table['index']}: no row {block['after']}")
        project = squeeze(rows[block["project"]["row"]][block["project"]["column"]]) if "project" in block else None
        weighted = block.get("weightsInNames", False)
        carried = {"level1": "", "level2": ""}
        for r in range(start + 1, len(rows)):
            row = rows[r]
            if "until" in block and stripped(block["until"]) in [stripped(c) for c in row]:
                break
            for level in carried:  # merged 一级/二级 cells fill down, also over rows without an indicator
                if row[roles[level]]:
                    carried[level] = row[roles[level]]
            level3_printed = row[roles["level3"]]
            if not level3_printed:
                continue
            record = {"table": truth_table["index"], "page": pages.get(r, truth_table["pages"][0])}
            for level in carried:
                record[level] = split_weight(carried[level])[0] if weighted else squeeze(carried[level])
            level3, weight3 = split_weight(level3_printed) if weighted else (squeeze(level3_printed), None)
            record["level3"] = level3
            record["level3Printed"] = level3_printed
            for level, key in (("level1", "canonicalLevel1"), ("level2", "canonicalLevel2")):
                if record[level] not in canonical[level]:
                    raise SystemExit(f"{name} table {truth_table['index']}: no canonical name declared for {level} {record[level]}")
                record[key] = canonical[level][record[level]]
            for role in ("target", "actual", "score"):
                record[role] = squeeze(row[roles[role]]) if role in roles and row[roles[role]] else None
            record["weight"] = (row[roles["weight"]] or None) if "weight" in roles else weight3
            record["project"] = project
            result.append(record)
    return result


def build(corpus: Path, name: str, layout: dict, identity: dict, hand_facts: list) -> dict:
    items = seeds.load(corpus, name, layout)
    pages = page_texts(corpus / "reports" / f"{name}.pdf")
    declared = declarations(corpus, name)
    tables, located_tables, cursor = [], [], 0
    for index, item in enumerate(items):
        if not isinstance(item, seeds.Table):
            continue
        body = [row for _, row in body_rows(item)]
        title = title_of(items, index)
        titled = next((p for p in range(cursor, len(pages)) if title["title"] and stripped(title["title"]) in pages[p]), cursor)
        located = row_pages(pages, body or item.rows[:1], titled, item.rows[:item.header_rows] if body else [])
        cursor = located[-1] - 1
        truth_table = {"index": len(tables) + 1, **title, "titlePage": title_page(pages, title["title"], located[0]),
                       "pages": [located[0], located[-1]],
                       "header": item.rows[:item.header_rows], "body": body, "rowPages": located if body else []}
        tables.append(truth_table)
        located_tables.append((item, truth_table))
    if len(declared["tables"]) != len(tables):
        raise SystemExit(f"{name}: {len(declared['tables'])} tables declared, {len(tables)} printed")
    for (item, truth_table), table_declaration in zip(located_tables, declared["tables"]):
        check_declaration(name, table_declaration, truth_table, item)
    names = code_names([(item, d) for (item, _), d in zip(located_tables, declared["tables"]) if d["kind"] == "amounts"])
    all_amounts, all_indicators = [], []
    for (item, truth_table), table_declaration in zip(located_tables, declared["tables"]):
        if table_declaration["kind"] == "amounts":
            all_amounts += amounts(item, truth_table, table_declaration, names)
        elif table_declaration["kind"] == "indicators":
            all_indicators += indicators(name, item, truth_table, table_declaration, declared.get("canonical"))
    facts = []
    for fact in hand_facts:
        source = stripped(fact["source"])
        page = next((p + 1 for p, text in enumerate(pages) if source in text), None)
        if page is None:
            raise SystemExit(f"{name}: fact source not in the PDF: {fact['source']}")
        facts.append({**fact, "page": page})
    return {"report": name, "file": f"reports/{name}.pdf", "pageCount": len(pages) - 1 if pages[-1] == "" else len(pages),
            "identity": identity, "tables": tables, "amounts": all_amounts, "indicators": all_indicators, "facts": facts}


def write(corpus: Path, name: str, layout: dict, identity: dict, hand_facts: list):
    (corpus / "truth").mkdir(exist_ok=True)
    truth = build(corpus, name, layout, identity, hand_facts)
    path = corpus / "truth" / f"{name}.json"
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path, truth


def main(corpus: Path):
    for name, layout in seeds.LAYOUTS.items():
        path, truth = write(corpus, name, layout, IDENTITY[name], FACTS[name])
        print(f"{path}: {len(truth['tables'])} tables, {len(truth['amounts'])} amounts, "
              f"{len(truth['indicators'])} indicators, {len(truth['facts'])} facts")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
