"""``leanrails``: the app's core from a terminal, for scripts. No Qt is imported here.

``leanrails import FILE [--sheet NAME] [--dry-run] [--skip-invalid] [--account NAME]``
reads a spreadsheet, checks every row by the editor's rules, prints the problems by line,
and (unless ``--dry-run``) creates the links, printing one result per link.

The key is found as the app finds it at start: ``--account NAME`` (its key from the
keyring), else ``LEANRAILS_API_KEY`` with ``LEANRAILS_API_BASE``, else the default account.
The key itself is never printed.

Exit status: 0 when every link was created (or, with ``--dry-run``, every row is valid);
1 when some row was refused or failed; 2 for a usage problem or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from leanrails_desktop import __version__, cli_print
from leanrails_desktop.core.accounts import (
    AccountError,
    StartupSource,
    resolve_startup,
)
from leanrails_desktop.core.accounts.startup import ENV_KEY
from leanrails_desktop.core.api import LeanRailsClient, errors
from leanrails_desktop.core.bulk import (
    ImportPlan,
    SheetError,
    plan_import,
    read_sheet,
    send_import,
)
from leanrails_desktop.core.keystore import KeystoreError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageProblem(Exception):
    """Something the command cannot work with; the message is the sentence to print."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leanrails", description="LeanRails Checkout Links from the command line."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    imp = commands.add_parser(
        "import", help="create links from a CSV or .xlsx file",
        description="Create checkout links from a CSV or .xlsx file, one per row or per "
        "value of its 'link' column.",
    )
    imp.add_argument("file", metavar="FILE", help="the .csv or .xlsx file")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of an .xlsx file to read")
    imp.add_argument("--dry-run", action="store_true", help="check and show; send nothing")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="create the valid links even if some are not"
    )
    imp.add_argument(
        "--account", metavar="NAME", help="the saved account to use (its key from the keyring)"
    )
    cli_print.add_commands(commands)
    return parser


def open_client(account_name: str | None, environ: Mapping[str, str]) -> LeanRailsClient:
    """A client for the account the app would open: ``--account NAME``, else
    ``LEANRAILS_API_KEY``, else the default account. Raises UsageProblem with a sentence;
    a named account that is not there is an error here, never a quiet fallback."""
    if account_name is None and environ.get(ENV_KEY, "").strip():
        plan = resolve_startup([], None, environ=environ)
        if plan.source is not StartupSource.ENVIRONMENT or plan.account is None:
            raise UsageProblem(plan.notice)
        return LeanRailsClient(api_key=plan.env_key, base_url=plan.account.base_url)
    from leanrails_desktop.core.accounts import AccountStore

    store = AccountStore()
    plan = resolve_startup(
        store.accounts(), store.default_id, requested_name=account_name, environ={}
    )
    if plan.account is None or (account_name is not None and plan.source is not
                                StartupSource.NAMED):
        raise UsageProblem(
            plan.notice
            or f"No account to use: set {ENV_KEY}, or add an account in LeanRails Desktop."
        )
    try:
        return store.client_for(plan.account)
    except (AccountError, KeystoreError) as exc:
        raise UsageProblem(str(getattr(exc, "message", exc))) from None


def _print_plan(plan: ImportPlan, out: TextIO) -> None:
    if plan.ignored_columns:
        names = ", ".join(f"“{name}”" for name in plan.ignored_columns)
        print(f"Ignored columns (not known): {names}", file=out)
    for link in plan.links:
        if link.ok:
            print(f"{link.describe()}", file=out)
    problems = plan.all_problems()
    if problems:
        print(f"{len(problems)} problem{'s' * (len(problems) != 1)}:", file=out)
        for problem in problems:
            print(f"  {problem}", file=out)


def run_import(args: argparse.Namespace, out: TextIO, err: TextIO,
               environ: Mapping[str, str]) -> int:
    try:
        plan = plan_import(read_sheet(args.file, sheet=args.sheet))
    except SheetError as exc:
        raise UsageProblem(str(exc)) from None
    _print_plan(plan, out)
    valid = plan.valid_links()
    if args.dry_run:
        print(f"{len(valid)} of {len(plan.links)} links valid; nothing sent (dry run).", file=out)
        return EXIT_OK if plan.ok else EXIT_FAILED
    if not plan.ok and not args.skip_invalid:
        print("Nothing was sent, as some rows have problems (use --skip-invalid to create "
              "the valid links anyway).", file=out)
        return EXIT_FAILED
    if not valid:
        print("No valid links to create.", file=out)
        return EXIT_FAILED
    client = open_client(args.account, environ)
    tty = err.isatty()

    def show(done: int, total: int) -> None:
        if tty:
            print(f"\rCreating {done} of {total}…", end="", file=err, flush=True)

    with client:
        try:
            result = send_import(client, plan, progress=show)
        finally:
            if tty:
                print(file=err)
    for item in result.results:
        print(item.describe(), file=out)
    created = len(result.created())
    print(f"{created} of {len(plan.links)} links created.", file=out)
    return EXIT_OK if result.ok else EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "import":
            return run_import(args, out, err, os.environ)
        if args.command in cli_print.COMMANDS:
            return cli_print.run(args, out, err, os.environ)
    except UsageProblem as exc:
        print(f"leanrails: {exc}", file=err)
        return EXIT_USAGE
    except errors.LeanRailsError as exc:
        print(f"leanrails: {exc.message}", file=err)
        return EXIT_FAILED
    return EXIT_USAGE  # pragma: no cover - argparse requires a command


if __name__ == "__main__":
    sys.exit(main())
