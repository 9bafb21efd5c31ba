#!/usr/bin/python3
"""The speed figures of docs/api.md in one run, side by side, as one table.

    tools/bench/speed_table.py [--build build/release] [--repetitions 5] [--duration 5]

Needs the benchmarks and the tools built (`cmake --build build/release --target benchmarks
factcheck factcheck-loadgen factcheck-plugin-worker`). Runs, one after the other:

1. check_bench: the whole check of a 3 KB article (median of the repetitions), plugins
   in-process with their time budget (the default), without one, and isolated.
2. rpc_bench BM_EmbeddedEngine: the embedded check of the served article on 1 and 2 threads.
3. `factcheck serve` (in-process plugins, then isolated) with factcheck-loadgen on the same
   machine: the empty-RPC ceiling (Health/Check), unique documents (every call a cache miss)
   closed loop, then open loop at half that peak for the latency.

Ratios are between figures of this run only. The machine's load average is printed with the
table: on a shared machine, measure at a quiet moment and repeat. Logs go to stderr.
"""

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTICLE = os.path.join(ROOT, "tests", "integration", "rpc", "data", "article-3k.md")


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_benchmark(binary, pattern, repetitions):
    """Median real and CPU time (µs) of each benchmark matching `pattern`, by (name, threads)."""
    output = subprocess.run([binary, "--benchmark_filter=" + pattern, "--benchmark_format=json",
                             "--benchmark_repetitions=%d" % repetitions, "--benchmark_min_time=0.5"],
                            check=True, stdout=subprocess.PIPE, text=True).stdout
    runs = {}
    for entry in json.loads(output)["benchmarks"]:
        if entry.get("run_type") != "iteration":
            continue
        # "BM_CheckArticle/process_time/real_time" is BM_CheckArticle; thread counts stay apart.
        name = entry["run_name"].split("/")[0]
        runs.setdefault((name, entry.get("threads", 1)), []).append(entry)
    medians = {}
    for name, entries in runs.items():
        medians[name] = {
            "real_us": statistics.median(e["real_time"] for e in entries),
            "cpu_us": statistics.median(e["cpu_time"] for e in entries),
            "threads": entries[0].get("threads", 1),
            "items_per_s": statistics.median(e.get("items_per_second", 0) for e in entries),
        }
    return medians


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, build, isolation):
        self.port = free_port()
        self.config = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        json.dump({"plugin_runtime": {"isolation": isolation}}, self.config)
        self.config.close()
        self.process = subprocess.Popen(
            [os.path.join(build, "bin", "factcheck"), "--plugin-dir", os.path.join(build, "lib", "factcheck", "plugins"),
             "--dataset-dir", os.path.join(ROOT, "datasets"), "--log-level", "warn", "serve", "--listen",
             "127.0.0.1:%d" % self.port, "--config", self.config.name], stdout=sys.stderr)
        self.target = "127.0.0.1:%d" % self.port

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.unlink(self.config.name)


def loadgen(build, target, *args):
    command = [os.path.join(build, "bin", "factcheck-loadgen"), "--target", target, "--json"] + list(args)
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise RuntimeError("factcheck-loadgen %s failed" % " ".join(args))
    return json.loads(done.stdout.strip().splitlines()[-1])


def wait_serving(build, server):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError("factcheck serve exited with %d" % server.process.returncode)
        try:
            loadgen(build, server.target, "--empty", "--duration", "0.2", "--warmup", "0", "--concurrency", "1")
            return
        except RuntimeError:
            time.sleep(0.5)
    raise RuntimeError("factcheck serve did not start serving")


