#!/usr/bin/python3
"""Checks a factcheck HTML report in headless Chromium.

Loads the report from disk (file://...#selftest: the page clicks and focuses every claim
itself and writes the outcome into <pre id="selftest">), dumps the rendered DOM and checks:
a highlight for each claim with the expected verdict and a matching detail panel, the panel
opening on click and on focus, no console messages, no resource loaded from anywhere, the
article's own markup shown as text. Then saves a screenshot into the artifacts directory.

Exit status 0 when every check passes; each failure is printed.
"""
import argparse
import html.parser
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

CSS_OF_VERDICT = {
    "SUPPORTED": "v-supported",
    "REFUTED": "v-refuted",
    "CONFLICTING": "v-conflicting",
    "NOT_ENOUGH_INFO": "v-nei",
    "NOT_CHECKABLE": "v-nc",
}


class ReportDom(html.parser.HTMLParser):
    """Collects the claim highlights, the detail panels, scripts and the self-test output."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.claims = []  # (data-claim, data-verdict, classes)
        self.details = {}  # data-claim -> (data-verdict, classes)
        self.scripts = 0
        self.loading_attributes = []  # src/href of elements that would load something
        self.selftest = ""
        self.article_text = ""
        self._in_selftest = False
        self._article_depth = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "a" and "claim" in classes:
            self.claims.append((attributes.get("data-claim"), attributes.get("data-verdict"), classes))
        if tag == "section" and "detail" in classes:
            self.details[attributes.get("data-claim")] = (attributes.get("data-verdict"), classes)
        if tag == "script":
            self.scripts += 1
        if "src" in attributes or (tag == "link" and "href" in attributes) or tag in ("iframe", "object", "embed"):
            self.loading_attributes.append(f"<{tag}> {attributes}")
        if tag == "pre" and attributes.get("id") == "selftest":
            self._in_selftest = True
        if tag == "article":
            self._article_depth += 1

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in_selftest = False
        if tag == "article":
            self._article_depth -= 1

    def handle_data(self, data):
        if self._in_selftest:
            self.selftest += data
        if self._article_depth > 0:
            self.article_text += data


def chromium_command(chromium, profile, *extra):
    return [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
        "--disable-extensions", f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", *extra,
    ]


# Chromium's own start-up chatter that says nothing about the page.
IGNORED_LOG = re.compile(r"dbus|Fontconfig|gpu_init|viz_main|sandbox|angle|GLES|vaapi|Vulkan|"
                         r"ozone|setrlimit|crashpad|DevTools listening|SharedImage|task_manager|"
                         r"ffmpeg|PolicyManager|bluez|udev|inotify|memory_pressure|"
                         r"ERROR:.*(?:egl|gl_|command_buffer|display)", re.I)
PAGE_PROBLEM = re.compile(r"CONSOLE|Uncaught|Refused to|Content Security Policy|ERR_NAME_NOT_RESOLVED|"
                          r"net::ERR|Failed to load", re.I)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--render", help="program that writes the report: PROGRAM OUTPUT.html")
    parser.add_argument("--factcheck", help="the factcheck CLI: checks --article into HTML and JSON")
    parser.add_argument("--article", help="article for --factcheck")
    parser.add_argument("--report", help="an existing report file (instead of --render/--factcheck)")
    parser.add_argument("--artifacts", required=True, help="directory for the report copy, DOM and screenshot")
    parser.add_argument("--expect-claims", type=int, help="number of claim highlights expected")
    parser.add_argument("--expect-text", action="append", default=[], help="text the article must show verbatim")
    args = parser.parse_args()

    if shutil.which(args.chromium) is None:
        print(f"SKIP: {args.chromium} not found; install it with tools/setup-deps.sh --with-browser")
        return 77

    artifacts = pathlib.Path(args.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    report = artifacts / "report.html"
    failures = []
    started = time.monotonic()

    if args.render:
        subprocess.run([args.render, str(report)], check=True)
    elif args.factcheck:
        # Exit codes 0 and 1 (findings) are both a finished check.
        for fmt, out in (("html", report), ("json", artifacts / "report.json")):
            run = subprocess.run([args.factcheck, "check", args.article, "--format", fmt, "-o", str(out)],
                                 capture_output=True, text=True)
            if run.returncode not in (0, 1):
                print(f"FAIL: factcheck check --format {fmt} exited with {run.returncode}: {run.stderr}")
                return 1
    elif args.report:
        report.write_bytes(pathlib.Path(args.report).read_bytes())
    if not report.is_file():
        print(f"FAIL: no report written at {report}")
        return 1
    url = report.resolve().as_uri() + "#selftest"

    with tempfile.TemporaryDirectory() as profile:
        dump = subprocess.run(chromium_command(args.chromium, profile, "--dump-dom", url),
                              capture_output=True, text=True, timeout=90)
    (artifacts / "dom.html").write_text(dump.stdout)
    (artifacts / "chromium.log").write_text(dump.stderr)
    if dump.returncode != 0:
        failures.append(f"chromium --dump-dom exited with {dump.returncode}")

    dom = ReportDom()
    dom.feed(dump.stdout)

    # Highlights and panels.
    if args.expect_claims is not None and len(dom.claims) != args.expect_claims:
        failures.append(f"{len(dom.claims)} claim highlights, expected {args.expect_claims}")
    expected = {}
    if args.factcheck:
        data = json.loads((artifacts / "report.json").read_text())
        for index, claim in enumerate(data.get("claims", [])):
            claim_id = claim.get("claim", {}).get("id") or str(index + 1)
            expected["claim-" + claim_id] = claim.get("verdict", "VERDICT_UNSPECIFIED")
        if len(expected) != len(dom.claims):
            failures.append(f"{len(dom.claims)} highlights for {len(expected)} claims in the JSON report")
    for claim_id, verdict, classes in dom.claims:
        if claim_id in expected and expected[claim_id] != verdict:
            failures.append(f"{claim_id}: highlight says {verdict}, the JSON report {expected[claim_id]}")
        if CSS_OF_VERDICT.get(verdict) not in classes:
            failures.append(f"{claim_id}: classes {classes} do not show verdict {verdict}")
        detail = dom.details.get(claim_id)
        if detail is None:
            failures.append(f"{claim_id}: no detail panel")
        elif detail[0] != verdict:
            failures.append(f"{claim_id}: panel says {detail[0]}, highlight {verdict}")

    # What the page's self-test saw when it clicked and focused each claim.
    try:
        selftest = json.loads(dom.selftest)
    except json.JSONDecodeError:
        selftest = None
        failures.append(f"self-test output missing or not JSON: {dom.selftest[:200]!r} (did the script run?)")
    if selftest is not None:
        if len(selftest["claims"]) != len(dom.claims):
            failures.append(f"self-test exercised {len(selftest['claims'])} of {len(dom.claims)} claims")
        for entry in selftest["claims"]:
            if not entry.get("click"):
                failures.append(f"{entry['claim']}: panel did not open with the right verdict on click")
            if not entry.get("focus"):
                failures.append(f"{entry['claim']}: panel did not open on keyboard focus")
        if selftest["resources"] != 0 or selftest["loaded"]:
            failures.append(f"page loaded resources: {selftest['resources']} {selftest['loaded']}")

    # Nothing to fetch, the article's markup inert, no console output.
    if dom.loading_attributes:
        failures.append(f"elements that load resources: {dom.loading_attributes}")
    if dom.scripts != 1:
        failures.append(f"{dom.scripts} <script> elements; only the report's own is allowed")
    for text in args.expect_text:
        if text not in dom.article_text:
            failures.append(f"article does not show {text!r} as text")
    for line in dump.stderr.splitlines():
        if PAGE_PROBLEM.search(line) and not IGNORED_LOG.search(line):
            failures.append(f"browser log: {line.strip()}")

    screenshot = artifacts / "report.png"
    with tempfile.TemporaryDirectory() as profile:
        shot = subprocess.run(chromium_command(args.chromium, profile, f"--screenshot={screenshot}",
                                               "--window-size=1280,1000", "--hide-scrollbars", url),
                              capture_output=True, text=True, timeout=90)
    if shot.returncode != 0 or not screenshot.is_file() or screenshot.stat().st_size < 10_000:
        failures.append(f"no usable screenshot at {screenshot} (exit {shot.returncode})")

    elapsed = time.monotonic() - started
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(dom.claims)} claims checked in Chromium in {elapsed:.1f} s; screenshot {screenshot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
