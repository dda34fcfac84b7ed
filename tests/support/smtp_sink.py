"""A real SMTP server for the tests: accepts every message and writes it, exactly as received, to
DIR/<sequence>.eml. Each file appears whole (written to a temporary name, then renamed), so a test
that lists DIR never reads half a message.

Usage: .venv/bin/python tests/support/smtp_sink.py --port PORT --dir DIR
Prints "ready <port>" on stdout once it accepts connections; runs until killed.
Needs aiosmtpd 1.4.6 (scripts/setup.sh test installs it into .venv).
"""

import argparse
import itertools
import os
import signal
import sys
import threading
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            n = next(self.counter)
        name = f"{time.time_ns():020d}-{n:06d}"
        tmp = os.path.join(self.directory, f".{name}.tmp")
        with open(tmp, "wb") as f:
            content = envelope.original_content or envelope.content
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, os.path.join(self.directory, f"{name}.eml"))
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    controller = Controller(
        Sink(args.dir),
        hostname=args.host,
        port=args.port,
        enable_SMTPUTF8=True,
        ready_timeout=10,
    )
    controller.start()
    print(f"ready {args.port}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    finally:
        controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
