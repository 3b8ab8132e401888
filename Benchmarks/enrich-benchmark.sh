#!/usr/bin/env bash
# Benchmarks `discogs enrich` against the local Discogs emulator.
#
#   Benchmarks/enrich-benchmark.sh [accuracy|memory|resume|fixtures|all]      (default: all)
#
# accuracy: TARGETS (200) targets from a CATALOGUE (2000) release catalogue, served with a
#           compressed rate-limit window (300 requests per 3 s); prints requests per target, recall
#           (share matched to the right release and track), precision (share of matches that are
#           right) and the run's peak memory.
# memory:   the same for MEMORY_TARGETS (10000) and MEMORY_SIZES ("1000 10000") targets drawn from a
#           MEMORY_CATALOGUE (3000) release catalogue with a generous limit, to show that peak memory
#           (max RSS from /usr/bin/time -v) stays flat as the target count grows.
# resume:   the accuracy targets enriched once straight through and once killed with SIGKILL
#           part-way and resumed with --resume; the two outputs must be equal but for
#           scrape_timestamp (each run stamps its own time).
# fixtures: every playable track of the recorded releases in FIXTURES (the shared fixtures) as a
#           target, against the emulator serving those recordings: how real releases match.
#
# SEED (1) picks the targets, EMULATOR_SEED (1) the catalogue; CONCURRENCY (4) is passed to enrich.
# Needs: swift, python3, /usr/bin/time. The emulator is found at EMULATOR
# (default ../shared/tools/discogs-emulator/emulator.py beside the project). Output goes to Benchmarks/out/.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="${OUT:-$HERE/out}"
EMULATOR="${EMULATOR:-$ROOT/../shared/tools/discogs-emulator/emulator.py}"
FIXTURES="${FIXTURES:-$ROOT/../shared/fixtures/discogs}"
TARGETS="${TARGETS:-200}"
CATALOGUE="${CATALOGUE:-2000}"
SEED="${SEED:-1}"
EMULATOR_SEED="${EMULATOR_SEED:-1}"
CONCURRENCY="${CONCURRENCY:-4}"
EXTRA="${EXTRA:-}"   # more enrich options, e.g. EXTRA="--max-fetches 3"
MEMORY_CATALOGUE="${MEMORY_CATALOGUE:-3000}"
MEMORY_SIZES="${MEMORY_SIZES:-1000 10000}"
MODE="${1:-all}"
HELPER="$HERE/enrich_targets.py"
mkdir -p "$OUT"

echo "building discogs (release)…" >&2
(cd "$ROOT" && swift build -c release --product discogs >&2)
DISCOGS="$(cd "$ROOT" && swift build -c release --show-bin-path)/discogs"

EMULATOR_PID=""
stop_emulator() {
    if [[ -n "$EMULATOR_PID" ]]; then kill "$EMULATOR_PID" 2>/dev/null || true; wait "$EMULATOR_PID" 2>/dev/null || true; fi
    EMULATOR_PID=""
}
trap stop_emulator EXIT

# start_emulator CATALOGUE_SIZE LIMIT WINDOW [more emulator options]
start_emulator() {
    stop_emulator
    rm -f "$OUT/port"
    python3 "$EMULATOR" --port 0 --port-file "$OUT/port" --catalogue-size "$1" --limit "$2" --window "$3" \
        --seed "$EMULATOR_SEED" "${@:4}" 2>"$OUT/emulator.log" &
    EMULATOR_PID=$!
    for _ in $(seq 1 300); do [[ -s "$OUT/port" ]] && break; sleep 0.2; done
    [[ -s "$OUT/port" ]] || { echo "the emulator did not start; see $OUT/emulator.log" >&2; exit 1; }
    BASE="http://127.0.0.1:$(cat "$OUT/port")"
}

# run NAME COUNT RATE_LIMIT: targets from the running emulator, one enrich run, its score.
run() {
    local name="$1" count="$2" rate="$3"
    python3 "$HELPER" make --base "$BASE" --count "$count" --seed "$SEED" \
        --targets "$OUT/$name.csv" --truth "$OUT/$name.truth.jsonl" >"$OUT/$name.targets.json"
    curl -sf -X POST "$BASE/_emulator/reset" >/dev/null
    rm -f "$OUT/$name.items.jsonl" "$OUT/$name.unmatched.jsonl" "$OUT/$name.items.jsonl.checkpoint"
    local started ended
    started=$(date +%s.%N)
    /usr/bin/time -v "$DISCOGS" enrich "$OUT/$name.csv" --out "$OUT/$name.items.jsonl" \
        --unmatched "$OUT/$name.unmatched.jsonl" --base-url "$BASE" --token test-token \
        --rate-limit "$rate" --no-shared-limit --concurrency "$CONCURRENCY" $EXTRA 2>"$OUT/$name.stderr" \
        || echo "discogs enrich exited with $? (targets that failed are in $OUT/$name.unmatched.jsonl)" >&2
    ended=$(date +%s.%N)
    local rss
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.stderr")
    python3 "$HELPER" score --truth "$OUT/$name.truth.jsonl" --items "$OUT/$name.items.jsonl" \
        --unmatched "$OUT/$name.unmatched.jsonl" --stats "$BASE/_emulator/stats" --rss-kb "$rss" \
        | python3 -c "import json,sys; r=json.load(sys.stdin); r['name']='$name'; r['seconds']=round($ended-$started,1); \
r['targets_file']=json.load(open('$OUT/$name.targets.json')); print(json.dumps(r))" | tee "$OUT/$name.result.json"
}

