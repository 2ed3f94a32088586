#!/usr/bin/env python3
"""Writes Corpus/truth/<report>.json: what a perfect reader of each corpus PDF would find.

Tables come from the same source grids the PDFs are rendered from (render_seeds.load), so the
grid truth is exact by construction; page spans are located in the rendered PDF with
pdftotext. Amounts and indicators are read off those grids with the explicit column rules
below; identity and headline facts are written by hand in truth_facts.py. Every value was
then checked by hand against the seed text (see Corpus/README.md).

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

# Column measure from the words of its header path; the first that matches wins, so the
# specific (面向中小企业) comes before the general (政府采购, 小计).
MEASURES = [
    ("面向小型、微型企业", "procurement_small_micro"), ("面向中小企业", "procurement_sme"), ("政府采购", "procurement"),
    ("一般公共预算财政拨款", "general_budget"), ("政府性基金预算财政拨款", "government_fund"),
    ("国有资本经营预算财政拨款", "state_capital"),
    ("基本支出", "basic"), ("项目支出", "project"), ("人员经费", "personnel"), ("公用经费", "public"),
    ("年初结转和结余", "opening_balance"), ("年末结转和结余", "closing_balance"),
    ("本年收入合计", "total"), ("财政拨款收入", "fiscal_allocation"), ("上级补助收入", "superior_subsidy"),
    ("事业收入", "business_income"), ("经营收入", "operating_income"), ("附属单位上缴", "subsidiary_remittance"),
    ("其他收入", "other_income"), ("上缴上级支出", "remittance_to_superior"), ("经营支出", "operating_expenditure"),
    ("对附属单位补助", "subsidy_to_subsidiaries"), ("本年收入", "income"),
    ("支出总计", "total"), ("本年支出合计", "total"), ("合计", "total"), ("小计", "total"), ("本年支出", "total"),
    ("决算数", "total"), ("预算数", "total"), ("金额", "total"),
]
LEVEL1 = {"产出": "产出", "效益": "效益", "效果": "效益", "满意度": "满意度", "决策": "决策", "过程": "过程",
          "部门决策": "决策", "部门管理": "管理", "部门绩效": "绩效", "成本": "成本"}
LEVEL2 = {"数量": "数量", "质量": "质量", "时效": "时效", "成本": "成本", "经济效益": "经济效益", "社会效益": "社会效益",
          "生态效益": "生态效益", "可持续影响": "可持续影响", "服务对象满意度": "服务对象满意度", "满意度": "满意度"}


def squeeze(text: str) -> str:
    """Text with the spaces a line wrap left between Chinese characters removed."""
    text = re.sub(r"(?<=[\u4e00-\u9fff（）“”])\s+(?=[\u4e00-\u9fff（）“”])", "", text.strip())
    return re.sub(r"\s+", " ", text)


def stripped(text: str) -> str:
    return re.sub(r"\s", "", text)


def decimal_string(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def amount(cell: str, unit: str):
    """The cell in 万元, or None when it is not an amount; empty counts as 0 (决算 convention)."""
    cell = cell.strip()
    if cell in ("", "-", "—"):
        return Decimal(0)
    if not seeds.NUMBER.match(cell) or cell.endswith("%"):
        return None
    return Decimal(cell.replace(",", "").replace("−", "-")) * SCALE[unit]


def header_paths(table) -> list:
    """One path per column: the header cells above it, a merged group's label carried right."""
    paths = []
    for c in range(len(table.rows[0])):
        parts = []
        for row in table.rows[:table.header_rows]:
            cell = row[c]
            if not cell and row is table.rows[0]:
                cell = next((row[k] for k in range(c - 1, -1, -1) if row[k]), "")
            if cell and cell not in parts:
                parts.append(cell)
        paths.append(" / ".join(parts))
    return paths


def measure_of(path: str):
    compact = stripped(path)
    return next((measure for word, measure in MEASURES if word in compact), None)


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


