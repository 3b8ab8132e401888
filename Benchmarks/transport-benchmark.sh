#!/usr/bin/env bash
# Compares the two transports end to end: the release build of `discogs` fetching releases from
# the Discogs emulator through CurlTransport and through URLSessionTransport.
#
# Usage: Benchmarks/transport-benchmark.sh          (run from anywhere; about 1–2 minutes)
# Env:   SCRATCH_PATH   build directory passed to swift build --scratch-path (default .build)
#        RUNS           repetitions of each timed run (default 3; the median is reported)
#
# 1. Speed: 300 catalogue releases, --concurrency 4, a generous limit (100000 per 60 s),
#    emulator --latency 0.01, through a counting TCP relay: wall time, CPU time (user + system),
#    peak RSS and connections opened, per transport. Target: curl no slower (wall within 5 %)
#    and no more memory than URLSession.
# 2. Honest counts: 40 releases with 30 % of connections dropped (--faults drop=0.3 --seed 11),
#    --concurrency 4: the requests `--stats` reports sent against the requests the emulator
#    counted, per transport. Target: equal for curl.
# Talks to 127.0.0.1 only. Outputs and logs stay in Benchmarks/out/transport/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${SCRATCH_PATH:-$root/.build}"
runs="${RUNS:-3}"
emulator="$root/../shared/tools/discogs-emulator/emulator.py"
here="$root/Benchmarks/transport"
out="$root/Benchmarks/out/transport"
[ -f "$emulator" ] || { echo "the emulator is missing: $emulator (expected ../shared beside the package)" >&2; exit 2; }

work="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
rm -rf "$out"; mkdir -p "$out"
say() { echo "== $*" >&2; }

say "building discogs (release)…"
swift build -c release --package-path "$root" --scratch-path "$scratch" --product discogs >&2
binary="$(swift build -c release --package-path "$root" --scratch-path "$scratch" --show-bin-path)/discogs"

wait_file() { for _ in $(seq 1 100); do [ -s "$1" ] && return 0; sleep 0.1; done; echo "no $1" >&2; exit 1; }

# start_emulator NAME ARGS… → sets port
start_emulator() {
    local name="$1"; shift
    python3 "$emulator" --port 0 --port-file "$work/$name.port" "$@" >"$out/emulator-$name.log" 2>&1 &
    pids+=($!)
    wait_file "$work/$name.port"
    port="$(cat "$work/$name.port")"
}

seq 1 300 > "$work/ids300"
seq 1 40 > "$work/ids40"
common=(--no-shared-limit --format jsonl --concurrency 4 --token test-token)
export XDG_CACHE_HOME="$work/cache"

start_emulator speed --limit 100000 --unauth-limit 100000 --window 60 --latency 0.01
speed_port="$port"
report="$out/report.txt"
: > "$report"
printf '%-10s %8s %8s %9s %12s\n' transport wall_s cpu_s rss_mb connections | tee -a "$report"
for transport in curl urlsession; do
    for run in $(seq 1 "$runs"); do
        curl -s -X POST "http://127.0.0.1:$speed_port/_emulator/reset" >/dev/null
        python3 "$here/counting_proxy.py" "$speed_port" "$work/proxy.port" "$work/proxy.count" &
        proxy=$!
        wait_file "$work/proxy.port"
        line="$(python3 "$here/measure.py" "$out/$transport-$run.jsonl" -- "$binary" release --ids-file "$work/ids300" \
            --transport "$transport" --base-url "http://127.0.0.1:$(cat "$work/proxy.port")" --rate-limit 100000/60 "${common[@]}")"
        kill "$proxy"; wait "$proxy" 2>/dev/null || true
        connections="$(cat "$work/proxy.count" 2>/dev/null || echo 0)"
        rm -f "$work/proxy.port" "$work/proxy.count"
        lines="$(wc -l < "$out/$transport-$run.jsonl")"
        echo "$line" | python3 -c "
import json, sys
d = json.loads(sys.stdin.read()); d.update(transport='$transport', run=$run, connections=$connections, releases=$lines)
print(json.dumps(d))" >> "$out/speed.jsonl"
    done
done
python3 - "$out/speed.jsonl" <<'PY' | tee -a "$report"
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
for t in ("curl", "urlsession"):
    r = [x for x in rows if x["transport"] == t]
    bad = [x for x in r if x["exit"] != 0 or x["releases"] != 300]
    med = lambda k: statistics.median(x[k] for x in r)
    print(f"{t:<10} {med('wall_s'):8.2f} {med('cpu_s'):8.2f} {med('peak_rss_mb'):9.1f} {med('connections'):12.0f}"
          + (f"   ({len(bad)} bad runs)" if bad else ""))
c = [x for x in rows if x["transport"] == "curl"]; u = [x for x in rows if x["transport"] == "urlsession"]
m = lambda rs, k: statistics.median(x[k] for x in rs)
ok = m(c, "wall_s") <= m(u, "wall_s") * 1.05 and m(c, "peak_rss_mb") <= m(u, "peak_rss_mb")
print(("PASS" if ok else "FAIL") + ": curl no slower (wall within 5 %) and no more memory than urlsession")
PY

echo | tee -a "$report"
printf '%-10s %12s %14s %6s\n' transport stats_sent server_counted exit | tee -a "$report"
start_emulator drop --limit 100000 --unauth-limit 100000 --window 60 --faults drop=0.3 --seed 11
for transport in curl urlsession; do
    curl -s -X POST "http://127.0.0.1:$port/_emulator/reset" >/dev/null
    set +e
    "$binary" release --ids-file "$work/ids40" --transport "$transport" --base-url "http://127.0.0.1:$port" \
        --rate-limit 100000/60 --stats "${common[@]}" > "$out/drop-$transport.jsonl" 2> "$out/drop-$transport.err"
    code=$?
    set -e
    sent="$(sed -n 's/^requests: \([0-9]*\) sent.*/\1/p' "$out/drop-$transport.err")"
    counted="$(curl -s "http://127.0.0.1:$port/_emulator/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])')"
    printf '%-10s %12s %14s %6s\n' "$transport" "$sent" "$counted" "$code" | tee -a "$report"
    if [ "$transport" = curl ] && [ "$sent" != "$counted" ]; then echo "FAIL: curl's count differs" | tee -a "$report"; fi
done
echo "(report: $report)"
