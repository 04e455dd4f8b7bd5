"""Undoing a single save and recording history, over real HTTP against the sandbox: every
field a save can change is put back, a link changed on LeanRails since is left alone and
the parts that changed are named, and each change lands in the link's history."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk import history
from leanrails_desktop.core.bulk.history import SavedEdit
from leanrails_desktop.core.link_form import REDIRECT, LinkForm, form_from_link, update_params
from leanrails_desktop.core.store import LocalStore

ACCOUNT = "acct_history"


@pytest.fixture
def store() -> Iterator[LocalStore]:
    opened = LocalStore.in_memory()
    yield opened
    opened.close()


def _make(client: LeanRailsClient) -> CheckoutLink:
    return client.checkout_links.create(
        title="Pottery <b>evening</b>",
        description="Bring an apron",
        line_items=[
            {"price_data": {"currency": "usd", "product": "prod_x", "unit_amount": 3500},
             "quantity": 2}
        ],
        metadata={"season": "spring", "room": "2"},
        submit_type="book",
    )


def _save(client: LeanRailsClient, link: CheckoutLink) -> SavedEdit:
    """What the editor does: change every field a save can change, send what changed."""
    before = form_from_link(link)
    after = before.copy()
    after.title = "Pottery (moved)"
    after.description = ""
    after.after_completion_type = REDIRECT
    after.redirect_url = "https://example.com/thanks"
    after.submit_type = "donate"
    after.billing_address_collection = "required"
    after.allow_promotion_codes = True
    after.limit_enabled, after.limit = True, "12"
    after.metadata = [("room", "3"), ("teacher", "Ana")]
    after.active, after.inactive_message = False, "Full"
    answer = client.checkout_links.update(link.id, **update_params(before, after))
    return SavedEdit.of(before, answer)


def test_undo_puts_back_every_field_a_save_changed_and_records_it(
    client: LeanRailsClient, store: LocalStore
) -> None:
    link = _make(client)
    history.record_created(store, ACCOUNT, [link], history.CREATED)
    edit = _save(client, link)
    history.record_updates(
        store, ACCOUNT, [(edit.before, client.checkout_links.retrieve(link.id))], history.SAVED
    )
    assert client.checkout_links.retrieve(link.id) != link

    result = history.undo_save(
        client,
        edit,
        lambda before, answer: history.record_updates(
            store, ACCOUNT, [(before, answer)], history.UNDO
        ),
    )
    assert result.sent and not result.conflicts
    restored = client.checkout_links.retrieve(link.id)
    assert restored == link
    assert result.link == link
    assert "Line items cannot be changed" in result.sentence(edit.title)

    entries = store.history(ACCOUNT, link.id)
    assert [e.origin for e in entries] == ["undo", "saved", "created"]
    undo = dict((name, (old, new)) for name, old, new in entries[0].changes)
    assert undo["Title"] == ("Pottery (moved)", "Pottery <b>evening</b>")
    assert undo["Button"] == ("Donate", "Book")
    assert undo["Payment limit"] == ("stops after 12", "no limit")
    assert undo["Metadata teacher"] == ("Ana", "(none)")
    assert undo["Status"] == ("inactive (Full)", "active")
    saved = {name for name, _old, _new in entries[1].changes}
    assert saved == {
        "Title", "Description", "Button", "Billing address", "Promotion codes",
        "Confirmation message", "Payment limit", "Metadata room", "Metadata season",
        "Metadata teacher", "Status",
    }
    created = dict((name, (old, new)) for name, old, new in entries[2].changes)
    assert created["Title"] == ("(none)", "Pottery <b>evening</b>")


def test_a_link_changed_on_leanrails_since_is_not_overwritten(client: LeanRailsClient) -> None:
    link = _make(client)
    edit = _save(client, link)
    elsewhere = client.checkout_links.update(link.id, submit_type="pay")
    result = history.undo_save(client, edit)
    assert not result.sent
    assert [row.label for row in result.conflicts] == ["Button"]
    assert client.checkout_links.retrieve(link.id) == elsewhere
    sentence = result.sentence(edit.title)
    assert sentence.startswith("Not undone: “Pottery (moved)” was changed on LeanRails")
    assert "(Button)" in sentence


def test_undo_of_a_save_already_undone_sends_nothing(client: LeanRailsClient) -> None:
    link = _make(client)
    edit = _save(client, link)
    assert history.undo_save(client, edit).sent
    again = history.undo_save(client, SavedEdit.of(edit.before, client.checkout_links.retrieve(
        link.id)))
    assert not again.sent and not again.conflicts
    assert again.sentence("Pottery").startswith("Nothing to undo")


def test_undo_label_says_what_it_undoes() -> None:
    assert history.undo_label(None, 0) == "Undo"
    assert history.undo_label(None, 1) == "Undo change to 1 link"
    assert history.undo_label(None, 1234) == "Undo change to 1,234 links"
    edit = SavedEdit("cl_1", "  Pottery\n evening  ", LinkForm(), LinkForm())
    assert history.undo_label(edit, 37) == "Undo save of “Pottery evening”"
    long = SavedEdit("cl_1", "x" * 90, LinkForm(), LinkForm())
    assert history.undo_label(long, 0) == f"Undo save of “{'x' * 39}…”"
