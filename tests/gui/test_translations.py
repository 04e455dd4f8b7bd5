"""The German and Japanese translations are complete: every sentence the code can show is
in the .ts sources with a finished translation (placeholders and shortcuts intact), no
sentence reaches a widget without going through ``translate``, and the main window, its
menus and every dialog, built in each language, show no English left (pytest-qt, offscreen,
on the real sandbox).

A failure lists the strings: fill them in the .ts (``make translations`` collects new ones).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fit_helpers import settle
from keyring.backends import fail
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

import leanrails_desktop
from leanrails_desktop.core.accounts import AccountStore
from leanrails_desktop.core.bulk import history
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.keystore import SecretStore
from leanrails_desktop.core.links import sharing
from leanrails_desktop.core.links.conflicts import FieldChange
from leanrails_desktop.core.links.filter import LinkFilter
from leanrails_desktop.core.store.history import HistoryEntry
from leanrails_desktop.ui.app import translations
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.controllers.history import EMPTY
from leanrails_desktop.ui.views.dialogs.about_dialog import AboutDialog
from leanrails_desktop.ui.views.dialogs.accounts_dialog import AccountsDialog
from leanrails_desktop.ui.views.dialogs.add_account_dialog import AddAccountDialog
from leanrails_desktop.ui.views.dialogs.bulk_change_dialog import BulkChangeDialog
from leanrails_desktop.ui.views.dialogs.conflict_dialog import ConflictDialog
from leanrails_desktop.ui.views.dialogs.crash_dialog import CrashDialog
from leanrails_desktop.ui.views.dialogs.export_dialogs import (
    BulkQrDialog,
    CsvExportDialog,
    QrSaveDialog,
)
from leanrails_desktop.ui.views.dialogs.history_dialog import HistoryDialog
from leanrails_desktop.ui.views.dialogs.import_dialog import ImportDialog
from leanrails_desktop.ui.views.dialogs.keyring_banner import KeyringBanner
from leanrails_desktop.ui.views.dialogs.share_dialog import ShareDialog
from leanrails_desktop.ui.views.welcome import WelcomeView

pytestmark = pytest.mark.gui

PACKAGE = Path(leanrails_desktop.__file__).resolve().parent
TS_DIR = PACKAGE / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
COMPLETE = {"de_DE": "de", "ja_JP": "ja"}
PLURAL_FORMS = {"de": 2, "ja": 1, "en": 2}

# Words that stay as they are in every language: the product, file formats, currency and
# key prefixes, examples of ids and addresses, keyboard keys.
ALLOWED = {
    "leanrails",
    "desktop",
    "checkout",
    "links",
    "pyside6",
    "python",
    "qt",
    "mit",
    "png",
    "svg",
    "pdf",
    "csv",
    "zip",
    "tsv",
    "txt",
    "xlsx",
    "xlsm",
    "excel",
    "api",
    "url",
    "https",
    "http",
    "localhost",
    "example",
    "com",
    "thanks",
    "thank",
    "you",
    "sk_test_",
    "sk_live_",
    "price_",
    "prod_",
    "ctrl",
    "cvc",
    "usd",
    "eur",
    "jpy",
    "test",
    "live",
    "dashboard",
    "sandbox",
    "letter",
    "price_3fg6hj9km1np",
    "prod_8mn4qr7vw2xz",
}
WORD = re.compile(r"[A-Za-z][A-Za-z_]*[A-Za-z_0-9]*")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


# ---------------------------------------------------------------------------- the catalogue


def messages(path: Path) -> list[dict[str, Any]]:
    """Every message of a .ts: context, source, numerus, finished, its forms."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            out.append(
                {
                    "context": name,
                    "source": message.findtext("source", ""),
                    "numerus": message.get("numerus") == "yes",
                    "finished": translation.get("type") not in ("unfinished", "vanished"),
                    "forms": forms if forms else [translation.text or ""],
                }
            )
    return out


def keys(path: Path) -> set[tuple[str, str, bool]]:
    return {(m["context"], m["source"], m["numerus"]) for m in messages(path)}


