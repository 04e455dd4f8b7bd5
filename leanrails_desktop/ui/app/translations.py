"""Which language the window speaks, and Qt's translators that make it so.

The language is the setting ``language`` (a locale name such as ``de_DE``; empty: the
system's). It is read once at start: a change applies after a restart. The app's own
translations are ``resources/translations/leanrails_<lang>.qm`` (built from the ``.ts``
sources by ``make translations``); Qt's translations of its standard buttons come with
PySide6. A right-to-left locale mirrors the window even when no translation exists for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from leanrails_desktop.core.i18n import LANGUAGE_KEY, TRANSLATED
from leanrails_desktop.ui.views.icons import resource_path

_log = logging.getLogger("leanrails_desktop.translations")


def chosen_locale(settings: QSettings) -> QLocale:
    """The locale the settings ask for, or the system's."""
    name = str(settings.value(LANGUAGE_KEY, "") or "")
    return QLocale(name) if name else QLocale.system()


def translations_folder() -> str:
    """Where the app's ``.qm`` files are."""
    return str(resource_path("translations"))


@dataclass
class Installed:
    """The translators in use (kept alive: Qt holds only a pointer to each)."""

    translators: list[QTranslator]
    language: str

    def remove(self) -> None:
        """Take the translators out again (tests switching language)."""
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def install(locale: QLocale) -> Installed:
    """Install the translators for ``locale`` and its layout direction.

    English is installed first: it holds the English plural forms ("1 link", "2 links"),
    and whatever another language has not translated falls back to it.
    """
    app = QCoreApplication.instance()
    translators: list[QTranslator] = []

    def load(name: str, folder: str) -> bool:
        translator = QTranslator(app)
        if translator.load(name, folder) and QCoreApplication.installTranslator(translator):
            translators.append(translator)
            return True
        return False

    if not load("leanrails_en", translations_folder()):
        _log.warning("English plural forms not found in %s", translations_folder())
    language = QLocale.languageToCode(locale.language())
    if language in TRANSLATED:
        if not load(f"leanrails_{language}", translations_folder()):
            _log.warning("Translation %s not found; the window stays in English", language)
        load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(layout_direction(locale))
    return Installed(translators, language)


def layout_direction(locale: QLocale) -> Qt.LayoutDirection:
    """Right to left for Arabic, Hebrew and the other right-to-left scripts."""
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight
