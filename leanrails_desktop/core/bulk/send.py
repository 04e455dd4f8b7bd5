"""Creating the links of an :class:`~leanrails_desktop.core.bulk.plan.ImportPlan`, each
exactly once, with a result per link and a way to retry only the ones that failed."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from leanrails_desktop.core.api import LeanRailsClient, errors
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk.plan import ImportPlan, PlannedLink

CREATED = "created"
FAILED = "failed"
NOT_SENT = "not sent"

_NAMESPACE = uuid.UUID("6f1c2d8e-3b4a-5c6d-8e9f-0a1b2c3d4e5f")

Progress = Callable[[int, int], None]
"""Called with (links done, links to send) after each link."""


def idempotency_key(digest: str, group: str, step: str = "create", scope: str = "") -> str:
    """The ``Idempotency-Key`` of one request of an import: a UUID derived from the input.

    Why derived and not random: the key is a name-based UUID (version 5) of the file's
    content digest (its bytes and the sheet read), the link's group in that file (its
    ``link`` value, or its line) and the step (``create``, then ``deactivate`` for a link
    imported as inactive), plus an optional ``scope`` (the account). Sending the same file
    again — after a lost answer, a crash, a cancel, or simply running the import twice —
    therefore sends the same key with the same body, and the server answers with the link
    it already made instead of making another, for as long as it keeps keys (24 hours).
    A changed file has another digest, so it creates new links, as the merchant expects;
    an unchanged group cannot collide with another group, as each has its own name. Nothing
    needs to be remembered on this computer for this to hold, and the key reveals nothing
    but a hash.
    """
    return str(uuid.uuid5(_NAMESPACE, "\n".join((scope, digest, group, step))))


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What happened to one planned link: created (with its id and address) or failed
    (with a sentence), or not sent (cancelled, or refused before sending)."""

    group: str
    lines: tuple[int, ...]
    status: str
    link_id: str = ""
    url: str = ""
    error: str = ""
    earlier: bool = False
    """Created by an earlier run of the same import (found in its journal, not sent)."""
    link: CheckoutLink | None = None
    """The link as LeanRails answered, when this run made it (for its history)."""

    @property
    def line(self) -> int:
        return self.lines[0]

    def describe(self) -> str:
        """``line 4: created cl_… https://…`` or ``line 4: failed — sentence``."""
        where = f"line {self.line}" if len(self.lines) == 1 else (
            f"lines {self.lines[0]}–{self.lines[-1]}"
        )
        if self.status == CREATED:
            when = "already created" if self.earlier else "created"
            return f"{where}: {when} {self.link_id} {self.url}"
        return f"{where}: {self.status} — {self.error}" if self.error else f"{where}: {self.status}"


