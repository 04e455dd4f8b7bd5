"""Runs the ``leanrails`` command as a child process for tests, with the client's retry
waits cut to a hundredth of a second (a campaign of hundreds of injected faults would
otherwise spend minutes in back-off). Everything else is the real command.

Usage: ``python cli_child.py ARGS...`` (the command's arguments)."""

from __future__ import annotations

import functools
import sys

from leanrails_desktop import cli

cli.LeanRailsClient = functools.partial(  # type: ignore[misc]
    cli.LeanRailsClient, max_retry_delay=0.01
)

if __name__ == "__main__":
    sys.exit(cli.main(sys.argv[1:]))
