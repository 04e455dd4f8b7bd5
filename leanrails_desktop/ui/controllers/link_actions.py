"""Switching links on and off, one or many (switching off asks for an optional message),
and which links the window's commands act on."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk import history
from leanrails_desktop.core.i18n import Context, translate
from leanrails_desktop.core.link_form import form_from_link
from leanrails_desktop.core.locale import format_count, format_time
from leanrails_desktop.ui.background.tasks import TaskContext
from leanrails_desktop.ui.controllers.context import AppContext
from leanrails_desktop.ui.controllers.editor import EditorController
from leanrails_desktop.ui.views.list_pane import ListPane
from leanrails_desktop.ui.views.status_bar import StatusBar

LinkActions = Context("LinkActions")


class LinkActionsController(QObject):
    """Activate / deactivate, and the links a command targets."""

    links_updated = Signal(list)
    """The server's answer for links whose status changed."""

    def __init__(
        self,
        context: AppContext,
        list_pane: ListPane,
        editor: EditorController,
        status: StatusBar,
    ) -> None:
        super().__init__(context)
        self._context = context
        self._list = list_pane
        self._editor = editor
        self._status = status
        editor.toggle_active_requested.connect(
            lambda link: self.set_links_active([link], not link.active)
        )

    # ------------------------------------------------------------------ targets

    def target_link(self) -> CheckoutLink | None:
        """The one link a single-link command acts on: the selected one, else the open one."""
        selected = self._list.selected_links()
        if len(selected) == 1:
            return selected[0]
        return self._editor.current

    def target_links(self) -> list[CheckoutLink]:
        """The selected links, else the open one."""
        selected = self._list.selected_links()
        if selected:
            return selected
        current = self._editor.current
        return [current] if current is not None else []

    # ------------------------------------------------------------------ on / off

    def set_selected_active(self, active: bool) -> None:
        links = self.target_links()
        self.set_links_active([lnk for lnk in links if lnk.active != active], active)

    def set_links_active(self, links: list[CheckoutLink], active: bool) -> None:
        """Switch links on or off; switching off asks for an optional inactive message."""
        session = self._context.session
        if session is None or not links:
            return
        params: dict[str, Any] = {"active": active}
        if not active:
            current = links[0].inactive_message or "" if len(links) == 1 else ""
            names = (
                f"“{links[0].title}”"
                if len(links) == 1
                else LinkActions.tr("{count} link(s)", "", len(links)).format(
                    count=format_count(len(links))
                )
            )
            text = self._context.prompts.inactive_message(names, current)
            if text is None:
                return
            if text.strip():
                params["inactive_message"] = text.strip()
        ids = [link.id for link in links]
        before = {link.id: form_from_link(link) for link in links}
        store, account = self._context.store, self._context.account_key
        self._editor.set_saving(
            True,
            translate("LinkActions", "Activating…")
            if active
            else translate("LinkActions", "Deactivating…"),
        )

        def run(client: LeanRailsClient, task: TaskContext) -> list[CheckoutLink]:
            updated: list[CheckoutLink] = []
            try:
                for done, link_id in enumerate(ids, start=1):
                    if task.cancelled():  # the account was switched away from
                        break
                    updated.append(client.checkout_links.update(link_id, **params))
                    task.progress(done, len(ids))
            finally:  # what was switched is recorded even if a later link failed
                history.record_updates(
                    store, account, [(before[a.id], a) for a in updated], history.STATUS
                )
            return updated

        def progress(done: int, total: int | None) -> None:
            if total and total > 1:
                self._status.set_sync(
                    (
                        translate("LinkActions", "Activating {done} of {total}…")
                        if active
                        else translate("LinkActions", "Deactivating {done} of {total}…")
                    ).format(done=format_count(done), total=format_count(total))
                )

        def done(updated: list[CheckoutLink]) -> None:
            self._editor.set_saving(False)
            self.links_updated.emit(updated)
            if len(updated) == 1 and active:
                text = translate("LinkActions", "Activated “{title}”.")
            elif len(updated) == 1:
                text = translate("LinkActions", "Deactivated “{title}”.")
            elif active:
                text = LinkActions.tr("Activated {count} link(s).", "", len(updated))
            else:
                text = LinkActions.tr("Deactivated {count} link(s).", "", len(updated))
            self._status.set_sync(
                translate("LinkActions", "Saved {time}").format(time=format_time(time.time()))
            )
            title = updated[0].title if updated else ""
            self._context.show_status(
                text.format(title=title, count=format_count(len(updated))), 6000
            )

        session.run_long(run, done, self._editor.save_failed, progress)
