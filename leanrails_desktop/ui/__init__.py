"""Qt user interface of LeanRails Desktop."""

# The Qt-free core the window needs is imported before Qt itself: once PySide6 is loaded,
# it reads the source of every module imported after it (looking for its feature
# switches). httpcore is what httpx imports when its first client is built.
import httpcore  # noqa: F401

import leanrails_desktop.core.api
import leanrails_desktop.core.crashlog
import leanrails_desktop.core.store  # noqa: F401
from leanrails_desktop.core import i18n

# Every sentence the core and the UI show goes through Qt's translators from here on.
from PySide6.QtCore import QCoreApplication  # isort: skip

i18n.install(QCoreApplication.translate)
