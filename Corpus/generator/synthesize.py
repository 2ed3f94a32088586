#!/usr/bin/env python3
"""Writes N varied synthetic reports of fictional centers, as PDFs with their ground truth.

Each report is written as a source text in the seed format, rendered by render_seeds and read
by build_truth exactly like the reference corpus, so its truth has the same schema. Beside each
source text the generator writes its column declarations (source/<report>.columns.json), the
same kind the reference reports declare by hand: it knows which column it generated as what
(code, name, 合计, 基本支出, …, each indicator role), so the truth comes from its own generation
data, never from header words. Choices are
random but reproducible from the seed: kind, year, center, font, table rules (full, horizontal,
spreadsheet grid), unit (元 or 万元), when wide tables go landscape, table length (so tables
break across pages), and one of the five indicator-table layouts of the reference reports.
Amounts add up through 类/款/项 and basic + project, like every real budget.

Usage: synthesize.py --seed 7 --count 200 --out Corpus/synthetic   (needs soffice and pdftotext)
       synthesize.py ... --truth-only   rewrites declarations and truth of PDFs already rendered
                                        from the same sources (needs pdftotext only)
"""

import argparse
import json
import random
from decimal import Decimal
from pathlib import Path

import build_truth
import render_seeds

CITIES = [("江南省", "青州市"), ("海川省", "临江市"), ("云岭省", "石门市"), ("北原省", "安平市")]
DISTRICTS = ["东湖区", "西山区", "南浦区", "北塘区", "河口区", "新港区", "松岭区", "白沙区"]
UNITS = ["财政国库支付中心", "国库集中支付中心", "财政局", "财政国库收付中心"]
KINDS = ["budget", "final_account", "overall_self_evaluation", "project_evaluation", "performance_targets"]
# How each kind of report names itself in its title.
TITLES = {"budget": "部门预算", "final_account": "部门决算", "overall_self_evaluation": "部门整体支出绩效自评报告",
          "project_evaluation": "项目支出绩效评价报告", "performance_targets": "部门预算绩效文本"}

# 类 → 款 → 项 of the national function classification, the part these units use.
FUNCTIONS = {
    ("201", "一般公共服务支出"): {
        ("20106", "财政事务"): [("2010601", "行政运行"), ("2010602", "一般行政管理事务"), ("2010605", "财政国库业务"),
                            ("2010650", "事业运行"), ("2010699", "其他财政事务支出")],
        ("20103", "政府办公厅（室）及相关机构事务"): [("2010301", "行政运行"), ("2010350", "事业运行")],
    },
    ("208", "社会保障和就业支出"): {
        ("20805", "行政事业单位养老支出"): [("2080501", "行政单位离退休"), ("2080502", "事业单位离退休"),
                                  ("2080505", "机关事业单位基本养老保险缴费支出"), ("2080506", "机关事业单位职业年金缴费支出")],
    },
    ("210", "卫生健康支出"): {
        ("21011", "行政事业单位医疗"): [("2101101", "行政单位医疗"), ("2101102", "事业单位医疗"), ("2101103", "公务员医疗补助")],
    },
    ("221", "住房保障支出"): {
        ("22102", "住房改革支出"): [("2210201", "住房公积金"), ("2210202", "提租补贴"), ("2210203", "购房补贴")],
    },
}
ECONOMIC = {
    ("301", "工资福利支出"): [("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30107", "绩效工资"),
                          ("30108", "机关事业单位基本养老保险缴费"), ("30113", "住房公积金")],
    ("302", "商品和服务支出"): [("30201", "办公费"), ("30207", "邮电费"), ("30211", "差旅费"), ("30216", "培训费"),
                           ("30228", "工会经费"), ("30231", "公务用车运行维护费")],
    ("303", "对个人和家庭的补助"): [("30302", "退休费"), ("30305", "生活补助")],
    ("310", "资本性支出"): [("31002", "办公设备购置")],
}
INDICATORS = [
    ("产出", "数量", "办理资金支付笔数", "≥{n}万笔", "{m}万笔"), ("产出", "数量", "会计核算单位数", "{n}家", "{n}家"),
    ("产出", "数量", "业务培训场次", "≥{k}次", "{k}次"), ("产出", "质量", "资金支付准确率", "100%", "100%"),
    ("产出", "质量", "系统运行正常率", "≥95%", "98%"), ("产出", "时效", "支付办结时间", "≤{k}个工作日", "{k}个工作日"),
    ("产出", "时效", "报表报送及时率", "100%", "100%"), ("产出", "成本", "项目成本控制", "≤预算数", "未超预算"),
    ("效益", "社会效益", "财政资金运行效率", "有效提高", "有效提高"), ("效益", "可持续影响", "制度建设", "持续完善", "持续完善"),
    ("满意度", "服务对象满意度", "预算单位满意度", "≥90%", "96%"),
]
SCORING = ["指标说明：考察该项工作完成情况。", "评分标准：完成得满分，未完成酌情扣分。"]


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def split(rng: random.Random, total: Decimal, parts: int) -> list:
    """`total` in `parts` positive amounts with two decimals that add up exactly."""
    cuts = sorted(rng.sample(range(1, int(total * 100)), parts - 1))
    edges = [0] + cuts + [int(total * 100)]
    return [Decimal(b - a) / 100 for a, b in zip(edges, edges[1:])]


