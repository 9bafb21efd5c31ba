"""`factcheck serve` as a child process for the Python tests (tests/python and the loadgen test).

Started on a free loopback port with a JSON log, read on a thread: `lines` as written, and
`messages`, each line's message.
"""
import json
import signal
import subprocess
import threading
import time


class ServeProcess:
    def __init__(self, factcheck, *extra):
        self.process = subprocess.Popen([factcheck, "serve", "--listen", "127.0.0.1:0", "--log-format", "json",
                                         "--log-level", "info", *extra],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines = []
        self.messages = []
        self.port = None
        ready = threading.Event()

        def read_log():
            for line in self.process.stderr:
                self.lines.append(line)
                try:
                    message = json.loads(line)["message"]
                except (ValueError, KeyError):
                    continue
                self.messages.append(message)
                if message.startswith("serving on port "):
                    self.port = int(message.split()[3].rstrip(";"))
                    ready.set()
            ready.set()

        self.reader = threading.Thread(target=read_log, daemon=True)
        self.reader.start()
        if not ready.wait(60) or self.port is None:
            self.process.kill()
            raise RuntimeError("factcheck serve did not become ready:\n" + "".join(self.lines))

    def stop(self, timeout=30):
        """SIGTERM, then its exit code once the log is read to the end (None: killed after `timeout`)."""
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            code = None
        self.reader.join(timeout=10)
        self.process.stderr.close()
        return code


def wait_until(predicate, seconds=10):
    """Polls `predicate` (the log reader may lag a reply a little); returns its last value."""
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.05)
    return predicate()
