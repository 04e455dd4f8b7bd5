"""``leanrails-desktop --self-check``: prove that this installation of the app works.

It exercises the parts an installer can break, one line per step: the bundled sandbox
starts as a child process, the API client creates a link on it, the QR code and CSV
exports write files that read back correctly, the keyring backends are bundled, the Qt
plugins load and the main window builds, and the icons render. It runs without a display
(``QT_QPA_PLATFORM=offscreen`` unless set), touches no account, key or settings of the
user, and leaves nothing behind. Exit status 0 means every step passed.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
import string
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from leanrails_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from leanrails_desktop.core.api import CheckoutLink, LineItem
    from leanrails_desktop.core.local_sandbox import LocalSandbox

# Each step imports what it tests, so that a part missing from a build shows as one failed
# step with its reason rather than as a crash before the report starts.

QR_SIZE_PX = 256
"""Size of the QR code the check renders; small keeps the check quick."""

SAMPLE_PRICE = "price_3fg6hj9km1np"
"""A price every sandbox has in its catalogue."""

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG renders of the app icon shipped under ``resources/icons/app``."""

KEYRING_BACKEND_FOR_PLATFORM = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}
"""The keyring backend each platform's build must contain to keep keys safe."""


class CheckFailed(Exception):
    """A step found something wrong; the message says what, in plain words."""


@dataclass
class _State:
    """What earlier steps hand to later ones."""

    folder: Path
    sandbox: LocalSandbox | None = None
    sandbox_threads: list[threading.Thread] = field(default_factory=list)
    link: CheckoutLink | None = None
    line_items: list[LineItem] = field(default_factory=list)


def _test_key() -> str:
    alphabet = string.ascii_letters + string.digits
    return "sk_test_" + "".join(secrets.choice(alphabet) for _ in range(24))


def _start_sandbox(state: _State) -> str:
    from leanrails_desktop.core.local_sandbox import LocalSandbox

    before = set(threading.enumerate())
    sandbox = LocalSandbox.start(state.folder / "sandbox.db", seed_demo=False)
    state.sandbox = sandbox
    state.sandbox_threads = [t for t in threading.enumerate() if t not in before]
    return f"sandbox started at {sandbox.base_url}"


def _create_link(state: _State) -> str:
    from leanrails_desktop.core.api import LeanRailsClient

    if state.sandbox is None:
        raise CheckFailed("not run: the sandbox did not start")
    with LeanRailsClient(api_key=_test_key(), base_url=state.sandbox.base_url) as client:
        link = client.checkout_links.create(
            title="Self-check link",
            line_items=[{"price": SAMPLE_PRICE, "quantity": 1}],
        )
        items = list(client.checkout_links.iter_line_items(link.id))
    if not link.url.startswith("http"):
        raise CheckFailed(f"the new link {link.id} has no address (got “{link.url}”)")
    if [item.price for item in items] != [SAMPLE_PRICE]:
        raise CheckFailed(f"the new link {link.id} came back with the wrong line items")
    state.link = link
    state.line_items = items
    return f"link created: {link.id} ({link.url})"


def _render_qr(state: _State) -> str:
    from PIL import Image

    from leanrails_desktop.core.exports.qr import QrOptions, render_png

    link = state.link
    if link is None:
        raise CheckFailed("not run: no link was created")
    png = render_png(link.url, QrOptions(size_px=QR_SIZE_PX))
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        kind, size = image.format, image.size
        colors = {rgb for _count, rgb in image.convert("RGB").getcolors(maxcolors=1024) or []}
    if kind != "PNG":
        raise CheckFailed(f"the QR image is {kind}, not PNG")
    if size != (QR_SIZE_PX, QR_SIZE_PX):
        raise CheckFailed(
            f"the QR image is {size[0]}×{size[1]} pixels, expected {QR_SIZE_PX}×{QR_SIZE_PX}"
        )
    if colors != {(0, 0, 0), (255, 255, 255)}:
        raise CheckFailed(f"the QR image should be black on white but has {len(colors)} colours")
    return f"QR code rendered: PNG {QR_SIZE_PX}×{QR_SIZE_PX} px, black on white"


def _export_csv(state: _State) -> str:
    from leanrails_desktop.core.exports.csv import LINK_COLUMNS, export_links_csv

    link = state.link
    if link is None:
        raise CheckFailed("not run: no link was created")
    items = state.line_items
    path = state.folder / "links.csv"
    written = export_links_csv(path, [link], line_items_for=lambda _link: items, bom=True)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        header = tuple(reader.fieldnames or ())
        rows = list(reader)
    if written != 1 or len(rows) != 1:
        raise CheckFailed(f"expected 1 row in the CSV file, found {len(rows)}")
    if header != LINK_COLUMNS:
        raise CheckFailed("the CSV file's header is not the expected one")
    row = rows[0]
    if row["id"] != link.id or row["url"] != link.url or row["title"] != link.title:
        raise CheckFailed("the CSV row read back does not match the link")
    return f"CSV written and read back: 1 link, {len(header)} columns"


