#!/usr/bin/env bash
# Benchmarks the dump path on inputs built from the shared 1,000-release sample (records repeated
# with new ids, Benchmarks/dumps/make_big_dump.py):
#
#   Benchmarks/dump-benchmark.sh [parse|python|items|pg|offline|all]      (default: all)
#
# parse:   `discogs dump releases FILE --format jsonl > /dev/null` on SIZES releases (default
#          "22000 110000": 99 MB and 496 MB of XML), .xml and .xml.gz (gzip -1), on one core
#          (taskset -c 0) and two; and `gzip -dc FILE.gz | discogs dump releases -` (the other
#          way to read gzip). Prints records/s, MB of XML per second, peak RSS.
# python:  the Python loader discogskit 0.2 (pip, into Benchmarks/out/venv) on the same .xml.gz:
#          `discogskit convert --format jsonl --parse-workers 2 --chunk-mb 16`.
# items:   `discogs dump releases FILE --items --format jsonl > /dev/null` on the 22,000-release
#          .xml: tracks per second of extraction and writing, beside parse alone.
# pg:      `--format pgcopy` and the psql load of the 22,000 releases into a private PostgreSQL
#          (.ci/pg-cluster.sh), rows/s; then `discogskit load` of the same .xml.gz beside it.
# offline: `discogs dump index` on the sample and the 22,000 releases, then `discogs enrich
#          --dump-index` with every sample track whose artist and title are unique as a target
#          (Benchmarks/dumps/offline_targets.py): targets/s, recall, precision, requests (0).
#
# Needs swift, python3, gzip, taskset, /usr/bin/time; pg needs PostgreSQL (installed by
# .ci/pg-cluster.sh when missing, as root). Output goes to Benchmarks/out/dumps/.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="${OUT:-$HERE/out/dumps}"
SAMPLES="${SAMPLES:-$ROOT/../shared/fixtures/dumps}"
SIZES="${SIZES:-22000 110000}"
MODE="${1:-all}"
mkdir -p "$OUT"
SAMPLE="$SAMPLES/discogs_20200806_releases.xml.gz"
[ -f "$SAMPLE" ] || { echo "no sample at $SAMPLE"; exit 1; }

(cd "$ROOT" && swift build -c release --product discogs >/dev/null)
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/discogs"

input() {   # input SIZE -> prints the folder holding discogs_20200806_releases.xml and a gz/ twin
    local size="$1" dir="$OUT/input-$1"
    if [ ! -s "$dir/discogs_20200806_releases.xml" ]; then
        mkdir -p "$dir/gz"
        python3 "$HERE/dumps/make_big_dump.py" "$SAMPLE" "$size" "$dir/discogs_20200806_releases.xml"
        gzip -1 -c "$dir/discogs_20200806_releases.xml" >"$dir/gz/discogs_20200806_releases.xml.gz"
    fi
    echo "$dir"
}

