"""Side by side: the merchant's edits and the version saved on LeanRails meanwhile, with a
choice per part of the link."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.links.conflicts import FieldChange, Side, default_choices
from leanrails_desktop.ui.text import plain_label
from leanrails_desktop.ui.views import theme


class ConflictDialog(QDialog):
    """Keep yours, take LeanRails's, or choose part by part. :meth:`choices` after Accept."""

    def __init__(self, title: str, rows: list[FieldChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConflictDialog", "Changed on LeanRails meanwhile"))
        self.setAccessibleName(translate("ConflictDialog", "Changed on LeanRails meanwhile"))
        self._rows = rows
        self._groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        layout = QVBoxLayout(self)
        intro = plain_label(
            translate(
                "ConflictDialog",
                "“{title}” was changed on LeanRails after you opened it here. "
                "Choose which version of each part to save; nothing is sent until you do.",
            ).format(title=title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        for column, heading in enumerate(
            (
                "",
                translate("ConflictDialog", "Your version"),
                translate("ConflictDialog", "On LeanRails now"),
            )
        ):
            label = plain_label(heading)
            label.setStyleSheet(theme.BOLD)
            grid.addWidget(label, 0, column)
        choices = default_choices(rows)
        for number, row in enumerate(rows, start=1):
            part = translate("Conflicts", row.label)
            name = plain_label(
                translate("ConflictDialog", "{part} (you changed it too)").format(part=part)
                if row.you_changed
                else part
            )
            yours = QRadioButton()
            yours.setAccessibleName(
                translate("ConflictDialog", "{label}: keep yours, {yours}").format(
                    label=part, yours=row.yours
                )
            )
            theirs = QRadioButton()
            theirs.setAccessibleName(
                translate("ConflictDialog", "{label}: take LeanRails's, {theirs}").format(
                    label=part, theirs=row.theirs
                )
            )
            group = QButtonGroup(self)
            group.addButton(yours)
            group.addButton(theirs)
            (yours if choices[row.label] == "yours" else theirs).setChecked(True)
            self._groups[row.label] = (yours, theirs)
            grid.addWidget(name, number, 0)
            grid.addWidget(_choice(yours, row.yours), number, 1)
            grid.addWidget(_choice(theirs, row.theirs), number, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(translate("ConflictDialog", "Keep &mine"))
        self.take_theirs = QPushButton(translate("ConflictDialog", "Take &LeanRails's"))
        self.save_chosen = QPushButton(translate("ConflictDialog", "&Save as chosen"))
        self.save_chosen.setDefault(True)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_chosen, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.keep_mine.clicked.connect(lambda: self._choose_all("yours"))
        self.take_theirs.clicked.connect(lambda: self._choose_all("theirs"))
        self.save_chosen.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(720, min(520, 180 + 44 * len(rows)))

    def _choose_all(self, side: Side) -> None:
        for yours, theirs in self._groups.values():
            (yours if side == "yours" else theirs).setChecked(True)
        self.accept()

    def choices(self) -> dict[str, Side]:
        """The version chosen for each part."""
        return {
            label: "yours" if yours.isChecked() else "theirs"
            for label, (yours, _theirs) in self._groups.items()
        }


def _choice(button: QRadioButton, text: str) -> QWidget:
    holder = QWidget()
    row = QGridLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    label = plain_label(text)
    label.setWordWrap(True)
    label.setBuddy(button)
    row.addWidget(button, 0, 0)
    row.addWidget(label, 0, 1)
    row.setColumnStretch(1, 1)
    return holder