def served(build, isolation, duration, concurrency):
    server = Server(build, isolation)
    try:
        wait_serving(build, server)
        common = ["--duration", str(duration), "--warmup", "1"]
        ceiling = loadgen(build, server.target, "--empty", "--concurrency", "32", *common)
        unique = loadgen(build, server.target, "--document", ARTICLE, "--unique-documents", "--raw-replies",
                         "--concurrency", str(concurrency), *common)
        half = max(1, int(unique["throughput"] / 2))
        open_loop = loadgen(build, server.target, "--document", ARTICLE, "--unique-documents", "--raw-replies",
                            "--rate", str(half), "--concurrency", "256", *common)
        return ceiling, unique, open_loop, half
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    build = os.path.abspath(args.build)
    load_before = os.getloadavg()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())

    log("check_bench ...")
    check = run_benchmark(os.path.join(build, "bin", "check_bench"), "BM_CheckArticle", args.repetitions)
    log("rpc_bench BM_EmbeddedEngine ...")
    embedded = run_benchmark(os.path.join(build, "bin", "rpc_bench"), "BM_EmbeddedEngine", args.repetitions)
    log("served, in-process ...")
    ceiling, unique, open_loop, half = served(build, "in_process", args.duration, args.concurrency)
    log("served, isolated ...")
    _, unique_isolated, _, _ = served(build, "process", args.duration, args.concurrency)
    load_after = os.getloadavg()

    one = embedded[("BM_EmbeddedEngine", 1)]
    two = embedded[("BM_EmbeddedEngine", 2)]
    per_thread = one["items_per_s"]
    two_threads = two["items_per_s"]
    threads = os.cpu_count()
    default = check[("BM_CheckArticle", 1)]
    no_budget = check[("BM_CheckArticleNoBudget", 1)]
    isolated = check[("BM_CheckArticleIsolated", 1)]
    rows = [
        ("check_bench 3 KB article, default (in-process, 200 ms budget)",
         "%.0f µs wall, %.0f µs process CPU" % (default["real_us"], default["cpu_us"]), "bar < 60 µs"),
        ("check_bench, in-process without a budget",
         "%.0f µs wall, %.0f µs process CPU" % (no_budget["real_us"], no_budget["cpu_us"]),
         "default is %.2f × this (wall), %.2f × (CPU)" %
         (default["real_us"] / no_budget["real_us"], default["cpu_us"] / no_budget["cpu_us"])),
        ("check_bench, isolated", "%.0f µs wall" % isolated["real_us"],
         "%.2f × default (wall)" % (isolated["real_us"] / default["real_us"])),
        ("embedded, served article, 1 thread", "%.0f docs/s (%.0f µs)" % (per_thread, one["real_us"]), ""),
        ("embedded, served article, 2 threads", "%.0f docs/s" % two_threads,
         "%.2f × 1 thread (bar ≥ 1.8)" % (two_threads / per_thread)),
        ("served Health/Check ceiling, 32 in flight", "%.0f calls/s, p99 %.2f ms" % (ceiling["throughput"],
                                                                                   ceiling["p99_ms"]), ""),
        ("served unique documents, %d in flight, %d server threads" % (args.concurrency, threads),
         "%.0f calls/s, p99 %.2f ms" % (unique["throughput"], unique["p99_ms"]),
         "%.2f × embedded × threads (bar ≥ 0.90); %.3f of ceiling" %
         (unique["throughput"] / (per_thread * threads), unique["throughput"] / ceiling["throughput"])),
        ("served unique documents, open loop at %d/s (half)" % half,
         "p50 %.2f ms, p99 %.2f ms" % (open_loop["p50_ms"], open_loop["p99_ms"]), "bar p99 < 5 ms"),
        ("served unique documents, isolated plugins", "%.0f calls/s" % unique_isolated["throughput"],
         "%.2f × in-process" % (unique_isolated["throughput"] / unique["throughput"])),
    ]
    print("Measured %s, %d cores, load average %.2f before, %.2f after; medians of %d repetitions, %g s runs"
          % (started, threads, load_before[0], load_after[0], args.repetitions, args.duration))
    print()
    print("| What | Measured | Ratio |")
    print("|---|---|---|")
    for what, measured, ratio in rows:
        print("| %s | %s | %s |" % (what, measured, ratio))


if __name__ == "__main__":
    main()
