#!/usr/bin/env bash
# Runs a real `discogs enrich` against the emulator with SQL output, then has
# .ci/postgres-check.sh load that SQL twice into PostgreSQL and check nothing doubled.
# Usage: .ci/enrich-sql-check.sh BASE_URL DISCOGS_BINARY
# (The emulator in .ci/run allows far more than Discogs does, so the client is told the same.)
set -euo pipefail
base="$1"
discogs="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$(dirname "$0")/make-targets.py" "$base" 30 > "$work/targets.csv"
DISCOGS_BASE_URL="$base" DISCOGS_TOKEN=test-token XDG_CACHE_HOME="$work/cache" \
    "$discogs" enrich "$work/targets.csv" --out "$work/items.sql" --format sql --no-shared-limit --rate-limit 1000/1
lines=$(wc -l < "$work/targets.csv")
unmatched=$(wc -l < "$work/items.sql.unmatched.jsonl")
echo "enrich: $((lines - 1)) targets, $unmatched unmatched"
grep -q "ON CONFLICT" "$work/items.sql"
bash "$(dirname "$0")/postgres-check.sh" "$work/items.sql"