def code_names(tables: list) -> dict:
    """Name → code as the report itself prints them in its coded tables."""
    names = {}
    for table in tables:
        for c in table.codes:
            for row in table.rows[table.header_rows:]:
                if seeds.CODE.match(row[c]) and c + 1 < len(row) and row[c + 1]:
                    names.setdefault(squeeze(row[c + 1]), row[c])
    return names


def scheme_of(code: str) -> str:
    return "function" if code[0] == "2" else "economic"


def amounts(table, truth_table: dict, names: dict, basis: str) -> list:
    """Every classified figure of the table: coded rows, and named rows the report codes elsewhere."""
    unit = truth_table["unit"] or "万元"
    paths = header_paths(table)
    split = next((c for c in range(len(paths) - 3) if [stripped(table.rows[r][c + k]) for k in range(3) for r in
                  range(table.header_rows) if stripped(table.rows[r][c + k]) in "类款项" and table.rows[r][c + k]] == ["类", "款", "项"]), None)
    if split is not None:  # codes printed in three columns 类 | 款 | 项: `201 | 06 | 05`
        groups = [((split, split + 1, split + 2), split + 3, range(split + 4, len(paths)))]
    elif table.codes:
        keys = sorted(table.codes)
        groups = [(c, c + 1, range(c + 2, (keys[i + 1] if i + 1 < len(keys) else len(paths)))) for i, c in enumerate(keys)]
    else:
        name_columns = [c for c, path in enumerate(paths) if "项目" in stripped(path)]
        groups = [(None, c, range(c + 1, (name_columns[i + 1] if i + 1 < len(name_columns) else len(paths))))
                  for i, c in enumerate(name_columns)]
    facts = []
    body = [row for row in table.rows[table.header_rows:] if any(row)]
    for row, page in zip(body, truth_table["rowPages"]):
        for code_column, name_column, values in groups:
            name = squeeze(ORDINAL.sub("", row[name_column]))
            if isinstance(code_column, tuple):
                code = "".join(row[c].strip() for c in code_column)
            else:
                code = row[code_column] if code_column is not None else names.get(name)
            if not code or not seeds.CODE.match(code):
                continue
            for c in values:
                measure = measure_of(paths[c])
                if measure is None or "行次" in paths[c] or row[c] in ("——",):
                    continue
                value = amount(row[c], unit)
                if value is None:
                    continue
                facts.append({
                    "table": truth_table["index"], "page": page, "scheme": scheme_of(code),
                    "code": code, "level": {3: "类", 5: "款", 7: "项"}[len(code)], "name": name,
                    "measure": measure, "basis": basis, "printed": row[c], "value": decimal_string(value),
                })
    return facts


def canonical(name: str, table: dict) -> str:
    compact = re.sub(r"[\s\d.（）()分]+$", "", stripped(name))
    compact = re.sub(r"指标$", "", compact)
    compact = re.sub(r"^产出(?=数量|质量|时效|成本)", "", compact)
    return table.get(compact, compact)