if [[ "$MODE" == accuracy || "$MODE" == all ]]; then
    start_emulator "$CATALOGUE" 300 3
    run "accuracy-$TARGETS" "$TARGETS" 300/3
fi
if [[ "$MODE" == resume || "$MODE" == all ]]; then
    start_emulator "$CATALOGUE" 300 3
    python3 "$HELPER" make --base "$BASE" --count "$TARGETS" --seed "$SEED" \
        --targets "$OUT/resume.csv" --truth "$OUT/resume.truth.jsonl" >/dev/null
    # Run in a subshell that becomes discogs (exec), so $! is the process to kill.
    enrich() {
        exec "$DISCOGS" enrich "$OUT/resume.csv" --out "$OUT/$1.jsonl" --unmatched "$OUT/$1.unmatched.jsonl" \
            --base-url "$BASE" --token test-token --rate-limit 300/3 --no-shared-limit "${@:2}"
    }
    rm -f "$OUT"/resume-{straight,killed}.jsonl*
    (enrich resume-straight 2>/dev/null) || true
    (enrich resume-killed 2>/dev/null) & pid=$!
    while [[ ! -s "$OUT/resume-killed.jsonl.checkpoint" || $(wc -l <"$OUT/resume-killed.jsonl.checkpoint") -lt $((TARGETS / 3)) ]]; do
        sleep 0.05
    done
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true
    killed_at=$(( $(wc -l <"$OUT/resume-killed.jsonl.checkpoint") - 1 ))  # the first line is the run's identity
    (enrich resume-killed --resume 2>/dev/null) || true
    python3 - "$OUT" "$killed_at" <<'PY'
import json, sys
out, killed_at = sys.argv[1], sys.argv[2]
def items(name):
    rows = [json.loads(line) for line in open(f"{out}/{name}.jsonl")]
    for row in rows: row.pop("scrape_timestamp", None)
    return rows
straight, resumed = items("resume-straight"), items("resume-killed")
same_unmatched = open(f"{out}/resume-straight.unmatched.jsonl").read() == open(f"{out}/resume-killed.unmatched.jsonl").read()
keys = [(r["item_type"], r.get("discogs_id"), (r.get("metadata") or {}).get("position"), (r.get("metadata") or {}).get("target_row"), r.get("normalized_name")) for r in resumed]
print(json.dumps({"killed_after_targets": int(killed_at), "items": len(resumed), "identical_items": straight == resumed,
                  "identical_unmatched": same_unmatched, "duplicates": len(keys) - len(set(keys))}))
PY
fi
if [[ "$MODE" == fixtures || "$MODE" == all ]]; then
    start_emulator 0 1000000 1 --fixtures "$FIXTURES"
    python3 "$HELPER" fixtures --fixtures "$FIXTURES" --targets "$OUT/fixtures.csv" --truth "$OUT/fixtures.truth.jsonl" \
        >"$OUT/fixtures.targets.json"
    curl -sf -X POST "$BASE/_emulator/reset" >/dev/null
    rm -f "$OUT"/fixtures.items.jsonl*
    "$DISCOGS" enrich "$OUT/fixtures.csv" --out "$OUT/fixtures.items.jsonl" --unmatched "$OUT/fixtures.unmatched.jsonl" \
        --base-url "$BASE" --token test-token --rate-limit 1000000/1 --no-shared-limit 2>"$OUT/fixtures.stderr" || true
    python3 "$HELPER" score --truth "$OUT/fixtures.truth.jsonl" --items "$OUT/fixtures.items.jsonl" \
        --unmatched "$OUT/fixtures.unmatched.jsonl" --stats "$BASE/_emulator/stats" | tee "$OUT/fixtures.result.json"
fi
if [[ "$MODE" == memory || "$MODE" == all ]]; then
    start_emulator "$MEMORY_CATALOGUE" 1000000 1
    for size in $MEMORY_SIZES; do run "memory-$size" "$size" 1000000/1; done
fi
