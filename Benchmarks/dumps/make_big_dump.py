#!/usr/bin/env python3
"""Builds a large releases dump from the 1,000-release sample: its records repeated with new ids
(copy k of release N gets id k * 10,000,000 + N, so ids stay unique), until COUNT releases.

    make_big_dump.py SAMPLE.xml.gz COUNT OUT.xml

Writes OUT.xml (plain XML, as a Discogs dump decompressed); gzip it separately."""
import gzip
import re
import sys

sample, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = gzip.open(sample, "rt", encoding="utf-8").read()
records = re.findall(r'<release id="(\d+)"(.*?</release>)', text, flags=re.S)
if not records:
    sys.exit(f"{sample}: no <release> records found")
with open(out, "w", encoding="utf-8") as stream:
    stream.write("<releases>\n")
    written = 0
    copy = 0
    while written < count:
        for release_id, rest in records:
            if written == count:
                break
            stream.write(f'<release id="{copy * 10_000_000 + int(release_id)}"{rest}\n')
            written += 1
        copy += 1
    stream.write("</releases>\n")
