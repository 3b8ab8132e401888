#!/usr/bin/env python3
"""Helpers for Benchmarks/ratelimit-benchmark.sh (Python standard library only).

Subcommands:
  ids BASE_URL COUNT                 print COUNT release IDs of the emulator's synthetic catalogue
  reset BASE_URL                     clear the emulator's counters and rate-limit window
  record RESULTS --name NAME ...     append one run's facts (server counters, output lines,
                                     client metrics, exit codes, wall time) to RESULTS (JSON lines)
  report RESULTS                     print the tables, judge every target, exit 1 if one fails

Only ever talks to 127.0.0.1: any other base URL is refused.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.parse
import urllib.request

IDEAL_SECONDS = 30.0  # N·W/L = 300 × 3 s / 30


def loopback(base: str) -> str:
    host = urllib.parse.urlsplit(base).hostname
    if host != "127.0.0.1":
        raise SystemExit(f"bench_tool: refusing {base}: the benchmark only talks to 127.0.0.1")
    return base.rstrip("/")


def call(base: str, path: str, method: str = "GET") -> dict:
    request = urllib.request.Request(loopback(base) + path, method=method, data=b"" if method == "POST" else None)
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)


# ---------------------------------------------------------------- ids, reset

def command_ids(args) -> int:
    releases = call(args.base, "/_emulator/catalogue")["releases"]
    if len(releases) < args.count:
        print(f"bench_tool: the catalogue has {len(releases)} releases, {args.count} wanted", file=sys.stderr)
        return 1
    print("\n".join(str(r) for r in releases[:args.count]))
    return 0


def command_reset(args) -> int:
    call(args.base, "/_emulator/reset", method="POST")
    return 0


# ---------------------------------------------------------------- record

def read_ids(path: str) -> list[int]:
    with open(path, encoding="utf-8") as fh:
        return [int(line) for line in fh if line.strip()]


def output_facts(paths: list[str], wanted: set[int]) -> dict:
    """Counts the JSON lines of the outputs: every line must be an object with an integer `id`."""
    lines, invalid, seen = 0, 0, []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if not line.strip():
                    continue
                lines += 1
                try:
                    value = json.loads(line)
                    seen.append(int(value["id"]))
                except (ValueError, KeyError, TypeError):
                    invalid += 1
    distinct = set(seen)
    return {"lines": lines, "invalid": invalid, "distinct": len(distinct),
            "missing": len(wanted - distinct), "unexpected": len(distinct - wanted),
            "duplicates": len(seen) - len(distinct)}


METRIC = re.compile(r'^(discogs_[a-z_]+)(\{[^}]*\})?\s+(\S+)$')


def metrics_facts(paths: list[str]) -> dict | None:
    """Adds up the Prometheus text files the CLI wrote with --metrics."""
    if not paths:
        return None
    totals = {"retries": 0.0, "rate_limited": 0.0, "wait_seconds": 0.0}
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except OSError:
            return None
        for line in text.splitlines():
            match = METRIC.match(line)
            if not match:
                continue
            name, value = match.group(1), float(match.group(3))
            if name == "discogs_retries_total":
                totals["retries"] += value
            elif name == "discogs_rate_limited_total":
                totals["rate_limited"] += value
            elif name == "discogs_rate_limit_wait_seconds_total":
                totals["wait_seconds"] += value
    return totals


def command_record(args) -> int:
    stats = call(args.base, "/_emulator/stats")
    status = {str(k): int(v) for k, v in stats.get("status", {}).items()}
    record = {
        "name": args.name,
        "client": args.client,
        "wall_seconds": args.wall,
        "exit_codes": [int(c) for c in args.exit_codes.split(",")],
        "outputs": output_facts(args.outputs, set(read_ids(args.ids))),
        "wanted": len(set(read_ids(args.ids))),
        "client_metrics": metrics_facts(args.metrics or []),
        "server": {"requests": int(stats.get("requests", 0)), "status": status,
                   "rate_limited": status.get("429", 0), "busiest_window": stats.get("busiest_window"),
                   "max_in_flight": stats.get("max_in_flight"), "faults": stats.get("faults", {}),
                   "penalties": int(stats.get("penalties", 0) or 0)},
    }
    with open(args.results, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    return 0


# ---------------------------------------------------------------- report

class Judge:
    def __init__(self):
        self.rows: list[tuple[str, str, str, str]] = []
        self.failed = 0

    def check(self, what: str, target: str, measured: str, ok: bool) -> None:
        self.rows.append((what, target, measured, "PASS" if ok else "FAIL"))
        self.failed += 0 if ok else 1

    def missing(self, what: str) -> None:
        self.rows.append((what, "a run", "did not run", "FAIL"))
        self.failed += 1


def within(seconds: float, fraction: float) -> bool:
    return abs(seconds - IDEAL_SECONDS) <= IDEAL_SECONDS * fraction


def codes(record: dict) -> str:
    return "/".join(str(c) for c in record["exit_codes"])


def out_text(record: dict) -> str:
    o = record["outputs"]
    text = f"{o['distinct']} of {record['wanted']}"
    extras = [f"{o[k]} {k}" for k in ("missing", "duplicates", "unexpected", "invalid") if o[k]]
    return text + (f" ({', '.join(extras)})" if extras else "")


def all_out(record: dict) -> bool:
    o = record["outputs"]
    return (o["distinct"] == record["wanted"] and o["missing"] == 0 and o["duplicates"] == 0
            and o["unexpected"] == 0 and o["invalid"] == 0)


def judge(runs: dict[str, dict]) -> Judge:
    j = Judge()
    one = runs.get("one-process")
    if one:
        j.check("1 one CLI process: exit code", "0", codes(one), one["exit_codes"] == [0])
        j.check("1 one CLI process: wall time", "30 s ± 10 %", f"{one['wall_seconds']:.1f} s",
                within(one["wall_seconds"], 0.10))
        j.check("1 one CLI process: 429s", "0", str(one["server"]["rate_limited"]), one["server"]["rate_limited"] == 0)
        j.check("1 one CLI process: distinct releases out", "300", out_text(one), all_out(one))
    else:
        j.missing("1 one CLI process")
    shared = runs.get("two-processes-shared")
    if shared:
        j.check("2a two CLIs, shared file: exit codes", "0/0", codes(shared), shared["exit_codes"] == [0, 0])
        j.check("2a two CLIs, shared file: releases out", "300", out_text(shared), all_out(shared))
        j.check("2a two CLIs, shared file: 429s", "0", str(shared["server"]["rate_limited"]),
                shared["server"]["rate_limited"] == 0)
        j.check("2a two CLIs, shared file: wall time", "30 s ± 15 %", f"{shared['wall_seconds']:.1f} s",
                within(shared["wall_seconds"], 0.15))
    else:
        j.missing("2a two CLIs, shared file")
    alone = runs.get("two-processes-no-shared-file")
    if alone:
        j.check("2b two CLIs, --no-shared-limit: releases out", "300", out_text(alone), all_out(alone))
        j.check("2b two CLIs, --no-shared-limit: 429s", "≤ 9", str(alone["server"]["rate_limited"]),
                alone["server"]["rate_limited"] <= 9)
    else:
        j.missing("2b two CLIs, --no-shared-limit")
    faults = runs.get("fault-mix")
    if faults:
        j.check("3 fault mix: exit code", "0", codes(faults), faults["exit_codes"] == [0])
        j.check("3 fault mix: releases fetched", "200", out_text(faults), all_out(faults))
    else:
        j.missing("3 fault mix")
    for name, label, most in (("spent-window", "4a window arriving 25 of 30 spent", 0),
                              ("spent-window-double-limit", "4b the same, --rate-limit twice the server's", 3)):
        run = runs.get(name)
        if not run:
            j.missing(label)
            continue
        j.check(f"{label}: releases out", "150", out_text(run), all_out(run))
        j.check(f"{label}: 429s", f"≤ {most}", str(run["server"]["rate_limited"]), run["server"]["rate_limited"] <= most)
        j.check(f"{label}: penalty boxes", "0", str(run["server"].get("penalties", 0)), run["server"].get("penalties", 0) == 0)
    room = runs.get("room-after-another-sender")
    if room:
        label = "5 plenty of room after another sender"
        j.check(f"{label}: releases out", "80", out_text(room), all_out(room))
        j.check(f"{label}: 429s", "0", str(room["server"]["rate_limited"]), room["server"]["rate_limited"] == 0)
        j.check(f"{label}: wall time (concurrent, not one at a time)", "≤ 12 s", f"{room['wall_seconds']:.1f} s",
                room["wall_seconds"] <= 12)
        waited = room["client_metrics"].get("wait_seconds", 0)
        j.check(f"{label}: limiter waits", "≤ 2 s in all", f"{waited:.1f} s", waited <= 2)
    else:
        j.missing("5 plenty of room after another sender")
    return j


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    def line(row):
        return "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip()
    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def run_details(runs: dict[str, dict]) -> list[tuple[str, ...]]:
    rows = []
    for name, r in runs.items():
        s, m = r["server"], r["client_metrics"]
        faults = ", ".join(f"{k} {v}" for k, v in sorted(s["faults"].items())) or "-"
        rows.append((name, r["client"], f"{r['wall_seconds']:.1f} s", codes(r), out_text(r), str(s["requests"]),
                     str(s["rate_limited"]), str(s["busiest_window"]),
                     f"{m['retries']:.0f}" if m else "-", f"{m['wait_seconds']:.1f} s" if m else "-", faults))
    return rows


def command_report(args) -> int:
    runs: dict[str, dict] = {}
    with open(args.results, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                runs[record["name"]] = record
    print("Runs (requests, 429s and the busiest window as the emulator counted them; retries and the time "
          "requests spent waiting for the limiter from the CLI's --metrics, summed over tasks and processes):")
    print(table(("run", "client", "wall", "exit", "releases out", "requests", "429s", "busiest window",
                 "retries", "limiter wait", "faults injected"), run_details(runs)))
    print()
    cli, python = runs.get("one-process"), runs.get("python3-discogs-client")
    print("300 releases at 30 requests / 3 s (ideal N·W/L = 30 s):")
    def side(r, key):
        if not r:
            return "not run"
        return {"wall": f"{r['wall_seconds']:.1f} s", "429": str(r["server"]["rate_limited"]),
                "requests": str(r["server"]["requests"]), "out": out_text(r)}[key]
    print(table(("", "discogs CLI (--concurrency 4)", "python3-discogs-client (sequential, default backoff)"),
                [("wall time", side(cli, "wall"), side(python, "wall")),
                 ("429s", side(cli, "429"), side(python, "429")),
                 ("requests sent", side(cli, "requests"), side(python, "requests")),
                 ("releases out", side(cli, "out"), side(python, "out"))]))
    print()
    j = judge(runs)
    print(table(("target", "wanted", "measured", "result"), j.rows))
    print()
    print(f"{len(j.rows) - j.failed} passed, {j.failed} failed")
    return 1 if j.failed else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ids")
    p.add_argument("base")
    p.add_argument("count", type=int)
    p.set_defaults(run=command_ids)
    p = sub.add_parser("reset")
    p.add_argument("base")
    p.set_defaults(run=command_reset)
    p = sub.add_parser("record")
    p.add_argument("results")
    p.add_argument("--name", required=True)
    p.add_argument("--client", required=True)
    p.add_argument("--base", required=True)
    p.add_argument("--ids", required=True, help="the file of all IDs the run was given")
    p.add_argument("--wall", type=float, required=True)
    p.add_argument("--exit-codes", required=True, help="comma list, one per process")
    p.add_argument("--outputs", nargs="+", required=True)
    p.add_argument("--metrics", nargs="*")
    p.set_defaults(run=command_record)
    p = sub.add_parser("report")
    p.add_argument("results")
    p.set_defaults(run=command_report)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