@dataclass
class ImportResult:
    """The results of an import, in the order of the plan's links."""

    results: list[LinkResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.cancelled and all(r.status == CREATED for r in self.results)

    def created(self) -> list[LinkResult]:
        return [r for r in self.results if r.status == CREATED]

    def failed(self) -> list[LinkResult]:
        """Every link not created (failed, or not sent)."""
        return [r for r in self.results if r.status != CREATED]


def _error_sentence(exc: errors.LeanRailsError) -> str:
    text = exc.message.strip() or "LeanRails refused the link."
    if exc.param:
        text += f" ({exc.param})"
    return text


class Journal(Protocol):
    """Where an import writes each request's key before sending it, and the link it made
    after the answer (the local store's import journal, bound to one account and file)."""

    def recall(self, group: str, step: str) -> tuple[str, str] | None:
        """(link id, URL) of a request that finished before, or None."""

    def begin(self, group: str, step: str, key: str) -> str:
        """Write the key before the request; returns the key to send (an earlier one, when
        this request was sent before without an answer)."""

    def finish(self, group: str, step: str, link_id: str, url: str) -> None:
        """Note what the request made."""


class NoJournal:
    """No journal: keys are derived from the file alone (exactly once while the server
    keeps keys, 24 hours), and nothing is skipped on a rerun."""

    def recall(self, group: str, step: str) -> tuple[str, str] | None:
        return None

    def begin(self, group: str, step: str, key: str) -> str:
        return key

    def finish(self, group: str, step: str, link_id: str, url: str) -> None:
        return None


def _send_one(
    client: LeanRailsClient, link: PlannedLink, digest: str, scope: str, journal: Journal
) -> LinkResult:
    assert link.params is not None
    made = journal.recall(link.group, "create")
    earlier = made is not None
    answer: CheckoutLink | None = None
    try:
        if made is None:
            key = journal.begin(
                link.group, "create", idempotency_key(digest, link.group, "create", scope)
            )
            answer = client.checkout_links.create(**link.params, idempotency_key=key)
            made = (answer.id, answer.url)
            journal.finish(link.group, "create", *made)
        if not link.form.active and journal.recall(link.group, "deactivate") is None:
            key = journal.begin(
                link.group, "deactivate",
                idempotency_key(digest, link.group, "deactivate", scope),
            )
            switched = client.checkout_links.update(
                made[0],
                active=False,
                inactive_message=link.form.inactive_message.strip() or None,
                idempotency_key=key,
            )
            journal.finish(link.group, "deactivate", *made)
            answer = switched
    except errors.LeanRailsError as exc:
        sentence = _error_sentence(exc)
        if made is not None:
            sentence = f"created as {made[0]} but not switched off: {sentence}"
        return LinkResult(link.group, link.lines, FAILED, error=sentence)
    return LinkResult(
        link.group, link.lines, CREATED, made[0], made[1], earlier=earlier, link=answer
    )


def send_import(
    client: LeanRailsClient,
    plan: ImportPlan,
    *,
    only: Iterable[str] | None = None,
    scope: str = "",
    journal: Journal | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Create the plan's valid links, one request each (plus one to switch off a link
    imported as inactive), with keys from :func:`idempotency_key`.

    ``only`` limits the import to these groups (see :func:`retry_failed`). Links with
    problems are not sent and are reported as such. When ``cancelled`` returns True, the
    links not yet sent are reported as not sent; running the import again finishes them.
    With a ``journal``, each key is written before its request and each link made is
    noted, so a rerun (after a crash, a kill, a cancel) sends only what is left.
    """
    journal = NoJournal() if journal is None else journal
    wanted = None if only is None else set(only)
    chosen = [link for link in plan.links if wanted is None or link.group in wanted]
    result = ImportResult()
    todo = sum(1 for link in chosen if link.ok)
    done = 0
    for link in chosen:
        if not link.ok:
            reason = "; ".join(str(p) for p in link.problems) or "not valid"
            result.results.append(LinkResult(link.group, link.lines, NOT_SENT, error=reason))
            continue
        if result.cancelled or (cancelled is not None and cancelled()):
            result.cancelled = True
            result.results.append(
                LinkResult(link.group, link.lines, NOT_SENT, error="cancelled")
            )
            continue
        result.results.append(_send_one(client, link, plan.digest, scope, journal))
        done += 1
        if progress is not None:
            progress(done, todo)
    return result


def retry_failed(
    client: LeanRailsClient,
    plan: ImportPlan,
    previous: ImportResult,
    *,
    scope: str = "",
    journal: Journal | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Send again only the links of ``previous`` that were not created (with the same
    keys, so one created after all is not made twice); returns the merged results."""
    failed = {r.group for r in previous.failed()}
    again = send_import(
        client, plan, only=failed, scope=scope, journal=journal, progress=progress,
        cancelled=cancelled,
    )
    newer = {r.group: r for r in again.results}
    merged = [newer.get(r.group, r) for r in previous.results]
    return replace(previous, results=merged, cancelled=again.cancelled)
