#!/usr/bin/env python3
"""Renders small performance forms (自评表, 绩效目标表, 评分表) as PDFs with their truth.

The forms are laid out with reportlab (a route no other Corpus generator uses: its own line
breaking, an embedded TrueType font, rules drawn per cell edge) and exercise what issue 15 lists: a key–value
top with the indicator grid in the middle, full / horizontal-only rules, tall merged 一级/二级
cells in narrow columns (their text wraps a character or two per line, weight `（50分）`
included), a grid continued on the next page under a long 年度总体目标 cell, 不适用 rows, a
scoring table with 名称 | 分值 at each level, and the header wordings varied per form.

The truth (`<form>.expected.json`) is written from the same data the forms are drawn from,
never from BudgetBench.

Usage: make_indicator_forms.py OUT_DIR   (needs the Python package reportlab)
"""

import json
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

# An embedded TrueType CJK font (Debian fonts-wqy-microhei): reportlab embeds no CFF font, and an
# unembedded CID font needs a CMap package on every reader.
pdfmetrics.registerFont(TTFont("WenQuanYi", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
CELL = ParagraphStyle("cell", fontName="WenQuanYi", fontSize=8.5, leading=11, wordWrap="CJK")
TEXT = ParagraphStyle("text", fontName="WenQuanYi", fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21)
TITLE = ParagraphStyle("title", fontName="WenQuanYi", fontSize=14, leading=20, alignment=1, spaceAfter=8)

# (level1, level1 weight, level2, level3, target, actual, weight, score, reason)
SELF_EVALUATION = [
    ("产出指标", "50", "数量指标", "培训人次", "≥1200人次", "1350人次", "10", "10", ""),
    ("产出指标", "50", "数量指标", "发放补贴户数", "6667户", "6667户", "10", "10", ""),
    ("产出指标", "50", "质量指标", "培训合格率", "不低于95%", "96.5%", "10", "10", ""),
    ("产出指标", "50", "时效指标", "补贴发放时限", "小于2天", "3天", "10", "8", "系统升级延误"),
    ("产出指标", "50", "成本指标", "人均培训成本", "≤800元", "760元", "10", "10", ""),
    ("效益指标", "30", "社会效益指标", "就业帮扶覆盖率", "达到100%", "100%", "15", "15", ""),
    ("效益指标", "30", "可持续影响指标", "长效机制建立", "建立", "已建立", "15", "13", "制度尚在完善"),
    ("满意度指标", "20", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "20", "20", ""),
]

TARGETS = [
    ("产出指标", "", "数量指标", "新建公共厕所数量", "12座", "", "", "", ""),
    ("产出指标", "", "数量指标", "维修道路长度", "≥3.5公里", "", "", "", ""),
    ("产出指标", "", "质量指标", "工程验收合格率", "100%", "", "", "", ""),
    ("产出指标", "", "时效指标", "项目完成时间", "2023年12月底前", "", "", "", ""),
    ("产出指标", "", "成本指标", "单位维护成本", "6667元/年/条", "", "", "", ""),
    ("效益指标", "", "经济效益指标", "不适用", "不适用", "", "", "", ""),
    ("效益指标", "", "社会效益指标", "群众出行便利程度", "明显提升", "", "", "", ""),
    ("效益指标", "", "生态效益指标", "道路扬尘减少", "有效减少", "", "", "", ""),
    ("效益指标", "", "可持续影响指标", "设施使用年限", "≥10年", "", "", "", ""),
    ("满意度指标", "", "服务对象满意度指标", "周边居民满意度", "≥85%", "", "", "", ""),
]

# (level1, weight, level2, weight, level3, weight, score)
SCORING = [
    ("决策", "20", "项目立项", "8", "立项依据充分性", "4", "4"),
    ("决策", "20", "项目立项", "8", "立项程序规范性", "4", "3"),
    ("决策", "20", "绩效目标", "6", "绩效目标合理性", "3", "3"),
    ("决策", "20", "绩效目标", "6", "绩效指标明确性", "3", "2"),
    ("决策", "20", "资金投入", "6", "预算编制科学性", "6", "5"),
    ("过程", "25", "资金管理", "15", "资金到位率", "5", "5"),
    ("过程", "25", "资金管理", "15", "预算执行率", "5", "4"),
    ("过程", "25", "资金管理", "15", "资金使用合规性", "5", "5"),
    ("过程", "25", "组织实施", "10", "管理制度健全性", "5", "5"),
    ("过程", "25", "组织实施", "10", "制度执行有效性", "5", "4"),
]



def runs(values):
    """The lengths of the runs of equal consecutive values (the merged cells of a column)."""
    result = []
    for value in values:
        if result and result[-1][0] == value:
            result[-1][1] += 1
        else:
            result.append([value, 1])
    return result


class Grid:
    """Rows of cells with their merges, drawn as one reportlab table."""

    def __init__(self, columns):
        self.columns = columns  # widths in mm
        self.rows = []
        self.spans = []

    def add(self, *cells):
        """Appends a row; a cell is text or (text, colspan, rowspan); covered places stay empty."""
        row = len(self.rows)
        while len(self.rows) <= row:
            self.rows.append([""] * len(self.columns))
        column = 0
        for item in cells:
            text, colspan, rowspan = item if isinstance(item, tuple) else (item, 1, 1)
            while self.covered(row, column):
                column += 1
            self.rows[row][column] = Paragraph(text, CELL) if text else ""
            if colspan > 1 or rowspan > 1:
                self.spans.append(((column, row), (column + colspan - 1, row + rowspan - 1)))
            column += colspan

    def covered(self, row, column):
        return any(c0 <= column <= c1 and r0 <= row <= r1 and (c0, r0) != (column, row) for (c0, r0), (c1, r1) in self.spans)

    def table(self, rules):
        # Rows a span reaches into must exist before the table is drawn.
        bottom = max([r1 for _, (_, r1) in self.spans] + [len(self.rows) - 1])
        while len(self.rows) <= bottom:
            self.rows.append([""] * len(self.columns))
        commands = [("SPAN", a, b) for a, b in self.spans] + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if rules == "full":
            commands.append(("GRID", (0, 0), (-1, -1), 0.6, "black"))
        else:
            commands += [("LINEABOVE", (0, 0), (-1, -1), 0.6, "black"), ("LINEBELOW", (0, -1), (-1, -1), 0.6, "black")]
        return Table(self.rows, colWidths=[w * mm for w in self.columns], style=TableStyle(commands))


def grid_rows(grid, indicators, roles, level1_with_weight):
    """Adds the body rows of an indicator grid with merged 一级 and 二级 cells."""
    first1 = {}
    index = 0
    for (name, weight), count in runs([(i[0], i[1]) for i in indicators]):
        first1[index] = (f"{name}（{weight}分）" if level1_with_weight and weight else name, count)
        index += count
    first2 = {}
    index = 0
    for (_, name), count in runs([(i[0], i[2]) for i in indicators]):
        first2[index] = (name, count)
        index += count
    for index, indicator in enumerate(indicators):
        _, _, _, level3, target, actual, weight, score, reason = indicator
        values = {"level3": level3, "target": target, "actual": actual, "weight": weight, "score": score, "reason": reason}
        cells = []
        if index in first1:
            cells.append((first1[index][0], 1, first1[index][1]))
        if index in first2:
            cells.append((first2[index][0], 1, first2[index][1]))
        grid.add(*cells, *[values[role] for role in roles])


def self_evaluation(rules, wording):
    """A 自评表: key–value top half, the indicator grid in the middle, totals at the foot."""
    roles = ["level3", "target", "actual", "weight", "score", "reason"]
    names = ["三级指标", wording["target"], wording["actual"], wording["weight"], wording["score"], wording["reason"]]
    grid = Grid([9, 20, 34, 24, 22, 14, 16, 31])
    grid.add(("项目名称", 2, 1), ("就业技能培训补贴项目", 2, 1), "项目编码", ("44030022T000000123456", 3, 1))
    grid.add(("主管部门", 2, 1), ("某区人力资源局", 2, 1), "实施单位", ("某区就业服务中心", 3, 1))
    grid.add(("项目资金（万元）", 2, 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    grid.add("320.00", "335.50", "318.72", "10", "95.0%", "9.5")
    grid.add(("年度总体目标", 2, 1), ("完成技能培训1200人次以上，按时足额发放补贴，提升就业能力。", 6, 1))
    grid.add("一级指标", "二级指标", *names)
    grid_rows(grid, SELF_EVALUATION, roles, level1_with_weight=True)
    total = sum(float(i[7]) for i in SELF_EVALUATION)
    grid.add(("总分", 5, 1), "100", f"{total:g}", "")
    grid.add(("评价等级", 5, 1), ("优", 3, 1))
    truth = [indicator_truth(i) for i in SELF_EVALUATION]
    facts = {"evaluation_score": f"{total:g}", "evaluation_grade": "优"}
    project = {"name": "就业技能培训补贴项目", "code": "44030022T000000123456", "amount": "335.50"}
    return [Paragraph("项目支出绩效自评表", TITLE), grid.table(rules)], truth, facts, project


def targets(rules, wording):
    """A 绩效目标表 whose long 年度总体目标 cell pushes the grid over a page break."""
    goal = "，".join(["完善城区环境卫生设施，新建公共厕所并维修破损道路，改善群众出行条件"] * 9) + "。"
    grid = Grid([12, 34, 70, 54])
    grid.add("项目名称", ("城区环境提升工程", 3, 1))
    grid.add("主管部门", ("某区城市管理局", 3, 1))
    grid.add("项目资金（万元）", ("1,250.00", 3, 1))
    grid.add("年度总体目标", (goal, 3, 1))
    grid.add("一级指标", "二级指标", "三级指标", wording["target"])
    grid_rows(grid, TARGETS, ["level3", "target"], level1_with_weight=False)
    truth = [indicator_truth(i) for i in TARGETS if i[3] != "不适用"]
    project = {"name": "城区环境提升工程", "code": None, "amount": "1250.00"}
    filler = [Paragraph("这是说明文字，介绍项目背景、资金来源与实施情况，以及绩效目标的设定依据。" * 3, TEXT) for _ in range(7)]
    return filler + [Paragraph("项目绩效目标表", TITLE), grid.table(rules)], truth, {}, project


def scoring(rules, wording):
    """A three-level scoring table: 名称 | 分值 under each level, then 评分标准 and 得分."""
    grid = Grid([14, 10, 24, 10, 36, 10, 50, 14])
    grid.add(("一级指标", 2, 1), ("二级指标", 2, 1), ("三级指标", 2, 1), (wording["explanation"], 1, 2), (wording["score"], 1, 2))
    grid.add("名称", "分值", "名称", "分值", "名称", "分值")
    level1_runs = dict()
    index = 0
    for (name, weight), count in runs([(i[0], i[1]) for i in SCORING]):
        level1_runs[index] = (name, weight, count)
        index += count
    level2_runs = dict()
    index = 0
    for (_, name, weight), count in runs([(i[0], i[2], i[3]) for i in SCORING]):
        level2_runs[index] = (name, weight, count)
        index += count
    for index, (_, _, _, _, level3, weight, score) in enumerate(SCORING):
        cells = []
        if index in level1_runs:
            name, value, count = level1_runs[index]
            cells += [(name, 1, count), (value, 1, count)]
        if index in level2_runs:
            name, value, count = level2_runs[index]
            cells += [(name, 1, count), (value, 1, count)]
        grid.add(*cells, level3, weight, "按评分标准逐项评分", score)
    total = sum(float(i[6]) for i in SCORING)
    grid.add(("合计", 5, 1), "45", "", f"{total:g}")
    truth = [{"level1": l1, "level1_weight": w1, "level2": l2, "level2_weight": w2, "level3": l3, "target": None,
              "actual": None, "weight": w3, "score": s, "reason": None} for l1, w1, l2, w2, l3, w3, s in SCORING]
    return [Paragraph("项目绩效评价指标体系及评分表", TITLE), grid.table(rules)], truth, {"evaluation_score": f"{total:g}"}, None


def indicator_truth(indicator):
    level1, weight1, level2, level3, target, actual, weight, score, reason = indicator
    return {"level1": level1, "level1_weight": weight1 or None, "level2": level2, "level2_weight": None, "level3": level3,
            "target": target or None, "actual": actual or None, "weight": weight or None, "score": score or None,
            "reason": reason or None}


FORMS = {
    "self-evaluation-full": (self_evaluation, "full",
                             dict(target="年度指标值", actual="实际完成值", weight="分值", score="得分", reason="偏差原因")),
    "self-evaluation-horizontal": (self_evaluation, "horizontal",
                                   dict(target="目标值", actual="实际值", weight="权重", score="自评得分", reason="未完成原因")),
    "targets-full": (targets, "full", dict(target="指标值")),
    "targets-horizontal": (targets, "horizontal", dict(target="预期值")),
    "scoring-full": (scoring, "full", dict(explanation="评分标准", score="得分")),
    "scoring-horizontal": (scoring, "horizontal", dict(explanation="指标解释", score="评分")),
}


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, (make, rules, wording) in FORMS.items():
        story, indicators, facts, project = make(rules, wording)
        document = SimpleDocTemplate(str(out / f"{name}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                     topMargin=20 * mm, bottomMargin=20 * mm, title=name, author="make_indicator_forms.py",
                                     creator="reportlab", invariant=1)
        document.build(story)
        truth = {"form": name, "written": "by make_indicator_forms.py from the data it draws", "project": project,
                 "facts": facts, "indicators": indicators}
        (out / f"{name}.expected.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
