#!/usr/bin/env python3
"""Fetches releases with python3-discogs-client, as its users do: one client, one release after
another, its default 429 handling (sleep uniform(0, 2^n) seconds and try again).

Usage: python_client_run.py BASE_URL IDS_FILE OUT_JSONL

Writes one JSON line per release fetched ({"id": …, "title": …}) and one line per failure on
stderr ("id: error"); exits 1 if any release failed. Only talks to 127.0.0.1.
"""
from __future__ import annotations

import json
import sys
import urllib.parse

import discogs_client  # python3-discogs-client, installed into a temporary venv by the benchmark


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    base, ids_path, out_path = argv
    if urllib.parse.urlsplit(base).hostname != "127.0.0.1":
        print(f"python_client_run: refusing {base}: only 127.0.0.1", file=sys.stderr)
        return 2
    with open(ids_path, encoding="utf-8") as fh:
        ids = [int(line) for line in fh if line.strip()]
    client = discogs_client.Client("DiscogsKitBenchmark/1.0 +python3-discogs-client", user_token="test-token")
    # The client has no public setting for the API root; every URL it builds starts with this.
    client._base_url = base.rstrip("/")
    failures = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for release_id in ids:
            try:
                release = client.release(release_id)
                release.refresh()
                out.write(json.dumps({"id": release.id, "title": release.title}) + "\n")
            except Exception as error:  # report every failure and go on, like the CLI
                failures += 1
                print(f"{release_id}: {type(error).__name__}: {error}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
