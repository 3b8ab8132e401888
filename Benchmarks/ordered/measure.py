"""Runs `discogs release --ids-file` with --ordered and --unordered in alternation and prints
wall time, CPU, peak RSS and whether the output followed the IDs. Usage:
measure.py BINARY BASE_URL IDS_FILE ROUNDS WORK_DIR"""
import json, os, resource, statistics, subprocess, sys, time

binary, base, ids_file, rounds, work = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
ids = [int(line) for line in open(ids_file) if line.strip()]
results = {"--ordered": [], "--unordered": []}
for round_ in range(rounds):
    for flag in results:
        out = os.path.join(work, f"out{flag}.jsonl")
        env = dict(os.environ, DISCOGS_TOKEN="test-token", XDG_CACHE_HOME=os.path.join(work, "cache"))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        with open(out, "w") as fh:
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", os.path.join(work, "rss"), binary, "release",
                            "--ids-file", ids_file, "--concurrency", "8", "--format", "jsonl", "--base-url", base,
                            "--rate-limit", "100000/60", "--no-shared-limit", flag],
                           stdout=fh, stderr=subprocess.DEVNULL, env=env, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        printed = [json.loads(line)["id"] for line in open(out)]
        rss_mb = int(open(os.path.join(work, "rss")).read().split()[-1]) / 1024
        results[flag].append((wall, cpu, rss_mb, printed == ids, sorted(printed) == sorted(ids)))
print(f"{len(ids)} releases, --concurrency 8, 50 ms latency + 0.5 s for 1 in 20, {rounds} rounds (median):")
for flag, runs in results.items():
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    rss = statistics.median(r[2] for r in runs)
    in_order = sum(r[3] for r in runs)
    complete = all(r[4] for r in runs)
    print(f"  {flag:12} wall {wall:.2f} s  cpu {cpu:.2f} s  peak RSS {rss:.1f} MB  "
          f"in the order of the IDs: {in_order}/{len(runs)} runs  every ID once: {complete}")
