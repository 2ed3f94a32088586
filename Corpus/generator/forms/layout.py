"""Lays a Form out as a grid of cells with row and column spans, the same for every route.

A Grid knows which of its rows are the indicator header (so a route can repeat them on each page)
and which grid row each indicator is printed in. Styles (rules, widths, fonts) are chosen per
document in generate.py and applied by each route's renderer.
"""

from dataclasses import dataclass, field

from content import Form, Indicator


@dataclass
class Cell:
    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    header: bool = False      # printed bold and centred
    align: str = "center"     # center | left


@dataclass
class Grid:
    widths: list[float]                      # column widths in cm
    cells: list[Cell] = field(default_factory=list)
    rows: int = 0
    # First and last (exclusive) row of the indicator header: a route that repeats the header
    # starts a second table at headerStart.
    headerStart: int = 0
    headerEnd: int = 0

    def add(self, col: int, text: str, rowspan: int = 1, colspan: int = 1, header: bool = False,
            align: str = "center", row: int | None = None):
        self.cells.append(Cell(self.rows if row is None else row, col, text, rowspan, colspan, header, align))

    def next_row(self, count: int = 1):
        self.rows += count


@dataclass
class Options:
    """The per-document choices that change how a form is printed (not what it says)."""
    wording: dict
    weightInLevel1: bool     # 产出指标（50分）
    weightInLevel2: bool     # 数量指标（20分）
    narrowLevel1: bool       # a level-1 column so narrow its text wraps one or two characters a line
    explanation: bool        # a 指标解释 / 评分标准 column
    twoRowScoringHeader: bool
    textWidth: float         # cm


def level_text(name: str, weight: str | None, with_weight: bool) -> str:
    return f"{name}（{weight}分）" if with_weight and weight else name


def spans(indicators: list[Indicator], key) -> list[tuple[int, int]]:
    """(first, count) runs of equal key over consecutive rows."""
    runs = []
    for i, r in enumerate(indicators):
        if runs and key(indicators[runs[-1][0]]) == key(r):
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((i, 1))
    return runs


def scale(widths: list[float], total: float) -> list[float]:
    factor = total / sum(widths)
    return [round(w * factor, 2) for w in widths]


def lay_out(form: Form, options: Options) -> tuple[Grid, list[int]]:
    """The grid of a form and, per indicator, the grid row it is printed in."""
    if form.kind == "scoring":
        return scoring_grid(form, options)
    return indicator_form_grid(form, options)


def indicator_form_grid(form: Form, o: Options) -> tuple[Grid, list[int]]:
    w = o.wording
    scored = form.kind == "self-evaluation"
    weighted = any(r.weight for r in form.indicators)
    columns = ["一级指标", "二级指标", "三级指标", w["target"]]
    if scored:
        columns += [w["actual"], w["weight"], w["score"], w["reason"]]
    else:
        if weighted:
            columns.append(w["weight"])
        if o.explanation:
            columns.append(w["explanation"])
    base = {"一级指标": 1.1 if o.narrowLevel1 else 2.3, "二级指标": 2.3, "三级指标": 4.0, w["target"]: 2.8,
            w["actual"]: 2.4, w["weight"]: 1.2, w["score"]: 1.3, w["reason"]: 3.6, w["explanation"]: 4.0}
    widths = [base[c] for c in columns]
    fixed = widths[0]
    widths = [fixed] + scale(widths[1:], o.textWidth - fixed)
    n = len(columns)
    grid = Grid(widths)
    # Key–value block. Pairs of keys on one row where the form is wide enough.
    if n >= 6:
        grid.add(0, "项目名称", header=True)
        grid.add(1, form.project, colspan=3, align="left")
        grid.add(4, "项目编码" if not scored else "项目代码", header=True)
        grid.add(5, form.code, colspan=n - 5)
        grid.next_row()
        grid.add(0, "主管部门", header=True)
        grid.add(1, form.department, colspan=3, align="left")
        grid.add(4, "实施单位", header=True)
        grid.add(5, form.unit, colspan=n - 5, align="left")
        grid.next_row()
    else:
        for key, value in (("项目名称", form.project), ("项目编码", form.code), ("主管部门", form.department),
                           ("实施单位", form.unit)):
            grid.add(0, key, header=True)
            grid.add(1, value, colspan=n - 1, align="left")
            grid.next_row()
    if scored and form.budget:
        b = form.budget
        heads = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
        grid.add(0, "项目资金（万元）", rowspan=4, header=True)
        grid.add(1, "")
        for i, h in enumerate(heads):
            grid.add(2 + i, h, header=True)
        grid.next_row()
        lines = [("年度资金总额", [f"{b.initial:,}", f"{b.adjusted:,}", f"{b.executed:,}", b.weight, b.rate, b.score]),
                 ("其中：财政拨款", [f"{b.initial:,}", f"{b.adjusted:,}", f"{b.executed:,}", "—", "—", "—"]),
                 ("其他资金", ["0.00", "0.00", "0.00", "—", "—", "—"])]
        for label, values in lines:
            grid.add(1, label, align="left")
            for i, v in enumerate(values):
                grid.add(2 + i, v)
            grid.next_row()
        grid.add(0, "年度总体目标", rowspan=2, header=True)
        grid.add(1, "预期目标", colspan=3, header=True)
        grid.add(4, "实际完成情况", colspan=n - 4, header=True)
        grid.next_row()
        grid.add(1, form.goal, colspan=3, align="left")
        grid.add(4, form.actualGoal or "", colspan=n - 4, align="left")
        grid.next_row()
    else:
        grid.add(0, "项目资金（万元）", rowspan=3, header=True)
        for label, value in (("年度资金总额", f"{form.amount:,}"), ("其中：财政拨款", f"{form.amount:,}"),
                             ("其他资金", "0.00")):
            grid.add(1, label, align="left")
            grid.add(2, value, colspan=n - 2)
            grid.next_row()
        grid.add(0, "年度总体目标", header=True)
        grid.add(1, form.goal, colspan=n - 1, align="left")
        grid.next_row()
    grid.headerStart = grid.rows
    for i, c in enumerate(columns):
        grid.add(i, c, header=True)
    grid.next_row()
    grid.headerEnd = grid.rows
    first = grid.rows
    rows = form.indicators
    for start, count in spans(rows, lambda r: r.level1):
        r = rows[start]
        grid.add(0, level_text(r.level1, r.level1Weight, o.weightInLevel1), rowspan=count, row=first + start)
    for start, count in spans(rows, lambda r: (r.level1, r.level2)):
        r = rows[start]
        grid.add(1, level_text(r.level2, r.level2Weight, o.weightInLevel2), rowspan=count, row=first + start)
    printed_rows = []
    for r in rows:
        values = [r.level3, r.target or ""]
        if scored:
            values += [r.actual or "", r.weight or "", r.score or "", r.reason or ""]
        else:
            if weighted:
                values.append(r.weight or "")
            if o.explanation:
                values.append(explanation_of(r))
        for i, v in enumerate(values):
            grid.add(2 + i, v, align="left" if i in (0, len(values) - 1) and len(v) > 8 else "center")
        printed_rows.append(grid.rows)
        grid.next_row()
    if scored:
        weight_col = columns.index(w["weight"])
        grid.add(0, form.totalLabel, colspan=weight_col, header=True)
        grid.add(weight_col, form.totalWeight)
        grid.add(weight_col + 1, form.totalScore)
        grid.add(weight_col + 2, f"{form.gradeLabel}：{form.grade}" if form.grade else "", colspan=n - weight_col - 2)
        grid.next_row()
    return grid, printed_rows


