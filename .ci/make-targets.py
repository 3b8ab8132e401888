#!/usr/bin/env python3
"""Writes an enrich target list (CSV: artist,title) for the first N synthetic releases of a
running Discogs emulator. Usage: make-targets.py BASE_URL N > targets.csv"""
import csv
import json
import sys
import urllib.request

base, count = sys.argv[1].rstrip("/"), int(sys.argv[2])
headers = {"User-Agent": "DiscogsKit-CI/1.0", "Authorization": "Discogs token=test-token"}


def get(path):
    with urllib.request.urlopen(urllib.request.Request(base + path, headers=headers), timeout=30) as answer:
        return json.load(answer)


writer = csv.writer(sys.stdout)
writer.writerow(["artist", "title"])
ids = [i for i in get("/_emulator/catalogue")["releases"] if i < 100000][:count]
for rid in ids:
    release = get(f"/releases/{rid}")
    tracks = [t for t in release.get("tracklist", []) if t.get("type_") == "track"]
    if not tracks:
        continue
    track = tracks[0]
    credits = track.get("artists") or release.get("artists", [])
    artist = "".join(a["name"] + (a.get("join") or "") for a in credits).strip()
    writer.writerow([artist, track["title"]])
writer.writerow(["Nobody Anywhere", "A Track That Does Not Exist"])
