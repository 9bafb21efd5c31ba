#!/usr/bin/env python3
"""Runs `factcheck plugins test` and checks its exit code and that each expected line is printed.

Usage: cli_plugins_test.py FACTCHECK EXPECTED_EXIT 'LINE1|LINE2' -- ARGS...
"""
import subprocess
import sys

factcheck, expected_exit, expected_lines = sys.argv[1], int(sys.argv[2]), sys.argv[3].split("|")
args = sys.argv[sys.argv.index("--") + 1:]
run = subprocess.run([factcheck, "plugins", "test", *args], capture_output=True, text=True, timeout=60)
output = run.stdout + run.stderr
print(output)
assert run.returncode == expected_exit, f"exit {run.returncode}, expected {expected_exit}"
for line in expected_lines:
    assert line in output, f"missing from the output: {line!r}"
