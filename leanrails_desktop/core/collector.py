"""Pausing Python's cycle collector around work that makes many short-lived objects."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_on = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the duration (planning a 10,000-row import, filling
    its review table).

    Why: such work makes tens of thousands of small objects, none in a cycle, so the
    collector frees nothing there; but each full pass walks every object of the process
    (in the app, all of Qt's wrappers too), and the work sets off several: a third to half
    of its time. Reference counting still frees everything at once. Pauses may overlap
    (a plan on a worker while the window fills a table): the collector comes back when
    the last one ends, and only if it was on when the first began.
    """
    global _holders, _was_on
    with _lock:
        if _holders == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_on:
                gc.enable()
