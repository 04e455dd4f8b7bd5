"""``leanrails``: the app's core from a terminal, for scripts. No Qt is imported here.

``leanrails import FILE [--sheet NAME] [--dry-run] [--skip-invalid] [--report PATH]
[--account NAME]`` reads a spreadsheet, checks every row by the editor's rules, prints the
problems by line, and (unless ``--dry-run``) creates the links, printing one result per
link and writing a report CSV (line, status, id, url) next to the file. Each request's key
is written to the local store's import journal before it is sent, so a rerun after a
crash, a kill or Ctrl+C creates only what is left, never a duplicate.

``leanrails export FILE.csv [--active|--inactive] [--per-line-item] [--account NAME]``
brings the account's copy on this computer up to date (offline: uses it as it is) and
writes the app's CSV export of it.

The key is found as the app finds it at start: ``--account NAME`` (its key from the
keyring), else ``LEANRAILS_API_KEY`` with ``LEANRAILS_API_BASE``, else the default account.
The key itself is never printed.

Exit status: 0 when every link was created (or, with ``--dry-run``, every row is valid);
1 when some row was refused or failed; 2 for a usage problem or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from leanrails_desktop import __version__, cli_print
from leanrails_desktop.core.accounts import (
    Account,
    AccountError,
    StartupSource,
    resolve_startup,
)
from leanrails_desktop.core.accounts.startup import ENV_KEY
from leanrails_desktop.core.api import LeanRailsClient, errors
from leanrails_desktop.core.bulk import (
    ImportPlan,
    ImportResult,
    SheetError,
    plan_import,
    read_sheet,
    send_import,
)
from leanrails_desktop.core.bulk.history import IMPORTED, record_created
from leanrails_desktop.core.bulk.report import default_report_path, write_report
from leanrails_desktop.core.exports.atomic import ExportError
from leanrails_desktop.core.exports.csv import export_links_csv
from leanrails_desktop.core.keystore import KeystoreError
from leanrails_desktop.core.link_source import (
    MirrorLineItems,
    mirror_links,
    mirror_pairs,
    split_pairs,
    with_line_items,
)
from leanrails_desktop.core.locale import format_count, format_datetime
from leanrails_desktop.core.mirror import (
    MirrorError,
    MirrorQuery,
    SortKey,
    default_mirror_folder,
    mirror_path,
    open_mirror,
)
from leanrails_desktop.core.paths import private_folder
from leanrails_desktop.core.store import (
    AccountImportJournal,
    LocalStore,
    StoreError,
    default_store_path,
    open_store,
)
from leanrails_desktop.core.sync import Sync

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
        "--report", metavar="PATH", type=Path,
        help="where to write the report CSV (default: FILE-report.csv beside FILE; "
        "with --dry-run, only when given)",
    )
    _account_option(imp)
    exp = commands.add_parser(
        "export", help="write the account's links as CSV",
        description="Bring the account's copy on this computer up to date and write its "
        "links as the app's CSV export.",
    )
    exp.add_argument("file", metavar="FILE.csv", type=Path, help="the CSV file to write")
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--active", action="store_true", help="only the active links")
    which.add_argument("--inactive", action="store_true", help="only the inactive links")
    exp.add_argument(
        "--per-line-item", action="store_true", help="one row per line item, not per link"
    )
    _account_option(exp)
    cli_print.add_commands(commands)
    return parser


def _account_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--account", metavar="NAME", help="the saved account to use (its key from the keyring)"
    )


def open_account(
    account_name: str | None, environ: Mapping[str, str]
) -> tuple[LeanRailsClient, Account]:
    """A client for the account the app would open, and that account: ``--account NAME``,
    else ``LEANRAILS_API_KEY``, else the default account. Raises UsageProblem with a
    sentence; a named account that is not there is an error here, never a quiet fallback."""
    if account_name is None and environ.get(ENV_KEY, "").strip():
        plan = resolve_startup([], None, environ=environ)
        if plan.source is not StartupSource.ENVIRONMENT or plan.account is None:
            raise UsageProblem(plan.notice)
        client = LeanRailsClient(api_key=plan.env_key, base_url=plan.account.base_url)
        return client, plan.account
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
        return store.client_for(plan.account), plan.account
    except (AccountError, KeystoreError) as exc:
        raise UsageProblem(str(getattr(exc, "message", exc))) from None


def open_client(account_name: str | None, environ: Mapping[str, str]) -> LeanRailsClient:
    """The client of :func:`open_account`."""
    return open_account(account_name, environ)[0]


class Progress:
    """A progress line on standard error: rewritten in place on a terminal; otherwise a
    plain line at each twentieth of the work and at the end."""

    def __init__(self, stream: TextIO, verb: str) -> None:
        self._stream = stream
        self._verb = verb
        self._tty = stream.isatty()
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        text = f"{self._verb} {format_count(done)} of {format_count(total)}"
        if self._tty:
            print(f"\r{text}…", end="", file=self._stream, flush=True)
            self._shown = True
        elif done == total or done % max(1, total // 20) == 0:
            print(text, file=self._stream, flush=True)

    def end(self) -> None:
        if self._shown:
            print(file=self._stream)


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


def _report(path: Path, plan: ImportPlan, result: ImportResult | None, out: TextIO,
            err: TextIO) -> None:
    try:
        write_report(path, plan, result)
    except (OSError, ExportError) as exc:
        print(f"leanrails: the report could not be written to {path}: "
              f"{getattr(exc, 'strerror', None) or exc}", file=err)
        return
    print(f"Report: {path}", file=out)


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
        if args.report is not None:
            _report(args.report, plan, None, out, err)
        return EXIT_OK if plan.ok else EXIT_FAILED
    if not plan.ok and not args.skip_invalid:
        print("Nothing was sent, as some rows have problems (use --skip-invalid to create "
              "the valid links anyway).", file=out)
        return EXIT_FAILED
    if not valid:
        print("No valid links to create.", file=out)
        return EXIT_FAILED
    client, account = open_account(args.account, environ)
    progress = Progress(err, "Creating")
    stop = _Interrupt()
    with client, _local_store(err) as store:
        journal = AccountImportJournal(store, account.local_key, plan.digest)
        try:
            result = send_import(
                client, plan, journal=journal, progress=progress, cancelled=stop.asked
            )
        finally:
            progress.end()
            stop.restore()
        made = [item.link for item in result.results if item.link is not None]
        record_created(store, account.local_key, made, IMPORTED)
    for item in result.results:
        print(item.describe(), file=out)
    created = result.created()
    earlier = sum(1 for item in created if item.earlier)
    before = f" ({earlier} by an earlier run of this file)" if earlier else ""
    print(f"{len(created)} of {len(plan.links)} links created{before}.", file=out)
    if result.cancelled:
        print("Stopped before the end: run the same command again to create the rest.",
              file=out)
    _report(args.report or default_report_path(Path(args.file)), plan, result, out, err)
    return EXIT_OK if result.ok else EXIT_FAILED


class _Interrupt:
    """Ctrl+C during an import: finish the request under way, send no more."""

    def __init__(self) -> None:
        import signal

        self._asked = False
        self._signal = signal
        self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, _signum: int, _frame: object) -> None:
        self._asked = True

    def asked(self) -> bool:
        return self._asked

    def restore(self) -> None:
        self._signal.signal(self._signal.SIGINT, self._previous)


@contextlib.contextmanager
def _local_store(err: TextIO) -> Iterator[LocalStore]:
    """The app's local store (the import journal, the links' history), closed at the end."""
    store, notice = open_store(default_store_path())
    if notice:
        print(f"leanrails: {notice}", file=err)
    try:
        yield store
    finally:
        store.close()


def run_export(args: argparse.Namespace, out: TextIO, err: TextIO,
               environ: Mapping[str, str]) -> int:
    target: Path = args.file
    if target.suffix.lower() != ".csv":
        raise UsageProblem(f"The file to write must end in .csv: {target}")
    client, account = open_account(args.account, environ)
    folder = private_folder(default_mirror_folder())
    try:
        mirror, notice = open_mirror(mirror_path(folder, account.local_key))
    except MirrorError as exc:
        print(f"leanrails: {exc}", file=err)
        return EXIT_FAILED
    if notice:
        print(f"leanrails: {notice}", file=err)
    progress = Progress(err, "Reading links:")
    with client, contextlib.closing(mirror):
        passed = Sync(client, mirror).run_pass(
            progress=lambda p: progress(p.done, max(p.done, p.estimate or p.done))
            if p.phase == "links" else None
        )
        progress.end()
        if passed.error:
            state = mirror.sync_state()
            print(f"leanrails: {passed.error} Exporting the copy on this computer"
                  f"{_as_of(state.last_complete)}.", file=err)
        active = True if args.active else False if args.inactive else None
        ids = mirror.ids(MirrorQuery(active=active, sort=SortKey.CREATED, descending=True))
        if passed.unreachable:
            pairs = mirror_pairs(mirror, ids)
        else:
            kept = MirrorLineItems(mirror)
            pairs = with_line_items(
                client, mirror_links(mirror, ids), saved=kept.saved, remember=kept.remember
            )
        links, items_of = split_pairs(pairs)
        try:
            rows = export_links_csv(
                target, links, line_items_for=items_of, per_line_item=args.per_line_item
            )
        except (OSError, ExportError) as exc:
            raise UsageProblem(
                f"{target} could not be written: {getattr(exc, 'strerror', None) or exc}"
            ) from None
    what = "line items" if args.per_line_item else "links"
    print(f"{format_count(rows)} {what} written to {target}.", file=out)
    return EXIT_OK


def _as_of(timestamp: float | None) -> str:
    if not timestamp:
        return " (never brought up to date)"
    return f" as of {format_datetime(timestamp)}"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    commands: dict[str, Callable[..., int]] = {"import": run_import, "export": run_export}
    try:
        if args.command in cli_print.COMMANDS:
            return cli_print.run(args, out, err, os.environ)
        return commands[args.command](args, out, err, os.environ)
    except UsageProblem as exc:
        print(f"leanrails: {exc}", file=err)
        return EXIT_USAGE
    except errors.LeanRailsError as exc:
        print(f"leanrails: {exc.message}", file=err)
        return EXIT_FAILED
    except StoreError as exc:
        print(f"leanrails: {exc}", file=err)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
