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
import time
from pathlib import Path
from types import FrameType

from leanrails_desktop.sandbox import keys
from leanrails_desktop.sandbox.demo import DEMO_KEY
from leanrails_desktop.sandbox.server import SandboxServer

BULK_MAX = 1_000_000
"""The most links ``--seed-bulk`` makes in one go."""


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
    parser.add_argument("--seed-bulk", type=int, default=None, metavar="COUNT",
                        help="create COUNT generated links (1 to 1,000,000) for the --seed-key "
                             "if it has none yet, in one transaction")
    parser.add_argument("--seed-key", default=DEMO_KEY, metavar="KEY",
                        help="the test or live key whose merchant --seed-bulk fills "
                             "(default: the demo key)")
    parser.add_argument("--seed", type=int, default=0,
                        help="what --seed-bulk generates follows this number (default 0)")
    parser.add_argument("--exit-with-stdin", action="store_true",
                        help="stop when standard input closes (used when the app starts it)")
    return parser


def _seed_bulk(server: SandboxServer, key: str, count: int, seed: int) -> None:
    shown = keys.mask(key)
    if server.store.count_links(server.store.merchant(key).id) > 0:
        print(f"Bulk data: {shown} already has links; none added", file=sys.stderr, flush=True)
        return
    started = time.perf_counter()
    server.seed_bulk(key, count=count, seed=seed)
    took = time.perf_counter() - started
    print(f"Bulk data: created {count:,} links for {shown} in {took:.1f} s",
          file=sys.stderr, flush=True)


def _stop_when_stdin_closes(stopping: threading.Event) -> None:
    try:
        while sys.stdin.read(4096):
            pass
    except (OSError, ValueError):
        pass
    stopping.set()


def main(argv: list[str] | None = None) -> int:
    """Run the sandbox; returns the process exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.seed_bulk is not None and not 1 <= args.seed_bulk <= BULK_MAX:
        parser.error(f"--seed-bulk takes a count from 1 to {BULK_MAX:,}")
    if args.seed_bulk and not keys.is_well_formed(args.seed_key):
        parser.error("--seed-key must be a key such as sk_test_ followed by 8 or more "
                     "letters or digits")
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
        if args.seed_bulk:
            _seed_bulk(server, args.seed_key, args.seed_bulk, args.seed)
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
