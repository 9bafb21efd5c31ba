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
4. Batch: 2,000 distinct articles generated into a temporary folder (variations of the
   example and real-news articles, every number and country changed, so no two are alike),
   `factcheck check DIR --jobs 1` and `--jobs 2`; then CheckDocumentStream on unique
   documents with the server on 1 core (taskset) and on 2.

Ratios are between figures of this run only. The machine's load average is printed with the
table: on a shared machine, measure at a quiet moment and repeat. Logs go to stderr.
"""

import argparse
import json
import os
import random
import re
import resource
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
    def __init__(self, build, isolation, cores=None):
        self.port = free_port()
        self.config = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        settings = {"plugin_runtime": {"isolation": isolation}}
        if cores:
            settings["worker_threads"] = cores
        json.dump(settings, self.config)
        self.config.close()
        pin = ["taskset", "-c", ",".join(str(core) for core in range(cores))] if cores else []
        self.process = subprocess.Popen(
            pin + [os.path.join(build, "bin", "factcheck"), "--plugin-dir", os.path.join(build, "lib", "factcheck", "plugins"),
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


COUNTRIES = ["Germany", "France", "Italy", "Spain", "Poland", "Japan", "Brazil", "Iraq", "Syria", "Turkey",
             "Egypt", "Iran", "Russia", "India", "Mexico", "Canada", "Nigeria", "Kenya", "Chile", "Peru"]


def vary(text, rng):
    """The article with every number of its body scaled by its own factor (years and dates kept)
    and every listed country swapped."""
    front = ""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        known = ("published:", "title:", "url:", "language:", "id:")  # the reader refuses other keys
        front = "".join(line for line in text[:end].splitlines(True) if line.startswith(known + ("---",)))
        text = text[end:]

    def number(match):
        value = match.group(0)
        if re.fullmatch(r"(19|20)\d\d", value):  # a year: dates must stay dates
            return value
        digits = value.replace(",", "")
        scaled = float(digits) * rng.uniform(0.5, 1.5)
        return ("%.1f" % scaled) if "." in digits else str(max(1, int(scaled)))
    text = re.sub(r"(?<![\d/-])\d+(?:,\d{3})*(?:\.\d+)?(?![\d/-])", number, text)
    return front + re.sub("|".join(COUNTRIES), lambda _: rng.choice(COUNTRIES), text)


def generate_articles(folder, count):
    """`count` distinct articles from the repository's example and real-news articles."""
    sources = [ARTICLE, os.path.join(ROOT, "examples", "articles", "iraq-power-and-war-2016-02-12.txt")]
    realnews = os.path.join(ROOT, "tests", "realnews", "articles")
    sources += sorted(os.path.join(realnews, name) for name in os.listdir(realnews) if name.endswith(".md"))
    texts = [open(path, encoding="utf-8").read() for path in sources]
    rng = random.Random(14)
    for i in range(count):
        body = vary(texts[i % len(texts)], rng)
        with open(os.path.join(folder, "article-%04d.md" % i), "w", encoding="utf-8") as out:
            out.write(body + "\n\nRef %d.\n" % i)


def batch(build, folder, jobs):
    """Documents/s of `factcheck check FOLDER --jobs N` as its totals line says (the checking, the
    engine's load left out) and its CPU seconds per document (the load included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([os.path.join(build, "bin", "factcheck"), "--plugin-dir",
                           os.path.join(build, "lib", "factcheck", "plugins"), "--dataset-dir",
                           os.path.join(ROOT, "datasets"), "--log-level", "error", "check", folder, "--jobs",
                           str(jobs), "--format", "jsonl"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    failed = [line for line in done.stdout.splitlines() if json.loads(line)["status"] != "ok"]
    if failed:
        raise RuntimeError("%d generated articles failed, first: %s" % (len(failed), failed[0]))
    totals = re.search(r"([0-9.]+) articles/s", done.stderr)
    if not totals:
        raise RuntimeError("factcheck check printed no totals line: %s" % done.stderr[-500:])
    log(done.stderr.strip().splitlines()[-1])
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return float(totals.group(1)), cpu / len(os.listdir(folder))


def streamed(build, cores, duration, concurrency):
    server = Server(build, "in_process", cores)
    try:
        wait_serving(build, server)
        return loadgen(build, server.target, "--document", ARTICLE, "--unique-documents", "--method", "stream",
                       "--concurrency", str(concurrency), "--duration", str(duration), "--warmup", "1")
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--articles", type=int, default=2000)
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
    with tempfile.TemporaryDirectory() as folder:
        generate_articles(folder, args.articles)
        log("batch, %d articles, 1 and 2 jobs ..." % args.articles)
        batch_one = batch(build, folder, 1)
        batch_two = batch(build, folder, 2)
    log("CheckDocumentStream, server on 1 and 2 cores ...")
    stream_one = streamed(build, 1, args.duration, args.concurrency)
    stream_two = streamed(build, 2, args.duration, args.concurrency)
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
        ("batch, %d distinct articles, --jobs 1" % args.articles,
         "%.0f docs/s, %.0f µs CPU/doc (engine load included)" % (batch_one[0], batch_one[1] * 1e6), ""),
        ("batch, --jobs 2", "%.0f docs/s, %.0f µs CPU/doc" % (batch_two[0], batch_two[1] * 1e6),
         "%.2f × 1 job (bar ≥ 1.8); CPU/doc %.2f × 1 job" % (batch_two[0] / batch_one[0], batch_two[1] / batch_one[1])),
        ("CheckDocumentStream, unique documents, server on 1 core", "%.0f docs/s" % stream_one["throughput"], ""),
        ("CheckDocumentStream, server on 2 cores", "%.0f docs/s" % stream_two["throughput"],
         "%.2f × 1 core (bar ≥ 1.8)" % (stream_two["throughput"] / stream_one["throughput"])),
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
