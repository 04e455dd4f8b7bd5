"""Help → About: what this app is, which version, and where it keeps its files.

Each folder is shown in a read-only field (select and copy it) with an "Open folder" button.
"Copy details" puts the version and folder report on the clipboard, for a support request.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop import APP_NAME, __version__
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.core.paths import AppPaths, app_paths
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views.icons import resource_path
from leanrails_desktop.ui.views.sizing import fit_to_content

DESCRIPTION = QT_TRANSLATE_NOOP(
    "AboutDialog", "Create, share and manage your LeanRails Checkout Links from your desktop."
)
LICENCE = "MIT"

UrlOpener = Callable[[QUrl], bool]


def folder_rows(paths: AppPaths) -> list[tuple[str, str, Path]]:
    """(key, label, folder) for each of the app's folders, in the order they are shown."""
    return [
        ("settings", translate("AboutDialog", "Settings"), paths.config),
        ("data", translate("AboutDialog", "Data"), paths.data),
        ("cache", translate("AboutDialog", "Cache"), paths.cache),
        ("logs", translate("AboutDialog", "Logs"), paths.logs),
    ]


def versions_text() -> str:
    """One line naming the versions of Qt, PySide6 and Python this app runs on."""
    system = platform.system() or sys.platform
    return (
        f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()} · {system}"
    )


class AboutDialog(QDialog):
    """The About box. ``paths`` defaults to this user's folders; ``open_url`` to the desktop's
    file manager (tests pass their own)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        paths: AppPaths | None = None,
        open_url: UrlOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths or app_paths()
        self._open_url: UrlOpener = open_url or QDesktopServices.openUrl
        self.setWindowTitle(translate("AboutDialog", "About {app}").format(app=APP_NAME))
        self.setObjectName("AboutDialog")
        self.path_fields: dict[str, QLineEdit] = {}
        self.open_buttons: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self._folders())

        self.versions_label = plain_label(
            versions_text(), role=translate("AboutDialog", "Versions")
        )
        self.versions_label.setObjectName("versionsLabel")
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.versions_label)

        self.status_label = plain_label(role=translate("AboutDialog", "Status"))
        self.status_label.setObjectName("aboutStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.status_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            translate("AboutDialog", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName(
            translate("AboutDialog", "Copy version and folder details")
        )
        self.copy_button.setToolTip(
            translate("AboutDialog", "Copy the version and folder details, to send to support")
        )
        self.copy_button.clicked.connect(self.copy_details)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("AboutDialog", "Close About"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        fit_to_content(self)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        logo = QLabel()
        logo.setObjectName("aboutLogo")
        logo.setPixmap(QIcon(str(resource_path("icons", "app.svg"))).pixmap(64, 64))
        logo.setAccessibleName(translate("AboutDialog", "{app} logo").format(app=APP_NAME))
        row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)

        text = QVBoxLayout()
        self.name_label = plain_label(APP_NAME, role=translate("AboutDialog", "App name"))
        self.name_label.setStyleSheet("font-weight: 700; font-size: 15pt;")
        self.version_label = QLabel(
            translate("AboutDialog", "Version {version}").format(version=__version__)
        )
        self.version_label.setObjectName("versionLabel")
        self.version_label.setAccessibleName(translate("AboutDialog", "Version"))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel(translate("AboutDialog", DESCRIPTION))
        self.description_label.setWordWrap(True)
        self.description_label.setAccessibleName(translate("AboutDialog", "Description"))
        self.licence_label = QLabel(
            translate("AboutDialog", "Licence: {licence}").format(licence=LICENCE)
        )
        self.licence_label.setObjectName("licenceLabel")
        self.licence_label.setAccessibleName(translate("AboutDialog", "Licence"))
        for label in (
            self.name_label,
            self.version_label,
            self.description_label,
            self.licence_label,
        ):
            text.addWidget(label)
        row.addLayout(text, 1)
        return row

    def _folders(self) -> QGroupBox:
        box = QGroupBox(translate("AboutDialog", "Where your files are"))
        grid = QGridLayout(box)
        note = QLabel(
            translate(
                "AboutDialog",
                "Secret keys are never kept in these folders: they stay in your system's keyring.",
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, 0, 0, 1, 3)
        for row, (key, label_text, folder) in enumerate(folder_rows(self.paths), start=1):
            label = QLabel(f"{label_text}:")
            field = QLineEdit(str(folder))
            field.setReadOnly(True)
            field.setObjectName(f"{key}Path")
            field.setAccessibleName(
                translate("AboutDialog", "{name} folder").format(name=label_text)
            )
            field.setCursorPosition(0)
            label.setBuddy(field)
            button = QPushButton(translate("AboutDialog", "Open folder"))
            button.setObjectName(f"{key}Open")
            button.setAccessibleName(
                translate("AboutDialog", "Open the {name} folder").format(name=label_text)
            )
            if folder.is_dir():
                button.setToolTip(
                    translate("AboutDialog", "Show {folder} in your file manager").format(
                        folder=folder
                    )
                )
            else:
                button.setEnabled(False)
                button.setToolTip(translate("AboutDialog", "Nothing has been saved here yet"))
            button.clicked.connect(lambda _checked=False, k=key: self.open_folder(k))
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.path_fields[key] = field
            self.open_buttons[key] = button
        grid.setColumnStretch(1, 1)
        return box

    def folder(self, key: str) -> Path:
        """The folder shown in row ``key`` (settings, data, cache or logs)."""
        return next(folder for k, _label, folder in folder_rows(self.paths) if k == key)

    def open_folder(self, key: str) -> bool:
        """Show the folder in the desktop's file manager; say so in the dialog if it can't."""
        folder = self.folder(key)
        if folder.is_dir() and self._open_url(QUrl.fromLocalFile(str(folder))):
            self.status_label.hide()
            return True
        self.status_label.setText(
            translate(
                "AboutDialog",
                "The folder {folder} could not be opened here. "
                "Select its address above and open it in your file manager.",
            ).format(folder=folder)
        )
        self.status_label.show()
        return False

    def details(self) -> str:
        """The report "Copy details" puts on the clipboard."""
        lines = [f"{APP_NAME} {__version__}", versions_text()]
        lines += [f"{label}: {folder}" for _key, label, folder in folder_rows(self.paths)]
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put :meth:`details` on the clipboard."""
        QGuiApplication.clipboard().setText(self.details())
        self.status_label.setText(translate("AboutDialog", "Details copied."))
        self.status_label.show()
