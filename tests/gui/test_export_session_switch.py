"""Switching account while an export runs stops the export as Cancel does: no crash
report, no half-written file, and the next account's list shows."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.views.dialogs.export_dialogs import CsvChoice
from tests.window_fixtures import make_session

pytestmark = pytest.mark.gui


def test_switching_account_during_a_csv_export_stops_it_cleanly(
    qtbot: QtBot,
    window: AppWindow,
    sandbox,  # type: ignore[no-untyped-def]
    sandbox_key: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sandbox.seed_bulk(sandbox_key, count=300)
    window.refresh()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=10_000)
    sandbox.faults.latency = 0.05
    prompts = window.prompts
    prompts.csv = CsvChoice("all", per_line_item=True, bom=False)  # type: ignore[attr-defined]
    target = tmp_path / "switch.csv"
    prompts.path = str(target)  # type: ignore[attr-defined]
    window.commands.export_csv_action.trigger()
    assert window.exports.running is not None
    qtbot.waitUntil(lambda: window.exports.last_progress[0] > 0, timeout=20_000)

    with caplog.at_level(logging.ERROR):
        window.set_session(make_session(window.runner, sandbox.base_url, sandbox_key))
        window.runner.wait_for_idle(60_000)
        qtbot.wait(100)
    sandbox.faults.latency = 0

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
