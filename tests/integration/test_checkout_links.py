"""Every Checkout Links endpoint, through the client, against the sandbox over HTTP."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from integration_helpers import ITEMS, PRICE

from leanrails_desktop.core.api import (
    NOT_GIVEN,
    AfterCompletion,
    CheckoutLink,
    CompletedSessions,
    HostedConfirmation,
    LeanRailsClient,
    LineItem,
    NotFoundError,
    Page,
    Redirect,
    Restrictions,
)
from leanrails_desktop.sandbox import SandboxServer


def test_create_with_a_catalogue_price_returns_the_documented_defaults(
    client: LeanRailsClient, sandbox: SandboxServer
) -> None:
    link = client.checkout_links.create(title="Premium Headphones", line_items=ITEMS)
    assert isinstance(link, CheckoutLink)
    assert link.id.startswith("cl_") and len(link.id) == 15
    assert link.object == "checkout_link"
    assert link.active is True
    assert link.mode == "payment"
    assert link.url == f"{sandbox.base_url}/cl/{link.id}"
    assert link.title == "Premium Headphones"
    assert link.description is None
    assert link.currency == "usd"
    assert link.after_completion == AfterCompletion("hosted_confirmation")
    assert link.billing_address_collection == "auto"
    assert link.allow_promotion_codes is False
    assert link.restrictions is None
    assert link.submit_type == "auto"
    assert link.inactive_message is None
    assert link.metadata == {}
    assert link.livemode is False
    assert link.created > 1_700_000_000


def test_create_with_every_field_and_price_data(client: LeanRailsClient) -> None:
    link = client.checkout_links.create(
        title="Kyoto Walking Tour",
        line_items=[
            {"price_data": {"currency": "jpy", "product": "prod_3pl7ok1ij4uh",
                            "unit_amount": 3500}, "quantity": 2},
            {"price": "price_4tu7vw1xy3za", "quantity": 1},
        ],
        description="Three hours through Higashiyama.",
        after_completion=AfterCompletion(
            "hosted_confirmation", hosted_confirmation=HostedConfirmation("See you there!")
        ),
        billing_address_collection="required",
        allow_promotion_codes=True,
        restrictions={"completed_sessions": {"limit": 12}},
        submit_type="book",
        metadata={"guide": "aiko"},
    )
    assert link.currency == "jpy"
    assert link.description == "Three hours through Higashiyama."
    assert link.after_completion.hosted_confirmation == HostedConfirmation("See you there!")
    assert link.billing_address_collection == "required"
    assert link.allow_promotion_codes is True
    assert link.completed_sessions_limit == 12
    assert link.submit_type == "book" and link.button_text == "Book"
    assert link.metadata == {"guide": "aiko"}

    items = client.checkout_links.list_line_items(link.id)
    assert isinstance(items, Page) and not items.has_more
    custom, catalogue = items.data
    assert isinstance(custom, LineItem)
    assert custom.price.startswith("price_") and custom.price != "price_4tu7vw1xy3za"
    assert (custom.product, custom.quantity, custom.currency) == ("prod_3pl7ok1ij4uh", 2, "jpy")
    assert (custom.amount_subtotal, custom.amount_total) == (7000, 7000)
    assert custom.description == "Kyoto Walking Tour"
    assert (catalogue.price, catalogue.amount_total) == ("price_4tu7vw1xy3za", 8500)


def test_redirect_after_completion_round_trips(client: LeanRailsClient) -> None:
    link = client.checkout_links.create(
        title="Workshop Registration",
        line_items=[{"price": "price_9ab3cd5ef7gh", "quantity": 1}],
        after_completion={"type": "redirect", "redirect": {"url": "https://yoursite.com/thanks"}},
    )
    assert link.after_completion == AfterCompletion(
        "redirect", redirect=Redirect("https://yoursite.com/thanks")
    )
    again = client.checkout_links.retrieve(link.id)
    assert again.after_completion == link.after_completion


def test_retrieve_returns_what_create_returned(client: LeanRailsClient) -> None:
    created = client.checkout_links.create(
        title="Espresso", line_items=[{"price": "price_7kl2mn5pq8rs", "quantity": 3}]
    )
    assert client.checkout_links.retrieve(created.id) == created


def test_retrieve_unknown_or_path_escaping_ids_is_not_found(client: LeanRailsClient) -> None:
    with pytest.raises(NotFoundError) as info:
        client.checkout_links.retrieve("cl_000000000000")
    assert info.value.code == "resource_missing"
    assert info.value.status == 404
    assert info.value.request_id
    # "/" and ".." stay inside the id segment: this is not the list endpoint.
    for sneaky in ("..", "cl_x/../..", "cl_x?limit=1", "../checkout_links"):
        with pytest.raises(NotFoundError):
            client.checkout_links.retrieve(sneaky)


def test_other_merchants_links_are_invisible(
    client: LeanRailsClient, make_client: Callable[..., LeanRailsClient]
) -> None:
    link = client.checkout_links.create(title="Mine", line_items=ITEMS)
    other = make_client(api_key="sk_test_" + "b" * 24)
    with pytest.raises(NotFoundError):
        other.checkout_links.retrieve(link.id)


def test_update_changes_only_what_was_sent(client: LeanRailsClient) -> None:
    link = client.checkout_links.create(
        title="Print", line_items=ITEMS, description="A3 giclée",
        restrictions=Restrictions(CompletedSessions(50)), submit_type="pay",
        metadata={"edition": "first", "run": "50"},
    )
    updated = client.checkout_links.update(
        link.id, title="Limited Print", allow_promotion_codes=True, description=NOT_GIVEN
    )
    assert updated.title == "Limited Print"
    assert updated.allow_promotion_codes is True
    assert updated.description == "A3 giclée"
    assert updated.completed_sessions_limit == 50
    assert updated.submit_type == "pay"
    assert updated.metadata == {"edition": "first", "run": "50"}
    assert client.checkout_links.retrieve(link.id) == updated


def test_metadata_merges_and_empty_values_remove_keys(client: LeanRailsClient) -> None:
    link = client.checkout_links.create(
        title="Course", line_items=ITEMS, metadata={"campaign": "winter", "source": "mail"}
    )
    updated = client.checkout_links.update(
        link.id, metadata={"campaign": "spring-2026", "source": "", "owner": "ops"}
    )
    assert updated.metadata == {"campaign": "spring-2026", "owner": "ops"}


def test_none_clears_restrictions_description_and_inactive_message(
    client: LeanRailsClient,
) -> None:
    link = client.checkout_links.create(
        title="Print", line_items=ITEMS, description="Signed",
        restrictions={"completed_sessions": {"limit": 5}},
    )
    off = client.checkout_links.update(link.id, active=False, inactive_message="Sold out")
    assert off.inactive_message == "Sold out"
    cleared = client.checkout_links.update(
        link.id, restrictions=None, description=None, inactive_message=None
    )
    assert cleared.restrictions is None
    assert cleared.description is None
    assert cleared.inactive_message is None
    assert cleared.active is False


def test_deactivate_with_a_message_then_reactivate(
    client: LeanRailsClient,
) -> None:
    link = client.checkout_links.create(title="Spring offer", line_items=ITEMS)
    message = "This offer has ended. Check back soon for new deals!"
    off = client.checkout_links.update(link.id, active=False, inactive_message=message)
    assert (off.active, off.inactive_message) == (False, message)
    assert client.checkout_links.retrieve(link.id).active is False
    on = client.checkout_links.update(link.id, active=True)
    assert on.active is True
    assert client.checkout_links.retrieve(link.id).active is True


def test_update_of_an_unknown_link_is_not_found(client: LeanRailsClient) -> None:
    with pytest.raises(NotFoundError):
        client.checkout_links.update("cl_000000000000", active=False)


def test_list_filters_by_active_and_lists_newest_first(client: LeanRailsClient) -> None:
    made = [
        client.checkout_links.create(title=f"Link {n}", line_items=ITEMS) for n in range(5)
    ]
    client.checkout_links.update(made[1].id, active=False)
    client.checkout_links.update(made[3].id, active=False)
    # Newest first: created descending, then id descending (links made in one second).
    newest_first = [
        link.id for link in sorted(made, key=lambda link: (link.created, link.id), reverse=True)
    ]
    inactive_ids = {made[1].id, made[3].id}

    everything = client.checkout_links.list(limit=10)
    assert [link.id for link in everything] == newest_first
    assert everything.has_more is False and everything.next_cursor is None

    active = client.checkout_links.list(limit=10, active=True)
    assert [link.id for link in active] == [i for i in newest_first if i not in inactive_ids]
    assert all(link.active for link in active)

    inactive = client.checkout_links.list(active=False)
    assert [link.id for link in inactive] == [i for i in newest_first if i in inactive_ids]
    assert not any(link.active for link in inactive)

    first = client.checkout_links.list(limit=2)
    assert [link.id for link in first] == newest_first[:2]
    assert first.has_more and first.next_cursor
    second = client.checkout_links.list(limit=2, cursor=first.next_cursor)
    assert [link.id for link in second] == newest_first[2:4]


def test_default_page_size_is_ten(client: LeanRailsClient, sandbox: SandboxServer,
                                  sandbox_key: str) -> None:
    sandbox.seed_bulk(sandbox_key, count=12)
    page = client.checkout_links.list()
    assert len(page) == 10 and page.has_more


def test_line_items_page_and_iterate(client: LeanRailsClient) -> None:
    link = client.checkout_links.create(
        title="Bundle",
        line_items=[{"price": PRICE, "quantity": q} for q in (1, 2, 3)],
    )
    first = client.checkout_links.list_line_items(link.id, limit=2)
    assert len(first) == 2 and first.has_more
    rest = client.checkout_links.list_line_items(link.id, limit=2, cursor=first.next_cursor)
    assert len(rest) == 1 and not rest.has_more
    every = list(client.checkout_links.iter_line_items(link.id, page_size=1))
    assert [item.quantity for item in every] == [1, 2, 3]
    assert [item.amount_total for item in every] == [49_900, 99_800, 149_700]
    assert len({item.id for item in every}) == 3
    with pytest.raises(NotFoundError):
        client.checkout_links.list_line_items("cl_000000000000")


def test_a_line_item_read_back_can_seed_a_duplicate(client: LeanRailsClient) -> None:
    original = client.checkout_links.create(
        title="Headphones", line_items=[{"price": PRICE, "quantity": 2}]
    )
    items = list(client.checkout_links.iter_line_items(original.id))
    copy = client.checkout_links.create(title="Headphones (copy)", line_items=items)
    copied = client.checkout_links.list_line_items(copy.id).data
    assert [(i.price, i.quantity, i.amount_total) for i in copied] == [(PRICE, 2, 99_800)]
