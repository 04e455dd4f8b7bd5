"""The editor's form: validation keyed by API param, and the requests it turns into."""

from __future__ import annotations

import pytest

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.link_form import (
    PRICE,
    REDIRECT,
    FormInvalid,
    LineItemForm,
    LinkForm,
    create_params,
    duplicate_form,
    form_from_link,
    is_dirty,
    normalize_redirect_url,
    update_params,
    validate,
)
from leanrails_desktop.core.preview import preview_from_form


def headphones_form() -> LinkForm:
    return LinkForm(
        title="Premium Headphones",
        line_items=[
            LineItemForm(currency="usd", product="prod_8mn4qr7vw2xz", amount="35.00", quantity="2"),
            LineItemForm(kind=PRICE, price="price_3fg6hj9km1np", quantity="1"),
        ],
    )


def test_minimal_form_creates_a_minimal_request() -> None:
    assert create_params(headphones_form()) == {
        "title": "Premium Headphones",
        "line_items": [
            {
                "price_data": {
                    "currency": "usd",
                    "product": "prod_8mn4qr7vw2xz",
                    "unit_amount": 3500,
                },
                "quantity": 2,
            },
            {"price": "price_3fg6hj9km1np", "quantity": 1},
        ],
    }


def test_every_option_is_sent() -> None:
    form = headphones_form()
    form.description = "Noise cancelling"
    form.after_completion_type = REDIRECT
    form.redirect_url = " https://bücher.example/thanks "
    form.submit_type = "book"
    form.billing_address_collection = "required"
    form.allow_promotion_codes = True
    form.limit_enabled = True
    form.limit = "50"
    form.metadata = [("campaign", "spring"), ("", "")]
    params = create_params(form)
    assert params["after_completion"] == {
        "type": "redirect",
        "redirect": {"url": "https://xn--bcher-kva.example/thanks"},
    }
    assert params["restrictions"] == {"completed_sessions": {"limit": 50}}
    assert params["metadata"] == {"campaign": "spring"}
    assert params["submit_type"] == "book"
    assert params["billing_address_collection"] == "required"
    assert params["allow_promotion_codes"] is True
    assert params["description"] == "Noise cancelling"


@pytest.mark.parametrize(
    ("change", "param"),
    [
        (lambda f: setattr(f, "title", "  "), "title"),
        (lambda f: setattr(f, "title", "x" * 251), "title"),
        (lambda f: setattr(f, "description", "x" * 1001), "description"),
        (
            lambda f: setattr(f.line_items[0], "amount", "3.999"),
            "line_items[0][price_data][unit_amount]",
        ),
        (
            lambda f: setattr(f.line_items[0], "amount", "1e3"),
            "line_items[0][price_data][unit_amount]",
        ),
        (
            lambda f: setattr(f.line_items[0], "amount", "-0"),
            "line_items[0][price_data][unit_amount]",
        ),
        (lambda f: setattr(f.line_items[0], "quantity", "0"), "line_items[0][quantity]"),
        (lambda f: setattr(f.line_items[0], "quantity", "1000"), "line_items[0][quantity]"),
        (
            lambda f: setattr(f.line_items[0], "currency", "dollars"),
            "line_items[0][price_data][currency]",
        ),
        (lambda f: setattr(f.line_items[1], "price", "headphones"), "line_items[1][price]"),
        (
            lambda f: f.line_items.append(
                LineItemForm(currency="eur", product="prod_x", amount="1")
            ),
            "line_items[2][price_data][currency]",
        ),
        (lambda f: f.line_items.clear(), "line_items"),
        (
            lambda f: (
                setattr(f, "after_completion_type", REDIRECT),
                setattr(f, "redirect_url", "javascript:alert(1)"),
            ),
            "after_completion[redirect][url]",
        ),
        (
            lambda f: (
                setattr(f, "after_completion_type", REDIRECT),
                setattr(f, "redirect_url", "http://example.com"),
            ),
            "after_completion[redirect][url]",
        ),
        (
            lambda f: (
                setattr(f, "after_completion_type", REDIRECT),
                setattr(f, "redirect_url", "https://exa mple.com"),
            ),
            "after_completion[redirect][url]",
        ),
        (
            lambda f: setattr(f, "custom_message", "x" * 501),
            "after_completion[hosted_confirmation][custom_message]",
        ),
        (
            lambda f: (setattr(f, "limit_enabled", True), setattr(f, "limit", "0")),
            "restrictions[completed_sessions][limit]",
        ),
        (lambda f: setattr(f, "metadata", [("k" * 41, "v")]), f"metadata[{'k' * 41}]"),
        (lambda f: setattr(f, "metadata", [("k", "v" * 501)]), "metadata[k]"),
        (lambda f: setattr(f, "metadata", [(f"k{i}", "v") for i in range(51)]), "metadata"),
        (lambda f: setattr(f, "title", "bad\x00title"), "title"),
    ],
)
def test_invalid_input_is_reported_on_its_field(change, param: str) -> None:  # type: ignore[no-untyped-def]
    form = headphones_form()
    change(form)
    errors = validate(form)
    assert param in errors, errors
    with pytest.raises(FormInvalid) as caught:
        create_params(form)
    assert param in caught.value.errors


