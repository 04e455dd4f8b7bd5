"""The API contract's rules (``shared/api-contract.md``) as a table of cases.

Each case is one limit of the contract, written out from its text: a request body as the
API receives it, the same intent as the merchant types it into the editor, and what must
happen — accepted, or refused naming a param. The table is the judge for both sides, the
editor's form (``core.link_form``) and the sandbox's validator (``sandbox.validation``);
neither is used to decide what the other should do.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from leanrails_desktop.core.link_form import REDIRECT, LineItemForm, LinkForm

PRODUCT = "prod_contract1"


def body_item(
    *, currency: str = "usd", unit_amount: Any = 3500, quantity: Any = 1
) -> dict[str, Any]:
    """A ``price_data`` line item as sent to the API."""
    return {
        "price_data": {"currency": currency, "product": PRODUCT, "unit_amount": unit_amount},
        "quantity": quantity,
    }


def form_item(*, currency: str = "usd", amount: str = "35.00", quantity: str = "1") -> LineItemForm:
    """The same line item as typed into the editor (amount in major units)."""
    return LineItemForm(currency=currency, product=PRODUCT, amount=amount, quantity=quantity)


BASE_BODY: dict[str, Any] = {"title": "Contract", "line_items": [body_item()]}


def base_form() -> LinkForm:
    return LinkForm(title="Contract", line_items=[form_item()])


KEEP = object()
"""``form_sends=KEEP``: the form sends exactly the case's body."""


@dataclass(frozen=True)
class Case:
    """One rule of the contract, tried on a create (or, with ``update``, an update)."""

    name: str
    body: dict[str, Any]
    """Fields set on top of ``BASE_BODY`` (create) or the whole body (update)."""
    api_refuses: str | None
    """The ``param`` the API names when it refuses; None when it accepts."""
    form: dict[str, Any] | None = None
    """LinkForm fields set on top of ``base_form()``; None when the editor cannot express it."""
    form_refuses: str | None = None
    """The field the form reports; None when it accepts."""
    form_sends: Any = KEEP
    """What the accepted form must send: KEEP (the body), a dict, or None (not compared)."""
    update: bool = False
    code: str = "parameter_invalid"
    saved: dict[str, Any] = field(default_factory=dict)
    """For an update: LinkForm fields of the saved link the form starts from."""

    def request(self) -> dict[str, Any]:
        if self.update:
            return copy.deepcopy(self.body)
        body = copy.deepcopy(BASE_BODY)
        body.update(copy.deepcopy(self.body))
        return body

    def expected_form_request(self) -> dict[str, Any] | None:
        if self.form_sends is None:
            return None
        if self.form_sends is KEEP:
            return self.request()
        if self.update:
            return dict(self.form_sends)
        body = copy.deepcopy(BASE_BODY)
        body.update(self.form_sends)
        return body


def both(
    name: str,
    body: dict[str, Any],
    form: dict[str, Any] | None,
    refused: str | None,
    **options: Any,
) -> Case:
    """A case where the API and the form agree: both accept, or both refuse on ``refused``."""
    return Case(name, body, refused, form, refused, **options)


def _url_of_length(length: int) -> str:
    head = "https://example.com/"
    return head + "a" * (length - len(head))


def _redirect(url: str) -> dict[str, Any]:
    return {"after_completion": {"type": "redirect", "redirect": {"url": url}}}


def _redirect_form(url: str) -> dict[str, Any]:
    return {"after_completion_type": REDIRECT, "redirect_url": url}


def _metadata(count: int) -> dict[str, str]:
    return {f"key{i:02d}": f"value {i}" for i in range(count)}


URL_PARAM = "after_completion[redirect][url]"
MESSAGE_PARAM = "after_completion[hosted_confirmation][custom_message]"
LIMIT_PARAM = "restrictions[completed_sessions][limit]"
AMOUNT_PARAM = "line_items[0][price_data][unit_amount]"
CURRENCY_PARAM = "line_items[0][price_data][currency]"
QUANTITY_PARAM = "line_items[0][quantity]"

