#!/usr/bin/python3
"""`factcheck check` with several articles, as a pipeline runs it: JSON lines, reports into
--output-dir, per-article failures that stop nothing, exit codes, no progress bar when piped.

Usage: cli_batch_test.py FACTCHECK EXAMPLES_DIR
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def run(factcheck, *args, env=None):
    return subprocess.run([factcheck, "check", *args], capture_output=True, text=True, env=env)


def main():
    factcheck, examples = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        drafts = root / "drafts"
        (drafts / "desk").mkdir(parents=True)
        articles = sorted(examples.glob("*.txt"))
        for article in articles:
            shutil.copy(article, drafts / article.name)
            shutil.copy(article, drafts / "desk" / article.name)
        (drafts / "desk" / "short.md").write_text(
            "---\npublished: 2016-02-11\n---\nA delegation of nearly 100 officials visited Baghdad.\n")
        os.symlink(root / "gone.txt", drafts / "gone.txt")
        (drafts / "latin1.txt").write_bytes(b"Caf\xe9 prices rose.\n")
        good = 2 * len(articles) + 1

        # JSON lines: one per article on stdout, the batch line on stderr, no progress bar.
        lines = run(factcheck, str(drafts), "--jobs", "2", "--format", "jsonl")
        expect(lines.returncode == 2, f"jsonl batch with failures exited {lines.returncode}, expected 2")
        records = [json.loads(line) for line in lines.stdout.splitlines()]
        expect(len(records) == good + 2, f"{len(records)} JSON lines for {good + 2} articles")
        by_name = {pathlib.Path(r["path"]).name: r for r in records}
        expect(by_name.get("gone.txt", {}).get("status") == "error", "broken link not reported as an error")
        expect("UTF-8" in by_name.get("latin1.txt", {}).get("error", ""), "non-UTF-8 file not reported")
        ok = [r for r in records if r["status"] == "ok"]
        expect(len(ok) == good, f"{len(ok)} articles checked, expected {good}")
        expect(all(r["summary"]["numbers"] > 0 for r in ok), "a checked article without numbers")
        expect("\r" not in lines.stderr, "progress bar drawn although stderr is not a terminal")
        expect(f"{good + 2} articles ({good} checked, 2 failed)" in lines.stderr,
               f"no batch line on stderr: {lines.stderr!r}")

        # Reports into --output-dir, mirroring the folders; one line per article on stdout.
        out = root / "reports"
        html = run(factcheck, str(drafts), "--format", "html", "--output-dir", str(out), "-j", "2")
        expect(html.returncode == 2, f"html batch exited {html.returncode}")
        written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
        expected = sorted([a.with_suffix(".html").name for a in articles] +
                          ["desk/" + a.with_suffix(".html").name for a in articles] + ["desk/short.html"])
        expect(written == expected, f"reports written {written}, expected {expected}")
        expect(all((out / p).read_text().startswith("<!DOCTYPE html>") for p in written), "a report is not HTML")
        expect(f"gone.txt: error: cannot open file" in html.stdout, f"no error line: {html.stdout!r}")
        expect(f"{good + 2} articles ({good} checked, 2 failed)" in html.stdout, "no batch line on stdout")

        # Only good articles: the exit code follows the findings, like a single check.
        clean = run(factcheck, str(drafts / "desk"), "--format", "jsonl")
        findings = any(json.loads(l)["summary"]["refuted"] + json.loads(l)["summary"]["conflicting"] > 0
                       for l in clean.stdout.splitlines())
        expect(clean.returncode == (1 if findings else 0), f"clean batch exited {clean.returncode}")

        # Usage errors.
        no_dir = run(factcheck, str(articles[0]), str(articles[1]), "--format", "html")
        expect(no_dir.returncode == 2 and "--output-dir" in no_dir.stderr, "several files without --output-dir")
        env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_CLAIMREVIEW")}
        no_author = run(factcheck, str(articles[0]), "--format", "claimreview", env=env)
        expect(no_author.returncode == 2 and "author" in no_author.stderr, "claimreview without an author")
        env["FACTCHECK_CLAIMREVIEW_AUTHOR"] = "Example Desk"
        reviews = run(factcheck, str(articles[0]), "--format", "claimreview", env=env)
        expect(reviews.returncode in (0, 1) and json.loads(reviews.stdout)[0]["author"]["name"] == "Example Desk",
               "claimreview author from the environment")

        # A single article into a file.
        single = root / "single.html"
        one = run(factcheck, str(articles[0]), "--format", "html", "-o", str(single))
        expect(one.returncode in (0, 1) and single.read_text().startswith("<!DOCTYPE html>"), "single -o html")
        expect(one.stdout == "", "single -o wrote to stdout")

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