def test_odd_but_valid_input_is_accepted() -> None:
    form = headphones_form()
    form.title = "🎧 سماعات — ⁨Premium⁩ " + "x" * 200
    form.line_items[0].amount = "١٢٣"
    form.line_items[0].currency = " JPY "
    form.line_items.pop()
    params = create_params(form)
    assert params["line_items"][0]["price_data"] == {
        "currency": "jpy",
        "product": "prod_8mn4qr7vw2xz",
        "unit_amount": 123,
    }


def test_redirect_to_localhost_over_http_is_allowed() -> None:
    assert normalize_redirect_url("http://127.0.0.1:8000/done") == "http://127.0.0.1:8000/done"
    assert normalize_redirect_url("http://localhost/x") == "http://localhost/x"


def saved_link() -> CheckoutLink:
    return CheckoutLink.from_dict(
        {
            "id": "cl_abcdefabcdef",
            "title": "Workshop",
            "description": "Saturday",
            "currency": "usd",
            "active": True,
            "metadata": {"a": "1", "b": "2"},
            "after_completion": {
                "type": "hosted_confirmation",
                "hosted_confirmation": {"custom_message": "See you"},
            },
            "restrictions": {"completed_sessions": {"limit": 5}},
            "url": "https://checkout.leanrails.com/cl/cl_abcdefabcdef",
            "created": 1742025600,
        }
    )


def test_update_sends_only_what_changed() -> None:
    items = [
        LineItem(
            id="clli_1",
            price="price_9ab3cd5ef7gh",
            quantity=2,
            amount_total=30000,
            currency="usd",
            description="Workshop seat",
        )
    ]
    saved = form_from_link(saved_link(), items)
    edited = saved.copy()
    assert update_params(saved, edited) == {}
    assert not is_dirty(saved, edited)
    edited.metadata = [("a", "1"), ("c", "3")]
    edited.description = ""
    edited.limit_enabled = False
    edited.after_completion_type = REDIRECT
    edited.redirect_url = "https://example.com/after"
    assert is_dirty(saved, edited)
    assert update_params(saved, edited) == {
        "metadata": {"c": "3", "b": ""},
        "description": None,
        "restrictions": None,
        "after_completion": {"type": "redirect", "redirect": {"url": "https://example.com/after"}},
    }


def test_saved_items_round_trip_and_duplicate_is_new_and_active() -> None:
    items = [
        LineItem(
            id="clli_1",
            price="price_9ab3cd5ef7gh",
            quantity=2,
            amount_total=30000,
            currency="usd",
            description="Workshop seat",
        )
    ]
    saved = form_from_link(saved_link(), items)
    assert saved.line_items[0].amount == "150.00"
    saved.active = False
    copy = duplicate_form(saved)
    assert copy.active and copy.title == "Workshop (copy)"
    params = create_params(copy)
    assert params["line_items"] == [{"price": "price_9ab3cd5ef7gh", "quantity": 2}]


def test_preview_shows_amounts_in_the_links_currency() -> None:
    form = LinkForm(
        title="Tea",
        line_items=[LineItemForm(currency="jpy", product="prod_t", amount="3500", quantity="1")],
    )
    assert preview_from_form(form).total_text == "¥3,500"
    form.line_items[0].currency = "usd"
    form.line_items[0].amount = "35"
    form.line_items[0].quantity = "2"
    preview = preview_from_form(form)
    assert preview.total_text == "$70.00"
    assert preview.button_text == "Pay"
    form.submit_type = "donate"
    form.line_items[0].amount = "3.5x"
    preview = preview_from_form(form)
    assert preview.button_text == "Donate"
    assert preview.total is None and preview.total_text == "—"
