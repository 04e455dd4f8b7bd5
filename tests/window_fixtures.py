"""Fixtures for window tests: a main window on a real sandbox, with scripted prompts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.exports.qr import QrOptions
from leanrails_desktop.core.links.conflicts import FieldChange, Side, default_choices
from leanrails_desktop.ui.app import translations
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.dialogs.export_dialogs import BulkChoice, CsvChoice
from leanrails_desktop.ui.views.dialogs.prompts import UnsavedChoice


class ScriptedPrompts:
    """Answers the window's questions without a modal dialog, and records them."""

    def __init__(self) -> None:
        self.unsaved_answers: list[UnsavedChoice] = []
        self.inactive_answer: str | None = ""
        self.asked: list[str] = []
        self.path = ""
        self.open_answer = ""
        self.qr: QrOptions | None = None
        self.bulk: BulkChoice | None = None
        self.csv: CsvChoice | None = None
        self.draft_answer = "keep"
        self.conflicts: list[list[FieldChange]] = []
        self.conflict_answer: dict[str, Side] | None = {}

    def unsaved_changes(self) -> UnsavedChoice:
        self.asked.append("unsaved")
        return self.unsaved_answers.pop(0) if self.unsaved_answers else UnsavedChoice.CANCEL

    def inactive_message(self, what: str, current: str) -> str | None:
        self.asked.append(f"inactive:{what}")
        return self.inactive_answer

    def save_path(self, title: str, suggested: str, filters: str) -> str:
        self.asked.append(f"save:{suggested}")
        return self.path

    def open_path(self, title: str, start: str, filters: str) -> str:
        self.asked.append(f"open:{title}")
        return self.open_answer

    def folder_path(self, title: str, start: str) -> str:
        return self.path

    def qr_options(self, settings: QSettings, link_title: str) -> QrOptions | None:
        return self.qr

    def bulk_choice(
        self, settings: QSettings, selected: int, filter_label: str
    ) -> BulkChoice | None:
        return self.bulk

    def csv_choice(self, settings: QSettings, selected: int, filter_label: str) -> CsvChoice | None:
        return self.csv

    def restore_draft(self, draft: object, others: int) -> str:
        self.asked.append("restore")
        return self.draft_answer

    def resolve_conflict(self, title: str, rows: list[FieldChange]) -> dict[str, Side] | None:
        self.asked.append(f"conflict:{title}")
        self.conflicts.append(rows)
        if self.conflict_answer is None:
            return None
        chosen = default_choices(rows)
        chosen.update(self.conflict_answer)
        return chosen

    def warn(self, title: str, text: str) -> None:
        self.asked.append(f"warn:{text}")

    def inform(self, title: str, text: str) -> None:
        self.asked.append(f"inform:{text}")


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.drop_all()
    runner.wait_for_idle(10_000)


def make_session(runner: TaskRunner, base_url: str, key: str) -> ApiSession:
    def factory(on_retry) -> LeanRailsClient:  # type: ignore[no-untyped-def]
        return LeanRailsClient(api_key=key, base_url=base_url, on_retry=on_retry, timeout=10.0)

    return ApiSession(runner, factory, account_name="Test shop", livemode=False)


@pytest.fixture
def ui_locale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language the window is built in: English unless a test parametrizes it
    (``@pytest.mark.parametrize("ui_locale", ["de_DE"], indirect=True)``), installed as the
    app installs it at start, and taken out again afterwards."""
    name = str(getattr(request, "param", "") or "")
    if not name:
        yield ""
        return
    installed = translations.install(QLocale(name))
    yield name
    installed.remove()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window(
    qtbot: QtBot, ui_locale: str, sandbox, sandbox_key: str, runner: TaskRunner, tmp_path: Path
):  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = AppWindow(settings)
    win.prompts = ScriptedPrompts()  # type: ignore[assignment]
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.set_session(make_session(runner, sandbox.base_url, sandbox_key))
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10_000)
    yield win
    win.set_session(None)  # closes the HTTP client of the last session
    runner.wait_for_idle(10_000)


@pytest.fixture
def api(sandbox, sandbox_key: str) -> Iterator[LeanRailsClient]:  # type: ignore[no-untyped-def]
    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as client:
        yield client