def split_weight(text: str):
    """`立项依据 充分性（3分）` → (`立项依据充分性`, `3`); `决策 15` → (`决策`, `15`)."""
    text = squeeze(text)
    match = re.search(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$", text) or re.search(r"\s(\d+(?:\.\d+)?)$", text)
    if match:
        return squeeze(text[:match.start()]), match.group(1)
    return text, None


def role_columns(header: list) -> dict:
    roles = {}
    for c, cell in enumerate(header):
        word = stripped(cell)
        for role, pattern in (("level1", r"一级指标"), ("level2", r"二级指标"), ("level3", r"三级指标"),
                              ("actual", r"全年完成值|实际完成值|完成值"), ("target", r"年度指标值|指标值$|目标值|预期值"),
                              ("score", r"得分|^评分$"), ("weight", r"^分值$")):
            if re.search(pattern, word) and role not in roles:
                roles[role] = c
                break
    return roles


def page_of_row(table, truth_table: dict, row: list) -> int:
    body = [r for r in table.rows[table.header_rows:] if any(r)]
    return truth_table["rowPages"][body.index(row)] if row in body else truth_table["pages"][0]


def indicators(table, truth_table: dict) -> list:
    """Indicator triples under any header row naming the indicator levels."""
    result = []
    rows = table.rows
    r = 0
    while r < len(rows):
        header = rows[r]
        roles = {}
        for above in rows[max(0, r - 2):r + 1]:  # a grouped header names 得分 a row above the levels
            roles.update(role_columns(above))
        named = "指标名称" in [stripped(c) for c in header]
        if not ({"level1", "level3"} <= role_columns(header).keys() or named):
            r += 1
            continue
        if named:
            start = [stripped(c) for c in header].index("指标名称")
            roles.update(level1=start, level2=start + 1, level3=start + 2)
        weights = {}
        if r + 1 < len(rows) and stripped(rows[r + 1][roles["level1"]]) == "名称":
            weights = {level: roles[level] + 1 for level in ("level1", "level2", "level3")}
            r += 1
        carried = {"level1": "", "level2": ""}
        project = next((row[2] for row in rows[:r] if stripped(row[0]) == "项目名称" and len(row) > 2), None)
        r += 1
        while r < len(rows):
            row = rows[r]
            if role_columns(row).keys() >= {"level1", "level3"}:
                break
            if any(stripped(c).startswith(("合计", "总分")) for c in row[:3]):
                break
            level3_raw = row[roles["level3"]]
            if re.fullmatch(r"指标\d+", stripped(level3_raw)):
                level3_raw = row[roles["level3"] + 1]  # 三级指标 spans a label column (指标1) and the name
            if not level3_raw:
                r += 1
                continue
            record = {"table": truth_table["index"], "page": page_of_row(table, truth_table, row)}
            for level in ("level1", "level2"):
                cell = row[roles[level]]
                if cell:
                    carried[level] = cell
                name, weight = split_weight(carried[level])
                record[level] = name
            level3, weight3 = split_weight(level3_raw)
            record["level3"] = level3
            record["level3Printed"] = level3_raw
            record["canonicalLevel1"] = canonical(record["level1"], LEVEL1)
            record["canonicalLevel2"] = canonical(record["level2"], LEVEL2)
            for role in ("target", "actual", "score"):
                record[role] = squeeze(row[roles[role]]) if role in roles and row[roles[role]] else None
            record["weight"] = row[weights["level3"]] if weights else weight3
            record["project"] = project
            result.append(record)
            r += 1
    return result


def build(corpus: Path, name: str, layout: dict, identity: dict, hand_facts: list) -> dict:
    items = seeds.load(corpus, name, layout)
    pages = page_texts(corpus / "reports" / f"{name}.pdf")
    basis = "actual" if identity["kind"] == "final_account" else "budget"
    tables, cursor = [], 0
    coded = [item for item in items if isinstance(item, seeds.Table) and item.codes]
    names = code_names(coded)
    all_amounts, all_indicators = [], []
    for index, item in enumerate(items):
        if not isinstance(item, seeds.Table):
            continue
        body = [row for row in item.rows[item.header_rows:] if any(row)]
        title = title_of(items, index)
        titled = next((p for p in range(cursor, len(pages)) if title["title"] and stripped(title["title"]) in pages[p]), cursor)
        located = row_pages(pages, body or item.rows[:1], titled, item.rows[:item.header_rows] if body else [])
        cursor = located[-1] - 1
        truth_table = {"index": len(tables) + 1, **title, "titlePage": title_page(pages, title["title"], located[0]),
                       "pages": [located[0], located[-1]],
                       "header": item.rows[:item.header_rows], "body": body, "rowPages": located if body else []}
        tables.append(truth_table)
        all_amounts += amounts(item, truth_table, names, basis)
        all_indicators += indicators(item, truth_table)
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
