"""Typed API objects: lenient parsing of what the server sends."""

from __future__ import annotations

from typing import Any

import pytest

from leanrails_desktop.core.api.objects import (
    AfterCompletion,
    CheckoutLink,
    CompletedSessions,
    HostedConfirmation,
    LineItem,
    Page,
    Redirect,
    Restrictions,
)

DOC_LINK: dict[str, Any] = {
    "id": "cl_4de6fg8hi0jk",
    "object": "checkout_link",
    "active": True,
    "mode": "payment",
    "url": "https://checkout.leanrails.com/cl/cl_4de6fg8hi0jk",
    "title": "Premium Headphones",
    "description": None,
    "currency": "usd",
    "after_completion": {"type": "hosted_confirmation"},
    "billing_address_collection": "auto",
    "allow_promotion_codes": False,
    "restrictions": None,
    "submit_type": "auto",
    "metadata": {},
    "livemode": False,
    "created": 1742025600,
}


def test_documented_example_parses_and_round_trips() -> None:
    link = CheckoutLink.from_dict(DOC_LINK)
    assert link.id == "cl_4de6fg8hi0jk"
    assert link.title == "Premium Headphones"
    assert link.created == 1742025600
    assert link.after_completion == AfterCompletion("hosted_confirmation")
    assert link.restrictions is None
    assert link.extra == {}
    expected = {**DOC_LINK, "inactive_message": None}
    assert link.to_dict() == expected


def test_only_an_id_is_enough_and_defaults_fill_the_rest() -> None:
    link = CheckoutLink.from_dict({"id": "cl_x"})
    assert link.active is True
    assert link.currency == "usd"
    assert link.description is None
    assert link.inactive_message is None
    assert link.metadata == {}
    assert link.after_completion.type == "hosted_confirmation"
    assert link.submit_type == "auto"
    assert link.button_text == "Pay"
    assert link.completed_sessions_limit is None


def test_null_or_wrong_types_where_objects_are_expected_become_defaults() -> None:
    link = CheckoutLink.from_dict(
        {
            "id": "cl_x",
            "after_completion": None,
            "metadata": None,
            "restrictions": "none",
            "active": "yes",
            "created": "yesterday",
            "title": None,
            "currency": "JPY",
        }
    )
    assert link.after_completion == AfterCompletion()
    assert link.metadata == {}
    assert link.restrictions is None
    assert link.active is True
    assert link.created == 0
    assert link.title == ""
    assert link.currency == "jpy"


def test_unknown_fields_are_kept_in_extra_and_not_compared() -> None:
    link = CheckoutLink.from_dict({**DOC_LINK, "payment_method_types": ["card"], "tax": {}})
    assert link.extra == {"payment_method_types": ["card"], "tax": {}}
    assert "payment_method_types" not in link.to_dict()
    assert link == CheckoutLink.from_dict(DOC_LINK)


