#!/usr/bin/env python3
"""Writes Sources/BudgetBenchNormalize/Resources/classification-codes.json: the function (功能分类)
and economic (经济分类) codes with their names, from the national class lists below, the codes and
names printed in the reference corpus (Corpus/truth) and every code and name printed on the pages
of the real reports of ../shared/real (read with pdftotext -layout by printed_codes.py; never from
BudgetBench's output).

A code keeps every name it has carried, each with its sources: the national list (document and
edition year) and the reports that print it (path, fiscal year, pages). A name used only in some
years says so with from/to (fiscal years, inclusive): the national list's years where it gives
them, else, where the reports print different names for a code in years that do not overlap (a
rename), the first and last year of the reports printing each. Names printed in the same years
as another name of their code (a report's own list, 上海市普陀区社会福利院 2024) are kept without
years. Needs pdftotext (poppler-utils) and the real reports (default ../shared/real). Run from
the repository root: python3 scripts/build-code-catalog.py [real-reports-folder]
"""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Corpus/generator"))
sys.path.insert(0, str(ROOT / "scripts"))
import synthesize  # noqa: E402
from printed_codes import printed_codes, scheme  # noqa: E402

VERSION = "2025.2"
REAL = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/real"
FUNCTION_LIST = "政府收支分类科目（财政部）·支出功能分类"
# The 2018 reform (支出经济分类科目改革方案, 财预〔2017〕98号) renumbered the 部门预算 economic list.
ECONOMIC_LIST = "政府收支分类科目（财政部）·部门预算支出经济分类"
ECONOMIC_REFORM = 2018
PRE_REFORM_ECONOMIC_LIST = "政府收支分类科目（财政部）·支出经济分类"

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
    # 项 the synthetic generator prints that no report here does.
    "2010602": ["一般行政管理事务"], "2101103": ["公务员医疗补助"],
}

# 部门预算支出经济分类 类 and the 款 these units print, as listed from the 2018 reform on.
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


def lenient(name):
    """A name without spaces and punctuation and without a trailing 支出, as CodeCatalog compares."""
    text = "".join(character for character in name if not character.isspace() and character not in "（）()、“”\"·,，")
    return text[:-2] if text.endswith("支出") else text


def national(names, list_name, default_year=None):
    """The class list's entries with their national source: the edition a dated name belongs to."""
    entries = []
    for name in names:
        text, start, end = name if isinstance(name, tuple) else (name, None, None)
        year = end if end is not None else start if start is not None else default_year
        source = {"list": list_name, **({"year": year} if year is not None else {})}
        entries.append({key: value for key, value in (("name", text), ("from", start), ("to", end)) if value is not None}
                       | {"source": [{"national": source}]})
    return entries


def national_economic(names):
    """The pre-reform name of a renamed code is the 2017 支出经济分类's; every other one the 2018 list's."""
    return [entry for name in names for entry in (
        national([name], PRE_REFORM_ECONOMIC_LIST) if isinstance(name, tuple) and name[2] is not None
        else national([name], ECONOMIC_LIST, ECONOMIC_REFORM))]


def add(catalog, code, name, source=None):
    """The name among its code's names (leniently the same name is one name), with one more source."""
    names = catalog.setdefault(code, [])
    entry = next((existing for existing in names if lenient(existing["name"]) == lenient(name)), None)
    if entry is None:
        entry = {"name": name, "source": []}
        names.append(entry)
    if source is None:
        return
    kind, fields = next(iter(source.items()))
    same = next((known for known in entry["source"] if kind in known and known[kind]["path"] == fields["path"]), None)
    if same is None:
        entry["source"].append(source)
    else:
        same[kind]["pages"] = sorted(set(same[kind]["pages"]) | set(fields["pages"]))


