"""``leanrails-sandbox``: run the sandbox API server until Ctrl+C or SIGTERM.

When it is ready it prints its base URL, alone on one line, to stdout; everything else
goes to stderr.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from leanrails_desktop.sandbox.demo import DEMO_KEY
from leanrails_desktop.sandbox.server import SandboxServer


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leanrails-sandbox", description="Run a local LeanRails Checkout Links API."
    )
    parser.add_argument(
        "--port", type=int, default=8765, help="port to listen on; 0 picks a free one"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--db", type=Path, default=None,
                        help="SQLite file to keep data in (default: in memory, lost on exit)")
    parser.add_argument("--seed-demo", action="store_true",
                        help=f"create demo links for {DEMO_KEY} if it has none yet")
    parser.add_argument("--exit-with-stdin", action="store_true",
                        help="stop when standard input closes (used when the app starts it)")
    return parser


def _stop_when_stdin_closes(stopping: threading.Event) -> None:
    try:
        while sys.stdin.read(4096):
            pass
    except (OSError, ValueError):
        pass
    stopping.set()


def main(argv: list[str] | None = None) -> int:
    """Run the sandbox; returns the process exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(message)s"
    )
    stopping = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)

    try:
        server = SandboxServer(db_path=args.db, host=args.host, port=args.port)
        if args.seed_demo:
            created = server.seed_demo(DEMO_KEY)
            what = f"created {created} demo links" if created else "demo links already there"
            print(f"Demo data ({what}): use the test key {DEMO_KEY}", file=sys.stderr, flush=True)
        server.start()
    except OSError as problem:
        print(f"leanrails-sandbox: cannot start: {problem}", file=sys.stderr)
        return 1
    print(server.base_url, flush=True)
    if args.exit_with_stdin:
        threading.Thread(target=_stop_when_stdin_closes, args=(stopping,), daemon=True).start()
    try:
        while not stopping.wait(0.5):
            pass
    finally:
        server.stop()
        print("leanrails-sandbox: stopped", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