class Report:
    def __init__(self, rng: random.Random, index: int):
        self.rng = rng
        province, city = rng.choice(CITIES)
        district = rng.choice(DISTRICTS)
        self.entity = f"{city}{district}{rng.choice(UNITS)}"
        self.kind = rng.choice(KINDS)
        self.year = rng.randint(2018, 2025)
        self.name = f"synthetic-{index:04d}-{self.kind.replace('_', '-')}"
        self.identity = {"entity": self.entity, "center": f"synthetic-{index:04d}",
                         "region": {"province": province, "city": city, "district": district},
                         "year": self.year, "kind": self.kind, "unit": "万元"}
        self.layout = dict(font=rng.choice(["Noto Serif CJK SC", "Noto Sans CJK SC"]),
                           rules=rng.choice(["full", "full", "horizontal", "grid"]),
                           landscape_from=rng.choice([6, 7, 8, 99]), running_header="",
                           unit=rng.choice(["万元", "万元", "元"]))
        if self.layout["unit"] == "元":
            self.identity["unit"] = "元"
        self.lines, self.facts = [], []
        self.table_number = 0
        self.basis = "actual" if self.kind == "final_account" else "budget"

    def fact(self, key, value, unit, basis, sentence):
        self.lines.append(sentence)
        self.facts.append({"key": key, "value": value, "unit": unit, "basis": basis, "source": sentence.rstrip("。")})

    def title(self, name: str, unit: str = "万元") -> dict:
        """Prints the table's title lines; returns the start of its declaration (number and title as printed)."""
        self.table_number += 1
        self.lines += ["", f"表{self.table_number}", "", name, "", f"部门名称：{self.entity}", "", f"单位：{unit}", ""]
        return {"number": f"表{self.table_number}", "title": name}

    def figure_columns(self, first: int, measures: list) -> list:
        return [{"column": first + k, "header": header, "measure": measure, "basis": self.basis}
                for k, (header, measure) in enumerate(measures)]

    def narrative(self, total, basic, project, personnel, public):
        basis = "actual" if self.kind == "final_account" else "budget"
        rng = self.rng
        self.lines += [f"{self.year}年{self.entity}{TITLES[self.kind]}",
                       "", "第一部分 单位概况", "", "一、主要职能", "",
                       f"{self.entity}负责财政性资金的支付审核、会计核算和国库业务管理。", "", "二、机构设置和人员", ""]
        authorized = rng.randint(15, 80)
        actual = rng.randint(authorized - 8, authorized)
        self.fact("staff_authorized", str(authorized), "人", basis, f"核定编制{authorized}人。")
        self.fact("staff_actual", str(actual), "人", basis, f"实有在编人数{actual}人。")
        self.lines += ["", "第二部分 收支情况", ""]
        self.fact("total_expenditure", str(total), "万元", basis, f"{self.year}年支出总计{money(total)}万元。")
        self.fact("basic_expenditure", str(basic), "万元", basis, f"基本支出{money(basic)}万元。")
        self.fact("project_expenditure", str(project), "万元", basis, f"项目支出{money(project)}万元。")
        self.fact("personnel_expenditure", str(personnel), "万元", basis, f"人员经费{money(personnel)}万元。")
        self.fact("public_expenditure", str(public), "万元", basis, f"公用经费{money(public)}万元。")
        sangong = Decimal(rng.randint(0, 2000)) / 100
        self.fact("sangong_total", str(sangong), "万元", basis, f"“三公”经费{money(sangong)}万元。")
        procurement = Decimal(rng.randint(0, int(project * 50))) / 100
        self.fact("government_procurement", str(procurement), "万元", basis, f"政府采购金额{money(procurement)}万元。")
        count = Decimal(rng.randint(500, 5000)) / 100
        self.fact("payments_count", str(count), "万笔", "actual", f"全年办理资金支付{count}万笔。")
        rate = Decimal(rng.randint(8500, 10000)) / 100
        self.fact("execution_rate", str(rate), "%", "actual", f"预算执行率为{rate}%。")
        if self.kind in ("overall_self_evaluation", "project_evaluation"):
            score = Decimal(rng.randint(800, 1000)) / 10
            grade = "优" if score >= 90 else "良"
            self.fact("evaluation_score", str(score), "分", "actual", f"综合评价得分{score}分。")
            self.fact("evaluation_grade", grade, "", "actual", f"评价等级为{grade}。")

    def function_table(self, rows_wanted: int):
        """Items with basic/project amounts; 款 and 类 rows are their sums; returns the totals."""
        rng = self.rng
        classes = rng.sample(list(FUNCTIONS), k=min(len(FUNCTIONS), max(2, rows_wanted // 4)))
        lines, grand = [], [Decimal(0), Decimal(0)]
        for cls in sorted(classes):
            class_lines, class_sum = [], [Decimal(0), Decimal(0)]
            for kuan, items in sorted(FUNCTIONS[cls].items())[:rng.randint(1, len(FUNCTIONS[cls]))]:
                chosen = sorted(rng.sample(items, k=rng.randint(1, len(items))))
                item_lines, kuan_sum = [], [Decimal(0), Decimal(0)]
                for code, name in chosen:
                    basic = Decimal(rng.randint(0, 60000)) / 100
                    project = Decimal(rng.choice([0, rng.randint(0, 30000)])) / 100
                    kuan_sum = [kuan_sum[0] + basic, kuan_sum[1] + project]
                    item_lines.append((code, name, basic, project))
                class_sum = [class_sum[0] + kuan_sum[0], class_sum[1] + kuan_sum[1]]
                class_lines += [(kuan[0], kuan[1], *kuan_sum)] + item_lines
            grand = [grand[0] + class_sum[0], grand[1] + class_sum[1]]
            lines += [(cls[0], cls[1], *class_sum)] + class_lines
        declared = self.title("一般公共预算支出表（按功能分类）", self.layout["unit"])
        split = rng.random() < 0.4  # as many Shanghai and Jiangsu tables print it: 类 | 款 | 项
        codes, name = ([0, 1, 2], 3) if split else ([0], 1)
        measures = [("合计", "total"), ("基本支出", "basic"), ("项目支出", "project")]
        self.function_declaration = {
            **declared, "kind": "amounts", "unit": self.layout["unit"], "scheme": "function", "flow": "expenditure",
            "blankIsZero": self.kind == "final_account",
            "groups": [{"codes": codes, "name": name, "columns": self.figure_columns(name + 1, measures),
                        "totals": [{"label": "合计", "labelColumn": name}]}]}
        figures = lambda basic, project: f"{self.printed(basic + project)}\t{self.printed(basic)}\t{self.printed(project)}"
        if split:
            self.lines += ["科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出", "类\t款\t项\t\t\t\t",
                           f"\t\t\t合计\t{figures(*grand)}"]
            for code, name, basic, project in lines:
                self.lines.append(f"{code[:3]}\t{code[3:5]}\t{code[5:]}\t{name}\t{figures(basic, project)}")
        else:
            self.lines += ["科目编码\t科目名称\t合计\t基本支出\t项目支出", f"\t合计\t{figures(*grand)}"]
            for code, name, basic, project in lines:
                self.lines.append(f"{code}\t{name}\t{figures(basic, project)}")
        return grand[0], grand[1]

    def economic_table(self, basic: Decimal):
        rng = self.rng
        personnel_share = Decimal(rng.randint(60, 90)) / 100
        personnel = (basic * personnel_share).quantize(Decimal("0.01"))
        groups = {("301", "工资福利支出"): personnel, ("302", "商品和服务支出"): basic - personnel}
        declared = self.title("一般公共预算基本支出表（按经济分类）", self.layout["unit"])
        self.economic_declaration = {
            **declared, "kind": "amounts", "unit": self.layout["unit"], "scheme": "economic", "flow": "expenditure",
            "blankIsZero": self.kind == "final_account",
            "groups": [{"codes": [0], "name": 1, "columns": self.figure_columns(2, [("合计", "total")])}]}
        self.lines.append("科目编码\t科目名称\t合计")
        for (code, name), total in groups.items():
            items = sorted(rng.sample(ECONOMIC[(code, name)], k=3))
            parts = split(rng, total, 3) if total >= Decimal("0.03") else [total, Decimal(0), Decimal(0)]
            self.lines.append(f"{code}\t{name}\t{self.printed(total)}")
            for (item_code, item_name), part in zip(items, parts):
                self.lines.append(f"{item_code}\t{item_name}\t{self.printed(part)}")
        return personnel, basic - personnel

    def printed(self, value: Decimal) -> str:
        return money(value * 10000) if self.layout["unit"] == "元" else money(value)

    def indicator_table(self):
        rng = self.rng
        chosen = [INDICATORS[i] for i in sorted(rng.sample(range(len(INDICATORS)), k=rng.randint(5, len(INDICATORS))))]
        values = {"n": rng.randint(5, 40), "m": rng.randint(41, 60), "k": rng.randint(2, 9)}
        style = rng.choice(["longgang", "futian", "dapeng", "yangquan", "funing"])
        declared = self.title({"longgang": "单位整体支出绩效目标表", "futian": "部门整体支出绩效评价指标评分表",
                    "dapeng": "项目绩效指标预期值及完成情况", "yangquan": "项目支出绩效自评表",
                    "funing": "项目绩效目标表"}[style])
        previous = ("", "")
        rows = []
        canonical = {"level1": {}, "level2": {}}  # each level as this style prints it → the level it was generated as
        for number, (level1, level2, level3, target, actual) in enumerate(chosen, start=1):
            target, actual = target.format(**values), actual.format(**values)
            printed1, printed2 = {"longgang": (level1, level2), "futian": (level1, level2),
                                  "dapeng": (level1 + "指标", "产出" + level2 if level1 == "产出" else level2)}.get(
                style, (level1 + "指标", level2 + "指标"))
            canonical["level1"][printed1], canonical["level2"][printed2] = level1, level2
            shown1 = "" if level1 == previous[0] else level1
            shown2 = "" if (level1, level2) == previous else level2
            previous = (level1, level2)
            if style == "longgang":
                rows.append(f"{shown1}\t{shown2}\t{level3}\t{target}")
            elif style == "futian":
                weight = rng.choice([2, 3, 4, 5])
                rows.append(f"{level1}\t30\t{level2}\t10\t{level3}\t{weight}\t{SCORING[0]}\t{SCORING[1]}\t{weight}.00")
            elif style == "dapeng":
                named2 = "产出" + level2 if level1 == "产出" else level2
                rows.append(f"{shown1 and shown1 + '指标'}\t{shown2 and named2}\t{level3}\t{target}\t{actual}")
            elif style == "yangquan":
                rows.append(f"\t{shown1 and shown1 + '指标'}\t{shown2 and shown2 + '指标'}\t指标{number}\t{level3}\t{target}\t{actual}\t已完成\t")
            else:
                rows.append(f"{shown1 and shown1 + '指标'}\t{shown2 and shown2 + '指标'}\t{level3}\t{level3}情况\t{target}\t工作计划")
        header = {"longgang": ["一级指标\t二级指标\t三级指标\t目标值"],
                  "futian": ["评价指标\t\t\t\t\t\t指标说明\t评分标准\t自评得分", "一级指标\t\t二级指标\t\t三级指标\t\t——\t——\t",
                             "名称\t分值\t名称\t分值\t名称\t分值\t——\t——\t"],
                  "dapeng": ["指标名称\t\t\t预期值\t完成值"],
                  "yangquan": [f"项目名称\t\t{self.entity}业务经费\t\t\t\t\t\t",
                               "\t一级指标\t二级指标\t三级指标\t\t年度指标值\t全年完成值\t未完成原因和改进措施\t自评得分"],
                  "funing": ["一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据"]}[style]
        self.lines += header + rows
        # The row each style's indicators follow, and the column of each role in it.
        after, columns = {
            "longgang": (0, {"level1": 0, "level2": 1, "level3": 2, "target": 3}),
            "futian": (2, {"level1": 0, "level2": 2, "level3": 4, "weight": 5, "score": 8}),
            "dapeng": (0, {"level1": 0, "level2": 1, "level3": 2, "target": 3, "actual": 4}),
            "yangquan": (1, {"level1": 1, "level2": 2, "level3": 4, "target": 5, "actual": 6, "score": 8}),
            "funing": (0, {"level1": 0, "level2": 1, "level3": 2, "target": 4}),
        }[style]
        block = {"after": header[after].split("\t"), "columns": columns}
        if style == "yangquan":
            block["project"] = {"row": 0, "column": 2}
        self.indicator_declaration = {**declared, "kind": "indicators", "blocks": [block], "canonical": canonical}
        return style

    def declarations(self) -> dict:
        """What each printed table's columns are, in document order, as build_truth reads them."""
        tables = [self.function_declaration]
        if self.kind in ("budget", "final_account"):
            tables.append(self.economic_declaration)
        tables.append(self.indicator_declaration)
        return {"report": self.name, "written": "by synthesize.py from the columns it generated",
                "tables": [{"table": index, **table} for index, table in enumerate(tables, start=1)]}

    def source(self) -> str:
        rng = self.rng
        length = rng.choice([6, 10, 16])
        body_start = len(self.lines)
        basic, project = self.function_table(length)
        function_lines = self.lines[body_start:]
        self.lines = self.lines[:body_start]
        personnel_lines_start = len(self.lines)
        personnel, public = self.economic_table(basic)
        economic_lines = self.lines[personnel_lines_start:]
        self.lines = self.lines[:personnel_lines_start]
        self.narrative(basic + project, basic, project, personnel, public)
        self.lines += ["", "第三部分 公开表格", ""]
        if self.kind in ("budget", "final_account"):
            self.lines += function_lines + [""] + economic_lines + [""]
        else:
            self.lines += function_lines + [""]
        self.lines += ["", "第四部分 绩效情况", ""]
        self.indicator_table()
        return "\n".join(self.lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("Corpus/synthetic"))
    parser.add_argument("--truth-only", action="store_true",
                        help="keep the rendered PDFs (their sources must be unchanged); rewrite declarations and truth")
    arguments = parser.parse_args()
    (arguments.out / "source").mkdir(parents=True, exist_ok=True)
    reports = []
    for index in range(arguments.count):
        report = Report(random.Random(arguments.seed * 1_000_003 + index), index)
        source = arguments.out / "source" / f"{report.name}.txt"
        text = report.source()
        if arguments.truth_only:
            if not source.exists() or source.read_text(encoding="utf-8") != text:
                raise SystemExit(f"{source}: not the source this seed generates; render again without --truth-only")
        else:
            source.write_text(text, encoding="utf-8")
        declarations = json.dumps(report.declarations(), ensure_ascii=False, indent=1)
        (arguments.out / "source" / f"{report.name}.columns.json").write_text(declarations + "\n", encoding="utf-8")
        reports.append(report)
    if not arguments.truth_only:
        for start in range(0, len(reports), 25):
            batch = reports[start:start + 25]
            render_seeds.render(arguments.out, {r.name: r.layout for r in batch}, "reports")
    for report in reports:
        build_truth.write(arguments.out, report.name, report.layout, report.identity, report.facts)
    print(f"{len(reports)} synthetic reports in {arguments.out}/reports with truth in {arguments.out}/truth")


if __name__ == "__main__":
    main()