def report_year(pdf):
    match = re.search(r"(20\d\d)", pdf.name)
    if match is None:
        first_page = subprocess.run(["pdftotext", "-l", "2", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        match = re.search(r"(20\d\d)\s*年", first_page)
    return int(match.group(1))


def years(entry):
    """The fiscal years a name is attested in: the reports printing it and its national edition."""
    return {fields["year"] for source in entry["source"] for fields in source.values() if "year" in fields}


def spellings(one, other):
    """Two printings of one name: one character replaced, added or left out (房屋建筑物构建 / 购建)."""
    one, other = lenient(one), lenient(other)
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other)) <= 1
    short, long = sorted((one, other), key=len)
    return len(long) == len(short) + 1 and any(long[:index] + long[index + 1:] == short for index in range(len(long)))


def date_renames(catalog):
    """Years from the reports for the names of a code printed in separate years (a rename, not a
    misprint): each name without the national list's years gets the first and last year it is
    attested in."""
    for names in catalog.values():
        attested = sorted((entry for entry in names if years(entry)), key=lambda entry: min(years(entry)))
        if len(attested) < 2 or any(max(years(one)) >= min(years(following)) or spellings(one["name"], following["name"])
                                    for one, following in zip(attested, attested[1:])):
            continue
        for entry in attested:
            if "from" not in entry and "to" not in entry:
                entry["from"], entry["to"] = min(years(entry)), max(years(entry))


def ordered(entry):
    return {key: entry[key] for key in ("name", "from", "to", "source") if key in entry}


def main():
    function = {code: national(names, FUNCTION_LIST) for code, names in FUNCTION_CLASSES.items()}
    economic = {code: national_economic(names) for code, names in ECONOMIC.items()}
    catalogs = {"function": function, "economic": economic}
    for truth in sorted((ROOT / "Corpus/truth").glob("*.json")):
        report = json.loads(truth.read_text())
        for amount in (a for a in report["amounts"] if a["code"] != "total"):
            add(catalogs[amount["scheme"]], amount["code"], amount["name"],
                {"corpus": {"path": "Corpus/" + report["file"], "year": report["identity"]["year"], "pages": [amount["page"]]}})
    reports = sorted(REAL.rglob("*.pdf"))
    if not reports:
        sys.exit(f"no real reports in {REAL}: the catalog would lose their codes and sources")
    for pdf in reports:
        path, year = str(pdf.relative_to(REAL)), report_year(pdf)
        for code, name, page in printed_codes(pdf):
            add(catalogs[scheme(code)], code, name, {"real": {"path": path, "year": year, "pages": [page]}})
    # The synthetic generator's names are the national lists' and the corpus's: it adds no source.
    for (class_code, class_name), kinds in synthesize.FUNCTIONS.items():
        for code, name in [(class_code, class_name), *((kind, kind_name) for kind, kind_name in kinds),
                           *(item for items in kinds.values() for item in items)]:
            add(function, code, name)
    for (class_code, class_name), kinds in synthesize.ECONOMIC.items():
        for code, name in [(class_code, class_name), *kinds]:
            add(economic, code, name)
    for scheme_catalog in catalogs.values():
        date_renames(scheme_catalog)
    unsourced = [f"{code} {entry['name']}" for scheme_catalog in catalogs.values()
                 for code, names in scheme_catalog.items() for entry in names if not entry["source"]]
    if unsourced:
        sys.exit("names without a source (not in a national list nor printed by a report): " + ", ".join(unsourced))
    catalog = {
        "version": VERSION,
        "source": "national class lists (政府收支分类科目), the codes printed in the reference corpus and in the real reports"
                  " of shared/real; every name lists its sources; scripts/build-code-catalog.py",
        "function": {code: [ordered(entry) for entry in names] for code, names in sorted(function.items())},
        "economic": {code: [ordered(entry) for entry in names] for code, names in sorted(economic.items())},
    }
    target = ROOT / "Sources/BudgetBenchNormalize/Resources/classification-codes.json"
    target.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(function)} function and {len(economic)} economic codes → {target.relative_to(ROOT)}")


main()