CASES: list[Case] = [
    # title: required on create, 1–250 characters
    both("title of 1 character", {"title": "T"}, {"title": "T"}, None),
    both("title of 250 characters", {"title": "t" * 250}, {"title": "t" * 250}, None),
    both("title of 251 characters", {"title": "t" * 251}, {"title": "t" * 251}, "title"),
    both("empty title", {"title": ""}, {"title": ""}, "title"),
    Case("title missing", {"title": None}, "title", code="parameter_missing"),
    Case("title not text", {"title": 5}, "title"),
    # description: at most 1000 characters
    both("description of 1000", {"description": "d" * 1000}, {"description": "d" * 1000}, None),
    both("description of 1001", {"description": "d" * 1001}, {"description": "d" * 1001},
         "description"),
    # line_items: required, 1–20 items
    both("one line item", {}, {}, None),
    both("20 line items", {"line_items": [body_item()] * 20},
         {"line_items": [form_item() for _ in range(20)]}, None),
    both("21 line items", {"line_items": [body_item()] * 21},
         {"line_items": [form_item() for _ in range(21)]}, "line_items"),
    both("no line items", {"line_items": []}, {"line_items": []}, "line_items"),
    Case("line items missing", {"line_items": None}, "line_items", code="parameter_missing"),
    # quantity: integer 1–999
    both("quantity 1", {}, {}, None),
    both("quantity 999", {"line_items": [body_item(quantity=999)]},
         {"line_items": [form_item(quantity="999")]}, None),
    both("quantity 0", {"line_items": [body_item(quantity=0)]},
         {"line_items": [form_item(quantity="0")]}, QUANTITY_PARAM),
    both("quantity 1000", {"line_items": [body_item(quantity=1000)]},
         {"line_items": [form_item(quantity="1000")]}, QUANTITY_PARAM),
    both("quantity not whole", {"line_items": [body_item(quantity=1.5)]},
         {"line_items": [form_item(quantity="1.5")]}, QUANTITY_PARAM),
    Case("quantity true", {"line_items": [body_item(quantity=True)]}, QUANTITY_PARAM),
    # unit_amount: integer in the currency's minor unit, 0–99,999,999
    both("unit amount 0", {"line_items": [body_item(unit_amount=0)]},
         {"line_items": [form_item(amount="0")]}, None),
    both("unit amount 99,999,999 usd", {"line_items": [body_item(unit_amount=99_999_999)]},
         {"line_items": [form_item(amount="999,999.99")]}, None),
    both("unit amount 100,000,000 usd", {"line_items": [body_item(unit_amount=100_000_000)]},
         {"line_items": [form_item(amount="1,000,000.00")]}, AMOUNT_PARAM),
    both("unit amount 99,999,999 jpy",
         {"line_items": [body_item(currency="jpy", unit_amount=99_999_999)]},
         {"line_items": [form_item(currency="jpy", amount="99999999")]}, None),
    both("unit amount 100,000,000 jpy",
         {"line_items": [body_item(currency="jpy", unit_amount=100_000_000)]},
         {"line_items": [form_item(currency="jpy", amount="100000000")]}, AMOUNT_PARAM),
    both("unit amount 99,999,999 kwd",
         {"line_items": [body_item(currency="kwd", unit_amount=99_999_999)]},
         {"line_items": [form_item(currency="kwd", amount="99,999.999")]}, None),
    both("xof is zero-decimal", {"line_items": [body_item(currency="xof", unit_amount=5000)]},
         {"line_items": [form_item(currency="xof", amount="5000")]}, None),
    both("bhd has 1000 minor units", {"line_items": [body_item(currency="bhd", unit_amount=1)]},
         {"line_items": [form_item(currency="bhd", amount="0.001")]}, None),
    both("a fraction of a minor unit",
         {"line_items": [body_item(unit_amount=100.5)]},
         {"line_items": [form_item(amount="1.005")]}, AMOUNT_PARAM),
    both("a negative amount", {"line_items": [body_item(unit_amount=-1)]},
         {"line_items": [form_item(amount="-0.01")]}, AMOUNT_PARAM),
    both("a fraction of a yen", {"line_items": [body_item(currency="jpy", unit_amount=0.5)]},
         {"line_items": [form_item(currency="jpy", amount="3500.5")]}, AMOUNT_PARAM),
    # currency: lowercase ISO 4217; all line items share one currency
    Case("upper-case currency", {"line_items": [body_item(currency="USD")]}, CURRENCY_PARAM,
         form={"line_items": [form_item(currency="USD")]}, form_refuses=None,
         form_sends={"line_items": [body_item()]}),
    both("two-letter currency", {"line_items": [body_item(currency="us")]},
         {"line_items": [form_item(currency="us")]}, CURRENCY_PARAM),
    both("four-letter currency", {"line_items": [body_item(currency="usdd")]},
         {"line_items": [form_item(currency="usdd")]}, CURRENCY_PARAM),
    both("one currency for all items",
         {"line_items": [body_item(currency="eur"), body_item(currency="eur")]},
         {"line_items": [form_item(currency="eur"), form_item(currency="eur")]}, None),
    both("two currencies",
         {"line_items": [body_item(), body_item(currency="eur")]},
         {"line_items": [form_item(), form_item(currency="eur")]},
         "line_items[1][price_data][currency]"),
    # after_completion.redirect.url: absolute https://, http:// only for localhost, ≤ 2048
    both("https redirect", _redirect("https://example.com/thanks"),
         _redirect_form("https://example.com/thanks"), None),
    both("http to localhost", _redirect("http://localhost:8000/done"),
         _redirect_form("http://localhost:8000/done"), None),
    both("http to 127.0.0.1", _redirect("http://127.0.0.1/done"),
         _redirect_form("http://127.0.0.1/done"), None),
    both("http to ::1", _redirect("http://[::1]:8080/done"),
         _redirect_form("http://[::1]:8080/done"), None),
    both("http elsewhere", _redirect("http://example.com/thanks"),
         _redirect_form("http://example.com/thanks"), URL_PARAM),
    both("http to another loopback address", _redirect("http://127.0.0.2/done"),
         _redirect_form("http://127.0.0.2/done"), URL_PARAM),
    both("relative redirect", _redirect("/thanks"), _redirect_form("/thanks"), URL_PARAM),
    both("redirect without a host", _redirect("https:///thanks"),
         _redirect_form("https:///thanks"), URL_PARAM),
    both("ftp redirect", _redirect("ftp://example.com/file"),
         _redirect_form("ftp://example.com/file"), URL_PARAM),
    both("javascript redirect", _redirect("javascript:alert(1)"),
         _redirect_form("javascript:alert(1)"), URL_PARAM),
    both("redirect with a space", _redirect("https://exa mple.com/"),
         _redirect_form("https://exa mple.com/"), URL_PARAM),
    both("redirect with a bad port", _redirect("https://example.com:99999/"),
         _redirect_form("https://example.com:99999/"), URL_PARAM),
    both("redirect of 2048 characters", _redirect(_url_of_length(2048)),
         _redirect_form(_url_of_length(2048)), None),
    both("redirect of 2049 characters", _redirect(_url_of_length(2049)),
         _redirect_form(_url_of_length(2049)), URL_PARAM),
    Case("redirect without its url", {"after_completion": {"type": "redirect", "redirect": {}}},
         URL_PARAM, code="parameter_missing"),
    Case("redirect type without a redirect", {"after_completion": {"type": "redirect"}},
         "after_completion[redirect]", code="parameter_missing"),
    Case("unknown after-completion type", {"after_completion": {"type": "popup"}},
         "after_completion[type]"),
    Case("after completion not an object", {"after_completion": "redirect"},
         "after_completion"),
    Case("after completion without a type", {"after_completion": {}},
         "after_completion[type]", code="parameter_missing"),
    Case("redirect not an object",
         {"after_completion": {"type": "redirect", "redirect": "https://example.com"}},
         "after_completion[redirect]"),
    Case("unknown field in a redirect",
         {"after_completion": {"type": "redirect",
                               "redirect": {"url": "https://example.com", "code": 302}}},
         "after_completion[redirect][code]", code="parameter_unknown"),
    Case("a confirmation beside a redirect",
         {"after_completion": {"type": "redirect", "redirect": {"url": "https://example.com"},
                               "hosted_confirmation": {"custom_message": "Hi"}}},
         "after_completion[hosted_confirmation]"),
    Case("a redirect beside a confirmation",
         {"after_completion": {"type": "hosted_confirmation",
                               "redirect": {"url": "https://example.com"}}},
         "after_completion[redirect]"),
    Case("confirmation not an object",
         {"after_completion": {"type": "hosted_confirmation", "hosted_confirmation": "Hi"}},
         "after_completion[hosted_confirmation]"),
    Case("unknown field in a confirmation",
         {"after_completion": {"type": "hosted_confirmation",
                               "hosted_confirmation": {"custom_message": "Hi", "font": "x"}}},
         "after_completion[hosted_confirmation][font]", code="parameter_unknown"),
    Case("empty redirect url", _redirect(""), URL_PARAM),
    Case("redirect url not text", _redirect(5), URL_PARAM),
    # hosted_confirmation.custom_message: at most 500 characters
    both("confirmation message of 500",
         {"after_completion": {"type": "hosted_confirmation",
                               "hosted_confirmation": {"custom_message": "m" * 500}}},
         {"custom_message": "m" * 500}, None),
    both("confirmation message of 501",
         {"after_completion": {"type": "hosted_confirmation",
                               "hosted_confirmation": {"custom_message": "m" * 501}}},
         {"custom_message": "m" * 501}, MESSAGE_PARAM),
    # restrictions: null or {"completed_sessions": {"limit": N}}, N ≥ 1
    both("limit 1", {"restrictions": {"completed_sessions": {"limit": 1}}},
         {"limit_enabled": True, "limit": "1"}, None),
    both("limit of a million", {"restrictions": {"completed_sessions": {"limit": 1_000_000}}},
         {"limit_enabled": True, "limit": "1000000"}, None),
    both("limit 0", {"restrictions": {"completed_sessions": {"limit": 0}}},
         {"limit_enabled": True, "limit": "0"}, LIMIT_PARAM),
    both("limit not whole", {"restrictions": {"completed_sessions": {"limit": 2.5}}},
         {"limit_enabled": True, "limit": "2.5"}, LIMIT_PARAM),
    Case("restrictions not an object", {"restrictions": 5}, "restrictions"),
    Case("completed sessions not an object", {"restrictions": {"completed_sessions": 5}},
         "restrictions[completed_sessions]"),
    Case("unknown field in completed sessions",
         {"restrictions": {"completed_sessions": {"limit": 5, "per_day": 1}}},
         "restrictions[completed_sessions][per_day]", code="parameter_unknown"),
    Case("a line item not an object", {"line_items": [body_item(), "price_x"]}, "line_items[1]"),
    Case("no restrictions", {"restrictions": None}, None, form={"limit_enabled": False},
         form_refuses=None, form_sends={}),
    # submit_type: auto, pay, book, donate
    *[both(f"submit type {kind}", {"submit_type": kind}, {"submit_type": kind}, None,
           form_sends={} if kind == "auto" else KEEP)
      for kind in ("auto", "pay", "book", "donate")],
    both("submit type buy", {"submit_type": "buy"}, {"submit_type": "buy"}, "submit_type"),
    # billing_address_collection: auto or required
    both("billing auto", {"billing_address_collection": "auto"},
         {"billing_address_collection": "auto"}, None, form_sends={}),
    both("billing required", {"billing_address_collection": "required"},
         {"billing_address_collection": "required"}, None),
    both("billing always", {"billing_address_collection": "always"},
         {"billing_address_collection": "always"}, "billing_address_collection"),
    # allow_promotion_codes: bool
    both("promotion codes on", {"allow_promotion_codes": True},
         {"allow_promotion_codes": True}, None),
    Case("promotion codes as text", {"allow_promotion_codes": "yes"}, "allow_promotion_codes"),
    # metadata: string → string, at most 50 keys, key ≤ 40 characters, value ≤ 500
    both("50 metadata keys", {"metadata": _metadata(50)},
         {"metadata": sorted(_metadata(50).items())}, None),
    both("51 metadata keys", {"metadata": _metadata(51)},
         {"metadata": sorted(_metadata(51).items())}, "metadata"),
    both("metadata key of 40", {"metadata": {"k" * 40: "v"}}, {"metadata": [("k" * 40, "v")]},
         None),
    both("metadata key of 41", {"metadata": {"k" * 41: "v"}}, {"metadata": [("k" * 41, "v")]},
         f"metadata[{'k' * 41}]"),
    both("metadata value of 500", {"metadata": {"k": "v" * 500}},
         {"metadata": [("k", "v" * 500)]}, None),
    both("metadata value of 501", {"metadata": {"k": "v" * 501}},
         {"metadata": [("k", "v" * 501)]}, "metadata[k]"),
    Case("empty metadata key", {"metadata": {"": "v"}}, "metadata[]",
         form={"metadata": [("", "v")]}, form_refuses="metadata"),
    Case("metadata value not text", {"metadata": {"k": 5}}, "metadata[k]"),
    Case("metadata not an object", {"metadata": ["k", "v"]}, "metadata"),
    # create takes only the contract's fields
    Case("unknown create field", {"colour": "red"}, "colour", code="parameter_unknown"),
    Case("inactive message on create", {"inactive_message": "Closed"}, "inactive_message",
         code="parameter_unknown"),
    # update: inactive_message at most 500; line_items and currency cannot be changed;
    # a metadata key set to "" is removed
    Case("inactive message of 500", {"inactive_message": "i" * 500}, None, update=True,
         form={"inactive_message": "i" * 500}),
    Case("inactive message of 501", {"inactive_message": "i" * 501}, "inactive_message",
         update=True, form={"inactive_message": "i" * 501}, form_refuses="inactive_message"),
    Case("deactivate with a message", {"active": False, "inactive_message": "Sold out"}, None,
         update=True, form={"active": False, "inactive_message": "Sold out"}),
    Case("title of 251 on update", {"title": "t" * 251}, "title", update=True,
         form={"title": "t" * 251}, form_refuses="title"),
    Case("clear description", {"description": None}, None, update=True,
         saved={"description": "Old"}, form={"description": ""}),
    Case("clear restrictions", {"restrictions": None}, None, update=True,
         saved={"limit_enabled": True, "limit": "5"}, form={"limit_enabled": False}),
    Case("remove a metadata key", {"metadata": {"gone": ""}}, None, update=True,
         saved={"metadata": [("gone", "x")]}, form={"metadata": []}),
    Case("change line items", {"line_items": [body_item()]}, "line_items", update=True,
         code="parameter_unknown"),
    Case("change currency", {"currency": "eur"}, "currency", update=True,
         code="parameter_unknown"),
    Case("active as text", {"active": "no"}, "active", update=True),
]
