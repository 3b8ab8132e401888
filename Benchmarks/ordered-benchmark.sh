#!/usr/bin/env bash
# What printing many IDs in order (--ordered, the default in a pipe) costs against arrival order
# (--unordered): wall time, CPU and peak memory of `discogs release --ids-file` on the release
# build, against the emulator with uneven latency (50 ms, and 0.5 s more for one request in 20),
# so results really do arrive out of order.
#
# Usage: Benchmarks/ordered-benchmark.sh [IDS] [ROUNDS]   (default 400 IDs, 3 rounds; about 1 minute)
# Needs ../shared/tools/discogs-emulator/emulator.py beside the package root, python3 and swift.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-400}"
rounds="${2:-3}"
emulator="$root/../shared/tools/discogs-emulator/emulator.py"
[ -f "$emulator" ] || { echo "the emulator is missing: $emulator" >&2; exit 2; }
work="$(mktemp -d)"
emulator_pid=""
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

swift build -c release --product discogs --package-path "$root" >&2
binary="$(swift build -c release --package-path "$root" --show-bin-path)/discogs"
python3 "$emulator" --port 0 --port-file "$work/port" --limit 100000 --unauth-limit 100000 --window 60 \
    --latency 0.05 --faults "slow=0.05@0.5" --seed 7 >"$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$work/port")"
python3 "$root/Benchmarks/ratelimit/bench_tool.py" ids "$base" "$count" > "$work/ids.txt"
python3 "$root/Benchmarks/ordered/measure.py" "$binary" "$base" "$work/ids.txt" "$rounds" "$work"
