"""Changing many links at once: what a requested change does to each link, the review of
it (before → after per field, the links it leaves as they are), sending it with a result
per link, and the inverse change that undoes it.

A change is applied to each link's form (:mod:`core.link_form`), and what is sent is what
:func:`~leanrails_desktop.core.link_form.update_params` finds different — so a link that
already has the value is left out, and the request holds only the fields that change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from leanrails_desktop.core.api import LeanRailsClient, errors
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from leanrails_desktop.core.link_form import (
    HOSTED,
    REDIRECT,
    FormInvalid,
    LinkForm,
    form_from_link,
    update_params,
)
from leanrails_desktop.core.locale import format_count

CHANGED = "changed"
FAILED = "failed"
NOT_SENT = "not sent"

STATUS = "status"
SUBMIT_TYPE = "submit_type"
BILLING = "billing_address_collection"
PROMOTION_CODES = "allow_promotion_codes"
MESSAGE = "confirmation message"
METADATA = "metadata"

BUTTON_TEXT = {
    "auto": QT_TRANSLATE_NOOP("BulkChanges", "Automatic"),
    "pay": QT_TRANSLATE_NOOP("BulkChanges", "Pay"),
    "book": QT_TRANSLATE_NOOP("BulkChanges", "Book"),
    "donate": QT_TRANSLATE_NOOP("BulkChanges", "Donate"),
}
"""What the checkout button says for each ``submit_type``."""
BILLING_TEXT = {
    "auto": QT_TRANSLATE_NOOP("BulkChanges", "when needed"),
    "required": QT_TRANSLATE_NOOP("BulkChanges", "always"),
}
"""When checkout asks for a billing address."""

Progress = Callable[[int, int], None]

BulkChanges = Context("BulkChanges")


@dataclass(frozen=True, slots=True)
class BulkChange:
    """What the merchant asked for; ``None`` leaves that field as each link has it.

    ``metadata`` maps a key to its new value, or to ``None`` to remove the key.
    """

    active: bool | None = None
    inactive_message: str = ""
    submit_type: str | None = None
    billing_address_collection: str | None = None
    allow_promotion_codes: bool | None = None
    custom_message: str | None = None
    metadata: Mapping[str, str | None] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return (
            self.active is None
            and self.submit_type is None
            and self.billing_address_collection is None
            and self.allow_promotion_codes is None
            and self.custom_message is None
            and not self.metadata
        )

    def apply(self, form: LinkForm) -> LinkForm:
        """``form`` as it is after this change (a copy)."""
        new = form.copy()
        if self.active is not None:
            new.active = self.active
            if not self.active:
                new.inactive_message = self.inactive_message
        if self.submit_type is not None:
            new.submit_type = self.submit_type
        if self.billing_address_collection is not None:
            new.billing_address_collection = self.billing_address_collection
        if self.allow_promotion_codes is not None:
            new.allow_promotion_codes = self.allow_promotion_codes
        if self.custom_message is not None:
            new.after_completion_type = HOSTED
            new.custom_message = self.custom_message
        if self.metadata:
            pairs = dict(new.metadata)
            for key, value in self.metadata.items():
                if value is None:
                    pairs.pop(key, None)
                else:
                    pairs[key] = value
            new.metadata = sorted(pairs.items())
        return new


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one link: its name as the merchant knows it, before and after."""

    name: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.name}: {self.before} → {self.after}"


@dataclass(frozen=True, slots=True)
class PlannedChange:
    """One link that changes: the update to send and what it does, field by field."""

    link: CheckoutLink
    params: dict[str, Any]
    fields: tuple[FieldChange, ...]
    before: LinkForm
    after: LinkForm

    @property
    def link_id(self) -> str:
        return self.link.id


@dataclass(frozen=True, slots=True)
class ChangePlan:
    """The links a change touches, and how many it leaves as they are."""

    changes: tuple[PlannedChange, ...]
    unchanged: int
    problems: tuple[str, ...] = ()

    def summary(self) -> str:
        """``38 links change, 2 already so``."""
        count = len(self.changes)
        text = BulkChanges.tr("{count} link(s) change, {unchanged} already so", "", count)
        return text.format(count=format_count(count), unchanged=format_count(self.unchanged))


def _button(submit_type: str) -> str:
    text = BUTTON_TEXT.get(submit_type)
    return translate("BulkChanges", text) if text else submit_type


