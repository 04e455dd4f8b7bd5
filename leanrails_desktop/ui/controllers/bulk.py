"""Link → Change selected links… and Edit → Undo change to N links: choose what to set,
review what changes on each link (the links already so are only counted), send on the
session with progress and Cancel, see each link's result, retry the failed ones — and undo
the last change the same way.

The rules are in :mod:`core.bulk.changes`; this decides the order of things. The list
shows the server's answers (:attr:`links_updated`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.bulk import history
from leanrails_desktop.core.bulk.changes import (
    CHANGED,
    NOT_SENT,
    BulkChange,
    ChangeOutcome,
    ChangePlan,
    PlannedChange,
    merge,
    plan_change,
    plan_undo,
    send_changes,
)
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.link_form import METADATA_KEY_MAX
from leanrails_desktop.core.link_source import mirror_links
from leanrails_desktop.core.locale import format_count
from leanrails_desktop.core.messages import describe_error
from leanrails_desktop.core.mirror import Mirror
from leanrails_desktop.ui.background.session import ApiSession
from leanrails_desktop.ui.background.tasks import TaskContext, TaskHandle
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.sending import ReviewedSending
from leanrails_desktop.ui.views.dialogs.bulk_change_dialog import (
    BulkChangeDialog,
    ChangeResultRow,
    ChangeRow,
)
from leanrails_desktop.ui.views.list_pane import ListPane

Bulk = Context("Bulk")

Send = Callable[[LeanRailsClient, TaskContext], ChangeOutcome]


def describe_status(status: str, error: str) -> str:
    """A change's result as the review table shows it."""
    if status == CHANGED:
        return translate("Bulk", "changed")
    if status == NOT_SENT:
        return translate("Bulk", "not sent: stopped before this link")
    return translate("Bulk", "failed: {error}").format(error=error)


def _chosen(check: QCheckBox, combo: QComboBox) -> Any:
    """The value chosen in ``combo`` when its box is ticked, else None."""
    return combo.currentData() if check.isChecked() else None


def change_row(item: PlannedChange) -> ChangeRow:
    title = " ".join(item.link.title.split()) or item.link.id
    return ChangeRow(
        title,
        "\n".join(f.name for f in item.fields),
        "\n".join(f.before for f in item.fields),
        "\n".join(f.after for f in item.fields),
    )


