#!/usr/bin/env bash
# Times `discogs parse title` on 100,000 realistic track titles read from standard input.
#
# Usage: Benchmarks/parse-titles.sh [COUNT]   (run from anywhere; COUNT defaults to 100000)
# Env:   SCRATCH_PATH  build directory passed to swift build --scratch-path (default .build)
#
# Builds the release configuration, writes the titles (deterministic: a fixed-seed generator
# mixing real Discogs title shapes — named remixes, possessives, quoted mix names, featuring,
# live, remasters, dash descriptors, subtitles, classical titles, empty lines) to
# Benchmarks/out/titles.txt, runs the parser once to warm the page cache, then three timed runs,
# and checks that every input line produced exactly one output line.
set -euo pipefail

count="${1:-100000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${SCRATCH_PATH:-$root/.build}"
out="$root/Benchmarks/out"
mkdir -p "$out"

echo "building release…" >&2
swift build -c release --package-path "$root" --scratch-path "$scratch" --product discogs >&2
binary="$(swift build -c release --package-path "$root" --scratch-path "$scratch" --show-bin-path)/discogs"

python3 - "$count" > "$out/titles.txt" <<'PY'
import random, sys
count = int(sys.argv[1])
rng = random.Random(20240521)
words = ("Love Night Dream Fire Sky Castles Heaven Desire Sandstorm Fly Touch Time Burn Away Deep Inside "
         "Never Alone Forever Young Oliver Alive Mixtape Dub Be Good To Me Östermalm Södermalm Gymnopédie "
         "Prélude Rêverie Chœur Tiësto Ångström Zero-G Rock Out Bass Drop Lights Down Low").split()
artists = ["DS", "Styles & Breeze", "Ferry Corsten", "Oliver Lieb", "Dixon", "Derrick May", "Âme", "A.B",
           "Karl Future", "Mark Shimmon & 3rd Degree", "Cube::Hard", "Todd Terje", "Deep Dish", "DJ Tiësto",
           "Sy & Unknown", "Re-Con", "Hixxy", "Kevin Energy", "Solar Stone", "Moogwai"]
kinds = ["Remix", "Mix", "Edit", "Dub", "Rework", "Refix", "VIP Mix", "Club Mix", "Vocal Mix", "Bootleg",
         "Remix Edit", "Rmx", "Flip", "Re-Edit"]
plain = ["Original Mix", "Extended Mix", "Radio Edit", "Club Mix", "Album Version", "Instrumental",
         "Acapella", "Dub Mix", "12'' Mix", "UK 12'' Mix", "Mono", "Reprise", "Single Version"]
live = ["Live", "Live At Wembley", "Live In Tokyo 1977", "Recorded Live At The Roxy", "Live Version", "Live Edit"]
subtitles = ["Like The Sunshine", "Winter Stayed", "1897", "Part 2", "Und Ab Geht's", "A Man After Midnight"]
def base():
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
for i in range(count):
    r = rng.random()
    t = base()
    if r < 0.03:
        t = ""
    elif r < 0.30:
        t += " (%s %s)" % (rng.choice(artists), rng.choice(kinds))
    elif r < 0.42:
        t += " (%s)" % rng.choice(plain)
    elif r < 0.48:
        t += " (%s's %s %s)" % (rng.choice(artists), rng.choice(words), rng.choice(kinds))
    elif r < 0.52:
        t += ' (%s "%s" %s)' % (rng.choice(artists), base(), rng.choice(kinds))
    elif r < 0.58:
        t += " (%s)" % rng.choice(live)
    elif r < 0.64:
        t += " feat. %s (%s)" % (rng.choice(artists), rng.choice(plain + kinds))
    elif r < 0.70:
        t += " - %s" % rng.choice(plain + ["2011 Remaster", "Remastered 2009", "Dixon Remix"])
    elif r < 0.78:
        t += " (%s) (%s %s)" % (rng.choice(subtitles), rng.choice(artists), rng.choice(kinds))
    elif r < 0.84:
        t += " [%s %s] (feat. %s)" % (rng.choice(artists), rng.choice(kinds), rng.choice(artists))
    elif r < 0.90:
        t += " - %s, %s (%d)" % (base(), base(), rng.randint(1880, 1930))
    print(t)
PY

lines=$(wc -l < "$out/titles.txt")
"$binary" parse title < "$out/titles.txt" > /dev/null
best=""
for run in 1 2 3; do
    start=$(date +%s%N)
    "$binary" parse title < "$out/titles.txt" > "$out/titles.jsonl"
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    echo "run $run: ${ms} ms" >&2
    if [[ -z "$best" || $ms -lt $best ]]; then best=$ms; fi
done
outputs=$(wc -l < "$out/titles.jsonl")
rate=$(( lines * 1000 / (best > 0 ? best : 1) ))
echo "discogs parse title: $lines titles in ${best} ms (best of 3) — about $rate titles/s"
if [[ "$outputs" -eq "$lines" ]]; then
    echo "line count check: $outputs output lines for $lines input lines — OK"
else
    echo "line count check: $outputs output lines for $lines input lines — MISMATCH" >&2
    exit 1
fi