def _billing(collection: str) -> str:
    text = BILLING_TEXT.get(collection)
    return translate("BulkChanges", text) if text else collection


def _onoff(value: bool) -> str:
    return translate("BulkChanges", "on") if value else translate("BulkChanges", "off")


def _message(form: LinkForm) -> str:
    if form.after_completion_type == REDIRECT:
        return translate("BulkChanges", "redirect to {url}").format(url=form.redirect_url)
    return form.custom_message.strip() or translate("BulkChanges", "(none)")


def _status(form: LinkForm) -> str:
    if form.active:
        return translate("BulkChanges", "active")
    message = form.inactive_message.strip()
    if message:
        return translate("BulkChanges", "inactive ({message})").format(message=message)
    return translate("BulkChanges", "inactive")


def _text(value: str) -> str:
    return value.strip() or translate("BulkChanges", "(none)")


def _limit(form: LinkForm) -> str:
    if form.limit_enabled:
        return translate("BulkChanges", "stops after {limit}").format(limit=form.limit.strip())
    return translate("BulkChanges", "no limit")


def describe_fields(before: LinkForm, after: LinkForm) -> tuple[FieldChange, ...]:
    """Each field the merchant would see differ, before → after, as text (every field an
    update can change; line items never change once a link is made)."""
    rows: list[FieldChange] = []
    if before.title.strip() != after.title.strip():
        rows.append(
            FieldChange(
                translate("BulkChanges", "Title"), _text(before.title), _text(after.title)
            )
        )
    if before.description.strip() != after.description.strip():
        rows.append(
            FieldChange(
                translate("BulkChanges", "Description"),
                _text(before.description),
                _text(after.description),
            )
        )
    if (before.active, before.inactive_message.strip()) != (
        after.active,
        after.inactive_message.strip(),
    ):
        rows.append(
            FieldChange(translate("BulkChanges", "Status"), _status(before), _status(after))
        )
    if before.submit_type != after.submit_type:
        rows.append(
            FieldChange(
                translate("BulkChanges", "Button"),
                _button(before.submit_type),
                _button(after.submit_type),
            )
        )
    if before.billing_address_collection != after.billing_address_collection:
        rows.append(
            FieldChange(
                translate("BulkChanges", "Billing address"),
                _billing(before.billing_address_collection),
                _billing(after.billing_address_collection),
            )
        )
    if before.allow_promotion_codes != after.allow_promotion_codes:
        rows.append(
            FieldChange(
                translate("BulkChanges", "Promotion codes"),
                _onoff(before.allow_promotion_codes),
                _onoff(after.allow_promotion_codes),
            )
        )
    if _message(before) != _message(after):
        rows.append(
            FieldChange(
                translate("BulkChanges", "Confirmation message"), _message(before), _message(after)
            )
        )
    if _limit(before) != _limit(after):
        rows.append(
            FieldChange(translate("BulkChanges", "Payment limit"), _limit(before), _limit(after))
        )
    old, new = dict(before.metadata), dict(after.metadata)
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            rows.append(
                FieldChange(
                    translate("BulkChanges", "Metadata {key}").format(key=key),
                    old.get(key, translate("BulkChanges", "(none)")),
                    new.get(key, translate("BulkChanges", "(none)")),
                )
            )
    return tuple(rows)


def _plan(
    pairs: Iterable[tuple[CheckoutLink, Callable[[LinkForm], LinkForm]]],
) -> ChangePlan:
    changes: list[PlannedChange] = []
    problems: list[str] = []
    unchanged = 0
    for link, change in pairs:
        before = form_from_link(link)
        after = change(before)
        try:
            params = update_params(before, after)
        except FormInvalid as exc:
            problems.append(f"{link.title or link.id}: {exc}")
            continue
        if not params:
            unchanged += 1
            continue
        changes.append(PlannedChange(link, params, describe_fields(before, after), before, after))
    return ChangePlan(tuple(changes), unchanged, tuple(problems))


def plan_change(links: Iterable[CheckoutLink], change: BulkChange) -> ChangePlan:
    """What ``change`` does to each of ``links``: the ones already so are only counted."""
    return _plan((link, change.apply) for link in links)


