#!/usr/bin/env bash
# Measures the rate limiter and the retry policy end to end: the release build of `discogs` against
# the Discogs emulator, with python3-discogs-client's time and 429s for the same workload beside it.
#
# Usage: Benchmarks/ratelimit-benchmark.sh          (run from anywhere; about 4–5 minutes)
# Env:   SCRATCH_PATH   build directory passed to swift build --scratch-path (default .build)
#        PYTHON_CLIENT  0 skips python3-discogs-client (otherwise pip installs it into a
#                       temporary venv, which needs PyPI)
#
# Needs ../shared/tools/discogs-emulator/emulator.py beside the package root, python3 and swift.
# Talks to 127.0.0.1 only. Every run gets a reset emulator (POST /_emulator/reset) and a fresh
# XDG_CACHE_HOME, so the shared rate-limit file starts empty.
#
# With emulator.py --window 3 --limit 30 --latency 0.02 and 300 catalogue release IDs
# (ideal N·W/L = 300 × 3 s / 30 = 30 s):
#   1. one CLI process (--rate-limit 30/3 --concurrency 4 --format jsonl): exit 0, wall time
#      within 10 % of 30 s, no 429, 300 distinct releases out; then python3-discogs-client
#      (sequential, its default 429 backoff) on the same IDs, side by side;
#   2. two CLI processes, 150 IDs each, started together, sharing the state file: both exit 0,
#      all 300 out, no 429, wall time within 15 % of 30 s; then the same with --no-shared-limit in
#      both (header adaptation alone): all 300 out, at most 9 429s;
# and on a second emulator with a fault mix and a generous limit (1000 per 3 s):
#   3. 200 releases: all fetched, exit 0;
# and on a third with the window arriving 25 of 30 spent and a penalty box (--penalty 30
# --penalty-after 3): 4a. 150 releases at --rate-limit 30/3, 4b. at 60/3 (twice the server's):
#   all 150 out, no penalty box, 0 (4a) and at most 3 (4b) 429s;
# and on a fourth with a generous limit (1000 per 60 s) and 0.3 s latency: 5. 80 releases right
#   after another sender (a first run, not sharing the file) spent 80 of the window: no 429, and
#   the requests stay concurrent (wall time at most twice 80 × 0.3 s / 4 = 6 s), not one at a time.
# Prints the runs, the comparison and a PASS/FAIL table; exits 1 if a target fails.
# Outputs, logs and the report stay in Benchmarks/out/ratelimit/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${SCRATCH_PATH:-$root/.build}"
emulator="$root/../shared/tools/discogs-emulator/emulator.py"
tool="$root/Benchmarks/ratelimit/bench_tool.py"
python_run="$root/Benchmarks/ratelimit/python_client_run.py"
out="$root/Benchmarks/out/ratelimit"
faults="503=0.05,502=0.03,500=0.02,drop=0.03,truncate=0.02,badjson=0.02,slow=0.01@3"
run_timeout=120       # seconds any one run may take before it is stopped (and fails)
python_timeout=300    # python3-discogs-client backs off for up to 2^n s per 429

