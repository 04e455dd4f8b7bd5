"""Switching account while an export runs stops the export as Cancel does: no crash
report, no half-written file, and the next account's list shows."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.tasks import TaskContext, TaskRunner
from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice
from tests.window_fixtures import make_session

pytestmark = pytest.mark.gui


def test_switching_account_during_an_export_stops_it_cleanly(
    qtbot: QtBot,
    window: AppWindow,
    sandbox,  # type: ignore[no-untyped-def]
    sandbox_key: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sandbox.seed_bulk(sandbox_key, count=300)
    window.refresh()
    qtbot.waitUntil(
        lambda: not window.sync.running and window.model.rowCount() == 300, timeout=30_000
    )
    prompts = window.prompts
    prompts.bulk = BulkChoice("zip", "filter", QrOptions(size_px=1024))  # type: ignore[attr-defined]
    target = tmp_path / "switch.zip"
    prompts.path = str(target)  # type: ignore[attr-defined]
    window.commands.bulk_qr_action.trigger()
    assert window.exports.running is not None
    qtbot.waitUntil(lambda: window.exports.last_progress[0] > 0, timeout=20_000)

    with caplog.at_level(logging.ERROR):
        window.set_session(make_session(window.runner, sandbox.base_url, sandbox_key))
        window.runner.wait_for_idle(60_000)
        qtbot.wait(100)

    assert window.exports.running is None
    dialog = window.exports.progress_dialog
    assert dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible()
    # Neither the warning an export failure shows nor a logged crash: it simply stopped.
    warnings = [a for a in prompts.asked if a.startswith("warn:")]  # type: ignore[attr-defined]
    assert warnings == []
    assert not [r for r in caplog.records if "closed" in r.getMessage()]
    assert window.exports.last_result is None
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "switch" in p.name] == []
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() > 0)


def test_long_work_keeps_its_client_open_until_it_returns_after_the_session_closes(
    qtbot: QtBot,
    sandbox,  # type: ignore[no-untyped-def]
    sandbox_key: str,
    runner: TaskRunner,
) -> None:
    """The mechanism behind an export that survives an account switch: work bound to a
    session (``run_long``) sees ``cancelled()`` turn true when the session closes, and the
    client stays usable until the work returns; its callbacks never run."""
    session = make_session(runner, sandbox.base_url, sandbox_key)
    started, requests_after_close, seen = threading.Event(), [], []
    close_now = threading.Event()

    def work(client: LeanRailsClient, task: TaskContext) -> str:
        started.set()
        close_now.wait(10)
        while not task.cancelled():
            time.sleep(0.01)
        # The account was switched away: one more request still works (no "client has
        # been closed"); the work then stops on its own.
        requests_after_close.append(len(client.checkout_links.list(limit=1).data))
        return "done"

    session.run_long(work, seen.append, seen.append)
    assert started.wait(10)
    session.close()
    close_now.set()
    runner.wait_for_idle(10_000)
    qtbot.wait(50)
    assert requests_after_close == [0]
    assert seen == []  # dropped with the session
