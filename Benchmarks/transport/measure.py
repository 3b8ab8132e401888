#!/usr/bin/env python3
"""Runs a command and prints one JSON line: wall seconds, CPU seconds (user + system) and peak RSS
of the command (its children included), and its exit code.

Usage: measure.py OUT_FILE -- COMMAND ARGS...   (the command's stdout goes to OUT_FILE)
"""
import json
import resource
import subprocess
import sys
import time


def main():
    out_path = sys.argv[1]
    command = sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic()
    with open(out_path, "wb") as out:
        code = subprocess.call(command, stdout=out)
    wall = time.monotonic() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"exit": code, "wall_s": round(wall, 3), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
                      "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}))


if __name__ == "__main__":
    main()
