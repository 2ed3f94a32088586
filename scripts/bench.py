#!/usr/bin/env python3
"""BudgetBench against what users would otherwise use, measured on the same files in the same run.

Run by `make bench` (after a release build). Prints a Markdown table and writes it, with the date,
machine, load and method, to docs/benchmarks.md. Every figure is the median of ROUNDS runs
(default 3); a ratio is taken within each run, then the median of the ratios is reported (the
ratios of every run are shown too, so the noise of a shared machine is visible).
Exits non-zero when a competitor (pdftotext, pdfplumber) cannot be run: no figure is ever faked.

What it measures (issue 14):
1. Per file, one process per file for every tool, on three sets: the reference Corpus
   (Corpus/reports), the first 200 seeded synthetic reports (Corpus/synthetic, made by
   `make corpus-synthetic N=1000 SEED=7` when missing) and the real reports of ../shared/real:
   `budgetbench extract --format json` (the whole model), `budgetbench extract --format text`,
   `pdftotext -layout`, and pdfplumber `extract_tables` in one Python process per file; then,
   separately, pdfplumber over the whole set in one process. Seconds, pages per second, peak RSS.
2. Instruction counts (valgrind --tool=callgrind) of the whole model on three fixed files.
3. One ≥ 500-page report (real reports concatenated by qpdf): default threads vs one core.
4. Table-cell recall against the truth for both tools; ingest speed with 1 and 2 jobs; ingest
   of 1,000 synthetic reports: peak RSS of the parent and of its largest worker.

Environment: ROUNDS (default 3), BENCH_SKIP (comma list of: callgrind, big, ingest, scale).
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
SKIP = set(filter(None, os.environ.get("BENCH_SKIP", "").split(",")))
SYNTHETIC = ROOT / "Corpus/synthetic"
REAL = ROOT.parent / "shared/real"
PYTHON = ROOT / ".venv/bin/python"

# The three files whose instruction counts are tracked from change to change: never change them
# without saying so in docs/benchmarks.md, or the counts stop being comparable.
CALLGRIND_FILES = [
    ROOT / "Corpus/reports/longgang-2023-budget.pdf",
    REAL / "jiangsu/江苏省委办公厅/江苏省委办公厅2017年预算公开表格.pdf",
    REAL / "shanghai/qu_zhengfu_bangongshi_2025_unit_budget.pdf",
]
BIG_PAGES = 500

# Targets of issue 14.
TARGET_MODEL_OVER_TEXT = 2.0      # whole model ≤ 2 × pdftotext -layout
TARGET_PLUMBER_OVER_MODEL = 10.0  # pdfplumber extract_tables ≥ 10 × the whole model's time
TARGET_BIG_FILE = 0.6             # 2-core time ≤ 0.6 × 1-core time
TARGET_INGEST_RSS_MB = 300


def fail(message):
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(1)


def say(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(arguments, stdout=None, ok=(0,)):
    """Runs a command, failing loudly if it fails; returns (seconds, peak RSS in MB).

    The peak is the kernel's ru_maxrss from wait4, which is the larger of the child's own peak
    and that of every descendant it waited for (Linux reports RUSAGE_BOTH to wait4)."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        process = subprocess.Popen(list(map(str, arguments)), stdout=out, stderr=subprocess.PIPE)
        # Reads standard error while waiting, so a chatty child never blocks on a full pipe.
        error = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    finally:
        if stdout:
            out.close()
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    if code not in ok:
        fail(f"{' '.join(map(str, arguments[:4]))} … failed ({code}): {error.decode(errors='replace')[-400:]}")
    return elapsed, usage.ru_maxrss / 1024


def status_kb(pid, field):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return None


def children(pid):
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(child) for child in (task / "children").read_text().split()]
    except (FileNotFoundError, ProcessLookupError):
        pass
    return found


