"""Builds the QApplication, wires the core to the UI, parses the command line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from leanrails_desktop import APP_NAME, __version__
from leanrails_desktop.core.local_sandbox import SANDBOX_FLAG
from leanrails_desktop.core.paths import PRIVATE_UMASK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leanrails-desktop",
        description=f"{APP_NAME}: manage LeanRails Checkout Links.",
        epilog="Set LEANRAILS_API_KEY (and optionally LEANRAILS_API_BASE) to open a "
        "session-only account without touching the keyring.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start the bundled sandbox with demo data and open the app on it",
    )
    parser.add_argument("--account", metavar="NAME", help="open this account")
    parser.add_argument("--self-check", action="store_true",
                        help="check the installation headlessly (sandbox, QR, CSV, Qt) and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``leanrails-desktop``."""
    # Whatever this process or its children create (settings, data, logs, files that Qt
    # or a library writes) is the user's alone; core/paths also does so for each file.
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == [SANDBOX_FLAG]:
        from leanrails_desktop.sandbox.__main__ import main as sandbox_main

        return sandbox_main(args_list[1:])
    if args_list[:1] == ["--self-check"]:
        from leanrails_desktop.selfcheck import main as self_check_main

        return self_check_main()
    args = build_parser().parse_args(args_list)

    from leanrails_desktop.ui.app.application import run

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
