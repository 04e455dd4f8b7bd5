"""Help → About: name, version, licence, versions, and the four folders with "Open folder"."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from leanrails_desktop import __version__
from leanrails_desktop.core.paths import app_paths
from leanrails_desktop.ui.views.dialogs.about_dialog import AboutDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def dialog(qtbot: QtBot, app_home: Path, opened: list[QUrl]) -> AboutDialog:
    paths = app_paths()
    paths.config.mkdir(parents=True)
    paths.data.mkdir(parents=True)  # cache and logs not created yet

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    about = AboutDialog(None, open_url=open_url)
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    return about


def test_shows_name_version_licence_and_versions(dialog: AboutDialog) -> None:
    assert dialog.windowTitle() == "About LeanRails Desktop"
    assert "LeanRails Desktop" in dialog.name_label.text()
    assert dialog.version_label.text() == f"Version {__version__}"
    assert dialog.licence_label.text() == "Licence: MIT"
    assert "Checkout Links" in dialog.description_label.text()
    versions = dialog.versions_label.text()
    assert f"Qt {qVersion()}" in versions
    assert f"PySide6 {PySide6.__version__}" in versions
    assert f"Python {platform.python_version()}" in versions


def test_shows_each_folder_in_a_selectable_field(dialog: AboutDialog, app_home: Path) -> None:
    paths = app_paths()
    expected = {
        "settings": paths.config, "data": paths.data, "cache": paths.cache, "logs": paths.logs
    }
    for key, folder in expected.items():
        field = dialog.path_fields[key]
        assert field.text() == str(folder)
        assert field.isReadOnly() and field.isVisible()
        assert field.text().startswith(str(app_home))
        field.selectAll()
        assert field.selectedText() == str(folder)


def test_open_folder_opens_existing_folders_only(
    dialog: AboutDialog, qtbot: QtBot, opened: list[QUrl]
) -> None:
    paths = app_paths()
    assert dialog.open_buttons["settings"].isEnabled()
    assert dialog.open_buttons["data"].isEnabled()
    assert not dialog.open_buttons["cache"].isEnabled()
    assert not dialog.open_buttons["logs"].isEnabled()
    assert "Nothing has been saved here yet" in dialog.open_buttons["logs"].toolTip()

    dialog.open_buttons["data"].click()
    assert [url.toLocalFile() for url in opened] == [str(paths.data)]
    assert dialog.status_label.isHidden()


def test_a_folder_that_cannot_be_opened_is_explained(qtbot: QtBot, app_home: Path) -> None:
    app_paths().config.mkdir(parents=True)
    about = AboutDialog(None, open_url=lambda url: False)
    qtbot.addWidget(about)
    about.show()
    assert about.open_folder("settings") is False
    assert about.status_label.isVisible()
    assert str(app_paths().config) in about.status_label.text()


def test_copy_details_puts_the_report_on_the_clipboard(dialog: AboutDialog) -> None:
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    assert text.startswith(f"LeanRails Desktop {__version__}\n")
    assert f"Logs: {app_paths().logs}" in text
    assert dialog.status_label.text() == "Details copied."


def test_every_control_has_an_accessible_name(dialog: AboutDialog) -> None:
    controls = dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractButton)
    assert len(controls) >= 4 + 4 + 2
    for control in controls:
        assert control.accessibleName(), f"{control.objectName() or control.text()} has no name"

