"""Text is text: what a person or the API wrote is shown exactly as written, never rendered
as rich text, in every label, box, question and tooltip that can show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.links.editing import EditorState
from leanrails_desktop.core.links.listing import TITLE
from leanrails_desktop.core.preview import preview_from_form
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.text import PlainMessageBox, ask_text, plain_tooltip, shown
from leanrails_desktop.ui.views.dialogs.export_dialogs import QrSaveDialog
from leanrails_desktop.ui.views.editor_pane import EditorPane
from leanrails_desktop.ui.views.preview_pane import PreviewPane
from leanrails_desktop.ui.views.status_bar import StatusBar

pytestmark = pytest.mark.gui

HOSTILE = [
    "Summer Sale <b>NOW</b> <a href='https://evil.example/'>free</a>",
    "<h1 style='color:red'>Huge</h1>",
    "<img src=file:///etc/passwd>",
    "&lt;b&gt; stays &amp; escaped",
    "\u202eevil right-to-left override",
    "W" * 10_000,
    "nul\x00byte",
    "lone \ud800 surrogate",
]


def assert_plain(label: QLabel, expected: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == shown(expected)


def rich_labels(root: QWidget) -> list[str]:
    """Labels that may interpret their text as HTML (Qt's guess looks for a tag) and hold
    something that looks like markup."""
    return [
        label.text()[:60]
        for label in root.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText
        and "<" in label.text()
    ]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_panes_show_hostile_text_as_written(qtbot: QtBot, text: str) -> None:
    editor, preview, status = EditorPane(), PreviewPane(), StatusBar()
    for widget in (editor, preview, status):
        qtbot.addWidget(widget)
    form = LinkForm(title=text, description=text, inactive_message=text)
    editor.set_form(form, EditorState.EDITING, link_label=text)
    assert_plain(editor.header, f"Editing “{text}”")
    assert editor.header.accessibleName() == shown(f"Editing “{text}”")
    editor.show_errors({"title": text}, banner=text)
    assert_plain(editor.banner, text)
    preview.show_preview(preview_from_form(form))
    assert_plain(preview.title_label, text)
    assert_plain(preview.description_label, text)
    form.active = False
    preview.show_preview(preview_from_form(form))
    assert_plain(preview.inactive_label, text)
    preview.set_share(text, None)
    assert_plain(preview.url_label, text)
    status.set_account(text, False)
    assert_plain(status.account_label, text)
    for root in (editor, preview, status):
        assert rich_labels(root) == []


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_questions_and_tooltips_show_hostile_text_as_written(qtbot: QtBot, text: str) -> None:
    box = PlainMessageBox()
    qtbot.addWidget(box)
    box.setText(text)
    box.setInformativeText(text)
    texts = [label.text() for label in box.findChildren(QLabel) if label.text()]
    assert texts.count(shown(text)) == 2
    assert rich_labels(box) == []

    dialog = QrSaveDialog(QSettings(), text)
    qtbot.addWidget(dialog)
    assert shown(f"QR code for “{text}”") in [label.text() for label in dialog.findChildren(QLabel)]
    assert rich_labels(dialog) == []

    document = QTextDocument()
    document.setHtml(plain_tooltip(text))
    assert document.toPlainText() == shown(text)

    seen: list[str] = []

    def answer() -> None:
        asked = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        seen.extend(label.text() for label in asked.findChildren(QLabel) if label.text())
        assert rich_labels(asked) == []
        asked.reject()

    QTimer.singleShot(0, answer)
    assert ask_text(None, "Question", text, text) is None
    assert seen == [shown(text)]


def test_a_hostile_title_from_the_api_is_plain_everywhere_in_the_window(
    qtbot: QtBot, window: AppWindow, api: LeanRailsClient, tmp_path: Path
) -> None:
    title = HOSTILE[0]
    link = api.checkout_links.create(
        title=title,
        description="<script>alert(1)</script>",
        line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}],
    )
    window.refresh()
    qtbot.waitUntil(lambda: window.model.row_of(link.id) >= 0, timeout=10_000)
    window.list_pane.select_link(link.id)
    qtbot.waitUntil(lambda: window.editor_control.session.is_current(link.id), timeout=5000)
    assert_plain(window.editor.header, f"Editing “{title}”")
    assert_plain(window.preview.title_label, title)
    assert_plain(window.preview.description_label, "<script>alert(1)</script>")
    tooltip = window.model.data(
        window.model.index(window.model.row_of(link.id), TITLE), Qt.ItemDataRole.ToolTipRole
    )
    document = QTextDocument()
    document.setHtml(tooltip)
    assert document.toPlainText() == title
    window.list_pane.search.setText(title + " nothing else")
    window.model.set_search(title + " nothing else")
    window.list_pane.update_state()
    assert_plain(window.list_pane.message, f"No link matches “{title} nothing else”.")
    assert rich_labels(window) == []
    window.grab().save(str(tmp_path / "hostile.png"))


def test_warnings_are_plain_text(qtbot: QtBot) -> None:
    from leanrails_desktop.ui import text as text_module

    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen.append((box.textFormat(), box.text()))
        box.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)
    text_module.warn(None, "Problem", HOSTILE[1])
    assert seen == [(Qt.TextFormat.PlainText, HOSTILE[1])]
