#!/usr/bin/env python3
"""BudgetBench against what users would otherwise use, measured on the same files in the same run.

Run by `make bench` (after a release build). Prints a Markdown table and writes it, with the date,
machine and command, to docs/benchmarks.md. Every figure is the median of ROUNDS runs (default 3);
a ratio is taken within each round, pair by pair, then the median of the ratios is reported.
Exits non-zero when a competitor (pdftotext, pdfplumber) cannot be run: no figure is ever faked.

Sets: the reference Corpus (5 reports) and the seeded synthetic set (Corpus/synthetic, made by
`make corpus-synthetic N=1000 SEED=7` if it holds fewer than 1,000 reports): its first 200 reports
for text, tables and ingest speed, all 1,000 for memory, flatness and the workbook.
"""

import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / ".build/release/budgetbench"
ROUNDS = int(os.environ.get("ROUNDS", "3"))
SYNTHETIC = ROOT / "Corpus/synthetic"
PYTHON = ROOT / ".venv/bin/python"


def fail(message):
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(1)


def run(arguments, **options):
    """Runs a command, failing loudly if it fails; returns (seconds, peak RSS in MB of the child)."""
    start = time.perf_counter()
    process = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **options)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        fail(f"{' '.join(map(str, arguments[:3]))} … failed: {process.stderr.read().decode()[-400:]}")
    return elapsed, usage.ru_maxrss / 1024


def synthetic_reports(count):
    reports = sorted((SYNTHETIC / "reports").glob("*.pdf")) if SYNTHETIC.exists() else []
    if len(reports) < count:
        print(f"bench: generating {count} synthetic reports (seed 7) into {SYNTHETIC} …", file=sys.stderr)
        subprocess.run(["make", "-s", "corpus-synthetic", f"N={count}", "SEED=7"], cwd=ROOT, check=True)
        reports = sorted((SYNTHETIC / "reports").glob("*.pdf"))
    return reports[:count]


def truth_of(pdf):
    return json.loads((pdf.parent.parent / "truth" / (pdf.stem + ".json")).read_text())


# --- table accuracy, scored the same way for both tools -------------------------------------

def compact(row):
    return [re.sub(r"\s+", "", cell or "") for cell in row if re.sub(r"\s+", "", cell or "")]


def common_in_order(truth, found):
    """Length of the longest common subsequence of two cell lists."""
    previous = [0] * (len(found) + 1)
    for cell in truth:
        current = [0]
        for index, other in enumerate(found):
            current.append(previous[index] + 1 if cell == other else max(previous[index + 1], current[index]))
        previous = current
    return previous[-1]


def score(truth, rows_by_page):
    """Truth body cells found, in order, in the best-matching extracted row of the same page."""
    found = total = 0
    for table in truth["tables"]:
        for row, page in zip(table["body"], table["rowPages"]):
            cells = compact(row)
            total += len(cells)
            candidates = rows_by_page.get(page, [])
            if cells in candidates:
                found += len(cells)
            elif candidates:
                found += max(common_in_order(cells, candidate) for candidate in candidates)
    return found, total


def budgetbench_rows(pdf):
    output = subprocess.run([BINARY, "extract", "--format", "json", pdf], capture_output=True, check=True).stdout
    rows = {}
    for table in json.loads(output)["tables"]:
        for row, page in zip(table["body"], table["rowPages"]):
            rows.setdefault(page, []).append(compact(row))
    return rows


PDFPLUMBER = """
import json, sys, pdfplumber
result = {}
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        result[path] = {page.page_number: [row for table in page.extract_tables() for row in table] for page in pdf.pages}
json.dump(result, sys.stdout)
"""


def pdfplumber_rows(pdfs):
    output = subprocess.run([PYTHON, "-c", PDFPLUMBER, *map(str, pdfs)], capture_output=True, check=True).stdout
    return {path: {int(page): [compact(row) for row in rows] for page, rows in pages.items()}
            for path, pages in json.loads(output).items()}


