#!/usr/bin/env python3
"""Writes the layout regression PDFs of Corpus/layouts/ and their hand-made expected amounts.

Each layout is a table shape that real Chinese budget reports print and that a reader tends to
get wrong (two halves side by side, codes split over 类|款|项 columns, figures glued to the next
column's label, a three-row header, empty fund tables, negative figures, the unit in the header,
a table's 合计 row alone on the next page).
Every one is built here as a flat OpenDocument spreadsheet (.fods, one sheet, ruled cells, A4) and
exported to PDF by LibreOffice Calc, as a publisher exporting a worksheet would.

The expected JSON is written from the very figures this script puts into the cells: every
amount is a Decimal held here, summed here (类 = Σ款 = Σ项, 合计 = Σ类, total = basic + project,
checked by assertions) and printed by fmt(); nothing is read back from a PDF or from product code.

Usage: python3 Corpus/generator/make_layouts.py [OUT_DIR]   (default Corpus/layouts; needs soffice)
Python standard library only. Files are converted one at a time.
"""

import json
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from html import escape
from pathlib import Path

D = Decimal
TEN_THOUSAND = D(10000)
SANS = "Noto Sans CJK SC"
SERIF = "Noto Serif CJK SC"


# ----------------------------------------------------------------------------------------------
# Figures

def fmt(v: Decimal, places: int = 2, neg: str = "-") -> str:
    """A figure as printed: thousands separators, `places` decimals, negatives in style `neg`:
    "-" -12.50 | "paren" (12.50) | "fullparen" （12.50） | "tri" △12.5 (decimals as needed)."""
    if v < 0:
        a = -v
        if neg == "tri":
            body = f"{a.normalize():,f}" if a != a.to_integral_value() else f"{a:,.0f}"
            return "△" + body
        body = f"{a:,.{places}f}"
        return {"-": "-" + body, "paren": f"({body})", "fullparen": f"（{body}）"}[neg]
    return f"{v:,.{places}f}"


def dec(v: Decimal) -> str:
    """Exact decimal string without trailing zeros: 3258, 293.27, -12.5, 0."""
    if v == 0:
        return "0"
    s = format(v.normalize(), "f")
    return s


def wan(v: Decimal, unit: str) -> str:
    return dec(v / TEN_THOUSAND if unit == "元" else v)


# ----------------------------------------------------------------------------------------------
# A flat ODS sheet

class Cell:
    def __init__(self, text="", style="body", cs=1, rs=1):
        self.text, self.style, self.cs, self.rs = text, style, cs, rs


COVER = object()  # a position covered by a merged cell


