"""The editing session's rules, without a window: what Save sends, dirty state, and the
idempotency key that makes a resend a replay."""

from __future__ import annotations

from typing import Any

import pytest

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.link_form import FormInvalid, LineItemForm, LinkForm
from leanrails_desktop.core.links.editing import (
    CreateRequest,
    EditingSession,
    EditorState,
    UpdateRequest,
)


def saved_link(**changes: Any) -> CheckoutLink:
    data: dict[str, Any] = {
        "id": "cl_aaaaaaaaaaaa",
        "object": "checkout_link",
        "active": True,
        "url": "https://checkout.leanrails.com/cl/cl_aaaaaaaaaaaa",
        "title": "Workshop",
        "description": None,
        "currency": "usd",
        "after_completion": {"type": "hosted_confirmation"},
        "billing_address_collection": "auto",
        "allow_promotion_codes": False,
        "restrictions": None,
        "submit_type": "auto",
        "inactive_message": None,
        "metadata": {},
        "livemode": False,
        "created": 1_700_000_000,
    }
    data.update(changes)
    return CheckoutLink.from_dict(data)


def new_form(title: str = "Poster") -> LinkForm:
    return LinkForm(
        title=title,
        line_items=[LineItemForm(kind="price_data", amount="35.00", product="prod_8mn4qr7vw2xz")],
    )


def test_a_new_session_is_empty_and_sends_nothing() -> None:
    session = EditingSession()
    assert session.state is EditorState.EMPTY
    assert session.save_request(LinkForm(title="x")) is None
    assert not session.is_dirty(LinkForm(title="x"))


def test_a_create_keeps_its_key_until_the_request_changes() -> None:
    session = EditingSession()
    session.start_new()
    first = session.save_request(new_form())
    again = session.save_request(new_form())
    assert isinstance(first, CreateRequest) and isinstance(again, CreateRequest)
    assert first.idempotency_key == again.idempotency_key  # a resend replays
    assert first.params["title"] == "Poster"
    changed = session.save_request(new_form("Poster, A2"))
    assert isinstance(changed, CreateRequest)
    assert changed.idempotency_key != first.idempotency_key  # a different request


def test_an_answered_create_spends_its_key() -> None:
    session = EditingSession()
    session.start_new()
    first = session.save_request(new_form())
    session.created()
    session.start_new()
    second = session.save_request(new_form())
    assert isinstance(first, CreateRequest) and isinstance(second, CreateRequest)
    assert first.idempotency_key != second.idempotency_key


def test_a_restored_draft_replays_its_lost_create() -> None:
    session = EditingSession()
    session.start_new()
    session.restore_create_key(new_form(), "key-from-the-draft")
    request = session.save_request(new_form())
    assert isinstance(request, CreateRequest)
    assert request.idempotency_key == "key-from-the-draft"


def test_an_invalid_new_link_names_its_fields() -> None:
    session = EditingSession()
    session.start_new()
    with pytest.raises(FormInvalid) as raised:
        session.save_request(LinkForm())
    assert "title" in raised.value.errors


def test_an_update_sends_only_what_changed() -> None:
    session = EditingSession()
    form = session.open_link(saved_link(), [])
    assert session.state is EditorState.EDITING
    assert session.draft_id == "edit-cl_aaaaaaaaaaaa"
    assert session.save_request(form.copy()) is None
    assert not session.is_dirty(form.copy())
    edited = form.copy()
    edited.title = "Workshop, May"
    assert session.is_dirty(edited)
    request = session.save_request(edited)
    assert request == UpdateRequest("cl_aaaaaaaaaaaa", {"title": "Workshop, May"})


def test_switching_the_link_off_keeps_edits_and_takes_the_new_status() -> None:
    session = EditingSession()
    form = session.open_link(saved_link(), [])
    edited = form.copy()
    edited.title = "Workshop, May"
    session.status_changed(saved_link(active=False, inactive_message="Sold out"))
    assert session.saved_form is not None and not session.saved_form.active
    edited.active = False
    edited.inactive_message = "Sold out"
    request = session.save_request(edited)
    assert request == UpdateRequest("cl_aaaaaaaaaaaa", {"title": "Workshop, May"})


def test_items_that_arrive_for_another_link_are_ignored() -> None:
    session = EditingSession()
    session.open_link(saved_link(), None)
    assert session.items_arrived("cl_bbbbbbbbbbbb", []) is None
    assert session.items_arrived("cl_aaaaaaaaaaaa", []) is not None


def test_another_account_forgets_everything() -> None:
    session = EditingSession()
    session.start_new()
    session.save_request(new_form())
    session.forget_account()
    assert session.state is EditorState.EMPTY
    assert session.create_key is None and session.draft_id is None and session.current is None
