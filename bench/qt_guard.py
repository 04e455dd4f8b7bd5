"""Guard against a reference-counting fault in ``Signal.emit`` of some PySide6 releases.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit`` without taking a reference to
it, so every emit made from Python (and ignored, as they all are) takes one reference away
from ``True``. Python 3.11 frees objects whose count reaches zero, ``True`` included: after a
few thousand emits the process aborts with "Fatal Python error: bool_dealloc". Loading
10,000 links emits far more than that, so the benchmark children check for the fault at
start and, when it is there, give ``True`` a reserve of references large enough for any run.
From Python 3.12 on ``True`` is immortal and the fault is harmless.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def emit_loses_true_reference() -> bool:
    """True when an ignored ``emit()`` takes a reference away from ``True``."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit()
    after = sys.getrefcount(True)
    probe.deleteLater()
    return after < before


def protect_true() -> bool:
    """Give ``True`` a large reserve of references if ``emit`` leaks them; True if it did."""
    if sys.version_info >= (3, 12) or not emit_loses_true_reference():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(True))
    refcount.value += RESERVE
    return True
