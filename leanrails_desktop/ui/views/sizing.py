"""Dialogs that keep the size their content needs, notices they show later included.

Qt gives a window the minimum size of its layout, but counts wrapped text as one line, and
does not grow a window that is already open when a notice appears in it: the notice and the
fields around it get squashed. :func:`fit_to_content` watches a dialog and, whenever its
content changes or it is resized, makes it at least as tall as its content needs at its
width (and never narrower than its layout's minimum).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_REFIT_ON = (
    QEvent.Type.LayoutRequest,
    QEvent.Type.Show,
    QEvent.Type.Resize,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
)


class _ContentFitter(QObject):
    """Grows its window to what the content needs (once per burst of changes)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: while Python tears the fitter down, Qt may still deliver an event to it.
        if watched is getattr(self, "_window", None) and event.type() in _REFIT_ON:
            self._timer.start()
        return False

    def fit(self) -> None:
        window = self._window
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        layout.activate()
        width = max(window.width(), layout.totalMinimumSize().width())
        if layout.hasHeightForWidth():
            height = layout.totalMinimumHeightForWidth(width)
        else:
            height = layout.totalMinimumSize().height()
        if window.minimumHeight() != height:
            window.setMinimumHeight(height)
        if window.width() < width or window.height() < height:
            window.resize(width, max(window.height(), height))


def fit_to_content(window: QWidget) -> None:
    """Keep ``window`` (a dialog with a layout) as large as its content needs."""
    _ContentFitter(window)
