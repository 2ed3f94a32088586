#!/usr/bin/env python3
"""Kills `budgetbench ingest` with SIGKILL at random times and checks that nothing is lost.

A folder holds the good reports (Corpus/reports, Corpus/synthetic-sample/reports), the bad
inputs (Corpus/bad), the PDFs that once crashed or misled the reader (Tests/Fixtures: a 1e10 pt
MediaBox, a NUL-padded file), a FIFO named x.pdf and a link out of the folder. A clean ingest
of it is the reference. Then ingest runs again and again into a second database, every other
run with --force (so kills land in replacements too), and the parent is sent SIGKILL at a
random moment, --kills times. After every kill each stored document must have exactly the
reference's rows (sections, tables, amounts, indicators, facts, findings), and the workers of
the killed parent must be gone within 3 s. A last run without a kill must leave the database
equal to the reference. Prints the figures; exits 1 on any loss. Standard library only.

  python3 scripts/ingest-chaos.py [--kills 20] [--seed 5] [--binary .build/debug/budgetbench]
"""
import argparse
import os
import pathlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TABLES = ["sections", "tables", "amounts", "indicators", "facts", "findings"]


def build_folder(folder: pathlib.Path) -> None:
    for source in ["Corpus/reports", "Corpus/synthetic-sample/reports", "Corpus/bad"]:
        for pdf in sorted((ROOT / source).glob("*.pdf")):
            shutil.copy(pdf, folder / f"{pathlib.Path(source).name}-{pdf.name}")
    for fixture in ["huge-mediabox.pdf", "nul-padded.pdf"]:
        shutil.copy(ROOT / "Tests/Fixtures" / fixture, folder / fixture)
    os.mkfifo(folder / "x.pdf")
    outside = folder.parent / "outside.pdf"
    shutil.copy(ROOT / "Corpus/synthetic-sample/reports/synthetic-0001-performance-targets.pdf", outside)
    os.symlink(outside, folder / "link-out.pdf")


def contents(database: pathlib.Path) -> tuple:
    """({path: [row counts]}, {failed paths}) of a database; empty when it does not exist yet."""
    if not database.exists():
        return {}, set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as db:
        counts = ", ".join(f"(SELECT COUNT(*) FROM {t} x WHERE x.document_id = d.id)" for t in TABLES)
        documents = {row[0]: list(row[1:]) for row in db.execute(f"SELECT d.path, {counts} FROM documents d")}
        failed = {row[0] for row in db.execute("SELECT path FROM errors")}
    return documents, failed


def children(pid: int) -> list:
    """Processes whose parent is `pid` (the ingest's workers), from /proc."""
    found = []
    for entry in pathlib.Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return not (pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z")
    except OSError:
        return False


def ingest(binary: str, folder: pathlib.Path, database: pathlib.Path, force: bool) -> subprocess.Popen:
    arguments = [binary, "ingest", str(folder), "--db", str(database), "--jobs", "2", "--quiet"] + (["--force"] if force else [])
    return subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--binary", default=str(ROOT / ".build/debug/budgetbench"))
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    work = pathlib.Path(tempfile.mkdtemp(prefix="budgetbench-chaos-"))
    try:
        folder = work / "reports"
        folder.mkdir()
        build_folder(folder)
        reference_db = work / "reference.sqlite"
        start = time.monotonic()
        clean = subprocess.run([arguments.binary, "ingest", str(folder), "--db", str(reference_db), "--jobs", "2", "--quiet"],
                               capture_output=True, timeout=900)
        duration = time.monotonic() - start
        reference, reference_failed = contents(reference_db)
        files = len(list(folder.iterdir()))
        print(f"clean ingest: exit {clean.returncode}, {len(reference)} documents stored, {len(reference_failed)} files in errors, "
              f"1 link skipped, of {files} paths, in {duration:.1f} s", flush=True)
        if clean.returncode != 0 or len(reference) + len(reference_failed) + 1 != files:
            print("the clean ingest did not account for every path", file=sys.stderr)
            return 1

        database = work / "chaos.sqlite"
        kills = runs = completed = broken = orphans = 0
        while kills < arguments.kills:
            force = runs % 2 == 1
            runs += 1
            process = ingest(arguments.binary, folder, database, force)
            # Within the first half of a whole batch's time, so most kills land mid-batch; a run
            # that ends first (a resumed batch with little left) is counted, not waited for.
            try:
                process.wait(timeout=rng.uniform(0.2, duration / 2))
                completed += 1
                continue
            except subprocess.TimeoutExpired:
                pass
            workers = children(process.pid)
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            deadline = time.monotonic() + 3
            while any(alive(w) for w in workers) and time.monotonic() < deadline:
                time.sleep(0.1)
            orphans += sum(alive(w) for w in workers)
            stored, _ = contents(database)
            partial = [path for path, counts in stored.items() if counts != reference.get(path)]
            broken += len(partial)
            print(f"kill {kills:2} ({'--force' if force else 'resume '}) after {len(stored):2} documents: "
                  f"{len(partial)} not whole, {len(workers)} workers, {sum(alive(w) for w in workers)} alive 3 s later", flush=True)
        final = subprocess.run([arguments.binary, "ingest", str(folder), "--db", str(database), "--jobs", "2", "--quiet"],
                               capture_output=True, timeout=900)
        stored, failed = contents(database)
        equal = stored == reference and failed == reference_failed
        print(f"{kills} SIGKILLs over {runs} runs ({completed} finished before their kill); documents not whole after a kill: {broken}; "
              f"workers outliving their parent: {orphans}")
        print(f"final run: exit {final.returncode}; {len(stored)} documents, {len(failed)} errors; "
              f"{'equal to' if equal else 'DIFFERENT from'} the clean ingest")
        return 0 if equal and broken == 0 and orphans == 0 and final.returncode == 0 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