def explanation_of(r: Indicator) -> str:
    if r.placeholder:
        return "—"
    if r.target and r.target[:1] in "≥≤=" or (r.target or "").startswith(("不低于", "不少于", "不高于", "达到")):
        return f"反映{r.level3}情况，以年度实际统计数据为准。"
    return f"考察{r.level3}，依据年度工作总结和抽查情况评定。"


def scoring_grid(form: Form, o: Options) -> tuple[Grid, list[int]]:
    w = o.wording
    targets = any(r.target for r in form.indicators if not r.placeholder)
    columns = ["一级指标", w["weight"], "二级指标", w["weight"], "三级指标", w["weight"]]
    if targets:
        columns.append(w["target"])
    columns += [w["explanation"], w["score"]]
    widths = [1.1 if o.narrowLevel1 else 1.8, 1.0, 2.2, 1.0, 3.0, 1.0] + ([2.0] if targets else []) + [6.0, 1.2]
    widths = widths[:1] + scale(widths[1:], o.textWidth - widths[0])
    n = len(columns)
    grid = Grid(widths)
    grid.add(0, "项目名称", colspan=2, header=True)
    grid.add(2, form.project, colspan=n - 2, align="left")
    grid.next_row()
    grid.add(0, "实施单位", colspan=2, header=True)
    grid.add(2, form.unit, colspan=2, align="left")
    grid.add(4, "项目资金（万元）", colspan=2, header=True)
    grid.add(6, f"{form.amount:,}", colspan=n - 6)
    grid.next_row()
    grid.headerStart = grid.rows
    if o.twoRowScoringHeader:
        for i, level in enumerate(["一级指标", "二级指标", "三级指标"]):
            grid.add(2 * i, level, colspan=2, header=True)
            grid.add(2 * i, "名称", header=True, row=grid.rows + 1)
            grid.add(2 * i + 1, w["weight"], header=True, row=grid.rows + 1)
        for i in range(6, n):
            grid.add(i, columns[i], rowspan=2, header=True)
        grid.next_row(2)
    else:
        for i, c in enumerate(columns):
            grid.add(i, c, header=True)
        grid.next_row()
    grid.headerEnd = grid.rows
    first = grid.rows
    rows = form.indicators
    for start, count in spans(rows, lambda r: r.level1):
        r = rows[start]
        grid.add(0, r.level1, rowspan=count, row=first + start)
        grid.add(1, r.level1Weight or "", rowspan=count, row=first + start)
    for start, count in spans(rows, lambda r: (r.level1, r.level2)):
        r = rows[start]
        weight = next((m.level2Weight for m in rows[start:start + count] if m.level2Weight), "")
        grid.add(2, r.level2, rowspan=count, row=first + start)
        grid.add(3, weight, rowspan=count, row=first + start)
    printed_rows = []
    for r in rows:
        values = [r.level3, r.weight or ("—" if r.placeholder else "")]
        if targets:
            values.append(r.target or "")
        values += [r.explanation or "", r.score or ("不适用" if r.placeholder else "")]
        for i, v in enumerate(values):
            grid.add(4 + i, v, align="left" if len(v) > 12 else "center")
        printed_rows.append(grid.rows)
        grid.next_row()
    grid.add(0, form.totalLabel, colspan=5, header=True)
    grid.add(5, form.totalWeight)
    grid.add(6, "", colspan=n - 7)
    grid.add(n - 1, form.totalScore)
    grid.next_row()
    grid.add(0, form.gradeLabel, colspan=5, header=True)
    grid.add(5, form.grade, colspan=n - 5)
    grid.next_row()
    return grid, printed_rows
