#!/usr/bin/env python3
"""Writes Sources/BudgetBenchNormalize/Resources/classification-codes.json: the function (功能分类)
and economic (经济分类) codes with their names, from the national class lists below plus every
code and name printed in the reference corpus (Corpus/truth) and the synthetic generator.

A code keeps every name it has carried; a name used only in some years says so with from/to
(fiscal years, inclusive). Run from the repository root: python3 scripts/build-code-catalog.py
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Corpus/generator"))
import synthesize  # noqa: E402

VERSION = "2025.1"

# 政府收支分类科目, 支出功能分类 类 (the renamed ones with the years of each name).
FUNCTION_CLASSES = {
    "201": ["一般公共服务支出"], "202": ["外交支出"], "203": ["国防支出"], "204": ["公共安全支出"], "205": ["教育支出"],
    "206": ["科学技术支出"],
    "207": [("文化体育与传媒支出", None, 2017), ("文化旅游体育与传媒支出", 2018, None)],
    "208": ["社会保障和就业支出"],
    "210": [("医疗卫生与计划生育支出", None, 2017), ("卫生健康支出", 2018, None)],
    "211": ["节能环保支出"], "212": ["城乡社区支出"], "213": ["农林水支出"], "214": ["交通运输支出"],
    "215": [("资源勘探信息等支出", None, 2018), ("资源勘探工业信息等支出", 2019, None)],
    "216": ["商业服务业等支出"], "217": ["金融支出"], "219": ["援助其他地区支出"],
    "220": [("国土海洋气象等支出", None, 2018), ("自然资源海洋气象等支出", 2019, None)],
    "221": ["住房保障支出"], "222": ["粮油物资储备支出"], "224": [("灾害防治及应急管理支出", 2019, None)],
    "227": ["预备费"], "229": ["其他支出"], "230": ["转移性支出"], "231": ["债务还本支出"], "232": ["债务付息支出"],
    "233": ["债务发行费用支出"],
    # Printed as 离退休 by the 2017–2019 reports we hold and as 养老支出 by 2023 ones; the year between is not verified.
    "20805": [("行政事业单位离退休", None, 2019), ("行政事业单位养老支出", 2020, None)],
}

# 部门预算支出经济分类 类 and the 款 these units print.
ECONOMIC = {
    "301": ["工资福利支出"], "302": ["商品和服务支出"], "303": ["对个人和家庭的补助"], "307": ["债务利息及费用支出"],
    "309": ["资本性支出（基本建设）"], "310": ["资本性支出"], "311": ["对企业补助（基本建设）"], "312": ["对企业补助"],
    "313": ["对社会保障基金补助"], "399": ["其他支出"],
    # Renamed in the 2018 reform of the economic classification.
    "30311": [("住房公积金", None, 2017), ("代缴社会保险费", 2018, None)],
    "30101": ["基本工资"], "30102": ["津贴补贴"], "30103": ["奖金"], "30106": ["伙食补助费"], "30107": ["绩效工资"],
    "30108": ["机关事业单位基本养老保险缴费"], "30109": ["职业年金缴费"], "30110": ["职工基本医疗保险缴费"],
    "30111": ["公务员医疗补助缴费"], "30112": ["其他社会保障缴费"], "30113": ["住房公积金"], "30114": ["医疗费"],
    "30199": ["其他工资福利支出"], "30201": ["办公费"], "30202": ["印刷费"], "30203": ["咨询费"], "30204": ["手续费"],
    "30205": ["水费"], "30206": ["电费"], "30207": ["邮电费"], "30208": ["取暖费"], "30209": ["物业管理费"],
    "30211": ["差旅费"], "30212": ["因公出国（境）费用"], "30213": ["维修（护）费"], "30214": ["租赁费"], "30215": ["会议费"],
    "30216": ["培训费"], "30217": ["公务接待费"], "30218": ["专用材料费"], "30224": ["被装购置费"], "30225": ["专用燃料费"],
    "30226": ["劳务费"], "30227": ["委托业务费"], "30228": ["工会经费"], "30229": ["福利费"], "30231": ["公务用车运行维护费"],
    "30239": ["其他交通费用"], "30240": ["税金及附加费用"], "30299": ["其他商品和服务支出"], "30301": ["离休费"],
    "30302": ["退休费"], "30303": ["退职（役）费"], "30304": ["抚恤金"], "30305": ["生活补助"], "30306": ["救济费"],
    "30307": ["医疗费补助"], "30308": ["助学金"], "30309": ["奖励金"], "30399": ["其他对个人和家庭的补助"],
    "31001": ["房屋建筑物购建"], "31002": ["办公设备购置"], "31003": ["专用设备购置"], "31007": ["信息网络及软件购置更新"],
    "31013": ["公务用车购置"], "31099": ["其他资本性支出"],
}


def entry(name):
    if isinstance(name, tuple):
        text, start, end = name
        return {key: value for key, value in (("name", text), ("from", start), ("to", end)) if value is not None}
    return {"name": name}


def add(catalog, code, name):
    names = catalog.setdefault(code, [])
    if all(existing["name"] != name for existing in names):
        names.append({"name": name})


def main():
    function = {code: [entry(name) for name in names] for code, names in FUNCTION_CLASSES.items()}
    economic = {code: [entry(name) for name in names] for code, names in ECONOMIC.items()}
    for (class_code, class_name), kinds in synthesize.FUNCTIONS.items():
        add(function, class_code, class_name)
        for (kind_code, kind_name), items in kinds.items():
            add(function, kind_code, kind_name)
            for item_code, item_name in items:
                add(function, item_code, item_name)
    for (class_code, class_name), kinds in synthesize.ECONOMIC.items():
        add(economic, class_code, class_name)
        for kind_code, kind_name in kinds:
            add(economic, kind_code, kind_name)
    for truth in sorted((ROOT / "Corpus/truth").glob("*.json")):
        for amount in (a for a in json.loads(truth.read_text())["amounts"] if a["code"] != "total"):
            add(function if amount["scheme"] == "function" else economic, amount["code"], amount["name"])
    catalog = {
        "version": VERSION,
        "source": "national class lists (政府收支分类科目) and the codes printed in the reference corpus; scripts/build-code-catalog.py",
        "function": dict(sorted(function.items())),
        "economic": dict(sorted(economic.items())),
    }
    target = ROOT / "Sources/BudgetBenchNormalize/Resources/classification-codes.json"
    target.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(function)} function and {len(economic)} economic codes → {target.relative_to(ROOT)}")


main()