class Sheet:
    """One worksheet: columns in cm, rows of Cell/COVER (exactly one entry per column)."""

    def __init__(self, name, widths, font=SANS, size="9pt"):
        self.name, self.widths, self.font, self.size = name, widths, font, size
        self.rows = []  # (height_cm, page_break, [entries])
        self.styles = {}

    def row(self, entries, height=0.55, page_break=False):
        """Appends a row; `page_break` starts a new printed page at this row (a manual row break)."""
        full = []
        for e in entries:
            full.append(e)
            if isinstance(e, Cell):
                full.extend([COVER] * (e.cs - 1))
        assert len(full) == len(self.widths), (len(full), len(self.widths), entries)
        self.rows.append((height, page_break, full))

    # Cell styles: name -> (align, border, bold, size, pad_left_cm, pad_right_cm, wrap)
    STYLE_DEFS = {
        "title":  ("center", False, True, "15pt", 0.1, 0.1, False),
        "plainL": ("start", False, False, None, 0.0, 0.1, False),
        "plainR": ("end", False, False, None, 0.1, 0.0, False),
        "head":   ("center", True, True, None, 0.1, 0.1, True),
        "body":   ("start", True, False, None, 0.1, 0.1, False),
        "bodyC":  ("center", True, False, None, 0.1, 0.1, False),
        "num":    ("end", True, False, None, 0.1, 0.1, False),
        "totalC": ("center", True, True, None, 0.1, 0.1, False),
        "totalL": ("start", True, True, None, 0.1, 0.1, False),
        "numB":   ("end", True, True, None, 0.1, 0.1, False),
        "note":   ("start", True, False, None, 0.2, 0.1, False),
        "noteC":  ("center", True, False, None, 0.1, 0.1, False),
        # glued: a right-aligned figure with no right padding next to a left-aligned label
        # with no left padding, so the two texts touch in the PDF's text layer
        "numTight":   ("end", True, False, None, 0.1, 0.0, False),
        "numTightB":  ("end", True, True, None, 0.1, 0.0, False),
        "bodyTight":  ("start", True, False, None, 0.0, 0.1, False),
        "bodyTightB": ("start", True, True, None, 0.0, 0.1, False),
    }

    def style_xml(self):
        out = []
        for i, w in enumerate(self.widths):
            out.append(f'<style:style style:name="co{i}" style:family="table-column">'
                       f'<style:table-column-properties fo:break-before="auto" style:column-width="{w}cm"/></style:style>')
        for h, page_break in sorted({(h, b) for h, b, _ in self.rows}):
            out.append(f'<style:style style:name="{self.row_style(h, page_break)}" style:family="table-row">'
                       f'<style:table-row-properties style:row-height="{h}cm" '
                       f'fo:break-before="{"page" if page_break else "auto"}" '
                       f'style:use-optimal-row-height="false"/></style:style>')
        for name, (align, border, bold, size, pl, pr, wrap) in self.STYLE_DEFS.items():
            size = size or self.size
            b = 'fo:border="0.5pt solid #000000"' if border else 'fo:border="none"'
            wt = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
            wr = ' fo:wrap-option="wrap"' if wrap else ""
            out.append(
                f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default">'
                f'<style:table-cell-properties {b} fo:padding-top="0cm" fo:padding-bottom="0cm" '
                f'fo:padding-left="{pl}cm" fo:padding-right="{pr}cm" style:vertical-align="middle"'
                f' style:text-align-source="fix" style:repeat-content="false"{wr}/>'
                f'<style:paragraph-properties fo:text-align="{align}" fo:margin-left="0cm"/>'
                f'<style:text-properties style:font-name="F" fo:font-size="{size}" style:font-name-asian="F" '
                f'style:font-size-asian="{size}" style:font-name-complex="F" style:font-size-complex="{size}"{wt}/>'
                f'</style:style>')
        return "\n".join(out)

    @staticmethod
    def row_style(height, page_break):
        return f"ro{int(height * 1000)}" + ("b" if page_break else "")

    def body_xml(self):
        out = [f'<table:table table:name="{escape(self.name)}" table:style-name="ta1">']
        for i in range(len(self.widths)):
            out.append(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="Default"/>')
        for h, page_break, entries in self.rows:
            out.append(f'<table:table-row table:style-name="{self.row_style(h, page_break)}">')
            for e in entries:
                if e is COVER:
                    out.append('<table:covered-table-cell/>')
                    continue
                span = ""
                if e.cs > 1 or e.rs > 1:
                    span = f' table:number-columns-spanned="{e.cs}" table:number-rows-spanned="{e.rs}"'
                if e.text == "":
                    out.append(f'<table:table-cell table:style-name="{e.style}"{span}/>')
                else:
                    # figures are text cells: the printed string is exactly what this script wrote
                    out.append(f'<table:table-cell table:style-name="{e.style}" office:value-type="string"'
                               f' calcext:value-type="string"{span}><text:p>{escape(e.text)}</text:p></table:table-cell>')
            out.append('</table:table-row>')
        out.append('</table:table>')
        return "\n".join(out)

    def fods(self):
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="&apos;{self.font}&apos;"/></office:font-face-decls>
<office:styles>
<style:style style:name="Default" style:family="table-cell">
<style:text-properties style:font-name="F" fo:font-size="{self.size}" style:font-name-asian="F" style:font-size-asian="{self.size}"/>
</style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="ta1" style:family="table" style:master-page-name="pm1"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
{self.style_xml()}
<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="1.5cm"
 fo:margin-right="1.5cm" style:table-centering="horizontal" style:print="objects charts drawings"
 style:print-page-order="ttb" style:scale-to="100%"/>
<style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="pm1" style:page-layout-name="pl1">
<style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
{self.body_xml()}
</office:spreadsheet></office:body></office:document>
'''


# ----------------------------------------------------------------------------------------------
# Expected amounts

class Expect:
    def __init__(self, title, number, unit, kind, empty=False):
        self.t = {"number": number, "title": title, "unit": unit, "kind": kind, "isEmpty": empty, "amounts": []}
        self.unit = unit

    def add(self, code, name, measure, value, printed, basis, flow, page=1):
        self.t["amounts"].append({"code": code, "name": name, "measure": measure, "basis": basis, "flow": flow,
                                  "value": wan(value, self.unit), "printed": printed, "page": page})


def heading(sheet, n, number, title, dept, unit_line="单位：万元", unit_right=True):
    """Title line, 部门名称 line and (unless None) the 单位 line above a table of n columns."""
    sheet.row([Cell(f"{number} {title}", "title", cs=n)], height=1.1)
    sheet.row([Cell(f"部门名称：{dept}", "plainL", cs=n)], height=0.6)
    if unit_line is not None:
        sheet.row([Cell(unit_line, "plainR" if unit_right else "plainL", cs=n)], height=0.6)


# A function-classified tree: [(类code, name, [(款code, name, [(项code, name, {measure: v})])])]

def sum_tree(tree, measures):
    """Returns rows [(level, code, name, {measure: value})] with 类/款 as exact sums, and the total."""
    rows, grand = [], {m: D(0) for m in measures}
    for lc, ln, kuan in tree:
        lsum = {m: D(0) for m in measures}
        lrows = []
        for kc, kn, xiang in kuan:
            assert kc.startswith(lc) and len(kc) == 5, kc
            ksum = {m: D(0) for m in measures}
            xrows = []
            for xc, xn, vals in xiang:
                assert xc.startswith(kc) and len(xc) == 7, xc
                v = {m: D(vals.get(m, 0)) for m in measures}
                if "total" in measures and "basic" in measures:
                    given_total = vals.get("total")
                    v["total"] = v["basic"] + v["project"]
                    assert given_total is None or D(given_total) == v["total"]
                xrows.append(("项", xc, xn, v))
                for m in measures:
                    ksum[m] += v[m]
            lrows.append(("款", kc, kn, ksum))
            lrows.extend(xrows)
            for m in measures:
                lsum[m] += ksum[m]
        rows.append(("类", lc, ln, lsum))
        rows.extend(lrows)
        for m in measures:
            grand[m] += lsum[m]
    if "total" in measures and "basic" in measures:
        for _, _, _, v in rows:
            assert v["total"] == v["basic"] + v["project"]
        assert grand["total"] == grand["basic"] + grand["project"]
    return rows, grand


# ----------------------------------------------------------------------------------------------
# 1. two-sided-basic-final

def two_sided_basic_final():
    unit, basis, flow = "万元", "actual", "expenditure"
    personnel = [
        ("301", "工资福利支出", [
            ("30101", "基本工资", "268.44"), ("30102", "津贴补贴", "152.30"), ("30103", "奖金", "48.21"),
            ("30107", "绩效工资", "96.75"), ("30108", "机关事业单位基本养老保险缴费", "62.18"),
            ("30109", "职业年金缴费", "24.87"), ("30110", "职工基本医疗保险缴费", "30.66"),
            ("30112", "其他社会保障缴费", "3.12"), ("30113", "住房公积金", "46.63"),
            ("30199", "其他工资福利支出", "11.40")]),
        ("303", "对个人和家庭的补助", [
            ("30302", "退休费", "8.60"), ("30305", "生活补助", "2.40"), ("30309", "奖励金", "0.50")]),
    ]
    public = [
        ("302", "商品和服务支出", [
            ("30201", "办公费", "12.36"), ("30202", "印刷费", "1.85"), ("30205", "水费", "0.92"),
            ("30206", "电费", "6.48"), ("30207", "邮电费", "2.15"), ("30211", "差旅费", "4.73"),
            ("30213", "维修（护）费", "3.20"), ("30215", "会议费", "0.86"), ("30216", "培训费", "1.40"),
            ("30217", "公务接待费", "0.38"), ("30228", "工会经费", "7.52"), ("30229", "福利费", "3.60"),
            ("30231", "公务用车运行维护费", "5.10"), ("30239", "其他交通费用", "14.28"),
            ("30299", "其他商品和服务支出", "2.64")]),
        ("310", "资本性支出", [
            ("31002", "办公设备购置", "3.95"), ("31007", "信息网络及软件购置更新", "1.20")]),
    ]

    def flatten(groups):
        rows, total = [], D(0)
        for c, n, items in groups:
            s = sum(D(v) for _, _, v in items)
            rows.append((c, n, s))
            rows.extend((ic, iname, D(v)) for ic, iname, v in items)
            total += s
        return rows, total

    left, ptotal = flatten(personnel)
    right, gtotal = flatten(public)
    assert len(left) != len(right)

    title, number = "一般公共预算财政拨款基本支出决算表", "表5"
    sh = Sheet("表5", [2.0, 4.7, 2.0, 2.0, 4.7, 2.0], font=SANS, size="8.5pt")
    heading(sh, 6, number, title, "青川市河西区民政局")
    sh.row([Cell("人员经费", "head", cs=3), Cell("公用经费", "head", cs=3)], height=0.6)
    sh.row([Cell("科目编码", "head"), Cell("科目名称", "head"), Cell("决算数", "head")] * 2, height=0.6)
    ex = Expect(title, number, unit, "final_account")
    n = max(len(left), len(right))
    for i in range(n):
        cells = []
        for side, measure in ((left, "personnel"), (right, "public")):
            if i < len(side):
                c, name, v = side[i]
                p = fmt(v)
                cells += [Cell(c, "bodyC"), Cell(name), Cell(p, "num")]
                ex.add(c, name, measure, v, p, basis, flow)
            else:
                cells += [Cell("", "bodyC"), Cell(""), Cell("", "num")]  # blank filler, not an amount
        sh.row(cells)
    pp, gp = fmt(ptotal), fmt(gtotal)
    sh.row([Cell("人员经费合计", "totalC"), Cell("", "body"), Cell(pp, "numB"),
            Cell("公用经费合计", "totalC"), Cell("", "body"), Cell(gp, "numB")])
    ex.add("total", "人员经费合计", "personnel", ptotal, pp, basis, flow)
    ex.add("total", "公用经费合计", "public", gtotal, gp, basis, flow)
    what = ("决算 基本支出 table printed as two halves side by side (科目编码|科目名称|决算数 twice): "
            "left 301/303 with their 款 = 人员经费, right 302/310 with their 款 = 公用经费; the left half is "
            f"{len(right) - len(left)} rows shorter (blank cells, not amounts); footer row "
            "人员经费合计 | | X || 公用经费合计 | | Y.")
    return sh, [ex], what


# ----------------------------------------------------------------------------------------------
# 2. split-codes-partial-lei

def split_codes_partial_lei():
    unit, basis, flow = "万元", "budget", "expenditure"
    M = ("total", "basic", "project")
    tree = [
        ("201", "一般公共服务支出", [
            ("20101", "人大事务", [
                ("2010101", "行政运行", {"basic": "486.32"}),
                ("2010102", "一般行政管理事务", {"project": "85.60"}),
                ("2010104", "人大会议", {"project": "42.00"}),
                ("2010108", "代表工作", {"project": "36.50"}),
                ("2010150", "事业运行", {"basic": "128.74", "project": "12.00"})]),
            ("20199", "其他一般公共服务支出", [
                ("2019999", "其他一般公共服务支出", {"project": "18.30"})])]),
        ("208", "社会保障和就业支出", [
            ("20805", "行政事业单位养老支出", [
                ("2080505", "机关事业单位基本养老保险缴费支出", {"basic": "78.40"}),
                ("2080506", "机关事业单位职业年金缴费支出", {"basic": "31.36"})])]),
        ("210", "卫生健康支出", [
            ("21011", "行政事业单位医疗", [
                ("2101101", "行政单位医疗", {"basic": "35.28"}),
                ("2101102", "事业单位医疗", {"basic": "9.12"})])]),
        ("221", "住房保障支出", [
            ("22102", "住房改革支出", [
                ("2210201", "住房公积金", {"basic": "58.80"})])]),
    ]
    rows, grand = sum_tree(tree, M)
    title, number = "一般公共预算支出表", "表6"
    sh = Sheet("表6", [1.1, 1.0, 1.0, 5.6, 2.7, 2.7, 2.7], font=SERIF)
    heading(sh, 7, number, title, "临江市东湖区人大常委会办公室")
    sh.row([Cell("科目编码", "head", cs=3), Cell("科目名称", "head", rs=2), Cell("合计", "head", rs=2),
            Cell("基本支出", "head", rs=2), Cell("项目支出", "head", rs=2)], height=0.6)
    sh.row([Cell("类", "head"), Cell("款", "head"), Cell("项", "head"), COVER, COVER, COVER, COVER], height=0.6)
    ex = Expect(title, number, unit, "budget")

    def figs(code, name, v, bold=False):
        out = []
        for m in M:
            if v[m] == 0:
                out.append(Cell("", "num"))  # a blank budget cell is not an amount
            else:
                p = fmt(v[m])
                out.append(Cell(p, "numB" if bold else "num"))
                ex.add(code, name, m, v[m], p, basis, flow)
        return out

    sh.row([Cell("合计", "totalC", cs=4)] + figs("total", "合计", grand, bold=True))
    for level, code, name, v in rows:
        if level == "类":
            codes = [Cell(code, "bodyC"), Cell("", "bodyC"), Cell("", "bodyC")]
        elif level == "款":
            codes = [Cell("", "bodyC"), Cell(code[3:5], "bodyC"), Cell("", "bodyC")]
        else:
            codes = [Cell("", "bodyC"), Cell("", "bodyC"), Cell(code[5:7], "bodyC")]
        sh.row(codes + [Cell(name)] + figs(code, name, v))
    what = ("预算 function table with the codes in three columns 类|款|项 under a merged 科目编码 header "
            "(科目名称/合计/基本支出/项目支出 span both header rows), the 合计 row first with 合计 spanning the "
            "code and name columns; 类 rows print only the 类 (201), 款 rows only the 款 part (01), 项 rows "
            "only the 项 part (01), so full codes come from the rows above. Blank cells are not amounts.")
    return sh, [ex], what


# ----------------------------------------------------------------------------------------------
# 3. glued-figures

def glued_figures():
    unit = "元"
    # Table 2 data first: the function rows of the 一般公共预算支出表 (元, whole yuan).
    tree = [
        ("201", "一般公共服务支出", [
            ("20106", "财政事务", [
                ("2010601", "行政运行", {"v": "38215640"}),
                ("2010602", "一般行政管理事务", {"v": "6420300"}),
                ("2010607", "信息化建设", {"v": "12860000"}),
                ("2010650", "事业运行", {"v": "9734522"}),
                ("2010699", "其他财政事务支出", {"v": "93250000"})])]),
        ("208", "社会保障和就业支出", [
            ("20805", "行政事业单位养老支出", [
                ("2080505", "机关事业单位基本养老保险缴费支出", {"v": "5348760"}),
                ("2080506", "机关事业单位职业年金缴费支出", {"v": "2139504"})])]),
        ("210", "卫生健康支出", [
            ("21011", "行政事业单位医疗", [
                ("2101101", "行政单位医疗", {"v": "2406113"}),
                ("2101102", "事业单位医疗", {"v": "612450"})])]),
        ("221", "住房保障支出", [
            ("22102", "住房改革支出", [
                ("2210201", "住房公积金", {"v": "18780262"})])]),
    ]
    rows, grand = sum_tree(tree, ("v",))
    total = grand["v"]
    lei = {c: v["v"] for lvl, c, _, v in rows if lvl == "类"}
    economic = [("工资福利支出", D("62381470")), ("商品和服务支出", D("21745060")),
                ("对个人和家庭的补助", D("3125881")), ("资本性支出", D("102515140"))]
    assert sum(v for _, v in economic) == total, (sum(v for _, v in economic), total)

    # Table 1: the 收支总表 (no codes).
    spend_names = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
                   "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出",
                   "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
                   "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出"]
    by_name = {"一般公共服务支出": lei["201"], "社会保障和就业支出": lei["208"], "卫生健康支出": lei["210"],
               "住房保障支出": lei["221"]}
    nums = "一二三四五六七八九十"

    def cn(i):
        i += 1
        if i <= 10:
            return nums[i - 1]
        return "十" + nums[i - 11] if i < 20 else "二十"
    income = [("一、一般公共预算拨款收入", total), ("二、政府性基金预算拨款收入", None),
              ("三、国有资本经营预算拨款收入", None)]

    # Columns shared by both tables: A 1.6 | B 5.2 | C 2.3 | D 4.6 | E 2.5 (cm)
    sh = Sheet("收支总表", [1.6, 5.2, 2.3, 4.6, 2.5], font=SANS, size="8.5pt")
    t1_title, t1_number = "财政拨款收支总表", "表1"
    heading(sh, 5, t1_number, t1_title, "安平市城关区财政局", unit_line="单位：元")
    sh.row([Cell("收入", "head", cs=3), Cell("支出", "head", cs=2)], height=0.5)
    sh.row([Cell("项目", "head", cs=2), Cell("预算数", "head"), Cell("项目", "head"), Cell("预算数", "head")],
           height=0.5)
    for i, name in enumerate(spend_names):
        lab, lv = income[i] if i < len(income) else ("", None)
        sv = by_name.get(name)
        sh.row([Cell(lab, "body", cs=2), Cell(fmt(lv, 0) if lv else "", "numTight"),
                Cell(f"{cn(i)}、{name}", "bodyTight"), Cell(fmt(sv, 0) if sv else "", "num")], height=0.46)
    sh.row([Cell("本年收入合计", "totalC", cs=2), Cell(fmt(total, 0), "numTightB"),
            Cell("本年支出合计", "bodyTightB"), Cell(fmt(total, 0), "numB")], height=0.46)
    sh.row([Cell("上年结转", "body", cs=2), Cell("", "numTight"), Cell("年终结转结余", "bodyTight"),
            Cell("", "num")], height=0.46)
    sh.row([Cell("收入总计", "totalC", cs=2), Cell(fmt(total, 0), "numTightB"),
            Cell("支出总计", "bodyTightB"), Cell(fmt(total, 0), "numB")], height=0.46)
    sh.row([Cell("", "plainL", cs=5)], height=0.5)

    # Table 2: function (coded) left, economic (names only) right; the left figure touches the
    # right name.
    title, number = "一般公共预算支出表", "表2"
    heading(sh, 5, number, title, "安平市城关区财政局", unit_line="单位：元")
    sh.row([Cell("按支出功能分类科目", "head", cs=3), Cell("按支出经济分类科目", "head", cs=2)], height=0.5)
    sh.row([Cell("科目编码", "head"), Cell("科目名称", "head"), Cell("预算数", "head"),
            Cell("科目名称", "head"), Cell("预算数", "head")], height=0.5)
    ex = Expect(title, number, unit, "budget")
    for i, (level, code, name, v) in enumerate(rows):
        p = fmt(v["v"], 0)
        ename, ev = economic[i] if i < len(economic) else ("", None)
        sh.row([Cell(code, "bodyC"), Cell(name), Cell(p, "numTight"), Cell(ename, "bodyTight"),
                Cell(fmt(ev, 0) if ev else "", "num")], height=0.46)
        ex.add(code, name, "total", v["v"], p, "budget", "expenditure")
    pt = fmt(total, 0)
    sh.row([Cell("合计", "totalC", cs=2), Cell(pt, "numTightB"), Cell("合计", "bodyTightB"),
            Cell(pt, "numB")], height=0.46)
    ex.add("total", "合计", "total", total, pt, "budget", "expenditure")
    what = ("Two tables on one page exported with a narrow right-aligned figure column touching a "
            "left-aligned label column (no cell padding), so the text layer runs figures into the next "
            "label: 表1 财政拨款收支总表 (收入 项目|预算数|支出 项目|预算数, no codes, not listed) and 表2 一般"
            "公共预算支出表 (功能分类 科目编码|科目名称|预算数 glued to the 经济分类 科目名称|预算数 half); "
            "only 表2's coded function rows and 合计 are listed (its uncoded 经济分类 half is not).")
    return sh, [ex], what


# ----------------------------------------------------------------------------------------------
# 4. sangong-multirow-header

def sangong_multirow_header():
    unit = "万元"
    overseas, reception, purchase, operation = D("5.00"), D("6.30"), D("18.00"), D("9.30")
    vehicles = purchase + operation
    total = overseas + reception + vehicles
    title, number = "一般公共预算“三公”经费支出预算表", "表8"
    sh = Sheet("表8", [2.9, 3.0, 2.8, 2.7, 2.7, 2.7], font=SERIF)
    heading(sh, 6, number, title, "宁远市江北区卫生健康局")
    sh.row([Cell("2025年预算数", "head", cs=6)], height=0.6)
    sh.row([Cell("合计", "head", rs=2), Cell("因公出国（境）费", "head", rs=2), Cell("公务接待费", "head", rs=2),
            Cell("公务用车购置及运行费", "head", cs=3)], height=0.6)
    sh.row([COVER, COVER, COVER, Cell("小计", "head"), Cell("购置费", "head"), Cell("运行费", "head")], height=0.6)
    ex = Expect(title, number, unit, "budget")
    cells = []
    for m, v in (("total", total), ("overseas_travel", overseas), ("reception", reception),
                 ("vehicles", vehicles), ("vehicle_purchase", purchase), ("vehicle_operation", operation)):
        p = fmt(v)
        cells.append(Cell(p, "num"))
        ex.add("total", "合计", m, v, p, "budget", "expenditure")
    sh.row(cells, height=0.6)
    what = ("三公经费 budget table with a three-row header (2025年预算数 over 合计 | 因公出国（境）费 | 公务接待费 | "
            "公务用车购置及运行费, the last split into 小计 | 购置费 | 运行费) and a single body row of figures "
            "without a row label; total = 出国 + 接待 + 小计, 小计 = 购置 + 运行.")
    return sh, [ex], what


# ----------------------------------------------------------------------------------------------
# 5. empty-fund-tables

def empty_fund_tables():
    sh = Sheet("表9-10", [2.4, 5.6, 3.0, 3.0, 3.0], font=SANS)
    dept = "青川市西岭区司法局"
    t1, n1 = "政府性基金预算支出表", "表9"
    heading(sh, 5, n1, t1, dept)
    sh.row([Cell("科目编码", "head", rs=2), Cell("科目名称", "head", rs=2),
            Cell("本年政府性基金预算支出", "head", cs=3)], height=0.6)
    sh.row([COVER, COVER, Cell("合计", "head"), Cell("基本支出", "head"), Cell("项目支出", "head")], height=0.6)
    sh.row([Cell("注：本单位无政府性基金预算收支，故本表为空表。", "note", cs=5)], height=0.7)
    sh.row([Cell("", "plainL", cs=5)], height=1.2)
    t2, n2 = "国有资本经营预算支出表", "表10"
    heading(sh, 5, n2, t2, dept)
    sh.row([Cell("科目编码", "head"), Cell("科目名称", "head"), Cell("合计", "head"), Cell("基本支出", "head"),
            Cell("项目支出", "head")], height=0.6)
    sh.row([Cell("本表为空表", "noteC", cs=5)], height=0.7)
    ex1 = Expect(t1, n1, "万元", "budget", empty=True)
    ex2 = Expect(t2, n2, "万元", "budget", empty=True)
    what = ("Two empty fund tables on one page: 政府性基金预算支出表 (two header rows, then the note row "
            "注：本单位无政府性基金预算收支，故本表为空表。) and 国有资本经营预算支出表 (header, then 本表为空表); "
            "no amounts.")
    return sh, [ex1, ex2], what


# ----------------------------------------------------------------------------------------------
# 6. negative-amounts

def negative_amounts():
    unit, basis, flow = "万元", "actual", "expenditure"
    M = ("total", "basic", "project")
    tree = [
        ("201", "一般公共服务支出", [
            ("20105", "统计信息事务", [
                ("2010501", "行政运行", {"basic": "512.36"}),
                ("2010502", "一般行政管理事务", {"project": "38.20"}),
                ("2010505", "专项统计业务", {"project": "64.80"}),
                ("2010507", "专项普查活动", {"project": "-12.50"}),
                ("2010550", "事业运行", {"basic": "132.50", "project": "-12.50"})])]),
        ("208", "社会保障和就业支出", [
            ("20805", "行政事业单位养老支出", [
                ("2080505", "机关事业单位基本养老保险缴费支出", {"basic": "60.12"}),
                ("2080506", "机关事业单位职业年金缴费支出", {"basic": "24.05"})]),
            ("20899", "其他社会保障和就业支出", [
                ("2089999", "其他社会保障和就业支出", {"basic": "-12.50"})])]),
        ("210", "卫生健康支出", [
            ("21011", "行政事业单位医疗", [
                ("2101101", "行政单位医疗", {"basic": "31.20"}),
                ("2101199", "其他行政事业单位医疗支出", {"project": "-12.50"})])]),
        ("221", "住房保障支出", [
            ("22102", "住房改革支出", [
                ("2210201", "住房公积金", {"basic": "41.76"})])]),
    ]
    # How each negative cell is printed (code, measure) -> style; all other negatives print "-12.50".
    neg_style = {
        ("2010507", "total"): "paren", ("2010507", "project"): "paren",
        ("2010550", "project"): "fullparen",
        ("2089999", "total"): "-", ("2089999", "basic"): "-", ("20899", "total"): "-", ("20899", "basic"): "-",
        ("2101199", "total"): "tri", ("2101199", "project"): "tri", ("21011", "project"): "tri",
        ("210", "project"): "tri",
    }
    rows, grand = sum_tree(tree, M)
    title, number = "一般公共预算财政拨款支出决算表", "表4"
    sh = Sheet("表4", [2.0, 6.6, 3.0, 3.0, 3.0], font=SANS)
    heading(sh, 5, number, title, "安平市城关区统计局")
    sh.row([Cell("科目编码", "head", rs=2), Cell("科目名称", "head", rs=2), Cell("本年支出", "head", cs=3)], height=0.6)
    sh.row([COVER, COVER, Cell("合计", "head"), Cell("基本支出", "head"), Cell("项目支出", "head")], height=0.6)
    ex = Expect(title, number, unit, "final_account")
    seen_styles = set()

    def figs(code, name, v, bold=False):
        out = []
        for m in M:
            if v[m] == 0:
                p = ""  # blank in a 决算 table: an amount of 0
            else:
                style = neg_style.get((code, m), "-")
                if v[m] < 0:
                    seen_styles.add(style)
                p = fmt(v[m], 2, style)
            out.append(Cell(p, "numB" if bold else "num"))
            ex.add(code, name, m, v[m], p, basis, flow)
        return out

    sh.row([Cell("合计", "totalC", cs=2)] + figs("total", "合计", grand, bold=True))
    for level, code, name, v in rows:
        sh.row([Cell(code, "body"), Cell(name)] + figs(code, name, v))
    assert seen_styles == {"-", "paren", "fullparen", "tri"}, seen_styles
    what = ("决算 function table (科目编码|科目名称|合计|基本支出|项目支出) with negative figures printed four ways "
            "— （12.50） (12.50) △12.5 -12.50 — and parents summing exactly over them; blank cells of coded rows "
            "are amounts of 0 (printed \"\").")
    return sh, [ex], what


# ----------------------------------------------------------------------------------------------
# 7. header-unit-no-unit-line

def header_unit_no_unit_line():
    unit, basis, flow = "元", "budget", "expenditure"
    M = ("total", "basic", "project")
    tree = [
        ("208", "社会保障和就业支出", [
            ("20801", "人力资源和社会保障管理事务", [
                ("2080101", "行政运行", {"basic": "4386215.47"}),
                ("2080102", "一般行政管理事务", {"project": "612400.00"}),
                ("2080106", "就业管理事务", {"project": "1234567.89"}),
                ("2080109", "社会保险经办机构", {"basic": "2105338.62", "project": "185000.00"}),
                ("2080150", "事业运行", {"basic": "1872904.15"})]),
            ("20805", "行政事业单位养老支出", [
                ("2080505", "机关事业单位基本养老保险缴费支出", {"basic": "968412.36"}),
                ("2080506", "机关事业单位职业年金缴费支出", {"basic": "387364.94"})])]),
        ("210", "卫生健康支出", [
            ("21011", "行政事业单位医疗", [
                ("2101101", "行政单位医疗", {"basic": "421893.20"}),
                ("2101102", "事业单位医疗", {"basic": "173560.48"})])]),
        ("221", "住房保障支出", [
            ("22102", "住房改革支出", [
                ("2210201", "住房公积金", {"basic": "702118.80"})])]),
    ]
    rows, grand = sum_tree(tree, M)
    title, number = "部门支出预算表", "表3"
    sh = Sheet("表3", [2.0, 6.0, 3.2, 3.2, 3.2], font=SERIF)
    heading(sh, 5, number, title, "宁远市江北区人力资源和社会保障局", unit_line=None)
    sh.row([Cell("科目编码", "head", rs=2), Cell("科目名称", "head", rs=2), Cell("金额（元）", "head", cs=3)],
           height=0.6)
    sh.row([COVER, COVER, Cell("合计", "head"), Cell("基本支出", "head"), Cell("项目支出", "head")], height=0.6)
    ex = Expect(title, number, unit, "budget")

    def figs(code, name, v, bold=False):
        out = []
        for m in M:
            if v[m] == 0:
                out.append(Cell("", "num"))  # a blank budget cell is not an amount
            else:
                p = fmt(v[m])
                out.append(Cell(p, "numB" if bold else "num"))
                ex.add(code, name, m, v[m], p, basis, flow)
        return out

    sh.row([Cell("合计", "totalC", cs=2)] + figs("total", "合计", grand, bold=True))
    for level, code, name, v in rows:
        sh.row([Cell(code, "body"), Cell(name)] + figs(code, name, v))
    what = ("预算 function table with no 单位 line: the unit is only in the merged header 金额（元） over "
            "合计|基本支出|项目支出; figures in 元 with two decimals (values are ÷ 10000). Blank cells are not amounts.")
    return sh, [ex], what


# ----------------------------------------------------------------------------------------------
# 8. total-row-next-page

def total_row_next_page():
    unit, basis, flow = "元", "budget", "expenditure"
    M = ("total", "basic", "project")
    tree = [
        ("205", "教育支出", [
            ("20501", "教育管理事务", [
                ("2050101", "行政运行", {"basic": "3862415.60"}),
                ("2050102", "一般行政管理事务", {"project": "524800.00"}),
                ("2050199", "其他教育管理事务支出", {"project": "186250.00"})]),
            ("20502", "普通教育", [
                ("2050201", "学前教育", {"basic": "12486320.45", "project": "3260000.00"}),
                ("2050202", "小学教育", {"basic": "48215693.28", "project": "6824500.00"}),
                ("2050203", "初中教育", {"basic": "31562840.17", "project": "4150000.00"}),
                ("2050204", "高中教育", {"basic": "22714586.90", "project": "2836400.00"}),
                ("2050299", "其他普通教育支出", {"project": "1375600.00"})]),
            ("20503", "职业教育", [
                ("2050302", "中等职业教育", {"basic": "8642175.36", "project": "1268000.00"})]),
            ("20507", "特殊教育", [
                ("2050701", "特殊学校教育", {"basic": "1938460.72", "project": "215000.00"})]),
            ("20508", "进修及培训", [
                ("2050801", "教师进修", {"project": "862300.00"})]),
            ("20509", "教育费附加安排的支出", [
                ("2050901", "农村中小学校舍建设", {"project": "5230000.00"}),
                ("2050999", "其他教育费附加安排的支出", {"project": "1472650.00"})]),
            ("20599", "其他教育支出", [
                ("2059999", "其他教育支出", {"project": "648900.00"})])]),
        ("208", "社会保障和就业支出", [
            ("20805", "行政事业单位养老支出", [
                ("2080501", "行政单位离退休", {"basic": "1264380.50"}),
                ("2080502", "事业单位离退休", {"basic": "3871526.84"}),
                ("2080505", "机关事业单位基本养老保险缴费支出", {"basic": "14862315.36"}),
                ("2080506", "机关事业单位职业年金缴费支出", {"basic": "5944926.14"})]),
            ("20808", "抚恤", [
                ("2080801", "死亡抚恤", {"basic": "386240.00"})]),
            ("20899", "其他社会保障和就业支出", [
                ("2089999", "其他社会保障和就业支出", {"basic": "97560.00"})])]),
        ("210", "卫生健康支出", [
            ("21011", "行政事业单位医疗", [
                ("2101101", "行政单位医疗", {"basic": "412536.18"}),
                ("2101102", "事业单位医疗", {"basic": "6218473.92"}),
                ("2101103", "公务员医疗补助", {"basic": "286104.50"}),
                ("2101199", "其他行政事业单位医疗支出", {"basic": "152380.00"})])]),
        ("221", "住房保障支出", [
            ("22102", "住房改革支出", [
                ("2210201", "住房公积金", {"basic": "11147986.52"}),
                ("2210202", "提租补贴", {"basic": "724800.00"}),
                ("2210203", "购房补贴", {"basic": "1936250.00"})])]),
    ]
    rows, grand = sum_tree(tree, M)
    title, number = "支出预算总表", "表3"
    sh = Sheet("表3", [2.0, 6.6, 3.0, 3.0, 3.0], font=SANS)
    heading(sh, 5, number, title, "临江市东湖区教育局", unit_line="单位：元")
    sh.row([Cell("科目编码", "head"), Cell("科目名称", "head"), Cell("合计", "head"), Cell("基本支出", "head"),
            Cell("项目支出", "head")], height=0.6)
    ex = Expect(title, number, unit, "budget")

    def figs(code, name, v, page, bold=False):
        out = []
        for m in M:
            if v[m] == 0:
                out.append(Cell("", "num"))  # a blank budget cell is not an amount
            else:
                p = fmt(v[m])
                out.append(Cell(p, "numB" if bold else "num"))
                ex.add(code, name, m, v[m], p, basis, flow, page=page)
        return out

    for level, code, name, v in rows:
        sh.row([Cell(code, "bodyC"), Cell(name)] + figs(code, name, v, page=1), height=0.54)
    # The coded rows fill page 1 (less than a row's height is left); the manual break makes sure
    # the 合计 row is printed alone at the top of page 2, with no title and no repeated header, as
    # a WPS export whose last row ran over prints it.
    sh.row([Cell("合计", "totalC", cs=2)] + figs("total", "合计", grand, page=2, bold=True), height=0.54,
           page_break=True)
    what = ("预算 function table 支出预算总表 (元, 科目编码|科目名称|合计|基本支出|项目支出, codes as one 3/5/7-digit "
            "number) whose coded rows fill page 1 and whose 合计 row, last, is printed alone at the top of "
            "page 2 with no title and no repeated header. Blank cells are not amounts.")
    return sh, [ex], what


LAYOUTS = {
    "two-sided-basic-final": two_sided_basic_final,
    "split-codes-partial-lei": split_codes_partial_lei,
    "glued-figures": glued_figures,
    "sangong-multirow-header": sangong_multirow_header,
    "empty-fund-tables": empty_fund_tables,
    "negative-amounts": negative_amounts,
    "header-unit-no-unit-line": header_unit_no_unit_line,
    "total-row-next-page": total_row_next_page,
}


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "layouts"
    out.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[2:])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        profile = tmp / "profile"
        for name, build in LAYOUTS.items():
            if only and name not in only:
                continue
            sheet, expects, what = build()
            src = tmp / f"{name}.fods"
            src.write_text(sheet.fods(), encoding="utf-8")
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copyfile(tmp / f"{name}.pdf", out / f"{name}.pdf")
            doc = {"file": f"{name}.pdf", "what": what, "tables": [e.t for e in expects]}
            (out / f"{name}.expected.json").write_text(
                json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(f"{name}: {sum(len(e.t['amounts']) for e in expects)} amounts")


if __name__ == "__main__":
    main()
