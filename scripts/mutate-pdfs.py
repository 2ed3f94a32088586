#!/usr/bin/env python3
"""Makes damaged PDFs from the Corpus and checks that `budgetbench extract` survives each.

Every mutant is made from a Corpus/reports or Corpus/synthetic-sample PDF by one or two seeded
mutations (truncation, byte flips in the xref table or in a stream, a deleted object, an extreme
MediaBox, a huge /Count, removed /ToUnicode maps, garbage after %%EOF; encrypted copies when
qpdf is installed). Each is then read with `budgetbench extract FILE --format json` under a
timeout and classified:

  crash       killed by a signal
  hang        still running at the timeout
  misleading  exit != 0 without exactly one `budgetbench: error: FILE...` line, exit 0 without
              a JSON document on stdout, or any stderr line that does not name the file
  ok          read (exit 0), or rejected with one line naming the file

Prints the counts and every non-ok file; exits 1 if any mutant is not ok. Standard library only.

  python3 scripts/mutate-pdfs.py                        # 320 mutants into Output/mutants
  python3 scripts/mutate-pdfs.py --count 60 --small     # the short run of `make test`
"""
import argparse
import collections
import concurrent.futures
import json
import os
import pathlib
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "Corpus/reports").glob("*.pdf")) + sorted((ROOT / "Corpus/synthetic-sample/reports").glob("*.pdf"))
# The synthetic reports have 2-3 pages and read in well under a second in a debug build.
SMALL_SOURCES = sorted((ROOT / "Corpus/synthetic-sample/reports").glob("*.pdf"))
EXTREME_BOXES = [b"0 0 0 0", b"-595 -842 0 0", b"0 0 -595 -842", b"0 0 10000000000 10000000000",
                 b"0 0 99999999999999999999 842", b"0 0 14400 14400", b"0 0 1e308 1e308", b"0 0 595 0"]
EXTREME_COUNTS = [b"0", b"-1", b"2147483647", b"4294967296", b"999999999999", b"100000"]


def flip(data: bytearray, start: int, end: int, rng: random.Random, flips: int) -> None:
    """Replaces `flips` random bytes in data[start:end] with random values."""
    if end <= start:
        return
    for _ in range(flips):
        data[rng.randrange(start, end)] = rng.randrange(256)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def truncate_keep_eof(data: bytes, rng: random.Random) -> bytes:
    """Cut in the middle but ending in %%EOF, so the cheap truncation check passes and poppler must cope."""
    return data[: rng.randrange(16, len(data))] + b"\n%%EOF\n"


