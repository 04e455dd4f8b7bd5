"""The hosted checkout page at /cl/{id}."""

from __future__ import annotations

import re

import httpx
import pytest
from sandbox_helpers import Api


def _page(anonymous: httpx.Client, link_id: str) -> httpx.Response:
    response = anonymous.get(f"/cl/{link_id}")
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    return response


def _text(html: str) -> str:
    """The page's visible text, tags removed and whitespace collapsed."""
    without_style = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    # Only ASCII whitespace collapses: the no-break space inside "KWD 45.750" must stay.
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", without_style)).strip()


def test_active_link_page(api: Api, anonymous: httpx.Client) -> None:
    link = api.create_ok(
        title="Conference Bundle",
        line_items=[{"price": "price_3fg6hj9km1np", "quantity": 2},
                    {"price": "price_9ab3cd5ef7gh", "quantity": 1}],
    )
    response = _page(anonymous, link["id"])
    assert response.status_code == 200
    html = response.text
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Conference Bundle</title>" in html
    text = _text(html)
    assert "Premium Headphones × 2 $998.00" in text
    assert "Workshop Registration × 1 $150.00" in text
    assert "Total $1,148.00" in text
    assert re.search(r"<button[^>]*>Pay</button>", html)
    assert "Test mode" in text
    assert "Billing address" not in text and "promotion code" not in text
    assert not re.search(r"(src|href)=", html)  # self-contained
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("submit_type", "button"), [("auto", "Pay"), ("pay", "Pay"), ("book", "Book"),
                                ("donate", "Donate")],
)
def test_button_text_follows_submit_type(
    api: Api, anonymous: httpx.Client, submit_type: str, button: str
) -> None:
    link = api.create_ok(submit_type=submit_type)
    assert re.search(rf"<button[^>]*>{button}</button>", _page(anonymous, link["id"]).text)


def test_billing_address_and_promotion_code_fields(api: Api, anonymous: httpx.Client) -> None:
    link = api.create_ok(billing_address_collection="required", allow_promotion_codes=True)
    text = _text(_page(anonymous, link["id"]).text)
    assert "Billing address" in text and "Promotion code" in text


@pytest.mark.parametrize(
    ("price", "quantity", "total"),
    [("price_4tu7vw1xy3za", 2, "¥17,000"), ("price_6bc9de2fg5hi", 1, "KWD\u00a045.750"),
     ("price_7kl2mn5pq8rs", 3, "€103.50")],
)
def test_amounts_use_the_currency_minor_unit(
    api: Api, anonymous: httpx.Client, price: str, quantity: int, total: str
) -> None:
    link = api.create_ok(line_items=[{"price": price, "quantity": quantity}])
    assert f"Total {total}" in _text(_page(anonymous, link["id"]).text)


def test_inactive_link_shows_its_message(api: Api, anonymous: httpx.Client) -> None:
    link = api.create_ok()
    api.update(link["id"], {"active": False, "inactive_message": "This offer has ended."})
    text = _text(_page(anonymous, link["id"]).text)
    assert "This offer has ended." in text
    assert "Total" not in text and "<button" not in _page(anonymous, link["id"]).text


def test_inactive_link_without_message_says_so(api: Api, anonymous: httpx.Client) -> None:
    link = api.create_ok()
    api.update(link["id"], {"active": False})
    response = _page(anonymous, link["id"])
    assert response.status_code == 200
    assert "This link is no longer active." in _text(response.text)


def test_unknown_link_is_a_404_page(anonymous: httpx.Client) -> None:
    response = _page(anonymous, "cl_000000000000")
    assert response.status_code == 404
    assert "Link not found" in response.text


def test_everything_from_the_link_is_escaped(api: Api, anonymous: httpx.Client) -> None:
    evil = '<script>alert("x")</script> & <b>'
    link = api.create_ok(
        title=evil,
        description=evil,
        line_items=[{"price_data": {"currency": "usd", "product": evil, "unit_amount": 100},
                     "quantity": 1}],
    )
    html = _page(anonymous, link["id"]).text
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;" in html
    assert html.count("&lt;script&gt;") == 4  # <title>, heading, description, line item
    api.update(link["id"], {"active": False, "inactive_message": evil})
    inactive = _page(anonymous, link["id"]).text
    assert "<script>" not in inactive and "&lt;script&gt;" in inactive


def test_page_needs_no_key_and_works_for_any_merchant(
    api: Api, anonymous: httpx.Client
) -> None:
    link = api.create_ok(title="Public page")
    assert "Public page" in anonymous.get(link["url"]).text
