"""Smoke test of `factcheck check` as an editor runs it: exit codes and the JSON contract.

Usage: cli_check_smoke.py FACTCHECK_BINARY ARTICLE
"""
import json
import os
import subprocess
import sys
import tempfile


def run(binary, *args, stdin=None):
    return subprocess.run([binary, "check", *args], input=stdin, capture_output=True, text=True, timeout=120)


def main():
    binary, article = sys.argv[1], sys.argv[2]
    failures = []

    json_run = run(binary, article, "--format", "json")
    report = json.loads(json_run.stdout)
    claims = report.get("claims", [])
    verdicts = [claim.get("verdict") for claim in claims]
    expected_exit = 1 if ("REFUTED" in verdicts or "CONFLICTING" in verdicts) else 0
    if json_run.returncode != expected_exit:
        failures.append(f"exit code {json_run.returncode}, expected {expected_exit}: {json_run.stderr}")
    if len(claims) < 9:
        failures.append(f"only {len(claims)} claims in the sample article")
    for claim in claims:
        for key in ("verdict", "explanation"):
            if key not in claim:
                failures.append(f"claim without {key}: {claim.get('claim', {}).get('text')}")
        span = claim["claim"].get("span", {})
        if "end" not in span or "text" not in claim["claim"]:
            failures.append(f"claim without text or span: {claim['claim']}")
        for evidence in claim.get("evidence", []):
            for key in ("dataset", "sha256", "value", "unit", "sourceName"):
                if key not in evidence:
                    failures.append(f"evidence without {key} for {claim['claim']['text']}")
    if "SUPPORTED" not in verdicts:
        failures.append(f"nothing supported: {verdicts}")
    if "line" not in report.get("summary", {}):
        failures.append("no summary line")

    text_run = run(binary, article)
    if report["summary"]["line"] not in text_run.stdout or "\x1b[" in text_run.stdout:
        failures.append("text output lacks the summary line or has colour when piped")

    stdin_run = run(binary, "-", "--published", "2016-02-11", "--format", "json",
                    stdin="Trade between Russia and Iraq reached nearly $2 billion in 2014.")
    if stdin_run.returncode != 0 or json.loads(stdin_run.stdout)["claims"][0]["verdict"] != "SUPPORTED":
        failures.append(f"stdin check failed: {stdin_run.returncode} {stdin_run.stdout} {stdin_run.stderr}")

    with tempfile.TemporaryDirectory() as tmp:
        refused = os.path.join(tmp, "refused.json")
        with open(refused, "w") as out:
            json.dump({"energy": {"output_indicator": 5}}, out)
        unknown = os.path.join(tmp, "unknown.json")
        with open(unknown, "w") as out:
            json.dump({"no-such-plugin": {}}, out)
        for config in (refused, unknown):
            bad = run(binary, article, "--plugin-config", config)
            if bad.returncode != 2:
                failures.append(f"plugin config {json.load(open(config))}: exit {bad.returncode}, expected 2")

    for bad_args in (["/nonexistent/article.txt"], [article, "--format", "xml"], [article, "--published", "Feb 11"]):
        bad = run(binary, *bad_args)
        if bad.returncode != 2:
            failures.append(f"{bad_args}: exit {bad.returncode}, expected 2")

    for failure in failures:
        print("FAIL:", failure)
    print(report["summary"]["line"])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
