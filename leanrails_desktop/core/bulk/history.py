"""What goes into a link's history (changes made from this computer), and undoing the last
single save of a link.

Every change the app sends — a save in the editor, a create, an import, a bulk change and
its undo, switching links on and off — is written to the local store's history
(:class:`~leanrails_desktop.core.store.history.HistoryStore`) by the functions here, from
the worker that sent it. Writing history never fails the change itself: a store problem is
logged and the change stands.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.bulk.changes import (
    ChangeOutcome,
    ChangePlan,
    FieldChange,
    PlannedChange,
    describe_fields,
    plan_undo,
)
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from leanrails_desktop.core.link_form import LinkForm, form_from_link
from leanrails_desktop.core.links import conflicts
from leanrails_desktop.core.locale import format_count, format_datetime
from leanrails_desktop.core.store.errors import StoreError
from leanrails_desktop.core.store.history import HistoryEntry, HistoryRecord

_log = logging.getLogger("leanrails_desktop.core.bulk.history")

HistoryText = Context("HistoryText")

SAVED = "saved"
CREATED = "created"
IMPORTED = "imported"
BULK_CHANGE = "bulk change"
UNDO = "undo"
STATUS = "status"

ORIGIN_TEXT = {
    SAVED: QT_TRANSLATE_NOOP("History", "Saved in the editor"),
    CREATED: QT_TRANSLATE_NOOP("History", "Created"),
    IMPORTED: QT_TRANSLATE_NOOP("History", "Imported"),
    BULK_CHANGE: QT_TRANSLATE_NOOP("History", "Bulk change"),
    UNDO: QT_TRANSLATE_NOOP("History", "Undo"),
    STATUS: QT_TRANSLATE_NOOP("History", "Switched on or off"),
}
"""How each origin reads in the History dialog."""

LINE_ITEMS_STAY = QT_TRANSLATE_NOOP(
    "History", "Line items cannot be changed once a link is made, so they stay as they are."
)
"""Said wherever an undo puts a link back: the one part it cannot restore."""


class HistoryWriter(Protocol):
    """Where history goes (the local store)."""

    def record_changes(self, account_key: str, records: Iterable[HistoryRecord]) -> None: ...


def origin_text(origin: str) -> str:
    """The origin as the merchant reads it (an unknown one as it was stored)."""
    text = ORIGIN_TEXT.get(origin)
    return translate("History", text) if text else origin


def record(
    store: HistoryWriter | None, account_key: str, records: Iterable[HistoryRecord]
) -> None:
    """Write ``records``; without a store, or when it fails, the change simply goes
    unrecorded (logged), since the change itself was made."""
    if store is None:
        return
    try:
        store.record_changes(account_key, records)
    except (StoreError, ValueError) as exc:
        _log.warning("history not recorded: %s", exc)


def created_changes(
    link: CheckoutLink, items: list[LineItem] | None = None
) -> tuple[FieldChange, ...]:
    """A new link's fields, each from "(none)" (or its default) to what it was made with."""
    return describe_fields(LinkForm(line_items=[]), form_from_link(link, items))


def record_created(
    store: HistoryWriter | None,
    account_key: str,
    links: Iterable[CheckoutLink],
    origin: str = IMPORTED,
) -> None:
    """Record links just made (by an import, or the editor's Create), in one write."""
    record(store, account_key, [(link.id, origin, created_changes(link)) for link in links])


def record_updates(
    store: HistoryWriter | None,
    account_key: str,
    updates: Iterable[tuple[LinkForm, CheckoutLink]],
    origin: str,
) -> None:
    """Record links updated, each from its form before to the server's answer, in one
    write; an update that changed nothing the merchant sees is left out."""
    records: list[HistoryRecord] = []
    for before, answer in updates:
        fields = describe_fields(before, form_from_link(answer))
        if fields:
            records.append((answer.id, origin, fields))
    record(store, account_key, records)