@pytest.mark.parametrize("data", [{}, {"id": None}, {"id": ""}, {"id": 12}])
def test_missing_id_raises(data: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        CheckoutLink.from_dict(data)
    with pytest.raises(ValueError):
        LineItem.from_dict(data)


def test_nested_objects_parse_and_serialise() -> None:
    redirect = AfterCompletion.from_dict({"type": "redirect", "redirect": {"url": "https://a.b/"}})
    assert redirect == AfterCompletion("redirect", redirect=Redirect("https://a.b/"))
    assert redirect.to_dict() == {"type": "redirect", "redirect": {"url": "https://a.b/"}}
    hosted = AfterCompletion.from_dict(
        {"type": "hosted_confirmation", "hosted_confirmation": {"custom_message": "Thanks"}}
    )
    assert hosted.hosted_confirmation == HostedConfirmation("Thanks")
    assert hosted.to_dict()["hosted_confirmation"] == {"custom_message": "Thanks"}
    limited = Restrictions.from_dict({"completed_sessions": {"limit": 50}})
    assert limited == Restrictions(CompletedSessions(50))
    assert limited is not None and limited.to_dict() == {"completed_sessions": {"limit": 50}}


def test_metadata_values_are_strings_and_nulls_dropped() -> None:
    link = CheckoutLink.from_dict({"id": "cl_x", "metadata": {"a": "1", "b": None, "c": 2}})
    assert link.metadata == {"a": "1", "c": "2"}


def test_submit_type_sets_button_text() -> None:
    texts = [
        CheckoutLink.from_dict({"id": "cl_x", "submit_type": kind}).button_text
        for kind in ("auto", "pay", "book", "donate", "something-new")
    ]
    assert texts == ["Pay", "Pay", "Book", "Donate", "Pay"]


def test_line_item_from_the_documentation() -> None:
    item = LineItem.from_dict(
        {
            "id": "clli_2ab3cd4ef5gh",
            "object": "item",
            "price": "price_3fg6hj9km1np",
            "product": "prod_8mn4qr7vw2xz",
            "quantity": 1,
            "amount_subtotal": 49900,
            "amount_total": 49900,
            "currency": "usd",
            "description": "Premium Headphones",
            "discounts": [],
        }
    )
    assert (item.price, item.quantity, item.amount_total) == ("price_3fg6hj9km1np", 1, 49900)
    assert item.extra == {"discounts": []}


def test_page_parses_items_and_ignores_non_objects() -> None:
    page = Page.from_dict(
        {"object": "list", "data": [{"id": "cl_a"}, "junk", {"id": "cl_b"}],
         "has_more": True, "next_cursor": "c1", "url": "/v1/checkout_links"},
        CheckoutLink.from_dict,
    )
    assert [link.id for link in page] == ["cl_a", "cl_b"]
    assert len(page) == 2
    assert page.has_more and page.next_cursor == "c1"


def test_page_without_a_cursor_has_no_more() -> None:
    page = Page.from_dict({"data": [], "has_more": True}, CheckoutLink.from_dict)
    assert page.data == []
    assert page.has_more is False


def test_page_without_its_data_array_is_unreadable_not_empty() -> None:
    with pytest.raises(ValueError):
        Page.from_dict({"data": None, "has_more": True}, CheckoutLink.from_dict)


def test_page_with_an_entry_missing_its_id_raises() -> None:
    with pytest.raises(ValueError):
        Page.from_dict({"data": [{"title": "no id"}]}, CheckoutLink.from_dict)


ITEM: dict[str, Any] = {
    "id": "clli_a1b2c3d4e5f6", "object": "item", "price": "price_3fg6hj9km1np",
    "product": "prod_8mn4qr7vw2xz", "quantity": 2, "amount_subtotal": 99800,
    "amount_total": 99800, "currency": "usd", "description": "Premium Headphones",
}


def _items_list(*items: dict[str, Any], has_more: bool = False) -> dict[str, Any]:
    return {"object": "list", "data": list(items), "has_more": has_more,
            "url": f"/v1/checkout_links/{DOC_LINK['id']}/line_items"}


def test_a_link_without_expanded_items_has_none() -> None:
    link = CheckoutLink.from_dict(DOC_LINK)
    assert link.line_items is None
    assert "line_items" not in link.to_dict()


def test_expanded_line_items_are_read_and_round_trip() -> None:
    second = {**ITEM, "id": "clli_zz", "quantity": 1, "description": None, "tax": "x"}
    link = CheckoutLink.from_dict({**DOC_LINK, "line_items": _items_list(ITEM, second)})
    assert link.line_items == [LineItem.from_dict(ITEM), LineItem.from_dict(second)]
    assert link.line_items[1].extra == {"tax": "x"}
    assert "line_items" not in link.extra
    again = CheckoutLink.from_dict(link.to_dict())
    assert again.line_items == link.line_items
    assert link.to_dict()["line_items"] == _items_list(
        ITEM, {k: v for k, v in second.items() if k != "tax"}
    )


def test_an_empty_expanded_list_is_no_items_not_unknown() -> None:
    assert CheckoutLink.from_dict({**DOC_LINK, "line_items": _items_list()}).line_items == []


@pytest.mark.parametrize(
    "value",
    [
        _items_list(ITEM, has_more=True),  # incomplete: ask the endpoint for all of them
        {"object": "list", "data": "nope"},
        {"object": "list"},
        _items_list({**ITEM, "id": None}),
        _items_list(ITEM, "not an item"),  # type: ignore[arg-type]
        ["clli_1"],
        "clli_1",
        7,
    ],
)
def test_unreadable_or_incomplete_expanded_items_count_as_not_sent(value: Any) -> None:
    link = CheckoutLink.from_dict({**DOC_LINK, "line_items": value})
    assert link.line_items is None
    assert link.id == DOC_LINK["id"] and "line_items" not in link.extra


def test_line_items_do_not_change_equality() -> None:
    plain = CheckoutLink.from_dict(DOC_LINK)
    expanded = CheckoutLink.from_dict({**DOC_LINK, "line_items": _items_list(ITEM)})
    assert plain == expanded


def test_line_item_fields_are_read_leniently() -> None:
    item = LineItem.from_dict({
        "id": "clli_1", "quantity": True, "amount_total": "5", "currency": "EUR",
        "description": 3, "price": None,
    })
    assert (item.quantity, item.amount_total, item.currency, item.description, item.price) == (
        1, 0, "eur", None, ""
    )
    assert item.extra == {}