[ -f "$emulator" ] || { echo "the emulator is missing: $emulator (expected ../shared beside the package)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 2; }

work="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$out"
mkdir -p "$out"
results="$out/results.jsonl"
: > "$results"

say() { echo "== $*" >&2; }
now() { echo "$EPOCHREALTIME"; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

say "building discogs (release)…"
swift build -c release --package-path "$root" --scratch-path "$scratch" --product discogs >&2
binary="$(swift build -c release --package-path "$root" --scratch-path "$scratch" --show-bin-path)/discogs"

# Starts an emulator on a free port; sets emulator_base. Usage: start_emulator NAME ARGS…
start_emulator() {
    local name="$1"
    shift
    local port_file="$work/$name.port"
    python3 "$emulator" --port 0 --port-file "$port_file" "$@" >"$out/emulator-$name.log" 2>&1 &
    local pid=$!
    pids+=("$pid")
    for _ in $(seq 1 100); do [ -s "$port_file" ] && break; sleep 0.1; done
    if [ ! -s "$port_file" ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "the emulator ($name) did not start:" >&2
        cat "$out/emulator-$name.log" >&2
        exit 1
    fi
    emulator_base="http://127.0.0.1:$(cat "$port_file")"
    say "emulator $name at $emulator_base ($*)"
}

# Starts one CLI process in the background; appends its pid to cli_pids.
# Usage: start_cli BASE TAG IDS_FILE CACHE_DIR RATE EXTRA_ARGS…
start_cli() {
    local base="$1" tag="$2" ids="$3" cache="$4" rate="$5"
    shift 5
    mkdir -p "$cache"
    env XDG_CACHE_HOME="$cache" DISCOGS_TOKEN="test-token" \
        timeout "$run_timeout" "$binary" release --ids-file "$ids" --concurrency 4 --rate-limit "$rate" \
        --format jsonl --base-url "$base" --stats --metrics "$out/$tag.prom" "$@" \
        >"$out/$tag.jsonl" 2>"$out/$tag.stderr" &
    local pid=$!
    pids+=("$pid")
    cli_pids+=("$pid")
}

# Waits for every pid in cli_pids; sets exit_codes (comma list) and wall (seconds since $1).
finish_clis() {
    local started="$1" pid rc codes=()
    for pid in "${cli_pids[@]}"; do
        rc=0
        wait "$pid" || rc=$?
        codes+=("$rc")
    done
    wall="$(seconds_between "$started" "$(now)")"
    exit_codes="$(IFS=,; echo "${codes[*]}")"
}

# Usage: run_clis NAME BASE RATE IDS_FILE… [-- EXTRA_ARGS…]
# One process per IDs file, all started together; the run's facts go to $results.
run_clis() {
    local name="$1" base="$2" rate="$3"
    shift 3
    local files=() extra=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do files+=("$1"); shift; done
    if [ $# -gt 0 ]; then shift; fi
    extra=("$@")
    local cache="$work/cache-$name" all="$work/ids-$name.txt" started n=0 file tag
    local outputs=() metrics=()
    # keep_counts=1: the emulator keeps the window the previous run spent (another sender).
    [ "${keep_counts:-0}" = 1 ] || python3 "$tool" reset "$base"
    cli_pids=()
    started="$(now)"
    for file in "${files[@]}"; do
        n=$((n + 1))
        tag="$name-$n"
        outputs+=("$out/$tag.jsonl")
        metrics+=("$out/$tag.prom")
        start_cli "$base" "$tag" "$file" "$cache" "$rate" "${extra[@]}"
    done
    finish_clis "$started"
    cat "${files[@]}" > "$all"
    python3 "$tool" record "$results" --name "$name" --client "discogs CLI x$n" --base "$base" --ids "$all" \
        --wall "$wall" --exit-codes "$exit_codes" --outputs "${outputs[@]}" --metrics "${metrics[@]}"
    say "$name: ${wall} s, exit $exit_codes"
}

# ---------------------------------------------------------------- python3-discogs-client

python_bin=""
if [ "${PYTHON_CLIENT:-1}" != "0" ]; then
    say "installing python3-discogs-client into a temporary venv…"
    if python3 -m venv "$work/venv" >/dev/null 2>&1 &&
        timeout 300 "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
            python3-discogs-client >"$out/pip.log" 2>&1; then
        python_bin="$work/venv/bin/python"
    elif timeout 300 python3 -m pip install --quiet --disable-pip-version-check --target "$work/pydeps" \
            python3-discogs-client >>"$out/pip.log" 2>&1; then
        python_bin="python3"
        export PYTHONPATH="$work/pydeps${PYTHONPATH:+:$PYTHONPATH}"
    else
        say "python3-discogs-client could not be installed (see $out/pip.log): the comparison is skipped"
    fi
fi

# ---------------------------------------------------------------- 1 and 2: 30 requests per 3 s

start_emulator paced --window 3 --limit 30 --latency 0.02
paced="$emulator_base"
python3 "$tool" ids "$paced" 300 > "$work/ids-300.txt"
head -n 150 "$work/ids-300.txt" > "$work/ids-first-150.txt"
tail -n 150 "$work/ids-300.txt" > "$work/ids-last-150.txt"

say "1. one CLI process, 300 releases, --rate-limit 30/3 (about 30 s)…"
run_clis one-process "$paced" 30/3 "$work/ids-300.txt"

if [ -n "$python_bin" ]; then
    say "1. python3-discogs-client, the same 300 releases (about 45 s)…"
    python3 "$tool" reset "$paced"
    started="$(now)"
    rc=0
    timeout "$python_timeout" "$python_bin" "$python_run" "$paced" "$work/ids-300.txt" \
        "$out/python3-discogs-client.jsonl" 2>"$out/python3-discogs-client.stderr" || rc=$?
    wall="$(seconds_between "$started" "$(now)")"
    python3 "$tool" record "$results" --name python3-discogs-client --client "python3-discogs-client" \
        --base "$paced" --ids "$work/ids-300.txt" --wall "$wall" --exit-codes "$rc" \
        --outputs "$out/python3-discogs-client.jsonl"
    say "python3-discogs-client: ${wall} s, exit $rc"
fi

say "2. two CLI processes sharing the state file, 150 releases each (about 30 s)…"
run_clis two-processes-shared "$paced" 30/3 "$work/ids-first-150.txt" "$work/ids-last-150.txt"

say "2. two CLI processes with --no-shared-limit, 150 releases each (about 35 s)…"
run_clis two-processes-no-shared-file "$paced" 30/3 "$work/ids-first-150.txt" "$work/ids-last-150.txt" \
    -- --no-shared-limit

# ---------------------------------------------------------------- 3: faults, generous limit

start_emulator faults --window 3 --limit 1000 --latency 0.02 --faults "$faults"
python3 "$tool" ids "$emulator_base" 200 > "$work/ids-200.txt"
say "3. 200 releases through the fault mix $faults (about 15 s)…"
run_clis fault-mix "$emulator_base" 1000/3 "$work/ids-200.txt"

# ---------------------------------------------------------------- 4: a spent window, a penalty box

start_emulator spent --window 3 --limit 30 --latency 0.02 --initial-used 25 --penalty 30 --penalty-after 3
python3 "$tool" ids "$emulator_base" 150 > "$work/ids-spent.txt"
say "4a. 150 releases, the window arriving 25 of 30 spent, a penalty box after 3 429s (about 20 s)…"
run_clis spent-window "$emulator_base" 30/3 "$work/ids-spent.txt"
say "4b. the same with --rate-limit 60/3, twice the server's (about 20 s)…"
run_clis spent-window-double-limit "$emulator_base" 60/3 "$work/ids-spent.txt"

# ---------------------------------------------------------------- 5: another sender, plenty of room

start_emulator room --window 60 --limit 1000 --latency 0.3
python3 "$tool" ids "$emulator_base" 80 > "$work/ids-room.txt"
say "5. 80 releases right after another sender spent 80 of 1000 (0.3 s latency, about 15 s)…"
run_clis other-sender "$emulator_base" 1000/60 "$work/ids-room.txt" -- --no-shared-limit
keep_counts=1 run_clis room-after-another-sender "$emulator_base" 1000/60 "$work/ids-room.txt" -- --no-shared-limit

# ---------------------------------------------------------------- report

echo
rc=0
python3 "$tool" report "$results" | tee "$out/report.txt" || rc=$?
echo "(outputs, --stats summaries and logs: $out)"
exit "$rc"