class BulkChangeController(ReviewedSending[BulkChangeDialog, ChangeOutcome]):
    """Change many links at once, and undo the last such change."""

    links_updated = Signal(list)
    """The server's answers for the links changed."""
    undo_changed = Signal()
    """Whether there is a change to undo (and of how many links) changed."""

    def __init__(self, context: AppContext, list_pane: ListPane) -> None:
        super().__init__(context)
        self._list = list_pane
        self.plan: ChangePlan | None = None
        self.last_result: ChangeOutcome | None = None
        self.planning: TaskHandle[ChangePlan] | None = None
        self.undoable: tuple[PlannedChange, ...] = ()
        self.undo_stamp = 0.0
        """When (monotonic) the change now undoable was made, to tell it from a later save."""
        self._ids: list[str] = []
        self._mirror: Mirror | None = None
        self._undoing = False
        self._rows: dict[str, int] = {}
        context.session_closing.connect(self._session_closing)

    # ------------------------------------------------------------------ choose

    def change_selected(self) -> None:
        """Open the choices for the selected links (at least two)."""
        if self._context.session is None or self.dialog is not None:
            return
        model = self._list.model
        ids = model.ids_at(self._list.selected_rows())
        if len(ids) < 2 or model.mirror is None:
            return
        self._ids, self._mirror = ids, model.mirror
        self._undoing = False
        dialog = self._open(
            Bulk.tr("Change {count} link(s)", "", len(ids)).format(count=format_count(len(ids)))
        )
        dialog.show_choices()
        dialog.open()

    def undo(self) -> None:
        """Review, then send, the inverse of the last bulk change."""
        if self._context.session is None or self.dialog is not None or not self.undoable:
            return
        mirror = self._list.model.mirror
        applied = self.undoable
        ids = [item.link_id for item in applied]
        self._undoing = True
        dialog = self._open(
            Bulk.tr("Undo the change to {count} link(s)", "", len(applied)).format(
                count=format_count(len(applied))
            )
        )

        def work() -> ChangePlan:
            current = {link.id: link for link in (mirror_links(mirror, ids) if mirror else [])}
            return plan_undo(applied, current)

        dialog.show_review([], "", "", can_go_back=False)
        self._plan(work, len(ids))
        dialog.open()

    def _open(self, heading: str) -> BulkChangeDialog:
        self.plan = None
        self.last_result = None
        dialog = BulkChangeDialog(heading, self._context.dialog_parent)
        self.dialog = dialog
        dialog.review_requested.connect(self._review_choices)
        dialog.back_requested.connect(dialog.show_choices)
        dialog.apply_requested.connect(self._send)
        dialog.retry_requested.connect(self._retry)
        dialog.cancel_requested.connect(self._cancel)
        return dialog

    def requested_change(self) -> BulkChange | str:
        """The change the dialog's choices ask for, or the sentence saying what is wrong."""
        dialog = self.dialog
        assert dialog is not None
        metadata: dict[str, str | None] = {}
        if dialog.metadata_check.isChecked():
            key = dialog.metadata_key.text().strip()
            if not key:
                return translate("Bulk", "Enter the metadata key to set or remove.")
            if len(key) > METADATA_KEY_MAX:
                return translate("Bulk", "A metadata key has at most {max} characters.").format(
                    max=METADATA_KEY_MAX
                )
            remove = dialog.metadata_action.currentData() == "remove"
            metadata[key] = None if remove else dialog.metadata_value.text()
        active = _chosen(dialog.status_check, dialog.status_combo)

        change = BulkChange(
            active=active,
            inactive_message=dialog.inactive_message.text().strip(),
            submit_type=_chosen(dialog.button_check, dialog.button_combo),
            billing_address_collection=_chosen(dialog.billing_check, dialog.billing_combo),
            allow_promotion_codes=_chosen(dialog.promotion_check, dialog.promotion_combo),
            custom_message=dialog.message_edit.text() if dialog.message_check.isChecked() else None,
            metadata=metadata,
        )
        if change.is_empty():
            return translate("Bulk", "Tick at least one field to change.")
        return change

    def _review_choices(self) -> None:
        if self.dialog is None:
            return
        change = self.requested_change()
        if isinstance(change, str):
            self.dialog.choice_problem.setText(change)
            return
        self.dialog.choice_problem.setText("")
        mirror, ids = self._mirror, self._ids
        if mirror is None:
            return
        self._plan(lambda: plan_change(mirror_links(mirror, ids), change), len(ids))

    def _plan(self, work: Callable[[], ChangePlan], count: int) -> None:
        """Read the links from the mirror and work out the change off the GUI thread (a
        selection can be the whole account), then show the review."""
        session, dialog = self._context.session, self.dialog
        if session is None or dialog is None or self.planning is not None:
            return
        dialog.review_button.setEnabled(False)
        dialog.summary.setText(
            Bulk.tr("Reading {count} link(s)…", "", count).format(count=format_count(count))
        )

        def done(plan: ChangePlan) -> None:
            self.planning = None
            if self.dialog is not None:
                self.dialog.review_button.setEnabled(True)
            self._context.in_session(session, lambda: self._review(plan))

        def failed(exc: Exception) -> None:
            self.planning = None
            if self.dialog is not None:
                self.dialog.review_button.setEnabled(True)
                self.dialog.summary.setText(describe_error(exc))

        self.planning = self._context.runner.submit(work, done, failed)

    # ------------------------------------------------------------------ review

    def _review(self, plan: ChangePlan) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        self.plan = plan
        self.last_result = None
        self._rows = {item.link_id: index for index, item in enumerate(plan.changes)}
        summary = plan.summary()
        if plan.problems:
            summary = Bulk.tr(
                "{summary}; {count} cannot change: {problems}", "", len(plan.problems)
            ).format(
                summary=summary,
                count=format_count(len(plan.problems)),
                problems="; ".join(plan.problems[:3]),
            )
        count = len(plan.changes)
        if not count:
            button = ""
        elif self._undoing:
            button = Bulk.tr("Undo {count} link(s)", "", count)
        else:
            button = Bulk.tr("Change {count} link(s)", "", count)
        dialog.show_review(
            [change_row(item) for item in plan.changes],
            summary,
            button.format(count=format_count(count)),
            not self._undoing,
        )

    # ------------------------------------------------------------------ send

    def _send(self) -> None:
        plan = self.plan
        if plan is None or self.running is not None:
            return

        record = self._recorder()

        def work(client: LeanRailsClient, task: TaskContext) -> ChangeOutcome:
            outcome = send_changes(client, plan, progress=task.progress,
                                   cancelled=lambda: self._stopped(task))
            record(plan, outcome)
            return outcome

        self._start(work, len(plan.changes))

    def _recorder(self) -> Callable[[ChangePlan, ChangeOutcome], None]:
        """Writes, on the worker, what a send changed into each link's history."""
        store, account = self._context.store, self._context.account_key
        origin = history.UNDO if self._undoing else history.BULK_CHANGE

        def record(plan: ChangePlan, outcome: ChangeOutcome) -> None:
            history.record_outcome(store, account, plan, outcome, origin)

        return record

    def _retry(self) -> None:
        plan, previous = self.plan, self.last_result
        if plan is None or previous is None or self.running is not None:
            return
        failed = [r.link_id for r in previous.failed()]

        record = self._recorder()

        def work(client: LeanRailsClient, task: TaskContext) -> ChangeOutcome:
            again = send_changes(client, plan, only=failed, progress=task.progress,
                                 cancelled=lambda: self._stopped(task))
            record(plan, again)
            return merge(previous, again)

        self._start(work, len(failed))

    def _progress_text(self, done: int, count: int) -> str:
        return translate("Bulk", "Changing links: {done} of {count}").format(
            done=format_count(done), count=format_count(count)
        )

    def _stopping_text(self) -> str:
        return translate("Bulk", "Stopping after the link under way…")

    def _finished(self, outcome: ChangeOutcome) -> None:
        self.running = None
        self.last_result = outcome
        answers = outcome.links()
        if answers:
            self.links_updated.emit(answers)
        self._remember(outcome)
        changed, failed = len(outcome.changed()), len(outcome.failed())
        text = (
            Bulk.tr("Put back {count} link(s)", "", changed)
            if self._undoing
            else Bulk.tr("Changed {count} link(s)", "", changed)
        ).format(count=format_count(changed))
        if outcome.cancelled:
            text = translate("Bulk", "{done}; stopped, {failed} not sent").format(
                done=text, failed=format_count(failed)
            )
        elif failed:
            text = translate("Bulk", "{done}; {failed} failed").format(
                done=text, failed=format_count(failed)
            )
        if self.dialog is not None:
            rows = [
                ChangeResultRow(
                    self._rows[r.link_id],
                    describe_status(r.status, r.error),
                    r.status != CHANGED,
                )
                for r in outcome.results
                if r.link_id in self._rows
            ]
            again = translate("Bulk", "&Retry the failed ones ({failed})")
            retry = again.format(failed=format_count(failed)) if failed else ""
            self.dialog.show_results(rows, retry)
            self.dialog.summary.setText(text)
        self._context.show_status(text, 15_000)

    def _remember(self, outcome: ChangeOutcome) -> None:
        """What a later undo puts back: the links this change (or its retry) changed.
        An undo that went through leaves nothing to undo but the links it could not
        restore."""
        plan = self.plan
        if plan is None:
            return
        if self._undoing:
            failed = {r.link_id for r in outcome.failed()}
            self.undoable = tuple(u for u in self.undoable if u.link_id in failed)
        else:
            done = {r.link_id for r in outcome.changed()}
            self.undoable = tuple(c for c in plan.changes if c.link_id in done)
            self.undo_stamp = time.monotonic()
        self.undo_changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.running = None
        if self.dialog is not None:
            self.dialog.summary.setText(describe_error(exc))
            self.dialog.show_results(
                [], translate("Bulk", "&Retry the failed ones") if self.last_result else ""
            )
        self._context.show_error(exc)

    # ------------------------------------------------------------------ cancel and close

    def _dialog_closed(self) -> None:
        self.plan = None

    def _session_closing(self, _session: ApiSession) -> None:
        if self.planning is not None:
            self.planning.drop()
            self.planning = None
        if self.running is not None:
            self.running.drop()
            self.running = None
        self.undoable = ()
        self.undo_changed.emit()
        self._close()
