"""``leanrails qr`` and ``leanrails sheet``: scan-checked QR codes and label sheets from a
terminal. No Qt is imported here.

``leanrails qr LINK_ID --out FILE.(png|svg|pdf) [--size 20mm|2in|1024px] [--dpi 300]
[--ec L|M|Q|H] [--logo PATH [--logo-size 20]] [--caption none|title|url|title-url|TEXT]
[--utm-source S --utm-medium M --utm-campaign C]`` writes one code, read back first by an
independent decoder. ``leanrails sheet --out FILE.pdf [--template avery-l7160|…]
[--active|--inactive] [LINK_ID …]`` writes a label sheet of the given links, or of every
(active or inactive) link of the account.

Exit status: 0 when every code was written and scans; 1 when a code would not scan or the
options were refused (the reason is printed); 2 for a usage problem.
"""

from __future__ import annotations

import argparse
import locale
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk.report import link_ids_in
from leanrails_desktop.core.bulk.sheet import SheetError
from leanrails_desktop.core.exports.atomic import ExportError
from leanrails_desktop.core.exports.labels import TEMPLATES, default_paper, template_named
from leanrails_desktop.core.exports.qr_options import (
    DEFAULT_DPI,
    QrOptions,
    QrOptionsError,
    describe_mm,
    size_px_for,
)
from leanrails_desktop.core.links.sharing import ShareError, with_utm

COMMANDS = ("qr", "sheet")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_CAPTIONS = {"none": "none", "title": "title", "url": "url", "title-url": "title_and_url"}


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ec", choices=("L", "M", "Q", "H"), type=str.upper, default="M",
                        help="error correction (H whenever there is a logo)")
    parser.add_argument("--logo", metavar="PATH", help="a PNG, JPEG or SVG logo for the middle")
    parser.add_argument("--logo-size", metavar="PERCENT", type=float, default=20.0,
                        help="the logo's width as a share of the code's (5–25, default 20)")
    parser.add_argument("--fg", default="#000000", help="code colour (default #000000)")
    parser.add_argument("--bg", default="#ffffff", help="background colour (default #ffffff)")
    for name in ("source", "medium", "campaign"):
        parser.add_argument(f"--utm-{name}", metavar=name[0].upper(), default="",
                            help=f"add utm_{name} to the URL")
    parser.add_argument("--account", metavar="NAME",
                        help="the saved account to use (its key from the keyring)")


