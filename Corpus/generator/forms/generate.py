#!/usr/bin/env python3
"""Renders the second family of test documents: performance forms (绩效目标表, 绩效自评表,
绩效评价 scoring tables) by several routes real publishers use, each PDF with its truth JSON.

Routes: writer (python-docx → LibreOffice Writer → PDF), calc (openpyxl → LibreOffice Calc → PDF,
print ranges, merged cells, repeated title rows), html (WeasyPrint), and the check route
reportlab (ReportLab platypus tables). The truth is the
generator's own data; only the page each indicator lands on is read back from the PDF (by
pdfplumber, never by BudgetBench). See ../../forms/README.md.

Usage: generate.py --out ../../forms [--seed 2026]   (needs soffice, the .venv of scripts/setup.sh)
"""

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import pdfplumber

import render_calc
import render_html
import render_reportlab
import render_writer
from content import CHECK_WORDING, Content, Form, tune_wording
from layout import Grid, Options, lay_out
from style import Page, Style, text_width

FONTS = ["Noto Sans CJK SC", "Noto Serif CJK SC"]
TUNE_ROUTES = ["writer", "calc", "html"]
CHECK_ROUTE = "reportlab"
# Documents per route: tune routes, then the check set (its route, and tune routes with the check wording).
PLAN = [(route, "tune", 12) for route in TUNE_ROUTES] + [(route, "check", 2) for route in TUNE_ROUTES] + \
       [(CHECK_ROUTE, "check", 8)]


@dataclass
class Document:
    name: str
    route: str
    subset: str
    seed: int
    wording: dict
    style: Style
    options: Options
    printed: list[tuple[Form, Page]]
    grids: list[tuple[Page, Grid]]


def choose_forms(content: Content, rng: random.Random) -> list[Form]:
    kind = rng.choice(["targets", "targets", "self-evaluation", "self-evaluation", "scoring"])
    placeholders = rng.random() < 0.5
    if kind == "targets":
        return [content.targets_form(rng.choice([1, 2, 2]), rng.random() < 0.5, rng.random() < 0.4, placeholders)
                for _ in range(rng.choice([1, 1, 2]))]
    if kind == "self-evaluation":
        return [content.self_evaluation_form(rng.choice([1, 2, 2]), placeholders)
                for _ in range(rng.choice([1, 2, 2]))]
    forms = [content.scoring_form(rng.random() < 0.3)]
    if rng.random() < 0.5:
        forms.append(content.self_evaluation_form(1, placeholders))
    return forms


def page_of(form: Form, content: Content, rng: random.Random) -> Page:
    subtitle = rng.choice([f"（{form.year}年度）", f"填报日期：{form.year + 1}年{rng.randint(1, 4)}月{rng.randint(1, 28)}日"])
    filler = rng.choice([f"填报单位（盖章）：{form.unit}", f"单位名称：{form.unit}", f"部门（单位）：{form.department}"])
    unit_line = "单位：万元" if form.kind != "scoring" and rng.random() < 0.4 else None
    title = form.title if rng.random() < 0.6 else f"{form.project}{'绩效评价评分表' if form.kind == 'scoring' else form.title[6:]}"
    return Page(title, subtitle, filler, unit_line)


def page_lines(pdf: Path) -> list[list[str]]:
    """Each page's text lines (pdfplumber), without white space."""
    with pdfplumber.open(str(pdf)) as document:
        return [["".join(line.split()) for line in (page.extract_text() or "").splitlines()]
                for page in document.pages]


def wrapped_in(lines: list[str], name: str) -> bool:
    """Whether the name is printed on these lines, whole or wrapped inside its cell: then its
    pieces are on consecutive lines (lines of neighbouring cells may lie between them)."""
    if any(name in line for line in lines):
        return True
    for first in range(len(lines)):
        rest, index, skipped = name, first, 0
        while rest and index < len(lines) and skipped <= 3:
            piece = next((rest[:k] for k in range(len(rest), 0, -1) if rest[:k] in lines[index]), "")
            if index == first and len(piece) < 2:
                break
            if piece:
                rest, skipped = rest[len(piece):], 0
            else:
                skipped += 1
            index += 1
        if not rest:
            return True
    return False


def locate(pages: list[list[str]], name: str, start: int) -> int:
    """The first page from `start` (0-based) that prints the name."""
    compact = "".join(name.split())
    for i in range(start, len(pages)):
        if wrapped_in(pages[i], compact):
            return i
    raise ValueError(f"{name} not found on any page from {start + 1}")