# measure LABEL XML_BYTES RECORDS CMD… : wall time and peak RSS of a command, as one table row.
measure() {
    local label="$1" bytes="$2" records="$3"; shift 3
    /usr/bin/time -v -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || { cat "$OUT/stderr.txt"; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$OUT/time.txt")
    rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$OUT/time.txt")
    printf '| %-44s | %8.2f s | %9.0f | %7.1f | %5s MB |\n' "$label" "$wall" "$(echo "$records / $wall" | bc -l)" \
        "$(echo "$bytes / 1000000 / $wall" | bc -l)" "$rss"
}

header() { printf '| %-44s | %10s | %9s | %7s | %8s |\n|---|---|---|---|---|\n' "run" "wall" "records/s" "MB/s" "peak RSS"; }

if [[ "$MODE" == parse || "$MODE" == all ]]; then
    header
    for size in $SIZES; do
        dir=$(input "$size")
        xml="$dir/discogs_20200806_releases.xml"; gz="$dir/gz/discogs_20200806_releases.xml.gz"
        bytes=$(stat -c %s "$xml")
        measure "$size releases .xml, 1 core" "$bytes" "$size" taskset -c 0 "$BIN" dump releases "$xml"
        measure "$size releases .xml, 2 cores" "$bytes" "$size" "$BIN" dump releases "$xml"
        measure "$size releases .xml.gz (zlib in-process), 1 core" "$bytes" "$size" taskset -c 0 "$BIN" dump releases "$gz"
        measure "$size releases .xml.gz (zlib in-process), 2 cores" "$bytes" "$size" "$BIN" dump releases "$gz"
        measure "$size releases gzip -dc | dump -, 2 cores" "$bytes" "$size" bash -c "gzip -dc '$gz' | '$BIN' dump releases -"
    done
fi

if [[ "$MODE" == python || "$MODE" == all ]]; then
    [ -x "$OUT/venv/bin/discogskit" ] || { python3 -m venv "$OUT/venv" && "$OUT/venv/bin/pip" install -q 'discogskit==0.2.*'; }
    header
    for size in $SIZES; do
        dir=$(input "$size")
        bytes=$(stat -c %s "$dir/discogs_20200806_releases.xml")
        rm -rf "$OUT/python-out"; mkdir -p "$OUT/python-out"
        measure "discogskit 0.2 convert, $size releases .xml.gz" "$bytes" "$size" "$OUT/venv/bin/discogskit" convert \
            --format jsonl --parse-workers 2 --chunk-mb 16 --no-progress --output "$OUT/python-out" "$dir/gz/discogs_20200806_releases.xml.gz"
        rm -f "$dir/gz/discogs_20200806_releases.xml"   # its decompressed copy
    done
fi

if [[ "$MODE" == items || "$MODE" == all ]]; then
    dir=$(input 22000)
    xml="$dir/discogs_20200806_releases.xml"
    tracks=$(( $(python3 "$ROOT/.ci/dump-xml-counts.py" releases "$SAMPLE" | awk '$1 == "release_tracks" { print $2 }') * 22 ))
    printf '| %-44s | %10s | %9s | %7s | %8s |\n|---|---|---|---|---|\n' "run (22,000 releases, $tracks track rows)" "wall" "tracks/s" "MB/s" "peak RSS"
    measure "dump releases (records only), 1 core" "$(stat -c %s "$xml")" "$tracks" taskset -c 0 "$BIN" dump releases "$xml"
    measure "dump releases --items --format jsonl, 1 core" "$(stat -c %s "$xml")" "$tracks" taskset -c 0 "$BIN" dump releases "$xml" --items --format jsonl
    measure "dump releases --items --format csv, 1 core" "$(stat -c %s "$xml")" "$tracks" taskset -c 0 "$BIN" dump releases "$xml" --items --format csv
    (cd "$ROOT" && swift build -c release --product ExtractionBenchmark >/dev/null && "$(swift build -c release --show-bin-path)/ExtractionBenchmark" --dump "$SAMPLE")
fi

if [[ "$MODE" == pg || "$MODE" == all ]]; then
    log() { printf 'dump-benchmark: %s\n' "$*" >&2; }
    fail() { log "FAILED: $*"; exit 1; }
    package_root="$ROOT"
    source "$ROOT/.ci/pg-cluster.sh"
    dir=$(input 22000)
    copy="$work/pgcopy"
    start=$(date +%s.%N)
    "$BIN" dump releases "$dir/discogs_20200806_releases.xml" --format pgcopy --out "$copy" 2>"$OUT/pgcopy.txt"
    written=$(date +%s.%N)
    [[ "$(id -u)" != 0 ]] || chown -R postgres "$copy"
    (cd "$copy" && run_as_db_user "${psql_base[@]}" -d discogskit_check -f load-releases.sql >/dev/null)
    loaded=$(date +%s.%N)
    rows=$(cat "$copy"/*.tsv | wc -l)
    printf 'pgcopy: %d rows in %.2f s of writing the COPY files + %.2f s of psql load (keys and indexes included): %.0f rows/s end to end\n' \
        "$rows" "$(echo "$written - $start" | bc -l)" "$(echo "$loaded - $written" | bc -l)" "$(echo "$rows / ($loaded - $start)" | bc -l)"
    [ -x "$OUT/venv/bin/discogskit" ] || { python3 -m venv "$OUT/venv" && "$OUT/venv/bin/pip" install -q 'discogskit==0.2.*'; }
    run_as_db_user "${psql_base[@]}" -d postgres -c "CREATE DATABASE discogskit_python" >/dev/null
    cp "$dir/gz/discogs_20200806_releases.xml.gz" "$work/"
    [[ "$(id -u)" != 0 ]] || chown postgres "$work/discogs_20200806_releases.xml.gz"
    start=$(date +%s.%N)
    "$OUT/venv/bin/discogskit" load --no-progress --parse-workers 2 --chunk-mb 16 \
        --dsn "postgresql://postgres@/discogskit_python?host=$work&port=5432" "$work/discogs_20200806_releases.xml.gz" >"$OUT/python-load.txt" 2>&1 \
        || { tail -20 "$OUT/python-load.txt"; fail "discogskit load failed"; }
    done_at=$(date +%s.%N)
    python_rows=$(run_as_db_user "${psql_base[@]}" -d discogskit_python -At -c \
        "SELECT sum(n_live_tup) FROM pg_stat_user_tables" )
    printf 'discogskit 0.2 load: %s rows in %.2f s: %.0f rows/s\n' "$python_rows" "$(echo "$done_at - $start" | bc -l)" \
        "$(echo "${python_rows:-0} / ($done_at - $start)" | bc -l)"
fi

if [[ "$MODE" == offline || "$MODE" == all ]]; then
    python3 "$HERE/dumps/offline_targets.py" make "$SAMPLE" 1000000 1 "$OUT/offline-targets.csv" "$OUT/offline-truth.json"
    for size in 1000 22000; do
        if [ "$size" = 1000 ]; then src="$SAMPLE"; else src="$(input 22000)/discogs_20200806_releases.xml"; fi
        rm -rf "$OUT/index-$size" "$OUT/offline-$size.jsonl"*
        start=$(date +%s.%N)
        "$BIN" dump index "$OUT/index-$size" "$src" 2>"$OUT/index-$size.txt"
        built=$(date +%s.%N)
        /usr/bin/time -v -o "$OUT/time.txt" env DISCOGS_BASE_URL=http://127.0.0.1:9 "$BIN" enrich "$OUT/offline-targets.csv" \
            --out "$OUT/offline-$size.jsonl" --dump-index "$OUT/index-$size" 2>"$OUT/offline-$size.txt"
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$OUT/time.txt")
        rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$OUT/time.txt")
        targets=$(($(wc -l <"$OUT/offline-targets.csv") - 1))
        printf 'index of %s releases built in %.2f s (%s)\n' "$size" "$(echo "$built - $start" | bc -l)" "$(tail -1 "$OUT/index-$size.txt")"
        printf 'offline enrich, %s targets, index of %s releases: %.2f s, %.0f targets/s, peak RSS %s MB, %s\n' "$targets" "$size" \
            "$wall" "$(echo "$targets / $wall" | bc -l)" "$rss" "$(grep -o 'requests [0-9]*' "$OUT/offline-$size.txt")"
        python3 "$HERE/dumps/offline_targets.py" score "$OUT/offline-truth.json" "$OUT/offline-$size.jsonl" \
            "$OUT/offline-$size.jsonl.unmatched.jsonl" 10000000
    done
fi
