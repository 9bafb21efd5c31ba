#!/usr/bin/python3
"""Plugins that crash or hang, loaded beside the built-in ones, against the real CLI and server.

- `factcheck check --isolate` with a plugin that segfaults on every claim prints every verdict
  the built-in plugins give, names the plugin on the claims it crashed on, and exits 3.
- `factcheck check` with a plugin that never returns comes back within its budget + 1 s, isolated
  or in-process.
- `factcheck serve` with the crashing plugin stays up, answers health SERVING, and 1,000 calls
  that reach the plugin all return; with the looping plugin it keeps answering and exits within its
  grace period on SIGTERM.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import time
import unittest

import test_rpc_client
from serve_process import ServeProcess

ARGS = None
SMALL_DOCUMENT = "Germany's population reached about 82.3 million in 2016, the largest in the European Union."


def check(*args, timeout=120):
    started = time.monotonic()
    result = subprocess.run([ARGS.factcheck, "check", ARGS.article, "--format", "json", *args], capture_output=True,
                            text=True, timeout=timeout)
    return result, time.monotonic() - started


def verdicts(stdout):
    return {(claim["claim"]["span"].get("start", 0), claim["claim"]["text"]): claim["verdict"]
            for claim in json.loads(stdout)["claims"]}


class CheckCommandTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.clean, cls.clean_seconds = check()
        cls.clean_verdicts = verdicts(cls.clean.stdout)

    def test_isolated_crash_keeps_every_other_verdict_names_the_plugin_and_exits_3(self):
        result, _ = check("--isolate", "--plugin-dir", ARGS.crashing_dir)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertEqual(verdicts(result.stdout), self.clean_verdicts)
        report = json.loads(result.stdout)
        errors = [error for claim in report["claims"] for error in claim.get("errors", [])]
        self.assertTrue(errors)
        self.assertTrue(all("checker 'segfaults'" in error for error in errors), errors)
        self.assertIn("checker 'segfaults' crashed (SIGSEGV) on this claim", errors)
        self.assertIn("checker 'segfaults'", result.stderr)

    def test_looping_plugin_costs_at_most_its_budget_and_a_second(self):
        for isolation in (["--isolate"], []):
            result, seconds = check(*isolation, "--plugin-timeout", "300", "--plugin-dir", ARGS.looping_dir)
            self.assertEqual(result.returncode, 3, result.stderr)
            self.assertLess(seconds, self.clean_seconds + 0.3 + 1.0, isolation)
            self.assertEqual(verdicts(result.stdout), self.clean_verdicts)
            self.assertIn("checker 'loops' timed out on this claim (over its 300 ms limit)", result.stdout)


class ServeTest(unittest.TestCase):
    def connect(self, server):
        import grpc
        from factcheck.v1 import service_pb2_grpc, types_pb2
        from factcheck_health import health_pb2_grpc
        channel = grpc.insecure_channel("127.0.0.1:%d" % server.port)
        self.addCleanup(channel.close)
        return service_pb2_grpc.FactCheckStub(channel), health_pb2_grpc.HealthStub(channel), types_pb2

    def assert_serving(self, health, service="factcheck.v1.FactCheck", serving=True):
        from factcheck_health import health_pb2
        response = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=10)
        expected = health_pb2.HealthCheckResponse.SERVING if serving else health_pb2.HealthCheckResponse.NOT_SERVING
        self.assertEqual(response.status, expected)

    def test_a_crashing_plugin_does_not_take_the_server_down(self):
        server = ServeProcess(ARGS.factcheck, "--plugin-dir", ARGS.crashing_dir, "--plugin-dir", ARGS.builtin_dir)
        try:
            stub, health, types = self.connect(server)
            self.assert_serving(health)
            document = types.Document(text=SMALL_DOCUMENT, published="2017-01-01")

            def call(_):
                report = stub.CheckDocument(document, timeout=30)
                return [error for claim in report.claims for error in claim.errors], report

            with concurrent.futures.ThreadPoolExecutor(8) as pool:
                answers = list(pool.map(call, range(1000)))
            self.assertEqual(len(answers), 1000)
            for errors, report in answers:
                self.assertTrue(errors)
                self.assertTrue(all("checker 'segfaults'" in error for error in errors), errors)
                self.assertEqual(types.Verdict.Name(report.claims[0].verdict), "SUPPORTED")
            self.assert_serving(health)
        finally:
            code = server.stop()
        self.assertEqual(code, 0)
        # Answers a checker failed on are not cached: the calls kept reaching the plugin.
        self.assertGreater(sum("crashed (SIGSEGV) in" in message for message in server.messages), 2)

    def test_isolated_workers_are_confined(self):
        config = os.path.join(ARGS.stub_dir, "isolate-all.json")
        with open(config, "w", encoding="utf-8") as handle:
            json.dump({"plugin_runtime": {"isolation": "process", "memory_mb": 512}}, handle)
        server = ServeProcess(ARGS.factcheck, "--config", config, "--plugin-dir", ARGS.builtin_dir)
        try:
            stub, _, types = self.connect(server)
            report = stub.CheckDocument(types.Document(text=SMALL_DOCUMENT, published="2017-01-01"), timeout=30)
            self.assertEqual(types.Verdict.Name(report.claims[0].verdict), "SUPPORTED")
            self.assertFalse(report.claims[0].errors)
            workers = [pid for pid in os.listdir("/proc") if pid.isdigit() and self.is_worker_of(pid, server)]
            self.assertTrue(workers)
            for pid in workers:
                with open("/proc/%s/status" % pid, encoding="utf-8") as handle:
                    status = handle.read()
                self.assertIn("NoNewPrivs:\t1", status)
                self.assertIn("Seccomp:\t2", status)  # a filter is installed
                with open("/proc/%s/limits" % pid, encoding="utf-8") as handle:
                    limits = handle.read()
                self.assertRegex(limits, r"Max address space\s+536870912\s+536870912")
                self.assertRegex(limits, r"Max open files\s+64\s+64")
        finally:
            code = server.stop()
        self.assertEqual(code, 0)

    @staticmethod
    def is_worker_of(pid, server):
        try:
            with open("/proc/%s/stat" % pid, encoding="utf-8") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            with open("/proc/%s/cmdline" % pid, encoding="utf-8") as handle:
                command = handle.read()
        except (OSError, ValueError, IndexError):
            return False
        return parent == server.process.pid and "factcheck-plugin-worker" in command

    def test_a_looping_plugin_is_cut_off_and_the_server_still_stops_in_its_grace_period(self):
        server = ServeProcess(ARGS.factcheck, "--plugin-dir", ARGS.looping_dir, "--plugin-dir", ARGS.builtin_dir,
                              "--plugin-timeout", "200")
        try:
            stub, health, types = self.connect(server)
            document = types.Document(text=SMALL_DOCUMENT, published="2017-01-01")
            with concurrent.futures.ThreadPoolExecutor(4) as pool:
                reports = list(pool.map(lambda _: stub.CheckDocument(document, timeout=30), range(8)))
            for report in reports:
                self.assertEqual(types.Verdict.Name(report.claims[0].verdict), "SUPPORTED")
                self.assertIn("timed out", report.claims[0].errors[0])
            self.assert_serving(health)
            # Calls in flight on the looping plugin when SIGTERM arrives.
            pending = [stub.CheckDocument.future(document, timeout=30) for _ in range(4)]
            started = time.monotonic()
        finally:
            code = server.stop()
        self.assertEqual(code, 0)
        self.assertLess(time.monotonic() - started, 10 + 2)  # the default 10 s grace, and exit
        for future in pending:
            future.exception()

    def test_an_in_process_plugin_stuck_past_its_budget_is_reported_in_health(self):
        config = os.path.join(ARGS.stub_dir, "in-process.json")
        with open(config, "w", encoding="utf-8") as handle:
            json.dump({"plugin_runtime": {"isolation": "in_process", "timeout_ms": 200}}, handle)
        server = ServeProcess(ARGS.factcheck, "--config", config, "--plugin-dir", ARGS.looping_dir,
                              "--plugin-dir", ARGS.builtin_dir)
        try:
            stub, health, types = self.connect(server)
            self.assert_serving(health, "factcheck.v1.FactCheck/plugins")
            document = types.Document(text=SMALL_DOCUMENT, published="2017-01-01")
            report = stub.CheckDocument(document, timeout=30)
            self.assertEqual(types.Verdict.Name(report.claims[0].verdict), "SUPPORTED")
            self.assertIn("checker 'loops' timed out on this claim (over its 200 ms limit)", report.claims[0].errors[0])
            # The server serves on; the thread stuck in the plugin is reported.
            self.assert_serving(health)
            self.assert_serving(health, "factcheck.v1.FactCheck/plugins", serving=False)
            started = time.monotonic()
        finally:
            code = server.stop()
        self.assertEqual(code, 0)
        self.assertLess(time.monotonic() - started, 10 + 2)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    for flag in ("--factcheck", "--proto-dir", "--health-proto-dir", "--stub-dir", "--article", "--crashing-dir",
                 "--looping-dir", "--builtin-dir"):
        parser.add_argument(flag, required=True)
    ARGS, rest = parser.parse_known_args()
    test_rpc_client.ARGS = ARGS
    test_rpc_client.generate_stubs()
    result = unittest.main(argv=[sys.argv[0]] + rest, exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