def truth_of(d: Document, texts: list[list[str]]) -> dict:
    options = d.options
    out_forms = []
    page = 0
    for form, printed in d.printed:
        first = locate(texts, printed.title, page)
        page = first
        indicators, others = [], []
        for r in form.indicators:
            record = {"level1": r.level1, "level1Weight": r.level1Weight, "level2": r.level2,
                      "level2Weight": r.level2Weight, "level3": r.level3, "target": r.target}
            if r.placeholder:
                # A placeholder's name (无) is on every page: it lies between its neighbours.
                record["page"] = page + 1
                others.append(record)
                continue
            page = locate(texts, r.level3, page)
            record |= {"level1Printed": r.level1 if form.kind == "scoring" else
                       f"{r.level1}（{r.level1Weight}分）" if options.weightInLevel1 and r.level1Weight else r.level1,
                       "level2Printed": r.level2 if form.kind == "scoring" else
                       f"{r.level2}（{r.level2Weight}分）" if options.weightInLevel2 and r.level2Weight else r.level2,
                       "actual": r.actual, "weight": r.weight, "score": r.score, "deviationReason": r.reason,
                       "page": page + 1}
            indicators.append(record)
        last = locate(texts, form.totalScore, page) if form.totalScore else page
        out_forms.append({
            "kind": form.kind, "title": printed.title, "pages": [first + 1, last + 1],
            "project": {"name": form.project, "code": form.code, "amount": f"{form.amount}", "amountUnit": "万元"},
            "department": form.department, "unit": form.unit,
            "budget": None if not form.budget else {
                "initial": f"{form.budget.initial}", "adjusted": f"{form.budget.adjusted}",
                "executed": f"{form.budget.executed}", "weight": form.budget.weight, "rate": form.budget.rate,
                "score": form.budget.score},
            "total": None if not form.totalScore else {"label": form.totalLabel, "weight": form.totalWeight,
                                                       "score": form.totalScore, "page": last + 1},
            "grade": None if not form.grade else {"label": form.gradeLabel, "grade": form.grade, "page": last + 1},
            "indicators": indicators, "nonIndicators": others,
        })
    return {"document": d.name, "route": d.route, "set": d.subset, "seed": d.seed, "pageCount": len(texts),
            "wording": d.wording, "style": asdict(d.style),
            "options": {k: v for k, v in asdict(options).items() if k not in ("wording", "textWidth")},
            "forms": out_forms}


def soffice(sources: list[Path], out: Path, profile: Path):
    """One LibreOffice run with a private profile, so other LibreOffice users of the machine do not clash."""
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, sources)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--limit", type=int, help="at most this many documents per plan line, for trying changes")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="forms-"))
    profile = work / "profile"
    documents = []
    for route, subset, count in PLAN:
        for index in range(1, count + 1):
            seed = args.seed * 1000 + sum(c for _, _, c in PLAN[:PLAN.index((route, subset, count))]) + index
            rng = random.Random(seed)
            wording = CHECK_WORDING.copy() if subset == "check" and route != CHECK_ROUTE else tune_wording(rng)
            if route == CHECK_ROUTE and rng.random() < 0.5:
                wording = CHECK_WORDING.copy()
            content = Content(rng, rng.choice([2023, 2024, 2025]))
            forms = choose_forms(content, rng)
            style = Style(rules=rng.choice(["grid", "grid", "horizontal", "none"]), font=rng.choice(FONTS),
                          size=rng.choice([9, 10, 10.5]), landscape=False, repeatHeader=rng.random() < 0.5,
                          formPerPage=rng.random() < 0.6)
            style.landscape = forms[0].kind == "scoring" or rng.random() < 0.25
            options = Options(wording, weightInLevel1=rng.random() < 0.5, weightInLevel2=rng.random() < 0.25,
                              narrowLevel1=rng.random() < 0.5, explanation=rng.random() < 0.4,
                              twoRowScoringHeader=rng.random() < 0.5, textWidth=text_width(style))
            name = f"{route}-{index:02d}-{forms[0].kind}"
            printed = [(form, page_of(form, content, rng)) for form in forms]
            grids = [(page, lay_out(form, options)[0]) for form, page in printed]
            if args.limit and index > args.limit:
                continue
            documents.append(Document(name, route, subset, seed, wording, style, options, printed, grids))
    for subset in ("tune", "check"):
        (args.out / subset).mkdir(parents=True, exist_ok=True)
    converted: dict[str, list[Path]] = {}  # sources for LibreOffice, per subset
    html_documents = [d for d in documents if d.route == "html"]
    fonts = render_html.subset_fonts({d.style.font for d in html_documents},
                                     "".join(render_html.characters(d.grids) for d in html_documents), work)
    drawn = [d for d in documents if d.route == CHECK_ROUTE]
    truetype = render_reportlab.register_fonts({d.style.font for d in drawn},
                                               "".join(render_reportlab.characters(d.grids) for d in drawn), work)
    for subset in ("tune", "check"):
        (work / subset).mkdir()
    for d in documents:
        pdf = args.out / d.subset / f"{d.name}.pdf"
        sources = work / d.subset  # the two sets use the same document names
        if d.route == "html":
            render_html.render(d.grids, d.style, pdf, sources, fonts[d.style.font])
        elif d.route == CHECK_ROUTE:
            render_reportlab.render(d.grids, d.style, pdf, truetype[d.style.font])
        elif d.route == "writer":
            converted.setdefault(d.subset, []).append(render_writer.write(d.grids, d.style, pdf, sources))
        else:
            converted.setdefault(d.subset, []).append(render_calc.write(d.grids, d.style, pdf, sources))
    for subset, sources in converted.items():
        soffice(sources, args.out / subset, profile)
    for d in documents:
        pdf = args.out / d.subset / f"{d.name}.pdf"
        try:
            truth = truth_of(d, page_lines(pdf))
        except ValueError as error:
            raise SystemExit(f"{d.subset}/{d.name}: {error}")
        (args.out / d.subset / f"{d.name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
        print(f"{d.subset}/{d.name}: {truth['pageCount']} pages, "
              f"{sum(len(f['indicators']) for f in truth['forms'])} indicators")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
