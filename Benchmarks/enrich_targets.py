#!/usr/bin/env python3
"""Builds enrichment targets from the Discogs emulator's catalogue and scores a run against them.

  make   --base URL --count N --seed S --targets FILE.csv --truth FILE.jsonl
         Reads /_emulator/catalogue and every release, keeps the playable top-level tracks whose
         artist and title identify them uniquely in the catalogue, samples N of them and writes
         them as a CSV target list (artist,title) the way set lists spell them: some lower-cased,
         some without their "(Original Mix)", some with diacritics stripped, some with "and" for
         "&". The truth (release id and position per row) goes to the JSON Lines file.
  fixtures --fixtures DIR --targets FILE.csv --truth FILE.jsonl
         Every playable top-level track of the recorded releases in DIR/release as a target
         (artist as the track or release credits it, title as written), with its truth.
  score  --truth FILE.jsonl --items FILE.jsonl --unmatched FILE.jsonl [--stats URL] [--rss-kb N]
         Prints one JSON object: requests per target, recall (share of targets matched to the
         right release and track), precision (share of matches that are right), rows accounted.

Python standard library only; talks to 127.0.0.1 only.
"""
import argparse
import csv
import json
import random
import re
import sys
import time
import unicodedata
import urllib.error
import urllib.request

SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "ł": "l",
                         "Ł": "L", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"})
ORIGINAL = re.compile(r"\s*\(Original Mix\)\s*$", re.IGNORECASE)
VERSION = re.compile(r"\s*\(([^)]*)\)\s*$")


def get(base, path, token="test-token"):
    """GET a JSON document, waiting out 429s (the emulator's window is a few seconds)."""
    request = urllib.request.Request(base + path, headers={
        "Authorization": f"Discogs token={token}", "User-Agent": "DiscogsKitBenchmark/1.0"})
    for _ in range(600):
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return json.load(answer)
        except urllib.error.HTTPError as error:
            if error.code != 429:
                raise
            time.sleep(0.25)
    raise RuntimeError(f"{path}: still rate limited")


def strip_diacritics(text):
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL))
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text):
    return re.sub(r"[^0-9a-z]+", " ", strip_diacritics(text).lower()).strip()


def display(credits):
    """An artist credit as a set list writes it: names without ' (2)', joined by their phrases."""
    out = ""
    for index, credit in enumerate(credits):
        out += re.sub(r" \(\d+\)$", "", credit["name"])
        if index < len(credits) - 1:
            join = (credit.get("join") or "").strip()
            out += ", " if join in ("", ",") else f" {join} "
    return out


def identity(artist, title):
    """What tells two tracks apart for a person: the artists, the base title, the version."""
    names = sorted(n for n in re.split(r"\s*(?:,|&|\band\b|\bfeat\.?|\bvs\.?)\s*", fold(artist.replace("&", " and ")))
                   if n)
    match = VERSION.search(title)
    version = fold(match.group(1)) if match else ""
    if version in ("original mix", "original"):
        version = ""
    base = title[:match.start()] if match else title
    return (tuple(names), fold(base), version)


def make(args):
    base = args.base.rstrip("/")
    ids = get(base, "/_emulator/catalogue")["releases"]
    tracks = []
    for rid in ids:
        release = get(base, f"/releases/{rid}")
        for track in release.get("tracklist", []):
            if track.get("type_", "track") != "track" or not track.get("position"):
                continue
            credits = track.get("artists") or release.get("artists", [])
            if not credits or any(c.get("id") == 194 for c in credits):
                continue
            tracks.append({"release": rid, "position": track["position"], "artist": display(credits),
                           "title": track["title"], "compilation": bool(track.get("artists"))})
    counts = {}
    for t in tracks:
        key = identity(t["artist"], t["title"])
        counts[key] = counts.get(key, 0) + 1
    unique = [t for t in tracks if counts[identity(t["artist"], t["title"])] == 1]
    rng = random.Random(args.seed)
    sample = rng.sample(unique, min(args.count, len(unique)))
    variations = {"lowercased": 0, "original_mix_dropped": 0, "diacritics_stripped": 0, "and_for_ampersand": 0}
    with open(args.targets, "w", newline="", encoding="utf-8") as targets, open(args.truth, "w", encoding="utf-8") as truth:
        writer = csv.writer(targets, lineterminator="\n")
        writer.writerow(["artist", "title"])
        for row, t in enumerate(sample, start=2):
            artist, title, applied = t["artist"], t["title"], []
            if ORIGINAL.search(title) and rng.random() < 0.5:
                title = ORIGINAL.sub("", title)
                applied.append("original_mix_dropped")
            if "&" in artist and rng.random() < 0.5:
                artist = artist.replace(" & ", " and ")
                applied.append("and_for_ampersand")
            if strip_diacritics(artist + title) != artist + title and rng.random() < 0.6:
                artist, title = strip_diacritics(artist), strip_diacritics(title)
                applied.append("diacritics_stripped")
            if rng.random() < 0.25:
                artist, title = artist.lower(), title.lower()
                applied.append("lowercased")
            for name in applied:
                variations[name] += 1
            writer.writerow([artist, title])
            truth.write(json.dumps({"row": row, "release": t["release"], "position": t["position"],
                                    "artist": artist, "title": title, "compilation": t["compilation"],
                                    "variations": applied}) + "\n")
    print(json.dumps({"catalogue_releases": len(ids), "playable_tracks": len(tracks), "unique_tracks": len(unique),
                      "targets": len(sample), "compilation_targets": sum(t["compilation"] for t in sample),
                      "variations": variations}))


