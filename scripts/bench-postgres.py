#!/usr/bin/env python3
"""Ingest throughput on SQLite and PostgreSQL, written to docs/benchmarks-postgres.md.

Runs under scripts/with-postgres.sh (make bench-postgres), which starts the server and sets
BUDGETBENCH_TEST_POSTGRES. The corpus is Corpus/synthetic (make corpus-synthetic N=200) when it
holds enough reports, else COUNT distinct copies of the committed sample (each with a PDF comment
of its own after %%EOF, so every copy has its own bytes and is stored, not skipped as a duplicate).

Measured, each on a fresh database: `ingest --jobs 1` and `--jobs 2` into SQLite and PostgreSQL,
and distributed ingest: `enqueue`, then one `work --jobs 1` process or two of them at once.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(count, folder):
    synthetic = sorted((ROOT / "Corpus/synthetic/reports").glob("*.pdf"))
    if len(synthetic) >= count:
        return synthetic[:count], f"Corpus/synthetic ({count} of {len(synthetic)} reports)"
    samples = sorted((ROOT / "Corpus/synthetic-sample/reports").glob("*.pdf"))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = []
    for index in range(count):
        sample = samples[index % len(samples)]
        target = folder / f"{index:03d}-{sample.name}"
        target.write_bytes(sample.read_bytes() + f"\n% copy {index}\n".encode())
        files.append(target)
    return files, f"{count} distinct copies of the {len(samples)} sample reports (Corpus/synthetic-sample)"


def psql(url, sql):
    subprocess.run(["psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, stdout=subprocess.DEVNULL)


def new_postgres(server):
    name = "bench_" + uuid.uuid4().hex[:12]
    psql(server, f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + "/" + name


def timed(commands):
    """Runs the commands at once; seconds until the last one ends."""
    start = time.monotonic()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for command in commands]
    for process, command in zip(processes, commands):
        _, error = process.communicate()
        if process.returncode != 0:
            sys.exit(f"{' '.join(command)} failed: {error.decode()[-2000:]}")
    return time.monotonic() - start


def stored(binary, database):
    listing = subprocess.run([binary, "list", "--db", database], check=True, capture_output=True, text=True).stdout
    return int(listing.strip().splitlines()[-1].split()[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/budgetbench"))
    parser.add_argument("--out", default=str(ROOT / "docs/benchmarks-postgres.md"))
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement; the fastest is kept")
    arguments = parser.parse_args()
    server = os.environ.get("BUDGETBENCH_TEST_POSTGRES")
    if not server:
        sys.exit("run under scripts/with-postgres.sh (make bench-postgres)")
    binary = arguments.binary
    scratch = ROOT / "Output/bench-postgres"
    files, described = corpus(arguments.count, scratch / "corpus")
    paths = [str(path) for path in files]
    rows = []
    load_before = os.getloadavg()[0]

    def best(run):
        """The fastest of --repeat runs, each on a fresh database: (seconds, database)."""
        return min((run() for _ in range(arguments.repeat)), key=lambda result: result[0])

    def record(backend, mode, seconds, database):
        count = stored(binary, database)
        if count != len(paths):
            sys.exit(f"{backend} {mode}: {count} documents stored, expected {len(paths)}")
        rows.append((backend, mode, seconds, count / seconds))
        print(f"{backend:10} {mode:34} {seconds:7.1f} s {count / seconds:6.2f} docs/s", flush=True)

    def sqlite_ingest(jobs):
        database = str(scratch / f"jobs{jobs}.sqlite")
        for suffix in ("", "-wal", "-shm"):
            Path(database + suffix).unlink(missing_ok=True)
        return timed([[binary, "ingest", *paths, "--db", database, "--jobs", str(jobs), "--quiet"]]), database

    def postgres_ingest(jobs):
        database = new_postgres(server)
        return timed([[binary, "ingest", *paths, "--db", database, "--jobs", str(jobs), "--quiet"]]), database

    def postgres_work(workers):
        database = new_postgres(server)
        subprocess.run([binary, "enqueue", *paths, "--db", database], check=True, stdout=subprocess.DEVNULL)
        return timed([[binary, "work", "--db", database, "--jobs", "1", "--quiet"]] * workers), database

    for jobs in (1, 2):
        record("SQLite", f"ingest --jobs {jobs}", *best(lambda: sqlite_ingest(jobs)))
    for jobs in (1, 2):
        record("PostgreSQL", f"ingest --jobs {jobs}", *best(lambda: postgres_ingest(jobs)))
    for workers in (1, 2):
        record("PostgreSQL", f"enqueue + {workers} × work --jobs 1", *best(lambda: postgres_work(workers)))
    load_after = os.getloadavg()[0]

    def rate(backend, mode):
        return next(r[3] for r in rows if r[0] == backend and r[1] == mode)

    ratios = [
        ("SQLite ingest, 2 jobs / 1 job", rate("SQLite", "ingest --jobs 2") / rate("SQLite", "ingest --jobs 1")),
        ("PostgreSQL ingest, 2 jobs / 1 job", rate("PostgreSQL", "ingest --jobs 2") / rate("PostgreSQL", "ingest --jobs 1")),
        ("PostgreSQL work, 2 workers / 1 worker",
         rate("PostgreSQL", "enqueue + 2 × work --jobs 1") / rate("PostgreSQL", "enqueue + 1 × work --jobs 1")),
        ("PostgreSQL / SQLite, ingest --jobs 1", rate("PostgreSQL", "ingest --jobs 1") / rate("SQLite", "ingest --jobs 1")),
        ("PostgreSQL / SQLite, ingest --jobs 2", rate("PostgreSQL", "ingest --jobs 2") / rate("SQLite", "ingest --jobs 2")),
    ]
    cores = os.cpu_count()
    lines = [
        "# Ingest on SQLite and PostgreSQL",
        "",
        f"Written by `make bench-postgres` (scripts/bench-postgres.py) on {time.strftime('%Y-%m-%d')}, {cores} cores, "
        f"PostgreSQL on loopback from scripts/with-postgres.sh (durable settings: fsync on). Corpus: {described}. "
        f"Each run starts on an empty database; seconds are wall-clock for the whole command (the work "
        f"processes: until the last exits), the fastest of {arguments.repeat} runs. Load average (1 min) "
        f"{load_before:.1f} before and {load_after:.1f} after: other work on the machine shares its cores, "
        "so the 2-job figures in particular are lower bounds of what two free cores give.",
        "",
        "| database | run | seconds | documents/s |",
        "|---|---|---:|---:|",
        *[f"| {backend} | `{mode}` | {seconds:.1f} | {docs:.2f} |" for backend, mode, seconds, docs in rows],
        "",
        "| ratio | value |",
        "|---|---:|",
        *[f"| {name} | {value:.2f} |" for name, value in ratios],
        "",
    ]
    Path(arguments.out).write_text("\n".join(lines))
    print(f"wrote {arguments.out}")


if __name__ == "__main__":
    main()
