"""Bulk work: importing links from spreadsheets, and changing many links at once.

- :mod:`.sheet`: :func:`read_sheet`, a CSV or ``.xlsx`` file as rows of text with the line
  numbers a spreadsheet shows.
- :mod:`.amounts`: amounts as spreadsheets write them (decimal commas, grouping dots).
- :mod:`.columns`: the columns understood, including the app's own CSV exports.
- :mod:`.plan`: :func:`plan_import`, rows into checked link forms and problems by line.
- :mod:`.send`: :func:`send_import`, creating the links exactly once, with per-row results.
- :mod:`.changes`: :func:`~.changes.plan_change`, what a change does to each link (before →
  after, the links already so), :func:`~.changes.send_changes`, and
  :func:`~.changes.plan_undo`, the change that puts it back.
"""

from __future__ import annotations

from leanrails_desktop.core.bulk.plan import ImportPlan, PlannedLink, Problem, plan_import
from leanrails_desktop.core.bulk.send import (
    CREATED,
    FAILED,
    NOT_SENT,
    ImportResult,
    LinkResult,
    idempotency_key,
    retry_failed,
    send_import,
)
from leanrails_desktop.core.bulk.sheet import Sheet, SheetError, SheetRow, read_sheet

__all__ = [
    "CREATED",
    "FAILED",
    "NOT_SENT",
    "ImportPlan",
    "ImportResult",
    "LinkResult",
    "PlannedLink",
    "Problem",
    "Sheet",
    "SheetError",
    "SheetRow",
    "idempotency_key",
    "plan_import",
    "read_sheet",
    "retry_failed",
    "send_import",
]