def table_accuracy(pdfs):
    ours = [0, 0]
    theirs = [0, 0]
    plumbed = pdfplumber_rows(pdfs)
    for pdf in pdfs:
        truth = truth_of(pdf)
        for tally, rows in ((ours, budgetbench_rows(pdf)), (theirs, plumbed[str(pdf)])):
            found, total = score(truth, rows)
            tally[0] += found
            tally[1] += total
    return ours[0] / ours[1], theirs[0] / theirs[1], ours[1]


# --- the measurements ------------------------------------------------------------------------

def median(values):
    return statistics.median(values)


def text_ratio(pdfs):
    ratios, ours, theirs = [], [], []
    for _ in range(ROUNDS):
        mine = sum(run([BINARY, "extract", "--format", "text", pdf])[0] for pdf in pdfs)
        other = sum(run(["pdftotext", "-layout", pdf, "-"])[0] for pdf in pdfs)
        ours.append(mine)
        theirs.append(other)
        ratios.append(mine / other)
    return median(ours), median(theirs), median(ratios)


def table_time_ratio(pdfs):
    ratios, ours, theirs = [], [], []
    for _ in range(ROUNDS):
        mine = sum(run([BINARY, "extract", "--format", "json", pdf])[0] for pdf in pdfs)
        other = run([PYTHON, "-c", PDFPLUMBER, *map(str, pdfs)])[0]
        ours.append(mine)
        theirs.append(other)
        ratios.append(mine / other)
    return median(ours), median(theirs), median(ratios)


def ingest_speed(pdfs, folder):
    one, two, speedups = [], [], []
    for round_number in range(ROUNDS):
        times = {}
        for jobs in (1, 2):
            database = folder / f"ingest-{round_number}-{jobs}.sqlite"
            times[jobs] = run([BINARY, "ingest", "--quiet", "--jobs", str(jobs), "--db", database, *pdfs])[0]
        one.append(len(pdfs) / times[1])
        two.append(len(pdfs) / times[2])
        speedups.append(times[1] / times[2])
    return median(one), median(two), median(speedups)


def ingested_times(database):
    import sqlite3
    with sqlite3.connect(database) as connection:
        stamps = [datetime.datetime.fromisoformat(row[0].replace("Z", "+00:00"))
                  for row in connection.execute("SELECT ingested_at FROM documents ORDER BY ingested_at")]
    return [(stamp - stamps[0]).total_seconds() for stamp in stamps]


def scale(pdfs, folder):
    """Peak RSS of ingesting every report in one process, seconds per document over the first and
    the last hundred (from the stored ingest times), and the workbook built from that database."""
    peaks, firsts, lasts, workbooks = [], [], [], []
    for round_number in range(ROUNDS):
        database = folder / f"scale-{round_number}.sqlite"
        _, peak = run([BINARY, "ingest", "--quiet", "--db", database, *pdfs])
        peaks.append(peak)
        times = ingested_times(database)
        firsts.append((times[99] - times[0]) / 99)
        lasts.append((times[-1] - times[-100]) / 99)
        workbooks.append(run([BINARY, "compare", "--db", database, "--xlsx", folder / "benchmark.xlsx", "--format", "csv"])[0])
    return median(peaks), median(firsts), median(lasts), median(workbooks)


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def machine():
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0")
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} cores ({model}), {int(memory) / 1024 / 1024:.1f} GiB memory, {platform.system()} {platform.release()}"


