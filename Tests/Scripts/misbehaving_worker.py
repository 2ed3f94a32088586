#!/usr/bin/env python3
"""A worker for the ingest tests that misbehaves on purpose for some paths and passes the rest
to a real `budgetbench worker`, so one batch shows both the failure and that the batch goes on.

  misbehaving_worker.py --crash NAME --hang NAME --allocate NAME -- BUDGETBENCH worker

For a request whose path contains the --crash text it kills itself with SIGILL (what a Swift
trap does); --hang sleeps 100 s; --allocate holds 600 MB (touched, so it is resident) and sleeps.
"""
import argparse
import os
import signal
import subprocess
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    for flag in ["--crash", "--hang", "--allocate"]:
        parser.add_argument(flag)
    parser.add_argument("worker", nargs="+")
    arguments = parser.parse_args()
    real = subprocess.Popen(arguments.worker, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for line in sys.stdin:
        if arguments.crash and arguments.crash in line:
            os.kill(os.getpid(), signal.SIGILL)
        if arguments.hang and arguments.hang in line:
            time.sleep(100)
        if arguments.allocate and arguments.allocate in line:
            held = b"x" * (600 << 20)
            time.sleep(100)
            del held
        real.stdin.write(line.encode())
        real.stdin.flush()
        sys.stdout.buffer.write(real.stdout.readline())
        sys.stdout.flush()


if __name__ == "__main__":
    main()