def run_polled(arguments, interval=0.05):
    """Runs a command that starts worker processes; returns (seconds, parent's peak RSS, largest
    worker's peak RSS, workers seen, wait4 peak), the peaks in MB from /proc/PID/status VmHWM
    (a high-water mark, so a late sample still sees an earlier peak)."""
    start = time.perf_counter()
    process = subprocess.Popen(list(map(str, arguments)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent, workers = 0, {}
    while True:
        finished, status, usage = os.wait4(process.pid, os.WNOHANG)
        if finished:
            break
        parent = max(parent, status_kb(process.pid, "VmHWM") or 0)
        for child in children(process.pid):
            workers[child] = max(workers.get(child, 0), status_kb(child, "VmHWM") or 0)
        time.sleep(interval)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        fail(f"{' '.join(map(str, arguments[:4]))} … failed")
    return elapsed, parent / 1024, max(workers.values(), default=0) / 1024, len(workers), usage.ru_maxrss / 1024


def synthetic_reports(count):
    reports = sorted((SYNTHETIC / "reports").glob("*.pdf")) if SYNTHETIC.exists() else []
    if len(reports) < count:
        say(f"generating {count} synthetic reports (seed 7) into {SYNTHETIC} …")
        subprocess.run(["make", "-s", "corpus-synthetic", f"N={count}", "SEED=7"], cwd=ROOT, check=True)
        reports = sorted((SYNTHETIC / "reports").glob("*.pdf"))
    return reports[:count]


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def median(values):
    return statistics.median(values)


# --- table accuracy, scored the same way for both tools -------------------------------------

def truth_of(pdf):
    return json.loads((pdf.parent.parent / "truth" / (pdf.stem + ".json")).read_text())


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


def budgetbench_rows(output):
    rows = {}
    for table in json.loads(output.read_text())["tables"]:
        for row, page in zip(table["body"], table["rowPages"]):
            rows.setdefault(page, []).append(compact(row))
    return rows


def pdfplumber_rows(output):
    return {int(page): [compact(row) for row in rows] for page, rows in json.loads(output.read_text()).items()}


# pdfplumber as a user would run it: extract_tables on every page, the rows written as JSON;
# each page closed after use (pdfplumber's advice for long documents) so its cache does not grow.
PDFPLUMBER = """
import json, sys, pdfplumber
result = {}
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        pages = {}
        for page in pdf.pages:
            pages[page.page_number] = [row for table in page.extract_tables() for row in table]
            page.close()
        result[path] = pages
json.dump(result[sys.argv[1]] if len(sys.argv) == 2 else result, sys.stdout)
"""


# --- 1. one process per file, every tool ---------------------------------------------------

TOOLS = ("model", "text", "pdftotext", "plumber")


def per_file(name, pdfs, folder):
    """Each tool on each file in its own process, the tools interleaved file by file so a burst
    of load from elsewhere falls on all of them; then pdfplumber over the set in one process."""
    say(f"{name}: {len(pdfs)} PDFs, {ROUNDS} runs …")
    out = folder / name
    out.mkdir()
    rounds = []
    peaks = {tool: 0.0 for tool in TOOLS + ("plumber-one",)}
    for _ in range(ROUNDS):
        seconds = {tool: 0.0 for tool in TOOLS}
        for index, pdf in enumerate(pdfs):
            commands = {
                "model": ([BINARY, "extract", "--format", "json", pdf], out / f"{index}.model.json"),
                "text": ([BINARY, "extract", "--format", "text", pdf], None),
                "pdftotext": (["pdftotext", "-layout", pdf, "-"], None),
                "plumber": ([PYTHON, "-c", PDFPLUMBER, pdf], out / f"{index}.plumber.json"),
            }
            for tool, (command, target) in commands.items():
                elapsed, peak = run(command, stdout=target)
                seconds[tool] += elapsed
                peaks[tool] = max(peaks[tool], peak)
        elapsed, peak = run([PYTHON, "-c", PDFPLUMBER, *pdfs])
        seconds["plumber-one"] = elapsed
        peaks["plumber-one"] = max(peaks["plumber-one"], peak)
        rounds.append(seconds)
    return {"name": name, "files": len(pdfs), "pages": sum(page_count(pdf) for pdf in pdfs),
            "rounds": rounds, "peaks": peaks, "outputs": out}


def ratios(result):
    """Per run: whole model / pdftotext, text / pdftotext, pdfplumber per file / whole model,
    pdfplumber in one process / whole model."""
    return {
        "model/pdftotext": [r["model"] / r["pdftotext"] for r in result["rounds"]],
        "text/pdftotext": [r["text"] / r["pdftotext"] for r in result["rounds"]],
        "plumber/model": [r["plumber"] / r["model"] for r in result["rounds"]],
        "plumber-one/model": [r["plumber-one"] / r["model"] for r in result["rounds"]],
    }


def combined(results):
    rounds = [{tool: sum(result["rounds"][index][tool] for result in results) for tool in results[0]["rounds"][0]}
              for index in range(ROUNDS)]
    peaks = {tool: max(result["peaks"][tool] for result in results) for tool in results[0]["peaks"]}
    return {"name": "all", "files": sum(r["files"] for r in results), "pages": sum(r["pages"] for r in results),
            "rounds": rounds, "peaks": peaks}


def table_accuracy(result, pdfs):
    ours, theirs = [0, 0], [0, 0]
    for index, pdf in enumerate(pdfs):
        truth = truth_of(pdf)
        for tally, rows in ((ours, budgetbench_rows(result["outputs"] / f"{index}.model.json")),
                            (theirs, pdfplumber_rows(result["outputs"] / f"{index}.plumber.json"))):
            found, total = score(truth, rows)
            tally[0] += found
            tally[1] += total
    return ours[0] / ours[1], theirs[0] / theirs[1], ours[1]


# --- 2. instruction counts -------------------------------------------------------------------

# valgrind 3.19 (Debian 12) cannot run a Swift async main as it is: libdispatch parks the main
# thread in sigsuspend() with a mask in read-only memory, and valgrind's rt_sigsuspend wrapper
# writes into that mask and dies (SIGSEGV inside valgrind, "the 'impossible' happened"). This
# preloaded shim hands the kernel a copy of the mask instead; nothing else changes.
SIGSUSPEND_SHIM = r"""
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>
int sigsuspend(const sigset_t *mask) {
    sigset_t copy = *mask;
    return (int)syscall(SYS_rt_sigsuspend, &copy, _NSIG / 8);
}
"""


def callgrind_binary(folder):
    """A copy of the binary without DWARF (valgrind 3.19 cannot read Swift's DWARF 5 and gives
    up; the symbol table stays, so functions keep their names), beside links to its resource
    bundles, and the sigsuspend shim. Returns (binary, shim) or raises with the reason."""
    where = folder / "callgrind-bin"
    where.mkdir()
    binary = where / BINARY.name
    subprocess.run(["objcopy", "--strip-debug", BINARY, binary], check=True, capture_output=True)
    for bundle in BINARY.parent.glob("*.resources"):
        (where / bundle.name).symlink_to(bundle)
    (where / "shim.c").write_text(SIGSUSPEND_SHIM)
    shim = where / "sigsuspend-copy.so"
    subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-o", shim, where / "shim.c"], check=True, capture_output=True)
    return binary, shim


def callgrind(folder):
    """Total instructions (Ir) of `extract --format json` of each fixed file under callgrind
    (which runs one thread at a time; --fair-sched=yes hands the lock round fairly)."""
    if shutil.which("valgrind") is None:
        return None, "valgrind is not installed"
    try:
        binary, shim = callgrind_binary(folder)
    except (subprocess.CalledProcessError, FileNotFoundError) as error:
        return None, f"could not prepare the binary for valgrind (objcopy, cc): {error}"
    counts = []
    for index, pdf in enumerate(CALLGRIND_FILES):
        if not pdf.exists():
            counts.append((pdf, None, "file missing", None, {}))
            continue
        say(f"callgrind {pdf.name} …")
        profile = folder / f"callgrind-{index}.out"
        command = ["valgrind", "--tool=callgrind", "--fair-sched=yes", f"--callgrind-out-file={profile}",
                   binary, "extract", "--format", "json", pdf]
        process = subprocess.run(list(map(str, command)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 env=dict(os.environ, LD_PRELOAD=str(shim)))
        totals = re.findall(r"^(?:totals|summary):\s+(\d+)", profile.read_text(), re.MULTILINE) if profile.exists() else []
        if process.returncode != 0 or not totals:
            counts.append((pdf, None, f"callgrind failed ({process.returncode}): " + process.stderr.decode(errors="replace")[-300:].strip(), None, {}))
        else:
            counts.append((pdf, int(totals[-1]), str(profile), *breakdown(profile)))
    return counts, None


# Building a Swift Regex at run time: parsing its source (Regex.init(_regexString:version:), what a
# regex literal evaluated inside a function does on every call) and compiling it to a program on
# its first match (Regex.Program.loweredProgram). Issue 14 asks for regexes built once.
REGEX_BUILDING = ("$s17_StringProcessing5RegexV06_regexA07versionACyxGSS_SitcfC",
                  "$s17_StringProcessing5RegexV7ProgramC07loweredD0AA9MEProgramVvg")


def breakdown(profile):
    """(share of instructions spent building regexes, {library: share of own instructions})."""
    if shutil.which("callgrind_annotate") is None:
        return None, {}
    def listing(inclusive):
        return subprocess.run(["callgrind_annotate", "--threshold=100", f"--inclusive={inclusive}", str(profile)],
                              capture_output=True, text=True).stdout.splitlines()
    regex = 0.0
    for line in listing("yes"):
        match = re.match(r"^\s*[\d,]+\s+\(\s*([\d.]+)%\)\s+\S*?:(\S+)\s+\[", line)
        if match and match.group(2) in REGEX_BUILDING:
            regex += float(match.group(1))
    libraries = {}
    for line in listing("no"):
        match = re.match(r"^\s*[\d,]+\s+\(\s*([\d.]+)%\)\s+.*\[(.*)\]$", line)
        if match and "PROGRAM TOTALS" not in line:
            name = Path(match.group(2)).name
            name = "budgetbench" if name == BINARY.name else re.sub(r"\.so[.\d]*$", "", name)
            libraries[name] = libraries.get(name, 0.0) + float(match.group(1))
    return regex, dict(sorted(libraries.items(), key=lambda item: -item[1]))


def demangled(symbol):
    if symbol.startswith("$s") and shutil.which("swift-demangle"):
        return subprocess.run(["swift-demangle", "-simplified", "-compact", symbol], capture_output=True, text=True).stdout.strip()
    return symbol


def top_functions(profile, count, inclusive):
    """callgrind_annotate's top functions: by their own instructions (every library), or
    inclusive of what they call (BudgetBench's own functions only, so the stages show)."""
    if shutil.which("callgrind_annotate") is None:
        return []
    listing = subprocess.run(["callgrind_annotate", "--threshold=100", f"--inclusive={'yes' if inclusive else 'no'}", str(profile)],
                             capture_output=True, text=True).stdout
    rows, seen = [], set()
    for line in listing.splitlines():
        match = re.match(r"^\s*[\d,]+\s+\(\s*([\d.]+)%\)\s+(.*?):(\S.*?)(?:\s+\[(.*)\])?$", line)
        if not match or "PROGRAM TOTALS" in line:
            continue
        library = Path(match.group(4) or "").name
        if inclusive and library != BINARY.name:
            continue
        function = demangled(match.group(3))
        function = re.sub(r"^(specialized |partial apply for |protocol witness for )+", "", function)
        if function in seen or (inclusive and re.search(r"ParsableCommand|CommandParser|\bmain\b", function)):
            continue
        seen.add(function)
        rows.append((float(match.group(1)), function[:140] + ("" if inclusive or not library else f" ({library})")))
        if len(rows) == count:
            break
    return rows


# --- 3. one big file: default threads vs one core ------------------------------------------

def big_file(folder, real):
    """Concatenates real reports (repeated as needed) into one ≥ BIG_PAGES-page PDF with qpdf and
    times `extract --format json` of it with the default threads and pinned to one core."""
    if shutil.which("qpdf") is None:
        return None, "qpdf is not installed (apt-get install qpdf)"
    if not real:
        return None, "no real reports to concatenate"
    chosen, pages = [], 0
    while pages < BIG_PAGES:
        for pdf in real:
            chosen.append(pdf)
            pages += page_count(pdf)
            if pages >= BIG_PAGES:
                break
    big = folder / "big.pdf"
    # qpdf exits 3 for warnings (e.g. damaged xref it repaired); the output is still written.
    run(["qpdf", "--empty", "--pages", *chosen, "--", big], ok=(0, 3))
    pages = page_count(big)
    say(f"big file: {pages} pages from {len(chosen)} reports, {ROUNDS} runs …")
    default, single, ratio, peaks = [], [], [], [0.0, 0.0]
    for round_number in range(ROUNDS):
        times = {}
        # Alternates which goes first, so neither always runs on a warmer or quieter machine.
        order = ("default", "single") if round_number % 2 == 0 else ("single", "default")
        for mode in order:
            prefix = ["taskset", "-c", "0"] if mode == "single" else []
            times[mode], peak = run([*prefix, BINARY, "extract", "--format", "json", big])
            peaks[mode == "single"] = max(peaks[mode == "single"], peak)
        default.append(times["default"])
        single.append(times["single"])
        ratio.append(times["default"] / times["single"])
    return {"pages": pages, "reports": len(chosen), "default": default, "single": single, "ratio": ratio,
            "peaks": peaks}, None


# --- 4. ingest --------------------------------------------------------------------------------

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
    """Ingest of every report in one `ingest` (jobs = cores): peak RSS of the parent and of its
    largest worker, seconds per document over the first and the last hundred (from the stored
    ingest times), and the workbook built from that database."""
    rows = []
    for round_number in range(ROUNDS):
        database = folder / f"scale-{round_number}.sqlite"
        elapsed, parent, worker, workers, both = run_polled([BINARY, "ingest", "--quiet", "--db", database, *pdfs])
        times = ingested_times(database)
        workbook = run([BINARY, "compare", "--db", database, "--xlsx", folder / "benchmark.xlsx", "--format", "csv"])[0]
        rows.append(dict(seconds=elapsed, parent=parent, worker=worker, workers=workers, both=both,
                         first=(times[99] - times[0]) / 99, last=(times[-1] - times[-100]) / 99, workbook=workbook))
    return {key: median([row[key] for row in rows]) for key in rows[0]}


# --- the report -------------------------------------------------------------------------------

def machine():
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0")
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return f"{os.cpu_count()} cores ({model}), {int(memory) / 1024 / 1024:.1f} GiB memory, {platform.system()} {platform.release()}"


def load():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def runs(values, digits=2):
    return ", ".join(f"{value:.{digits}f}" for value in values)


def verdict(value, target, at_most=True):
    met = value <= target if at_most else value >= target
    return "met" if met else "**missed**"


def main():
    if not BINARY.exists():
        fail(f"{BINARY} is not built (make build)")
    if shutil.which("pdftotext") is None:
        fail("pdftotext is not installed (poppler-utils): cannot compare")
    if subprocess.run([PYTHON, "-c", "import pdfplumber"], capture_output=True).returncode != 0:
        fail(f"pdfplumber is not importable by {PYTHON}: cannot compare")
    corpus = sorted((ROOT / "Corpus/reports").glob("*.pdf"))
    two_hundred = synthetic_reports(200)
    real = sorted(REAL.rglob("*.pdf")) if REAL.exists() else []
    load_before = load()
    started = time.perf_counter()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        sets = [per_file("Corpus", corpus, folder), per_file("synthetic", two_hundred, folder)]
        if real:
            sets.append(per_file("real", real, folder))
        everything = combined(sets)
        say("table accuracy …")
        accuracy = {"Corpus": table_accuracy(sets[0], corpus), "synthetic": table_accuracy(sets[1], two_hundred)}
        counts, counts_error = callgrind(folder) if "callgrind" not in SKIP else (None, "skipped (BENCH_SKIP)")
        hot = []
        if counts and counts[0][1] is not None:
            hot = (top_functions(Path(counts[0][2]), 15, inclusive=True), top_functions(Path(counts[0][2]), 12, inclusive=False))
        big, big_error = big_file(folder, real) if "big" not in SKIP else (None, "skipped (BENCH_SKIP)")
        ingest = None
        if "ingest" not in SKIP:
            say("ingest 200 …")
            ingest = ingest_speed(two_hundred, folder)
        flat = None
        if "scale" not in SKIP:
            say("ingest 1,000 …")
            # Looked for only now: the 1,000 take long to render, and the steps before need 200.
            flat = scale(synthetic_reports(1000), folder)
    minutes = (time.perf_counter() - started) / 60
    load_after = load()

    lines = ["| set | files / pages | whole model `extract --format json` | `extract --format text` | `pdftotext -layout` | pdfplumber `extract_tables`, a process per file | pdfplumber, one process |",
             "|---|---|---|---|---|---|---|"]
    for result in sets + [everything]:
        seconds = {tool: median([r[tool] for r in result["rounds"]]) for tool in result["rounds"][0]}
        cells = [f"{seconds[tool]:.1f} s, {result['pages'] / seconds[tool]:.0f} pages/s, {result['peaks'][tool]:.0f} MB"
                 for tool in ("model", "text", "pdftotext", "plumber", "plumber-one")]
        lines.append(f"| {result['name']} | {result['files']} / {result['pages']} | " + " | ".join(cells) + " |")
    times_table = "\n".join(lines)

    lines = ["| set | whole model / pdftotext (target ≤ 2) | text / pdftotext | pdfplumber per file / whole model (target ≥ 10) | pdfplumber one process / whole model |",
             "|---|---|---|---|---|"]
    for result in sets + [everything]:
        r = ratios(result)
        lines.append(f"| {result['name']} | **{median(r['model/pdftotext']):.2f}** ({runs(r['model/pdftotext'])}) {verdict(median(r['model/pdftotext']), TARGET_MODEL_OVER_TEXT)} "
                     f"| {median(r['text/pdftotext']):.2f} ({runs(r['text/pdftotext'])}) "
                     f"| **{median(r['plumber/model']):.2f}** ({runs(r['plumber/model'])}) {verdict(median(r['plumber/model']), TARGET_PLUMBER_OVER_MODEL, at_most=False)} "
                     f"| {median(r['plumber-one/model']):.2f} ({runs(r['plumber-one/model'])}) |")
    ratio_table = "\n".join(lines)

    lines = ["| what | BudgetBench | other | result |", "|---|---|---|---|"]
    for name, (ours, theirs, cells) in accuracy.items():
        lines.append(f"| table cells, {name} ({cells} truth cells) | {ours:.1%} | pdfplumber `extract_tables` {theirs:.1%} | |")
    if counts:
        for pdf, instructions, note, regex, libraries in counts:
            label = pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else Path("../shared/real") / pdf.relative_to(REAL)
            where = ""
            if instructions and libraries:
                where = (f"{regex:.1f} % building regexes; own instructions: "
                         + ", ".join(f"{name} {share:.0f} %" for name, share in list(libraries.items())[:5]))
            lines.append(f"| instructions, `extract --format json {label}` ({page_count(pdf) if pdf.exists() else '?'} pages) | "
                         + (f"**{instructions:,} Ir**" if instructions else f"not measured: {note}") + f" | callgrind | {where} |")
    else:
        lines.append(f"| instructions (callgrind) | not measured: {counts_error} | | |")
    if big:
        lines.append(f"| one {big['pages']}-page file ({big['reports']} real reports joined by qpdf), `extract --format json` | "
                     f"default threads {median(big['default']):.1f} s ({big['pages'] / median(big['default']):.0f} pages/s, {big['peaks'][0]:.0f} MB) | "
                     f"`taskset -c 0` (1 core) {median(big['single']):.1f} s ({big['peaks'][1]:.0f} MB) | "
                     f"2-core / 1-core **{median(big['ratio']):.2f}** ({runs(big['ratio'])}) (target ≤ {TARGET_BIG_FILE}) {verdict(median(big['ratio']), TARGET_BIG_FILE)} |")
    else:
        lines.append(f"| one ≥ {BIG_PAGES}-page file | not measured: {big_error} | | |")
    if ingest:
        lines.append(f"| ingest 200 synthetic reports | 1 job {ingest[0]:.1f} docs/s, 2 jobs {ingest[1]:.1f} docs/s | | "
                     f"speed-up **{ingest[2]:.2f}×** (2-job time = {1 / ingest[2]:.2f} × 1-job) |")
    if flat:
        lines.append(f"| ingest 1,000 synthetic reports ({flat['seconds']:.0f} s) | parent peak RSS **{flat['parent']:.0f} MB**, largest worker **{flat['worker']:.0f} MB** "
                     f"(of {flat['workers']:.0f} workers; kernel's max over all {flat['both']:.0f} MB; target < {TARGET_INGEST_RSS_MB}) | | "
                     f"{flat['first'] * 1000:.0f} ms/doc over the first hundred, {flat['last'] * 1000:.0f} ms/doc over the last |")
        lines.append(f"| workbook from 1,000 reports | `compare --xlsx` {flat['workbook']:.2f} s | | |")
    other_table = "\n".join(lines)

    hot_table = ""
    if hot:
        hot_table = ("Where the instructions go in `extract --format json` of the first file (callgrind; share of "
                     "all the process's instructions): BudgetBench's functions with what they call, and the "
                     "functions with the most instructions of their own:\n\n"
                     "| with callees | BudgetBench function | own | function (library) |\n|---|---|---|---|\n"
                     + "\n".join(f"| {a[0]:.1f} % | `{a[1]}` | " + (f"{b[0]:.1f} % | `{b[1]}` |" if b else " | |")
                                  for a, b in zip(hot[0], hot[1] + [None] * len(hot[0]))) + "\n")

    table = f"{times_table}\n\n{ratio_table}\n\n{other_table}\n"
    print(table)
    if hot_table:
        print(hot_table)
    document = f"""# Benchmarks

Measured by `make bench` (`scripts/bench.py`) on {datetime.date.today().isoformat()}, {machine()};
load average {load_before} before and {load_after} after ({minutes:.0f} minutes; the machine is
shared, so compare ratios and instruction counts, not seconds, between runs).
Command: `make bench` (release build; ROUNDS={ROUNDS}; each figure the median of {ROUNDS} runs, each
ratio taken within a run, the ratios of every run in brackets).

Seconds, pages per second and the largest peak RSS of any one process (one process per file,
except the last column):

{times_table}

Time ratios, per run:

{ratio_table}

{other_table}

{hot_table}
Targets (issue 14): whole model ≤ {TARGET_MODEL_OVER_TEXT:g}× `pdftotext -layout`; pdfplumber
`extract_tables` ≥ {TARGET_PLUMBER_OVER_MODEL:g}× the whole model's time at the same or better table accuracy;
one big file on 2 cores ≤ {TARGET_BIG_FILE}× its 1-core time; `ingest` of 1,000 synthetic reports with flat memory.

How it is measured:
- Sets: the reference Corpus (`Corpus/reports`), the first 200 of the seeded synthetic set
  (`make corpus-synthetic N=1000 SEED=7`) and, when present beside the repository, the real
  reports of `../shared/real`; `all` sums the three, run by run.
- One process per file for every tool, the tools interleaved file by file: `budgetbench extract
  --format json FILE` (the whole model: words, rulings, sections, tables, amounts, indicators,
  facts; a file of 16 pages or more is read by several threads), `budgetbench extract --format
  text FILE`, `pdftotext -layout FILE -`, and a Python process (`.venv`) running pdfplumber
  `extract_tables` on every page of FILE and writing the rows as JSON. Outputs go to a file or
  /dev/null. Then, separately, pdfplumber over the whole set in one Python process. Peak RSS is
  the kernel's `ru_maxrss` of each process (from `wait4`).
- Table cells: for every body row of the truth (`Corpus/truth`, `Corpus/synthetic/truth`), the
  cells found in order (longest common subsequence, whitespace removed) in the best-matching row
  either tool extracted on the same page (from the timed runs' outputs), over all truth body
  cells. Only recall is scored: neither tool is penalised for extra rows. (BudgetBench's own
  tests, `TableAccuracyTests` and `RealTruthTests`, are stricter; the real reports' truth is
  amounts, not cells, so it is not scored here.)
- Instructions: `valgrind --tool=callgrind --fair-sched=yes budgetbench extract --format json
  FILE`, total Ir of the whole process (start-up included), on a copy of the binary without DWARF
  (valgrind 3.19 cannot read Swift's DWARF 5) with a preloaded `sigsuspend` that passes a copy
  of its mask (valgrind 3.19 otherwise dies on libdispatch's read-only mask when the async main
  parks the main thread), on three fixed files (the Corpus's
  Longgang budget, one Jiangsu and one Shanghai real report). Nearly deterministic, so a change's
  effect can be judged here where seconds are noisy.
- Big file: real reports repeated in name order and joined by `qpdf --empty --pages … --` until
  ≥ {BIG_PAGES} pages; `extract --format json` of it with the default threads (the cores the
  process may use) against the same pinned by `taskset -c 0` (one core; `activeProcessorCount` ignores the
  affinity mask, so its threads take turns on that core), the order alternating from run to run.
- Ingest: fresh database each run, `--jobs 1` then `--jobs 2` (each job a worker process).
- 1,000 reports: one `ingest` into a fresh database (jobs = cores); the parent's and every
  worker's peak RSS from `/proc/PID/status` VmHWM polled every 50 ms (the kernel's `wait4`
  figure is the larger of the two); the per-document times from the stored `ingested_at` stamps.
"""
    (ROOT / "docs/benchmarks.md").write_text(document)
    say("written to docs/benchmarks.md")


if __name__ == "__main__":
    main()