def main():
    if not BINARY.exists():
        fail(f"{BINARY} is not built (make build)")
    if shutil.which("pdftotext") is None:
        fail("pdftotext is not installed (poppler-utils): cannot compare")
    if subprocess.run([PYTHON, "-c", "import pdfplumber"], capture_output=True).returncode != 0:
        fail(f"pdfplumber is not importable by {PYTHON}: cannot compare")
    corpus = sorted((ROOT / "Corpus/reports").glob("*.pdf"))
    thousand = synthetic_reports(1000)
    two_hundred = thousand[:200]
    real = sorted((ROOT.parent / "shared/real").rglob("*.pdf")) if (ROOT.parent / "shared/real").exists() else []

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        print("bench: text …", file=sys.stderr)
        text = text_ratio(corpus + two_hundred + real)
        print("bench: table accuracy …", file=sys.stderr)
        corpus_accuracy = table_accuracy(corpus)
        synthetic_accuracy = table_accuracy(two_hundred)
        print("bench: table time …", file=sys.stderr)
        tables = table_time_ratio(corpus + two_hundred)
        print("bench: ingest …", file=sys.stderr)
        ingest = ingest_speed(two_hundred, folder)
        print("bench: 1,000 reports …", file=sys.stderr)
        peak, first, last, workbook = scale(thousand, folder)

    text_pages = sum(page_count(pdf) for pdf in corpus + two_hundred + real)
    table_pages = sum(page_count(pdf) for pdf in corpus + two_hundred)
    lines = [
        "| what | BudgetBench | other | result |",
        "|---|---|---|---|",
        f"| text, {len(corpus) + 200 + len(real)} PDFs / {text_pages} pages | `extract --format text` {text[0]:.1f} s | `pdftotext -layout` {text[1]:.1f} s | time ratio **{text[2]:.2f}** (target ≤ 1.5) |",
        f"| table cells, Corpus ({corpus_accuracy[2]} truth cells) | {corpus_accuracy[0]:.1%} | pdfplumber `extract_tables` {corpus_accuracy[1]:.1%} | |",
        f"| table cells, 200 synthetic ({synthetic_accuracy[2]} truth cells) | {synthetic_accuracy[0]:.1%} | pdfplumber {synthetic_accuracy[1]:.1%} | |",
        f"| table time, {len(corpus) + 200} PDFs / {table_pages} pages | `extract --format json` {tables[0]:.1f} s (whole model) | pdfplumber {tables[1]:.1f} s | time ratio **{tables[2]:.2f}** |",
        f"| ingest 200 synthetic reports | 1 job {ingest[0]:.1f} docs/s, 2 jobs {ingest[1]:.1f} docs/s | | speed-up **{ingest[2]:.2f}×** (2-job time = {1 / ingest[2]:.2f} × 1-job, target ≤ 0.6) |",
        f"| ingest 1,000 synthetic reports | peak RSS **{peak:.0f} MB** (target < 300) | | {first * 1000:.0f} ms/doc over the first hundred, {last * 1000:.0f} ms/doc over the last |",
        f"| workbook from 1,000 reports | `compare --xlsx` {workbook:.2f} s | | |",
    ]
    table = "\n".join(lines)
    print(table)
    document = f"""# Benchmarks

Measured by `make bench` (`scripts/bench.py`) on {datetime.date.today().isoformat()}, {machine()}.
Command: `make bench` (release build; ROUNDS={ROUNDS}; each figure the median of {ROUNDS} runs, each
ratio taken within a run, pair by pair).

{table}

How it is measured:
- Text: one process per PDF for both tools, output discarded; the Corpus, 200 synthetic reports
  and, when present beside the repository, the 29 real reports of `../shared/real`.
- Table cells: for every body row of the truth (`Corpus/truth`, `Corpus/synthetic/truth`), the
  cells found in order (longest common subsequence, whitespace removed) in the best-matching row
  either tool extracted on the same page, over all truth body cells. Only recall is scored:
  neither tool is penalised for extra rows. (BudgetBench's own test, `TableAccuracyTests`, is
  stricter: the right row and column of the right table.)
- Table time: BudgetBench runs the whole pipeline (`extract --format json`: words, rulings,
  sections, tables, amounts, indicators) in one process per PDF; pdfplumber runs
  `extract_tables` on every page of every PDF in one Python process.
- Ingest: fresh database each run, `--jobs 1` then `--jobs 2`.
- 1,000 reports: one `ingest` process into a fresh database (jobs = cores); peak RSS from the
  kernel's rusage; the per-document times from the stored `ingested_at` stamps (milliseconds).
"""
    (ROOT / "docs/benchmarks.md").write_text(document)
    print(f"bench: written to docs/benchmarks.md", file=sys.stderr)


if __name__ == "__main__":
    main()