def _restore(original: LinkForm, changed: LinkForm) -> Callable[[LinkForm], LinkForm]:
    """Put back, on a link's current form, the fields a change moved from ``original``
    to ``changed``; anything changed since by other means is kept."""

    def run(current: LinkForm) -> LinkForm:
        new = current.copy()
        for name in ("title", "description"):
            if getattr(original, name).strip() != getattr(changed, name).strip():
                setattr(new, name, getattr(original, name))
        if _limit(original) != _limit(changed):
            new.limit_enabled, new.limit = original.limit_enabled, original.limit
        if (original.active, original.inactive_message) != (
            changed.active,
            changed.inactive_message,
        ):
            new.active = original.active
            new.inactive_message = original.inactive_message
        for name in (SUBMIT_TYPE, BILLING, PROMOTION_CODES):
            if getattr(original, name) != getattr(changed, name):
                setattr(new, name, getattr(original, name))
        if _message(original) != _message(changed):
            new.after_completion_type = original.after_completion_type
            new.custom_message = original.custom_message
            new.redirect_url = original.redirect_url
        old, moved = dict(original.metadata), dict(changed.metadata)
        if old != moved:
            pairs = dict(new.metadata)
            for key in set(old) | set(moved):
                if old.get(key) == moved.get(key):
                    continue
                if key in old:
                    pairs[key] = old[key]
                else:
                    pairs.pop(key, None)
            new.metadata = sorted(pairs.items())
        return new

    return run


def plan_undo(applied: Sequence[PlannedChange], current: Mapping[str, CheckoutLink]) -> ChangePlan:
    """The inverse of the ``applied`` changes: each link, as it is now (``current``, by
    id; the server's answer otherwise), gets back the values it had before."""
    return _plan(
        (current.get(item.link_id, item.link), _restore(item.before, item.after))
        for item in applied
    )


# ---------------------------------------------------------------------------- sending


@dataclass(frozen=True, slots=True)
class ChangeResult:
    """What happened to one link: changed (with the server's answer), failed (with a
    sentence) or not sent (cancelled)."""

    link_id: str
    status: str
    link: CheckoutLink | None = None
    error: str = ""


@dataclass(frozen=True, slots=True)
class ChangeOutcome:
    results: tuple[ChangeResult, ...]
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return all(r.status == CHANGED for r in self.results)

    def changed(self) -> list[ChangeResult]:
        return [r for r in self.results if r.status == CHANGED]

    def failed(self) -> list[ChangeResult]:
        return [r for r in self.results if r.status != CHANGED]

    def links(self) -> list[CheckoutLink]:
        """The server's answers for the links changed."""
        return [r.link for r in self.results if r.link is not None]


def _error_sentence(exc: errors.LeanRailsError) -> str:
    text = exc.message.strip() or translate("BulkChanges", "LeanRails refused the change.")
    if exc.param:
        text += f" ({exc.param})"
    return text


def send_changes(
    client: LeanRailsClient,
    plan: ChangePlan,
    *,
    only: Iterable[str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ChangeOutcome:
    """Send each planned update (those of ``only``, by link id, when given), in order.

    A refused or failed link is reported and the rest still sent; when ``cancelled``
    answers true, the link under way finishes and the rest are reported not sent."""
    wanted = None if only is None else set(only)
    todo = [c for c in plan.changes if wanted is None or c.link_id in wanted]
    results: list[ChangeResult] = []
    stopped = False
    for done, item in enumerate(todo, start=1):
        if stopped or (cancelled is not None and cancelled()):
            stopped = True
            results.append(ChangeResult(item.link_id, NOT_SENT, error="cancelled"))
            continue
        try:
            answer = client.checkout_links.update(item.link_id, **item.params)
        except errors.LeanRailsError as exc:
            results.append(ChangeResult(item.link_id, FAILED, error=_error_sentence(exc)))
        else:
            results.append(ChangeResult(item.link_id, CHANGED, answer))
        if progress is not None:
            progress(done, len(todo))
    return ChangeOutcome(tuple(results), stopped)


def merge(previous: ChangeOutcome, retried: ChangeOutcome) -> ChangeOutcome:
    """``previous`` with the results of retrying some of its links put in their place."""
    again = {r.link_id: r for r in retried.results}
    return ChangeOutcome(
        tuple(again.get(r.link_id, r) for r in previous.results), retried.cancelled
    )
