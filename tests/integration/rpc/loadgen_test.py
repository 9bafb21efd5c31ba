#!/usr/bin/python3
"""factcheck-loadgen against a started `factcheck serve`: the numbers it prints are real.

Each run is short (half a second measured). The server's per-call log lines are the
independent witness: the calls loadgen counts as answered must be there, hits and misses as
the flags say.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from serve_process import ServeProcess  # noqa: E402  (tests/python, shared with the client test)

ARGS = None


def calls(server, method):
    """The server's log messages of finished `method` calls."""
    return [m for m in server.messages if m.startswith("rpc method=%s " % method)]


def loadgen(port, *flags):
    """Runs factcheck-loadgen for half a second; returns (exit code, parsed JSON output)."""
    result = subprocess.run([ARGS.loadgen, "--target", "127.0.0.1:%d" % port, "--duration", "0.5", "--warmup",
                             "0.1", "--json", *flags], capture_output=True, text=True, timeout=120)
    if not result.stdout.strip():
        raise AssertionError("no output; stderr: " + result.stderr)
    return result.returncode, json.loads(result.stdout)


class LoadgenTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = ServeProcess(ARGS.factcheck)

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def test_empty_rpc_ceiling_counts_health_checks(self):
        code, out = loadgen(self.server.port, "--empty", "--concurrency", "4")
        self.assertEqual(code, 0, out)
        self.assertEqual(out["method"], "health")
        self.assertEqual(out["failed"], 0)
        self.assertGreater(out["ok"], 10)
        self.assertAlmostEqual(out["throughput"], out["ok"] / 0.5, delta=1)
        self.assertLessEqual(out["p50_ms"], out["p99_ms"])
        self.assertLessEqual(out["p99_ms"], out["max_ms"])

    def test_repeated_documents_are_answered_and_hit_the_cache(self):
        before = len(calls(self.server, "CheckDocument"))
        code, out = loadgen(self.server.port, "--document", ARGS.article, "--concurrency", "2")
        self.assertEqual(code, 0, out)
        self.assertEqual(out["documents"], "repeated")
        self.assertGreater(out["ok"], 5)
        lines = calls(self.server, "CheckDocument")[before:]
        self.assertGreaterEqual(len(lines), out["ok"])
        self.assertTrue(all("status=OK" in line and "claims=43" in line for line in lines), lines[:3])
        self.assertGreater(sum("cache=hit" in line for line in lines), len(lines) // 2)

    def test_unique_documents_all_miss_the_cache(self):
        before = len(calls(self.server, "CheckDocument"))
        code, out = loadgen(self.server.port, "--document", ARGS.article, "--unique-documents", "--raw-replies",
                            "--concurrency", "2")
        self.assertEqual(code, 0, out)
        self.assertEqual(out["documents"], "unique, raw replies")
        self.assertGreater(out["ok"], 5)
        lines = calls(self.server, "CheckDocument")[before:]
        self.assertGreaterEqual(len(lines), out["ok"])
        self.assertFalse([line for line in lines if "cache=miss" not in line])

    def test_open_loop_starts_calls_at_the_rate(self):
        code, out = loadgen(self.server.port, "--document", ARGS.article, "--rate", "100", "--concurrency", "8")
        self.assertEqual(code, 0, out)
        # 100/s for 0.5 s: about 50 calls measured, fewer only if the machine stalls.
        self.assertGreaterEqual(out["ok"] + out["skipped"], 30)
        self.assertLessEqual(out["ok"] + out["skipped"], 52)

    def test_streams_and_extraction(self):
        for method in ("stream", "extract"):
            code, out = loadgen(self.server.port, "--document", ARGS.article, "--method", method)
            self.assertEqual(code, 0, out)
            self.assertGreater(out["ok"], 5, method)

    def test_an_unreachable_server_is_counted_as_failed_calls(self):
        with socket_port() as port:
            code, out = loadgen(port, "--empty", "--concurrency", "2")
        self.assertEqual(code, 1)
        self.assertEqual(out["ok"], 0)
        self.assertGreater(out["failed"], 0)


class socket_port:
    """A loopback port nothing listens on (bound, never listened, so nobody else takes it)."""

    def __enter__(self):
        import socket
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        return self.socket.getsockname()[1]

    def __exit__(self, *exc):
        self.socket.close()


class LoadgenTlsTest(unittest.TestCase):
    def test_server_ca_speaks_tls(self):
        with tempfile.TemporaryDirectory() as scratch:
            make_certificates(scratch)
            config = os.path.join(scratch, "server.json")
            with open(config, "w", encoding="utf-8") as handle:
                json.dump({"tls": {"cert": os.path.join(scratch, "server.pem"),
                                   "key": os.path.join(scratch, "server.key")}}, handle)
            server = ServeProcess(ARGS.factcheck, "--config", config)
            try:
                code, out = loadgen(server.port, "--empty", "--server-ca", os.path.join(scratch, "ca.pem"))
                self.assertEqual(code, 0, out)
                self.assertGreater(out["ok"], 10)
                code, out = loadgen(server.port, "--empty")  # plaintext against TLS: every call fails
                self.assertEqual(code, 1)
                self.assertEqual(out["ok"], 0)
            finally:
                server.stop()


def make_certificates(directory):
    """A CA and a server certificate for 127.0.0.1 it signed, made with the openssl command.

    tools/setup-deps.sh installs openssl: when it is missing or fails, the test fails (an
    AssertionError naming the command), it does not skip.
    """
    def run(*command):
        try:
            result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
        except FileNotFoundError:
            missing = "the openssl command is not installed (tools/setup-deps.sh installs it)"
            raise AssertionError(missing) from None
        if result.returncode != 0:
            raise AssertionError("%s exited with %d: %s"
                                 % (" ".join(command), result.returncode, result.stderr))

    new_key = ["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    with open(os.path.join(directory, "ext"), "w", encoding="utf-8") as handle:
        handle.write("subjectAltName=IP:127.0.0.1\n")
    run(*new_key, "-x509", "-days", "1", "-subj", "/CN=test-ca", "-keyout", "ca.key", "-out", "ca.pem")
    run(*new_key, "-subj", "/CN=server", "-keyout", "server.key", "-out", "server.csr")
    run("openssl", "x509", "-req", "-days", "1", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-extfile", "ext")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    for flag in ("--factcheck", "--loadgen", "--article"):
        parser.add_argument(flag, required=True)
    ARGS, rest = parser.parse_known_args()
    result = unittest.main(argv=[sys.argv[0]] + rest, exit=False).result
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
