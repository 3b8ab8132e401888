#!/usr/bin/env python3
"""Targets for the offline-enrichment benchmark, drawn from a releases dump, and their scoring.

    offline_targets.py make DUMP.xml[.gz] COUNT SEED TARGETS.csv TRUTH.json
    offline_targets.py score TRUTH.json ITEMS.jsonl UNMATCHED.jsonl [ID_MODULUS]

make: every track with a position (sub-tracks included) whose (artist, title) pair occurs on
exactly one release of the dump (a pair that two releases share has no right answer), by the
track's own artists or else the release's (not "Various"); COUNT of them drawn with SEED.
score: a target is right when it matched its release (ids compared modulo ID_MODULUS, so a
release repeated with new ids in a larger input counts) and its position. Prints one JSON line."""
import csv
import gzip
import json
import random
import sys
import xml.etree.ElementTree as ET


def artists(element):
    credits = element.findall("artists/artist")
    names = []
    for credit in credits:
        name = (credit.findtext("anv") or "").strip() or (credit.findtext("name") or "").strip()
        join = (credit.findtext("join") or "").strip()
        names.append((name, join))
    text = ""
    for index, (name, join) in enumerate(names):
        text += name
        if index < len(names) - 1:
            text += (" " + join + " ") if join and join != "," else ", "
    return text.strip()


def tracks(release):
    for track in release.findall("tracklist/track"):
        subs = track.findall("sub_tracks/track")
        for entry in (subs or [track]):
            if (entry.findtext("position") or "").strip():
                yield entry


def make(path, count, seed, targets_path, truth_path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    pairs = {}
    for _, element in ET.iterparse(opener(path, "rb"), events=("end",)):
        if element.tag != "release":
            continue
        release_artist = artists(element)
        for track in tracks(element):
            artist = artists(track) or release_artist
            title = (track.findtext("title") or "").strip()
            if not artist or not title or artist.lower().startswith("various"):
                continue
            key = (artist.lower(), title.lower())
            pairs.setdefault(key, []).append((int(element.get("id")), track.findtext("position").strip(), artist, title))
        element.clear()
    unique = sorted(v[0] for v in pairs.values() if len({r[0] for r in v}) == 1 and len(v) == 1)
    random.Random(seed).shuffle(unique)
    chosen = unique[:count]
    with open(targets_path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["artist", "title"])
        truth = {}
        for index, (release, position, artist, title) in enumerate(chosen):
            writer.writerow([artist, title])
            truth[index + 2] = [release, position]   # rows are line numbers; line 1 is the header
    json.dump(truth, open(truth_path, "w"))
    print(json.dumps({"eligible": len(unique), "targets": len(chosen)}))


def score(truth_path, items_path, unmatched_path, modulus):
    truth = {int(k): v for k, v in json.load(open(truth_path)).items()}
    found = {}
    for line in open(items_path, encoding="utf-8"):
        item = json.loads(line)
        row = (item.get("metadata") or {}).get("target_row")
        if item.get("item_type") == "track" and row is not None:
            found[row] = (item["discogs_id"], (item.get("metadata") or {}).get("position"))
    unmatched = sum(1 for _ in open(unmatched_path, encoding="utf-8"))
    right = sum(1 for row, (release, position) in found.items()
                if row in truth and release % modulus == truth[row][0] % modulus and position == truth[row][1])
    n = len(truth)
    print(json.dumps({"targets": n, "matched": len(found), "right": right, "unmatched": unmatched,
                      "accounted": len(found) + unmatched == n,
                      "recall": round(right / n, 4) if n else 0,
                      "precision": round(right / len(found), 4) if found else 0}))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6])
    else:
        score(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 10**18)