def record_outcome(
    store: HistoryWriter | None,
    account_key: str,
    plan: ChangePlan,
    outcome: ChangeOutcome,
    origin: str,
) -> None:
    """Record each link a bulk change (or its undo) changed, before → the server's answer,
    in one write."""
    planned = {item.link_id: item for item in plan.changes}
    records: list[HistoryRecord] = []
    for result in outcome.changed():
        item = planned.get(result.link_id)
        if item is None or result.link is None:
            continue
        fields = describe_fields(item.before, form_from_link(result.link))
        records.append((result.link_id, origin, fields or item.fields))
    record(store, account_key, records)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One field change of one entry, as the History dialog shows it (all plain text)."""

    when: str
    origin: str
    field: str
    before: str
    after: str


def history_rows(entries: Iterable[HistoryEntry]) -> list[HistoryRow]:
    """The rows of a link's history, newest first: one per field changed, each with its
    entry's local date and time; an entry without field changes still gets one row."""
    rows: list[HistoryRow] = []
    for entry in entries:
        when = format_datetime(entry.changed_at, seconds=True)
        origin = origin_text(entry.origin)
        changes = entry.changes or ((translate("History", "(no field recorded)"), "", ""),)
        rows.extend(HistoryRow(when, origin, *change) for change in changes)
    return rows


# ---------------------------------------------------------------------------- undo


@dataclass(frozen=True, slots=True)
class SavedEdit:
    """A single save of a link: the link as it was before (from the mirror, as the editor
    opened it) and as the server answered the save."""

    link_id: str
    title: str
    before: LinkForm
    after: LinkForm

    @classmethod
    def of(cls, before: LinkForm, answer: CheckoutLink) -> SavedEdit:
        return cls(answer.id, answer.title, before.copy(), form_from_link(answer))


@dataclass(frozen=True, slots=True)
class SaveUndo:
    """What undoing a save did: ``link`` is the server's answer (or, when nothing was sent,
    the link as LeanRails has it); ``conflicts`` lists what changed there since the save,
    in which case nothing was sent."""

    link: CheckoutLink
    sent: bool
    fields: tuple[FieldChange, ...] = ()
    conflicts: tuple[conflicts.FieldChange, ...] = ()
    problem: str = ""

    def sentence(self, title: str) -> str:
        """The merchant's sentence for the outcome."""
        if self.conflicts:
            parts = ", ".join(row.label for row in self.conflicts)
            return translate(
                "History",
                "Not undone: “{title}” was changed on LeanRails after your save ({parts}). "
                "Nothing was overwritten; open the link to see its version.",
            ).format(title=title, parts=parts)
        if self.problem:
            return translate("History", "Not undone: {problem}").format(problem=self.problem)
        if not self.sent:
            return translate(
                "History", "Nothing to undo: “{title}” already has its earlier values."
            ).format(title=title)
        return translate("History", "Undid the save of “{title}”. {line_items}").format(
            title=title, line_items=translate("History", LINE_ITEMS_STAY)
        )


def undo_save(
    client: LeanRailsClient,
    edit: SavedEdit,
    recorded: Callable[[LinkForm, CheckoutLink], None] | None = None,
) -> SaveUndo:
    """Put back the values ``edit`` changed, unless LeanRails has another version by now:
    then nothing is sent and the parts that changed are reported. ``recorded`` is called
    with the form before and the answer after an update was made."""
    now = client.checkout_links.retrieve(edit.link_id)
    now_form = form_from_link(now)
    if conflicts.server_changed(edit.after, now_form):
        rows = conflicts.changes(edit.after, now_form, edit.after)
        return SaveUndo(now, sent=False, conflicts=tuple(rows))
    applied = PlannedChange(now, {}, (), edit.before, edit.after)
    plan = plan_undo([applied], {now.id: now})
    if plan.problems:
        return SaveUndo(now, sent=False, problem=plan.problems[0])
    if not plan.changes:
        return SaveUndo(now, sent=False)
    change = plan.changes[0]
    answer = client.checkout_links.update(now.id, **change.params)
    if recorded is not None:
        recorded(now_form, answer)
    return SaveUndo(answer, sent=True, fields=change.fields)


def undo_label(edit: SavedEdit | None, bulk_count: int, *, max_title: int = 40) -> str:
    """The Undo command's text: what it undoes, or plain "Undo"."""
    if edit is not None:
        title = " ".join(edit.title.split()) or edit.link_id
        if len(title) > max_title:
            title = title[: max_title - 1] + "…"
        return translate("History", "Undo save of “{title}”").format(title=title)
    if bulk_count:
        text = HistoryText.tr("Undo change to {count} link(s)", "", bulk_count)
        return text.format(count=format_count(bulk_count))
    return translate("History", "Undo")
