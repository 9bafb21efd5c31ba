#!/usr/bin/python3
"""Python client test of `factcheck serve` (Debian python3-grpcio, stubs from protoc).

Starts the server on a free loopback port, calls Health, CheckDocument and
CheckDocumentStream, checks the verdicts, compares `factcheck check --server` with the
embedded `factcheck check`, and stops the server with SIGTERM (exit code 0 expected).
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import unittest

from serve_process import ServeProcess, wait_until

ARGS = None
SERVER = None  # the ServeProcess


def generate_stubs():
    os.makedirs(ARGS.stub_dir, exist_ok=True)
    common = ["/usr/bin/protoc", "--python_out=" + ARGS.stub_dir, "--grpc_python_out=" + ARGS.stub_dir,
              "--plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin"]
    subprocess.run(common + ["-I" + ARGS.proto_dir,
                             os.path.join(ARGS.proto_dir, "factcheck/v1/types.proto"),
                             os.path.join(ARGS.proto_dir, "factcheck/v1/service.proto")], check=True)
    # The health proto's own path (grpc/health/v1) would shadow the grpc package in Python: generate
    # it from a copy under another directory (the wire names come from its package, unchanged).
    health_dir = os.path.join(ARGS.stub_dir, "health_proto")
    os.makedirs(os.path.join(health_dir, "factcheck_health"), exist_ok=True)
    shutil.copy(os.path.join(ARGS.health_proto_dir, "grpc/health/v1/health.proto"),
                os.path.join(health_dir, "factcheck_health/health.proto"))
    subprocess.run(common + ["-I" + health_dir, "factcheck_health/health.proto"], check=True)
    sys.path.insert(0, ARGS.stub_dir)


def read_article(path):
    """Splits the front matter (published, title, id) off the article, as the CLI does."""
    with open(path, encoding="utf-8") as handle:
        content = handle.read()
    meta = {}
    if content.startswith("---\n"):
        end = content.index("\n---\n", 4)
        for line in content[4:end].splitlines():
            key, value = line.split(":", 1)
            meta[key.strip()] = value.strip()
        content = content[end + 5:]
    return content, meta


class ServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        import grpc
        from factcheck.v1 import service_pb2_grpc, types_pb2
        from factcheck_health import health_pb2_grpc
        cls.types = types_pb2
        cls.channel = grpc.insecure_channel("127.0.0.1:%d" % SERVER.port)
        cls.stub = service_pb2_grpc.FactCheckStub(cls.channel)
        cls.health_stub = health_pb2_grpc.HealthStub(cls.channel)
        text, meta = read_article(ARGS.article)
        cls.document = types_pb2.Document(text=text, published=meta["published"], title=meta["title"],
                                          id=meta["id"])

    @classmethod
    def tearDownClass(cls):
        cls.channel.close()

    def test_health_is_serving(self):
        from factcheck_health import health_pb2
        for service in ("", "factcheck.v1.FactCheck"):
            response = self.health_stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=10)
            self.assertEqual(response.status, health_pb2.HealthCheckResponse.SERVING)

    def verdict_of(self, claims, text, sentence_part):
        """Verdict name of the claim `text` in a sentence containing `sentence_part`."""
        for result in claims:
            if result.claim.text == text and sentence_part in result.claim.sentence:
                return self.types.Verdict.Name(result.verdict)
        self.fail("no claim %r in a sentence with %r" % (text, sentence_part))

    def test_check_document_verdicts(self):
        report = self.stub.CheckDocument(self.document, timeout=30)
        self.assertEqual(report.document.id, "rpc-test-article")
        self.assertEqual(len(report.claims), report.summary.numbers)
        self.assertGreater(report.summary.supported, 0)
        self.assertGreater(report.summary.refuted, 0)
        self.assertGreater(report.summary.not_checkable, 0)
        self.assertEqual(self.verdict_of(report.claims, "about 82.3 million", "Germany's population reached"),
                         "SUPPORTED")
        self.assertEqual(self.verdict_of(report.claims, "50 million", "Iraq's population was"), "REFUTED")
        self.assertEqual(self.verdict_of(report.claims, "200", "plans to build"), "NOT_CHECKABLE")

    def test_stream_matches_unary(self):
        report = self.stub.CheckDocument(self.document, timeout=30)
        messages = list(self.stub.CheckDocumentStream(self.document, timeout=30))
        self.assertEqual(len(messages), len(report.claims) + 1)
        for message, expected in zip(messages, report.claims):
            self.assertEqual(message.WhichOneof("item"), "claim")
            self.assertEqual(message.claim.claim.id, expected.claim.id)
            self.assertEqual(message.claim.verdict, expected.verdict)
        self.assertEqual(messages[-1].WhichOneof("item"), "summary")
        self.assertEqual(messages[-1].summary, report.summary)

    def test_reflection_lists_the_service(self):
        # ServerReflectionRequest{list_services: ""} hand-encoded (field 7, empty string).
        call = self.channel.stream_stream("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                                          request_serializer=lambda raw: raw,
                                          response_deserializer=lambda raw: raw)
        responses = list(call(iter([b"\x3a\x00"]), timeout=10))
        self.assertEqual(len(responses), 1)
        self.assertIn(b"factcheck.v1.FactCheck", responses[0])
        self.assertIn(b"grpc.health.v1.Health", responses[0])

    def test_empty_document_is_invalid_argument(self):
        import grpc
        with self.assertRaises(grpc.RpcError) as raised:
            self.stub.CheckDocument(self.types.Document(text=""), timeout=10)
        self.assertEqual(raised.exception.code(), grpc.StatusCode.INVALID_ARGUMENT)

    def test_bad_config_is_a_usage_error(self):
        config = os.path.join(ARGS.stub_dir, "bad-server.json")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write('{"limits": {"max_concurent_calls": 8}}')
        result = subprocess.run([ARGS.factcheck, "serve", "--config", config], capture_output=True, text=True,
                                timeout=30)
        self.assertEqual(result.returncode, 2)
        self.assertIn("limits.max_concurent_calls: unknown key", result.stderr)

    def test_sighup_reloads_and_the_server_goes_on(self):
        log_lines = SERVER.lines
        before = self.stub.CheckDocument(self.document, timeout=30)
        seen = len(log_lines)
        SERVER.process.send_signal(signal.SIGHUP)
        wait_until(lambda: any("loaded " in line and "checkers" in line for line in log_lines[seen:]), 60)
        after_signal = log_lines[seen:]
        self.assertTrue(any("SIGHUP: reloading" in line for line in after_signal), after_signal)
        self.assertTrue(any("loaded " in line and "checkers" in line for line in after_signal), after_signal)
        # The reload retires the old set's result cache: the same document is checked afresh.
        self.assertTrue(any("result cache retired" in line for line in after_signal), after_signal)
        after = self.stub.CheckDocument(self.document, timeout=30)
        self.assertEqual(after, before)

        self.assertTrue(wait_until(lambda: any("rpc method=CheckDocument status=OK" in line and "cache=miss" in line
                                               for line in log_lines[seen:])), log_lines[seen:])

    def test_request_id_metadata_reaches_the_log_line_cleaned(self):
        log_lines = SERVER.lines
        seen = len(log_lines)
        self.stub.ExtractClaims(self.document, timeout=30, metadata=[("x-request-id", "cms-42.a_b:c")])
        self.stub.ExtractClaims(self.document, timeout=30,
                                metadata=[("x-request-id", "evil\" status=OK " + "x" * 100)])

        def lines_with(text):
            return [line for line in log_lines[seen:] if "rpc method=ExtractClaims" in line and text in line]
        wait_until(lambda: len(lines_with("request_id=")) == 2)
        self.assertEqual(len(lines_with(" request_id=cms-42.a_b:c")), 1, log_lines[seen:])
        # Quotes, spaces and "=" are dropped, and the id is cut at 64 characters (the message ends).
        self.assertEqual(len(lines_with(' request_id=evilstatusOK' + "x" * 52 + '"')), 1, log_lines[seen:])

    def test_the_example_client_prints_the_verdicts(self):
        example = os.path.join(ARGS.proto_dir, "..", "examples", "clients", "python", "check_article.py")
        result = subprocess.run(["/usr/bin/python3", example, "--server", "127.0.0.1:%d" % SERVER.port, ARGS.article],
                                capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, PYTHONPATH=ARGS.stub_dir))
        report = self.stub.CheckDocument(self.document, timeout=30)
        self.assertEqual(result.returncode, 1, result.stderr)  # the article has refuted claims
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), len(report.claims) + 1)
        for line, expected in zip(lines, report.claims):
            self.assertTrue(line.startswith(self.types.Verdict.Name(expected.verdict)), line)
            self.assertIn(" ".join(expected.claim.text.split()) + ": " + expected.explanation, line)
        self.assertEqual(lines[-1], report.summary.line)

    def test_cli_client_mode_prints_what_embedded_mode_prints(self):
        command = [ARGS.factcheck, "check", ARGS.article, "--format", "json"]
        embedded = subprocess.run(command, capture_output=True, text=True, timeout=60)
        remote = subprocess.run(command + ["--server", "127.0.0.1:%d" % SERVER.port], capture_output=True,
                                text=True, timeout=60)
        self.assertEqual(remote.returncode, embedded.returncode, remote.stderr)
        self.assertEqual(json.loads(remote.stdout), json.loads(embedded.stdout))


def main():
    global ARGS, SERVER
    parser = argparse.ArgumentParser()
    for flag in ("--factcheck", "--proto-dir", "--health-proto-dir", "--stub-dir", "--article"):
        parser.add_argument(flag, required=True)
    ARGS, rest = parser.parse_known_args()
    generate_stubs()
    SERVER = ServeProcess(ARGS.factcheck)
    try:
        result = unittest.main(argv=[sys.argv[0]] + rest, exit=False).result
    finally:
        code = SERVER.stop()
    log_lines = SERVER.lines
    failures = []
    if code != 0:
        failures.append("server exit code after SIGTERM: %s" % ("killed after 30 s" if code is None else code))
    for line in log_lines:
        try:
            json.loads(line)
        except ValueError:
            failures.append("log line is not JSON: %r" % line)
    if not any("rpc method=CheckDocument status=OK" in line for line in log_lines):
        failures.append("no per-call log line for CheckDocument")
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    sys.exit(0 if result.wasSuccessful() and not failures else 1)


if __name__ == "__main__":
    main()