def test_the_ts_sources_hold_every_sentence_of_the_code(tmp_path: Path) -> None:
    """Run lupdate afresh: a sentence added to the code without ``make translations`` (or a
    .ts holding sentences the code no longer has) fails here."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(PACKAGE / "core"), str(PACKAGE / "ui")]
    subprocess.run(
        [str(LUPDATE), "-silent", "-extensions", "py", *sources, "-ts", str(fresh)],
        check=True,
    )
    expected = keys(fresh)
    assert len(expected) > 500
    for language in COMPLETE.values():
        have = keys(TS_DIR / f"leanrails_{language}.ts")
        missing = sorted(expected - have)
        stale = sorted(have - expected)
        assert (missing, stale) == ([], []), f"{language}: run `make translations`"
    plurals = {key for key in expected if key[2]}
    assert keys(TS_DIR / "leanrails_en.ts") == plurals
    for language in (*COMPLETE.values(), "en"):
        qm = TS_DIR / f"leanrails_{language}.qm"
        assert qm.exists() and qm.stat().st_size > 100, f"{qm.name}: run `make translations`"


@pytest.mark.parametrize("language", [*COMPLETE.values(), "en"])
def test_every_sentence_has_a_finished_translation(language: str) -> None:
    problems = []
    for m in messages(TS_DIR / f"leanrails_{language}.ts"):
        where = f"[{m['context']}] {m['source']!r}"
        if not m["finished"] or not all(form.strip() for form in m["forms"]):
            problems.append(f"{where}: not translated")
            continue
        if m["numerus"] and len(m["forms"]) != PLURAL_FORMS[language]:
            problems.append(f"{where}: {len(m['forms'])} plural forms")
        for form in m["forms"]:
            wanted = set(PLACEHOLDER.findall(m["source"]))
            got = set(PLACEHOLDER.findall(form))
            # A singular form may say "the link" instead of "{count} links".
            if got != wanted and not (m["numerus"] and got <= wanted and form is m["forms"][0]):
                problems.append(f"{where}: placeholders {sorted(got)} in {form!r}")
            mnemonic = "&" in m["source"].replace("&&", "")
            if mnemonic != ("&" in form.replace("&&", "")):
                problems.append(f"{where}: keyboard shortcut (&) lost or added in {form!r}")
    assert problems == [], "\n".join(problems)


# ---------------------------------------------------------------------------- the code

DISPLAY_CALLS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setTitle",
    "setSuffix",
    "setPrefix",
    "setLabelText",
    "setInformativeText",
    "addItem",
    "addItems",
    "addTab",
    "addMenu",
    "show_status",
    "warn",
    "inform",
    "set_sync",
    "set_summary",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolBar",
    "plain_label",
    "_label",
    "_make",
    "setHorizontalHeaderLabels",
    "setHeaderLabels",
    "setSpecialValueText",
}
# Literals that are not words of any language.
NOT_WORDS = {"0.00", "https://example.com/thank-you", " px", " dpi", " mm", "× ", "#", "—", "…", ""}


def test_no_sentence_reaches_a_widget_without_translate() -> None:
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in DISPLAY_CALLS:
                continue
            # The words: the first argument (an icon name or a shortcut may follow), and an
            # action's tip.
            shown_args = call.args[:1] + (call.args[3:4] if name == "_make" else [])
            for arg in shown_args:
                if isinstance(arg, ast.JoinedStr):
                    text = "".join(
                        v.value if isinstance(v, ast.Constant) else "{}" for v in arg.values
                    )
                elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    text = arg.value
                else:
                    continue
                if text not in NOT_WORDS and re.search(r"[A-Za-z]{2,}", text):
                    found.append(f"{path.relative_to(PACKAGE)}:{call.lineno}: {text!r}")
    assert found == [], "\n".join(found)


# ---------------------------------------------------------------------------- the window


def vocabulary(language: str) -> tuple[set[str], set[str]]:
    """The words of the English sources, and the words the translation itself uses."""
    english: set[str] = set()
    translated: set[str] = set()
    for m in messages(TS_DIR / f"leanrails_{language}.ts"):
        english |= {w.lower() for w in WORD.findall(PLACEHOLDER.sub("", m["source"]))}
        for form in m["forms"]:
            translated |= {w.lower() for w in WORD.findall(PLACEHOLDER.sub("", form))}
    return english, translated | ALLOWED


# What the test itself puts in the window (account names, a link title), which is data
# rather than the app's words; and the keyring's diagnostic detail, shown as it is (a
# tooltip) like any message of the keyring library.
DATA = (
    "Test shop",
    "My shop",
    "Live shop",
    "A link",
    "refused backend keyring.backends.fail.Keyring",
)
PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s」“”„]*")
CODE = re.compile(r"\b[A-Z]{3}\b")  # currency codes


def english_left(texts: set[str], language: str) -> list[str]:
    """The strings holding a word of the English sources that the translation never uses."""
    english, translated = vocabulary(language)
    left = []
    for text in sorted(texts):
        bare = text.replace("&", "")
        for data in DATA:
            bare = bare.replace(data, "")
        bare = CODE.sub("", PATH.sub("", bare))
        words = {w.lower() for w in WORD.findall(bare)}
        if any(len(w) >= 3 and w in english and w not in translated for w in words):
            left.append(text)
    return left


def widget_texts(root: QWidget) -> set[str]:
    """What a person sees or hears of ``root`` and everything in it."""
    texts: set[str] = set()

    def add(*values: object) -> None:
        texts.update(v for v in values if isinstance(v, str) and v.strip())

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.statusTip())
        add(widget.accessibleDescription())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget.text())
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            add(widget.text(), widget.specialValueText())
        if isinstance(widget, QComboBox):
            add(*(widget.itemText(i) for i in range(widget.count())))
        header = (
            widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else widget.header()
            if isinstance(widget, QTreeView)
            else None
        )
        if header is not None and widget.model() is not None:
            model = widget.model()
            add(*(model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())))
        if isinstance(widget, QMenu):
            add(widget.title())
        for action in widget.actions():
            add(action.text(), action.toolTip(), action.statusTip(), action.iconText())
            menu = action.menu()
            if isinstance(menu, QMenu):
                add(menu.title(), *texts_of_menu(menu))
    return texts


def texts_of_menu(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield from (action.text(), action.toolTip(), action.statusTip())
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield sub.title()
            yield from texts_of_menu(sub)


def window_texts(qtbot: QtBot, window: AppWindow, opened: list[QWidget]) -> set[str]:
    texts = widget_texts(window)
    for action in window.findChildren(QAction):
        texts |= {action.text(), action.toolTip(), action.statusTip()}
    window.commands.new_action.trigger()  # the editor with every field of a new link
    settle(qtbot)
    texts |= widget_texts(window)
    welcome = WelcomeView(SecretStore(backend=fail.Keyring()).check())
    opened.append(welcome)
    qtbot.addWidget(welcome)
    welcome.show()
    settle(qtbot)
    texts |= widget_texts(welcome)
    return texts


def dialog_texts(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, opened: list[QWidget]
) -> dict[str, set[str]]:
    settings = QSettings(str(tmp_path / "dialogs.ini"), QSettings.Format.IniFormat)
    accounts = AccountStore()
    accounts.add("My shop", "sk_test_" + "a" * 24)
    accounts.add("Live shop", "sk_live_" + "b" * 24)
    no_keyring = SecretStore(backend=fail.Keyring()).check()
    out: dict[str, set[str]] = {}

    def walk(name: str, dialog: QWidget) -> None:
        opened.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        out[name] = widget_texts(dialog)

    add = AddAccountDialog(accounts, runner, keyring_status=no_keyring)
    add.advanced_button.setChecked(True)
    add.session_button.show()
    walk("add account", add)
    walk("accounts", AccountsDialog(accounts, runner, keyring_status=no_keyring))
    walk("about", AboutDialog(open_url=lambda _url: False))
    walk("save QR code", QrSaveDialog(settings, "A link"))
    bulk_qr = BulkQrDialog(settings, 3, LinkFilter.ACTIVE)
    walk("QR codes and print sheet", bulk_qr)
    bulk_qr.to_folder.setChecked(True)
    walk("QR codes in a folder", bulk_qr)
    walk("CSV export", CsvExportDialog(settings, 2, LinkFilter.INACTIVE))
    walk("crash", CrashDialog("Traceback (most recent call last)", tmp_path / "crash.txt"))
    rows = [FieldChange("Title", "A link", "A link", True), FieldChange("Status", "", "", False)]
    walk("conflict", ConflictDialog("A link", rows))
    imported = ImportDialog("links.csv")
    walk("import", imported)
    change = BulkChangeDialog("2 links")
    change.show_choices()
    walk("bulk change", change)
    channels = [(translate("Sharing", c.label), c.key) for c in sharing.CHANNELS]
    walk("share", ShareDialog("A link", channels))
    past = HistoryDialog("A link")
    past.show_rows([], translate("History", EMPTY))
    walk("history, empty", past)
    rows = history.history_rows(
        [HistoryEntry("l1", 1_700_000_000, history.SAVED, (("Titel", "A link", "A link"),))]
    )
    filled = HistoryDialog("A link")
    filled.show_rows(rows, "")
    walk("history", filled)
    banner = KeyringBanner()
    banner.set_status(no_keyring)
    walk("keyring banner", banner)
    return out


@pytest.mark.parametrize("ui_locale", list(COMPLETE), indirect=True)
def test_window_and_dialogs_show_no_english(
    qtbot: QtBot,
    ui_locale: str,
    window: AppWindow,
    runner: TaskRunner,
    tmp_path: Path,
    app_home: Path,
    memory_keyring: Any,
) -> None:
    language = COMPLETE[ui_locale]
    # Held until the test ends: qtbot holds widgets weakly, and a dialog collected while
    # the event loop runs would be deleted under Qt's feet.
    opened: list[QWidget] = []
    texts = window_texts(qtbot, window, opened)
    assert window.menuBar().actions()[0].text() != "&File"
    left = {"main window": english_left(texts, language)}
    for name, shown in dialog_texts(qtbot, tmp_path, runner, opened).items():
        left[name] = english_left(shown, language)
    assert sum(len(found) for found in left.values()) == 0, "\n".join(
        f"{name}: {found}" for name, found in left.items() if found
    )


def test_english_strings_are_recognised(qapp: QApplication) -> None:
    """The check above can fail: English sentences are found in a German and a Japanese set."""
    for language in COMPLETE.values():
        shown = {"Save the link", "Speichern", "保存", "1 payment", "USD", "/tmp/a/config"}
        found = english_left(shown, language)
        assert found == ["1 payment", "Save the link"]


def test_settings_language_choice_is_kept_for_the_next_start(
    qtbot: QtBot, window: AppWindow
) -> None:
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    choices = {str(a.data()): a for a in menu.actions()}
    assert set(choices) == {"", "en_US", "de_DE", "ja_JP"}
    assert choices[""].isChecked()
    assert "restart" in menu.title()
    choices["de_DE"].trigger()
    assert window.settings.value("language") == "de_DE"
    assert window.prompts.asked[-1].startswith("inform:")  # type: ignore[attr-defined]
    assert translations.chosen_locale(window.settings).name() == "de_DE"
    choices[""].trigger()
    assert window.settings.value("language") == ""
    assert translations.chosen_locale(window.settings).name() == QLocale.system().name()


@pytest.mark.parametrize(("name", "save"), [("de_DE", "Speichern"), ("ja_JP", "保存")])
def test_qt_standard_buttons_speak_the_language(qapp: QApplication, name: str, save: str) -> None:
    """Qt's own translations (qtbase) are loaded beside the app's for its standard buttons."""
    installed = translations.install(QLocale(name))
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Save)
        assert [button.text().replace("&", "") for button in box.buttons()] == [save]
    finally:
        installed.remove()