def flip_xref(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    start = data.rfind(b"xref")
    start = start if start >= 0 else max(0, len(data) - 2048)
    flip(out, start, len(data), rng, rng.randint(1, 12))
    return bytes(out)


def stream_spans(data: bytes) -> list:
    return [(m.end(), data.find(b"endstream", m.end())) for m in re.finditer(rb"stream\r?\n", data)
            if data.find(b"endstream", m.end()) > m.end()]


def flip_stream(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    spans = stream_spans(data)
    if not spans:
        return flip_anywhere(data, rng)
    for _ in range(rng.randint(1, 3)):
        start, end = rng.choice(spans)
        flip(out, start, end, rng, rng.randint(1, 20))
    return bytes(out)


def flip_anywhere(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    flip(out, 0, len(data), rng, rng.randint(1, 50))
    return bytes(out)


def delete_object(data: bytes, rng: random.Random) -> bytes:
    """Removes one `N 0 obj ... endobj`: cut out (offsets after it break) or blanked (they hold)."""
    objects = [(m.start(), data.find(b"endobj", m.end()) + len(b"endobj")) for m in re.finditer(rb"\d+ 0 obj", data)]
    objects = [(start, end) for start, end in objects if end > start]
    if not objects:
        return truncate(data, rng)
    start, end = rng.choice(objects)
    return data[:start] + data[end:] if rng.random() < 0.5 else data[:start] + b" " * (end - start) + data[end:]


def extreme_mediabox(data: bytes, rng: random.Random) -> bytes:
    box = rng.choice(EXTREME_BOXES)
    boxes = list(re.finditer(rb"/MediaBox\s*\[[^\]]*\]", data))
    if not boxes:
        return data
    chosen = boxes if rng.random() < 0.5 else [rng.choice(boxes)]
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        data = data[: match.start()] + b"/MediaBox[" + box + b"]" + data[match.end():]
    return data


def huge_count(data: bytes, rng: random.Random) -> bytes:
    count = rng.choice(EXTREME_COUNTS)
    return re.sub(rb"/Count\s+\d+", b"/Count " + count, data)


def remove_tounicode(data: bytes, rng: random.Random) -> bytes:
    """Blanks every /ToUnicode reference (same length, so offsets hold): text without a Unicode map."""
    return re.sub(rb"/ToUnicode\s*\d+\s+\d+\s+R", lambda m: b" " * len(m.group(0)), data)


def append_garbage(data: bytes, rng: random.Random) -> bytes:
    size = rng.choice([1, 100, 1000, 5000, 100_000])
    if rng.random() < 0.3:
        return data + b"\0" * size
    return data + bytes(rng.randrange(256) for _ in range(size))


MUTATIONS = {
    "truncate": truncate,
    "truncate-keep-eof": truncate_keep_eof,
    "flip-xref": flip_xref,
    "flip-stream": flip_stream,
    "flip-anywhere": flip_anywhere,
    "delete-object": delete_object,
    "extreme-mediabox": extreme_mediabox,
    "huge-count": huge_count,
    "remove-tounicode": remove_tounicode,
    "append-garbage": append_garbage,
}


def encrypt(source: pathlib.Path, target: pathlib.Path, rng: random.Random) -> str:
    """An encrypted copy by qpdf: AES-256 or RC4-40, with an empty or a secret user password."""
    user = rng.choice(["", "secret"])
    bits = rng.choice(["256", "40"])
    # qpdf 11 writes RC4 only when told that weak crypto is meant.
    weak = ["--allow-weak-crypto"] if bits == "40" else []
    subprocess.run(["qpdf", "--warning-exit-0"] + weak + ["--encrypt", user, "owner", bits, "--", str(source), str(target)],
                   check=True, capture_output=True)
    return f"encrypt-{bits}-{'empty' if not user else 'password'}"


def make_mutants(folder: pathlib.Path, count: int, rng: random.Random, sources: list) -> list:
    """Writes `count` mutants into `folder`; returns (path, description) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    originals = {source: source.read_bytes() for source in sources}
    names = list(MUTATIONS)
    has_qpdf = shutil.which("qpdf") is not None
    made = []
    for index in range(count):
        source = sources[index % len(sources)]
        target = folder / f"{index:04d}-{source.stem[:24]}.pdf"
        if has_qpdf and index % 16 == 15:
            kind = encrypt(source, target, rng)
            if rng.random() < 0.5:
                # Damage the encrypted copy too: poppler must fail cleanly inside the decryption.
                second = rng.choice(["truncate-keep-eof", "flip-stream", "flip-xref"])
                target.write_bytes(MUTATIONS[second](target.read_bytes(), rng))
                kind += "+" + second
        else:
            chosen = [names[index % len(names)]] + ([rng.choice(names)] if rng.random() < 0.3 else [])
            data = originals[source]
            for name in chosen:
                data = MUTATIONS[name](data, rng)
            target.write_bytes(data)
            kind = "+".join(chosen)
        made.append((target, f"{kind} of {source.name}"))
    return made


def classify(binary: str, path: pathlib.Path, timeout: float) -> tuple:
    """(class, detail) of one `extract --format json` run."""
    environment = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    process = subprocess.Popen([binary, "extract", str(path), "--format", "json"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=environment, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return "hang", f"still running after {timeout:g} s"
    lines = stderr.decode("utf-8", "replace").splitlines()
    if process.returncode < 0:
        return "crash", f"signal {-process.returncode}: {next((l for l in lines if 'Fatal error' in l), lines[-1] if lines else '')[:200]}"
    stray = [line for line in lines if str(path) not in line]
    if stray:
        return "misleading", f"exit {process.returncode}, {len(stray)} stderr line(s) not naming the file, e.g. {stray[0][:160]!r}"
    if process.returncode != 0:
        errors = [line for line in lines if line.startswith(f"budgetbench: error: {path}")]
        if len(errors) != 1:
            return "misleading", f"exit {process.returncode} with {len(errors)} error lines naming the file"
        return "ok", errors[0][len("budgetbench: error: "):][:160]
    try:
        json.loads(stdout)
    except ValueError:
        return "misleading", "exit 0 but stdout is not a JSON document"
    return "ok", "read" + (f" with {len(lines)} warning(s)" if lines else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=320, help="mutants to make (default 320)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", default=str(ROOT / "Output/mutants"), help="folder for the mutants (emptied first)")
    parser.add_argument("--binary", default=str(ROOT / ".build/debug/budgetbench"))
    parser.add_argument("--timeout", type=float, default=60, help="seconds per file before it counts as a hang")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--small", action="store_true", help="mutate only the short synthetic reports (fast)")
    parser.add_argument("--keep", action="store_true", help="keep the mutants that are ok too")
    arguments = parser.parse_args()
    if not os.access(arguments.binary, os.X_OK):
        print(f"mutate-pdfs: {arguments.binary} is not built (swift build)", file=sys.stderr)
        return 2
    folder = pathlib.Path(arguments.out)
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(arguments.seed)
    mutants = make_mutants(folder, arguments.count, rng, SMALL_SOURCES if arguments.small else SOURCES)
    with concurrent.futures.ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
        results = list(pool.map(lambda item: classify(arguments.binary, item[0], arguments.timeout), mutants))
    counts = collections.Counter(kind for kind, _ in results)
    by_mutation = collections.defaultdict(collections.Counter)
    for (path, description), (kind, _) in zip(mutants, results):
        by_mutation[description.split(" of ")[0].split("+")[0]][kind] += 1
    print(f"{len(mutants)} mutants (seed {arguments.seed}) in {folder}")
    for mutation, kinds in sorted(by_mutation.items()):
        print(f"  {mutation:24} " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    print("crash {crash}, hang {hang}, misleading {misleading}, ok {ok}".format(**{k: counts.get(k, 0) for k in ["crash", "hang", "misleading", "ok"]}))
    bad = [(path, description, kind, detail) for (path, description), (kind, detail) in zip(mutants, results) if kind != "ok"]
    for path, description, kind, detail in bad:
        print(f"{kind}: {path.name} ({description}): {detail}")
    if not arguments.keep:
        for (path, _), (kind, _) in zip(mutants, results):
            if kind == "ok":
                path.unlink()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
