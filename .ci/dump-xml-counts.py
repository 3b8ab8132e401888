#!/usr/bin/env python3
"""Counts, straight from a Discogs dump file (.xml or .xml.gz), the rows each table of
`discogs dump KIND FILE --format pgcopy` must hold: one line per table, "table count".
An independent reading (Python's XML parser), so the load check compares two implementations."""
import gzip
import sys
import xml.etree.ElementTree as ET


def children(element, path):
    found = element.find(path)
    return [] if found is None else list(found)


def count(kind, path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    counts = {}

    def add(table, n=1):
        counts[table] = counts.get(table, 0) + n

    record_tag = kind[:-1]
    with opener(path, "rb") as stream:
        depth = 0
        for event, element in ET.iterparse(stream, events=("start", "end")):
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth != 1 or element.tag != record_tag:
                continue
            if kind == "releases":
                add("releases")
                add("release_artists", len(children(element, "artists")) + len(children(element, "extraartists")))
                add("release_labels", len(children(element, "labels")))
                add("release_companies", len(children(element, "companies")))
                add("release_formats", len(children(element, "formats")))
                add("release_identifiers", len(children(element, "identifiers")))
                add("release_videos", len(children(element, "videos")))

                def tracks(parent):
                    for track in children(parent, "tracklist") if parent is element else children(parent, "sub_tracks"):
                        add("release_tracks")
                        add("release_track_artists", len(children(track, "artists")) + len(children(track, "extraartists")))
                        tracks(track)
                tracks(element)
            elif kind == "masters":
                add("masters")
                add("master_artists", len(children(element, "artists")))
                add("master_videos", len(children(element, "videos")))
            elif kind == "artists":
                add("artists")
                for table, tag in (("artist_aliases", "aliases"), ("artist_members", "members"), ("artist_groups", "groups")):
                    add(table, len([c for c in children(element, tag) if c.tag == "name"]))
            else:
                add("labels")
                add("label_sublabels", len(children(element, "sublabels")))
            element.clear()
    return counts


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    for table, n in sorted(count(kind, path).items()):
        print(table, n)
