"""Reads the running app through the accessibility bus (AT-SPI), as Orca does.

Run with the system Python that has Debian's ``python3-pyatspi`` (not the project's venv),
on the display and D-Bus session the app runs on:

    /usr/bin/python3 atspi_reader.py APP_NAME

It finds the application on the bus, waits for the list of links, reads the editor header,
moves focus to the links table and presses Down and Up through the bus (the first link
opens),
then reads the header, the list footer, the preview, the status bar, and the names of every
button that is showing. It prints one line, ``READ <JSON>``, with what the bus said; on a
timeout the JSON has an ``error`` and what was read until then, and the exit status is 1.

Nothing here imports the app: all it knows comes over the bus.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

WAIT = 15.0  # long enough to catch a hang, not a speed limit
KEY_UP, KEY_DOWN = 0xFF52, 0xFF54  # the X keysyms of the arrow keys

Accessible = Any


class Timeout(Exception):
    pass


def pump(seconds: float) -> None:
    """Let the bus's signals in (they keep the client's cache of names current)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.iteration(False):
            pass
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def wait_for(what: str, probe: Callable[[], Any], timeout: float = WAIT) -> Any:
    """``probe()`` once it is truthy; D-Bus errors while the app builds itself are retried."""
    deadline = time.monotonic() + timeout
    last_error = ""
    while True:
        try:
            value = probe()
            if value:
                return value
        except Exception as exc:  # a child that went away mid-walk, a busy app
            last_error = f" (last error: {exc})"
        if time.monotonic() > deadline:
            raise Timeout(f"timed out after {timeout:.0f} s waiting for {what}{last_error}")
        pump(0.1)


def children(node: Accessible) -> Iterator[Accessible]:
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield child


def walk(node: Accessible) -> Iterator[Accessible]:
    yield node
    for child in children(node):
        yield from walk(child)


def showing(node: Accessible) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def find_app(name: str) -> Accessible:
    def probe() -> Accessible | None:
        desktop = pyatspi.Registry.getDesktop(0)
        return next((app for app in children(desktop) if app.name == name), None)

    return wait_for(f"an application named {name!r} on the bus", probe)


def find(root: Accessible, role: Any, *, name: str = "", description: str = "") -> Accessible:
    for node in walk(root):
        if node.getRole() != role:
            continue
        if name and node.name != name:
            continue
        if description and node.description != description:
            continue
        return node
    return None


def main(app_name: str) -> int:
    read: dict[str, Any] = {}
    try:
        app = find_app(app_name)
        read["application"] = app.name
        frame = wait_for(
            "the main window",
            lambda: next((c for c in children(app) if c.getRole() == pyatspi.ROLE_FRAME), None),
        )
        read["window"] = frame.name
        footer = wait_for(
            "the list footer",
            lambda: find(frame, pyatspi.ROLE_LABEL, description="Links in this account"),
        )
        wait_for("a count in the list footer", lambda: showing(footer) and footer.name)
        header = find(frame, pyatspi.ROLE_LABEL, description="Editor state")
        read["header before selecting"] = header.name

        table = find(frame, pyatspi.ROLE_TABLE, name="Links table")
        cells = table.queryTable()
        read["table columns"] = [
            cells.getColumnHeader(column).name for column in range(cells.nColumns)
        ]
        read["table first row"] = [
            cells.getAccessibleAt(0, column).name for column in range(cells.nColumns)
        ]

        # As a person would: focus the table, then Down and Up. Focus alone may already put
        # the cursor on the first row (Qt does so when the focus does not come from a
        # mouse); either way Down then Up ends on the first row, and the first link opens.
        if not table.queryComponent().grabFocus():
            raise Timeout("the links table did not take the focus")
        pump(0.3)
        for keysym in (KEY_DOWN, KEY_UP):
            pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
            pump(0.3)
        expected = f"Editing “{read['table first row'][0]}”"
        wait_for(f"the editor header to read {expected!r} (it reads {header.name!r})",
                 lambda: header.name == expected)
        read["table selected rows"] = list(cells.getSelectedRows())
        total = find(frame, pyatspi.ROLE_LABEL, description="Preview total")
        wait_for("the preview total", lambda: showing(total) and total.name)

        read["header"] = header.name
        read["footer"] = footer.name
        title = find(frame, pyatspi.ROLE_LABEL, description="Preview title")
        read["preview title"] = title.name
        read["preview total"] = total.name
        button = find(frame, pyatspi.ROLE_PUSH_BUTTON, description="Preview checkout button")
        read["preview button"] = button.name
        status = find(frame, pyatspi.ROLE_LABEL, description="Link status")
        read["link status"] = status.name
        status_bar = find(frame, pyatspi.ROLE_STATUS_BAR)
        read["status bar"] = [
            [node.name, node.description]
            for node in walk(status_bar)
            if node.getRole() == pyatspi.ROLE_LABEL and showing(node)
        ]
        read["labels"] = [
            [node.name, node.description]
            for node in walk(frame)
            if node.getRole() == pyatspi.ROLE_LABEL and showing(node)
        ]
        read["buttons"] = [
            node.name
            for node in walk(frame)
            if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and showing(node)
        ]
    except Timeout as exc:
        read["error"] = str(exc)
    except Exception as exc:  # a part missing from the tree, a call the bus refused
        read["error"] = f"{type(exc).__name__}: {exc}"
    print("READ " + json.dumps(read, ensure_ascii=False), flush=True)
    return 1 if "error" in read else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