def add_commands(commands: Any) -> None:
    """Add ``qr`` and ``sheet`` to the ``leanrails`` sub-command parsers."""
    qr = commands.add_parser(
        "qr", help="save one link's QR code, checked to scan",
        description="Save one link's QR code as PNG, SVG or PDF; it is read back by an "
        "independent decoder before the file appears.",
    )
    qr.add_argument("link_id", metavar="LINK_ID")
    qr.add_argument("--out", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.pdf")
    qr.add_argument("--size", default="1024px", help="20mm, 2in or 1024px (default 1024px)")
    qr.add_argument("--dpi", type=int, default=DEFAULT_DPI, help="printer resolution (300)")
    qr.add_argument("--caption", default="none", metavar="none|title|url|title-url|TEXT",
                    help="what to print under the code; any other text is printed as is")
    qr.add_argument("--frame", action="store_true", help="draw a frame around code and caption")
    _common(qr)
    sheet = commands.add_parser(
        "sheet", help="save a PDF label sheet of QR codes",
        description="Save a PDF print sheet of labelled QR codes, each checked to scan.",
    )
    sheet.add_argument("link_ids", nargs="*", metavar="LINK_ID",
                       help="the links to print (default: every link of the account)")
    sheet.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf")
    sheet.add_argument("--from", dest="from_file", metavar="FILE.csv",
                       help="the links listed in a CSV's id column (an import's report, "
                       "or a CSV export)")
    sheet.add_argument("--template", metavar="NAME",
                       help=f"{', '.join(TEMPLATES)}, or grid-N-a4 / grid-N-letter "
                       "(default: 3 a row on the locale's paper)")
    which = sheet.add_mutually_exclusive_group()
    which.add_argument("--active", action="store_true", help="only active links")
    which.add_argument("--inactive", action="store_true", help="only inactive links")
    sheet.add_argument("--headline", default="", help="a line such as 'Scan to pay'")
    sheet.add_argument("--cut-marks", action="store_true", help="print cut marks")
    sheet.add_argument("--offset", default="0,0", metavar="X,Y",
                       help="printer offset in mm (right, down)")
    _common(sheet)


def _usage(text: str) -> Exception:
    from leanrails_desktop.cli import UsageProblem

    return UsageProblem(text)


def _read_logo(path: str | None) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _usage(f"The logo {path} cannot be read ({exc.strerror or exc}).") from None


def _utm(url: str, args: argparse.Namespace) -> str:
    return with_utm(
        url, args.utm_source or "", args.utm_medium or "", args.utm_campaign or ""
    )


def _locale_name(environ: Mapping[str, str]) -> str:
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        if environ.get(name):
            return environ[name]
    return locale.getlocale()[0] or ""


def _qr_options(args: argparse.Namespace, fmt: str) -> QrOptions:
    caption = _CAPTIONS.get(args.caption.lower())
    return QrOptions(
        format=fmt,  # type: ignore[arg-type]
        size_px=size_px_for(args.size, args.dpi), dpi=args.dpi, error_correction=args.ec,
        caption=caption or "none",  # type: ignore[arg-type]
        headline="" if caption else args.caption,
        foreground=args.fg, background=args.bg, logo=_read_logo(args.logo),
        logo_ratio=args.logo_size / 100, frame=args.frame,
    )


def run_qr(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    from leanrails_desktop.cli import open_client
    from leanrails_desktop.core.exports.qr import write_qr

    fmt = Path(args.out).suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise _usage(f"Name the file .png, .svg or .pdf; “{args.out}” is none of them.")
    options = _qr_options(args, fmt)  # refusals here are exit 1, before any request
    with open_client(args.account, environ) as client:
        link = client.checkout_links.retrieve(args.link_id)
    url = _utm(link.url, args)
    write_qr(args.out, url, options, title=link.title)
    print(
        f"Saved {args.out}: {describe_mm(options.width_mm)} wide at {options.dpi} dpi, "
        f"error correction {options.error_correction}; scans as {url}", file=out,
    )
    return EXIT_OK


def _sheet_links(args: argparse.Namespace, client: Any) -> Iterator[CheckoutLink]:
    if args.link_ids:
        for link_id in dict.fromkeys(args.link_ids):
            yield client.checkout_links.retrieve(link_id, expand_line_items=True)
        return
    active = True if args.active else False if args.inactive else None
    yield from client.checkout_links.iter(active=active, expand_line_items=True)


def run_sheet(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    from leanrails_desktop.cli import open_client
    from leanrails_desktop.core.exports.sheet import SheetOptions, price_text, write_print_sheet

    if not args.out.lower().endswith(".pdf"):
        raise _usage(f"Name the sheet .pdf; “{args.out}” is not a PDF file name.")
    if args.from_file:
        try:
            args.link_ids = [*args.link_ids, *link_ids_in(Path(args.from_file))]
        except SheetError as exc:
            raise _usage(str(exc)) from None
        if not args.link_ids:
            raise _usage(f"{args.from_file} lists no links (its id column is empty).")
    try:
        offset = tuple(float(v) for v in args.offset.split(","))
    except ValueError:
        offset = ()
    if len(offset) != 2:
        raise _usage(f"Give the printer offset as X,Y in mm, such as 0.5,-1; not “{args.offset}”.")
    name = args.template or f"grid-3-{default_paper(_locale_name(environ))}"
    try:
        template = template_named(name)
    except ExportError as exc:
        raise _usage(str(exc)) from None
    options = SheetOptions(
        template, args.ec, args.fg, args.bg, _read_logo(args.logo), args.logo_size / 100,
        args.headline, cut_marks=args.cut_marks, offset=(offset[0], offset[1]),
    )
    with open_client(args.account, environ) as client:
        items = (
            (_utm(link.url, args), link.title, price_text(link))
            for link in _sheet_links(args, client)
        )
        result = write_print_sheet(args.out, items, options)
    for title, reason in result.refused:
        print(f"Left off “{title}”: {reason}", file=out)
    print(f"Saved {args.out}: {result.placed} codes on {template.title}; every one scans.",
          file=out)
    return EXIT_FAILED if result.refused else EXIT_OK


def run(args: argparse.Namespace, out: TextIO, err: TextIO,
        environ: Mapping[str, str] | None = None) -> int:
    """Run ``qr`` or ``sheet``; refusals print their sentence and return 1."""
    environ = os.environ if environ is None else environ
    try:
        if args.command == "qr":
            return run_qr(args, out, environ)
        return run_sheet(args, out, environ)
    except (QrOptionsError, ExportError, ShareError) as exc:
        print(f"leanrails: {exc}", file=err)
        return EXIT_FAILED
