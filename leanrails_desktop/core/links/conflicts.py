"""Edits that meet a newer server version: what changed on LeanRails since the editor
opened a link, next to what the merchant changed, and the form that results from their
choice field by field. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from leanrails_desktop.core import link_form
from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from leanrails_desktop.core.link_form import LinkForm

Side = Literal["yours", "theirs"]

FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Conflicts", "Title"), ("title",)),
    (QT_TRANSLATE_NOOP("Conflicts", "Description"), ("description",)),
    (
        QT_TRANSLATE_NOOP("Conflicts", "After payment"),
        ("after_completion_type", "custom_message", "redirect_url"),
    ),
    (QT_TRANSLATE_NOOP("Conflicts", "Button"), ("submit_type",)),
    (QT_TRANSLATE_NOOP("Conflicts", "Billing address"), ("billing_address_collection",)),
    (QT_TRANSLATE_NOOP("Conflicts", "Promotion codes"), ("allow_promotion_codes",)),
    (QT_TRANSLATE_NOOP("Conflicts", "Payment limit"), ("limit_enabled", "limit")),
    (QT_TRANSLATE_NOOP("Conflicts", "Metadata"), ("metadata",)),
    (QT_TRANSLATE_NOOP("Conflicts", "Status"), ("active",)),
    (QT_TRANSLATE_NOOP("Conflicts", "Inactive message"), ("inactive_message",)),
)
"""The parts of a link a save can change, as the merchant names them, with the form's
attributes each part is made of."""


@dataclass(frozen=True)
class FieldChange:
    """One part of the link that changed on LeanRails since the editor opened it."""

    label: str
    yours: str
    theirs: str
    you_changed: bool
    """The merchant changed it too: keeping theirs loses the merchant's edit."""


def _values(form: LinkForm, attrs: tuple[str, ...]) -> tuple[object, ...]:
    values: list[object] = []
    for attr in attrs:
        value = getattr(form, attr)
        values.append(value.strip() if isinstance(value, str) else value)
    # A message or address that the chosen kind does not use does not count.
    if attrs == FIELDS[2][1]:
        kind = form.after_completion_type
        return (kind, values[1] if kind == link_form.HOSTED else values[2])
    if attrs == FIELDS[6][1]:
        return (form.limit_enabled, form.limit.strip() if form.limit_enabled else "")
    return tuple(values)


def describe(form: LinkForm, label: str) -> str:
    """How one part of ``form`` reads in the side-by-side view."""
    if label == "Title":
        return form.title
    if label == "Description":
        return form.description or "(none)"
    if label == "After payment":
        if form.after_completion_type == link_form.REDIRECT:
            return translate("Conflicts", "Redirect to {redirect_url}").format(
                redirect_url=form.redirect_url
            )
        message = form.custom_message.strip()
        return (
            translate("Conflicts", "Confirmation page: “{message}”").format(message=message)
            if message
            else translate("Conflicts", "Confirmation page")
        )
    if label == "Button":
        return {"auto": translate("Conflicts", "Automatic (Pay)")}.get(
            form.submit_type, form.submit_type.capitalize()
        )
    if label == "Billing address":
        return (
            translate("Conflicts", "Always asked")
            if form.billing_address_collection == "required"
            else translate("Conflicts", "When needed")
        )
    if label == "Promotion codes":
        return (
            translate("Conflicts", "Allowed")
            if form.allow_promotion_codes
            else translate("Conflicts", "Not allowed")
        )
    if label == "Payment limit":
        return (
            translate("Conflicts", "Stops after {limit}").format(limit=form.limit.strip())
            if form.limit_enabled
            else translate("Conflicts", "No limit")
        )
    if label == "Metadata":
        return ", ".join(f"{k}={v}" for k, v in form.metadata) or "(none)"
    if label == "Status":
        return (
            translate("Conflicts", "Active") if form.active else translate("Conflicts", "Inactive")
        )
    return form.inactive_message or "(none)"


def server_changed(opened: LinkForm, now: LinkForm) -> bool:
    """Whether anything a save can change differs between the version the editor opened
    and the server's version now."""
    return any(_values(opened, attrs) != _values(now, attrs) for _, attrs in FIELDS)


def changes(opened: LinkForm, theirs: LinkForm, yours: LinkForm) -> list[FieldChange]:
    """The parts that changed on LeanRails since ``opened``, each with the merchant's
    version and whether the merchant changed it too."""
    rows = []
    for label, attrs in FIELDS:
        base, server = _values(opened, attrs), _values(theirs, attrs)
        if base == server:
            continue
        rows.append(
            FieldChange(
                label,
                describe(yours, label),
                describe(theirs, label),
                you_changed=_values(yours, attrs) != base,
            )
        )
    return rows


def default_choices(rows: list[FieldChange]) -> dict[str, Side]:
    """Where only LeanRails changed a part, its version; where both did, the merchant's."""
    return {row.label: "yours" if row.you_changed else "theirs" for row in rows}


def merge(yours: LinkForm, theirs: LinkForm, choices: dict[str, Side]) -> LinkForm:
    """The merchant's form with the server's version of every part chosen as "theirs";
    line items are the server's (they never change)."""
    merged = yours.copy()
    merged.line_items = [item for item in theirs.copy().line_items] or merged.line_items
    for label, attrs in FIELDS:
        if choices.get(label) == "theirs":
            for attr in attrs:
                value = getattr(theirs, attr)
                setattr(merged, attr, list(value) if isinstance(value, list) else value)
    return merged