def fixtures(args):
    import glob
    count = 0
    with open(args.targets, "w", newline="", encoding="utf-8") as targets, open(args.truth, "w", encoding="utf-8") as truth:
        writer = csv.writer(targets, lineterminator="\n")
        writer.writerow(["artist", "title"])
        for path in sorted(glob.glob(f"{args.fixtures}/release/*.json")):
            release = json.load(open(path, encoding="utf-8"))
            if not isinstance(release, dict):
                continue
            for track in release.get("tracklist", []):
                if track.get("type_", "track") != "track" or not track.get("position"):
                    continue
                credits = track.get("artists") or release.get("artists", [])
                if not credits or any(c.get("id") == 194 for c in credits):
                    continue
                count += 1
                writer.writerow([display(credits), track["title"]])
                truth.write(json.dumps({"row": count + 1, "release": release["id"], "position": track["position"],
                                        "compilation": bool(track.get("artists")), "variations": []}) + "\n")
    print(json.dumps({"targets": count}))


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(args):
    truth = {t["row"]: t for t in read_jsonl(args.truth)}
    found = {}
    for item in read_jsonl(args.items):
        if item.get("item_type") == "track" and (item.get("metadata") or {}).get("target_row") is not None:
            found[item["metadata"]["target_row"]] = item
    unmatched = {u["row"]: u for u in read_jsonl(args.unmatched)}
    right = sum(1 for row, item in found.items() if row in truth and
                (item["discogs_id"], item["metadata"].get("position")) == (truth[row]["release"], truth[row]["position"]))
    wrong_rows = sorted(row for row in found if row in truth and row not in
                        {r for r, i in found.items() if (i["discogs_id"], i["metadata"].get("position")) ==
                         (truth[r]["release"], truth[r]["position"])})
    n = len(truth)
    result = {"targets": n, "matched": len(found), "right": right, "unmatched": len(unmatched),
              "errors": sum(1 for u in unmatched.values() if u.get("kind") == "error"),
              "accounted": len(set(found) | set(unmatched)) == n and not (set(found) & set(unmatched)),
              "recall": round(right / n, 4) if n else 0, "precision": round(right / len(found), 4) if found else 0,
              "compilation_recall": None, "wrong_rows": wrong_rows[:20],
              "missed_rows": sorted(set(truth) - set(found))[:20]}
    comp = [row for row, t in truth.items() if t["compilation"]]
    if comp:
        result["compilation_recall"] = round(sum(1 for row in comp if row in found and (found[row]["discogs_id"], found[row]["metadata"].get("position")) == (truth[row]["release"], truth[row]["position"])) / len(comp), 4)
    if args.stats:
        stats = json.load(urllib.request.urlopen(args.stats, timeout=30))
        result["requests"] = stats["requests"]
        result["requests_per_target"] = round(stats["requests"] / n, 3) if n else 0
        result["paths"] = stats["paths"]
        result["status"] = stats["status"]
    if args.rss_kb:
        result["max_rss_mb"] = round(args.rss_kb / 1024, 1)
    print(json.dumps(result))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make")
    m.add_argument("--base", required=True)
    m.add_argument("--count", type=int, default=200)
    m.add_argument("--seed", type=int, default=1)
    m.add_argument("--targets", required=True)
    m.add_argument("--truth", required=True)
    f = sub.add_parser("fixtures")
    f.add_argument("--fixtures", required=True)
    f.add_argument("--targets", required=True)
    f.add_argument("--truth", required=True)
    s = sub.add_parser("score")
    s.add_argument("--truth", required=True)
    s.add_argument("--items", required=True)
    s.add_argument("--unmatched", required=True)
    s.add_argument("--stats")
    s.add_argument("--rss-kb", type=int)
    args = parser.parse_args(argv)
    return {"make": make, "fixtures": fixtures, "score": score}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