def _keyring_backends(state: _State) -> str:
    from importlib.metadata import entry_points

    found = {ep.name: ep for ep in entry_points(group="keyring.backends")}
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    wanted = KEYRING_BACKEND_FOR_PLATFORM.get(platform)
    if wanted is not None:
        if wanted not in found:
            names = ", ".join(sorted(found)) or "none"
            raise CheckFailed(
                f"the {wanted} keyring backend is missing from this build (found: {names}); "
                "keys could not be stored safely"
            )
        try:
            found[wanted].load()
        except Exception as problem:  # any import failure means a broken bundle
            raise CheckFailed(f"the {wanted} keyring backend cannot load: {problem}") from None
    return f"keyring backends bundled: {', '.join(sorted(found))}"


def _main_window(state: _State) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6
    from PySide6.QtCore import QEvent, QSettings, qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "leanrails-desktop"])
    if not isinstance(app, QApplication):
        raise CheckFailed("a non-widget Qt application is already running in this process")
    from leanrails_desktop.ui.app.window import AppWindow

    settings = QSettings(str(state.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = AppWindow(settings)
    try:
        if window.windowTitle() != APP_NAME or window.centralWidget() is None:
            raise CheckFailed("the main window was built without its panes")
    finally:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return (
        f"main window built (Qt {qVersion()}, PySide6 {PySide6.__version__}, "
        f"platform {app.platformName()})"
    )


def _icons(state: _State) -> str:
    from PySide6.QtGui import QIcon

    from leanrails_desktop.ui.views.icons import resource_path

    folder = resource_path("icons")
    svgs = sorted(folder.glob("*.svg"))
    if not svgs:
        raise CheckFailed(f"no icons found in {folder}")
    broken = [p.stem for p in svgs if QIcon(str(p)).pixmap(32, 32).isNull()]
    if broken:
        raise CheckFailed(f"these icons do not render: {', '.join(broken)}")
    missing = [
        size for size in APP_ICON_SIZES
        if not resource_path("icons", "app", f"app-{size}.png").exists()
    ]
    if missing:
        raise CheckFailed(f"the app icon is missing in sizes {', '.join(map(str, missing))}")
    return f"icons render: {len(svgs)} SVG icons, app icon in {len(APP_ICON_SIZES)} sizes"


def _stop_sandbox(state: _State) -> str:
    sandbox = state.sandbox
    if sandbox is None:
        raise CheckFailed("not run: the sandbox did not start")
    _stop(state)
    if sandbox.process.poll() is None:
        raise CheckFailed("the sandbox is still running after being asked to stop")
    return "sandbox stopped"


def _stop(state: _State) -> None:
    """Stop the sandbox, let its output readers finish, and close its pipes."""
    sandbox, state.sandbox = state.sandbox, None
    if sandbox is None:
        return
    sandbox.stop()
    for thread in state.sandbox_threads:
        thread.join(timeout=5)
    for stream in (sandbox.process.stdout, sandbox.process.stderr):
        if stream is not None:
            stream.close()


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("sandbox", _start_sandbox),
    ("link", _create_link),
    ("QR code", _render_qr),
    ("CSV export", _export_csv),
    ("keyring", _keyring_backends),
    ("main window", _main_window),
    ("icons", _icons),
    ("sandbox stop", _stop_sandbox),
)
"""Each step: a short name for failure lines, and the function that runs it."""


def _reason(problem: BaseException) -> str:
    """The failure's own sentence when it is one of the app's errors, else its type too."""
    sentences: tuple[type[BaseException], ...] = (CheckFailed,)
    try:
        from leanrails_desktop.core.api import LeanRailsError
        from leanrails_desktop.core.local_sandbox import SandboxStartError

        sentences += (LeanRailsError, SandboxStartError)
    except Exception:  # a broken build: the type name below still says what failed
        pass
    text = str(problem).strip()
    if isinstance(problem, sentences) and text:
        return text
    return f"{type(problem).__name__}: {text}" if text else type(problem).__name__


def run_self_check(out: TextIO) -> int:
    """Run every step, writing one ``ok   …`` or ``FAIL …`` line each; 0 if all passed."""
    started = time.monotonic()
    frozen = " (installed build)" if getattr(sys, "frozen", False) else ""
    out.write(f"{APP_NAME} {__version__} self-check{frozen}\n")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="leanrails-selfcheck-") as folder:
        state = _State(folder=Path(folder))
        try:
            for name, step in STEPS:
                try:
                    line = "ok   " + step(state)
                except Exception as problem:  # every failure becomes a report line
                    failed += 1
                    line = f"FAIL {name}: {_reason(problem)}"
                out.write(line + "\n")
                out.flush()
        finally:
            _stop(state)
    seconds = time.monotonic() - started
    if failed:
        out.write(f"Self-check failed: {failed} of {len(STEPS)} steps ({seconds:.1f} s)\n")
        return 1
    out.write(f"Self-check passed: all {len(STEPS)} steps ({seconds:.1f} s)\n")
    return 0


def main() -> int:
    """Run the self-check and print to stdout.

    A windowed build on Windows has no console; there the report goes to
    ``self-check.txt`` in the app's log folder instead.
    """
    if sys.stdout is not None:
        return run_self_check(sys.stdout)
    from leanrails_desktop.core.paths import app_paths, private_file

    path = private_file(app_paths().logs / "self-check.txt")
    with path.open("w", encoding="utf-8") as report:
        return run_self_check(report)
